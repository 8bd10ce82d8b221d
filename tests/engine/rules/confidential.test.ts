import { describe, expect, it } from 'vitest'
import { confidential } from '../../../src/engine/rules/confidential'
import { findingsOf, summary } from '../helpers'

describe('confidential (5(1))', () => {
  const invalid: Array<[string, string[]]> = [
    // Other wordings of the same kinds.
    ['【内部用】白秋祭 実行委員会 収支見込み', ['confidential/marker:block:【内部用】']],
    ['課長会議で出た話ですが、来年度は観光課の予算が2割減になります。', ['confidential/meeting:block:課長会議']],
    ['［取扱注意］協賛企業の協賛金額一覧を共有します', ['confidential/marker:block:［取扱注意］']],
    ['幹部会議の資料を見ちゃいました…新しい観光施設、すごいです！', ['confidential/meeting:block:幹部会議']],
    ['ここだけの話、庁内の会議で市長がかなり怒っていました。', ['confidential/meeting:block:庁内の会議']],
    ['まだ発表前の情報ですが、来年の白秋祭ポスターのデザインを少しだけ公開します！', ['confidential/pre-release:block:発表前の情報']],
    ['《秘》市長の来週のスケジュール', ['confidential/marker:block:《秘》']],
    ['秘密の資料ですが、協賛金の一覧を載せます。', ['confidential/marker:block:秘密の資料']],
    ['この資料は部外秘扱いなので、取り扱いに気をつけてください。', ['confidential/marker:block:部外秘']],
    ['関係者限りの資料ですが、イベントの配置図を共有します。', ['confidential/marker:block:関係者限り']],
    ['まだ公表していない情報ですが、新しい観光大使が決まりました！', ['confidential/pre-release:block:まだ公表していない']],
    ['入札の結果、落札業者は〇〇建設になりそうです（まだ公表前）。', ['confidential/pre-release:block:まだ公表前']],
    ['議会に提出前の資料ですが、参考までに載せます。', ['confidential/pre-release:block:提出前の資料']],
    // Markers in any bracket or symbol form.
    ['この資料は【秘】扱いです', ['confidential/marker:block:【秘】']],
    ['［庁内限］来年度の組織図案です。', ['confidential/marker:block:［庁内限］']],
    ['〔秘〕白秋祭の警備計画', ['confidential/marker:block:〔秘〕']],
    ['《取扱注意》協賛金の一覧', ['confidential/marker:block:《取扱注意》']],
    ['(秘)市長日程', ['confidential/marker:block:(秘)']],
    ['【職員限り】年末年始の当番表', ['confidential/marker:block:【職員限り】']],
    ['【庁内限り・取扱注意】予算要求資料', ['confidential/marker:block:【庁内限り・取扱注意】']],
    ['【案・課内限り】広報紙の表紙原稿です', ['confidential/marker:block:【案・課内限り】']],
    ['（回覧用）観光課内回覧', ['confidential/marker:block:（回覧用）', 'confidential/marker:block:課内回覧']],
    ['㊙ 新庁舎の配置図', ['confidential/marker:block:㊙']],
    ['○秘の資料ですが、ちょっとだけお見せします。', ['confidential/marker:block:○秘']],
    ['マル秘の資料ですが、出演料の一覧を載せます。', ['confidential/marker:block:マル秘']],
    ['〘秘〙来年度の予算案', ['confidential/marker:block:〘秘〙']],
    ['部外●の資料です', ['confidential/marker:block:部外●']],
    ['ｺﾝﾌｨﾃﾞﾝｼｬﾙ資料', ['confidential/marker:block:ｺﾝﾌｨﾃﾞﾝｼｬﾙ']],
    ['部\u200b外\u200b秘の資料', ['confidential/marker:block:部\u200b外\u200b秘']],
    ['ﾏﾙﾋの資料です', ['confidential/marker:block:ﾏﾙﾋ']],
    ['これは秘密扱いでお願いします。', ['confidential/marker:block:秘密扱い']],
    ['部外秘の資料をもとに', ['confidential/marker:block:部外秘']],
    ['部 外 秘の資料', ['confidential/marker:block:部 外 秘']],
    ['庁内限りでお願いします', ['confidential/marker:block:庁内限り']],
    ['取扱注意：来年度の方針', ['confidential/marker:block:取扱注意']],
    ['ﾄﾘｱﾂｶｲ注意ではなく取り扱い注意', ['confidential/marker:block:取り扱い注意']],
    ['CONFIDENTIAL 観光戦略会議資料', ['confidential/marker:block:CONFIDENTIAL']],
    ['C O N F I D E N T I A L　第2回委員会資料', ['confidential/marker:block:C O N F I D E N T I A L']],
    ['INTERNAL USE ONLY', ['confidential/marker:block:INTERNAL USE ONLY']],
    ['人事の内示が出ました。', ['confidential/marker:block:内示']],
    ['市長会見の想定問答です。', ['confidential/marker:block:想定問答']],
    // Internal documents and meetings.
    ['内部資料によると、苦情は52件でした。', ['confidential/marker:block:内部資料']],
    ['庁議で、花火大会の中止が話し合われました。', ['confidential/meeting:block:庁議']],
    ['幹部会議の資料をちょっとだけ公開します。', ['confidential/meeting:block:幹部会議']],
    ['本日の部長会議（非公開）のメモを共有します。', ['confidential/meeting:block:部長会議']],
    ['非公開の会議で、新しいゆるキャラが決まりました！', ['confidential/meeting:block:非公開の会議']],
    ['非公開の審査会で選ばれた作品を一足先にお見せします！', ['confidential/meeting:block:非公開の審査会']],
    // Before release.
    ['まだ公表前ですが、新しい観光大使が決まりました。', ['confidential/pre-release:block:まだ公表前']],
    ['報道解禁前なので詳しくは言えませんが…', ['confidential/pre-release:block:報道解禁前なので']],
    ['報道解禁は明日です', ['confidential/marker:block:報道解禁']],
    ['【報道解禁：10月3日15時】包括連携協定の締結について', ['confidential/marker:block:【報道解禁：10月3日15時】']],
    ['未公表のデータですが、観光客数は過去最高でした。', ['confidential/pre-release:block:未公表の']],
    ['一足早くお見せします！新聞に載るのは来週です。', ['confidential/pre-release:block:一足早くお見せ']],
    ['オフレコですが、来月大きな発表があります。', ['confidential/marker:block:オフレコ']],
    // Staff-only information, undisclosed negotiations.
    ['職員しか見られない資料ですが、特別に公開します！', ['confidential/staff-only:block:職員しか見られ']],
    ['※本資料は外部への提供はしないこと。', ['confidential/staff-only:block:外部への提供はしない']],
    ['現在、大手ホテルチェーンと誘致交渉を進めています。', ['confidential/negotiation:block:誘致交渉を進め']],
    ['駅前への出店の交渉中です。', ['confidential/negotiation:block:出店の交渉中']],
    ['大手ホテルチェーンとの交渉が大詰めです。', ['confidential/negotiation:block:チェーンとの交渉が大詰め']],
    ['課内で共有してた資料、間違えてこっちに貼っちゃったかも…', ['confidential/staff-only:block:課内で共有して']],
    ['水面下で交渉中の企業があります。', ['confidential/negotiation:block:水面下で交渉']],
  ]
  // Quoted as an example in an awareness post: a note, never a block.
  const mentions: Array<[string, string[]]> = [
    ['「部外秘」と書かれた資料を投稿しないようにしましょう。', ['confidential/marker:info:「部外秘」']],
    ['「まだ公表前ですが」などと前置きした投稿はやめましょう。', ['confidential/pre-release:info:まだ公表前']],
  ]
  it.each(mentions)('notes %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toEqual(expected)
  })

  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(confidential, text))).toEqual(expected)
  })

  const valid = [
    '個人情報の取り扱いには十分注意しています。',
    '秘密保持契約を締結した事業者に委託しています。',
    '相談内容の秘密は守られます。安心してご相談ください。',
    '情報公開請求の手続きについてご案内します。',
    '会議は公開で行います。傍聴を希望する方は事前にお申し込みください。',
    '審議会の会議録を市ホームページで公開しました。',
    '本日の庁議で決定した新しい総合計画を市ホームページで公表しました。',
    '議会の一般質問の答弁をまとめたページを公開しました。',
    '一足早く、桜が咲き始めました🌸',
    '新しいパンフレットが完成しました！公開前の最終チェック中です。',
    '白秋祭のポスター、ついに情報解禁です！',
    '市内在住の方限定のツアーです。',
    '職員のみ参加可能な研修です。',
    // 秘 in ordinary words.
    '秘書課からのお知らせです',
    '健康の秘訣を紹介します',
    '神秘的な夜景をお楽しみください',
    '便秘に悩む方へ、食物繊維のとり方講座',
    '秘伝のタレで仕上げたうなぎです。',
    '秘密の穴場スポットをご紹介！',
    '相談員には守秘義務があります。',
    // Secrecy as a topic.
    '機密性の高い情報を守る研修を実施しました',
    '情報セキュリティ研修で、機密情報の取り扱いについて学びました。',
    '内部情報の漏えい防止を徹底します。',
    // Brackets that are not markers.
    '柳川市観光振興計画（案）に対する意見を募集します。',
    '「柳川市観光振興計画（素案）」に対する意見を募集します',
    '市民体育館（室内）で開催します。',
    '駐車場（職員専用）はご利用いただけません。',
    '【職員募集】保育士を募集します',
    '【解禁】アユ漁が始まりました',
    '【情報解禁】白秋祭の新グッズ、発売決定！',
    '【回覧】地区清掃のお知らせ',
    // Closed meetings announced, non-public places opened, releases that are public.
    '第5回都市計画審議会（非公開）を開催しました。',
    'デザイン審査は非公開で行い、結果は12月中旬に市ホームページで発表します。',
    '普段は非公開の庭園を特別公開します。',
    '普段は職員しか入れないエリアを見学できます。',
    'アユ漁の解禁前の準備が進んでいます。',
    '新施設の一般公開前の内覧会を開催しました。',
    '一足早く春の訪れを感じました。',
    '市ホームページより一足早く、SNSで公開します！',
    '個人情報を外部に提供することはありません。',
    '地区の回覧板でお知らせしています。',
    '御花の大広間の内部を特別公開します。',
    '取扱店舗の一覧を市ホームページに掲載しました。',
    'ご検討ください',
    'パンをまるひとつ食べました',
    '機密書類の回収・溶解処理を行いました。',
    '秘密基地みたいな隠れ家カフェを紹介します☕',
    '審査の過程は非公開です。',
    '内部は撮影禁止です。ご了承ください。',
    '庁内で共有している防災マニュアルを、市民向けに改訂して公開しました。',
    '職員間で共有した情報をもとに、市ホームページを更新しました。',
    '隣の大川市と協議して、合同イベントを開催します。',
    '労使交渉の結果、合意に至りました。',
    '国からの補助金の内示がありました。',
    '貸付物件：宅地 予定価格（月額）：701円',
  ]
  it.each(valid)('passes %s', (text) => {
    expect(summary(findingsOf(confidential, text))).toEqual([])
  })
})
