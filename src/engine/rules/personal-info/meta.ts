/**
 * The personal-info family's metadata (個人情報): its rule ids with default severity, the guideline's floor, message and
 * hint templates, its clauses and default word lists. Kept apart from the readers so the background, popup and
 * options page can read it without loading the rules (tests/engine/families.test.ts checks that it imports no reader).
 */
import { CLAUSES } from '../../clauses'
import type { FamilyMeta } from '../../rule'

/** The hint of the identifier-number rules. */
const NUMBER_HINT = '「{excerpt}」を削除してください。手続きの案内であれば「番号は窓口でお伝えください」のように番号を書かずに案内してください。'

export const meta: FamilyMeta = {
  clauses: [CLAUSES['5(1)'], CLAUSES['4(4)']],
  title: '個人情報',
  titleEn: 'Personal information',
  rules: {
    // The statistical reader's finding (model/reader.ts): `warn`, or `block` at the trained block threshold (weights.ts);
    // only when the family's own rules found nothing as severe. {confidence} is the model's probability in percent.
    'personal-info/model': {
      title: '個人情報らしい書き方（学習モデル）',
      titleEn: 'Reads like personal information (statistical model)',
      severity: 'warn',
      floor: 'info',
      message: 'この文は、個人を特定できる情報や、個人の病気・家庭・暮らしの事情を伝える投稿によく似ています（過去の事例から学んだモデルの判定、確からしさ {confidence}%）。',
      hint: '本人の同意のない名前・住所・連絡先・病気や家庭の事情は書かないでください。伝える必要があるなら「地域の方」「ある利用者さん」のように、誰か分からない書き方にしてください。',
    },
    'personal-info/my-number': {
      title: 'マイナンバー',
      titleEn: 'My Number',
      severity: 'block',
      floor: 'warn',
      message: '{how}。個人番号は法律で厳格に管理される特定個人情報で、発信できません。',
      hint: '「{excerpt}」を削除してください。本人への連絡は投稿ではなく電話や窓口で行い、投稿では「市民課までお越しください」のように番号を書かずに案内してください。',
    },
    'personal-info/mobile': {
      title: '携帯電話番号',
      titleEn: 'Mobile phone number',
      severity: 'block',
      floor: 'warn',
      message: '{owner}携帯電話番号「{excerpt}」が含まれています。個人の電話番号は、連絡先として書かれていても発信できません。',
      hint: '「{excerpt}」を削除し、「問い合わせ：柳川市役所 ○○課 0944-73-8111（代表）」のように市の窓口の番号に置き換えてください。団体の公開番号なら、オプション画面の「公開している連絡先」に登録してください。',
    },
    'personal-info/phone': {
      title: '電話番号',
      titleEn: 'Phone number',
      severity: 'warn',
      floor: 'warn',
      message: '{whose}「{excerpt}」が含まれています。個人の電話番号であれば発信できません。',
      hint: '誰の番号か確認してください。個人の番号なら「{excerpt}」を削除し、問い合わせ先であれば「問い合わせ：○○課 {excerpt}」のように窓口名を添えてください。',
    },
    'personal-info/external-phone': {
      title: '登録外の窓口番号',
      titleEn: 'Unregistered public number',
      severity: 'info',
      floor: 'off',
      message: '電話番号「{excerpt}」は登録済みの市の番号ではありません。掲載してよい公開の番号か確認してください。',
      hint: 'よく使う公開の番号は、オプション画面の「公開している連絡先」に登録すると表示されなくなります。',
    },
    'personal-info/email': {
      title: '個人のメールアドレス',
      titleEn: 'Personal e-mail address',
      severity: 'block',
      floor: 'warn',
      message: '{what}「{excerpt}」が含まれています。個人のメールアドレスは、記号を置き換えたり空白を入れたりしても発信できません。',
      hint: '「{excerpt}」を削除し、問い合わせ先には市の担当課のアドレス（…@city.yanagawa.fukuoka.jp）を記載してください。',
    },
    'personal-info/address': {
      title: '個人の住所',
      titleEn: 'Home address',
      severity: 'block',
      floor: 'warn',
      message: '{what}「{excerpt}」が含まれています。番地・部屋番号までの住所は個人を特定でき、個人のものなら発信できません。',
      hint: '「{excerpt}」を削除するか、「○○地区」のように町名までにとどめてください。施設の所在地であれば「会場：○○公民館（{excerpt}）」のように施設名を添えてください。',
    },
    'personal-info/bank-account': {
      title: '銀行口座番号',
      titleEn: 'Bank account number',
      severity: 'block',
      floor: 'warn',
      message: '{label}「{excerpt}」が含まれています。個人の口座は発信できません。',
      hint: '「{excerpt}」を削除してください。義援金などの受付口座は、市や団体の名義の口座であることを確認し、名義を明記してください。',
    },
    'personal-info/drivers-licence': {
      title: '運転免許証番号',
      titleEn: "Driver's licence number",
      severity: 'block',
      floor: 'warn',
      message: '{label}「{excerpt}」が含まれています。個人を特定できる番号は発信できません。',
      hint: NUMBER_HINT,
    },
    'personal-info/passport': {
      title: '旅券番号',
      titleEn: 'Passport number',
      severity: 'block',
      floor: 'warn',
      message: '{label}「{excerpt}」が含まれています。個人を特定できる番号は発信できません。',
      hint: NUMBER_HINT,
    },
    'personal-info/residence-card': {
      title: '在留カード番号',
      titleEn: 'Residence card number',
      severity: 'block',
      floor: 'warn',
      message: '{label}「{excerpt}」が含まれています。個人を特定できる番号は発信できません。',
      hint: '番号の意味を確認し、個人の番号であれば「{excerpt}」を削除してください。',
    },
    'personal-info/insurance': {
      title: '保険証・年金の番号',
      titleEn: 'Insurance or pension number',
      severity: 'block',
      floor: 'warn',
      message: '{label}「{excerpt}」が含まれています。個人を特定できる番号は発信できません。',
      hint: NUMBER_HINT,
    },
    'personal-info/personal-id': {
      title: '個人に割り当てられた番号',
      titleEn: 'Number assigned to a person',
      severity: 'block',
      floor: 'warn',
      message: '{label}「{excerpt}」が含まれています。受給者番号や会員番号などは、名前と合わせて個人を特定できます。',
      hint: '「{excerpt}」を削除し、「お心当たりの方は○○課までご連絡ください」のように番号を書かずに案内してください。',
    },
    'personal-info/line-id': {
      title: '個人のLINE ID',
      titleEn: 'Personal LINE ID',
      severity: 'block',
      floor: 'warn',
      message: 'LINEのID「{excerpt}」が含まれています。IDを知っていれば誰でも連絡でき、個人のものは電話番号と同じく発信できません。',
      hint: '「{excerpt}」を削除し、問い合わせ先は市の担当課の電話番号や、市の公式LINEアカウント（@から始まるID）に置き換えてください。',
    },
    'personal-info/lodging': {
      title: '宿泊先・部屋番号',
      titleEn: 'Where a guest is staying',
      severity: 'block',
      floor: 'warn',
      message: '{what}「{excerpt}」が含まれています。滞在先や部屋番号、今いる場所は、相手の名前と合わせると本人の居場所が誰にでも分かり、発信できません。',
      hint: '「{excerpt}」を削除し、「お預かりしています。受け取り方法はDMでお知らせします」のように、居場所を書かずに個別の連絡で伝えてください。',
    },
    'personal-info/roster-photo': {
      title: '名簿・受付簿の写真',
      titleEn: 'Photo of a list of people',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は、名前や住所が書かれた名簿・受付簿・申込書などの写真を載せようとしています。写っている全員の個人情報を一度に公開することになります。',
      hint: '名簿などの写真は載せず、「本日は12名の方に傍聴いただきました」のように人数や様子だけを伝えてください。記録は庁内で保管してください。',
    },
    'personal-info/vehicle-plate': {
      title: '車のナンバー',
      titleEn: 'Vehicle number plate',
      severity: 'block',
      floor: 'warn',
      message: '車のナンバー「{excerpt}」が含まれています。ナンバーは持ち主を特定でき、見かけた場所や時間と合わせると個人が分かるため、発信できません。',
      hint: '「{excerpt}」を削除し、「回収日以外の持ち込みが見られます」のように、車や人を特定せずに注意を呼びかけてください。対応が必要な場合は警察や担当課で個別に扱ってください。',
    },
    'personal-info/name-tag': {
      title: '写真の名札',
      titleEn: 'Name tag in a photo',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」{what}。名札の名前は顔や学校・園と一緒に公開され、写っている人を特定できます。',
      hint: '名札の名前が読めないよう加工するか、名札の写らない写真にしてください。載せる場合は本人（未成年の場合は保護者）の了解を確認してください。',
    },
    'personal-info/unasked-portrait': {
      title: '了解を得ていない人物写真',
      titleEn: 'Photo of a person not asked',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」とあり、写っている人の了解を得ないまま写真を載せようとしています。顔の分かる写真は本人を特定でき、本人の知らないうちに公開されます。',
      hint: '写っている人に了解を得てから載せるか、顔の分からない写真（後ろ姿、ぼかし加工など）にしてください。',
    },
    'personal-info/identifiable-person': {
      title: '個人を特定できる組み合わせ',
      titleEn: 'Identifiable person',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」と{label}が一緒に書かれています。組み合わせると個人を特定できるおそれがあります。',
      hint: '本人（未成年の場合は保護者）の了解を得ているか確認し、了解がなければ名前や「{label}」のうち、本人にたどり着く部分を省いてください（例：「市内の小学生」「高齢の男性」）。',
    },
  },
}
