/**
 * The security family's metadata (セキュリティ情報): its rule ids with default severity, the guideline's floor, message and
 * hint templates, its clauses and default word lists. Kept apart from the readers so the background, popup and
 * options page can read it without loading the rules (tests/engine/families.test.ts checks that it imports no reader).
 */
import { CLAUSES } from '../../clauses'
import type { FamilyMeta } from '../../rule'

export const meta: FamilyMeta = {
  clauses: [CLAUSES['5(1)']],
  title: 'セキュリティ情報',
  titleEn: 'Security information',
  words: {
    security: [
      '巡回時間{図書館,バス,移動,検診,健診,保健,注射,接種,予防,相談,申請,販売,回収,収集,会場,日程,出張,訪問,献血}', '巡回ルート{図書館,バス,移動,検診,健診,保健,注射,接種,予防,相談,申請,販売,回収,収集,会場,日程,出張,訪問,献血}', '警備体制', '警備の手薄', '警備が手薄', '監視が手薄', '監視の手薄', '巡回が手薄', '見回りが手薄', 'パトロールが手薄', '防犯カメラの位置', '防犯カメラの設置場所', '防犯カメラの死角', '鍵の保管場所',
      '鍵の隠し場所', '合鍵の場所', '金庫の場所', 'サーバ室', 'サーバー室', 'サーバールーム', 'lgwan', '管理者アカウント', '管理者権限',
      '!防犯パトロール', '!lgwan-asp',
    ],
  },
  rules: {
    // The statistical reader's finding (model/reader.ts): `warn`, or `block` at the trained block threshold (weights.ts);
    // only when the family's own rules found nothing as severe. {confidence} is the model's probability in percent.
    'security/model': {
      title: 'セキュリティ情報らしい書き方（学習モデル）',
      titleEn: 'Reads like security information (statistical model)',
      severity: 'warn',
      floor: 'info',
      message: 'この文は、パスワードや暗証番号、鍵の置き場所、警備の時間帯、システムの設定など、安全にかかわる情報を伝える投稿によく似ています（過去の事例から学んだモデルの判定、確からしさ {confidence}%）。',
      hint: '暗証番号・パスワード・鍵や金庫の場所・警備や巡回の時間・システムの設定は書かないでください。利用方法は「詳しくは窓口でご案内します」のように書いてください。',
    },
    'security/credential': {
      title: 'パスワード・暗証番号',
      titleEn: 'Credential with its value',
      severity: 'block',
      floor: 'warn',
      message: '「{label}」とその値が書かれています。パスワードや暗証番号・解除番号はセキュリティ情報で、公開すると不正利用や侵入につながります。',
      hint: '値を削除し、「{label}は担当者から個別にお知らせします」のように書き換えてください。すでに公開したなら、すぐに{label}を変更してください。',
    },
    'security/internal-address': {
      title: '内部IPアドレス',
      titleEn: 'Internal IP address',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は庁内ネットワークなどの内部IPアドレスです。システム構成はセキュリティ情報です。',
      hint: '「{excerpt}」を削除し、「接続先は担当課にお問い合わせください」のように書き換えてください。画面の写真やコピーに写り込んでいないかも確認してください。',
    },
    'security/internal-host': {
      title: '内部サーバー・共有フォルダ',
      titleEn: 'Internal host or share',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は庁内のサーバー名・共有フォルダなどの内部情報です。',
      hint: '「{excerpt}」を削除してください。職員向けの案内なら、庁内の連絡手段（庁内メール・掲示板）で伝えてください。',
    },
    'security/admin-url': {
      title: '管理画面・職員用ログインのURL',
      titleEn: 'Admin console or staff login URL',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は職員だけが使う管理画面・ログイン画面のアドレスです。パスワードで守られていても、入口の場所が知られると不正アクセスや攻撃の標的になります。',
      hint: '「{excerpt}」を削除してください。職員向けの案内なら、庁内の連絡手段（庁内メール・掲示板）で伝えてください。',
    },
    'security/key-location': {
      title: '鍵の保管場所',
      titleEn: 'Where keys are kept',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」と{key}の置き場所が書かれています。鍵の保管場所は防犯上の秘密で、公開すると盗難や侵入につながります。',
      hint: '「{place}」など場所の記述を削除し、「{key}は担当者にお問い合わせください」のように書き換えてください。',
    },
    'security/guard-schedule': {
      title: '警備の時間・不在',
      titleEn: 'Guard schedule or absence',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は{watch}を明かしています。警備の手の内は防犯上の秘密です。',
      hint: '時刻や不在、人数の記述を削除し、「{safe}」のように体制があることだけを伝えてください。',
    },
    'security/weakness': {
      title: '防犯設備の不具合',
      titleEn: 'Security device out of order',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は防犯設備や施錠の不具合を明かしています。侵入や盗難の手がかりになります。',
      hint: '「{excerpt}」を削除してください。利用者への影響を知らせる必要があれば「設備点検のため、通用口は使用できません」のように書き換えてください。',
    },
    'security/unguarded-place': {
      title: '巡回・警備の届かない場所',
      titleEn: 'Place left out of the watch',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は巡回や警備が及ばない場所を明かしています。警備の穴は侵入や犯行の手がかりになります。',
      hint: '「{excerpt}」を削除し、「敷地内を定期的に巡回しています」のように体制があることだけを伝えてください。利用者への案内が必要なら「お迎えは正門からお願いします」のように、理由を書かずに伝えてください。',
    },
    'security/vip-movements': {
      title: '要人の移動・宿泊先',
      titleEn: "A dignitary's movements and lodging",
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は要人の到着時刻・移動手段・宿泊先を明かしています。要人の動静は警備上の秘密で、公開すると身の安全を損なうおそれがあります。',
      hint: '時刻・交通手段・宿泊先や部屋の記述を削除し、「〇日に来柳され、歓迎式典に出席されます」のように公式行事だけを伝えてください。',
    },
    'security/access-pass': {
      title: '入館証・職員証の写真',
      titleEn: 'Staff pass shown',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は入館や入室に使う職員証・カードの表裏を写した写真です。番号やデザインから偽造や不正入館の手がかりになります。',
      hint: '写真を差し替え、職員証を写さないでください。話題にするなら「新しい職員証が届きました」のように文章だけにしてください。',
    },
    'security/arrangement': {
      title: '警備・防犯の手の内',
      titleEn: 'Security arrangements',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は庁舎や施設の警備・システムに関わる内容です。防犯上の手の内を明かすことにならないか確認してください。',
      hint: '公表済みの防犯情報でなければ、「{excerpt}」の具体的な時間・場所・構成を削り、「防犯対策を行っています」のように書いてください。',
    },
  },
}
