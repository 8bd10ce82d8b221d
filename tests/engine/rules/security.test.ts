import { describe, expect, it } from 'vitest'
import { security } from '../../../src/engine/rules/security'
import { findingsOf, summary } from '../helpers'

describe('security (5(1))', () => {
  const invalid: Array<[string, string[]]> = [
    // A secret with its value, in any wording and any writing of the value.
    ['Wi-Fiのパスワードは yanagawa2024 です', ['security/credential:block:パスワードは yanagawa2024']],
    ['暗証番号：4821', ['security/credential:block:暗証番号：4821']],
    ['ＰＩＮ＝９９１２', ['security/credential:block:ＰＩＮ＝９９１２']],
    ['Password=abcd1234', ['security/credential:block:Password=abcd1234']],
    ['PW→kanko2025', ['security/credential:block:PW→kanko2025']],
    ['新しい共有アカウントのＰＷ：ｙａｎａｇａｗａ２０２５ に変わりました。', ['security/credential:block:ＰＷ：ｙａｎａｇａｗａ２０２５']],
    ['ｲﾍﾞﾝﾄ用ﾀﾌﾞﾚｯﾄのﾊﾟｽﾜｰﾄﾞ→ sagemon0214', ['security/credential:block:ﾊﾟｽﾜｰﾄﾞ→ sagemon0214']],
    ['受付PC、p a s s は h a k u s h u 1 1 0 1 です。', ['security/credential:block:p a s s は h a k u s h u 1 1 0 1']],
    ['防犯センサーの解除番号は 1590 です。', ['security/credential:block:解除番号は 1590']],
    ['裏口の暗証番号は　０　３　８　７　です', ['security/credential:block:裏口の暗証番号は　０　３　８　７']],
    ['事務室の金庫の番号は 三・七・一・九 です。', ['security/credential:block:金庫の番号は 三・七・一・九']],
    ['金庫（ダイヤル 右36・左12・右85）に入れてください。', ['security/credential:block:ダイヤル 右36・左12・右85']],
    ['通用口、テンキーは 7390# で開きます', ['security/credential:block:テンキーは 7390#']],
    ['スタッフ用入口のドアコードは ＃２４６８ だよ', ['security/credential:block:ドアコードは ＃２４６８']],
    ['倉庫の暗証番号は「8243」です。', ['security/credential:block:暗証番号は「8243']],
    ['パ\u200bス\u200bワ\u200bー\u200bドは kanko\u200b2025 です', ['security/credential:block:パ\u200bス\u200bワ\u200bー\u200bドは kanko\u200b2025']],
    ['パスワ〇ドは kanko2025 です', ['security/credential:block:パスワ〇ドは kanko2025']],
    ['暗証番号は　いち・ろく・なな・ご　です', ['security/credential:block:暗証番号は　いち・ろく・なな・ご']],
    ['暗証番号は一五九〇です', ['security/credential:block:暗証番号は一五九〇']],
    ['キーボックスは 4-3-2-1 で開きます', ['security/credential:block:キーボックスは 4-3-2-1']],
    ['通用口の番号は 2580 で開きます。', ['security/credential:block:通用口の番号は 2580']],
    ['倉庫のダイヤルの数字は「753」に合わせると開きます。', ['security/credential:block:数字は「753']],
    ['ユーザー名とパスワードは yngw / kanko2025 です。', ['security/credential:block:パスワードは yngw / kanko2025']],
    ['ID・パスワードともに kanko2025 です。', ['security/credential:block:パスワードともに kanko2025']],
    // Account names count next to a secret.
    ['ログインは ID：kanko01 / PW：Yngw#2025 です。', ['security/credential:block:ID：kanko01', 'security/credential:block:PW：Yngw#2025']],
    ['user：yngw-kanko\npass：Kk8111!ya', ['security/credential:block:user：yngw-kanko', 'security/credential:block:pass：Kk8111!ya']],
    ['SSID：YNGW-STAFF　キー：donko1234', ['security/credential:block:SSID：YNGW-STAFF', 'security/credential:block:キー：donko1234']],
    // Internal addresses, hosts and paths.
    ['サーバーは192.168.1.10です', ['security/internal-address:block:192.168.1.10']],
    ['10.20.30.40 に接続', ['security/internal-address:block:10.20.30.40']],
    ['172.16.0.5 のプリンタ', ['security/internal-address:block:172.16.0.5']],
    ['IPアドレス １９２．１６８．３．１５ を指定', ['security/internal-address:block:１９２．１６８．３．１５']],
    ['共有フォルダ \\\\fs01\\kouhou\\2024 に保存', ['security/internal-host:block:\\\\fs01\\kouhou']],
    ['¥¥fs01¥share¥file.xlsx を参照', ['security/internal-host:block:¥¥fs01¥share']],
    ['写真は Z:\\共有\\観光課 にあります', ['security/internal-host:block:Z:\\共有\\観光課']],
    ['intranet.yanagawa.local を開いて', ['security/internal-host:block:intranet.yanagawa.local']],
    ['確認は localhost:8080 で', ['security/internal-host:block:localhost:8080']],
    ['掲示板は http://kanko-srv:8080/bbs です', ['security/internal-host:block:kanko-srv:8080']],
    ['資料は file:///C:/kouhou/a.xlsx にあります', ['security/internal-host:block:file:///C:/kouhou/a.xlsx']],
    ['ファイルサーバー KANKO-FS01 に保存してください。', ['security/internal-host:block:KANKO-FS01']],
    ['PC名：YNG-PC023', ['security/internal-host:block:YNG-PC023']],
    ['wiki.city.corp の手順書', ['security/internal-host:block:wiki.city.corp']],
    // Where keys are kept.
    ['合鍵は植木鉢の下に置いてあります。', ['security/key-location:block:合鍵は植木鉢の下に置いてあります']],
    ['鍵はポストの中です！', ['security/key-location:block:鍵はポストの中です']],
    ['イベント倉庫の鍵は、カウンター下の青い缶に入れてます', ['security/key-location:block:鍵は、カウンター下の青い缶に入れてます']],
    ['鍵は課長の机の一番上の引き出しにあります。', ['security/key-location:block:鍵は課長の机の一番上の引き出しにあります']],
    // Guards: when they go round, when they are away.
    ['会場の警備員の巡回は21時・24時・3時の3回です。', ['security/guard-schedule:block:会場の警備員の巡回は21時・24時・3時の3回です']],
    ['夜間は警備員がいないので、戸締まりをお願いします。', ['security/guard-schedule:block:夜間は警備員がいないので、戸締まりをお願いします']],
    ['警備員がいなくなるのは2時〜5時の間だけです。', ['security/guard-schedule:block:警備員がいなくなるのは2時〜5時の間だけです']],
    // Devices out of order.
    ['防犯カメラが故障中で、駐輪場は映っていません。', ['security/weakness:block:防犯カメラが故障']],
    ['通用口の鍵が壊れていて閉まらない状態です。', ['security/weakness:block:通用口の鍵が壊れていて']],
    ['警報装置は切ってあります。', ['security/weakness:block:警報装置は切ってあります']],
    // Arrangement words: a warning.
    ['防犯カメラの設置場所は駐輪場の北側です', ['security/arrangement:warn:防犯カメラの設置場所']],
    ['夜間の警備体制は2名です', ['security/arrangement:warn:警備体制']],
  ]
  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(security, text))).toEqual(expected)
  })

  const valid = [
    // Secrets explained, not told.
    '暗証番号は絶対に他人に教えないでください',
    '市職員が電話で暗証番号を聞くことはありません。',
    'パスワードは8文字以上にしてください',
    'パスワードは英数字を組み合わせて12桁以上にしましょう。',
    'パスワードを「123456」にするのは危険です。',
    '「password」のような推測されやすいパスワードは避けましょう。',
    'パスワード: ********',
    'パスワードを定期的に変更しましょう',
    'SNSのパスワードは他のサービスと使い回さないでください。',
    '市役所1階の無料Wi-Fi（SSID：Yanagawa_Free）はパスワード不要です。',
    '公式LINEのIDは @yanagawa_city です。',
    'クーポンコード：YANAGAWA10 で10%オフ',
    // Numbers that are not secrets.
    '災害用伝言ダイヤル171をご利用ください。',
    '整理番号は 123 です。',
    'パスワードは、各自で設定してください / 8文字以上',
    '受付番号 202504150023 をお知らせください。',
    '防犯カメラがない駐輪場では盗難にご注意ください。',
    'オートロックは2024年に導入しました。',
    '暗証番号は、さんご礁のように大切に',
    'フリーダイヤル 0120-123-456',
    '1日フリーパスは1,500円です。',
    '年間パスは3000円です。',
    'パスポートの申請は県の窓口で',
    'バージョン10.0.1を公開しました',
    '172.15.0.1',
    '8.8.8.8',
    '問い合わせ：柳川市役所 0944-73-8111',
    '会場：市民会館 local の皆さま',
    '詳しくは https://www.city.yanagawa.fukuoka.jp/ をご覧ください',
    // Keys, guards and cameras in ordinary notices.
    '短い時間でも必ず鍵をかけ、二重ロックをおすすめします。',
    '鍵をかけ忘れないようにしましょう。',
    '会議室の鍵は受付でお受け取りください。',
    '鍵は窓口で貸し出します。',
    '合鍵を植木鉢の下に隠すのは危険です。',
    '会場周辺には警備員・誘導員を配置します。',
    '警備員を配置し、夜間も巡回しています。',
    '移動図書館の巡回は毎月第2火曜日の10時です。',
    '防犯パトロールを実施しました',
    '市営自転車駐車場（1〜3日は管理人不在）',
    '移動図書館わかあゆ号…巡回時間内にお越しください。',
    '防犯カメラを20台設置しました。',
    '防犯カメラ作動中',
    'ドアの鍵が壊れているため、東口をご利用ください。',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(summary(findingsOf(security, text))).toEqual([])
  })
})
