import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, mergePolicy } from '../../../src/engine'
import { isValidMyNumber, personalInfo } from '../../../src/engine/rules/personal-info'
import { findingsOf, reported, summary } from '../helpers'

const run = (text: string) => summary(findingsOf(personalInfo, text))

describe('personal-info: blind R407G-021, -029, -038, -040, -044, -058 kinds (a city-housing tenant named with the unit, a room\'s occupant with their circumstance, a guarantor named with home and work, a named tenant\'s income, a ranked waiting list with names)', () => {
  const rules = (text: string, mode?: 'reply') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, ('reply' | undefined)?]>([
    // the estate's unit, then the tenant named, past or present, the letters of the name possibly spaced apart
    ['東団地2-301にお住まいの古賀 正 様、更新の書類がまだ届いていません。住宅課までご連絡ください。'],
    ['本日、蒲池団地1-204の松尾さんのお宅で、鍵の交換に立ち会いました。'],
    ['元・北原住宅4-102に住んでいた 西 田 美 穂 さん、返還金のご案内をお送りしたいのでご連絡ください。'],
    // a room by its number and its occupant, told with a circumstance of theirs
    ['302号室の入居者（認知症で一人暮らしのおばあちゃん）については、ご家族と相談しています。'],
    ['三百二号室にお住まいの方は生活保護を受けていらっしゃるので、家賃は福祉課と調整します。'],
    // a guarantor named with where they live or work
    ['保証人の件ですが、お兄さまの田中 修様（久留米市在住・会社員）で承りました。', 'reply'],
    ['連帯保証人は叔父の江口 誠様、みやま市にお住まいで、三池製作所にお勤めとのことです。'],
    // a named person's income on a matter of rent
    ['減免の例として、西田さん（年収120万円・団地住まい）の場合は家賃が3割引きになりました。'],
    // a ranked waiting list with the applicants' names
    ['【待機者順位】\n1位　古川 美和子 様\n2位　中島 一郎 様\n順番にご連絡いたします。'],
  ])('flags %s', (text, mode) => {
    expect(rules(text, mode)).toContain('personal-info/identifiable-person:block')
  })
  it.each<[string, ('reply' | undefined)?]>([
    // a lottery or a waiting list by receipt numbers only; a list of a race's results is not this kind
    ['【市営住宅 入居者抽選結果】当選された方の受付番号は次のとおりです。\n1位　受付No.118\n2位　受付No.093\n3位　受付No.152'],
    ['【補欠順位】1位 受付番号118\n2位 受付番号093\n順番にご連絡いたします。'],
    ['上宮永住宅の補欠登録の受付は3月末までです。1位から順にご連絡します。'],
    // a unit repaired or offered, no one named; the unit addressed by a role word
    ['みずほ住宅5号棟203号室の給湯器の交換工事を、3月10日に行います。ご不便をおかけします。'],
    ['西浜団地3-105、3-106の浴室改修を行います。工事中は音が出ます。'],
    ['入居者募集中：みずほ住宅5-203、3DK、家賃は収入に応じて決まります。'],
    ['みずほ住宅5-203の入居者様、明日は排水管の点検です。'],
    // a reduction explained in general; a staff member named beside the rule
    ['家賃の減免について：年金だけで月8万円くらいの世帯の場合、家賃が半分になることがあります。'],
    ['住宅課の担当、西田様が説明します。収入が月10万円以下なら減免の対象です。'],
    // a tenant or a room not identified, no circumstance; a guarantor's papers asked for
    ['入居者の方から、夜間の物音について相談がありました。掲示板でお知らせします。'],
    ['104号室の方は、明日の点検の際にご在宅をお願いします。'],
    ['一人暮らしの高齢者の方が入居できる住宅として、101号室から104号室をご用意しています。'],
    ['連帯保証人の方の住民票と、勤務先の在職証明書をご提出ください。'],
    ['連帯保証人となる親族様の勤務先と住所（市内在住かどうか）をご記入ください。'],
  ])('keeps clean %s', (text, mode) => {
    expect(rules(text, mode).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R405E-017, R405E-033, R405E-039, R408H-001, R408H-057 kinds (contractors\' workers and donors: a full name with age and city, a kin\'s shop, a payee\'s account named by its purpose, a registered address after its postal code)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    ['足場の組み立てを担当した作業員の松尾 健一さん（42歳・久留米市在住）、暑い中ありがとうございました。', 'personal-info/identifiable-person:block'],
    ['ふるさと納税で毎年ご寄附くださる、福岡県福岡市の中村 和子さん（76）からお便りが届きました。', 'personal-info/identifiable-person:block'],
    ['写真の右から3人目は、地元の高校を出たばかりの野田くん（18）。お父さんも駅の近くで理髪店を営んでいます。', 'personal-info/identifiable-person:block'],
    ['草刈りを委託している古賀 清さんの振込先口座は、福岡銀行 柳川支店 普通 3345120 です。', 'personal-info/bank-account:block'],
    ['お問い合わせの件、ご登録の〒810-0001 福岡市中央区天神3丁目5番12号あてに再送いたしました。', 'personal-info/address:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // the city's own account; a company's head with consent; donors thanked without names; a city as a whole
    '使用料のお振込先：筑後信用金庫 柳川支店 普通 1234567（柳川市会計管理者 名義）',
    '工事を請け負った株式会社みずほ建設の代表取締役、古賀 直樹さんにお話を伺いました（掲載の了承を得ています）。',
    '寄附者の皆さまへ：寄附金受領証明書は、ご登録のご住所あてに11月中に発送します。',
    '大川市在住の方もご参加いただけます。',
    '市長の田中 太郎さん（62）は久留米市の出身です。',
    '店主の古賀さん（45）。お母さんも一緒にお店に立っています。',
    '返礼品の発送元：〒832-0065 柳川市三橋町正行431番地 大和水産',
    '書類はご登録の事業所あて（〒832-8601 柳川市本町87番地1）にお送りします。',
  ])('keeps below a block %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R406F-011, R406F-028, R406F-032, R406F-037, R406F-041 kinds (a named person\'s screening result, the name in any script or spacing, or listed under it)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    ['3歳児健診で視力検査に引っかかった ゆうまくん（城内の古賀 真理さんの長男）、来週眼科で詳しく診てもらうそうです。', 'personal-info/identifiable-person:block'],
    ['大 和 町 の 江 口 さ ん、胃がん検診で影が見つかったけど、精密検査で良性とわかって一安心！', 'personal-info/identifiable-person:block'],
    ['特定健診で要再検査だった方（敬称略）\n・堤 和夫\n・立花 政子\n早めに受診をお願いします。', 'personal-info/identifiable-person:block'],
    ['古賀 真由美様\n先日の乳がん検診の結果、要精密検査となりました。改めてご案内をお送りします。', 'personal-info/identifiable-person:block'],
    ['ﾐﾔﾊﾗ ｹﾝｼﾞさん（三橋町）の便潜血検査、陽性と出ました。', 'personal-info/identifiable-person:block'],
    ['子宮がん検診の細胞診でクラスⅣだった蒲池 恵さんに、専門病院を紹介しました。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // a schedule with the contact; a count; a result set as a condition, with staff as the contact
    '乳がん検診の日程をお知らせします。6月12日(水)9時〜 保健センターで。担当:健康づくり課 松尾 綾さん',
    '昨年度の大腸がん検診では、受診者412人のうち要精密検査は12人でした。',
    '要精密検査となった方は、必ず医療機関を受診してください。ご不明な点は保健師の江口さんまで。',
    '特定健診で要精密検査と判定された方の受診率は54%でした。',
    '肝炎ウイルス検査は無料です。陽性の場合は専門医療機関をご紹介します。お問い合わせはカワノ ヒロコまで',
    // a consented story, a talk, a class of babies, staff listed, a mascot, a nickname of a parent
    'ご本人の了承を得てご紹介します。北島美紀さんは検診でしこりが見つかり、早期に治療できたそうです。',
    '乳がん検診でしこりが見つかった経験をもとに、北島美紀さんが講演します。',
    '乳幼児健診で体重の増え方がゆっくりな赤ちゃんには、保健師が家庭訪問をしています。',
    '検診スタッフ\n・江口 康夫\n・宮原 千鶴\n要精密検査の方には後日連絡します',
    'がん検診は早期発見が大切です。しこりが見つかってからでは遅いことも。マスコットのさげもんちゃんも呼びかけています。',
    'もう一度みせてね〜！ 1歳6か月健診に来てくれたみんな、ありがとう。',
    'ゆいちゃんママが教えてくれた、健診の持ち物リスト！母子手帳と問診票を忘れずに。',
  ])('keeps below a block %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R404D-011, R404D-012, R404D-032 kinds (a staff introduction telling the hometown district with the age, a staff member named bare by unit with their health leave, a family member\'s care)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    ['新しく保育課に配属された松尾健太さん（24）は三橋町の出身です。明るい笑顔で頑張っています。', 'personal-info/identifiable-person:block'],
    ['春から仲間入りする中島 彩花さん（23）。大和町中島の出身で、地元の力になりたいと話してくれました。', 'personal-info/identifiable-person:block'],
    ['市民課の田中は、体調不良のため今月から休職しております。ご不便をおかけします。', 'personal-info/identifiable-person:block'],
    ['図書館の古川 恵子は、病気療養のためしばらくお休みをいただいております。', 'personal-info/identifiable-person:block'],
    ['清掃を担当してくれている西田さん（71）は、ご主人の介護を続けながら毎朝6時に来てくれます。', 'personal-info/identifiable-person:block'],
    ['庁舎の警備を担う大坪さん（58）。お母さまの看病のため、来月から夜勤を外れます。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // a staff introduction with the role and a hobby only; new staff counted without names
    '新しく保育課に配属された松尾さん。趣味は釣りとキャンプです。よろしくお願いします！',
    '今年度の新規採用職員は12名です。配属先でそれぞれ頑張っています。',
    // a desk closed or a member of staff on leave, no one named; an appointment; a return from leave
    '総務課の窓口は、職員の体調不良のため本日午後は休止します。',
    '図書館の館内は、職員の体調不良のため一部閉鎖しております。',
    '職員1名が体調不良のため休職しております。ご不便をおかけします。',
    '4月1日付で、総務係長に江口が着任しました。',
    '市民課の江口が、皆さまのご相談をお受けします。',
    '道路課の松尾が、入院中の方への訪問について説明します。',
    // a consented interview; a seminar for carers and its speaker
    'ご本人の了承を得て、警備員の堤さん（67）にお話を伺いました。奥さまの介護をしながら、15年間庁舎を守ってくれています。',
    '親の介護をしながら働く方へ。介護休業制度の説明会を開きます。',
    '講師の古賀さん（52）は、ご自身もお母さまの介護をしながら働いてこられました。',
    // a hometown with no other detail, or a city
    '三橋町出身の画家、古賀さんの作品展を開催します。',
    '柳川市出身の松尾さん（24）が、市のPR大使に就任しました。',
  ])('keeps below a block %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R397W-030, R398X-007 kinds (a named household\'s child told by school and grade; a pupil in a consultation or an accident picked out by school, grade, club and shirt number)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    ['本日の朝市は、大和町の古賀さんちの新玉ねぎです。息子さんは蒲池中の3年生で、毎朝袋詰めを手伝ってくれます。', 'personal-info/identifiable-person:block'],
    ['三橋の堤さんのお宅で育てたトマトが並びました。お孫さんの陽菜ちゃんは柳城小学校2年で、絵を描いてくれました。', 'personal-info/identifiable-person:block'],
    ['先週、教育相談室にお電話をいただいた、柳城中3年の野球部で背番号10番の男子生徒の保護者の方へ。担当からご連絡いたします。', 'personal-info/identifiable-person:block'],
    ['昨日の事故で手当てを受けたのは、蒲池小の5年で、サッカー部の背番号9番の男の子です。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    '大和町の古賀さんちの新玉ねぎが並びました。甘くてやわらかいのが自慢です。',
    '蒲池中の3年生の皆さんが、古賀さんの畑で収穫体験をしました。',
    '古賀さんちの新玉ねぎです。息子さんは蒲池中の3年生で、袋詰めを手伝ってくれます（ご家族の了承を得て掲載しています）。',
    '柳城中3年の野球部が県大会で優勝しました。背番号10番のエースを中心に、粘り強く戦いました。',
    '市内の小中学校を対象に、いじめ相談の電話窓口を開設しています。お気軽にご相談ください。',
    // faces shown of those whose family agreed (blind LS-031 kind)
    '保護者の同意をいただいたお子さんのみ、顔が写った写真を掲載しています。',
    '参加者の皆さんの了承を得て、顔のわかる写真を載せています。',
  ])('keeps clean %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R398X-011 kind (a named person leaving, the next sentence telling the illness they were away with: …病で休職されていました)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    ['今月末で退職される図書館の古賀 美和さん。去年から体調不良で療養されていましたが、今日はご挨拶に来てくださいました。', 'personal-info/identifiable-person:block'],
    ['今年度で退任される公民館の松尾 和夫館長。昨年からがんで入院されていましたが、最後の式典に出席されました。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    '3月末で退職される蒲池小の 田中 恵理子 先生。38年間、本当にありがとうございました。',
    '3月末で退職される蒲池小の 田中 恵理子 先生。去年は病気で休んでいた子の勉強を放課後に見てくださいました。',
    '3月末で退職される蒲池小の 田中 恵理子 先生。昨年の秋から育休で休まれていましたが、最後に来てくださいました。',
  ])('keeps clean %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R397W-049, R398X-029 kinds (a subsidy\'s private payees listed with district and sum; a disciplined teacher fixed by school and details)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    ['農業振興補助金の交付先をお知らせします。\n・山田 太郎さん（三橋町）30万円\n・古賀 花子さん（大和町）25万円', 'personal-info/identifiable-person:block'],
    ['住宅改修助成金 支給決定一覧\n堤 一郎（蒲池）12万円\n松尾 和子（昭代）8万円', 'personal-info/identifiable-person:block'],
    ['城内小の3年担任で音楽を担当する男性教諭（30代）が停職処分を受けました。', 'personal-info/identifiable-person:block'],
    ['今回の減給処分の対象は、昭代中でバスケ部の顧問をしている体育の男性教員です。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    '創業支援補助金の交付先を公表します。\n株式会社立花商事（三橋町）100万円\n柳川漁業協同組合（沖端町）80万円\n有限会社古賀商店（大和町）50万円',
    '市内の中学校に勤務する教諭1名を懲戒処分（減給）としました。再発防止に努めます。',
    '柳南中の2年の学年主任の先生と理科の先生が、体験授業をしてくれました。',
    '補助金の上限は次のとおりです。\n一般世帯（市内）30万円\n子育て世帯（市内）40万円',
  ])('keeps clean %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind misc59 kinds (a named resident\'s illness lived with, told with two details or a school and grade; a complainant or applicant told by place and trade)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R324M-003 kind: a resident named (a name that may be the surname alone) with two details or a school and grade, and the illness
    // they live with: diagnosed, the treatment kept up, the illness fought or carried
    ['二十歳の集いで「誓いの言葉」を述べた堤美咲さん（柳川高校卒・大和町在住）。中学2年で1型糖尿病と診断され、毎日のインスリン注射を続けながら看護師を目指しています。', 'personal-info/identifiable-person:block'],
    ['成人の日のつどいで決意を語った松尾彩花さん（昭代中卒・三橋町在住）。小学生のころから腎臓の病気と闘いながら、保育士を目指しています。', 'personal-info/identifiable-person:block'],
    ['大和町在住の古賀さん（45）は、昨年がんの手術を受け、今も抗がん剤治療を続けながら店に立っています。', 'personal-info/identifiable-person:block'],
    ['城内小5年の堤陽翔くんは、ぜんそくの持病を抱えながら、毎朝のマラソン練習に参加しています。', 'personal-info/identifiable-person:block'],
    ['白秋祭の実行委員を務める田中さん（38・沖端町）は、人工透析を受けながらも準備に奔走しています。', 'personal-info/identifiable-person:block'],
    // R324M-007 kind: the one who phoned, wrote or came in with a complaint or an application, told by their place and trade in a clause
    // before the words for them, the sentence ending on them
    ['先日の雪の日、「うちの前の歩道だけ除雪が遅い」とお電話をくださった、沖端の川沿いで三代続く鰻屋さんのご主人。さっそく道路課で現地を確認しました。貴重なご意見ありがとうございました。', 'personal-info/identifiable-person:block'],
    ['「公園の街灯が暗くて怖い」とお電話をくださった、三橋町の県道沿いで酒屋を営む女将さん。さっそく電球を交換しました。', 'personal-info/identifiable-person:block'],
    ['騒音についてメールをくださった、京町の角で三代続く畳店のご主人。担当課で工事の時間を見直しました。', 'personal-info/identifiable-person:block'],
    ['先週、窓口に苦情を言いに来られた、本町の駅前で長年たばこ屋を営むおばあちゃん。その後、担当者がご説明に伺いました。', 'personal-info/identifiable-person:block'],
    ['給付金の申請に来られた、沖端の川沿いで旅館を営む女将さん。手続きは無事に終わりました。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // an illness with no one named, a staff health column, a public figure's own statement with its source; whom a service is for
    '糖尿病予防教室を開催します。インスリン注射の正しい使い方も学べます。',
    '保健師コラム：私も20代で1型糖尿病と診断され、毎日インスリン注射を続けています。',
    '1型糖尿病の子どもたちのサマーキャンプに、市内から12人が参加しました。',
    '市長の田中太郎さん（62）は、自身のブログで糖尿病と診断されたことを公表しています（出典：市長ブログ 5月3日）。',
    '柳川市出身の歌手、古賀美咲さん（28）は、自身のSNSで1型糖尿病と闘っていることを明らかにしています（本人のInstagram、2024年6月）。',
    '市長は、5月の定例記者会見で、がんの手術を受けたことを公表しました。',
    // a call or a complaint with no one described, a group thanked, thanks for good news, a shop visited for a story
    '「うちの前だけ除雪が遅い」とのご意見をいただきました。道路課で順次対応しています。',
    '「歩道の段差が危ない」とお電話をくださった方、ありがとうございました。さっそく補修しました。',
    'お電話をくださった皆さま、ありがとうございました。ご意見は今後の参考にさせていただきます。',
    '「川下りが最高だった」とお電話をくださった、沖端の川沿いで旅館を営むご主人。うれしいお便りをありがとうございました。',
    '沖端の川沿いで三代続く鰻屋さんのご主人に、うなぎのせいろ蒸しの作り方を教わりました。',
    '沖端の鰻屋さんのご主人が、今年も白秋祭に協賛してくださいました。',
    '給付金の申請に来られた方は、受付で番号札をお取りください。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each<[string, string]>([
    // staff or a volunteer named with details, the illness whom they help: no more than the warning name and details give
    ['講師の古賀さん（沖端町在住・52歳）は、透析を受けながら働く方の支援について話されました。', 'personal-info/identifiable-person:warn'],
    ['大和町在住の古賀さん（68）は、病気と闘う子どもたちを支援するボランティアを続けています。', 'personal-info/identifiable-person:warn'],
  ])('no more than a warning for %s', (text, rule) => {
    expect(rules(text)).toEqual([rule])
  })
})

describe('personal-info: blind misc58 kind (the household a house fire started at, pointed at by its trade, a landmark, the age and the district)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R320M-012 kind: the fire's source told as one household (ご夫婦のお宅, 男性のご自宅), its shop placed by a landmark (…近くで鮮魚店を営む),
    // its age; the district is where the house fire was, in the sentence before
    ['【火災概要】3月4日未明、沖端町の住宅で火災が発生し、木造2階建て1棟を焼損しました。出火元は、川下り乗船場近くで長年鮮魚店を営む80代のご夫婦のお宅で、台所のガスコンロの消し忘れが原因でした。', 'personal-info/identifiable-person:block'],
    ['昨日の建物火災の火元は、水天宮のそばで長く旅館を営む70代のご主人のお宅でした。天ぷら油の消し忘れが原因です。', 'personal-info/identifiable-person:block'],
    ['大和町中島の住宅から出火し、1棟を半焼しました。火元は、農協の向かいで理容店を営む60代の男性のご自宅です。', 'personal-info/identifiable-person:block'],
    ['今朝、蒲池地区でぼやがありました。出火元は、駅前で長年たばこ屋を営む80代のご夫婦のお宅で、仏壇のろうそくが原因でした。', 'personal-info/identifiable-person:block'],
    // the district only from the fire's scene, with the age and the household: three details, a warning
    ['昨夜、三橋町の民家で火事があり、木造平屋建てが全焼しました。この家に住む90代の女性は一人暮らしで、ストーブの火の不始末が原因とみられています。', 'personal-info/identifiable-person:warn'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // a fire told with no household described, a prevention call, a shop by a landmark in an ordinary story, a couple with no place
    '沖端町の住宅で火災が発生しました。出火元の住宅にお住まいの方にけがはありませんでした。',
    '昨夜、蒲池地区の住宅で火災がありましたが、けが人はいませんでした。住宅用火災警報器の設置をお願いします。',
    '駅前で40年以上喫茶店を営む70代のご夫婦に、昔の柳川の話を伺いました。',
    '市内で住宅火災が相次いでいます。80代のご夫婦のお宅でも、こたつの消し忘れによる火災がありました。',
    '三橋町で住宅火災が発生しました。消防団の皆さん、消火活動ありがとうございました。',
    '火災予防週間です。ストーブの消し忘れに注意し、火の元を確認しましょう。',
    '沖端町で鮮魚店を営む80代のご夫婦が、市の長寿表彰を受けられました。',
    '高齢者のお宅を訪問し、住宅用火災警報器の設置を呼びかけました。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind misc57 kind (a named parent with an age and the district they come from, told with their mental-health care)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R316M-060 kind: a regular of a childcare centre or a class, named with an age and where they come from, and their clinic visits or
    // a breakdown told
    ['子育て支援センターのひろば、今日もにぎやかでした。蒲池から通ってくれている中島さん（32歳）は、出産後しばらく心療内科に通っておられたそうですが、最近は笑顔で参加してくれています。', 'personal-info/identifiable-person:block'],
    ['西蒲池から毎週来てくれている古賀さん（29）は、産後うつで一時期つらかったそうですが、今はすっかり元気です。', 'personal-info/identifiable-person:block'],
    ['三橋町から通ってくれている松尾さん（35歳）は、育児ノイローゼで精神科を受診されたこともあったそうです。', 'personal-info/identifiable-person:block'],
    ['沖端から通われている田中さん（41）は、心の不調で休職中とのことですが、毎週ひろばに来てくれます。', 'personal-info/identifiable-person:block'],
    // the district where they come from with the age, nothing sensitive: a warning, as name and age are
    ['蒲池から通ってくれている中島さん（32歳）は、いつも笑顔で参加してくれています。', 'personal-info/identifiable-person:warn'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each<[string, string]>([
    // a whole city, a region or no home as where they come from: the age alone, a warning at most
    ['福岡から通ってくれている中島さん（32歳）は、出産後しばらく心療内科に通っておられたそうです。', 'personal-info/identifiable-person:warn'],
    ['遠方から通ってくれている中島さん（32歳）は、いつも一番乗りです。', 'personal-info/identifiable-person:warn'],
    ['職場から通ってくれている中島さん（32歳）は、最近ひろばの常連です。', 'personal-info/identifiable-person:warn'],
  ])('no more than a warning for %s', (text, rule) => {
    expect(rules(text)).toEqual([rule])
  })
  it.each([
    // the clinic or the condition as a topic, a course or staff; consent stated
    '心療内科の古賀先生による「産後のこころのケア」講座を開きます。',
    '産後うつについて、保健師の中島さんがお話しします。気になる方はご相談ください。',
    '出産後に心療内科に通う方は少なくありません。ひとりで悩まず、子育て支援センターにご相談ください。',
    'ご本人の了承を得て掲載しています。蒲池から通ってくれている中島さん（32歳）は、出産後しばらく心療内科に通っておられたそうです。',
    '蒲池から通うバスの時刻が変わります。子育てひろばへお越しの際はご注意ください。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind misc56 kinds (a named resident\'s illness and disability, a complainant placed by a street corner and a trade, or by a district, a trade and an age, a staff member\'s private mail)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R308T-010 kind: a named resident with an age and an acute illness, a lasting paralysis or the rehabilitation told
    ['白秋祭のボランティアを長年続けてこられた古賀ハルエさん（79）は、3年前に心筋梗塞で倒れ、今もリハビリに励んでいらっしゃいます。', 'personal-info/identifiable-person:block'],
    ['地域の体操教室に参加されている松尾キヨさん（91）。脳卒中の後遺症で右足にまひが残っていますが、毎週欠かさず通っています。', 'personal-info/identifiable-person:block'],
    ['老舗和菓子店の大坪ミツ子さん（88）。昨年くも膜下出血を発症し、今も左半身にしびれが残っています。', 'personal-info/identifiable-person:block'],
    // R308T-038 / R309C-021 kinds: the one who brought an opinion or a complaint, placed by a corner, a trade, an age
    ['ごみ集積所についてご意見をいただきました。お電話をくださったのは、本町の駅前通りの角で米穀店を営むご主人で、カラス対策をお願いしたいとのことでした。', 'personal-info/identifiable-person:block'],
    ['騒音についてご意見をいただきました。ご連絡をくださったのは、三橋町で理容店を営む70代の男性の方で、夜間の工事をやめてほしいとのことでした。', 'personal-info/identifiable-person:block'],
    ['先日、道路の陥没について苦情を寄せてくださった、大和町で農業を営む50代の女性の方には、担当者が現地で説明しました。', 'personal-info/identifiable-person:block'],
    // R310H-027 kind: a staff member's own free mail given out, labelled 個人 or プライベート
    ['不具合の詳細は、担当の中嶋の個人メール nakashima.k@yahoo.co.jp までお送りください。', 'personal-info/email:block'],
    ['写真の応募は、担当職員のプライベートのアドレス（yanagawa.photo.k@gmail.com）で受け付けます。', 'personal-info/email:block'],
    ['詳しい状況は担当保健師の中嶋まで、個人メール（k.nakashima.0312@gmail.com）でお送りください。', 'personal-info/email:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // whom a course is for; a trainer named with no illness; the shop visited for a story; a reply promised to all
    '脳梗塞の後遺症が残った方へのリハビリ教室を開催します。',
    '脳卒中を予防するための講座を開きます。講師は医師の古賀先生です。',
    '京町の交差点の角で三代続く畳店のご主人に、畳づくりの技を見せていただきました。',
    '沖端の川沿いで食堂を営むご主人に、名物のせいろ蒸しについて伺いました。',
    'ご連絡をくださった方には、後日担当者から折り返しご連絡いたします。',
    '市内で飲食店を営む60代の男性の方からもご意見をいただきました。',
    'まちづくりのご意見をお寄せくださった皆さまありがとうございました。',
  ])('leaves %s without a warning', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    // a group's contact, not someone's own: the label names individuals and groups alike
    '個人・団体のお申し込みは yanagawa.kankou@gmail.com まで。',
    '法人・個人のお客様のお問い合わせ先：shop.ariake@gmail.com',
  ])('does not block %s', (text) => {
    expect(rules(text)).not.toContain('personal-info/email:block')
  })
})

describe('マイナンバー check digit', () => {
  it.each(['123456789018', '621498320257', '465281266333'])('accepts %s', (n) => expect(isValidMyNumber(n)).toBe(true))
  it.each(['123456789019', '12345678901', 'abcdefghijkl', '621498320258'])('rejects %s', (n) => expect(isValidMyNumber(n)).toBe(false))
})

describe('personal-info (4(4), 5(1))', () => {
  const invalid: Array<[string, string[]]> = [
    // a named person's home (さん宅) with the district, age and household
    ['三橋町今古賀の山下正一さん宅（78歳・一人暮らし）で住宅火災が発生しました。', ['personal-info/identifiable-person:block:山下正一さん']],
    // a named donor's account given as theirs
    ['寄付金の二重払いがあった件について、寄付者の山口健一様（久留米市）には、ご指定の有明銀行 大牟田支店 普通預金 口座番号4829105へ返金しました。', ['personal-info/bank-account:block:4829105']],
    // a named person with two details in a private matter: the owner of lost property, a neighbour of a collapse
    ['成人式の会場で財布の落とし物をお預かりしています。中の学生証から、三橋町の中島 蓮さん（20）のものと分かっています。', ['personal-info/identifiable-person:block:中島 蓮さん']],
    ['昨夜の強風で沖端町の空き家の屋根が隣家に崩れ落ちました。隣にお住まいの堤ヨシ子さん（82）は「怖くて夜も眠れん」と話していました。', ['personal-info/identifiable-person:block:堤ヨシ子さん']],
    // a private home pointed out by landmarks in brackets, or by its district as where to go
    ['補償関係の書類は、大和町中島の江口様宅（漁港の北、赤い屋根のお宅）にまとめてお届けください。', ['personal-info/address:block:江口様宅（漁港の北、赤い屋根のお宅）']],
    ['回覧板は三橋町の田中さん宅（公民館の向かい）へ。', ['personal-info/address:block:田中さん宅（公民館の向かい）']],
    ['書類は大和町中島の江口様宅にお届けください。', ['personal-info/address:block:大和町中島の江口様宅']],
    ['申込書は沖端町の古賀様宅のポストに投函してください。', ['personal-info/address:block:沖端町の古賀様宅']],
    // a value someone gave the city, or an applicant's: theirs (free mail too)
    ['ご登録いただいたアドレス kaori.m1998＠yahoo.co.jp にお送りしたメールが戻ってきてしまいます。', ['personal-info/email:block:kaori.m1998＠yahoo.co.jp']],
    ['応募者の方のアドレス kaori.m1998@yahoo.co.jp 宛てにお送りしました。', ['personal-info/email:block:kaori.m1998@yahoo.co.jp']],
    ['ご記入いただいた電話番号 090-2345-6789 がつながりません。', ['personal-info/mobile:block:090-2345-6789']],
    // ゆうちょ銀行の振替口座 (記号-check digit-番号): a person's is a bank account, an organisation's fund is public (info)
    ['会費はゆうちょの振替口座 01790-3-118204 加入者名 ヤマダ タロウ へお振込みください。', ['personal-info/bank-account:block:01790-3-118204']],
    ['山田さんの口座記号番号は01790-3-118204です。', ['personal-info/bank-account:block:01790-3-118204']],
    ['子ども食堂支援基金へのご寄付は、ゆうちょ銀行の振替口座でも受け付けています。口座記号番号 01790-3-118204 加入者名 柳川市子ども食堂支援基金', ['personal-info/bank-account:info:01790-3-118204']],
    // Round 25: a person called out by name with two details (持ち主が分かりました…至急ご連絡ください); a child named with school and grade in a report against them
    ['放置自転車の持ち主が分かりました。三橋町今古賀にお住まいの田中和也さん（34歳）、至急ご連絡ください。', ['personal-info/identifiable-person:block:田中和也さん']],
    ['矢留小6年の古賀くんのお宅の柴犬だという通報がありました。', ['personal-info/identifiable-person:block:古賀くん']],
    // Round 22: a named person with a health event; a private person's account for a fund
    ['待合室で倒れられたのは蒲池地区の石橋正夫さん（82）でした。', ['personal-info/identifiable-person:block:石橋正夫さん']],
    // a pupil with a three-kanji family name, school, grade, age and district
    ['柳城中学校2年の大津留ひなたさん（14）。蒲池地区にお住まいだそうです。', ['personal-info/identifiable-person:block:大津留ひなたさん']],
    // an applicant named with where they live and their age: a hiring result is theirs alone
    ['保育士採用の合格通知が届かないとお問い合わせのあった三橋町在住の古賀美咲さん（26歳）、本日書類を再送いたしました。', ['personal-info/identifiable-person:block:古賀美咲さん']],
    // a division of an organisation owns its number (専門援助部門, 地域福祉班): another body's number, a note only
    ['問い合わせ：ハローワーク大牟田 専門援助部門（0944-53-1551）', ['personal-info/external-phone:info:0944-53-1551']],
    ['申込先：柳川市社会福祉協議会 地域福祉班（0944-72-3330）', ['personal-info/external-phone:info:0944-72-3330']],
    // an address with at / dot spelt out and spaced (あっと, アット, at ... dot)
    ['拾った方は nakamura.k0822 あっと gmail どっと com まで連絡してほしいそうです。', ['personal-info/email:block:nakamura.k0822 あっと gmail どっと com']],
    ['連絡先は taro.yamada at gmail dot com です', ['personal-info/email:block:taro.yamada at gmail dot com']],
    ['問い合わせは yamada_h アット docomo.ne.jp へ', ['personal-info/email:block:yamada_h アット docomo.ne.jp']],
    // a named person's home visited and their health told
    ['本日、三橋町の古賀ハナさん（90歳）宅を訪問しました。最近は足腰が弱ってきたそうです。', ['personal-info/identifiable-person:block:古賀ハナさん']],
    // a house number after 場所は with the home named after a comma; a property's owner named after its address
    ['カーブミラーの破損箇所は柳川市西蒲池五百二十一番地の四、古賀様宅前です。', ['personal-info/address:block:柳川市西蒲池五百二十一番地の四']],
    ['所在地は柳川市三橋町江曲228番地の1、所有者は松尾 一郎様です。', ['personal-info/address:block:柳川市三橋町江曲228番地の1', 'personal-info/identifiable-person:warn:松尾 一郎様']],
    // an insurance card's 記号 and 番号 told in the sentence after the card
    ['公民館に保険証の忘れ物がありました。記号 31-208 番号 1174 の方はご連絡ください。', ['personal-info/insurance:block:記号 31-208 番号 1174']],
    // blind R225R-044 kind: the numbers written digit by digit in kanji, short runs after their labels
    ['拾得物の保険証（記号 五二〇一七・番号 三三八一）の方は市民課へお越しください。', ['personal-info/insurance:block:記号 五二〇一七・番号 三三八一']],
    // public offices and lines named without a generic suffix own their numbers
    ['問い合わせ：ハローワーク大牟田 0944-53-1551', ['personal-info/external-phone:info:0944-53-1551']],
    ['相談：みんなの人権110番（法務省）0570-003-110', ['personal-info/external-phone:info:0570-003-110']],
    // a consent stated in another paragraph of the post (同意をいただいています) covers the person named
    ['柳川市立城内小学校6年の田中美咲さん（12歳）が文部科学大臣賞を受賞しました。\n\n※氏名・学校名の掲載については、ご本人と保護者の同意をいただいています。', ['personal-info/identifiable-person:info:田中美咲さん']],
    // a victim, a taxpayer or someone who asked the city, named with two details: their affairs told in public
    ['先月、沖端地区にお住まいの古賀トミ子さん（79歳）が、還付金詐欺の被害に遭われました。', ['personal-info/identifiable-person:block:古賀トミ子さん']],
    ['住民税の納付についてお問い合わせいただいた大和町の松尾良子様（66歳）、ご案内が遅れ申し訳ありません。', ['personal-info/identifiable-person:block:松尾良子様']],
    ['三橋町の田中和子様（78歳）、いつもありがとうございます。', ['personal-info/identifiable-person:block:田中和子様']],
    // an organisation's place in brackets before its number does not hide whose number it is (nor a person's)
    ['○小児科 やながわこどもクリニック（本町）0944-74-1203', ['personal-info/external-phone:info:0944-74-1203']],
    // round 13 kinds: a named informant (通報してくださった) with two details; a pupil named in full with the school and
    // an age; an account said to be a person's own (個人名義) whatever the cause; an organisation's account named after 口座名義
    ['不審者を通報してくださった蒲池地区の松本健一さん（55歳）に、本日感謝状をお贈りしました。', ['personal-info/identifiable-person:block:松本健一さん']],
    ['蒲池小学校4年の田中ひかりさん（10歳）は、毎朝登校前に金魚の世話をしているそうです。', ['personal-info/identifiable-person:block:田中ひかりさん']],
    ['昭代中2年の 古賀 美咲さん（14）が、読書感想文コンクールで入賞しました。', ['personal-info/identifiable-person:block:古賀 美咲さん']],
    ['柳川小学校6年の古賀さん（12歳）が最優秀賞を受賞しました。', ['personal-info/identifiable-person:warn:古賀さん']],
    // a pupil without a name, in a bullying matter: the school and grade, sex, age and club together
    // round 40: a landmark for where they live; a child hit by a car named with the school and grade
    ['待合で2時間待たれた、西鉄柳川駅近くにお住まいの堤 美代子さん（84）、お疲れさまでした。', ['personal-info/identifiable-person:block:堤 美代子さん']],
    ['飲酒運転の車に接触された蒲池小5年の大坪くんは、軽いけがで済みました。', ['personal-info/identifiable-person:block:大坪くん']],
    // round 39: another person's 出身 in the same sentence; the other party of the city's accident named with an age
    ['今年は柳川高校2年の松尾陽菜さんと、蒲池中出身で大学1年の中島翔太さんが加わってくれました！', ['personal-info/identifiable-person:block:松尾陽菜さん']],
    ['公用車が接触事故を起こしました。相手方の江口さん（72）にお怪我はありませんでした。', ['personal-info/identifiable-person:block:江口さん']],
    ['高橋さんは3年前から、柳城中学校で美術を教えています。', []],
    ['相手方の方にお怪我はありませんでした。', []],
    ['いじめ調査の件で、昭代中2年の男子生徒（14）のお母さまからお電話がありました。バレー部の件とあわせて確認中です。', ['personal-info/identifiable-person:block:昭代中2年']],
    ['昭代中2年の男子生徒が、県大会で優勝しました。', []],
    ['いじめ防止のため、昭代中2年の生徒全員にアンケートを行いました。', []],
    // a full name with a named school and its grade: one pupil, even with nothing else said (round 37)
    ['遊具の撤去について、柳城中学校2年の大坪蒼太くんが「使える部品は残してほしい」という意見書を出してくれました！', ['personal-info/identifiable-person:block:大坪蒼太くん']],
    ['城内小4年の江口陽菜さんが描いた絵が、ポスターに選ばれました。', ['personal-info/identifiable-person:block:江口陽菜さん']],
    // the school without its grade, a teacher, or a grade as a whole: no pupil singled out
    ['柳城中学校の大坪蒼太先生が講演しました。', []],
    ['柳城中学校2年の皆さんが掘割の清掃をしてくれました。', []],
    ['子ども食堂へのご寄付は、代表の中村さん個人名義の口座（普通 7654321）へお願いします。', ['personal-info/bank-account:block:7654321']],
    ['振込先：筑後信用金庫 柳川支店 普通 口座番号 1234567 口座名義 柳川市災害義援金', ['personal-info/bank-account:info:1234567']],
    // kanji numerals with long-vowel dashes, a kanji house number, a kanji account number, CRLF line breaks
    ['朝市の出店申込は代表の田中さん ﾃﾞﾝﾜ 〇八〇ｰ六六一二ｰ三三八七 まで', ['personal-info/mobile:block:〇八〇ｰ六六一二ｰ三三八七']],
    ['携帯：080-\r\n2719-\r\n4450', ['personal-info/mobile:block:080-\r\n2719-\r\n4450']],
    // (Blind R366P-004 kind: the complainant told in a relative clause with where they live is named to the neighbours, as R351R-033's is: block.)
    ['昨日、騒音の件で市役所にご意見をくださった三橋町藤吉の吉原様、対応が遅れ申し訳ございませんでした。', ['personal-info/identifiable-person:block:吉原様']],
    ['お名前は江口大輔さん、免許証番号は4821\n0337 6510 です。', ['personal-info/drivers-licence:block:4821\n0337 6510']],
    ['本日、市内で新たに確認された患者さんは、大和町にお住まいの70代で海苔漁を営む男性お一人です。現在、入院して治療を受けておられます。', ['personal-info/identifiable-person:block:大和町にお住まいの']],
    // (Blind R327D-031 kind, pisec60: the complaint told as the source in the main clause, with the district and the trade, blocks.)
    ['沖端町の川沿いで鍼灸院をされている方から、夜の川下り照明がまぶしくて眠れないとのご意見をいただきました。', ['personal-info/identifiable-person:block:沖端町の']],
    ['お心当たりの方は、拾得された三橋町在住の方（連絡先 090-4817-2236）へ直接ご連絡ください。', ['personal-info/mobile:block:090-4817-2236']],
    ['免許証番号 4 0 1 2 0 8 3 5 6 7 1 0、氏名 松尾和子様', ['personal-info/drivers-licence:block:4 0 1 2 0 8 3 5 6 7 1 0']],
    ['落とし物の免許証、番号は ６０ ２３ ４５ ６７ ８９ ０１ です。', ['personal-info/drivers-licence:block:６０ ２３ ４５ ６７ ８９ ０１']],
    ['運転免許証の更新は 2026年 12月 までです。', []],
    ['お手伝いした方の申請書、マイナンバーは\n2815\n7364\n0917\nでした。', ['personal-info/my-number:block:2815\n7364\n0917']],
    ['ﾊﾟｽﾎﾟｰﾄの落とし物がありました。旅券番号 T K 8 2 3 4 5 1 9、お名前はスズキ アヤカ様です。', ['personal-info/passport:block:T K 8 2 3 4 5 1 9']],
    ['ゆうちょ銀行 記号一七四五〇 番号三八五二六四七一 名義 ヒラノ マサコ', ['personal-info/bank-account:block:一七四五〇 番号三八五二六四七一']],
    // a person in charge speaks for the desk on a fixed line; a mobile there is the staff member's own
    ['うなぎまつりのボランティア申込は、担当の古賀（連絡先：070-2345-6789）までお気軽にどうぞ！', ['personal-info/mobile:block:070-2345-6789']],
    ['観光課 担当：古賀 090-1234-5678', ['personal-info/mobile:block:090-1234-5678']],
    ['川下り船頭体験のお問い合わせは、連絡先：０８０－３３１９－６６０２（担当 中島）までお願いします。', ['personal-info/mobile:block:０８０－３３１９－６６０２']],
    // マイナンバー: check digit + keyword = block; without keyword = warn
    ['マイナンバー：１２３４－５６７８－９０１８', ['personal-info/my-number:block:１２３４－５６７８－９０１８']],
    ['個人番号は 6214 9832 0257 です', ['personal-info/my-number:block:6214 9832 0257']],
    ['番号4652-8126-6333を控えて', ['personal-info/my-number:warn:4652-8126-6333']],
    ['ﾏｲﾅﾝﾊﾞｰは一二三四五六七八九〇一八', ['personal-info/my-number:block:一二三四五六七八九〇一八']],
    // phones: mobile = block, labelled as an organisation's contact = warn; fixed-line = warn / info
    ['私の携帯は090-1234-5678です', ['personal-info/mobile:block:090-1234-5678']],
    ['０９０ー１２３４ー５６７８に電話して', ['personal-info/mobile:block:０９０ー１２３４ー５６７８']],
    ['ﾃﾞﾝﾜは080ｰ1234ｰ5678', ['personal-info/mobile:block:080ｰ1234ｰ5678']],
    ['0 9 0 - 1 2 3 4 - 5 6 7 8', ['personal-info/mobile:block:0 9 0 - 1 2 3 4 - 5 6 7 8']],
    ['+81 90 1234 5678', ['personal-info/mobile:block:+81 90 1234 5678']],
    ['詳しくは、はれとこ【電話】080-7494-3220へ', ['personal-info/mobile:warn:080-7494-3220']],
    ['山田さんの自宅 092-711-4111', ['personal-info/phone:block:092-711-4111']],
    ['092-711-4111', ['personal-info/phone:warn:092-711-4111']],
    ['問合せ：ファジアーノ岡山スポーツクラブ【電話】086-948-5654', ['personal-info/external-phone:info:086-948-5654']],
    ['フリーダイヤル【電話】0120-60-3412', ['personal-info/external-phone:info:0120-60-3412']],
    // e-mail
    ['連絡はtaro.yamada@gmail.comまで', ['personal-info/email:block:taro.yamada@gmail.com']],
    ['【E-mail】souzoku@mx4.kct.ne.jp', ['personal-info/email:warn:souzoku@mx4.kct.ne.jp']],
    // addresses: tail anchored; 号室 or a person = block; no context = warn
    ['山田さんの自宅は福岡県柳川市本町1-2-3です', ['personal-info/identifiable-person:warn:山田さん', 'personal-info/address:block:福岡県柳川市本町1-2-3']],
    ['港区芝公園4-2-8 ABCマンション302号室', ['personal-info/address:block:港区芝公園4-2-8 ABCマンション302号室']],
    ['美浜区若葉3丁目1-21に住む男性', ['personal-info/address:block:美浜区若葉3丁目1-21']],
    ['千葉市中央区千葉港1丁目2番3号', ['personal-info/address:warn:千葉市中央区千葉港1丁目2番3号']],
    ['柳川市三橋町五丁目12番地', ['personal-info/address:warn:柳川市三橋町五丁目12番地']],
    // keyword-bound identifiers
    ['口座番号 普通 1234567', ['personal-info/bank-account:block:1234567']],
    ['振込先口座：中国銀行倉敷市役所出張所　普通2519544　倉敷市豪雨災害義援金', ['personal-info/bank-account:info:2519544']],
    ['運転免許証番号 123456789012', ['personal-info/drivers-licence:block:123456789012']],
    ['パスポート番号はTK1234567です', ['personal-info/passport:block:TK1234567']],
    ['在留カード AB12345678CD', ['personal-info/residence-card:block:AB12345678CD']],
    ['被保険者番号 01130012', ['personal-info/insurance:block:01130012']],
    ['基礎年金番号 1234-567890', ['personal-info/insurance:block:1234-567890']],
    // several quasi-identifiers of one private person
    ['太郎くん（5歳）は〇〇小学校1年です', ['personal-info/identifiable-person:warn:太郎くん']],
    ['三橋町在住の花子さん（8歳）', ['personal-info/identifiable-person:warn:花子さん']],
    // マイナンバー in every written form; a person named in the sentence makes it block without a keyword
    ['マイナンバーは 六二一四 九八三二 〇二五七 です', ['personal-info/my-number:block:六二一四 九八三二 〇二五七']],
    ['個人番号 6 2 1 4 9 8 3 2 0 2 5 7', ['personal-info/my-number:block:6 2 1 4 9 8 3 2 0 2 5 7']],
    ['中村様の番号 621498320257 で照会しました', ['personal-info/my-number:block:621498320257']],
    ['マイナンバー：1234 5678 9012', ['personal-info/my-number:warn:1234 5678 9012']],
    // the owner of a number: a person owns it even with a contact label
    ['見守りボランティアの山田一郎さん（TEL 090-2345-6789）', ['personal-info/mobile:block:090-2345-6789']],
    ['市民課に来られた山田さん 090-2345-6789', ['personal-info/mobile:block:090-2345-6789']],
    ['講師の中島さんに直接予約できます📞 ０９０－２２８４－６１９３', ['personal-info/mobile:block:０９０－２２８４－６１９３']],
    ['代表の田中さんが受け付けてます！ ﾃﾞﾝﾜ 080ｰ6612ｰ3387 まで', ['personal-info/mobile:block:080ｰ6612ｰ3387']],
    ['落とし物は樺島様がお預かりです。090-1184-6620 へご連絡ください。', ['personal-info/mobile:block:090-1184-6620']],
    ['自治会長 藤吉様（自宅）0944-72-5318', ['personal-info/phone:block:0944-72-5318']],
    // organisations own their public numbers (a note that the number is not registered), whatever else the sentence says
    ['090-1234-5678（観光課 携帯）', ['personal-info/mobile:info:090-1234-5678']],
    ['■柳川市観光案内所　0944-74-0891', ['personal-info/external-phone:info:0944-74-0891']],
    ['予約は市民課 0944-77-8522 まで', ['personal-info/external-phone:info:0944-77-8522']],
    ['観光課 観光係（担当：古賀）0944-77-8832', ['personal-info/external-phone:info:0944-77-8832']],
    ['問い合わせ：観光課（0944-77-8832）', ['personal-info/external-phone:info:0944-77-8832']],
    ['担当：古賀さん 0944-77-8832', ['personal-info/external-phone:info:0944-77-8832']],
    ['柳川市観光協会 TEL 0944-73-2145', ['personal-info/external-phone:info:0944-73-2145']],
    ['西鉄柳川駅 0944-72-2150', ['personal-info/external-phone:info:0944-72-2150']],
    ['有明農園 090-1234-5678（出荷の問い合わせ）', ['personal-info/mobile:info:090-1234-5678']],
    // a number shown as an example of a format is a mention
    ['「090-1234-5678」のような番号から電話がありました', ['personal-info/phone:info:090-1234-5678']],
    ['記入例：taro@gmail.com', ['personal-info/email:info:taro@gmail.com']],
    // a person named earlier does not own a fixed line given as the contact; a mobile nobody owns stays private
    ['講師は山田花子さんです。申込は 0944-77-8888 へ', ['personal-info/external-phone:info:0944-77-8888']],
    ['講師は山田花子さんです。申込は 090-1234-5678 へ', ['personal-info/mobile:block:090-1234-5678']],
    ['予約 090-1234-5678', ['personal-info/mobile:block:090-1234-5678']],
    // numbers glued to labels, in kanji numerals, broken over lines, spelt out in pieces
    ['TEL09023456789', ['personal-info/mobile:block:09023456789']],
    ['ｹｲﾀｲ ０９０ｰ１２３４ｰ５６７８', ['personal-info/mobile:block:０９０ｰ１２３４ｰ５６７８']],
    ['問い合わせは 〇八〇・一二三四・五六七八（山本）まで', ['personal-info/mobile:block:〇八〇・一二三四・五六七八']],
    ['連絡先 090\u200b-1234\u200b-5678（田中）', ['personal-info/mobile:block:090\u200b-1234\u200b-5678']],
    ['携帯：０８０ー１２３４ー５６７８', ['personal-info/mobile:block:０８０ー１２３４ー５６７８']],
    ['地区代表の大坪さん（〇九〇―三八一二―五五七四）まで', ['personal-info/mobile:block:〇九〇―三八一二―五五七四']],
    // kanji-digit pieces told apart or broken over lines read as one number (each piece too short by itself)
    ['預かっている方の番号は 〇九〇、そのあと 四四六二、最後が 九〇一八 です。', ['personal-info/mobile:block:〇九〇、そのあと 四四六二、最後が 九〇一八']],
    ['世話人の堤さんまで。携帯：〇八〇-\n二七一九-\n四四五〇', ['personal-info/mobile:block:〇八〇-\n二七一九-\n四四五〇']],
    // a festival and a year in kanji digits are no number
    ['七五三のお参りは二〇二五年十一月十五日。問い合わせは観光課 0944-73-8111', []],
    ['世話人の堤さんまで。\n携帯：080-\n2719-\n4450', ['personal-info/mobile:block:080-\n2719-\n4450']],
    ['持ち主の方へ。番号は 090、そのあと 4462、最後が 9018 です。', ['personal-info/mobile:block:090、そのあと 4462、最後が 9018']],
    // e-mail: obfuscated, spaced, full-width; a person's own address on any domain
    ['sakata.yng ＠ gmail . com', ['personal-info/email:block:sakata.yng ＠ gmail . com']],
    ['申込は sakata@gmail まで', ['personal-info/email:block:sakata@gmail']],
    ['taro [at] yahoo [.] co [.] jp', ['personal-info/email:block:taro [at] yahoo [.] co [.] jp']],
    ['yamada アットマーク gmail ドット com', ['personal-info/email:block:yamada アットマーク gmail ドット com']],
    ['坂田さんの個人アドレス sakata@example.jp へ', ['personal-info/email:block:sakata@example.jp']],
    // homes and kanji house numbers
    ['山田様宅（柳川市三橋町高畑1-2-3）', ['personal-info/address:block:柳川市三橋町高畑1-2-3']],
    ['田中さん方 柳川市本町12番地5', ['personal-info/address:block:柳川市本町12番地5']],
    ['柳川市大和町千二百三十四番地', ['personal-info/address:warn:柳川市大和町千二百三十四番地']],
    ['柳川市三橋町三丁目五番七号の鈴木様', ['personal-info/address:block:柳川市三橋町三丁目五番七号', 'personal-info/identifiable-person:warn:鈴木様']],
    ['柳川市本町5-12 山田方', ['personal-info/address:block:柳川市本町5-12']],
    ['柳川市本町1の2の3 山田様', ['personal-info/address:block:柳川市本町1の2の3', 'personal-info/identifiable-person:warn:山田様']],
    ['山田様宅 住所：柳川市本町1-2-3', ['personal-info/address:block:柳川市本町1-2-3']],
    ['受賞者の住所：柳川市三橋町藤吉123-4 コーポ柳川201', ['personal-info/address:block:柳川市三橋町藤吉123-4 コーポ柳川201']],
    // accounts in a person's name block whatever the cause; ゆうちょ 記号・番号
    ['義援金の振込先：福岡銀行 柳川支店 普通 3187452 ヨシダ ケンイチ', ['personal-info/bank-account:block:3187452']],
    ['ゆうちょ銀行 記号17450 番号38526471 名義 ヒラノ マサコ', ['personal-info/bank-account:block:17450 番号38526471']],
    ['口座：西日本シティ銀行 柳川支店（普通）１２３４５６７ 名義：コガ タロウ', ['personal-info/bank-account:block:１２３４５６７']],
    ['免許証番号 1234 5678 9012', ['personal-info/drivers-licence:block:1234 5678 9012']],
    ['被保険者証 記号 12 番号 3456 の鈴木様', ['personal-info/insurance:block:記号 12 番号 3456']],
    ['旅券番号 TK 1234567 の方', ['personal-info/passport:block:TK 1234567']],
    ['被保険者番号 ０１１３００１２', ['personal-info/insurance:block:０１１３００１２']],
    // numbers a public service gives a person: block with a name, warn without
    ['受給者番号 K-20931 の 牛島 フミ子 様、ご連絡ください', ['personal-info/personal-id:block:K-20931']],
    ['会員番号 A-1234 をお持ちの方', ['personal-info/personal-id:warn:A-1234']],
    // quasi-identifiers: bracketed age, kana names, school abbreviations, where someone lives
    ['大和町中島の野口 昭雄さん（82）は海苔を育ててきました', ['personal-info/identifiable-person:block:野口 昭雄さん']],
    ['柳城中 3年 いしばし ここなさん、金賞おめでとう！', ['personal-info/identifiable-person:warn:ここなさん']],
    ['受賞した中川ひなたさん（小6）の作品です', ['personal-info/identifiable-person:warn:中川ひなたさん']],
    ['85歳の田中ハルさんが完走しました', ['personal-info/identifiable-person:warn:田中ハルさん']],
    ['中学2年の山田さんが優勝', ['personal-info/identifiable-person:warn:山田さん']],
    ['ひまわり保育園のゆいちゃん（4歳）', ['personal-info/identifiable-person:warn:ゆいちゃん']],
    ['船頭の松尾さん（78）。（ご本人の了承を得て掲載しています）', ['personal-info/identifiable-person:info:松尾さん']],
    // a name with three quasi-identifiers (school or grade, age, where they live) leaves one person: block
    ['蒲池中学校2年の江崎そうたくん（14歳・西蒲池在住）が作文コンクールで最優秀賞に選ばれました。', ['personal-info/identifiable-person:block:江崎そうたくん']],
    ['昭代第一小5年の吉開みおさん（11）、両開地区在住。読書感想文で入賞しました！', ['personal-info/identifiable-person:block:吉開みおさん']],
    ['大和町鷹ノ尾にお住まいの堤 美咲ちゃん（6歳、わかば保育園）が入選しました。', ['personal-info/identifiable-person:block:堤 美咲ちゃん']],
    ['皿垣小学校の1年生、古賀 湊くん（7歳）は三橋町垂見に住んでいます。', ['personal-info/identifiable-person:block:古賀 湊くん']],
    ['表彰式では、柳城中学校３年の田中 陽菜さん（１５歳、昭代在住）が挨拶しました。', ['personal-info/identifiable-person:block:田中 陽菜さん']],
    ['両開小学校四年の陣内 ゆいなちゃん（十歳）は、沖端で暮らしています。', ['personal-info/identifiable-person:block:陣内 ゆいなちゃん']],
    ['矢ヶ部小6年・大塚 りくくん（12歳、矢ヶ部在住）を紹介します。', ['personal-info/identifiable-person:block:大塚 りくくん']],
    // a full name with its school and grade blocks (until consent is stated); grade abbreviations and kana family names
    ['城内小学校3年の北原 ひかりさんが入賞しました。', ['personal-info/identifiable-person:block:北原 ひかりさん']],
    ['三橋町在住の江口 大翔くん（9歳）が一輪車大会で優勝！', ['personal-info/identifiable-person:block:江口 大翔くん']],
    ['中2の坂田 凛さんが弁論大会で優勝しました', ['personal-info/identifiable-person:warn:坂田 凛さん']],
    // a full name with two details blocks (the name narrows as a third detail would); a family name with two stays a warning
    ['大和町中島の野口さん（82）は海苔を育ててきました', ['personal-info/identifiable-person:warn:野口さん']],
    ['三橋町在住の江口 大翔くん（9歳）が一輪車大会で優勝！ご本人と保護者の了承を得て掲載しています。', ['personal-info/identifiable-person:info:江口 大翔くん']],
    ['九州大学に通う中島 蓮さん（20）は沖端町在住です。', ['personal-info/identifiable-person:block:中島 蓮さん']],
    // a polite request to accept something (あらかじめご了承ください) is not the person's consent
    ['九州大学に通う中島 蓮さん（20）は沖端町在住です。混雑が予想されますので、あらかじめご了承ください。', ['personal-info/identifiable-person:block:中島 蓮さん']],
    // a private person described by what they did owns the number right after them
    ['落とし主の方は、預かっている近所の方（電話 090・1234・8876）へ連絡してください。', ['personal-info/mobile:block:090・1234・8876']],
    ['猫の飼い主（携帯 070-5512-3390）を探しています。', ['personal-info/mobile:block:070-5512-3390']],
    // house numbers written with spaces between their parts
    // (round 82: the name parted from 様 by a space is read as a name too, and paired with the address)
    ['送り主：柳川市 本町 ２丁目 ５番 ８号 平田 様', ['personal-info/address:block:２丁目 ５番 ８号', 'personal-info/identifiable-person:warn:平田 様']],
    ['柳川市本町2丁目 5番 8号の平田様', ['personal-info/address:block:柳川市本町2丁目 5番 8号', 'personal-info/identifiable-person:warn:平田様']],
    // the town listed in the bracket after a name
    ['山田 太郎さん（三橋町・72歳）が100キロマラソンを完走しました。', ['personal-info/identifiable-person:block:山田 太郎さん']],
    ['表彰されたのは、吉田 ひろしさん（柳川市大和町中島、蒲池小4年、10歳）です。', ['personal-info/identifiable-person:block:吉田 ひろしさん']],
    // a private person's LINE ID: block with its owner, warn without
    ['参加希望の方は、世話役の松本までLINE（ID：matsu_0930）でご連絡ください。', ['personal-info/line-id:block:matsu_0930']],
    ['質問は中村さんのライン ID yuki.k22 へどうぞ。', ['personal-info/line-id:block:yuki.k22']],
    ['申し込みはLINE ID→ taro-yng2 まで', ['personal-info/line-id:warn:taro-yng2']],
    // award lists and captions: a name without an honorific, its school or age in brackets
    ['最優秀賞　松尾 ゆい（柳河小3年）', ['personal-info/identifiable-person:block:松尾 ゆい']],
    ['最優秀賞　松尾 ゆい（柳河小3年）※掲載は本人と保護者の同意を得ています。', ['personal-info/identifiable-person:info:松尾 ゆい']],
    // consent whose getting is negated, however the verb runs, or marked absent, is no consent: the finding keeps its weight
    ['優秀賞　中尾 はるか（三橋中1年）※ご家族の承諾が得られていませんが、作品とお名前を紹介します。', ['personal-info/identifiable-person:block:中尾 はるか']],
    ['入選　古川 そら（城内小4年）※掲載の承諾はいただいておりません。', ['personal-info/identifiable-person:block:古川 そら']],
    ['佳作　石橋 かえで（蒲池小6年）未承諾のまま掲載しています。', ['personal-info/identifiable-person:block:石橋 かえで']],
    ['努力賞　荒木 いぶき（柳河小2年）※掲載はご本人とご家族の承諾をいただいています。', ['personal-info/identifiable-person:info:荒木 いぶき']],
    ['書道の部 金賞：古賀湊（城内小5年）', ['personal-info/identifiable-person:warn:古賀湊']],
    ['江崎そうた（蒲池中2年・14歳）は、西蒲池に住む読書好きの少年です。', ['personal-info/identifiable-person:block:江崎そうた']],
    ['ひまわり保育園 年長組の さくらちゃん（5さい）', ['personal-info/identifiable-person:warn:さくらちゃん']],
    // a number said to be a My Number blocks whatever its check digit and written form
    ['図書館にマイナンバーカードが届いています。カードの番号は3907-2284-5516です。', ['personal-info/my-number:block:3907-2284-5516']],
    ['【落とし物】個人番号カード（番号 7720 1145 3398）を預かっています', ['personal-info/my-number:block:7720 1145 3398']],
    ['マイナンバー：５５１８　２０９３　７７４６ の方、至急ご連絡を', ['personal-info/my-number:block:５５１８　２０９３　７７４６']],
    ['住民票の写しに記載されたマイナンバーは 三九〇七 二二八四 五五一六 でした', ['personal-info/my-number:block:三九〇七 二二八四 五五一六']],
    ['マイナンバーの上4桁は3907、次の4桁は2284、最後は5516です', ['personal-info/my-number:block:3907、次の4桁は2284、最後は5516']],
    ['マイナンバー 上4桁 3907 中4桁 2284 下4桁 5516', ['personal-info/my-number:block:3907 中4桁 2284 下4桁 5516']],
    ['お預かりした通知カードの番号 3907.2284.5516 について', ['personal-info/my-number:block:3907.2284.5516']],
    ['個人番号 3907 - 2284 - 5516 の申請書が窓口に残っていました', ['personal-info/my-number:block:3907 - 2284 - 5516']],
    ['My Number: 3907/2284/5516', ['personal-info/my-number:block:3907/2284/5516']],
    ['マイナンバーカードを拾いました。裏面には3907 2284 5516と書かれています。', ['personal-info/my-number:block:3907 2284 5516']],
    // an example of the format is a warning, not a leak (the writer explains how to write it)
    ['マイナンバーの記入例：3907 2284 5516のように4桁ずつ書きます', ['personal-info/my-number:warn:3907 2284 5516']],
    // an insurance card's 記号 with kanji, parted by ・
    ['国民健康保険の被保険者証（記号 柳12・番号 30457、北原 トシエ様）が返送されております。', ['personal-info/insurance:block:記号 柳12・番号 30457']],
    // a name after the house number, set apart by spaces and の
    ['大和町中島字本村214番地3 の 堤 和正 様、水道料金が未納となっています。', ['personal-info/address:block:大和町中島字本村214番地3', 'personal-info/identifiable-person:block:堤 和正 様']],
    // a private home pointed out by a landmark
    ['明日、西蒲池郵便局の裏手、青い屋根の平河様のお宅まで担当者が伺います。', ['personal-info/address:block:西蒲池郵便局の裏手、青い屋根の平河様のお宅', 'personal-info/identifiable-person:warn:平河様']],
    ['公民館の向かいの古賀さん宅で、しめ縄づくりを教わりました。', ['personal-info/address:block:公民館の向かいの古賀さん宅']],
    // a card's twelve digits said so in the paragraph before or after (the number alone on its line)
    ['カードの忘れ物がありました。カードに書かれた番号をお知らせします。\n\n4820．1593．7623\n\nお心当たりの方は窓口へ。', ['personal-info/my-number:block:4820．1593．7623']],
    ['4820-1593-7623\n\n上の12桁は、窓口に届いた落とし物のカードの番号です。', ['personal-info/my-number:block:4820-1593-7623']],
    ['落とし主の方へ。\n\n拾ったカードの番号は 4820 1593 7623 でした。', ['personal-info/my-number:block:4820 1593 7623']],
    // a labelled number with an honorific label: ご自宅のお電話, お電話番号, ご連絡先 (any separator, ｰ too)
    ['いただいたご自宅のお電話（0944ｰ72ｰ6038）に、明日おかけします。', ['personal-info/phone:block:0944ｰ72ｰ6038']],
    ['山口様のご自宅のお電話番号 0944-72-6038 あてにご連絡します。', ['personal-info/phone:block:0944-72-6038']],
    ['古賀さんのお宅のご連絡先：0944-72-6038', ['personal-info/phone:block:0944-72-6038']],
    // someone's home as the sentence's topic makes the house number private, whatever else is named near it
    ['お住まいは支所から歩いて三分の三橋町垂見千二百四十番地の二で、毎日お元気です。', ['personal-info/address:block:三橋町垂見千二百四十番地の二']],
    ['ご自宅は公民館のすぐ裏、大和町中島1250番地だそうです。', ['personal-info/address:block:大和町中島1250番地']],
    ['おばあちゃんのお家は、沖端町12番地の3にあります。', ['personal-info/address:block:沖端町12番地の3']],
    // a pupil's name, school, grade and club; where they live told in the next sentence
    ['優勝したのは昭代中1年テニス部の堤 美結ちゃん！お家は干拓のほうなんだって', ['personal-info/identifiable-person:block:堤 美結ちゃん']],
    ['柳城中2年 吹奏楽部の松尾 陽菜さんは、三橋町在住です。', ['personal-info/identifiable-person:block:松尾 陽菜さん']],
    // two of them with a pupil's full name (family and given name): the name narrows as a third detail would
    ['柳城中2年 吹奏楽部の松尾 陽菜さんが代表に選ばれました。', ['personal-info/identifiable-person:block:松尾 陽菜さん']],
    ['表彰されたのは城内小学校4年の田中 蓮くん。おうちは三橋町のほうです。', ['personal-info/identifiable-person:block:田中 蓮くん']],
    // two of them with a family name only: a warning
    ['表彰されたのは城内小学校4年の田中くん。おうちは三橋町のほうです。', ['personal-info/identifiable-person:warn:田中くん']],
    // rounds 9–10 kinds: a person singled out without a name — where they live (or school and grade) with two more
    // details (landmark, livelihood, household, age) in a matter that harms them (arrears, a rescue, a child taken into care)
    ['・うち1件は、三橋町高畑のコンビニ裏で鮮魚店を営む60代の男性で、固定資産税を3年分滞納している。', ['personal-info/identifiable-person:block:三橋町高畑の']],
    ['昨夜救急搬送されたのは、大和町鷹ノ尾の市営住宅2号棟でひとり暮らしをされている80代の女性です。', ['personal-info/identifiable-person:block:大和町鷹ノ尾の']],
    ['先月、城内小学校3年の男子児童（母子家庭、沖端町在住）について、虐待の疑いで通報があり、児童相談所が対応した。', ['personal-info/identifiable-person:block:沖端町在住']],
    ['本日の事故でけがをされたのは、矢加部の郵便局の隣で農業を営む70代の方お一人です。', ['personal-info/identifiable-person:block:矢加部の郵便局の隣']],
    // two details stay a warning
    ['三橋町で70代の男性が交通事故にあい、軽いけがをしました。', ['personal-info/identifiable-person:warn:三橋町で']],
    // a named person's health or care condition in the bracket (要配慮個人情報): with a ward, or as a list
    ['見守りの対象者：・3区 田中ミツさん（認知症、独居）・5区 江口清さん（車いす）', ['personal-info/identifiable-person:block:田中ミツさん']],
    ['避難行動要支援者：古賀スミ子さん（要介護3）、松尾一郎さん（人工透析）', ['personal-info/identifiable-person:block:古賀スミ子さん']],
    ['沖端町の大塚ハナ様（寝たきり）のお宅へは、消防団が先に向かってください。', ['personal-info/identifiable-person:block:大塚ハナ様']],
    // a named person where they are now (a shelter, a ward), rescued or out of touch with family
    ['大和中学校体育館に避難されている中村ハルさん（88歳）が、息子さんと連絡がとれず困っておられます。', ['personal-info/identifiable-person:block:中村ハルさん']],
    ['ご質問の件、吉田一男さん（81）は今朝ボートで救出され、現在は柳川病院に入院されています。', ['personal-info/identifiable-person:block:吉田一男さん']],
    ['浜武のご自宅で倒れていた堤 正さん（77）は、救急隊により搬送されました。', ['personal-info/identifiable-person:block:堤 正さん']],
    // a name with an age and nothing harmful stays a warning
    ['避難所では、民生委員の古賀さん（68）が受付を手伝ってくださいました。', ['personal-info/identifiable-person:warn:古賀さん']],
    ['中島さん（72歳）が、避難所で炊き出しのボランティアをしてくださいました。', ['personal-info/identifiable-person:warn:中島さん']],
    // a child pointed out in a photo with their nursery or school and age
    ['写真の右から2番目が、わかば保育園に通う古賀ひなちゃん（4歳）です。', ['personal-info/identifiable-person:block:古賀ひなちゃん']],
    ['写真の中央で賞状を持っているのは、柳河小学校2年の松尾 蓮くん（8歳）です！', ['personal-info/identifiable-person:block:松尾 蓮くん']],
    ['前列の真ん中、両開小4年の田中結衣さん（10）が最後まで元気に踊ってくれました。', ['personal-info/identifiable-person:block:田中結衣さん']],
    ['写真右が、講師の北島さん（72歳）です。', ['personal-info/identifiable-person:warn:北島さん']],
    // a named resident's household circumstances told from a consultation
    ['先日、三橋町にお住まいの石橋 真由美さんが「夫の介護をしながらでは、もう限界です」と窓口で泣きながら話されました。', ['personal-info/identifiable-person:block:石橋 真由美さん']],
    ['大和町在住の古賀 恵さんから、ひとり親で3人のお子さんを育てていて生活が苦しいとのご相談がありました。', ['personal-info/identifiable-person:block:古賀 恵さん']],
    ['昭代にお住まいの松藤 彩さんは、双子を育てながらフルタイムで働いておられます。入所できなければ仕事を辞めるしかないと涙ながらに話されました。', ['personal-info/identifiable-person:block:松藤 彩さん']],
    ['三橋町にお住まいの山田さんが、双子のお子さんと一緒に参加してくれました。', ['personal-info/identifiable-person:warn:山田さん']],
    // a number the person gave the writer (いただいた番号, お聞きした番号, 伺ったお電話番号) is theirs
    ['山本様、お問い合わせの件でご連絡します。ご記入いただいた携帯（090-2231-4478）に、本日夕方おかけします。', ['personal-info/mobile:block:090-2231-4478']],
    ['先日お聞きした番号 070 5512 8834 につながりませんでした。', ['personal-info/mobile:block:070 5512 8834']],
    ['伺ったお電話番号（0944-72-3381）へ折り返しご連絡いたします。', ['personal-info/phone:block:0944-72-3381']],
    // numbers given to people, with where each holder lives or as a list of the people they name
    ['・会員番号 30-2214（三橋町）・会員番号 30-2251（大和町）', ['personal-info/personal-id:block:30-2214', 'personal-info/personal-id:block:30-2251']],
    ['以下の未納者は至急納付されたい。利用者番号 88-10231', ['personal-info/personal-id:block:88-10231']],
    ['受給者証番号 4471-0032（沖端町在住）の方、窓口までお越しください。', ['personal-info/personal-id:block:4471-0032']],
    // passports issued abroad, in English replies
    ['The passport you dropped at the station is here — passport No. X4TZ91827, under the name SMITH JOHN.', ['personal-info/passport:block:X4TZ91827']],
    ['Your passport (number: P7K2M8841) has been found at 御花.', ['personal-info/passport:block:P7K2M8841']],
    ['旅券を拾得しました。番号 G2H5K9931 のパスポートをお持ちの方はご連絡ください。', ['personal-info/passport:block:G2H5K9931']],
    // where a guest is staying: the hotel and the room
    ['Yamada様、落とし物のお財布は、ご宿泊の柳川ホテル 305号室までお届けしますね。', ['personal-info/lodging:block:ホテル 305号室']],
    ['@anna_trip Anna, we will bring your umbrella to your room 208 at Yanagawa Inn tonight!', ['personal-info/lodging:block:room 208']],
    ['旅館みなとの203号室にお泊まりと伺ったので、夕方にお持ちしますね。', ['personal-info/lodging:block:旅館みなとの203号室']],
    // a car's number plate, whole or its last digits with the vehicle
    ['毎朝7時ごろ、ごみ置き場に家電を置いていく白い軽トラ（福岡 480 け 12-34）を確認しています。', ['personal-info/vehicle-plate:block:福岡 480 け 12-34']],
    ['駐車場に長期間放置されている車両があります。ナンバーは「・・87」、青のセダンです。', ['personal-info/vehicle-plate:block:・・87']],
    ['北九州 500 た 8841 の黒いミニバンでお越しの方、ライトがついたままです。', ['personal-info/vehicle-plate:block:北九州 500 た 8841']],
    ['ナンバー末尾 56-02 のバイクが、夜間に公園で騒音を出しています。', ['personal-info/vehicle-plate:block:56-02']],
    // a house number followed by a child's name (くん, ちゃん) is the child's home
    ['大和町中島123番地の古賀 ゆうとくんから、絵が届きました。', ['personal-info/address:block:大和町中島123番地', 'personal-info/identifiable-person:warn:古賀 ゆうとくん']],
    ['沖端町5-12の陽菜ちゃん（5さい）、お手紙ありがとう！', ['personal-info/address:block:沖端町5-12', 'personal-info/identifiable-person:warn:陽菜ちゃん']],
    // Blind R211D-053 kind: an account's type and number told right after a named person's honorific, whatever desk posts it
    ['【税務課】過誤納金の返還先：ナカシマ ユキコ様、普通 5521873（本日振込済み）', ['personal-info/bank-account:block:5521873']],
    ['【会計課】返金の手続き：堤 正和さん 口座番号 4417720', ['personal-info/bank-account:block:4417720']],
    // Blind R211D-016 kind: the shop a named person runs, placed by a landmark or a district right before the name
    ['今月の「まちの顔」は、市役所の裏で30年続く食堂を営む江口さんです。', ['personal-info/identifiable-person:warn:江口さん']],
    ['沖端町で畳屋を営んでいる古賀さんに、い草の話を伺いました。', ['personal-info/identifiable-person:warn:古賀さん']],
    // (hard negatives: a public body's account after its title with 様, or everyone called with 様, stays the organisation's note)
    ['【会計課】振込先：柳川市会計管理者様、普通 3051427', ['personal-info/bank-account:info:3051427']],
    ['【会計課】市民の皆様、普通 3051427 への振込はお控えください。', ['personal-info/bank-account:info:3051427']],
  ]
  it.each(invalid)('flags %s', (text, expected) => expect(run(text)).toEqual(expected))

  // a reply answers a person: naming them with their school, or two details, ties the account to a real pupil
  const replies: Array<[string, string[]]> = [
    ['@hina_0522 いつも見てくれてありがとう！ 柳城中学校1年の松尾ひなさんだよね？ 体育祭で会えたね〜', ['personal-info/identifiable-person:block:松尾ひなさん']],
    ['いいね！ 昭代小学校5年の古賀そらくん、また会おうね😊', ['personal-info/identifiable-person:block:古賀そらくん']],
    ['応援ありがとうございます！ 三橋町在住の北島ゆきさん（16）ですよね、また会場で！', ['personal-info/identifiable-person:block:北島ゆきさん']],
    ['Hi Emma! 傘は Hotel Kawabata の 512 号室までお届けしますね。', ['personal-info/lodging:block:Hotel Kawabata の 512 号室']],
    ['ありがとうございます！ 柳城中学校の文化祭、楽しかったですね。', []],
    ['古賀さん、ご参加ありがとうございました！', []],
    ['柳城中学校の吹奏楽部の演奏は、午後2時からです。', []],
  ]
  it.each(replies)('in a reply, %s', (text, expected) => expect(summary(findingsOf(personalInfo, text, { mode: 'reply' }))).toEqual(expected))

  const valid = [
    // R225R-044's counterparts: a short kanji run after a label that is a ticket or a counter, not a card's numbers
    '整理番号 一二三 の方から順にお呼びします。',
    '受付番号は一〇二番です。窓口でお待ちください。',
    // a home named with its district only, not as where to go
    '三橋町の田中さん宅で子ども会を開きました。',
    '市内の田中さん宅から寄付をいただきました。',
    '大和町の古賀さん宅の田んぼで田植え体験をしました。',
    // the city's own desk after what the resident did
    'お問い合わせいただいた件は、観光課（0944-73-8111）までお電話ください。',
    '参加を希望された方は、メール kanko@city.yanagawa.lg.jp までお申し込みください。',
    // English 'at' between words, and a city address with 'at' spelt out, are not private addresses
    'Meet at station at 10am.',
    'See you at Yanagawa Station dot com',
    'お問い合わせは kanko at city.yanagawa.lg.jp まで',
    // a mascot or character is not a person
    '十一月三日は、公式キャラクター「くりーくん」の五歳の誕生日です。三日の十時から市民会館でお祝い会を開きます。',
    'マスコットのどんこちゃん（5歳）が三橋町の保育園に遊びに行きました。',
    'ゆるキャラの「さげもんちゃん」（3さい）は沖端町生まれです。',
    // the numbers of those who passed, published by design
    '令和7年度職員採用試験（第1次）の合格者の受験番号：1003、1007、1012、1025、1031、1046。',
    // hard negatives of the rounds 9–10 kinds: groups, counts, a class, staff, a desk's number, meeting rooms, plates as a topic
    '大和町にお住まいの高齢者の方を対象に、熱中症予防の訪問を行います。',
    '市内で熱中症による救急搬送が3件ありました。いずれも70代の男性です。',
    '本年度の差押え件数は12件、うち大和町が3件であった。',
    '蒲池小学校5年の児童が、交通安全ポスターで最優秀賞を受賞しました。',
    '県営団地にお住まいの一人暮らしの方は、こまめな水分補給を心がけてください。',
    'ひとり親世帯の方を対象に、児童扶養手当の説明会を開催します。',
    '車いすの方も参加できるよう、スロープを設置しました。',
    '講演では、認知症の家族を支える会の山田さん（会長）がお話しされました。',
    '田中さん（看護師）による救命講習を行います。',
    '三橋公民館にいらっしゃる職員の田中さんに、お声がけください。',
    '写真の真ん中は、柳川藩主立花邸 御花です。',
    '写真の左から2番目が市長です。',
    'お電話いただいた方には、担当から折り返しご連絡します。',
    'ご登録の番号に変更がある方は、市民課（0944-73-8111）までご連絡ください。',
    'ご記入いただいた連絡先に、後日結果をお知らせします。',
    '受給者番号（8桁）は、受給者証の右上に記載されています。',
    '受付番号 2104-883651（平日のみ）',
    'Please bring your passport. Tour code: TR2025 starts at 10:00.',
    'パスポートの申請は、県の旅券窓口で受け付けています。受付番号 12 番までの方は午前中にお越しください。',
    'Passport holders from 68 countries can enter visa-free. Flight No. JL3301 arrives at 9:30.',
    '説明会は柳川ホテル2階の会議室で行います。',
    '市民会館 201号室で、健康相談を行います。',
    'ホテルの予約は、観光案内所でも承ります。',
    '説明会はホテル柳川 3階 301号室で行います、ご参加の皆様は筆記用具をお持ちください。',
    '写真右から2番目が、当日講師を務めた山田さん（東京在住）です。',
    '臨時駐車場は300台分あります。',
    'ナンバープレートの交付は、軽自動車検査協会で行います。',
    '令和7年度の車両購入台数は 12 台、うち軽トラ 4 台。',
    '沖端町の皆さん、毎朝の見守りありがとうございます。',
    // hard negatives of the kinds above: a team, not a person; a facility near a home; a card's own number format explained
    '昭代中1年テニス部の皆さんが清掃活動に参加してくれました！',
    '市役所の前の横断歩道で交通安全指導をしました。',
    'お住まいの地区の公民館（三橋町垂見1240番地）で受付します。',
    'マイナンバーカードの12桁の番号は、他人に見せないようにしましょう。',
    'お電話（0944-73-8111）でもご予約いただけます。',
    '問い合わせ：柳川市役所 0944-73-8111',
    '問い合わせ：観光課（担当：古賀）0944-73-8111',
    '問い合わせ：観光課 0944-73-8111（担当 中島）',
    '七五三の記念撮影会を開催します。',
    '三橋町の神様をまつる例大祭です。',
    '大和町にお住まいの70代以上の方を対象に、健康相談を行います。',
    '三橋町の農家の方から、野菜をご寄付いただきました。',
    '大和町で交通事故がありました。けが人はいません。',
    '大和町の皆様へ、断水のお知らせです。',
    '沖端町のお客様にお知らせします。',
    '令和七年一二月一三日（土）一〇時〜一二時、柳川市役所 本庁舎（柳川市本町八七番地一）',
    // My Number news with dates, counts and times is not a number
    'マイナンバーカードの申請は2024年12月1日から。受付時間は8時30分から17時15分、定員は40名です。',
    'マイナンバーカードの交付率は2025年3月末で78.4%、申請件数は1万2345件でした。',
    'マイナンバーカードの交付は2025年度から、2024年度の申請者、1200名が対象',
    'マイナンバーカード出張申請会 12月7日(土)10:00-15:00 2階会議室 予約 0944-73-8111',
    // an audience told where to call is not the owner of the number; a venue with a spaced address
    'ご希望の方は、電話 0944-73-8111 まで。',
    '会場：三橋公民館（柳川市三橋町今古賀 8番地 1）',
    // a role or a desk in the bracket is not where someone lives
    '講師の北島さん（柳川市役所・観光課）が説明します。',
    '松尾さん（町内会長）にご挨拶いただきました。',
    // official LINE accounts (@…) and LINE as a service are not IDs of a person
    '市の公式LINE（@yanagawa_city）を友だち追加してください。',
    'LINE Payでのお支払いもできます。',
    'LINE WORKSを導入しました',
    '柳川市LINE公式アカウント ID：@yanagawa',
    // a class, a teacher, an alumnus, a city-wide target group: no pupil singled out
    '柳河小学校3年生のみなさんが、有明海の絵を描いてくれました。',
    '市内在住の小学生（6〜12歳）を対象に、絵画教室を開きます。',
    '柳城中学校の吉田先生（教諭・35歳）が、部活動の指導について話しました。',
    '対象：市内在住の60歳以上の方 申込：健康づくり課',
    '柳川高校の卒業生で、現在は東京在住の写真家・白石さんの作品展です。',
    // brackets after a group, an event or a target age are not a person's details
    '作品展の対象は市内の小学生（小1〜小6）です。',
    '柳河小学校（3年生）の皆さんが見学に来ました。',
    '参加者（小学3年生以上）を募集します。',
    '表彰式（小学生の部）は午後2時からです。',
    '絵画教室（6歳以上）を開きます。',
    '対象年齢（6歳以上）',
    '親子体験（5歳から）',
    '水泳教室（小1・小2）を開きます',
    '【柳川市成人式（二十歳を祝う会）】',
    '【電話】0944-73-8111(代)',
    '住所：〒832-8601 福岡県柳川市本町87番地1',
    '〒832-8601',
    '郵便番号 832-8601',
    '2-3人でお越しください',
    '5-6月に開催',
    '令和6年4月1日',
    '10時〜12時',
    '10:00-12:00',
    '価格は1,234,567円です',
    '法人番号 8000020130001',
    '123456789019', // bad check digit
    '1234567890180', // part of a longer run
    '場所：飯山462番地　他',
    '会場：柳川市民会館（柳川市三橋町正行431）',
    '千葉市中央区で花火大会',
    '市役所への郵便物は「〒243-8511○○課」で届きます。',
    '【電話】426-3061',
    '【E-mail】koho@city.kurashiki.okayama.jp',
    'お問い合わせは kikaku@city.yanagawa.lg.jp へ',
    'https://example.jp/0312345678 をご覧ください',
    '皆さんのご参加をお待ちしています（対象：5歳以上）',
    '赤ちゃん（1歳）の写真を募集',
    '口座振替の登録は12月10日まで',
    '第2-3会議室',
    '市内在住の小学生（1年生〜6年生）',
    'お問い合わせは柳川市役所 0944-73-8111（代表）',
    '市役所の代表番号は0944-73-8111です。',
    // numbers that are not phone numbers or personal numbers
    '受付番号：202504150023のような12桁の番号が届きます',
    '整理番号1番〜100番の方から順にご案内します',
    '受験番号を記入してください',
    '入場料 五〇〇円',
    '0 0 0 0 0 0 0 0 0 0 0 0',
    // addresses of facilities, examples with placeholders, ordinal words
    '会場：三橋公民館（柳川市三橋町今古賀8番地1）',
    '記入例：「○○町123番地」',
    '一番人気のメニュー',
    '期間中 3年間の計画',
    '5番3号棟',
    '第1の2会議室',
    '柳川藩主立花邸 御花（柳川市新外町1-1）',
    '講師：山田さん 会場：柳川市本町1-2-3',
    '会場の住所：柳川市本町1-2-3',
    '受付番号：1234 5678 9012',
    // names: generic words, older people by consent, kana that is not a name
    'みなさん、こんにちは',
    '4年生のみなさん（10歳）が見学しました',
    '近所のおばさん（60代）と一緒に',
    'おばあちゃん（90）と一緒に来てくれました',
    'お子さん（3歳）もご一緒にどうぞ',
    '高橋さんは3年前から、柳城中学校で美術を教えています',
    '作品展（出品者：山田太郎さん、佐藤花子さん）',
    '市内在住の古賀さん（80代）からのお便り',
    // e-mail: public bodies, mentions of the words
    '応募先：観光課 kanko@city.yanagawa.fukuoka.jp',
    'メールアドレスの＠を半角に変えて送信してください',
    '市税は、福岡銀行・ゆうちょ銀行の口座から自動で納付できます',
    // (a trade with no place, or a whole city)
    '市内でパン屋を営む方々にご協力いただきました。',
    '農業を営む古賀さんの田んぼで稲刈り体験をしました。',
  ]
  it.each(valid)('passes %s', (text) => expect(run(text)).toEqual([]))

  it('never reports the account’s own registered contacts', () => {
    const policy = mergePolicy(DEFAULT_POLICY, {
      contacts: { phones: ['092-711-4111'], addresses: ['柳川市三橋町五丁目12番地'], emailDomains: ['example.ne.jp'] },
    })
    const text = '電話 092-711-4111／柳川市三橋町五丁目12番地／info@example.ne.jp'
    expect(findingsOf(personalInfo, text, { policy })).toEqual([])
  })
})

describe('personal-info: a pupil named with the grade and the class, an owner found, a five-kanji name', () => {
  it.each([
    ['昨日、城内小学校3年1組の松尾さくらさんのランドセルが見つかりました。', ['personal-info/identifiable-person:block:松尾さくらさん']],
    ['落とし物のかばんは、持ち主は大和町中島にお住まいの堤正一さん（66歳）と分かっています。', ['personal-info/identifiable-person:block:堤正一さん']],
    ['火災の被害に遭われた沖端町の古川由紀子様（80）のお宅へお見舞いに伺いました。', ['personal-info/identifiable-person:block:古川由紀子様']],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
  it.each([
    '城内小学校3年1組の皆さんが田植えを体験しました。',
    '市民課の総務課長補佐さんが説明します。',
    '柳川市観光協会長様あてにお送りください。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info: a role before an honorific is no name (区長さん, 自治会長さん, 民生委員さん)', () => {
  it.each(['お住まいの地区の区長さんをご紹介します。', '三橋町の自治会長さんにお話を伺いました。', '地区の民生委員さんにご相談ください。'])('passes %s', (text) =>
    expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]),
  )
})

describe('personal-info: a 記号 in kana, a consultation at the counter told with who came', () => {
  it.each([
    ['国民健康保険の被保険者証（記号 やな3　番号 10482）をお持ちの方は、保険年金課へご連絡ください。', 'personal-info/insurance:block'],
    ['窓口に相談に来られた三橋町にお住まいの古賀真理さん（41）は、入所先が決まらず困っています。', 'personal-info/identifiable-person:block'],
  ])('%s', (text, want) => expect(run(text).some((x) => x.startsWith(want))).toBe(true))
  it.each(['被保険者証の記号・番号の書き方は、記入例をご覧ください。', '窓口に相談に来られる方は、番号札をお取りください。'])('passes %s', (text) =>
    expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]),
  )
})

describe('personal-info/email: the person in charge with a free-mail address (round 30)', () => {
  it.each([
    '応募書類は、担当の松尾あてに k.matsuo.yng＠gmail．com へ送っていただいても大丈夫です。',
    '申込は担当の古賀まで（koga.taro@yahoo.co.jp）',
    '担当：堤 tsutsumi.k@icloud.com までご連絡ください。',
  ])('blocks %s', (text) => {
    expect(summary(findingsOf(personalInfo, text)).some((x) => x.startsWith('personal-info/email:block'))).toBe(true)
  })
  it.each([
    '問い合わせ：柳川朝市の会 yanagawa.asaichi@gmail.com',
    '担当：古賀 koga@city.yanagawa.lg.jp',
  ])('does not block %s', (text) => {
    expect(summary(findingsOf(personalInfo, text)).some((x) => x.startsWith('personal-info/email:block'))).toBe(false)
  })
})

describe('personal-info/identifiable-person: a private person named as the one who did wrong (round 30)', () => {
  it.each([
    '防犯カメラの映像から、自転車を盗んだのは近所に住む中島健一さん（52）と分かりました。',
    '公園のトイレに落書きをしたのは、中学生の山田さん（14）でした。',
    '古賀さん（70）が公園の遊具を壊したことが分かりました。',
  ])('blocks %s', (text) => {
    expect(summary(findingsOf(personalInfo, text)).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    '万引き防止のため、店長の田中さん（45）が店内を見回っています。',
    '三橋町の古賀さん（70）が、ごみを不法投棄した人を見かけて知らせてくれました。',
  ])('does not block %s', (text) => {
    expect(summary(findingsOf(personalInfo, text)).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(false)
  })
})

describe('personal-info: a named person exposed by arrears or complaints, and business-only phone numbers (round 31)', () => {
  it.each([
    '三橋小学校５年の吉開さん（１１歳）のご家庭から、滞っていた給食費を全額納めていただきました。',
    '空き地の草刈りの苦情が続いています。所有者は久留米市在住の堤田和夫さん（78）です。',
    '給食費の未納が続いている大和町の中島健一さん（45）に、督促状を送りました。',
    '昨夜、河川敷でバーベキューしよったグループに注意しました。西蒲池に住む大学生の野田くん（21）たちで、本人たちも反省しとるようです。',
  ])('blocks %s', (text) => {
    expect(summary(findingsOf(personalInfo, text)).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    '防災訓練では山田太郎さん（72）が避難者役を務めました。',
    '西蒲池に住む大学生の野田くん（21）が、ボランティアとして河川敷の清掃に参加してくれました。',
    '表彰を受けた山田太郎さん（72）は、長年地域の見守り活動を続けてこられました。',
  ])('does not block %s', (text) => {
    expect(summary(findingsOf(personalInfo, text)).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(false)
  })
  it.each([
    'DV相談＋（プラス）0120-279-889（内閣府、24時間対応）で相談できます。',
    'みんなの人権110番 0570-003-110 にご相談ください。',
  ])('reads %s as a business line', (text) => {
    expect(summary(findingsOf(personalInfo, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each(['山田さんの自宅 0120-279-889 に電話してください。'])('still blocks %s', (text) => {
    expect(summary(findingsOf(personalInfo, text)).some((x) => x.includes(':block:'))).toBe(true)
  })
})

describe('personal-info: a child once protected, details after a name that closes its sentence, a lost item’s owner (round 33)', () => {
  it.each([
    '昨年保護された城内小4年のゆいちゃん（10）が、今は毎日元気に登校していると聞きました。',
    '新しく船頭デビューした中村翔太くん！17歳、柳川高校の2年生で、沖端町のご実家はお父さんも船頭さんです。',
    '【落とし物のお知らせ】黒い長財布をお預かりしました。中の診察券から、三橋町にお住まいの大坪健一さん（72歳）のものと思われます。',
    '昨夜、市役所駐車場で車同士の接触がありました。相手方の緒方 誠二さん（67・西鉄柳川駅近くにお住まい）、恐れ入りますが管財課までご連絡ください。',
  ])('blocks %s', (text) => {
    expect(summary(findingsOf(personalInfo, text)).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    '新しく船頭デビューした中村さん！これからよろしくお願いします。',
    '表彰されたのは中村翔太くん！おめでとう。',
  ])('does not block %s', (text) => {
    expect(summary(findingsOf(personalInfo, text)).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(false)
  })
})

describe('personal-info: names written with さま in kana, and katakana names in parts (round 41)', () => {
  it.each([
    // the honorific さま in kana after a name (大坪和彦さま（三橋町下百町・72歳）)
    ['市民課の窓口にお越しになった古賀 美智子さま（大和町中島・81歳）、印鑑をお忘れです。', ['personal-info/identifiable-person:block:古賀 美智子さま']],
    ['沖端町にお住まいの松尾一郎さま（66）、還付金のご案内をお送りしました。', ['personal-info/identifiable-person:block:松尾一郎さま']],
    ['三橋町の田中和子さま（78歳）、いつもありがとうございます。', ['personal-info/identifiable-person:block:田中和子さま']],
    // a katakana name in parts: a family name before a space (half-width too), a foreign name parted by ・
    ['ｽｽﾞｷ ﾊﾙﾄくん（柳城中2年）が県大会で優勝しました。', ['personal-info/identifiable-person:block:ｽｽﾞｷ ﾊﾙﾄくん']],
    ['フィリピン出身のマリア・サントスさん（32歳・三橋町在住）が、日本語スピーチ大会で入賞しました。', ['personal-info/identifiable-person:block:マリア・サントスさん']],
    ['スズキ アヤカさま（三橋町・24歳）のお財布をお預かりしています。', ['personal-info/identifiable-person:block:スズキ アヤカさま']],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
  it.each([
    // set phrases with さま, さまざま, customers
    'おつかれさまでした！72歳以上の方の健康教室は、三橋町公民館で来週です。',
    'ごちそうさまでした。大和町の農家さんの海苔、最高です。',
    'おかげさまで、三橋町の夏祭りは無事に終わりました。',
    'さまざまな年代（10歳〜80歳）の方が参加しました。',
    'お客さま各位、沖端町の駐車場は本日満車です。',
    // a katakana name with nothing else; foreign staff without a name
    'グエン・ティ・ランさんが観光案内所の仲間に加わりました！ベトナム語の案内ならおまかせ✨',
    'ベトナム出身のスタッフが、ベトナム語でご案内します。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info: a class, a condition before the name, an accident, a household, a home and a routine (round 41)', () => {
  it.each([
    // a class after a grade written short; a health condition told as what the person is, right before the name
    ['喘息のある古賀くん（城内小4年3組）も、最後まで元気に走り切りました！', ['personal-info/identifiable-person:block:古賀くん']],
    ['卵アレルギーの ゆいちゃん（5歳）も、みんなと同じおやつを食べました。', ['personal-info/identifiable-person:block:ゆいちゃん']],
    ['車いすの松尾さん（三橋町在住）が、バリアフリー点検に参加してくださいました。', ['personal-info/identifiable-person:block:松尾さん']],
    // a child named with the school and grade as the one who fell, nearly drowned or broke a bone
    ['川に転落した蒲池小2年のはるとくんは、釣り人に助けられ無事でした。', ['personal-info/identifiable-person:block:はるとくん']],
    ['用水路でおぼれかけた男の子（城内小1年のそうたくん）は、けがもなく元気です。', ['personal-info/identifiable-person:block:そうたくん']],
    ['自転車で転倒して骨折した昭代小3年のみおちゃん、早く元気になってね。', ['personal-info/identifiable-person:block:みおちゃん']],
    // the household told with the name (奥さまと娘さんの3人家族)
    ['大川市から移住した江口 健太さん（38歳）は、妻と娘さんの3人家族です。', ['personal-info/identifiable-person:block:江口 健太さん']],
    ['みやま市在住の会社員・堤さん（29歳、ご主人と小学1年の息子さんの3人家族）も応募されました。', ['personal-info/identifiable-person:block:堤さん']],
    // where someone lives told by the town and the kind of home, and a daily routine with its time
    ['新しく着任した田中 美咲さんは、三橋町の市営住宅で一人暮らし。毎朝6時半に家を出て、自転車で通勤しています。', ['personal-info/identifiable-person:block:田中 美咲さん']],
    ['協力隊の古賀さん！大和町のアパートに住んで2年目で、毎晩8時ごろに掘割沿いをジョギングしています。', ['personal-info/identifiable-person:warn:古賀さん']],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
  it.each([
    // conditions and classes as topics; accidents warned of; households and homes as a group; routines of a bus
    'アレルギー対応の給食を、昭代第一小5年2組で試食しました。',
    '食物アレルギーのあるお子さんは、事前にお知らせください。',
    '城内小4年3組の皆さんが田植えをしました。',
    'ため池への転落事故を防ぐため、蒲池小の3年生が安全マップを作りました。',
    '水の事故で溺れた人を見つけたら、すぐに119番へ通報してください。',
    '3人家族でも使える市営住宅の入居者を募集します。',
    '4人家族の場合の水道料金の目安は、月3,000円ほどです。',
    '大和町のアパートで一人暮らしの高齢者の方へ。熱中症に気をつけてください。',
    '毎朝7時40分の西鉄バスは、通勤の方で混み合います。',
    '三橋町の市営住宅で暮らす皆さんの交流会を開きました。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    // one detail, or a matter that does not harm the child
    '蒲池小3年のゆうとくんが、ため池に転落しないよう呼びかけるポスターを描いてくれました。',
    '障がい者スポーツ大会に出場した古賀さん（柳城中2年）を応援しています。',
  ])('does not block %s', (text) => expect(summary(findingsOf(personalInfo, text)).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(false))
})

describe('personal-info: a person called by their house number, a consultation told of one described person (round 41)', () => {
  it.each([
    // a person called by their house number (…番地の方), kanji numerals too
    ['昨日、水道の開栓を申し込まれた三橋町藤吉1234番地の方、書類に不備がありました。', ['personal-info/address:block:三橋町藤吉1234番地']],
    ['沖端町12番地の3の方は、至急ご連絡ください。', ['personal-info/address:block:沖端町12番地の3']],
    ['先日、犬の登録をされた大和町中島二百十五番地のかた。鑑札をお渡しします。', ['personal-info/address:block:大和町中島二百十五番地']],
    // a consultation or a loss told of one person described by where they live, their former post and their age
    ['今月は、三橋町にお住まいの元小学校長の女性（80代）から、投資の勧誘で200万円を振り込んでしまったというご相談がありました。', ['personal-info/identifiable-person:block:三橋町にお住まいの']],
    ['沖端町で一人暮らしの元市職員の男性（70代）が、還付金詐欺で80万円をだまし取られました。', ['personal-info/identifiable-person:block:沖端町で']],
    ['大和町にお住まいの70代の女性から、訪問販売で布団を買ってしまったというご相談がありました。', ['personal-info/identifiable-person:warn:大和町にお住まいの']],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
  it.each([
    // a district's residents, not one house; consultations as a count or a group; a former post with no harm told
    '三丁目の方は、公民館へ避難してください。',
    '消費生活センターでは、70代以上の方からのご相談が増えています。',
    '三橋町にお住まいの方を対象に、詐欺被害防止の出前講座を行います。',
    '元郵便局長の古賀さんを講師に、切手の歴史を学ぶ講座を開きます。',
    '「お金を振り込んでしまった」というご相談が増えています。心当たりのある方は消費生活センターへご相談ください。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    // 方 as a direction (の方へ進む), a range of house numbers
    '柳川市本町87番地の方へ進むと、市役所の駐車場があります。',
    '三橋町藤吉1000番地から1200番地の方は、下記の避難所へ移動してください。',
  ])('does not block %s', (text) => expect(summary(findingsOf(personalInfo, text)).some((x) => x.startsWith('personal-info/address:block'))).toBe(false))
})

describe('personal-info: where someone came from before the name, and a household told by a child\'s birth order (round 42)', () => {
  it.each([
    '今日の相談会、本町から来てくれた田中美咲さん（32歳）、3人目の赤ちゃんを抱っこしてて本当にかわいかった👶',
    '大和町から参加の古賀健一さん（67）は、毎朝の見守り活動を10年続けています。',
  ])('blocks %s', (text) => {
    expect(findingsOf(personalInfo, text).some((f) => f.rule === 'personal-info/identifiable-person' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '本町から来てくれた皆さん、ありがとうございました！',
    '3人目のお子さんから保育料が無料になります。',
    '大和町から参加の皆さんには、送迎バスをご用意しています。',
  ])('passes %s', (text) => {
    expect(findingsOf(personalInfo, text).filter((f) => f.rule === 'personal-info/identifiable-person' && f.severity !== 'info')).toEqual([])
  })
})

describe('personal-info: a place and its number in the bracket after someone\'s name is their address, with or without 町 (round 42)', () => {
  it.each(['先日も三橋町高畠の中島清子様（高畠２１４－６）のお宅で30匹を超える猫が確認されました。', '古賀一郎さん（鷹ノ尾12-3）から苦情がありました。'])('blocks %s', (text) => {
    expect(findingsOf(personalInfo, text).some((f) => f.rule === 'personal-info/address' && f.severity === 'block')).toBe(true)
  })
  it.each(['講師の中島清子様（研修室2-3）がお話しします。', '山田様（ロット12-5）', '田中さん（背番号10-2）が決勝点を決めました。'])('passes %s', (text) => {
    expect(findingsOf(personalInfo, text).filter((f) => f.rule === 'personal-info/address')).toEqual([])
  })
})

describe('personal-info (4(4)): a photo of a list of people posted (受付簿（お名前・ご住所）の写真を載せておきます) (round 43)', () => {
  it.each([
    '本日の一般質問には12名の方が傍聴に来られました。受付簿（お名前・ご住所）の写真を記録として載せておきます📷',
    '清掃ボランティアの参加者名簿の画像を添付します。ご確認ください。',
    '敬老会の芳名録をそのままアップしました！',
    '説明会の出席者一覧のスクショを貼っておきますね',
  ])('flags %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/roster-photo:block'))).toBe(true)
  })
  it.each([
    '申込書の記入例の写真を載せておきます。',
    '名簿の写真は個人情報のため掲載しません。',
    'アンケート用紙はこちらからダウンロードできます。',
    '参加者の集合写真を載せます！',
    '当日の受付の様子の写真を載せておきます📷',
    '参加者名簿の写真は、お名前が写らないようぼかしを入れて掲載しています。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([])
  })
})

describe('personal-info (5(1)): an address given as a person\'s record field (住所（…番地）) with their birth date or name (round 43)', () => {
  it.each([
    ['ご本人確認のため伺った生年月日（昭和28年5月3日）と住所（大和町中島1520番地）で照会しました。', 'personal-info/address:block:大和町中島1520番地'],
    ['申請の際に伺った住所（三橋町今古賀412番地）あてに、書類を再送しました。', 'personal-info/address:block:三橋町今古賀412番地'],
    ['氏名：古賀一郎、生年月日：昭和40年1月2日、住所：柳川市三橋町藤吉306番地', 'personal-info/address:block:柳川市三橋町藤吉306番地'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  it.each([
    '会場：三橋公民館（住所：柳川市三橋町今古賀8番地1）',
    '申込書には、氏名・住所（番地まで）・電話番号をご記入ください。',
    '新庁舎の住所（柳川市本町87番地1）は、現庁舎と変わりません。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block:'))).toEqual([])
  })
})

describe('personal-info (4(4)): a family called by its surname with its members\' given names (田中さんちの双子ちゃん（陽太くん・陽菜ちゃん）) (round 43)', () => {
  it.each([
    ['三橋町の田中さんちの双子ちゃん（陽太くん・陽菜ちゃん）、二人とも体重7キロ超えでびっくり。ママのゆかりさんも笑顔でした。', 'personal-info/identifiable-person:block:田中さん'],
    ['沖端町の古賀さんのところの三つ子ちゃん、れんくん・りくくん・そらくんがそろって入園です。', 'personal-info/identifiable-person:block:古賀さん'],
    ['大和町の江口さんとこの長男、そうたくん（4）も一緒に参加してくれました。', 'personal-info/identifiable-person:block:江口さん'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  it.each([
    // a family with no details, or details without names
    '田中さんちのお庭のバラが今年も見事に咲きました。',
    '三橋町のある家庭の双子ちゃんが、そろって健診に来てくれました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block:'))).toEqual([])
  })
})

describe('personal-info (4(4)): a private person\'s daily round with its time and their home told by a landmark (round 43)', () => {
  it.each([
    ['わなを管理しているのは鷹ノ尾の江頭のおいちゃん（78）で、毎朝4時に軽トラで回っています。家は公民館の裏の赤い屋根の家です。', 'personal-info/identifiable-person:block:おいちゃん'],
    ['見守り隊の古賀さん（81）は、毎朝7時に通学路を見回っています。ご自宅は郵便局の向かいの青い屋根の家です。', 'personal-info/identifiable-person:block:古賀さん'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  it.each([
    // a public round (the patrol's times) with no person named; a home by a landmark of a shop that is public
    '見守り隊の皆さんは、毎朝7時に通学路を見回っています。',
    '会場は公民館の裏の赤い屋根の建物です。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block:'))).toEqual([])
  })
})

describe('personal-info (5(1)): a public body named in English owns the number after it (the Japan National Tourism Organization (050-…)) (round 43)', () => {
  it.each([
    ['The Japan Visitor Hotline run by the Japan National Tourism Organization (050-3816-2787, 24 hours) offers help in English.', 'personal-info/external-phone:info:050-3816-2787'],
    ['For lost items, please contact Yanagawa Tourist Information Center: 0944-74-0891.', 'personal-info/external-phone:info:0944-74-0891'],
    ['Medical questions in English: Fukuoka Prefectural Medical Information Center ０９２－４７１－００９９ (24 hours).', 'personal-info/external-phone:info:０９２－４７１－００９９'],
    ['In case of a lost passport, call the Yanagawa Police Station at 0944-72-0110.', 'personal-info/external-phone:info:0944-72-0110'],
  ])('reads %s as a public line', (text, expected) => {
    expect(run(text)).toContain(expected)
    expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each([
    // a private person's number, in English, stays someone's
    ['For bookings, call our guide Mr. Koga at 090-2345-6789.', 'personal-info/mobile:block:090-2345-6789'],
    ['Please call Ms. Tanaka at 0944-12-3456 if you have questions.', 'personal-info/phone:warn:0944-12-3456'],
  ])('still flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
})

describe('personal-info (4(4)): a home pointed out without a name, counted from a landmark or set by its look, tied to a trouble (round 44)', () => {
  it.each([
    ['三橋町の郵便局から３軒目のお宅について、騒音の苦情が寄せられています。', 'personal-info/address:block:郵便局から３軒目のお宅'],
    ['蒲池駅の裏の、赤い屋根の家の野焼きについては、注意をしました。', 'personal-info/address:block:蒲池駅の裏の、赤い屋根の家'],
    ['沖端町の角から二軒目の家の庭木が道路にはみ出しているとの通報があり、所有者の方に指導しました。', 'personal-info/address:block:角から二軒目の家'],
    ['市役所の向かいの、白い壁のお宅の犬の鳴き声がうるさいというご相談がありました。', 'personal-info/address:block:市役所の向かいの、白い壁のお宅'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  it.each([
    // a home counted or described for no trouble; a shop, a corner or a public building counted from a landmark
    '公民館から2軒目のお宅で、昔ながらの味噌づくり体験ができます。',
    'ごみステーションは公民館から南へ2軒目の角にあります。ごみは朝8時までに出してください。',
    '郵便局の隣の赤い屋根の建物が、新しい子育て支援センターです。ごみは持ち帰りにご協力ください。',
    '商店街の入口から3軒目のお店で、ごみ袋を販売しています。',
    'ごみの出し方で困ったことがあれば、お住まいの地区の公民館へご相談ください。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
})

describe('personal-info (4(4)): a counter visitor named with the time and business of the visit, their nationality or residence status (round 44)', () => {
  it.each([
    ['昨日14時ごろ婚姻届を提出された古賀様（中国籍の方）、窓口に印鑑をお忘れです。', 'personal-info/identifiable-person:block:古賀様'],
    ['今朝、国民健康保険の手続きにお越しになった留学生のグエンさん、窓口にパスポートをお忘れになりました。', 'personal-info/identifiable-person:block:グエンさん'],
    ['本日午後、在留カードの住所変更の手続きにお越しいただいたフィリピン出身のマリアさん、受付に書類をお忘れです。', 'personal-info/identifiable-person:block:マリアさん'],
    // the visit alone, with a lost item: a note to check
    ['本日午前に転入届を出された佐藤様、窓口に書類をお忘れです。', 'personal-info/identifiable-person:warn:佐藤様'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toEqual([expected])
  })
  it.each([
    // the visitor not named; a nationality told of a guest or a group; a reminder to bring a card
    '本日午前に転入届を出された方で、窓口に在留カードをお忘れの方がいらっしゃいます。お心当たりの方は市民課までお越しください。',
    'ベトナム出身のグエンさんを講師に、生春巻きとフォーの料理教室を開きます。',
    'ベトナム出身の技能実習生の皆さんが、掘割の清掃ボランティアに参加してくれました。',
    '在留カードをお忘れなく。転入届の手続きには在留カードとパスポートをお持ちください。',
    '国際交流員として着任したのは、韓国出身のキムさんです。',
    '本日、窓口で手続きをされた皆様、ご協力ありがとうございました。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
})

describe('personal-info: a service card number and an ID with a letter inside, a business named by its trade (round 45)', () => {
  it.each([
    // a card number a public service gave a person, with their name
    ['図書館カード番号 2207-3315 の古賀様、予約の本が届いています。', 'personal-info/personal-id:block:2207-3315'],
    ['会員カード番号：00123456の山本さん、ポイントの交換期限が近づいています。', 'personal-info/personal-id:block:00123456'],
    ['診察カードの番号 4471-0932 の江口さま、お薬手帳をお預かりしています。', 'personal-info/personal-id:block:4471-0932'],
    // an ID with a year or course code inside it
    ['学籍番号 23K0417 の中島 美咲さん、学生課までお越しください。', 'personal-info/personal-id:block:23K0417'],
    ['受験番号２０２５Ａ０１５３の田中さんは、第２会場で受験してください。', 'personal-info/personal-id:block:２０２５Ａ０１５３'],
  ])('flags %s', (text, expected) => {
    expect(reported(findingsOf(personalInfo, text), expected)).toBe(true)
  })
  it.each([
    // asking for a card number without giving one; results by number; a card's kind
    '貸出には図書館カード番号とパスワードが必要です。',
    '利用者カード番号（10桁）は、カードの裏面に記載されています。',
    '会員カードの番号を忘れた方は、窓口で本人確認書類をご提示ください。',
    '令和7年度職員採用試験の合格者の受験番号は、2025A001、2025A007、2025A012です。',
    // businesses named by their trade, their numbers in a list
    '【高齢者の移動支援】\n利用できる事業者は次のとおりです。\n・柳川観光タクシー（0944-72-3301）\n・筑後運輸（0944-73-4410）',
    '路線バスの時刻は西鉄バス（0944-72-0101）、または有明交通（0944-74-2960）へお問い合わせください。',
  ])('passes %s', (text) => {
    expect(summary(findingsOf(personalInfo, text)).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each(['タクシー運転手の古賀さんの携帯 090-1234-5678 にご連絡ください。', '山田交通事故の相手方、田中さんの自宅 0944-72-1234 です。'])('still blocks %s', (text) => {
    expect(summary(findingsOf(personalInfo, text)).some((x) => x.includes(':block:'))).toBe(true)
  })
})

describe('personal-info: a pupil named in full with the grade and class, the school left to the context (round 45)', () => {
  it.each([
    ['給食の異物は、5年2組の大石 陽菜さんが見つけてくれました。', 'personal-info/identifiable-person:block:大石 陽菜さん'],
    ['3年1組の古賀悠真くん、落とし物の体操服を職員室で預かっています。', 'personal-info/identifiable-person:block:古賀悠真くん'],
    ['作文コンクールでは、六年 二組の江口ひなたさんが最優秀賞に選ばれました。', 'personal-info/identifiable-person:block:江口ひなたさん'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  it.each([
    // a class addressed as a whole, a teacher of the class, a class without a name
    '3年1組の皆さん、修学旅行の集合は7時30分です。',
    '担任の5年2組 中島先生が、給食の時間に食育の話をしました。',
    '今日は5年2組の児童が、田植え体験に参加しました。',
    '2年3組の教室で、保護者参観を行います。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
})

describe('personal-info (4(4)): a child named by the household\'s surname with the school and grade, and the family\'s welfare or single parenting (blind R47B)', () => {
  it.each([
    '【こども食堂 ありがとうの会】\n\n市内のこども食堂の運営者の皆さんと意見交換会を開きました。\n\n「毎週来てくれる子が、最近は宿題も持ってくるようになった」といううれしい報告もありました。城内小2年の矢部さんのところのお子さんは、お母さんが就学援助を受けながら一人で3人を育てていて、ここでの夕食が一番の楽しみだそうです。\n\n市では今後も、地域の皆さんと一緒に子どもたちの居場所づくりを進めていきます。',
    '昭代中1年の田中さんとこの息子さん、お母さんが女手一つで育てとって、給食費も就学援助で出しよるそうです。',
    '矢留小3年の堤さんのお子さんは、父子家庭で児童扶養手当を受けながら暮らしているとのことでした。',
    '柳城中2年の江口さんちの娘さんは、お父さんがひとりで2人の子を育てていて、生活も苦しいそうです。',
    '有明小5年の中島さんちの子、住民税非課税世帯やけん給食費が免除になっとるらしいです。',
  ])('blocks %s', (text) => {
    expect(findingsOf(personalInfo, text).map((f) => `${f.rule}:${f.severity}`)).toContain('personal-info/identifiable-person:block')
  })
  it.each([
    'ひとり親家庭の皆さんへ：就学援助や児童扶養手当の申請は子育て支援課で受け付けています。',
    'こども食堂の運営者の矢部さんから、ひとり親家庭への支援についてご意見をいただきました。',
    '城内小学校では、就学援助の案内を全家庭に配布しました。',
    '矢部さんのところのお子さんも、元気に参加してくれました。',
    '女手一つで3人の子を育て上げた母の姿を描いた映画の上映会を開きます。',
  ])('passes %s', (text) => {
    expect(run(text)).toEqual([])
  })
  // A surname in 部 after the school and grade is a name, not a club: a pupil named with the school only warns.
  it.each(['城内小2年の矢部さんが描いた絵が入選しました。', '柳城中2年の阿部さんの子ども会の活動を紹介します。'])('does not block %s', (text) => {
    expect(findingsOf(personalInfo, text).map((f) => f.severity)).not.toContain('block')
  })
})

describe("personal-info: an address between an organisation and its number; a 不審者情報 notice's scene and a stranger's guessed age", () => {
  it.each([
    '内科：ありあけ内科クリニック（柳川市三橋町高畑215番地 0944-72-5631）',
    '歯科：みずほ歯科医院（柳川市本町12番地の3 0944-72-1111）',
    '柳川観光案内所（三橋町下百町1-2 0944-74-0000）',
    '【不審者情報】11月12日16時ごろ、三橋町の市道で、下校中の児童が40歳くらいの男から声をかけられる事案がありました。不審な人を見かけたら、すぐに110番通報を。',
    '蒲池町の公園で、小学生が30代くらいの女から声をかけられる事案がありました。見かけたら通報してください。',
  ])('no warn or block: %s', (text) => {
    expect(findingsOf(personalInfo, text).filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([])
  })
  it.each([
    ['山田さん方（三橋町高畑215番地 0944-72-5631）', 'block'],
    ['三橋町高畑215番地 0944-72-5631', 'warn'],
    ['沖端町の82歳の男性から、ごみ収集についてご意見がありました。', 'warn'],
    ['大和町にお住まいの70代で海苔漁を営む男性お一人が入院されました。', 'block'],
  ] as const)('flags %s', (text, least) => {
    const sev = findingsOf(personalInfo, text).map((f) => f.severity)
    expect(sev.includes(least) || (least === 'warn' && sev.includes('block'))).toBe(true)
  })
})

describe('personal-info (4(4)): a pupil named in full whose two-kanji family name ends in 村 or 市, written with a space (嘉村 陽葵さん) (blind R48A)', () => {
  it.each([
    ['本日の学校給食における異物混入について、お知らせいたします。蒲船津小学校3年の嘉村 陽葵さんの給食から樹脂片が見つかりましたが、けがはありませんでした。保護者の方には校長から説明を行っております。', 'personal-info/identifiable-person:block:嘉村 陽葵さん'],
    ['柳城中学校2年の中村 翔太くんが、部活動中に熱中症の症状で救急搬送されました。', 'personal-info/identifiable-person:block:中村 翔太くん'],
    ['城内小学校4年生の田村 大翔さんが、登校中に自転車と接触しましたが、軽いけがで済みました。', 'personal-info/identifiable-person:block:田村 大翔さん'],
    ['蒲池中1年の西村 陽菜さんのお弁当にアレルギーの食材が入っとったとのことで、学校が謝罪しました。', 'personal-info/identifiable-person:block:西村 陽菜さん'],
    ['矢留小6年の古市 美咲さんが下校中に転んで、手首を骨折しました。', 'personal-info/identifiable-person:block:古市 美咲さん'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  it.each([
    // a teacher named in full with the school, a full name with no detail, a district and a grade with no name, a town before a surname
    '西蒲池小学校の校長、中村 浩二さんが3年生に読み聞かせをしました。',
    '中村 翔太さんの作品が、市美術展で入選しました。',
    '中村地区の小学校3年生を対象に、交通安全教室を開きます。',
    '三橋町 古賀さんのお宅の前の側溝を清掃しました。',
    '蒲船津小学校3年生の給食に、地元産の海苔が使われました。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
})

describe('personal-info (5(1)): a property at a house number with its private owner named a few words on (…番地2の空き家（所有者 末吉 和夫様）) (blind R48A)', () => {
  it.each([
    ['【空き家解体補助金のご案内】\n\n老朽化した空き家の解体費用の一部を補助しています。\n\n■補助額　解体費用の3分の1（上限50万円）\n■受付　令和7年6月2日（月）から\n\n先日、窓口でご相談いただいた三橋町垂見1187番地2の空き家（所有者 末吉 和夫様）のように、屋根が崩れかけているものは優先的に現地確認を行います。\n\n問い合わせ：建築住宅課 0944-77-8545', 'personal-info/address:block:三橋町垂見1187番地2'],
    ['大和町中島520番地の空き家（所有者：古賀 正一様）について、近隣の方から相談がありました。', 'personal-info/address:block:大和町中島520番地'],
    ['西蒲池1045番地の倉庫（持ち主 江口ハル子さん）が台風で倒壊しました。', 'personal-info/address:block:西蒲池1045番地'],
    ['沖端町12番地3の土地は、所有者の堤 正和さんから寄附のお申し出をいただきました。', 'personal-info/address:block:沖端町12番地3'],
    ['三橋町江曲228番地の1にある空き家の所有者、松尾 一郎様から解体のご相談がありました。', 'personal-info/address:block:三橋町江曲228番地の1'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  it.each([
    // a public owner (no honorific), owners addressed as a group or unnamed, an owner named with no address, a facility's address
    '会場：三橋町垂見1187番地の旧垂見公民館（所有者 柳川市）',
    '旧三橋町役場跡地（三橋町正行431番地）の所有者は柳川市です。',
    '空き家バンク登録物件（三橋町垂見1187番地2）：所有者の方のご希望により、内覧は土日のみです。',
    '解体工事の現場（大和町中島520番地）では、所有者の皆様のご協力のもと安全対策を行っています。',
    '空き家の所有者様へ：解体費用の補助は上限50万円です。',
    '所有者 末吉様のご協力で、空き家を地域の集会所として活用しています。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
})

describe('personal-info (5(1)): a lot at a house number in a violation report with its owner or occupant named (（所有者：野田 和男 氏）) (blind R151I-054)', () => {
  it.each([
    ['【違反転用への対応について】\n\n農業委員会では、農地パトロールで確認した違反転用について是正指導を行っています。\n今回確認されたのは大和町鷹ノ尾456番地の農地（所有者：野田 和男 氏）で、資材置き場として無断で使用されていました。\n\n農地の転用には許可が必要です。', 'personal-info/address:block:大和町鷹ノ尾456番地'],
    ['三橋町今古賀215番地の空き地（占有者：古賀 一郎 様）に廃タイヤが不法に積まれていたため、撤去を指導しました。', 'personal-info/address:block:三橋町今古賀215番地'],
    ['大和町中島1520番地の水田（耕作者 堤 正和 さん）で、無許可の盛土が確認されました。', 'personal-info/address:block:大和町中島1520番地'],
    ['西蒲池312番地の倉庫（所有者：江口 ハル子）が道路にはみ出して建てられていたため、是正を求めています。', 'personal-info/address:block:西蒲池312番地'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  it.each([
    // the owner a body or unnamed, the lot told with no one named, a facility's address with its manager office
    '大和町鷹ノ尾456番地の農地（所有者：柳川市）で、市民農園の区画を募集しています。',
    '三橋町今古賀215番地の空き地では、所有者の方の了解を得て草刈りを行いました。',
    '農地パトロールで、大和町中島の農地に資材が無断で置かれているのを確認し、所有者に是正を指導しました。',
    '違反転用が確認された農地（所有者 非公表）については、引き続き是正指導を行います。',
    '大和町鷹ノ尾456番地の農地（管理者：農業委員会事務局）で、違反転用の現地確認を行いました。',
  ])('passes %s with no owner named (a bare lot number only warns)', (text) => expect(run(text).filter((f) => f.includes(':block:'))).toEqual([]))
})

describe('personal-info (4(4)): an animal named with its sex, breed or estimated age (ももちゃん（メス・推定3歳・柴犬ミックス）) is no person (blind FV)', () => {
  it.each([
    // a child described as 女の子 with an age and where they live; a person named beside an animal keeps their details
    ['ももちゃん（3歳・女の子）が迷子になっています。三橋町在住です。', 'personal-info/identifiable-person:warn:ももちゃん'],
    ['大和町中島の古賀美代子さん（72）と愛犬ももちゃん（メス・推定3歳）が、譲渡会に来てくれました。', 'personal-info/identifiable-person:block:古賀美代子さん'],
    ['保護犬の譲渡会を手伝ってくれた城内小学校4年の古賀ももちゃん（10歳）に感謝状を贈りました。', 'personal-info/identifiable-person:block:古賀ももちゃん'],
    ['古賀さん（72）は、三橋町でメスの柴犬と暮らしています。', 'personal-info/identifiable-person:warn:古賀さん'],
    ['外科医の古賀美代子さん（52）は、大和町中島在住でメスを握って30年。', 'personal-info/identifiable-person:block:古賀美代子さん'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  it.each([
    '🐶 新しい家族を待っています\nももちゃん（メス・推定3歳・柴犬ミックス）\n人が大好きで、お散歩も上手です。\n12月14日（日）13時〜15時の譲渡会に参加します。\n詳細は県動物愛護センターのページへ（プロフィールにリンク）\n#柳川 #保護犬 #譲渡会',
    '【里親募集】保護猫のきなこちゃん（推定2歳）。人なつっこい性格です。',
    '小太郎くん（オス・推定5歳・雑種）は、散歩が大好きな甘えん坊です。譲渡会でお待ちしています。',
    '迷い犬のお知らせ：沖端町で保護したポチくん（オス・柴犬・推定10歳）の飼い主さんを探しています。',
    'きなこちゃんは推定2歳のメスです。ワクチン接種済みで、新しい家族を待っています。',
    'きなこちゃん（推定2歳）は保護猫です。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
})

describe('personal-info (5(1)): the wrong number given as 誤 in a correction beside the right one (お詫びと訂正) is a mention (blind FV)', () => {
  const serious = (text: string) => run(text).filter((f) => !f.includes(':info:'))
  it.each([
    // a mobile number, a number a person owns, a number the post says was a home's; a number with no 誤 label
    ['【訂正】\n誤：090-2345-6789\n正：0944-77-8579（高齢支援課）', 'personal-info/mobile:block:090-2345-6789'],
    ['誤：山田様宅 0944-72-1234\n正：高齢支援課 0944-77-8579', 'personal-info/phone:block:0944-72-1234'],
    ['お詫びと訂正：誤って個人宅の番号を掲載していました。\n誤：0944-72-1234\n正：0944-77-8579（高齢支援課）', 'personal-info/phone:warn:0944-72-1234'],
    ['電話番号に誤りがありました。0944-72-1234 までお電話ください。', 'personal-info/phone:warn:0944-72-1234'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  it.each([
    '【お詫びと訂正】\n\n11月20日に投稿した「介護保険料の納付相談会」のお知らせで、問い合わせ先の電話番号に誤りがありました。\n\n誤：0944-77-8597\n正：0944-77-8579（高齢支援課）\n\n誤った番号におかけになった皆さま、ご迷惑をおかけし申し訳ございませんでした。今後は確認を徹底いたします。',
    '【訂正】昨日の投稿で、申込先の電話番号が誤っていました。\n【誤】0944-73-8112\n【正】0944-73-8111（生涯学習課）',
    'お知らせの電話番号を訂正します。\n× 0944-72-3456\n○ 0944-72-3465（観光課）\nご迷惑をおかけしました。',
    'チラシに記載の問い合わせ先に誤りがありました。0944-87-1234（誤）→ 0944-87-1243（正・大和支所）',
    '訂正前：0944-64-1111\n訂正後：0944-64-1112（三橋支所）\n確認不足でした。申し訳ありません。',
  ])('passes %s', (text) => {
    expect(serious(text)).toEqual([])
    expect(run(text).some((f) => f.startsWith('personal-info/phone:info:'))).toBe(true)
  })
})

describe('personal-info/address (5(1)): a named person\'s home said in everyday words earlier in the sentence (堤さんちにおじゃまするよ〜 …417-3) is where the house number is (blind R50A-064)', () => {
  it.each([
    ['子育て世代の移住体験ツアー🏡✨ 2日目は先輩移住者の堤さんちにおじゃまするよ〜👨‍👩‍👧 柳川市三橋町江曽祢417-3 の古民家リノベ、ほんなこつよかとよ😍\n#柳川移住 #子育て #移住体験', 'personal-info/address:block:柳川市三橋町江曽祢417-3'],
    ['週末はマルティネスさんちでBBQたい🍖 三橋町垂見1187-2 の庭、広かね〜', 'personal-info/address:block:三橋町垂見1187-2'],
    ['移住体験2日目は、先輩移住者・松尾さんとこのお家にお泊まりです🏠 柳川市大和町鷹ノ尾120番地 の茅葺き屋根がすてき✨', 'personal-info/address:block:柳川市大和町鷹ノ尾120番地'],
    ['先月移住してきたグエンさんのご自宅にお邪魔して、ベトナム料理を教わりました🇻🇳 三橋町高畠214番地の6 の台所は広くて明るかったです。', 'personal-info/address:block:三橋町高畠214番地の6'],
    ['わが家の隣、古川さまのお宅はみんなの憩いの場🌿 柳川市西蒲池521番地4 の縁側でお茶をいただきました。', 'personal-info/address:block:柳川市西蒲池521番地4'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  it.each([
    // a facility named between the home and the address; everyone's homes; the home in an earlier sentence, the venue in the next
    '堤さんちの庭で採れた柿を、三橋公民館（柳川市三橋町江曽祢417-3）で配ります。',
    '皆さんのお宅にも届く広報紙、配布拠点は柳川市本町87番地1の市役所です。',
    '先輩移住者の堤さんちを訪ねたあと、午後は移住相談会へ。会場は柳川市三橋町江曽祢417-3の三橋公民館です。',
    '江口さんちで育てたお米は、JA柳川の直売所（柳川市大和町鷹ノ尾120番地）で販売しています。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
})

describe('personal-info/identifiable-person (4(4)): a child\'s kana name with the honorific parted by a space (こうが はると くん（10さい）) is a name (blind R50A-084)', () => {
  it.each([
    ['文化財特別公開📜 立花家ゆかりの甲冑の着付け体験、いちばん乗りは城内小5年の こうが はると くん（10さい）やったよ〜！かっこよか〜✨\n#柳川 #文化財 #特別公開', 'personal-info/identifiable-person:warn:はると くん'],
    ['ひな祭りの読み聞かせ会、最前列で聞いてくれたのは蒲池小2年の まつお ゆい ちゃん（8さい）でした🎎', 'personal-info/identifiable-person:warn:ゆい ちゃん'],
    ['川下り体験の一番のりは、柳城中1年の タチバナ ハルト くん（13歳）！', 'personal-info/identifiable-person:block:タチバナ ハルト くん'],
    ['昭代第一小3年の えぐち そうた さん（9歳）が、さげもん作りに挑戦してくれました。', 'personal-info/identifiable-person:warn:そうた さん'],
  ])('flags %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  it.each([
    // a spaced kana word that runs on after the honorific (くんれん, さんぽ, ちゃんと), a group addressed (みなさん)
    'あさ 8じから ぼうさい くんれん を します。しょうがっこうの みなさん あつまってね。',
    'いぬの さんぽ コースに なっている 沖端の 遊歩道、1年生の みんなで ごみひろい しました。',
    'ごみは ちゃんと 分別してね！小学3年の みんな、ありがとう。',
    '城内小5年の みなさん（10さい〜11さい）、甲冑の着付け体験に来てくれてありがとう！',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
})

describe('personal-info/identifiable-person (4(4)), round 51: a company or a group thanked with 様 is no person (blind FY-132)', () => {
  it.each([
    '【防災ヘルメットをご寄贈いただきました】\n\n株式会社みずほ建設様（法人番号 8290001088123）から、市内の全小学校の児童に向けて、折りたたみ式の防災ヘルメット1,200個をご寄贈いただきました。',
    '有限会社やながわ商店様より、市内の小学校の図書室へ絵本300冊をご寄贈いただきました。心から感謝申し上げます。',
    '（株）ありあけ様（法人番号 1290001012345）から、城内小学校4年生の児童に防犯ブザーをご寄付いただきました。',
    '三橋町自治会様から、三橋小学校の1年生に交通安全の黄色い帽子をお贈りいただきました。ありがとうございます。',
    'NPO法人ほりわり様のご協力で、蒲池小学校5年生が掘割の清掃体験を行いました。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
  it.each([
    // a person of the company, named with their school, age or place
    ['株式会社みずほ建設の古賀ひなたさん（城内小学校4年）から、防災ヘルメットが届きました。', 'personal-info/identifiable-person:block:古賀ひなたさん'],
    ['株式会社みずほ建設の古賀様（42歳、三橋町在住）から、ヘルメットをご寄贈いただきました。', 'personal-info/identifiable-person:warn:古賀様'],
    ['（株）ありあけ社長の大津留健太様（城内小学校4年の保護者）からご寄付をいただきました。', 'personal-info/identifiable-person:block:大津留健太様'],
    ['やながわ商店の江口そうた様（12歳）が、お店の手伝いをしてくれました。', 'personal-info/identifiable-person:warn:江口そうた様'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info (5(1)), round 52: a number inside a sample of a filled-in form (記入例⏎…⏎振込先：○○銀行 ○○支店 普通 1234567) is a sample\'s, not someone\'s (blind R52A-141)', () => {
  const notBlockedOrWarned = (text: string) => summary(findingsOf(personalInfo, text)).filter((x) => !x.includes(':info:'))
  it.each([
    // the blind item: a heading line 記入例 over the fields, and a note in the next paragraph
    '【子育て応援給付金 申請書の書き方】\n\n記入例\n氏名：柳川 花子\n住所：柳川市本町87番地1\n電話：0944-73-8111\n振込先：○○銀行 ○○支店 普通 1234567\n\n※記入例の氏名・住所・口座番号は見本です。ご自身の情報を記入してください。',
    // a bracketed heading, a holder's kana name in the sample
    '【口座振替依頼書の記載例】\n振込先：○○銀行 △△支店 普通預金 口座番号 7654321\n口座名義：ヤナガワ タロウ',
    // 例： alone as the heading, a mobile and a card number in the sample
    '申込書の書き方\n例：\n氏名：柳川 太郎\n電話：090-1234-5678\n図書館カード番号：1234-5678',
    // a note below the fields in the same paragraph
    '振込先：○○銀行 ○○支店 普通 1234567\n名義：ヤナガワ ハナコ\n※上記は記入例です。実際の口座をご記入ください。',
    // a note opening the next paragraph, said as fiction
    '振込先：有明銀行 本店 当座 7654321 ヤナガワ ハナコ\n\n※記入例の口座番号・名義は架空のものです。',
    // dialect in the note
    '振込先：ゆうちょ銀行 記号12345 番号12345671 ヤナガワ ハナコ\n※上の記入例は見本やけん、ご自分の口座ば書いてね。',
  ])('passes %s', (text) => expect(notBlockedOrWarned(text)).toEqual([]))
  it.each([
    // 記入例 in a sentence, or a heading parted by a blank line: no sample
    ['記入例のとおりに書いてくださった山田様の口座（普通 2345678）に返金しました。', 'personal-info/bank-account:block:2345678'],
    ['【記入例】\n\n先日ご相談の古賀様の振込先は 有明銀行 普通 3456789 です。', 'personal-info/bank-account:block:3456789'],
    ['記入例をご覧になった田中さんから、携帯 090-2345-6789 にお電話をいただきました。', 'personal-info/mobile:block:090-2345-6789'],
    // 見本 inside another word (見本市)
    ['見本市に出店した中島さんの口座 普通 4567890 へ振り込みます。', 'personal-info/bank-account:block:4567890'],
    // a sentence telling what was done with the account is no form field, whatever the heading or the note
    ['記入例\n先日お問い合わせのあった山田様の口座 普通 4567890 へ返金しました。', 'personal-info/bank-account:block:4567890'],
    ['山田様の口座 普通 4567890 へ返金しました。\n\n※上記は記入例です。', 'personal-info/bank-account:block:4567890'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/phone (5(1)), round 52: a public facility named by its kind owns its number (柳川市民温水プール（…番地、0944-72-4415）) (blind GQ-049, GQ-050)', () => {
  it.each([
    // the blind items: the facility before its address and number in brackets; the facility after 問い合わせ
    ['【市民温水プール】冬の間も通常どおり営業しています。柳川市民温水プール（柳川市西蒲池1020番地、0944-72-4415）は、月曜休館・10時〜21時です。', 'personal-info/external-phone:info:0944-72-4415'],
    ['【市民温水プール 利用料金】\n\n○一般　1回 400円\n○高校生以下　1回 200円\n\n問い合わせ：市民温水プール 0944-72-4415', 'personal-info/external-phone:info:0944-72-4415'],
    ['問い合わせ：柳川市総合運動場 0944-73-2140', 'personal-info/external-phone:info:0944-73-2140'],
    ['会場：柳川市営球場（柳川市三橋町今古賀8-1、0944-72-5511）', 'personal-info/external-phone:info:0944-72-5511'],
    ['斎場の予約は、柳川市斎場 0944-72-2041 までお電話ください。', 'personal-info/external-phone:info:0944-72-2041'],
    ['柳川スポーツアリーナ（電話 0944-76-1234）では、卓球教室の参加者を募集しています。', 'personal-info/external-phone:info:0944-76-1234'],
    ['大和町民グラウンド TEL 0944-76-3321', 'personal-info/external-phone:info:0944-76-3321'],
  ])('notes only %s', (text, expected) => expect(run(text)).toEqual([expected]))
  it.each([
    // a person met at the facility owns the number after them
    ['市民温水プールで落とし物を拾われた古賀様（0944-72-4416）に連絡がつきません。', 'personal-info/phone:block:0944-72-4416'],
    ['温水プールの監視員の中島さんの自宅 0944-72-1234 です。', 'personal-info/phone:block:0944-72-1234'],
    ['市民プールでお会いした田中さん 090-1234-5678 から伝言です。', 'personal-info/mobile:block:090-1234-5678'],
    ['総合運動場の管理人さんの携帯 090-2345-6789 に連絡してください。', 'personal-info/mobile:block:090-2345-6789'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/identifiable-person (4(4), 5(1)), round 53: a named person’s health told as why they are away (…係長が心身の不調で休職) blocks (blind R53A-012)', () => {
  it.each([
    // the miss
    ['【人事課より 窓口体制のお知らせ】\n\n4月から税務課の窓口が一部混み合っております。税務課の松尾 恵子係長が先月から心身の不調で休職に入っており、現在は他の係から応援を出して対応しています。\n\nご不便をおかけしますが、ご理解をお願いします。', 'personal-info/identifiable-person:block:松尾 恵子係長'],
    // variants: a surname and a title after a desk, an honorific, a full name, dialect, the reason before the name
    ['保育課の古賀主査は、うつ病の治療のため3月末まで休職しています。', 'personal-info/identifiable-person:block:古賀主査'],
    ['窓口担当の田中さんがメンタル不調で長期療養に入ったため、しばらく対応が遅れます。', 'personal-info/identifiable-person:block:田中さん'],
    ['福祉課の堤 正和課長は体調を崩されて入院中のため、本日の説明会は課長補佐が代わりに務めます。', 'personal-info/identifiable-person:block:堤 正和課長'],
    ['図書館の中島さん、心の病気でしばらくお休みしとるけん、寂しかね。', 'personal-info/identifiable-person:block:中島さん'],
    ['心身の不調で休職中の松尾係長に代わり、4月から大坪主査が窓口を担当します。', 'personal-info/identifiable-person:block:松尾係長'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // no one named; health advice; a named person with no health told; leave that is no health matter; someone else's illness;
    // a quoted rumour; a title that names no one; a mention of rest for everyone
    '税務課の窓口が混み合っております。職員の休職に伴い、他の係から応援を出して対応しています。',
    '心身の不調を感じたら、一人で抱え込まず保健センターにご相談ください。',
    '税務課の松尾係長が4月から異動となりました。',
    '育児休業中の職員に代わり、税務課の松尾係長が窓口を担当します。',
    '松尾さんは、病気で休んでいる子どもの学習支援を続けています。',
    '保健師の堤さんが、体調を崩して入院した方のご自宅を訪問しました。',
    '「松尾さんが病気で休んでいるらしい」といった書き込みがありますが、事実ではありません。',
    '税務課の担当係長が体調不良で休んでいるため、回答が遅れています。',
    '担任の先生が体調不良のため、本日はお休みです。',
    '市民の皆さん、体調を崩さないよう、しっかりお休みください。',
  ])('passes %s', (text) => expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([]))
})

describe('personal-info/identifiable-person: the ward before a name is the district of the office the person takes (blind KF-005)', () => {
  // A notice of an appointment to a neighbourhood office or a volunteer commission (区長, 民生委員, 自治会長, 消防団長): the ward
  // or town before the name is the office's district. Another detail, a health matter, a complaint or no office taken: as before.
  it.each([
    ['4区 野田勝さんが入院されました。', 'personal-info/identifiable-person:warn:野田勝さん'],
    ['4区 野田勝さん（独居、車いす）が区長に就任されました。', 'personal-info/identifiable-person:block:野田勝さん'],
    ['4区 野田勝さんが区長さんに苦情を申し立てられました。', 'personal-info/identifiable-person:warn:野田勝さん'],
    ['4区 野田勝さん（72）が区長に就任されました。', 'personal-info/identifiable-person:warn:野田勝さん'],
    ['4区 野田勝さんが区長に就任されました。お住まいは公民館の裏の家です。', 'personal-info/identifiable-person:warn:野田勝さん'],
    ['4区 野田勝さんが区長に就任されましたが、現在は入院されています。', 'personal-info/identifiable-person:warn:野田勝さん'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    '4区 野田勝さんが区長に就任されました。地域の皆さん、よろしくお願いします。',
    '2区 古賀ミツ子さんが民生委員に委嘱されました。',
    '7区 中島健一さんが区長を務めることになりました。',
    '沖端町の田中和夫さんが消防団長に就任しました。',
    '・3区 堤正和さんが副区長に再任されました。',
  ])('passes %s', (text) => expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([]))
})

describe('personal-info/phone (5(1)): the correction labels closed by a bracket alone (誤）… ⏎ 正）…) mark the wrong number as withdrawn (blind GR-108)', () => {
  const serious = (text: string) => run(text).filter((f) => !f.includes(':info:'))
  it.each([
    // the false positive, then the same kind: 誤）/正）, 訂正前）/訂正後）, on one line with an arrow
    '【お詫びと訂正】\n\n広報やながわ7月1日号12ページ「夏休み親子工作教室」の問い合わせ先の電話番号に誤りがありました。\n\n誤）0944-77-6213\n正）0944-77-6231（生涯学習課）\n\nご迷惑をおかけした皆さまに、心からお詫び申し上げます。',
    '【訂正】\n誤）0944-73-8112\n正）0944-73-8111（市民課）',
    '先日の投稿の電話番号に誤りがありました。\n訂正前）0944-77-1234\n訂正後）0944-77-1243（農政課）',
    'チラシの問い合わせ先に誤りがありました。\n誤) 0944-87-1234 → 正) 0944-87-1243（大和支所）',
  ])('passes %s', (text) => {
    expect(serious(text)).toEqual([])
    expect(run(text).some((f) => f.startsWith('personal-info/phone:info:'))).toBe(true)
  })
  it.each([
    // a mobile on either side, a wrong number the post says was a home's, a number a person owns
    ['【訂正】\n誤）0944-77-6213\n正）090-2345-6789（担当 古賀）', 'personal-info/mobile:block:090-2345-6789'],
    ['【訂正】\n誤）090-2345-6789\n正）0944-77-6231（生涯学習課）', 'personal-info/mobile:block:090-2345-6789'],
    ['お詫び：個人宅の番号を誤って掲載していました。\n誤）0944-72-1234\n正）0944-77-8579（生涯学習課）', 'personal-info/phone:warn:0944-72-1234'],
    ['誤）山田様宅 0944-72-1234\n正）生涯学習課 0944-77-8579', 'personal-info/phone:block:0944-72-1234'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/my-number (5(1)): three groups out of a longer run of four-digit numbers are a list (受験番号 2004　2011　2016　2023…), not one number (blind GR-013)', () => {
  it.each([
    // the false positive, then lists of the same kind: spaces, ・, full-width spaces, a run ending in a note
    '【第1次試験 合格者発表】\n\n一般行政職（高卒程度）の第1次試験の合格者（受験番号）は次のとおりです。\n\n2004　2011　2016　2023　2030　2038　2045\n\n第2次試験（面接）の日時と会場は、合格者に郵送でお知らせします。\n※電話による合否のお問い合わせにはお答えできません。\n\n人事課 人事研修係（0944-73-8111 内線2151）',
    '抽選の結果、当選番号は次のとおりです。\n3105 3112 3122 3131 3148',
    '【整理番号のお知らせ】本日受付分：1021・1034・1048・1052・1067',
    '第2次試験合格者の受験番号\n0512　0518　0528　0533\n（以上4名）',
  ])('passes %s', (text) => expect(run(text).filter((f) => f.startsWith('personal-info/my-number'))).toEqual([]))
  it.each([
    // said to be a My Number (even in a run), a person's number, three groups alone
    ['受験番号2004の方のマイナンバーは 2004 2011 2016 です。', 'personal-info/my-number:block:2004 2011 2016'],
    ['合格者の個人番号：2004　2011　2016　2023', 'personal-info/my-number:block:2004　2011　2016'],
    ['合格者の山田太郎さんの番号は 2004 2011 2016 です。', 'personal-info/my-number:block:2004 2011 2016'],
    ['受験番号は 2004 2011 2016 です。', 'personal-info/my-number:warn:2004 2011 2016'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info: blind R55A/GS — a residence card number told after the card; role words before さん; a notice\'s bulleted holder line', () => {
  // Kind: the card named in one sentence and its number (英字2・数字8・英字2, full-width too) told in the next of the same paragraph.
  it.each([
    ['【落とし物のお知らせ】市民課窓口で在留カードをお預かりしています。カード番号 ＡＢ１２３４５６７８ＣＤ、氏名 NGUYEN VAN NAM 様。お心当たりの方は、受入れ企業のご担当者とご一緒に市民課までお越しください。', 'personal-info/residence-card:block:ＡＢ１２３４５６７８ＣＤ'],
    ['大和町の実習生寮の前で在留カードが見つかりました。番号はXY98765432ZWです。持ち主の方はご連絡ください。', 'personal-info/residence-card:block:XY98765432ZW'],
    ['特別永住者証明書の落とし物がありました。\n番号：AB 12345678 CD\n交番でお預かりしています。', 'personal-info/residence-card:block:AB 12345678 CD'],
    ['番号 CD87654321EF のカードを拾ったけん、市民課に届けときました。在留カードやと思います。', 'personal-info/residence-card:block:CD87654321EF'],
    // …and the shape alone, without the card named, is still a second look
    ['拾得物の管理番号 AB12345678CD をお控えください。', 'personal-info/residence-card:warn:AB12345678CD'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives: the card named with no number, its format explained, a number of another kind
    ['在留カードの更新手続きは、福岡出入国在留管理局で行ってください。受付番号 1234 の方からお呼びします。'],
    ['在留カード番号は、英字2桁・数字8桁・英字2桁の12桁です。'],
    ['在留カードをお持ちの方は、転入届の際に窓口でご提示ください。'],
    // an unnamed person called by a role or a sport's word with their age (R55A-099)
    ['市民マラソン、完走した皆さんおつかれさまでした🎉 最高齢の完走者は84歳のランナーさん！来年もみんなで走ろう🏃\n#柳川 #市民マラソン'],
    ['最年少は7歳のスイマーさん、最高齢は91歳のゴルファーさんでした。'],
    ['今年の川下りの最高齢は88歳の船頭さんと78歳のガイドさんのコンビ！'],
    ['ノルディックウォーキング教室、最高齢は86歳のウォーカーさんでした。'],
    // an organisation's account with its holder on a bulleted line of a notice (GS-015)
    ['【令和7年6月大雨災害義援金の受付について】\n\n■振込先　有明中央銀行 柳川支店　普通預金　口座番号 3051427\n■口座名義　柳川市災害義援金（ヤナガワシサイガイギエンキン）\n■受付期間　7月7日（月）〜9月30日（火）'],
    ['●振込先：筑後ふれあい信用金庫 本店 普通 1234567\n●名義：柳川市社会福祉協議会'],
    ['・振込口座　有明中央銀行 三橋支店 普通預金 口座番号 7654321\n・支店番号 123\n・口座名義　柳川市観光協会'],
    ['◆口座番号 普通 2345678\n◆名義人 柳川市ふるさと応援基金'],
  ])('passes %s', (text) => expect(run(text).filter((f) => !f.includes(':info:'))).toEqual([]))
  it.each([
    // still flagged: a named finisher with an age and where they live; a katakana given name; a person's account on the bulleted line
    ['最高齢の完走者は84歳の古賀ハル子さん（大和町在住）でした！', 'personal-info/identifiable-person:block:古賀ハル子さん'],
    ['最高齢の完走者は84歳のマリアさん！', 'personal-info/identifiable-person:warn:マリアさん'],
    ['■振込先　有明中央銀行 柳川支店　普通預金　口座番号 3051427\n■口座名義　ヤマダ タロウ', 'personal-info/bank-account:block:3051427'],
    ['義援金の振込先 有明中央銀行 柳川支店 普通 3051427\n■口座名義 ヒラノ マサコ', 'personal-info/bank-account:block:3051427'],
  ])('still flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info (5(1)), round 56: a private owner\'s free-mail address after a request told with ご (日程のご相談は …へ) (blind R56A-007)', () => {
  // Kind: ご相談は / ご案内は / ご質問は … then the address, spaced or spelt out to dodge detection: the request labels the value, it is
  // no desk (相談 alone ends a desk's name); the private person the sentence named before it owns the address.
  it.each([
    // the miss
    ['【空き家バンク新着】\n三橋町の木造平屋（3DK・土地約60坪）を登録しました。\n所有者の松尾さんは直接の内覧にも応じてくださるそうなので、日程のご相談は matsuo.kazuhiro1958 ＠ gmail . com へどうぞ。\n物件情報の詳細は市ホームページをご覧ください。', 'personal-info/email:block:matsuo.kazuhiro1958 ＠ gmail . com'],
    // variants: another owner and honorific, another obfuscation, ご案内, dialect
    ['貸し会場の持ち主、吉開様が対応されます。見学のご相談は yoshigai1962 @ gmail . com までご連絡ください。', 'personal-info/email:block:yoshigai1962 @ gmail . com'],
    ['農家民泊の受け入れ先、古賀さんご夫婦が迎えてくださいます。宿泊のご相談は kogafarm.2020 ★ yahoo.co.jp まで！', 'personal-info/email:block:kogafarm.2020 ★ yahoo.co.jp'],
    ['出品者の堤さんより、作品についてのご案内は tsutsumi.art [at] gmail [.] com にてお受けします。', 'personal-info/email:block:tsutsumi.art [at] gmail [.] com'],
    ['家主の松藤さんが直接話を聞いてくれるけん、入居のご相談は matsufuji55 アット gmail ドット com にどうぞ〜', 'personal-info/email:block:matsufuji55 アット gmail ドット com'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives: the city's own address after ご相談, a desk's number after ご相談 or ご案内, an address quoted as a warning's example
    ['移住のご相談は、柳川市移住定住サポートセンター iju@city.yanagawa.fukuoka.jp までどうぞ。'],
    ['空き家の売却のご相談は、建設課 住宅係（0944-73-8111）でお受けします。'],
    ['ご相談は柳川市社会福祉協議会 0944-72-3330 まで。'],
    ['観光協会のご案内 0944-73-2145'],
    ['日程のご相談は空き家バンク担当までお電話ください。'],
  ])('passes %s', (text) => expect(run(text).filter((f) => !f.includes(':info:'))).toEqual([]))
  it('keeps a quoted address a mention', () => {
    expect(run('「sakata ＠ gmail . com」のようなアドレスからのご相談メールにはご注意ください。').filter((f) => !f.includes(':info:'))).toEqual([])
  })
})

describe('personal-info/bank-account (5(1)), round 56: an organisation\'s 振替口座 with its holder on the line below as 加入者名 (blind GT-088)', () => {
  // Kind: a fund-raising appeal's postal transfer account, its holder (加入者名, 加入者, 受取人) on its own line an organisation: public.
  it.each([
    // the false positive
    ['【歳末たすけあい募金にご協力ください】\n\n柳川市社会福祉協議会では、12月1日から31日まで歳末たすけあい募金を行っています。お寄せいただいた募金は、ひとり暮らしの高齢者や、支援が必要な子育て世帯への見舞品などに使われます。\n\n■募金箱の設置場所\n市役所本庁舎1階、大和支所、三橋支所、市立図書館\n■振込による募金\nゆうちょ銀行 振替口座 01790-3-48215\n加入者名 柳川市社会福祉協議会\n\n問い合わせ：柳川市社会福祉協議会 0944-73-5281'],
    // clean variants: another fund, a colon, a bullet, 加入者 alone with an NPO
    ['【赤い羽根共同募金】\n振替口座 01700-5-12345\n加入者名：福岡県共同募金会'],
    ['ゆうちょ銀行　振替口座　01790-2-33456\n・加入者名　柳川市国際交流協会'],
    ['★ゆうちょ振替口座 01790-8-77001\n★加入者　NPO法人やながわ子ども食堂ネット'],
  ])('passes %s', (text) => expect(run(text).filter((f) => !f.includes(':info:'))).toEqual([]))
  it.each([
    // still flagged: a person as the holder on that line, or the account said to be a person's own
    ['会費の振込先\nゆうちょ銀行 振替口座 01790-3-48215\n加入者名 ヤマダ タロウ', 'personal-info/bank-account:block:01790-3-48215'],
    ['募金はこちらへ\nゆうちょ銀行 振替口座 01790-3-48215\n加入者名 古賀 美和', 'personal-info/bank-account:block:01790-3-48215'],
    ['会長の吉開さん個人名義で受け付けます。\nゆうちょ銀行 振替口座 01790-3-48215\n加入者名 柳川市社会福祉協議会', 'personal-info/bank-account:block:01790-3-48215'],
  ])('still flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/phone (5(1)), round 58: a public body named in English as a section of City Hall owns the number after it (blind R58A-139)', () => {
  // Kind: an English post naming the city's own section or a public facility (the Tourist Section, Yanagawa City Hall; the City Library;
  // Yanagawa Civic Hall) right before its number: a public desk's line, like 観光課 0944-…, not a person's.
  it.each([
    // the false positive
    ["[Lost & Found] A blue umbrella was left on a donko boat this morning. If it's yours, please contact the Tourist Section, Yanagawa City Hall (0944-77-8713) and describe it.", 'personal-info/external-phone:info:0944-77-8713'],
    // clean variants: another section, a division, a museum, a library, a civic hall with 'at'
    ['Questions about the festival? Call the International Exchange Division, Yanagawa City Office: 0944-77-8532.', 'personal-info/external-phone:info:0944-77-8532'],
    ['Lost items found in the garden are kept at the Kitahara Hakushu Museum (0944-72-6773).', 'personal-info/external-phone:info:0944-72-6773'],
    ['For English picture books, ask the Yanagawa City Library, 0944-72-2341.', 'personal-info/external-phone:info:0944-72-2341'],
    ['Tickets are sold at Yanagawa Civic Hall at 0944-74-1234 from 9 a.m.', 'personal-info/external-phone:info:0944-74-1234'],
  ])('reads %s as a public line', (text, expected) => {
    expect(run(text)).toContain(expected)
    expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([])
  })
  it.each([
    // still flagged: the finder's or a staff member's own mobile, a person whose name is Hall
    ["If it's yours, please contact the finder, Mr. Tanaka (090-1234-5678), directly. The Tourist Section, Yanagawa City Hall can help too.", 'personal-info/mobile:block:090-1234-5678'],
    ['After 5 p.m., please call Mr. Koga of the Tourist Section at 090-2345-6789.', 'personal-info/mobile:block:090-2345-6789'],
    ['Please call Ms. Hall at 0944-12-3456 if you have questions.', 'personal-info/phone:warn:0944-12-3456'],
  ])('still flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/mobile (5(1)), round 58: a temporary line (臨時電話) an organisation set up, published in its post (blind GU-113)', () => {
  // Kind: a mobile number labelled as a line set up for an occasion (臨時電話, 臨時の連絡先, 仮設電話, 専用電話) in a post telling of
  // the organisation that runs it (…協議会が…センターを開設しました), no person named nearer: the organisation's line, not a person's.
  it.each([
    // the false positive
    ['【災害ボランティアセンター開設】柳川市社会福祉協議会が、本日9時に災害ボランティアセンターを開設しました。受付は市民体育館前です。活動は長袖・長ズボン、長靴でお願いします。臨時電話 080-2719-4406'],
    // clean variants: another body and label, polite and plain endings, 仮設, 専用, dialect
    ['【臨時窓口のお知らせ】大雨の影響で、三橋支所は本日、公民館に臨時の受付を設けています。臨時の連絡先：090-3318-2270'],
    ['柳川市国際交流協会は、被災された外国人の方の相談所を市民会館に開きました。仮設電話 070-6612-4580（9時〜17時）'],
    ['水郷柳川夏まつり実行委員会です。当日は本部テントにて迷子のお預かりをしています。当日専用電話　080-4471-9902'],
    ['地区の自主防災会が、公民館で炊き出しばしよるけん、来てみんしゃい。臨時電話は 090-2210-6638 です。'],
  ])('passes %s', (text) => expect(run(text).filter((f) => !f.includes(':info:'))).toEqual([]))
  it.each([
    // still flagged: a person named in the phrase or nearer than the body, a person's own 臨時 number, the private 携帯 label
    ['柳川市社会福祉協議会が災害ボランティアセンターを開設しました。受付担当の山田さんの臨時電話 080-2719-4406 へどうぞ。', 'personal-info/mobile:block:080-2719-4406'],
    ['災害ボランティアセンターを開設しました。現地はボランティアの古賀さんが案内してくれます。臨時電話 080-2719-4406', 'personal-info/mobile:block:080-2719-4406'],
    ['避難所に入られた方の臨時の連絡先 090-5521-7734 を記録しました。', 'personal-info/mobile:block:090-5521-7734'],
    ['臨時電話 080-2719-4406', 'personal-info/mobile:warn:080-2719-4406'],
    // an event held (説明会が) is no body running the line
    ['移住説明会が10時から始まります。臨時電話 090-6627-1180', 'personal-info/mobile:warn:090-6627-1180'],
  ])('still flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/phone (5(1)), round 59: a desk named in English with its place or hours in between, or in やさしい日本語 (blind GV-005, GV-058, GV-052, GV-011, GV-036)', () => {
  // Kind: a public desk's number after its name, with an aside between them (its floor, its hours or its service: Multicultural
  // Support Desk (City Hall 2F): …, Desk (interpreting, 24 hours): …, Desk, City Hall 2F, …), or the desk's kind spelt in hiragana
  // in やさしい日本語 (けんこう づくり か：…, がいこくご の そうだん：…): the office's public line, like 観光課 0944-….
  it.each([
    // the false positives
    ['Immigration Services Agency of Japan: https://www.moj.go.jp/isa/\nMulticultural Support Desk (City Hall 2F): 0944-77-8709', '0944-77-8709'],
    ['Stay away from the canals, rivers and the coast of the Ariake Sea.\nMulticultural Support Desk (interpreting, 24 hours): 0944-77-8709', '0944-77-8709'],
    ['6. Consultations in your language\nMulticultural Support Desk, City Hall 2F, 0944-77-8709 (Mon–Fri 9:00–16:00)', '0944-77-8709'],
    ['びょういん に よやく を して から いって ください。\nけんこう づくり か：0944-72-7311', '0944-72-7311'],
    ['かわ や ほりわり に ちかづかないで ください。\n\nがいこくご の そうだん：0944-77-8709', '0944-77-8709'],
    // clean variants: another desk, floor and hours; a Japanese floor; other hiragana desks
    ['Tax questions: Taxation Division (1st floor, 8:30–17:15): 0944-77-8581', '0944-77-8581'],
    ['International Exchange Center, Floor 3, 0944-77-8001', '0944-77-8001'],
    ['Child and Family Division (Mon–Fri), 0944-77-8610', '0944-77-8610'],
    ['子育て支援課（市役所2階）：0944-77-8610', '0944-77-8610'],
    ['ごみ の ことは かんきょう か に きいて ください。\nかんきょう か：0944-77-8542', '0944-77-8542'],
    ['こまった とき は しやくしょ の まどぐち：0944-73-8111', '0944-73-8111'],
    ['にほんご の べんきょう の そうだん：0944-77-8804', '0944-77-8804'],
  ])('reads %s as a public line', (text, number) => {
    expect(run(text).filter((x) => x.includes(number) && !x.includes(':info:'))).toEqual([])
  })
  it.each([
    // still flagged: a person's home line with a bracket between, a question ending in か, a mobile after a desk's floor
    ['Please call Ms. Nguyen (home, evenings): 0944-12-3456', 'personal-info/phone:warn:0944-12-3456'],
    ['この ばんごう は だれ です か：0944-12-3456', 'personal-info/phone:warn:0944-12-3456'],
    ['Multicultural Support Desk (City Hall 2F) staff Mr. Koga: 090-2345-6789', 'personal-info/mobile:block:090-2345-6789'],
    ['けんこう づくり か の やまだ さん の けいたい：090-2345-6789', 'personal-info/mobile:block:090-2345-6789'],
  ])('still flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/phone (5(1)), round 59: an English correction, the wrong number withdrawn and the right one a division’s (blind GV-048)', () => {
  // Kind: お詫びと訂正 written in English (Incorrect: … ⏎ Correct: … (Lifelong Learning Division)): the wrong number is a mention,
  // the right one is owned by the body named in the bracket after it.
  it.each([
    // the false positive
    ['[Correction and apology]\nIn our post on Nov 20 about the free Japanese class, the phone number was incorrect.\nIncorrect: 0944-77-8840\nCorrect: 0944-77-8804 (Lifelong Learning Division)'],
    // clean variants: Wrong/Right, a label with its noun, the body in the bracket alone
    ['[Correction] The number in yesterday’s post was wrong.\nWrong: 0944-77-8511\nRight: 0944-77-8515 (Tourism Section)'],
    ['We gave the wrong number for the tax desk.\nIncorrect number: 0944-77-8580\nCorrect number: 0944-77-8581 (Taxation Division, City Hall 1F)'],
    ['Please note a correction.\nWrong: 0944-77-8000\nThe correct number is 0944-77-8001 (International Exchange Center).'],
  ])('passes %s', (text) => expect(run(text).filter((f) => !f.includes(':info:'))).toEqual([]))
  it.each([
    // still flagged: the wrong number was a private home's, the right one has no body, a mobile given as right
    ['[Correction]\nIncorrect: 0944-77-8840 (this was a private home)\nCorrect: 0944-77-8804', 'personal-info/phone:warn:0944-77-8804'],
    ['Incorrect: 0944-77-8840\nCorrect: 090-2345-6789 (Lifelong Learning Division)', 'personal-info/mobile:info:090-2345-6789'],
    ['Incorrect: 0944-77-8840\nCorrect: 0944-77-8804', 'personal-info/phone:warn:0944-77-8804'],
    ['Correct: 0944-12-3456 (Ms. Tanaka, home)', 'personal-info/phone:warn:0944-12-3456'],
  ])('still flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/residence-card (5(1)), round 59: the card named in the piece of a long line before its number (blind R59A-053)', () => {
  // Kind: a residence card number (two letters, eight digits, two letters) told of a named card in a long post, the card named a
  // sentence before: one residence card was left on the table — it belongs to Ms. Nguyen Thi Lan (card number UH38201574FA). A line
  // over ~300 characters is checked in pieces (paragraphs.ts), so the card word may stand in the piece before the number's: the card's
  // number all the same, as within one paragraph (120 characters before, 40 after, no blank line between).
  it.each([
    // the miss
    ["Thank you everyone who joined our Japanese Conversation Salon last night! 🌸 We had 23 people from 9 countries, and we played karuta together. Also, one residence card was left on the table — it belongs to Ms. Nguyen Thi Lan (card number UH38201574FA). Lan-san, we keep it safe at the International Exchange corner, 2nd floor of City Hall, so please come anytime on weekdays. See you next month!", 'personal-info/residence-card:block:UH38201574FA'],
    // variants: another English post and wording (certificate number), a Japanese post cut at 、
    ["Thank you for coming to the multilingual disaster drill at Mitsuhashi Community Center today! Over 40 residents from 12 countries joined us and walked the route to the shelter. We found a residence card near the entrance after the drill; its owner is Tran Van Minh, card number AB12345678CD. Please come to the Citizens Division on the first floor of City Hall to pick it up.", 'personal-info/residence-card:block:AB12345678CD'],
    // the card's name itself cut in two by the piece's end (…We found a residence ⏐ card near the entrance…)
    ["Thank you for coming to the multilingual disaster drill at Mitsuhashi Community Center today! Over 40 residents from 12 countries joined us, and we walked the route to the shelter together. We found a residence card near the entrance after the drill; its owner is Tran Van Minh, card number AB12345678CD. Please come to the Citizens Division on the first floor of City Hall to pick it up.", 'personal-info/residence-card:block:AB12345678CD'],
    ["Lost and found from the Spring Festival at Okinohata last Sunday: a black wallet, two umbrellas, a child's blue hat, a pair of sunglasses and one special permanent resident certificate (a residence card). Its owner is Mr. Kim Min-jun and the certificate number is KR87654321AB, so please come to the Tourism Section by Friday with something that shows who you are. Thank you!", 'personal-info/residence-card:block:KR87654321AB'],
    ["昨日の日本語教室には、ベトナム、ネパール、フィリピン、インドネシア、ミャンマーなど9か国から23人が参加してくれました。みんなでかるたやこま回し、福笑いをして、とても楽しい時間になりました。先生たちも大喜びで、来月は書き初めをしようという声も上がりました。お茶とお菓子を囲んで、それぞれの国のお正月の話もたくさん聞けました。片付けのときに机の上に在留カードが一枚残っていたので、お預かりしています。持ち主はベトナム出身のグエン・ティ・ランさんで、カードの番号はUH38201574FAです。市役所2階の国際交流コーナーにありますので、平日にお越しください。ボランティアの皆さん、準備から片付けまで本当にありがとうございました。", 'personal-info/residence-card:block:UH38201574FA'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives: long posts about the card with other numbers (a reception code, the desk's line, City Hall's address)
    ["How to renew your residence card: go to the Fukuoka Regional Immigration Services Bureau with your passport, your current card and one photo. The city cannot do this for you, but we can help you fill in the forms in English, Vietnamese or Nepali. Bring everything to the Multicultural Support Desk (City Hall 2F) on weekdays. Reception number for today's session: YNG-2025-0412."],
    ["Please keep your residence card with you at all times, and never send a photo of it to anyone on social media or by e-mail. City Hall staff will never ask you for the card number by phone. If someone does, hang up and call the Multicultural Support Desk (City Hall 2F): 0944-77-8709. Questions about visas and periods of stay go to the Immigration Services Agency of Japan."],
    ["Moving to Yanagawa? Within 14 days of moving in, bring your residence card, your passport and your My Number notice to the Citizens Division on the first floor of City Hall. If your card details change, the Immigration Services Agency will update the card. Yanagawa City Hall, 87-1 Honmachi, Yanagawa, Fukuoka 832-8601. Open weekdays 8:30 to 17:15."],
  ])('passes %s', (text) => expect(run(text).filter((f) => !f.includes(':info:'))).toEqual([]))
  it.each([
    // the card named across a blank line: another paragraph, only the number's shape (a second look)
    ['Please bring your residence card to the drill. Thank you for joining the multilingual disaster drill at Mitsuhashi Community Center today.\n\nOver 40 residents joined us, and we practised the evacuation map. Reference: AB12345678CD', 'personal-info/residence-card:warn:AB12345678CD'],
  ])('keeps %s a second look', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/identifiable-person (4(4)), round 59: a person named in English with their age beside the name and their school, class or country (blind R59A-065)', () => {
  // Kind: an English post naming someone (a child, mostly) with the age beside the name (Minh (7 years old), Aiko Tanaka, 9,
  // 8-year-old Jose) and more about them in the sentence or the next one opening with He/She: the school or grade, the class, the
  // country they come from, where they live. Two details warn; three (age, school, class) block, as in Japanese; a consent said lowers it.
  it.each([
    // the miss
    ["Welcome to school! 🎒 This April, Minh (7 years old) from Vietnam started 1st grade at Yanagawa Elementary School (柳河小学校 1年2組). His mother says he already has many friends. We are so happy! If your child will enter school in Japan, please contact the School Education Section. #yanagawa #newlife", 'personal-info/identifiable-person:block:Minh'],
    // variants: a full name with the age between commas; the age before the name; the age in brackets and the next sentence; -kun
    ['Congratulations to Aiko Tanaka, 9, a 4th grader at Kamachi Elementary School, who won first prize in the calligraphy contest!', 'personal-info/identifiable-person:warn:Aiko Tanaka'],
    ['Our new friend, 8-year-old Jose from the Philippines, joined Class 3 at Mitsuhashi Elementary School this week.', 'personal-info/identifiable-person:block:Jose'],
    ['Say hi to Linh (age 6)! She lives in Okinohata and goes to Yanagawa Kindergarten.', 'personal-info/identifiable-person:block:Linh'],
    ['Haruto-kun (7 y/o) from Nepal is now in 2nd grade.', 'personal-info/identifiable-person:block:Haruto-kun'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives: an age range for a class, the mascot, new pupils counted not named, a week's length, the age alone
    ['Children (7 years old and up) can join the Japanese class at Yanagawa Elementary School.'],
    ['Our mascot Kappa-kun (5) visited Yanagawa Elementary School and the 1st grade classes!'],
    ['Yanagawa Elementary School (柳河小学校) welcomed 12 new 1st graders from Vietnam, Nepal and the Philippines this April.'],
    ['Welcome Week (7 days) for new students from Vietnam starts at Yanagawa High School on Monday.'],
    ['Happy birthday, Grandma Koga (100)! Thank you for the wonderful stories.'],
  ])('passes %s', (text) => expect(run(text).filter((f) => !f.includes(':info:'))).toEqual([]))
  it.each([
    // a consent said: a note
    ["With his parents' permission: Minh (7 years old) from Vietnam started 1st grade at Yanagawa Elementary School.", 'personal-info/identifiable-person:info:Minh'],
  ])('notes %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/address (5(1)), round 60: a private person listed by full name with no honorific and a house-level address in brackets or after a space (blind R60A-039)', () => {
  it.each([
    // the miss: a photo contest's winners list (敬称略) with the winners' home addresses
    [
      '【白秋祭フォトコンテスト 入賞者発表】\n\nたくさんのご応募ありがとうございました。入賞された皆さまは次のとおりです（敬称略）。\n\n最優秀賞　西田 真理子（柳川市大和町鷹ノ尾623-2）\n優秀賞　　松尾 千秋（柳川市三橋町今古賀228番地5）\n\n入賞作品は11月中、市役所1階ロビーに展示します。',
      ['personal-info/address:block:柳川市大和町鷹ノ尾623-2', 'personal-info/address:block:柳川市三橋町今古賀228番地5'],
    ],
    // variants: two names on one line after a comma (dialect lead-in), a name without the space after a prize (kanji numerals),
    // a colon label with the occupation in the bracket, a roster line with the address after a space, a kana given name and 丁目番号
    [
      '入選しなった方は次のとおりですけん（敬称略）。\n入選　古賀 ひろみ（柳川市沖端町12番地3）、堤 和夫（柳川市西蒲池1020-4）',
      ['personal-info/address:block:柳川市沖端町12番地3', 'personal-info/address:block:柳川市西蒲池1020-4'],
    ],
    ['佳作　堤和夫（柳川市西蒲池千二十番地四）', ['personal-info/address:block:柳川市西蒲池千二十番地四']],
    ['当選者：西田　真理子（柳川市大和町鷹ノ尾623-2、会社員）', ['personal-info/address:block:柳川市大和町鷹ノ尾623-2']],
    ['・2区 古川 トシ子　柳川市三橋町江曲228番地の1', ['personal-info/address:block:柳川市三橋町江曲228番地の1']],
    ['■金賞　松尾 ちあき（三橋町今古賀二丁目5番8号）', ['personal-info/address:block:三橋町今古賀二丁目5番8号']],
  ])('blocks %s', (text, expected) => expect(run(text)).toEqual(expected))
  it.each([
    // hard negatives: a place named in two words (a hall and its building, a shop, a shrine, a birthplace), a venue line, a
    // sample of a form, a lecturer whose bracket names the office, a winner named apart from the venue's address
    '会場：柳川市役所 本庁舎（柳川市本町87番地1）',
    '■場所　柳川市役所 本庁舎1階 市民ホール（柳川市本町87番地1）ほか2か所',
    '最優秀賞　うなぎ処 本吉屋（柳川市旭町69番地）',
    '喫茶 蔵（柳川市沖端町12番地3）',
    '沖端 水天宮（柳川市沖端町28番地）',
    '白秋 生家（柳川市沖端町55番地1）',
    '最優秀賞　柳川高校 写真部（柳川市本町1-2-3）',
    '会場　水郷 柳川（柳川市沖端町12番地3）',
    '会場　柳川市民会館　柳川市三橋町正行431番地',
    '（例）柳川 花子（柳川市本町87番地1）',
    '記入例：柳川 花子　柳川市本町87番地1',
    '講師　北島 太郎（柳川市本町87番地1 柳川市役所）',
    '最優秀賞は西田さんの作品です。展示は市役所（柳川市本町87番地1）で行います。',
  ])('passes %s', (text) => expect(run(text).filter((f) => !f.includes(':info:'))).toEqual([]))
})

describe('personal-info/address (5(1)), round 60: a historic house named ○○家住宅 (a cultural property open to the public) with its lot number is no home', () => {
  it.each([
    // the false positive: 宅 inside 戸島家住宅 read as a home
    '国指定名勝の戸島家住宅（柳川市鬼童町49番地1）では、梅の花が見頃です。',
    // clean variants: 旧…家住宅, a designation told before it, the address after a space, a dialect ending with 1-2-3
    '旧戸島家住宅（柳川市鬼童町49番地1）の庭園を特別公開します。',
    '国の登録有形文化財・旧吉原家住宅（柳川市大和町鷹ノ尾623番地2）で、ひな人形を展示しています。',
    '県指定文化財の旧清水家住宅　柳川市三橋町江曲228番地の1　では茶会を開きます。',
    '重要文化財の立花家住宅（柳川市新外町1-1）は、毎日9時から開館しとります。',
  ])('passes %s', (text) => expect(run(text).filter((f) => !f.includes(':info:'))).toEqual([]))
  it.each([
    // still someone's home: 様宅, a bare 住宅 where a fire was, さんのお宅
    ['戸島様宅（柳川市鬼童町49番地1）では、梅の花が見頃です。', ['personal-info/address:block:柳川市鬼童町49番地1']],
    ['昨夜、全焼した住宅（柳川市鬼童町49番地1）にお住まいの方は無事でした。', ['personal-info/address:block:柳川市鬼童町49番地1']],
    ['戸島さんのお宅（柳川市鬼童町49番地1）の梅が見頃です。', ['personal-info/identifiable-person:warn:戸島さん', 'personal-info/address:block:柳川市鬼童町49番地1']],
  ])('blocks %s', (text, expected) => expect(run(text)).toEqual(expected))
})

describe('personal-info/address (5(1)), round 60: an organisation thanked with 様・さん・御中 and its business address is no private person', () => {
  it.each([
    // the false positive: 株式会社…建設様 read as a person
    '工事にご協力いただいた株式会社みずほ建設様（柳川市三橋町正行431番地）に感謝状を贈呈しました。',
    // clean variants: 有限会社…工務店様, ㈱…様, a body called さん in a casual post, …株式会社様
    '有限会社古賀工務店様（柳川市大和町鷹ノ尾623番地2）から車いす5台をご寄贈いただきました。',
    '㈱ヤナガワ様（柳川市本町87番地1）には、清掃活動にご協力いただきました。',
    '柳川観光協会さん（柳川市沖端町12番地3）と一緒に川下りのチラシを作りました！',
    'みずほ建設株式会社様（柳川市三橋町正行431番地）に感謝状を贈呈いたしました。',
  ])('passes %s', (text) => expect(run(text).filter((f) => !f.includes(':info:'))).toEqual([]))
  it.each([
    // a person thanked, or a company's staff member named: their address
    ['工事にご協力いただいた田中様（柳川市三橋町正行431番地）に感謝状を贈呈しました。', ['personal-info/identifiable-person:warn:田中様', 'personal-info/address:block:柳川市三橋町正行431番地']],
    ['株式会社みずほ建設の田中様（柳川市三橋町正行431番地）に感謝状を贈呈しました。', ['personal-info/identifiable-person:warn:田中様', 'personal-info/address:block:柳川市三橋町正行431番地']],
    ['株式会社みずほ建設田中様（柳川市三橋町正行431番地）に感謝状を贈呈しました。', ['personal-info/address:block:柳川市三橋町正行431番地']],
    ['みずほ建設社長の古賀一郎様（柳川市三橋町正行431番地）に感謝状を贈呈しました。', ['personal-info/identifiable-person:warn:古賀一郎様', 'personal-info/address:block:柳川市三橋町正行431番地']],
  ])('blocks %s', (text, expected) => expect(run(text)).toEqual(expected))
})

describe('personal-info/phone (5(1)), round 61: an English contact line with the office’s address between its name and its number (blind GX-138)', () => {
  // Kind: a public body named in English (Tax Division, Yanagawa City Hall; a museum; a branch office), then its address written in
  // English (87-1 Honmachi, Yanagawa; Okinohata-machi 55-1; 87 Banchi 1 Honmachi; a postal code), then its number after a separator
  // (/, —, Tel): the address belongs to the office like 市役所（柳川市本町87番地1）0944-…, so the number is the office's public line.
  it.each([
    // the false positive
    ['[Property tax] Property tax assessment notices for fiscal year 2026 will be mailed in early April. The first installment is due on April 30. You can pay at banks, convenience stores, or with a smartphone app.\n\n固定資産税の納税通知書は4月上旬に発送します。第1期の納期限は4月30日です。\n\nContact: Tax Division, Yanagawa City Hall, 87-1 Honmachi, Yanagawa / 0944-77-8418', '0944-77-8418'],
    // clean variants: -shi with a prefecture, postal code and Tel; the Japanese order (town then number) with a spaced dash; a floor and
    // Tel.; banchi spelt out; a branch office with -machi, a district and City
    ['Questions: Citizens Division, Yanagawa City Hall, 87-1 Honmachi, Yanagawa-shi, Fukuoka 832-8601, Tel 0944-77-8418', '0944-77-8418'],
    ['Inquiries: Kitahara Hakushu Museum, Okinohata-machi 55-1, Yanagawa — 0944-72-6773', '0944-72-6773'],
    ['Apply to the Lifelong Learning Division, Yanagawa City Hall 2F, 87-1 Honmachi, Yanagawa, Fukuoka Prefecture, Tel. 0944-77-8804.', '0944-77-8804'],
    ['Yanagawa City Hall, 87 Banchi 1 Honmachi, Yanagawa, TEL: 0944-77-8418', '0944-77-8418'],
    ['For details, contact the Mitsuhashi Branch Office, 1-2-3 Mitsuhashi-machi Takabatake, Yanagawa City: 0944-72-1111', '0944-72-1111'],
  ])('reads %s as a public line', (text, number) => {
    expect(run(text).filter((x) => x.includes(number) && !x.includes(':info:'))).toEqual([])
  })
  it.each([
    // still flagged: a person's address and number on the same kind of line, a staff member's own mobile, a home after an office named
    // earlier, a Japanese name with 様
    ['Contact: Mr. Ken Tanaka, 87-1 Honmachi, Yanagawa — 090-1234-5678', 'personal-info/mobile:block:090-1234-5678'],
    ['Please call Ms. Nguyen, 87-1 Honmachi, Yanagawa / 0944-12-3456', 'personal-info/phone:warn:0944-12-3456'],
    ['Mr. Koga of the Tax Division, 87-1 Honmachi, Yanagawa / 090-2345-6789', 'personal-info/mobile:block:090-2345-6789'],
    ['The Tax Division returned the wallet to its owner at 3-5-12 Mitsuhashi, Yanagawa / 0944-72-1234', 'personal-info/phone:warn:0944-72-1234'],
    ['田中様 3-5-12 Mitsuhashi, Yanagawa 0944-72-1234', 'personal-info/phone:block:0944-72-1234'],
  ])('still flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/line-id (5(1)), round 62: a LINE ID told as a statement with a particle after ID (blind R62A-123)', () => {
  // Kind: a private person's LINE ID given as the predicate of a sentence (LINEのIDは micchan_0731 なんだって, ラインIDが yui.0415 やけん,
  // LINE IDって taro-88): a particle between ID and the value. With the person named (みっちゃん, 翔太くん, 田中さん) it blocks.
  it.each([
    ['さげもんちゃんだよ🎎✨ 今日お手伝いしてくれた高校生ボランティアのみっちゃん、LINEのIDは micchan_0731 なんだって〜！さげもん好きな人はお友だちになってあげてね💕\n#柳川 #さげもん #ボランティア', 'personal-info/line-id:block:micchan_0731'],
    ['サッカー部の翔太くん、LINE IDは shota_2008 やけん、気軽に話しかけてね！', 'personal-info/line-id:block:shota_2008'],
    ['受付ボランティアの田中さんのLINEのIDが tanaka.k88 です。', 'personal-info/line-id:block:tanaka.k88'],
    ['ラインのIDって yui-0415 らしいよ〜 みんな追加してあげて', 'personal-info/line-id:warn:yui-0415'],
    ['連絡は世話役の古賀さん（LINE ID＝koga.0612）までどうぞ。', 'personal-info/line-id:block:koga.0612'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // the city's official account (@), no ID given, an app version, LINE as a service
    '市の公式LINEのIDは @yanagawa_city です。友だち追加をお願いします。',
    'LINEのIDは、個人情報です。むやみに教えないようにしましょう。',
    'LINEのIDは ver.13.5 以降のアプリで検索できます。',
    'LINEのIDは iPhoneの設定画面からは変更できません。',
  ])('passes %s', (text) => expect(run(text).filter((f) => f.includes('line-id'))).toEqual([]))
})

describe('personal-info/identifiable-person (4(4)), round 62: an age with an honorific is a nursery\'s name for a group of children (blind GY-006/037)', () => {
  // Kind: 0歳さん, 2歳さん・3歳さん, 三歳さん, 1歳半さん, 6か月さん, 4歳ちゃん: a childcare centre or nursery calls a group of toddlers by their
  // age with さん or ちゃん. A number right before 歳, 才 or か月 is an age, never a name, so nobody is named. (さんぽ after お is a walk.)
  it.each([
    '子育て支援センター「すいすい」の今日のひとこま🌷\n0歳さんから2歳さんまで、ボールプールで元気いっぱいに遊びました。来週は身体測定の日です。母子健康手帳をお持ちくださいね😊\n#柳川 #子育て支援センター #親子ひろば',
    '【子育て支援センター日誌】10月のひとこま\n\nこんにちは！子育て支援センター「すいすい」です🍂\nすっかり秋らしくなりましたね。10月は、運動あそびの日とハロウィン工作、それに保健師さんのミニ講座がありました。\n\n■運動あそびの日（10月8日）\nホールにマットや平均台を並べて、サーキットあそびをしました。はいはいの赤ちゃんはトンネルくぐり、2歳さん・3歳さんは平均台わたりに挑戦！最後はみんなで大きなバルーンをふわふわ揺らして、笑顔いっぱいの時間になりました🎈\n\n■ハロウィン工作（10月22日）\n画用紙と紙皿で、かぼちゃのお面を作りました。シールを貼ったり、クレヨンで顔を描いたり。できあがったお面をつけて、センターの中を「おさんぽパレード」しました。\n\n■保健師さんのミニ講座（10月29日）\nテーマは「乳幼児の予防接種と、冬にはやる病気」でした。内容を少しだけご紹介します。\n・予防接種は、母子健康手帳で接種歴を確認しながら、かかりつけの医療機関で計画的に受けましょう。\n・インフルエンザや胃腸炎がはやる季節は、手洗いとこまめな換気を。\n・発熱したときは、水分をとらせて様子を見ましょう。ぐったりしている、水分がとれない、けいれんしたなどのときは、すぐに受診してください。\n・夜間や休日に受診を迷ったときは、小児救急電話相談（#8000）に相談できます。\n※予防接種の日程や対象年齢は、市ホームページの「予防接種」のページでご確認ください。\n\n■11月の予定\n○11月5日（水）10時30分〜　秋のお散歩会（雨天時はお部屋あそび）\n○11月12日（水）10時〜　身体測定\n○11月19日（水）10時30分〜　親子ヨガ（定員10組・要予約）\n※親子ヨガのご予約は、11月4日（火）から電話で受け付けます。\n\n■センターのご案内\n○開館時間：月曜〜金曜 9時30分〜16時（祝日・年末年始は休み）\n○場所：柳川市子育て支援センター「すいすい」（三橋保健センター1階）\n○電話：0944-72-5181\n\nちょっとした子育ての悩みも、スタッフや保健師にお気軽にお話しくださいね😊',
    '2歳さん・3歳さんは平均台わたりに挑戦！',
    '1歳さんはお散歩カーでおさんぽに出かけました。',
    '4歳ちゃんと5歳ちゃんが仲良く積み木で遊びました。',
    '三歳さんのお部屋では、粘土あそびをしました。',
    '1歳半さんは、手づかみ食べの練習中です。',
    '6か月さんから1歳さんまでの赤ちゃんが、ふれあい遊びを楽しみました。',
    '1歳5か月さんは、よちよち歩きで1歳の誕生会に参加しました。',
    '2歳さんは、みんなでおさんぽに行きました。',
  ])('passes %s', (text) => expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([]))
  it.each([
    // still flagged: a child named in the same sentence as the age group, with their age and where they live; a given name ending in 歳
    ['3歳さんの古賀ゆいちゃんは沖端町在住です。', 'personal-info/identifiable-person:block:古賀ゆいちゃん'],
    ['1歳半さんのクラスに入った江口ひなたちゃん（1歳）は三橋町在住です。', 'personal-info/identifiable-person:block:江口ひなたちゃん'],
    ['4歳ちゃんの古賀そうたくん（蒲池地区在住）が、ボールプールで遊びました。', 'personal-info/identifiable-person:block:古賀そうたくん'],
    ['おさんぽ中の古賀ゆいちゃん（2歳・三橋町在住）に会いました。', 'personal-info/identifiable-person:block:古賀ゆいちゃん'],
    ['千歳さん（8歳）は三橋町在住です。', 'personal-info/identifiable-person:warn:千歳さん'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/address (5(1)), round 63: a house number with 先 or 地先 is the road in front of a lot (blind R63A-072)', () => {
  // Kind: 三橋町高畑245番地先, 本町1丁目2番3号地先, 520番地先から: 地先 is how a road-works, closure or accident notice places a stretch of
  // public road or waterway by the lot beside it; no home is told. A home or a person tied to it (番地先の田中様宅, 番地先にお住まいの古賀さん,
  // ご自宅は…番地先) is still someone's address.
  it.each([
    '【通行止めのお知らせ】\n\n下水道工事のため、下記の区間を通行止めにします。\n\n区間：三橋町高畑245番地先〜同312番地先（延長約150ｍ）\n期間：11月10日（月）〜11月28日（金）\n時間：8時30分〜17時（夜間・土日は通行できます）\n\n迂回路は現地の案内看板をご確認ください。問い合わせ：下水道課 0944-77-8563',
    '本町1丁目2番3号地先の市道で舗装工事を行います。',
    '大和町中島520番地先から同600番地先まで、片側交互通行となります。',
    '昨日午後、三橋町藤吉1234番地先の県道で乗用車とバイクの事故がありました。',
    '沖端町12番地3先の水路で、しゅんせつ作業をします。',
    '水道管の漏水修理のため、西蒲池五百二十一番地先で断水する場合があります。',
  ])('passes %s', (text) => expect(run(text).filter((x) => x.startsWith('personal-info/address'))).toEqual([]))
  it.each([
    // still flagged: a home or a resident at the lot, the address as a home's topic, a house number without 先
    ['三橋町高畑245番地先の田中様宅前で工事をします。', 'personal-info/address:block:三橋町高畑245番地'],
    ['苦情が多いのは、三橋町高畑245番地先にお住まいの古賀さんのお宅です。', 'personal-info/address:block:三橋町高畑245番地'],
    ['田中さんのご自宅は三橋町高畑245番地先の角です。', 'personal-info/address:block:三橋町高畑245番地'],
    ['通行止めの区間は、三橋町高畑245番地の古賀さん宅前までです。', 'personal-info/address:block:三橋町高畑245番地'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/phone (5(1)), round 63: a desk named by the work it has in charge (統計担当 0944-…) owns its number (blind GZ-032)', () => {
  // Kind: 統計担当, 税務担当, 防災担当, 子育て支援担当: a unit of a 課 named by its work with 担当 glued on, no one's name after it (担当：古賀
  // is the person in charge). Its fixed line is the desk's public number, a note at most. A person or a home owning the number in
  // its phrase still blocks; a mobile or a free-mail address there is the staff member's own.
  it.each([
    '【国勢調査】調査員は、顔写真付きの「調査員証」を首から下げ、腕章を着けて伺います。調査員が口座番号や暗証番号を聞いたり、お金を求めたりすることはありません。不審に思ったら統計担当 0944-77-8237 へ。',
    'ご不明な点は税務担当（0944-77-8231）までお問い合わせください。',
    '避難所の開設状況は、防災担当：0944-77-8175 で確認できます。',
    '申請については、子育て支援担当 0944-77-8460 へご連絡ください。',
    'お問い合わせ　福祉課 高齢者支援担当 0944-77-8012',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    ['統計担当の古賀さんの携帯 090-1234-5678 へ。', 'personal-info/mobile:block:090-1234-5678'],
    ['不審に思ったら防災担当 090-2345-6789 まで。', 'personal-info/mobile:block:090-2345-6789'],
    ['夜間は税務担当の山田さんのご自宅 0944-77-8231 へ。', 'personal-info/phone:block:0944-77-8231'],
    ['調査票の質問は調査担当 yamada.k@gmail.com まで。', 'personal-info/email:block:yamada.k@gmail.com'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/phone (5(1)), round 63: a bare number in a post that names its contact desk is the desk’s (blind GZ-147)', () => {
  // Kind: the number stands bare, alone on its line or right after a sentence (まずはお電話ください。⏎0944-…), nothing in its paragraph owning
  // it, while the post names its contact desk on a heading line (■窓口 生活自立相談センター, 【問い合わせ先】…センター, お問い合わせ：…課,
  // 問い合わせ先は…課です) in that or another paragraph: the desk's public line, a note at most. A private person or a home told in the
  // number's paragraph or between it and the desk (民生委員の山田さん, …方のご自宅), a mobile, or no desk named: still flagged.
  it.each([
    '【食料の支援が必要な方へ】\n\n収入が減って食費に困っている方に、フードバンクから寄せられた食品をお渡ししています。\n\n■窓口　生活自立相談センター（市役所本庁舎2階 福祉課内）\n■受付　平日9時〜16時\n\n相談の内容や個人情報が外部にもれることはありません。まずはお電話ください。\n0944-77-8566',
    '【ワクチン接種の予約】\n\n予約は電話で受け付けます。\n\n【問い合わせ先】\n柳川市新型コロナワクチン接種相談センター\n\n平日9時〜17時にお電話ください。\n0944-77-8123',
    'お問い合わせ：健康づくり課\n\n詳しくは、お気軽にお電話ください。0944-77-8451',
    'ひとりで悩まず、まずはお電話を。\n0944-77-8566\n\n■相談窓口　柳川市消費生活センター（市役所本庁舎1階）',
    '問い合わせ先は子育て支援課です。\n\n受付は平日8時30分〜17時15分。お気軽にどうぞ！\n・0944-77-8462',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    ['■窓口　生活自立相談センター\n\n地区の民生委員、山田さんにも直接ご相談いただけます。\n0944-77-8566', 'personal-info/phone:warn:0944-77-8566'],
    ['■窓口　生活自立相談センター\n\n相談の内容や個人情報が外部にもれることはありません。まずはお電話ください。\n090-1234-5678', 'personal-info/mobile:block:090-1234-5678'],
    ['■窓口　福祉課\n\n夜間は、食品を届けてくださった方のご自宅にお電話ください。\n0944-77-8566', 'personal-info/phone:warn:0944-77-8566'],
    ['■窓口　福祉課\n\n食品を寄付してくださった松尾さんにお礼の電話をどうぞ。\n\nまずはお電話ください。\n0944-77-8566', 'personal-info/phone:warn:0944-77-8566'],
    ['【食料の支援が必要な方へ】\n\n相談の内容や個人情報が外部にもれることはありません。まずはお電話ください。\n0944-77-8566', 'personal-info/phone:warn:0944-77-8566'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/phone (5(1)), round 64: a clinic named by its specialty owns its number (■内科　おきのはた内科　0944-…) (blind R64A-138)', () => {
  // Kind: a holiday-duty list or a notice names a medical practice by its specialty (○○内科, ○○眼科, ○○整形外科, ○○小児科) or a
  // pharmacy (○○薬局) right before its number: the practice's public line, as ○○医院 and ○○クリニック are (a note at most). A
  // person or a home owning the number in its phrase, or a mobile labelled as someone's, still blocks.
  it.each([
    '【休日当番医（1月18日）】\n\n■内科　おきのはた内科　0944-74-2210\n■外科　やながわ中央病院　0944-72-1188\n\n診療時間は9時〜17時です。受診前に電話でご確認ください。',
    '■眼科　たなか眼科　0944-72-3456',
    '休日の当番医は みやけ整形外科（0944-73-5555）です。',
    'きつかときは、ほりわり小児科 0944-72-6161 に電話してみてね',
    '当番薬局：みなみ薬局 0944-74-8888',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    ['内科の受付で倒れられた山田さんのご自宅 0944-72-1234 に連絡しました。', 'personal-info/phone:block:0944-72-1234'],
    ['■内科　おきのはた内科　院長の携帯 090-1234-5678', 'personal-info/mobile:block:090-1234-5678'],
    ['おきのはた内科でお会いした古賀様（0944-74-2210）', 'personal-info/phone:block:0944-74-2210'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/phone (5(1)), round 64: 予約は…までに 0944-…へ: a contact label as the topic, when to call in between (blind HA-122)', () => {
  // Kind: a service notice gives where to book or ask as the topic of its sentence (予約は, ご予約は, お問い合わせは, 申し込みは) and tells
  // when to call before the number (利用日の前日17時まで、, 平日の9時〜17時に, 開館時間中に), the number then given as where to call (へ,
  // まで, に電話): the label is the number's, as in 予約：0944-…, a note at most. A home, a mobile, a person named in between, or a
  // number bracketed with someone's home, still flagged.
  it.each([
    '【年末年始のデマンドタクシー】予約制の乗合タクシー「のりあい号」は、12月29日（月）〜1月3日（土）は運休します。予約は利用日の前日17時まで、0944-74-1555へ。',
    'ご予約は、平日の9時〜17時に 0944-72-5555 へお電話ください。',
    'お問い合わせは、開館時間中に 0944-74-1234 まで。',
    '予約は前の日の5時までに、0944-74-1555 に電話してはいよ。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    ['予約は、代表の山田さんのご自宅 0944-74-1555 へ。', 'personal-info/phone:block:0944-74-1555'],
    ['予約は利用日の前日17時まで、運転手の古賀さんの携帯 090-1234-5678 へ。', 'personal-info/mobile:block:090-1234-5678'],
    ['予約は利用日の前日に、山田 花子さん（0944-74-1555）へ。', 'personal-info/phone:block:0944-74-1555'],
    ['予約は利用日の前日17時まで、0944-74-1555（山田さん宅）へ。', 'personal-info/phone:warn:0944-74-1555'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/my-number (5(1)), round 64: a made-up number shown as the example of how to fill in the field (記入例：1234 5678 9012（説明用の架空の番号です）) is a mention (blind R64A-018)', () => {
  // Kind: a how-to shows the format of the 個人番号 field with a number that is nobody's: declared made up in a note right after it
  // (架空, ダミー, 説明用, 実在しない), or a dummy run (1234 5678 9012, 9876 5432 1098, 1111 2222 3333) shown as an example (記入例：, 例：,
  // …のように, a 記入例 heading). A mention, info at most. A number that could be real (check digit right, no dummy) stays flagged even as
  // an example, and so does a dummy given as someone's number, or a note that denies being made up.
  it.each([
    '【確定申告書の書き方】\n\n個人番号欄には、マイナンバーカードに記載された12桁の番号を記入してください。\n記入例：1234 5678 9012（説明用の架空の番号です）\n\n申告相談は2月16日（月）から、柳川市役所 本庁舎（柳川市本町87番地1）で受け付けます。',
    'マイナンバーの記入例：1234 5678 9012（架空の番号です）',
    '例：マイナンバー 9876 5432 1098 のように、4桁ずつ区切って書いてください。',
    '個人番号の書き方の見本たい。1111 2222 3333（架空の番号やけん、まねせんでね）',
    '記入例\n個人番号：1234 5678 9012\n氏名：柳川 花子',
  ])('passes %s', (text) => expect(run(text).filter((x) => x.startsWith('personal-info/my-number') && !x.includes(':info:'))).toEqual([]))
  it.each([
    ['マイナンバー：1234 5678 9012', 'personal-info/my-number:warn:1234 5678 9012'],
    ['マイナンバーの記入例：3907 2284 5516のように4桁ずつ書きます', 'personal-info/my-number:warn:3907 2284 5516'],
    ['マイナンバーの記入例：6214 9832 0257（山田様の番号をお借りしました）', 'personal-info/my-number:block:6214 9832 0257'],
    ['記入例を見ながら書いてくださった山田様の個人番号は 6214 9832 0257 でした。', 'personal-info/my-number:block:6214 9832 0257'],
    ['マイナンバー 5518 2093 7746（架空の番号ではありません）', 'personal-info/my-number:block:5518 2093 7746'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/address (5(1)), round 64: the house a named private person lives in, named a sentence back (…ご夫妻を訪ねました。⏎…古民家（…412番地）を改修されています) (blind R65A-001)', () => {
  // Kind: a warm profile of people who moved in. The person is named in the paragraph before the address (often a sentence back, out
  // of reach of the words right before it); the house number is given for a dwelling (古民家, 町家, 一軒家, 新居, 古か家) in the bracket
  // after it, as its topic (新居は…番地) or after it; and the sentence, or the one before, tells that they live there, moved in or do it
  // up (移り住む, 暮らす, 改修, 手直し). Their home's address, published: block.
  it.each([
    ['【移住者さんの暮らし訪問】\n\n昨年の秋に東京都から移り住まれた森田 隆さん・由美さんご夫妻を訪ねました。\n空き家バンクで出会った築60年の古民家（柳川市三橋町久末412番地）を、週末ごとにお二人でこつこつ改修されています。\n縁側から掘割が見えるのが決め手だったそうで、「朝の水面を眺めながらコーヒーを飲むのが日課です」と笑顔で話してくださいました。\n\n柳川での新しい暮らし、これからも応援しています🌿', 'personal-info/address:block:柳川市三橋町久末412番地'],
    ['古賀さんご夫婦は昨年、佐賀市から越してこられました。いまは空き家だった町家（柳川市沖端町12番地3）を少しずつ直しながら暮らしています。', 'personal-info/address:block:柳川市沖端町12番地3'],
    ['山口さんとこは去年の春に越してきなさったと。掘割沿いの古か家（柳川市三橋町江曲228番地の1）ば、家族で手直ししよんなさる。', 'personal-info/address:block:柳川市三橋町江曲228番地の1'],
    ['先輩移住者の森田さんご夫妻が、今年の春に移り住まれました。\nお二人の新居は、掘割まで歩いて1分の柳川市三橋町久末412番地です。', 'personal-info/address:block:柳川市三橋町久末412番地'],
    ['福岡市から来られた田中 健一さん一家を訪ねました。リフォームを終えたばかりの一軒家（柳川市大和町中島1520番地）で、4人で暮らしていらっしゃいます。', 'personal-info/address:block:柳川市大和町中島1520番地'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // a dwelling used as a venue or a public place, no one named, a historic house, a shop in an old house
    '古民家（柳川市三橋町久末412番地）で、みそづくり体験を開催します。講師は地元の山田さんです。',
    '空き家バンクに登録された古民家（柳川市三橋町久末412番地）を、移住希望の方に向けて内覧会で公開します。',
    '移住者の森田 隆さんにお話をうかがいました。\n会場の古民家（柳川市三橋町久末412番地）は、市が改修した交流拠点です。',
    '旧戸島家住宅（柳川市坂本町25番地1）は国指定名勝です。移住相談会の参加者の皆さんと見学しました。',
    'ご夫妻が営む古民家カフェ（柳川市三橋町久末412番地）は、移住された森田さんが改修したお店です。',
    '森田さんたちが直しよんなった古民家は、いまは地区の集会所（柳川市三橋町久末412番地）になっとります。',
    '森田さんご夫妻が移住先を探していたころに見学された古民家（柳川市三橋町久末412番地）で、来月、移住体験会を開きます。',
  ])('passes %s', (text) => expect(run(text).filter((x) => x.startsWith('personal-info/address'))).toEqual([]))
})

describe('personal-info (5(1)), round 66: a welfare or disability status told of a named person, and a caseworker\'s ケース番号 (blind R66A-008, R66A-112)', () => {
  // Kind: a status the city records of a person — receiving public assistance (生活保護を受給中の, 生活保護受給者の; 生活保護の〇〇さん with
  // the benefit told: 保護費の支給日, ケース番号), a disability certificate and its grade (療育手帳Ａ, 身体障害者手帳1級), a care or support
  // level (要介護3, 障害支援区分4) — told of a named person: in the bracket after the name, right before it as what they are, or as what
  // the name's clause says (〇〇さんは生活保護を受けとんなさる). Sensitive information about an identifiable person: block. A caseworker's
  // ケース番号 (Ｈ－０４２１７) is a number given to a person, like 受給者番号.
  it.each([
    // the misses
    ['月初めはいつもバタバタ。生活保護の江口さん（ケース番号 Ｈ－０４２１７）、今月も保護費の支給日に朝イチで窓口に来られるはず。こっちも気合い入れて準備します。', 'personal-info/personal-id:block:Ｈ－０４２１７'],
    ['月初めはいつもバタバタ。生活保護の江口さん（ケース番号 Ｈ－０４２１７）、今月も保護費の支給日に朝イチで窓口に来られるはず。こっちも気合い入れて準備します。', 'personal-info/identifiable-person:block:江口さん'],
    ['移動支援ボランティアの皆さん、いつもありがとうございます。\n先週は中山の甲斐田 亮太さん（療育手帳Ａ）と一緒に、白秋祭の水上パレードを見に行きました。亮太さん、舟が通るたびに手を振ってとても楽しそうでした。\nボランティアは随時募集中です。', 'personal-info/identifiable-person:block:甲斐田 亮太さん'],
    // variants: no case number; a verb before the name; dialect after it; a certificate grade in the bracket; a grade before a given name;
    // a care level; a case number written ケースNo.
    ['生活保護の江口さん、今月も保護費の支給日に朝イチで窓口に来られるはず。', 'personal-info/identifiable-person:block:江口さん'],
    ['生活保護を受給中の古賀 和夫さんが、今朝も窓口に来られました。', 'personal-info/identifiable-person:block:古賀 和夫さん'],
    ['古賀さんは生活保護を受けとんなさるけん、支給日は毎月ここに来らすとよ。', 'personal-info/identifiable-person:block:古賀さん'],
    ['松尾ミチ子さん（身体障害者手帳1級）も、車いすで参加してくださいました。', 'personal-info/identifiable-person:block:松尾ミチ子さん'],
    ['療育手帳B判定の翔太くん、今日は作業所でパンを焼きました！', 'personal-info/identifiable-person:block:翔太くん'],
    ['要介護3の堤 ハルエさんのお宅に、ヘルパーさんが毎朝伺っています。', 'personal-info/identifiable-person:block:堤 ハルエさん'],
    ['保護係より。堤さん（ケースNo.H-10382）の書類がまだ届いていません。', 'personal-info/personal-id:block:H-10382'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // the status as a topic, a staff member of the welfare desk, recipients as a group, someone else's care level, a quoted example,
    // a display case's number
    '療育手帳A・Bをお持ちの方は、窓口で割引が受けられます。',
    '生活保護の相談は、福祉課の江口さんまでお気軽にどうぞ。',
    '生活保護の江口さんに相談してください。',
    '療育手帳の交付事務は、障がい者支援係の古賀さんが担当しています。',
    'ケースワーカーの江口さんは、生活保護受給者の皆さんの相談に乗っています。',
    '身体障害者手帳1級・2級の方は入館料が無料です。',
    '古賀さんは、生活保護の申請を受け付ける窓口の担当です。',
    '「生活保護を受給中の江口さん」といった書き込みは、個人情報の漏えいにあたります。',
    '「甲斐田 亮太さん（療育手帳Ａ）」といった書き方は避けてください。',
    '展示ケース番号1024の土器は、弥生時代のものです。',
    'ケース番号は、お問い合わせの際にお伝えください。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info/phone (5(1)), round 66: a service line, an English call to a named body, a correction of a desk’s number (blind HB-016, HB-034, HB-053)', () => {
  // Kinds: (1) a number labelled as a line kept for one service (予約専用, 相談専用電話, 予約専用ダイヤル, お問い合わせ・予約専用): a private person
  // keeps no booking line, so the label is the number's, as in 予約：0944-…. (2) An English notice that names a public body (the Yanagawa City
  // Welfare Center, the Citizens Division) and asks the reader to call a number (please call, call us at, contact … on), nothing private told in
  // the number's sentence. (3) A correction that says which desk's number was wrong (女性相談室の電話番号を誤って): the wrong one given after
  // （誤） mid-sentence is withdrawn (a mention) and the right one after （正） is the desk's line. A note at most for all three.
  it.each([
    // the false positives
    ['【病児保育室「すいごう」をご利用ください】\n\nお子さんが病気の回復期にあり、集団保育が難しいときにお預かりします。\n\n■場所　柳川市三橋町今古賀45番地1（すいごう小児クリニック併設）\n■時間　平日8時〜18時\n■利用料　1日2,000円（生活保護世帯・市民税非課税世帯は減免あり）\n\n※前日までに電話で予約してください。予約専用 0944-74-3290', '0944-74-3290'],
    ['The Yanagawa City Welfare Center is open as a welfare evacuation shelter from 3 p.m. today. People with disabilities, older people who need care, and their families can stay there. If you need help to evacuate, please call 0944-77-8745.', '0944-77-8745'],
    ['【お詫びと訂正】11月8日の投稿で、女性相談室の電話番号を誤って記載していました。（誤）0944-77-8793（正）0944-77-8739 です。誤った番号にお電話された方には、ご迷惑をおかけし申し訳ございませんでした。', '0944-77-87'],
    // clean variants
    ['ご予約は予約専用ダイヤル（0944-72-1234）で承ります。', '0944-72-1234'],
    ['相談専用電話 0944-77-8566 におかけください。', '0944-77-8566'],
    ['お問い合わせ・予約専用：0944-73-0021', '0944-73-0021'],
    ['The Disaster Prevention Division has opened three shelters. For transport, call us at 0944-77-8175.', '0944-77-8175'],
    ['Yanagawa City Hall is closed on Monday. Please contact the Citizens Division on 0944-77-8418.', '0944-77-8418'],
    ['Lost items are kept at the Yanagawa Tourist Information Center. Call 0944-74-4141 for details.', '0944-74-4141'],
    ['【訂正】先日の投稿で観光課の番号に誤りがありました。誤：0944-73-2145、正：0944-73-2146 です。', '0944-73-214'],
    ['【お詫び】防災安全課の電話番号を間違って掲載しました。（誤）0944-77-8170（正）0944-77-8175', '0944-77-817'],
    ['【おわびと訂正】ファミリー・サポート・センターの連絡先が誤っとりました。(誤)0944-72-1111 (正)0944-72-1112 です。', '0944-72-111'],
  ])('reads %s as a public line', (text, number) => {
    expect(run(text).filter((x) => x.includes(number) && !x.includes(':info:'))).toEqual([])
  })
  it.each([
    // still flagged: a private person's mobile after the label, a home owning the number, a private person called in English, a mobile or
    // no body named in English, a private person's number corrected, a mobile given as the right one, a home said to be the wrong one
    ['予約は古賀さんの携帯へ。予約専用 090-1234-5678', 'personal-info/mobile:block:090-1234-5678'],
    ['予約専用、山田さんのご自宅 0944-74-3290 へ', 'personal-info/phone:block:0944-74-3290'],
    ['The Yanagawa City Welfare Center is open. If you need help, please call Ms. Tanaka at home, 0944-77-8745.', 'personal-info/phone:warn:0944-77-8745'],
    ['The Yanagawa City Welfare Center is open. If you need help, please call 090-1234-5678.', 'personal-info/mobile:block:090-1234-5678'],
    ['The shelter is open. If you need help, please call 0944-77-8745.', 'personal-info/phone:warn:0944-77-8745'],
    ['【お詫びと訂正】11月8日の投稿で、山田さんの電話番号を誤って記載していました。（誤）0944-77-8793（正）0944-77-8739 です。', 'personal-info/phone:warn:0944-77-8739'],
    ['【お詫びと訂正】女性相談室の電話番号を誤って記載していました。（誤）0944-77-8793（正）090-1234-5678 です。', 'personal-info/mobile:block:090-1234-5678'],
    ['【お詫びと訂正】女性相談室の電話番号を誤って個人宅の番号で記載していました。（誤）0944-77-8793（正）0944-77-8739 です。', 'personal-info/phone:warn:0944-77-8793'],
  ])('still flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/address (5(1)), round 66: the look-back stops at a sentence end, and public housing (市営住宅, お試し住宅) is no one’s home', () => {
  // Kinds: (1) a person named in a sentence that has ended (…森田さんご夫妻。⏎旧戸島家住宅（…25番地1）) does not own an address in the next one:
  // the 15-character look-back for さん, 様, 宅 stops at 。！？. (2) Housing the city or a public body lets (市営住宅, 県営住宅, お試し住宅,
  // 移住体験住宅, 応急仮設住宅) named with its lot is a public building, not a home (宅 inside it is no 様宅). A home or a person tied to the
  // address in its own sentence (田中様宅（…）, 森田さんご夫妻のお宅（…）, 入居者、古賀さん（…）) still blocks.
  it.each([
    // the false positives
    '今日の案内役は、移住されて3年目の森田さんご夫妻。\n旧戸島家住宅（柳川市坂本町25番地1）の庭を一緒に歩きました。',
    '市営住宅（柳川市三橋町正行431番地）の入居者を募集します。',
    'お試し住宅（柳川市沖端町45番地2）の利用者を募集します。',
    // clean variants
    '案内してくれたのは古賀さん。旧戸島家住宅（柳川市坂本町25番地1）の座敷でお茶をいただきました。',
    'お世話になった田中さん！柳川市沖端町45番地2の公民館で会いました。',
    '県営住宅（柳川市大和町中島1520番地）の入居者を随時募集しています。',
    '移住体験住宅（柳川市沖端町45番地2）は、1泊1,000円でご利用いただけます。',
    '応急仮設住宅（柳川市三橋町藤吉1234番地）の入居受付を始めました。',
  ])('passes %s', (text) => expect(run(text).filter((x) => x.startsWith('personal-info/address'))).toEqual([]))
  it.each([
    ['市営住宅にお住まいの田中様宅（柳川市三橋町正行431番地）で火災がありました。', 'personal-info/address:block:柳川市三橋町正行431番地'],
    ['森田さんご夫妻のお宅（柳川市坂本町25番地1）にお邪魔しました。', 'personal-info/address:block:柳川市坂本町25番地1'],
    ['今日の案内役は森田さんご夫妻。森田様宅（柳川市坂本町25番地1）の庭を一緒に歩きました。', 'personal-info/address:block:柳川市坂本町25番地1'],
    ['市営住宅の入居者、古賀さん（柳川市三橋町正行431番地）から苦情が寄せられました。', 'personal-info/address:block:柳川市三橋町正行431番地'],
    ['お試し住宅の利用者さん宅（柳川市沖端町45番地2）を訪ねました。', 'personal-info/address:block:柳川市沖端町45番地2'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/mobile (5(1)), round 69: a number found written on someone’s lost belongings, 「…」という番号のメモ (blind R69A-033)', () => {
  // Kind: a lost-property notice that tells what was found on the item, a private owner's name and a mobile number written there (手帳に
  // 「堤 さくら」さんのお名前と、〇九〇・三八二一・五五七四 という番号のメモ). 「…」という番号 is a quoting device, read as an example of a format
  // (「090-1234-5678」という番号から電話が…); followed by what it was written on or that it was written (のメモ, が書かれた, の入ったシール,
  // が書いてありました), the number is a fact about the item: the owner's, and a mobile blocks.
  it.each([
    // the miss
    ['【図書館からのお知らせ】\n本館1階の閲覧席に、利用者カードと手帳の忘れ物がありました。手帳には「堤 さくら」さんのお名前と、〇九〇・三八二一・五五七四 という番号のメモがはさまっています。\nお心当たりの方は、本館カウンターまでお越しください。', 'personal-info/mobile:block:〇九〇・三八二一・五五七四'],
    // variants
    ['財布の中に「中島 蓮」様の名刺が入っており、080-2719-4450 という番号が書かれていました。お心当たりの方は市民課までお越しください。', 'personal-info/mobile:block:080-2719-4450'],
    ['忘れ物の傘に「こが みさき」さんと名前があり、持ち手に〇八〇－六六一二－三三八七という番号が書いてありました。', 'personal-info/mobile:block:〇八〇－六六一二－三三八七'],
    ['忘れ物のかばんに、「松尾 健太」さんて名前と、070-3344-5566 ていう番号ば書いた紙の入っとりました。心当たりの方は窓口まで来てくれんですか。', 'personal-info/mobile:block:070-3344-5566'],
    ['体育館の落とし物の水筒に、090・4462・9018 という番号の入ったシールと「古賀 由美」さんのお名前がありました。', 'personal-info/mobile:block:090・4462・9018'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives: a number quoted as a caller to beware of or as a format, a notice with no number, the desk keeping the item
    '「090-1234-5678」という番号から電話があっても、折り返さないでください。',
    '「050-1234-5678」という番号から不審な電話が続いています。',
    '「090-1234-5678」という形式で、ハイフンを入れて記入してください。',
    '手帳の忘れ物がありました。お名前や番号のメモは入っていませんでした。お心当たりの方は本館カウンターまでお越しください。',
    '拾得物の手帳は、柳川市立図書館（0944-73-2145）でお預かりしています。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info/phone (5(1)), round 69: a desk’s line asked for in English by what the line is for, and a desk spelt in hiragana as one word (blind HD-005, HD-031)', () => {
  // Kinds: (1) an English notice from a public body (the Yanagawa City Board of Education) asking the reader to call a line named by what it is
  // for (call the school counseling line at, contact the school safety desk at): the body's line, as call the center at is. (2) やさしい日本語
  // naming the desk as one hiragana word with its kind glued (がっこうきゅうしょくか, ぜいむか, こそだてしえんがかり), right before a fixed line
  // given as where to call (… に でんわ して ください) or after a colon: the 課 or 係 that ORG_END reads in kanji. A note at most.
  it.each([
    // the false positives
    ['A message from the Yanagawa City Board of Education: words like "stupid", "nobody likes you" or "just disappear" can hurt deeply, even as a joke. If you are worried, please call the school counseling line at 0944-77-8650 (weekdays 9:00-17:00).', '0944-77-8650'],
    ['きゅうしょくひ（がっこうの ひるごはんの おかね）の おしらせ\n\n4がつ から、きゅうしょくひ は まいつき 10にち に、ぎんこう の こうざ から ひかれます。\n2がつ に がっこう から もらう かみ に かいて、2がつ 27にち までに がっこう に だして ください。\nわからない ときは、がっこうきゅうしょくか 0944-77-8805 に でんわ して ください。', '0944-77-8805'],
    // clean variants
    ['From the Yanagawa City Board of Education: if your child is being bullied, please call the school support hotline at 0944-77-8651.', '0944-77-8651'],
    ['Yanagawa City Hall: for questions about the new garbage rules, please call the waste reduction office at 0944-77-8123 on weekdays.', '0944-77-8123'],
    ['A message from the Yanagawa City Disaster Prevention Division: to report damage, call the emergency information line on 0944-77-8101.', '0944-77-8101'],
    ['The Yanagawa City Board of Education asks parents to check school routes. Please contact the school safety desk at 0944-77-8652.', '0944-77-8652'],
    ['もうしこみ は、こそだてしえんか 0944-77-8811 へ でんわ して ください。', '0944-77-8811'],
    ['ごみの だしかた が わからない ときは、かんきょうか：0944-77-8123 に きいて ください。', '0944-77-8123'],
    ['ぜいきん の ことは、ぜいむか 0944-77-8050 まで でんわ を ください。', '0944-77-8050'],
    ['わからない ときは、こそだてしえんがかり 0944-77-8812 に でんわ して ください。', '0944-77-8812'],
  ])('reads %s as a public line', (text, number) => {
    expect(run(text).filter((x) => x.includes(number) && !x.includes(':info:'))).toEqual([])
  })
  it.each([
    // still flagged: a private person's home or mobile in the same English call, a mobile as the line, no body named; a person's mobile or
    // home in やさしい日本語, a word that is no desk (なにか, a question) before the number, no desk at all
    ['A message from the Yanagawa City Board of Education: if you are worried, please call Mr. Tanaka\'s home at 0944-77-8650.', 'personal-info/phone:warn:0944-77-8650'],
    ['A message from the Yanagawa City Board of Education: if you are worried, please call the school counseling line at 090-3821-5574.', 'personal-info/mobile:block:090-3821-5574'],
    ['A message from the Yanagawa City Board of Education: if you are worried, please call her mobile line at 090-3821-5574.', 'personal-info/mobile:block:090-3821-5574'],
    ['If you are worried, please call the school counseling line at 0944-77-8650.', 'personal-info/phone:warn:0944-77-8650'],
    ['わからない ときは、たなか さん（090-3821-5574）に でんわ して ください。', 'personal-info/mobile:block:090-3821-5574'],
    ['きゅうしょくか の やまもと さん の けいたい 080-2719-4450 に でんわ して ください。', 'personal-info/mobile:block:080-2719-4450'],
    ['きゅうしょくひ の ことは、やまださんの ご自宅 0944-77-8805 に でんわ して ください。', 'personal-info/phone:block:0944-77-8805'],
    ['わからない ときは、なにか 0944-77-8805 に でんわ して ください。', 'personal-info/phone:warn:0944-77-8805'],
    ['おわかりですか 0944-77-8805 に でんわ して ください。', 'personal-info/phone:warn:0944-77-8805'],
  ])('still flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/email (5(1)), round 70: an address spelt letter by letter with spaces between (blind R70A-086)', () => {
  // Kind: a private person's e-mail address written with a space after every character (a r a k i . h a c h i 7 @ g m a i l . c o m), the
  // same address a harvester cannot read, full-width or with アットマーク standing for @. Runs of five or more single characters are closed up
  // and read again; a public body's domain stays clean, a spaced word (Y A N A G A W A) or a handle (@ y a n a …) holds no address, and one
  // quoted as an example (「t a r o @ …」のように) is a mention.
  it.each([
    // the miss
    ['スズメバチの巣でお困りの方へ🐝\n元市職員で、今は個人でハチの巣の駆除をされている荒木さんが相談に乗ってくれます。連絡はメールで👇\na r a k i . h a c h i 7 @ g m a i l . c o m\n#柳川 #ハチ駆除', 'personal-info/email:block:a r a k i . h a c h i 7 @ g m a i l . c o m'],
    // variants
    ['出店者の古賀さんへの注文はこちらまで📩 k o g a . f a r m 2 2 @ i c l o u d . c o m', 'personal-info/email:block:k o g a . f a r m 2 2 @ i c l o u d . c o m'],
    ['家主の堤さんが直接対応してくれるけん、t s u t s u m i 8 8 アットマーク g m a i l . c o m に連絡してね', 'personal-info/email:block:t s u t s u m i 8 8 アットマーク g m a i l . c o m'],
    ['ボランティア代表・松尾様のご連絡先：ｍ ａ ｔ ｓ ｕ ｏ ． ｈ ＠ ｄ ｏ ｃ ｏ ｍ ｏ ． ｎ ｅ ． ｊ ｐ', 'personal-info/email:block:ｍ ａ ｔ ｓ ｕ ｏ ． ｈ ＠ ｄ ｏ ｃ ｏ ｍ ｏ ． ｎ ｅ ． ｊ ｐ'],
    ['Contact Ms. Ogata directly: o g a t a . y u k i @ g m a i l . c o m', 'personal-info/email:block:o g a t a . y u k i @ g m a i l . c o m'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives: a spaced word, the city's own domain spaced, a quoted example, a spaced handle, spaced capitals
    'Y A N A G A W A の文字をかたどったイルミネーションを点灯しました。',
    '問い合わせ：観光課 k a n k o u @ c i t y . y a n a g a w a . f u k u o k a . j p',
    '迷惑メール対策で「t a r o @ g m a i l . c o m」のように字間を空けて書く人もいますが、読み取られることがあります。',
    '市の公式アカウント @ y a n a g a w a _ c i t y をフォローしてね',
    'Q & A は こちら。 S N S の使い方講座では A B C の順に説明します。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info/address (5(1)), round 70: a land lot (地番, …番 without 番地) tied to its private owner’s name (blind R70A-020)', () => {
  // Kind: a cadastral survey, boundary check or land purchase notice that lists lots the way 地番 are written (今古賀312番・313番, 341番の2,
  // 大字蒲池字北屋敷58番2) with the owner named in the bracket after (（江崎 正和 様）, （所有者 堤 和夫様）, （古賀 ひろみ さん所有）), after a label
  // (所有者の堤 正和さん), or before it in the line (松尾 一郎 様　沖端町88番, 江口さんの土地、蒲池410番): everyone learns whose land is where, and
  // when they will stand on it. The same owner in a bracket after a house number with 番地 blocks too. A range of lots (1200番台〜1350番台,
  // 312番〜341番), a lot with no owner (…付近で測量), owners addressed as a group (所有者の皆様), a queue or counter number (窓口3番, 整理券12番,
  // 打順1番) and the staff in charge (担当 田中さん) are not reported.
  it.each([
    // the miss
    ['【地籍調査 境界立会いのお願い】\n三橋町今古賀地区で一筆地調査を行います。\n10月7日（火）9時30分　今古賀312番・313番（江崎 正和 様）\n10月7日（火）10時30分　今古賀327番（北島 ミヨ子 様）\n10月7日（火）13時30分　今古賀341番の2（立花 浩二 様）\n所有者の方は現地にお越しください。雨天時は翌日に延期します。', 'personal-info/address:block:今古賀312番・313番'],
    // variants
    ['境界確認の立会い日程：11月5日（水）14時　大和町中島1520番（所有者 堤 和夫様）', 'personal-info/address:block:大和町中島1520番'],
    ['市道拡幅の用地買収について、三橋町高畑245番の1、245番の3（古賀 ひろみ さん所有）の測量を来週行います。', 'personal-info/address:block:三橋町高畑245番の1、245番の3'],
    ['地籍調査の立会い、松尾 一郎 様　沖端町88番は10時からです。', 'personal-info/address:block:沖端町88番'],
    ['境界の立ち会いば頼んどった江口さんの土地、蒲池410番やけん、明日9時に現地に来てね。', 'personal-info/address:block:蒲池410番'],
    ['筆界の確認：11/12 10:00 大字蒲池字北屋敷58番2（吉開 トシ子様ほか1名）', 'personal-info/address:block:大字蒲池字北屋敷58番2'],
    ['地籍調査で、今古賀312番の土地は、所有者の堤 正和さんから境界の確認をいただきました。', 'personal-info/address:block:今古賀312番'],
    ['沖端町12番地3（古賀 ひろみ 様）の空き家について、所有者と協議しています。', 'personal-info/address:block:沖端町12番地3'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives: the clean notice (R70A-025), a range, a lot with no owner, counters and queues, owners as a group, the staff in charge
    '【地籍調査のお知らせ】\n\n今年度は次の地区で地籍調査（一筆地調査）を行います。\n■調査地区　大和町塩塚の一部（地番1200番台〜1350番台）\n■調査期間　10月〜12月（予定）\n\n対象の土地所有者の方には、立会いの日時を個別に郵送でお知らせします。\n問い合わせ：農政課 地籍調査係 0944-77-8694',
    '地籍調査を三橋町今古賀312番〜341番の区域で行います。所有者の皆様には個別にご連絡します。',
    '今古賀312番付近の水路で測量を行います（担当：農政課 北島）。',
    '境界立会いの受付は窓口3番（地籍調査係 江崎）で行います。',
    '土地改良区のソフトボール大会、打順は1番（江崎さん）、2番（北島さん）でした！',
    '土地の相談会では整理券12番（古賀様）の方からお呼びします。',
    '地籍調査の結果は、今古賀312番（所有者の皆様）にお送りしました。',
    '土地所有者の皆様、今古賀312番の立会いは10時からです。',
    '江崎様の田んぼの横、今古賀312番付近で草刈りをしました。',
    '会場：柳川市本町87番地（担当 田中さん）',
  ])('passes %s', (text) => expect(run(text).filter((x) => x.startsWith('personal-info/address'))).toEqual([]))
})

describe('personal-info/phone (5(1)), round 71: a desk or line named by its kind before its number (blind HF-045, a colleague’s 本館カウンター)', () => {
  // Kind: the number is given as where to call, right after what the line is: in English a lower-case desk or line called with its
  // number in brackets or after a colon (call the voucher call center (0944-…), contact the tax consultation desk (0944-…)), in Japanese
  // a counter named before the number (本館カウンター（0944-…）, 返却カウンター, インフォメーションデスク). A desk is no one's home: a note only.
  // Someone private told before the number in its phrase (Mr. Koga at home, 江口様のご自宅, 古賀さんの携帯, 堤さん 0944-…) still owns it.
  it.each([
    // the false positive (HF-045) and the colleague's
    'Premium gift vouchers are on sale on December 6-7. Residents received a purchase ticket by mail in November. Please bring it with you. For assistance in English, call the voucher call center (0944-77-8900).',
    '【図書館からのお知らせ】\n閲覧席に手帳の忘れ物がありました。お心当たりの方は、本館カウンター（0944-73-1234）までお越しください。',
    // variants
    'To renew a library card, please phone the library counter: 0944-72-5431.',
    'Lost and found: please call the station office (0944-72-2100) on weekdays.',
    'For bus timetables, dial the transit information hotline (0944-72-3300).',
    '貸出カードの再発行は、図書館本館カウンター（0944-73-1234）へお問い合わせください。',
    '予約の変更は返却カウンター（0944-73-1234）にお電話ください。',
    '本の予約は、2階のこどもカウンター（0944-73-1235）でも受け付けます。',
    'パスポートの受け取りは、インフォメーションデスク（0944-73-1234）で承ります。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    // true violations sharing the words
    ['For the vouchers, call the call center or Mr. Koga at home (0944-77-8900).', 'personal-info/phone:warn:0944-77-8900'],
    ['If you find the dog, please call the owner’s house (0944-77-8900).', 'personal-info/phone:warn:0944-77-8900'],
    ['For assistance, call the voucher call center or Ms. Tanaka’s mobile (090-1234-5678).', 'personal-info/mobile:block:090-1234-5678'],
    ['本館カウンターにお越しになった江口様のご自宅（0944-73-1234）に折り返しお電話しました。', 'personal-info/phone:block:0944-73-1234'],
    ['本館カウンターで応対した古賀さんの携帯 090-2345-6789 にご連絡ください。', 'personal-info/mobile:block:090-2345-6789'],
    ['手帳には、堤さん 0944-73-1234 と書かれていました。本館カウンターまでお越しください。', 'personal-info/phone:block:0944-73-1234'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/identifiable-person (4(4)), round 71: a given name of katakana and kanji after a spaced family name (吉開 トシ子様)', () => {
  // Kind: an older woman's given name written in katakana then one kanji (トシ子, ミツ江, ハル代), parted from the kanji family name by a
  // space as lists write it (吉開 トシ子様ほか1名): the name is the whole, not its kanji tail 「子様」. Read whole, what stands before it is
  // read too: the ward or town of an office taken (…ほか1名が民生委員に委嘱されました) is the office's district, as with kanji names. A
  // katakana word that is no name (センター長さん) is not read into one.
  it.each([
    // the colleague's reading (in the round-70 lot row the name is the finding's excerpt), then the same with details
    ['筆界の確認：11/12 10:00 大字蒲池字北屋敷58番2（吉開 トシ子様ほか1名）', ['personal-info/address:block:大字蒲池字北屋敷58番2', 'personal-info/identifiable-person:warn:吉開 トシ子様']],
    ['吉開 トシ子様（92歳）ほか1名に長寿祝い金を贈りました。', ['personal-info/identifiable-person:warn:吉開 トシ子様']],
    ['三橋町の吉開 トシ子様（88）は、先月から入院されています。', ['personal-info/identifiable-person:block:吉開 トシ子様']],
    ['沖端町の吉開 トシ子様ほか1名から、寄附をいただきました。', ['personal-info/identifiable-person:warn:吉開 トシ子様']],
    ['大和町の古川　ミツ江さん（81）、お元気ですか。', ['personal-info/identifiable-person:block:古川　ミツ江さん']],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
  it.each([
    // clean: the name alone, thanked, or first of those appointed to a public office with how many others
    '吉開 トシ子様ほか1名',
    '長年の見守り活動に、吉開 トシ子様ほか1名へ感謝状を贈呈しました。',
    '沖端町の吉開 トシ子様ほか1名が民生委員に委嘱されました。',
    '2区 古川 ミツ江さんほか2名が区長に就任されました。',
    '三橋町の北島　ハル代さん他1名が、新しく自治会長に選ばれました。',
    'トシ子様、いつも花壇のお手入れをありがとうございます。',
    'センター長さん（45歳）にお話を伺いました。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info/address (5(1)), round 73: a resident called out by their flat in a housing estate (3号棟205号室の白石様)', () => {
  // Kind: a notice to a housing estate (市営住宅, 団地) naming one household by its building and room, 3号棟205号室の白石様 / B棟の302号室に
  // お住まいの古賀さん / 白石様（3号棟205号室） / 12号棟401号室の方、: the unit stands for the house number, and every neighbour and reader
  // learns which door is whose. The estate may be named paragraphs away; a building with a room reads as a dwelling, a room alone only
  // in a paragraph about one. A room of a facility (市民会館201号室), a flat offered or shown (内覧会, 募集), a role, a comparison
  // (205号室の方が広い) and a quoted example are not reported.
  it.each([
    // blind R73A-031, then variants of the same kind written anew
    ['3号棟205号室の白石様、警告札の付いた自転車がまだ残っておりますので、至急、住宅管理係までご連絡ください。', ['personal-info/address:block:3号棟205号室の白石様', 'personal-info/identifiable-person:warn:白石様']],
    ['B棟の302号室にお住まいの古賀さん、ベランダの植木鉢が落ちそうになっています。管理事務所までお知らせください。', ['personal-info/address:block:B棟の302号室にお住まいの古賀さん', 'personal-info/identifiable-person:block:古賀さん']],
    ['市営住宅の家賃について、205号室の江口様は今月中に住宅管理係へお越しください。', ['personal-info/address:block:205号室の江口様', 'personal-info/identifiable-person:warn:江口様']],
    ['白石様（3号棟205号室）、駐輪場の自転車を移動してください。', ['personal-info/address:block:白石様（3号棟205号室）', 'personal-info/identifiable-person:warn:白石様']],
    ['１２号棟４０１号室の方、共用廊下の私物を今週中に片付けてください。', ['personal-info/address:block:１２号棟４０１号室の方']],
    ['五号棟三〇二号室のグエンさん、ごみの出し方ば守ってくれんね。', ['personal-info/address:block:五号棟三〇二号室のグエンさん', 'personal-info/identifiable-person:warn:グエンさん']],
  ])('flags %s', (text, expected) => expect(run(text)).toEqual(expected))
  it.each([
    // hard negatives sharing the words: a flat shown or offered, a facility's room, a building alone, a key, a comparison
    '3号棟205号室で空き部屋の内覧会を行います。',
    '市営住宅2号棟305号室（3DK）の入居者を募集します。',
    '市民会館201号室で、白石さんが健康相談を担当します。',
    '5号棟の集会所で、自治会長の白石さんがあいさつされました。',
    '3号棟205号室の鍵は、管理事務所でお受け取りください。',
    '団地の205号室の方が広いので、家族向けです。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
  it('a quoted example is a mention (info)', () =>
    expect(run('「3号棟205号室の白石様」といった書き方で、入居者を名指しするのはやめましょう。')).toEqual(['personal-info/address:info:3号棟205号室の白石様']))
})

describe('personal-info/phone (4(4)), round 73: a care home or a hall named ○○苑, and a desk with its hours in brackets before its number', () => {
  // Kind (blind HG-043): a public facility named ○○苑 (やすらぎ苑 the crematorium, ことぶき苑, 特別養護老人ホーム 柳風苑) owns the number after it on
  // its contact line, as 斎場 and 園 do. 苑 also ends given names (紫苑, 美苑): a kanji name reads as a facility only after its kind.
  // Kind (blind HG-134): a desk's hours in the bracket between its name and its number (女性相談（月〜金 9時〜16時）0944-…) are skipped like a
  // label; a bracket that tells of a home or a person (在宅, 自宅, さん) is not, and a person before the hours still owns the number.
  it.each([
    // the blind lines, then clean variants of the same kinds
    '■予約電話　やすらぎ苑 0944-72-4418',
    '■問い合わせ　特別養護老人ホーム 柳風苑 0944-73-1234',
    '申込：ことぶき苑（0944-72-1111）',
    '■連絡先　ひまわり苑 0944-72-5555',
    '■柳川市 女性相談（月〜金 9時〜16時）0944-77-8595',
    '■子育て相談（平日 9:00〜17:00）0944-73-8112',
    '消費生活センター（月〜金 9時〜16時、祝日除く）：0944-77-8595',
    '柳川市 女性相談(毎週火・木 10時~15時) 0944-77-8595',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    // true violations sharing the words
    ['やすらぎ苑に入所中の古賀さんのご自宅 0944-72-4418 にお電話しました。', 'personal-info/phone:block:0944-72-4418'],
    ['■予約電話　やすらぎ苑の古賀さん宅 0944-72-4418', 'personal-info/phone:block:0944-72-4418'],
    ['連絡先：古賀紫苑 090-1234-5678', 'personal-info/mobile:block:090-1234-5678'],
    ['連絡先：田中美苑 0944-72-4418', 'personal-info/phone:warn:0944-72-4418'],
    ['相談員の田中さん（平日9時〜16時）0944-77-8595 に直接お電話ください。', 'personal-info/phone:block:0944-77-8595'],
    ['古賀さんのご自宅（平日 18時以降）0944-77-8595 にお電話しました。', 'personal-info/phone:block:0944-77-8595'],
    ['■柳川市 女性相談（月〜金 9時〜16時）田中さんの自宅 0944-77-8595', 'personal-info/phone:block:0944-77-8595'],
    ['女性相談の件で、田中さん（平日9時〜16時）の携帯 090-1234-5678 へご連絡ください。', 'personal-info/mobile:block:090-1234-5678'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/address (5(1)), round 74: an address reported as written on a found belonging or document (住所欄に「…番地３」と記載があります)', () => {
  // Kind (blind R74A-104): a lost-property notice tells what is written on the item to find its owner, and quotes the house-level address read
  // off it (住所欄に「柳川市西蒲池１２３４番地３」と記載があります; 診察券に「…番地」と書かれていました; 宛名には…と記入されています; 住所のところに「…」
  // って書いてあったけん): the holder's home, told to everyone. Read when a report of writing follows the address and an address field (住所欄,
  // 宛名, 差出人) stands right before it or the paragraph tells of a lost or found belonging. A request to write one, an example (「…」のように),
  // a quoted mention (「…」といった書き込み) and a facility inside the same quotation are not this.
  it.each([
    // blind R74A-104, then variants of the same kind written anew
    ['【落とし物のお知らせ】\n本日午前、保健センターで行った4か月児健診の会場に、母子健康手帳の忘れ物がありました。\n表紙に「堤 さくら（令和7年5月生）」、住所欄に「柳川市西蒲池１２３４番地３」と記載があります。\nお心当たりの方は保健センター窓口までお越しください。', 'personal-info/address:block:柳川市西蒲池１２３４番地３'],
    ['拾った財布の中の診察券に「柳川市大和町中島520番地」と書かれていました。持ち主の方は交番へ。', 'personal-info/address:block:柳川市大和町中島520番地'],
    ['公民館に傘の忘れ物がありました。名前シールに「古賀」、住所のところに「柳川市三橋町高畑245番地3」って書いてあったけん、心当たりの方はご連絡を。', 'personal-info/address:block:柳川市三橋町高畑245番地3'],
    ['お預かりしている郵便物の宛名には、柳川市沖端町12番地3と記入されています。', 'personal-info/address:block:柳川市沖端町12番地3'],
    ['差出人：「柳川市大和町鷹ノ尾623番地2」とあります。お心当たりの方は市民課まで。', 'personal-info/address:block:柳川市大和町鷹ノ尾623番地2'],
  ])('blocks %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives sharing the words: a request to write, the item told without the address, a facility's address on a leaflet, a rule
    '住所欄に「柳川市本町87番地1」と記載してください。',
    '母子健康手帳の忘れ物がありました。表紙にお名前の記載がありますので、お心当たりの方は保健センター窓口までお越しください。',
    '落とし物のチラシに「三橋公民館（柳川市三橋町高畑245番地）」と書かれていました。',
    '住所欄は番地まで正確に記載してください。記載がない場合は受け付けできません。',
    // an example of how to write one, and a quoted example of what not to post: mentions (info)
    '申請書の住所欄には「柳川市三橋町高畑245番地3」のように番地までご記入ください。',
    '「柳川市三橋町高畑245番地3の古賀さん」といった書き込みはやめましょう。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info/phone (4(4)), round 74: a desk named before its hours and number, a place line, a correction of a desk\'s notice, an English desk', () => {
  // Kinds (blind HH-070, HH-071, HH-075, HH-098, HH-122): the number belongs to the public desk the post names, told with its hours between
  // (■市のこころの健康相談（保健師が対応）⏎平日 8時30分〜17時　0944-…; …相談（平日8時30分〜17時 0944-…）; Weekdays 8:30–17:00 / 0944-…), on the
  // post's place line (ばしょ：やながわし ほけんセンター … でんわ して ください。0944-…), or in the correction of the desk's notice (「こころの健康相談」の
  // お知らせで、電話番号に誤り … 誤：…⏎正：…). A person or a home before the hours, a private person told in the post, a home's number
  // corrected or a mobile still are flagged.
  it.each([
    // the blind items, then clean variants of the same kinds
    '【あかちゃんが できた ひとへ】\n\n「ぼしけんこうてちょう」を もらいましょう。\nばしょ：やながわし ほけんセンター\nじかん：げつようび〜きんようび　8じ30ぷん〜17じ\nもって くる もの：マイナンバーカード など\n\nわからない ことは でんわ して ください。0944-72-6433',
    '【ひとりで悩まないでください 〜こころの相談窓口〜】\n\n3月は「自殺対策強化月間」です。\n\n「眠れない日が続いている」「誰にも相談できない」「消えてしまいたいと思うことがある」――そんなときは、ひとりで抱え込まずに相談してください。\n\n■市のこころの健康相談（保健師が対応）\n平日 8時30分〜17時　0944-72-6431\n■ちくご こころの電話（民間の相談ボランティア）\n毎日 16時〜翌2時　0942-38-4130\n■SNSやチャットでの相談\n厚生労働省「まもろうよ こころ」\nhttps://www.mhlw.go.jp/mamorouyokokoro/\n\nご家族や友人の様子が心配な方からのご相談も受け付けています。相談の内容が外にもれることはありません。',
    '【お詫びと訂正】\n\n10月30日に投稿した「こころの健康相談」のお知らせで、電話番号に誤りがありました。\n\n誤：0944-72-6413\n正：0944-72-6431\n\n誤った番号にお電話をおかけになった方、また、番号をお控えいただいた皆さまに、ご迷惑をおかけしたことを深くお詫び申し上げます。\n\n今後は、投稿前に複数の職員で番号を確認するよう徹底いたします。\n\n健康づくり課',
    'If you are feeling overwhelmed\n\nIf you are struggling, or thinking about ending your life, you are not alone. Please talk to someone.\n\n• Yanagawa City mental health consultation (public health nurses, in Japanese)\n  Weekdays 8:30–17:00 / 0944-72-6431\n• For help in English and other languages, please see the Ministry of Health, Labour and Welfare website:\n  https://www.mhlw.go.jp/mamorouyokokoro/\n\nIf someone\'s life is in immediate danger, call 119.',
    '場所：柳川市保健センター\n時間：平日 9時〜16時\n\nご不明な点はお電話ください。0944-72-6433',
    '会場：三橋公民館\n持ち物：筆記用具\n\nわからないことは、お気軽にお問い合わせください。\n0944-72-1111',
    'ばしょ：やながわし こうみんかん\n\nわからない ことは でんわ して ください。0944-73-8126',
    '■子育て相談（保育士が対応）\n平日 9時〜17時　0944-73-8112',
    '【消費生活センター】\n月〜金 9:00〜16:00 0944-77-8501',
    '■ちくご こころの電話\n毎日 16時〜翌2時　0942-38-4130',
    '市の子育て相談（平日9時〜17時 0944-73-8112）にお電話ください。',
    '消費生活センター（月〜金 9:00〜16:00、0944-77-8501）へご相談を。',
    '柳川市女性相談（毎週火・木 10時〜15時／0944-77-8502）',
    '先日の「子育て相談」のお知らせで、電話番号に誤りがありました。\n\n誤：0944-73-8121\n正：0944-73-8112',
    '11月1日の税務課からのお知らせで、問い合わせ先の番号が間違っていました。\n\n（誤）0944-73-8115\n（正）0944-73-8151',
    '昨日の「消費生活センター」のご案内で、電話番号に誤りがありました。\n\n誤：0944-77-8958\n正：0944-77-8501\n\nお詫びして訂正いたします。',
    '• Yanagawa City child-rearing consultation\n  Weekdays 9:00–17:00 / 0944-73-8112',
    'Yanagawa City tax consultation desk (Weekdays 8:30-17:15) 0944-73-8125',
    '- Fukuoka Prefecture child counseling center\n  Mon-Fri 9:00-17:00, 092-761-9061',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it('passes the blind reply HH-075', () =>
    expect(summary(findingsOf(personalInfo, '@tsukareta_0312 お話しくださり、ありがとうございます。よろしければ、市のこころの健康相談（平日8時30分〜17時 0944-72-6431）に電話してみてください。夜間は、ちくご こころの電話（0942-38-4130、16時〜翌2時）もあります。', { mode: 'reply' })).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    // true violations sharing the words
    ['場所：古賀さん宅\n\nわからないことはお電話ください。0944-72-6433', 'personal-info/phone:warn:0944-72-6433'],
    ['ばしょ：ほけんセンター\n\nわからない ことは やまださんに でんわ して ください。0944-72-6433', 'personal-info/phone:warn:0944-72-6433'],
    ['■相談員 田中さんの自宅\n平日 9時〜17時　0944-73-8112', 'personal-info/phone:block:0944-73-8112'],
    ['田中さん 平日9時〜17時 0944-73-8112', 'personal-info/phone:block:0944-73-8112'],
    ['田中さん（平日9時〜17時 0944-73-8112）に直接お電話ください。', 'personal-info/phone:block:0944-73-8112'],
    ['古賀さんのご自宅（夜 19時〜21時 0944-77-8502）にお電話しました。', 'personal-info/phone:block:0944-77-8502'],
    ['田中さん 9:00〜16:00 090-1234-5678', 'personal-info/mobile:block:090-1234-5678'],
    ['Mr. Tanaka (Weekdays 8:30-17:15) 090-1234-5678', 'personal-info/mobile:block:090-1234-5678'],
    ['先日のお知らせで、個人宅の電話番号を誤って掲載しました。\n\n誤：0944-73-1234\n正：0944-73-8112', 'personal-info/phone:warn:0944-73-1234'],
    ['先日のお知らせで、個人宅の電話番号を誤って掲載しました。\n\n誤：0944-73-1234\n正：0944-73-8112', 'personal-info/phone:warn:0944-73-8112'],
    ['「子育て相談」のお知らせで、電話番号に誤りがありました。\n\n誤：0944-73-8121\n正：090-1234-5678', 'personal-info/mobile:block:090-1234-5678'],
    ['先日の投稿で、電話番号に誤りがありました。\n\n誤：0944-73-8121\n正：0944-73-8112', 'personal-info/phone:warn:0944-73-8112'],
    ['• Contact: Mr. Tanaka\'s home\n  Weekdays 18:00-21:00 / 0944-73-8112', 'personal-info/phone:warn:0944-73-8112'],
    ['• Yanagawa City volunteer Ms. Koga, mobile\n  Weekdays 9:00-17:00 / 090-1234-5678', 'personal-info/mobile:block:090-1234-5678'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info, rounds 76–77: a kana school name with its grade, a spaced house number, a named person\'s account, a passport in Chinese', () => {
  const R76A_062 = '今日の市長定例記者会見に、こども記者として しろうち小 ５年 きたじま りこさん が参加してくれました📸 鋭い質問に市長もたじたじ！\n#柳川 #こども記者'
  const R77A_037 = '📸フォトコン佳作のご紹介📸\n「ひな祭りの朝」\n撮影：江崎 はるかさん（柳川市西蒲池 1107-3 在住）\nお嬢さんのお雛さま姿を、ご自宅の縁側から撮ってくださいました🎎 光の入り方がとってもきれい！\n#柳川 #フォトコンテスト #さげもん'
  const R77A_094 = '【柳川ふるさと物産展 出店者募集】\n\n日時：3月8日（土）・9日（日）10時〜16時\n会場：柳川市民体育館\n出店料：1区画 3,000円\n\n出店料は、実行委員会の会計をお願いしている蒲池 智子さんの口座（筑邦銀行 柳川支店 普通預金 0417726）へお振り込みください。\n\n申込締切は2月14日です。'
  const R77A_114 = 'Lost & Found / 失物招领：沖端の観光案内所で passport をお預かりしています。护照号码 EJ3094512、Name: CHEN YUTING。Please contact the Tourist Information Center. 请联系我们🙏'

  // Kind (blind R76A-062): a child named with the school's short name spelt in kana and the grade (しろうち小 ５年, やながわ小4年, ひがし中２年,
  // カマチ小3年生), as children's pages write it to look softer: the school and grade of a named child, as 城内小5年 is. The kana run is a word
  // of its own and does not end in a particle (…の小5年 is no school's name).
  it.each([
    [R76A_062, 'personal-info/identifiable-person:warn:りこさん'],
    ['きょうの たうえ体験には、やながわ小 4年 こが はるとくん も参加しました！', 'personal-info/identifiable-person:warn:はるとくん'],
    ['ひがし中２年の みやざき ゆいさん、県大会出場おめでとうございます🎉', 'personal-info/identifiable-person:warn:ゆいさん'],
    ['みつはし小5年生の そうたくん、朗読がとっても上手やったね！', 'personal-info/identifiable-person:warn:そうたくん'],
    ['読書感想文コンクールで、カマチ小3年 ゆうなちゃんの作品が入選しました。', 'personal-info/identifiable-person:warn:ゆうなちゃん'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives sharing the words: no one named, a group called, a teacher, a school spelt in kana without a grade
    'しろうち小 ５年生のみなさんが、市役所の見学に来てくれました📸',
    'こども記者として、市内の小学5年生が定例記者会見に参加しました。',
    'やながわ小学校の5年生が田植え体験をしました。みんなよくがんばりました！',
    'しろうち小のみなさん、きょうは ありがとう ございました。',
    'きょうは こうえんで あそぼう！ おにいさんと いっしょに 5年ぶりの たこあげです。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))

  // Kind (blind R77A-037): a house-level address whose number is set off from its town by a space (柳川市西蒲池 1107-3, 三橋町高畑 245-1),
  // given for a named person (in the bracket after their name, with 在住 or にお住まい after it): their home. Read only when a town stands
  // after the city's or town's word, so a score or a range after a bare city name (柳川市 3-2, 10-12月) is no address.
  it.each([
    [R77A_037, 'personal-info/address:block:柳川市西蒲池 1107-3'],
    ['入選：古賀 ひろみさん（柳川市三橋町高畑 245-1 在住）', 'personal-info/address:block:柳川市三橋町高畑 245-1'],
    ['投稿者　堤 和夫様（柳川市大和町中島 812-4）', 'personal-info/address:block:柳川市大和町中島 812-4'],
    ['作品を提供してくださったのは、柳川市大和町鷹ノ尾 623-2 にお住まいの松尾 由美さんです。', 'personal-info/address:block:柳川市大和町鷹ノ尾 623-2'],
    ['うちのばあちゃん、柳川市沖端町 12-3 に住んどるとよ', 'personal-info/address:block:柳川市沖端町 12-3'],
  ])('blocks %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives sharing the words: a score, a range of months, a facility's address, the city hall's own address
    '市長杯の決勝は柳川市 3-2 大川市で、柳川チームが優勝しました！',
    '柳川市大和町 10-12月の行事予定をお知らせします。',
    '会場：三橋公民館（柳川市三橋町今古賀 8-1）',
    '柳川市役所（柳川市本町 87-1）の1階ロビーで展示しています。',
    '柳川市 2-3年後をめどに整備を進めます。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))

  // Kind (blind R77A-094): a bank account told as a named person's own by the possessive just before it (蒲池 智子さんの口座（…普通預金 …）,
  // 松尾さんとこの口座, 古賀様の銀行口座): whatever body the person keeps it for, the money goes to a private person's account (block). The
  // body's own account (実行委員会名義の口座), everyone's account (皆様の口座) and an account transfer (口座振替) are not this.
  it.each([
    [R77A_094, 'personal-info/bank-account:block:0417726'],
    ['会費は、会計の古賀 由美さんの口座（西日本シティ銀行 柳川支店 普通 1234567）へお願いします。', 'personal-info/bank-account:block:1234567'],
    ['参加費は事務局の山口さんの銀行口座、筑邦銀行 本店 普通 7654321 までお振り込みください。', 'personal-info/bank-account:block:7654321'],
    ['寄付金は世話役の松尾さんとこの口座（福岡銀行 柳川支店 普通 3344556）に振り込んでくれんね。', 'personal-info/bank-account:block:3344556'],
  ])('blocks %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives sharing the words: the committee's own account, the city's, a person in charge of a body's account, everyone's account
    '出店料は、実行委員会名義の口座（筑邦銀行 柳川支店 普通預金 0417726 口座名義 柳川ふるさと物産展実行委員会）へお振り込みください。',
    '義援金は柳川市の口座（普通 1234567 名義 柳川市災害義援金）へお願いします。',
    '給付金は、ご登録いただいた皆様の口座へ順次お振り込みします。',
    '会計担当の蒲池さんが管理する実行委員会の口座（普通預金 0417726）へお振り込みください。',
  ])('does not block %s', (text) => expect(run(text).filter((x) => x.includes('bank-account:block'))).toEqual([]))

  // Kind (blind R77A-114): a passport number in a notice for visitors written in Chinese or Korean (护照号码 EJ3094512, 護照號碼是 TW1234567,
  // 여권번호 M12345678) with the passport named: its holder's number (block). The passport named without a number, or a number of another
  // thing in the same notice, is not this.
  it.each([
    [R77A_114, 'personal-info/passport:block:EJ3094512'],
    ['失物招领：在柳川站捡到一本护照。护照号码：EG1234567，请联系我们。', 'personal-info/passport:block:EG1234567'],
    ['遺失物：觀光船碼頭拾獲護照一本，護照號碼是 TW1234567。', 'personal-info/passport:block:TW1234567'],
    ['분실물 안내: 여권을 보관하고 있습니다. 여권번호 M12345678, 이름 KIM MINJI', 'personal-info/passport:block:M12345678'],
  ])('blocks %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives sharing the words: the passport without a number, a desk's number, a ticket number
    'Lost & Found / 失物招领：沖端の観光案内所で passport をお預かりしています。Please contact the Tourist Information Center (0944-73-2145).',
    '请随身携带护照。护照是办理免税手续时必需的。',
    '여권을 잃어버리셨다면 관광안내소로 문의해 주세요.',
    '护照和船票请一起出示。船票号码 12345。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info/phone, round 76: a desk in やさしい日本語 in brackets before or after its number, a line listed beside the body\'s public e-mail', () => {
  const HI_037 = '「こうほう やながわ」12がつごうが できました。\nしやくしょ、ししょ、こうみんかん、としょかんに おいて います。\nじゅうしょの ない ひとも、もらう ことが できます。\nわからない ことは 0944-77-8011（こうほう）に きいて ください。'
  const HI_078 = 'しやくしょの ぶんしょを みたい ときは、「かいじ せいきゅう」が できます。だれでも できます。みるのは むりょうです。そうむか（0944-77-8024）に きいて ください。'
  const HI_091 = '【報道機関の皆様へ　取材のお申込みについて】\n\n市への取材のお申込みは、総務部 秘書広報課 広報係で一元的に受け付けています。担当課と日程を調整のうえ、広報係からご連絡いたします。\n\n■申込方法\n市ホームページの「取材申込書」に必要事項を記入し、ファクスまたは電子メールでお送りください。\n・ファクス　0944-73-8230\n・電子メール　koho@city.yanagawa.lg.jp\n\n■受付時間\n平日8時30分〜17時15分（土日祝日・年末年始を除く）\n※災害時や休日・夜間の緊急の取材は、柳川市役所（代表 0944-73-8111）へご連絡ください。'

  // Kinds (blind HI-037, HI-078, HI-091): the number is a desk's when the desk is named in やさしい日本語 in the bracket after it (0944-…（こうほう）に
  // きいて), or before it with the number in brackets (そうむか（0944-…）に きいて), where to call told after; or when it is one channel of a
  // contact list whose other line is the body's own public e-mail address (・ファクス 0944-…⏎・電子メール …@city.yanagawa.lg.jp).
  it.each([
    HI_037,
    HI_078,
    HI_091,
    'わからない ことは 0944-73-8125（ぜいむか）へ でんわ して ください。',
    'こまった ときは 0944-72-6433（ほけん せんたー）まで れんらく して ください。',
    'ごみの だしかたは 0944-73-8130（かんきょう）に きいて ください。',
    'ぜいむか（0944-73-8125）に でんわ して ください。',
    'こそだてしえんがかり（0944-73-8112）に そうだん して ください。',
    '■お問い合わせ\nTEL　0944-73-8120\nMail　kankyo@city.yanagawa.lg.jp',
    '申込書はファクスかメールで送ってください。\n・FAX：0944-73-8231\n・メール：shogai@city.yanagawa.fukuoka.jp',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    // true violations sharing the words: a kana family name in the bracket, a person before the bracketed number, a private e-mail beside
    // the fax, a home told on the list, a mobile
    ['わからない ことは 0944-77-8011（たなか）に きいて ください。', 'personal-info/phone:warn:0944-77-8011'],
    ['たなかさん（0944-77-8024）に きいて ください。', 'personal-info/phone:block:0944-77-8024'],
    ['■申込方法\nファクスまたは電子メールでお送りください。\n・ファクス　0944-73-8230\n・電子メール　koho.yanagawa@gmail.com', 'personal-info/phone:warn:0944-73-8230'],
    ['■申込方法\n実行委員の田中さん宅へお送りください。\n・ファクス　0944-73-8230\n・電子メール　koho@city.yanagawa.lg.jp', 'personal-info/phone:warn:0944-73-8230'],
    ['・ファクス　0944-73-8230（自宅）\n・電子メール　koho@city.yanagawa.lg.jp', 'personal-info/phone:warn:0944-73-8230'],
    ['・でんわ　090-1234-5678\n・メール　koho@city.yanagawa.lg.jp', 'personal-info/mobile:block:090-1234-5678'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/phone, round 78: a desk in やさしい日本語 on a labelled contact line (・よやく：けんこうづくりか（0944-…）) (blind HK-083)', () => {
  const HK_083 =
    '【とくていけんしん を うけましょう】\n\n40さい から 74さい の ひと は、1ねん に 1かい、けんこう の けんさ を うけることが できます。\n\n・おかね：500えん\n・ばしょ：すこやか やながわ プラザ\n・よやく：けんこうづくりか（0944-77-8532）\n\nわからない こと は、でんわ で きいて ください。'

  // Kind (blind HK-083): a contact line opening with its label (よやく, といあわせ, もうしこみ, れんらくさき, 予約) and a colon, then a desk spelt in
  // hiragana (…か, …がかり, …せんたー, a word of the city's work) and its number, in brackets or after a space, closing the line: the desk's
  // line, as 予約：健康づくり課（0944-…） is.
  it.each([
    HK_083,
    '・といあわせ：ぜいむか（0944-73-8125）',
    'もうしこみ：こそだてしえんがかり（0944-73-8112）',
    '・れんらくさき：かんきょうか 0944-73-8130',
    '■よやく：ほけんせんたー（0944-72-6433）まで',
    '予約：けんこうづくりか（0944-77-8532）',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    // true violations sharing the words: a kana family name ending in か on the label line, a person named, a home in the bracket after
    // the number, a mobile, the line running on to a person
    ['・よやく：たなか（0944-77-8532）', 'personal-info/phone:warn:0944-77-8532'],
    ['・よやく：おおつか（0944-77-8532）', 'personal-info/phone:warn:0944-77-8532'],
    ['・れんらくさき：ふくおか（0944-77-8532）', 'personal-info/phone:warn:0944-77-8532'],
    ['・でんわ：なかがわ さん（0944-77-8532）', 'personal-info/phone:block:0944-77-8532'],
    ['・といあわせ：ぜいむか（0944-73-8125）（じたく）', 'personal-info/phone:warn:0944-73-8125'],
    ['・よやく：しみんか（090-1234-5678）', 'personal-info/mobile:block:090-1234-5678'],
    ['・よやく：けんこうづくりか（0944-77-8532）の たなかさん に でんわ して ください', 'personal-info/phone:warn:0944-77-8532'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/address (5(1)), round 78: a home word right after the house number (…高畠３４１−２の実家から) is someone\'s home (blind R79A-072)', () => {
  const R79A_072 =
    '🌸新人職員紹介🌸\n財政課に配属された中島 颯太さん！\n大学ではサッカー部のキャプテンだったそうです⚽\n「柳川市三橋町高畠３４１−２の実家から毎朝自転車で通ってます！」とのこと🚲\nこれからよろしくお願いします✨\n#柳川市役所 #新人職員'

  // Kind (blind R79A-072): a house-level address followed by a word for a home (の実家, のご実家, の下宿, のおうち, のわが家, にある実家), in
  // the post's words or in a remark quoted from the person (「…の実家から通ってます！」とのこと), full-width digits or not: that person's home (block).
  it.each([
    [R79A_072, 'personal-info/address:block:柳川市三橋町高畠３４１−２'],
    ['「沖端町１２番地３の下宿から通学しています」とのことです。', 'personal-info/address:block:沖端町１２番地３'],
    ['新しく着任した松尾さんは、本町８７−１にある実家から通勤しているそうです。', 'personal-info/address:block:本町８７−１'],
    ['「大和町鷹ノ尾６２３−２のおうちから毎日通いよるとよ！」と話してくれました。', 'personal-info/address:block:大和町鷹ノ尾６２３−２'],
    ['城内町４５番地６のわが家で、子ども会の準備をしました。', 'personal-info/address:block:城内町４５番地６'],
    ['柳川市三橋町高畠341-2のご実家で、お母さまと暮らしているそうです。', 'personal-info/address:block:柳川市三橋町高畠341-2'],
    // blind R226E-059 kind: the owner's home in brackets right after the number, under a 場所： label too
    ['場所：三橋町今古賀412番地の2（立石 和夫さん宅）', 'personal-info/address:block:三橋町今古賀412番地の2'],
  ])('blocks %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives sharing the words: a shop or an event named with the home word, a word opening with 実, 実家 told of no address, a
    // quoted example of what not to write
    '会場は三橋町高畑２４５番地の実家カフェ「えがお」です。',
    '集合は三橋町高畑２４５番地の実行委員会事務所です。',
    '会場：三橋公民館（柳川市三橋町今古賀8-1）',
    '空き家バンク登録物件（三橋町高畑２４５番地）のお家見学会を開きます。',
    '「実家に帰ろう」キャンペーンの会場は、本町87番地1の市民会館です。',
    '移住体験住宅（三橋町高畑245番地）は、実家のようにくつろげると好評です。',
    '職員紹介では「柳川市三橋町高畠341-2の実家から通っています」といった書き方は避け、「三橋町出身」のように書きましょう。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info/identifiable-person (4(4)), round 78: a pupil picked out of a class told as the group that came (…3年1組のみんなが来てくれました。写真は…立花 美咲さん) (blind R79A-124)', () => {
  const R79A_124 =
    '庁舎見学ツアーに、昭代第一小学校3年1組のみんなが来てくれました🏢\n写真は、議場の椅子に座って市長気分の立花 美咲さん😊 「大きくなったら市役所で働きたい！」と話してくれました。\n#柳川市役所 #庁舎見学'

  // Kind (blind R79A-124): a sentence tells that a class came (school, grade and class: …3年1組のみんなが来てくれました, …の皆さんが見学に来て
  // くれました), and a sentence or two later one child of it is named, picked out (写真は…, 代表の…, 質問してくれた…くん): the name with the
  // group's school and class is one child.
  it.each([
    [R79A_124, 'personal-info/identifiable-person:block:立花 美咲さん'],
    ['蒲池小学校5年2組の皆さんが市役所を見学に来てくれました。市長室で記念撮影をしてくれたのは、代表の松尾 ひなたさんです。', 'personal-info/identifiable-person:block:松尾 ひなたさん'],
    ['城内小2年3組の子どもたちが議場を見学しました。いちばんに手を挙げて質問してくれた古賀そうたくん、ありがとう！', 'personal-info/identifiable-person:block:古賀そうたくん'],
    ['矢留小の4年1組のみんなが遊びに来てくれたばい！写真の真ん中におるとが江口 ゆいちゃんたい😊', 'personal-info/identifiable-person:block:江口 ゆいちゃん'],
    ['柳河小学校6年1組の児童の皆様が、市議会の見学にお越しくださいました。写真右は、議長席で記念撮影をされた中村 陽葵さんです。', 'personal-info/identifiable-person:block:中村 陽葵さん'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives sharing the words: the staff or a guide named after the group, a name that leads the group round, no name, a quoted example
    '昭代第一小学校3年1組のみんなが来てくれました🏢\n案内は議会事務局の立花 美咲さんが担当しました。',
    '昭代第一小学校3年1組のみんなが来てくれました🏢\n写真は、議場の椅子に座って市長気分のみんなです😊',
    '昭代第一小学校3年1組のみんなが来てくれました🏢\n写真は、記念品を手渡すガイドボランティアの立花 美咲さんです。',
    '昭代第一小学校3年1組のみんなが来てくれました🏢\n写真は、みんなに議場を説明する議会事務局の立花さんです。',
    '昭代第一小学校3年1組のみんなが来てくれました。立花 美咲さんが議場を案内しました。',
    '昭代第一小学校3年1組のみんなが来てくれました。\n「写真の立花 美咲さん」といった書き方は避けています。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info/identifiable-person (4(4)), round 78: a household named by its surname and told member by member over the paragraph (古賀さんご夫妻。ご主人（52）は元銀行員で…) (blind R78A-121)', () => {
  const R78A_121 =
    '【移住者の声 #5】\n福岡市から蒲船津に移住された古賀さんご夫妻。ご主人（52）は元銀行員で、今は週3日、市内の農業法人で働いています。奥さま（49）は自宅で書道教室を開く準備中。柳城中学校2年の娘さんは、転校初日から友だちができたそうです。空き家バンクの物件を改修したお宅は、掘割に面した白壁の平屋です。'

  // Kind (blind R78A-121): a family named by its surname (…さんご夫妻, …さん一家, …様ご一家), then in the sentences after it where they live (…に
  // 移住された, …に引っ越してこられた), each member by role with an age (ご主人（52）), a job (元銀行員で), a child's school and grade and the house
  // (お宅は…白壁の平屋): three kinds of detail over the paragraph single out one family (warn; a stated consent lowers it to a note).
  it.each([
    [R78A_121, 'personal-info/identifiable-person:warn:古賀さんご夫妻'],
    ['大和町中島に引っ越してこられた田中さん一家。お父さん（40）は元消防士で、今は市内の工務店で働いています。蒲池小学校4年の息子さんは野球に夢中。お家は公民館の向かいの赤い屋根の一軒家です。', 'personal-info/identifiable-person:warn:田中さん一家'],
    ['三橋町垂見に移住してきんしゃった松尾さんご夫婦。旦那さん（38）は元自衛官で、奥さん（35）はパン屋さんで働きよんなっと。娘さんは城内小の3年生たい。', 'personal-info/identifiable-person:warn:松尾さんご夫婦'],
    ['沖端町へ移り住まれた堤様ご一家をご紹介いたします。ご主人様（45歳）は元市役所職員でいらっしゃいます。息子さんは柳川高校1年生で、ご自宅は掘割沿いの古民家です。', 'personal-info/identifiable-person:warn:堤様ご一家'],
    [R78A_121 + '\n\n※掲載はご本人の了承を得ています。', 'personal-info/identifiable-person:info:古賀さんご夫妻'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives sharing the words: a city-wide place, ages alone, a household told by one or two kinds of detail, a family event's venue,
    // a class for families with no one named
    '移住相談会では、福岡市から移住された古賀さんご夫妻が体験談を話してくださいました。ご主人は「子育てしやすい町です」と笑顔で話していました。',
    '金婚式を迎えられた古賀さんご夫妻。ご主人は72歳、奥さまは70歳です。おめでとうございます。',
    '柳川に移住された古賀さんご一家の暮らしぶりを、市の移住サイトで紹介しています。ご主人（52）は元銀行員です。',
    '三橋町に移住された古賀さんご夫妻。ご主人は元銀行員で、いまは農業に挑戦中です。',
    '古賀さんご夫妻の作品展を三橋公民館で開きます。ご主人は陶芸、奥さまは書道の作品を出品されます。会場は掘割に面した白壁の建物です。',
    '親子料理教室を開きます。対象は市内の小学3年生から6年生のお子さんとご家族です。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info/phone (5(1)), round 80: an English notice’s Info/Inquiries line, and the words after a link ending in “/ ” (blind HL-036, HL-117)', () => {
  const HL_036 =
    'Reuse Market: Sat, Nov 22, 9:30-12:00, Mizu-no-Sato Center. Bring clothes, dishes and toys you no longer need, or take items home for free (up to 5 per person). Staff will do a quick assessment of each item at drop-off. Info: 0944-77-8731'
  const HL_117 =
    'Yanagawa City is hiring part-time English-speaking staff for the tourist information desk, 4 days a week. Apply by Dec 12 via https://www.city.yanagawa.fukuoka.jp/ Info: Tourism Division 0944-77-8590'

  // Kind (blind HL-036): an English notice naming a public body or facility (… Center, … Library, … Division) ends with its contact line, a
  // label of its own (Info:, Inquiries:, Enquiries:, For more information:, Questions:) opening its sentence or line and the bare number: the
  // body's line, as Contact: 0944-… and 問い合わせ：0944-… are. Not when a person stands between label and number, or the number's line says
  // whose it is (my home, Ms. Koga's house).
  // Kind (blind HL-117): a link ending in a slash, then a space (…fukuoka.jp/ Info: Tourism Division 0944-…): the sentence goes on after it; the
  // link reader joins it to the path, and blanking the whole of it hid the desk's name (and would hide a number: …jp/ 090-…).
  it.each([
    HL_036,
    'Free health check for residents aged 40-74 at the Yanagawa Health Center, Dec 3. Bring your insurance card. Inquiries: 0944-73-8210',
    'Kids’ origami class at Yanagawa City Library, Sun, Jan 12, 10:00-11:30. No booking needed.\nFor more information: 0944-74-0010',
    'Bulky waste pickup is changing from April. Ask the Environment Division for the new schedule. Questions: 0944-77-8522 (weekdays 8:30-17:15)',
    'New hours at the Okinohata Community Center from Dec 1: 9:00-21:00. Enquiries: 0944-72-3456.',
    HL_117,
    'Flu shots for seniors start Oct 1. Details: https://www.city.yanagawa.fukuoka.jp/ Contact: Health Promotion Section 0944-73-8210',
    'The river cleanup is on Sun, Jun 8. Sign up at https://www.city.yanagawa.fukuoka.jp/kankyo/ Inquiries: Environment Division, 0944-77-8522',
    'Tax filing help in English on Feb 20. See https://www.city.yanagawa.fukuoka.jp/ Contact: Yanagawa City Hall, 0944-77-8011',
    // a desk named after the number is no one's own, though its name holds Family or Home (team HH-069)
    'Please submit a pregnancy notification at the Yanagawa City Health Center.\nPhone: 0944-72-6433 (Child and Family Support Division)',
    'Home visits for new mothers are free at the Yanagawa Health Center. Info: 0944-72-6433 (Home Visit Support Section)',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    // true violations sharing the words: a person between the label and the number, a home told after it, a mobile, a private seller, a
    // number after a link ending in “/ ”, a home beside the desk
    ['Reuse Market at Mizu-no-Sato Center on Sat, Nov 22. Info: Mr. Tanaka 0944-77-8731', 'personal-info/phone:warn:0944-77-8731'],
    ['Reuse Market at Mizu-no-Sato Center on Sat, Nov 22. Info: 0944-77-8731 (my home, evenings only)', 'personal-info/phone:warn:0944-77-8731'],
    ['Reuse Market at Mizu-no-Sato Center on Sat, Nov 22. Info: 0944-77-8731 (Ms. Koga’s house)', 'personal-info/phone:warn:0944-77-8731'],
    ['Reuse Market at Mizu-no-Sato Center on Sat, Nov 22. Info: 090-4417-8731', 'personal-info/mobile:block:090-4417-8731'],
    ['I’m selling my old bike at the Reuse Market. Info: 0944-77-8731', 'personal-info/phone:warn:0944-77-8731'],
    ['Apply by Dec 12 via https://www.city.yanagawa.fukuoka.jp/ Info: Mr. Tanaka 0944-77-8590', 'personal-info/phone:warn:0944-77-8590'],
    ['Apply by Dec 12 via https://www.city.yanagawa.fukuoka.jp/ Info: 090-1234-5678', 'personal-info/mobile:block:090-1234-5678'],
    ['Details: https://www.city.yanagawa.fukuoka.jp/ 090-1234-5678 (my mobile)', 'personal-info/mobile:block:090-1234-5678'],
    ['Apply via https://www.city.yanagawa.fukuoka.jp/ Info: Tourism Division 0944-77-8590, or my home 0944-72-1111', 'personal-info/phone:warn:0944-72-1111'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info, round 82: a pupil of a class told before, a named person\'s account, and a shop\'s or a desk\'s own number and address (blind R82A-044, R82A-087, HM-003, HM-120, HM-047, HM-026, HM-010, HM-040)', () => {
  // Kind (R82A-044): a class told with its school, grade and class number for what it did (…5年2組でした), then one pupil of it named in the next
  // sentence that points back to the class (クラスで…描いてくれた 立花 凛 さん, 同じクラスの…さん, 学級代表の…くん); a kanji name parted from its
  // honorific by a space is a name too. A class with no one named, a staff member (講師, 栄養士) or a group (保護者の皆さん) is none.
  it.each([
    '給食の残食ゼロ月間、今年いちばん食べ残しを減らしたのは蒲池小学校5年2組でした🍚✨\nクラスで「もったいないポスター」を描いてくれた 立花 凛 さんの作品を、給食センターの入口に飾っています！\n#柳川 #学校給食 #食育',
    '昭代第一小学校3年1組が、リサイクル標語コンクールで学級賞を受賞しました。\nクラスで標語を考えてくれた 古賀 美咲 さんの作品を市役所ロビーに展示しています。',
    '読書週間にいちばん本を借りてくれたのは城内小4年3組でした📚\n同じクラスの松尾ひなたさんは、ひとりで42冊読んだそうです。',
    '有明小学校6年1組が、交通安全ポスターで最優秀賞ばいただきました。\n学級代表として描いてくれた 江口 蒼 くんの作品ば、駅に飾っとります！',
    '蒲池小5年2組の花壇が、花いっぱいコンクールで金賞に選ばれました🌷\nクラスの水やり当番表を作ってくれた 堤 陽向 さん、ありがとうございました。',
  ])('flags %s', (text) => expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block:'))).toBe(true))
  it.each([
    '今年いちばん食べ残しを減らしたのは蒲池小学校5年2組でした。\nクラスのみんなで描いた「もったいないポスター」を給食センターの入口に飾っています！',
    '蒲池小学校5年2組で食育の出前授業を行いました。\nクラスで講師を務めた栄養士の 立花 恵子 さんが、残食を減らすコツを紹介しました。',
    '蒲池小学校5年2組が優勝しました。\nクラスで応援してくださった保護者の皆さん、ありがとうございました。',
    '給食の残食ゼロ月間の結果を発表します。\nクラスごとの残食量は、給食センターの 立花 さんが集計してくれました。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))

  // Kind (R82A-087): a named person's account given in the bracket after the name, or after it on the line, its bank and branch first
  // (北村 真由美 様（筑後信用金庫 柳川支店 普通 0458127）): theirs, block; a family name in 村/町/市 before a space is no town. A body's account
  // (柳川市災害義援金, 会計管理者, 株式会社…様) stays a note.
  it.each([
    ['【児童手当 口座確認のお願い】\n\n10月支給分の振込が、口座の名義相違により返金された方がいらっしゃいます。\n北村 真由美 様（筑後信用金庫 柳川支店 普通 0458127）、お手数ですが子ども家庭課までご連絡ください。\n\nそのほかの方の支給は予定どおり完了しています。', 'personal-info/bank-account:block:0458127'],
    ['返金先の確認です。中村 健太さん（福岡銀行 柳川支店 普通預金 3345120）の口座に本日振り込みました。', 'personal-info/bank-account:block:3345120'],
    ['口座名義が違っとったとは、木村 一郎 さん（筑邦銀行 大和支店 普通 7712045）ですけん、子ども家庭課に連絡ばお願いします。', 'personal-info/bank-account:block:7712045'],
    ['振込先：田村 花子 様 西日本シティ銀行 柳川支店 普通 5566778', 'personal-info/bank-account:block:5566778'],
    ['給付金の振込先が確認できなかった方：松村様、JAみなみ筑後 三橋支店 普通 1029384 の口座は解約されていました。', 'personal-info/bank-account:block:1029384'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    ['義援金の受付口座：筑後信用金庫 柳川支店 普通 0458127 口座名義 柳川市災害義援金', ['personal-info/bank-account:info:0458127']],
    ['ふるさと納税の寄附金は、柳川市 会計管理者（福岡銀行 柳川支店 普通 1234567）へお振り込みください。', ['personal-info/bank-account:info:1234567']],
    ['寄付は株式会社みずほ建設様（福岡銀行 柳川支店 普通 1234567）からいただきました。', ['personal-info/bank-account:info:1234567']],
    ['北村 真由美 様、お問い合わせありがとうございました。筑後信用金庫 柳川支店での手続きについては子ども家庭課までご連絡ください。', []],
    ['児童手当の振込口座は、受給者ご本人名義の口座に限ります。口座の変更は子ども家庭課へお届けください。', []],
  ])('passes %s', (text, expected) => expect(run(text)).toEqual(expected))

  // Kind (HM-003, HM-120): a facility or a shop the post names (子育て支援センター「ほりわりっこ」, 図書館分室「…」, 「茶房 ほりばた」さん) called by that
  // name alone on its contact line (お申し込みは、ほりわりっこ（0944-…）まで, お問い合わせ：ほりわりっこ 0944-…): its line, a note. A home or a
  // person at the number (山田さん宅, 古賀様の携帯) or another name before it (江口 0944-…) is still flagged.
  // Kind (HM-047, HM-026): a number followed by a desk's hours (（平日8時30分〜17時15分）, (weekdays, 9:00-17:00), （月〜金 9:00-16:00）) in a post naming
  // a public body (…センター, …相談室, the … Office), no private person told between: the desk's line. A home, a person or a neighbour stays flagged.
  // Kind (HM-010, HM-040): an address on a line of an info block (■住所　…番地, 📍…番地　☎…, 所在地 …) in a post naming a shop (「…」さん, 専門店「…」)
  // and telling its hours or the shop's consent: the shop's. A home told at the address (（川端様宅）), a person's own home, a post naming no shop
  // or telling neither hours nor consent is still flagged.
  it.each([
    '子育て支援センター「ほりわりっこ」で、1月の親子リトミックを開催します🎵\nおうちの方と一緒に、音楽に合わせて体を動かしてみませんか？\n\n○日時：1月21日（水）10時30分〜11時15分\n○対象：1歳〜2歳のお子さんと保護者\n○定員：10組（先着順）\n○参加費：無料\n\nお申し込みは、ほりわりっこ（0944-74-3307）まで📞\n#柳川 #子育て #リトミック #ほりわりっこ',
    '【子育て支援センター「ほりわりっこ」のご利用案内】\n\n■開館日　月曜日〜土曜日（日曜・祝日・年末年始は休館）\n■開館時間　9時〜16時\n■場所　柳川市三橋町高畑215番地（三橋保健福祉センター1階）\n■対象　就学前のお子さんと保護者\n■利用料　無料\n\n※初めての方は、受付で利用カードをお作りします。\n※駐車場は三橋保健福祉センターの駐車場をご利用ください。\n\nお問い合わせ：ほりわりっこ 0944-74-3307\n市役所からおかけの場合は、代表（0944-73-8111）から内線2475へ',
    '【妊娠・出産・子育ての相談は、こども家庭センターへ】\n・妊娠届と母子健康手帳の交付\n・産後ケア（日帰り・宿泊）の申込\n・離乳食や夜泣きなどの育児相談\n保健師・助産師・保育士が対応します。0944-77-8843（平日8時30分〜17時15分）',
    '[Are you worried about bullying?]\n\nThe Yanagawa City Education Counseling Office listens to children and parents who are worried about bullying or friendships at school.\nYou can talk to us without giving your name. We will keep what you tell us private.\n\nPhone: 0944-77-8862 (weekdays, 9:00-17:00)\nEmail: soudan@city.yanagawa.lg.jp\nWe can also arrange an interpreter in English, Chinese, Vietnamese and other languages.',
    '【水郷のうなぎ、いただきます】\n\n沖端の「うなぎ処 川端屋」さんは、創業90年を超える老舗。秘伝のたれで蒸し上げるせいろ蒸しは、ふっくらとした身と香ばしいたれがしみたご飯が特長です。\n\n三代目店主の川端 誠さんは「うちのたれは毎日継ぎ足して、火事のときも真っ先に持ち出した宝物です」と話してくれました。\n\n■住所　柳川市沖端町42番地\n■電話　0944-72-5186\n■営業時間　11時〜15時（水曜定休）\n\n※店名・店主のお名前・お話の掲載は、お店の許可をいただいています。',
    'せいろ蒸し専門店「舟宿よし乃」さんに、おじゃましました🍱\n錦糸玉子の黄色とうなぎの照りがたまらない一品。二代目の吉野 美奈子さんが「蒸籠で蒸すから、最後のひと口まで熱々なんです」と教えてくれました\n📍柳川市稲荷町9番地　☎0944-73-4480\n（お店の許可を得て掲載しています）\n#柳川 #うなぎのせいろ蒸し #柳川グルメ',
    '図書館分室「くりーく文庫」で、おはなし会を開きます📚\n\n○日時：2月8日（土）10時30分〜\n○定員：15組\n\nお申し込みは、くりーく文庫（0944-72-1234）まで',
    '【児童館「すくすく」のご案内】\n\n■開館日 火曜日〜日曜日\n\nお問い合わせ：すくすく 0944-74-5555',
    '沖端の「茶房 ほりばた」さんに新メニューが登場しました☕\n\nご予約は、ほりばた（0944-73-9999）へどうぞ',
    '【子育ての悩みは、家庭児童相談室へ】\n・しつけや発達の相談\n・不登校の相談\n相談員が対応します。0944-77-8000（平日9時〜16時）',
    'The Yanagawa City Child Support Center can help with childcare questions.\n\nPhone: 0944-77-8100 (Mon-Fri, 8:30-17:15)',
    '柳川市消費生活センターの相談員が、契約トラブルの相談に応じます。\n0944-77-8200（月〜金 9:00-16:00）',
    '柳川名物のさげもんを扱う「さげもん工房 ひなや」さんを訪ねました。\n\n■住所　柳川市新町12番地\n■営業時間　10時〜17時\n\n※お店の許可を得て掲載しています。',
    '和菓子店「菓舗 水月」さんの季節の上生菓子🌸\n📍柳川市本町5番地3　☎0944-72-0000\n（掲載はお店の了承を得ています）',
    '喫茶「川のほとり」さんでひと休み☕\n\n所在地 柳川市三橋町高畑8番地\n営業時間 9時〜18時（月曜定休）',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    ['子育て支援センター「ほりわりっこ」で、親子リトミックを開催します🎵\n\nお申し込みは、ボランティアの山田さん宅（0944-74-3307）まで', 'personal-info/phone:block:0944-74-3307'],
    ['子育て支援センター「ほりわりっこ」で、親子リトミックを開催します🎵\n\nお問い合わせ：江口 0944-74-3307', 'personal-info/phone:warn:0944-74-3307'],
    ['子育て支援センター「ほりわりっこ」で、親子リトミックを開催します🎵\n\nお申し込みは、ほりわりっこ代表の古賀様の携帯（090-1234-5678）まで', 'personal-info/mobile:block:090-1234-5678'],
    ['【子育ての相談は、こども家庭センターへ】\n夜間は保健師の田中さんのご自宅 0944-77-8843（平日18時〜21時）へ', 'personal-info/phone:block:0944-77-8843'],
    ['相談員の古賀さん（0944-77-8843、平日9時〜17時）が対応します。', 'personal-info/phone:block:0944-77-8843'],
    ['こども家庭センターの育児相談のお知らせです。\n\n近所の方が子犬を預かっています。\n0944-77-8843（平日9時〜17時）', 'personal-info/phone:warn:0944-77-8843'],
    ['こども家庭センターの行事です。\n\n参加者の山田さんから一言。\n0944-77-8843（自宅、平日9時〜17時）', 'personal-info/phone:warn:0944-77-8843'],
    ['沖端の「うなぎ処 川端屋」さんは、創業90年を超える老舗。\n\n■住所　柳川市沖端町42番地（川端様宅）\n■営業時間　11時〜15時\n\n※お店の許可をいただいています。', 'personal-info/address:block:柳川市沖端町42番地'],
    ['「うなぎ処 川端屋」さんの店主、川端 誠さんのご自宅は柳川市沖端町45番地です。', 'personal-info/address:block:柳川市沖端町45番地'],
    ['■住所　柳川市沖端町42番地\n■営業時間　11時〜15時', 'personal-info/address:warn:柳川市沖端町42番地'],
    ['「うなぎ処 川端屋」さんで修業した森田さんが独立しました。\n\n■住所　柳川市沖端町42番地', 'personal-info/address:warn:柳川市沖端町42番地'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info, round 84: someone living at a house number, and an insurance card\'s number told bare after the card (blind R84A-001, R84A-031)', () => {
  // Kind (R84A-001): a house-level address with a verb of living right after it (…番地で一人暮らしをされている男性, …番地でひとり暮らしの,
  // …番地で暮らしておられる, …番地で生活されている, …番地に一人で住んどらす): the number is that person's home, block. A venue's address closed
  // by its bracket before the verb, or 暮らし as a topic (一人暮らしの高齢者を見守る), tells no one's home.
  it.each([
    ['福祉課の仕事を少しだけ紹介させてください。\n\n昨日は朝から訪問続きでした。三橋町今古賀２１５番地で一人暮らしをされている男性（84）のお宅では、冷蔵庫がほとんど空っぽで、ヘルパーさんと相談して買い物の段取りを組み直しました。\n\nこうした小さな積み重ねが、地域の見守りを支えています。福祉の仕事に興味のある方、ぜひ一緒に働きませんか。', 'personal-info/address:block:三橋町今古賀２１５番地'],
    ['大和町中島１５２０番地でひとり暮らしをしている女性（91）を訪ねました。', 'personal-info/address:block:大和町中島１５２０番地'],
    ['昭代二丁目5番8号で暮らしておられるご夫婦から、庭の木の相談がありました。', 'personal-info/address:block:昭代二丁目5番8号'],
    ['西蒲池１２３４番地で生活されている高齢のご夫婦に、配食サービスを紹介しました。', 'personal-info/address:block:西蒲池１２３４番地'],
    ['三橋町藤吉412番地に一人で住んどらすおばあちゃんが、毎朝手を振ってくれるとです。', 'personal-info/address:block:三橋町藤吉412番地'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    '三橋公民館（三橋町今古賀２１５番地）で一人暮らしの高齢者向けの料理教室を開きます。',
    '一人暮らしの高齢者を見守る取り組みを、三橋町今古賀の地域で進めています。',
    '柳川市役所（本町87番地1）で、ひとり暮らしの方のための相談会を開きます。',
    '会場は柳川市三橋町高畑215番地です。生活相談も受け付けます。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))

  // Kind (R84A-031): an insurance or pension card named (被保険者証, 保険証, 資格確認書, 年金手帳), then a bare 番号 with six to twelve digits told
  // within the paragraph (番号は0003184726, 番号：12345678, 番号が…の方, 番号「…」): the number on the card, its holder's, block. Another number
  // (電話番号, 受付番号), a phone's shape, a sample (…のように) or 番号 with no digits is not.
  it.each([
    ['介護保険課です。昨日の夕方、申請窓口のカウンターに介護保険の被保険者証が置かれたままになっていました。番号は0003184726、お名前はツツミ ハルエ様です。本人確認できるものをお持ちのうえ、2階の介護保険課までお越しください。', 'personal-info/insurance:block:0003184726'],
    ['後期高齢者医療の保険証をお預かりしています。番号：12345678、お名前はヤマダ タロウ様です。', 'personal-info/insurance:block:12345678'],
    ['国民健康保険の資格確認書の落とし物がありました。番号が00812345の方は、保険年金課までご連絡ください。', 'personal-info/insurance:block:00812345'],
    ['市民プールの更衣室に介護保険証の忘れもんがあったとよ。番号は 0001234567 やけん、心当たりのある人は取りに来てね。', 'personal-info/insurance:block:0001234567'],
    ['年金手帳が駐車場に落ちていました。番号「1234567890」です。お心当たりの方はご連絡を。', 'personal-info/insurance:block:1234567890'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    '介護保険の被保険者証は、番号が書かれた面を上にして窓口にお出しください。',
    '保険証の再発行は窓口で受け付けます。電話番号は0944738111です。',
    '保険証の更新手続きでは、受付番号は000123から順にお呼びします。',
    '被保険者証の見本では、番号は12345678のように記載されています。',
    '保険証をなくされた方は、番号がわからなくても再発行できます。お問い合わせは保険年金課 0944-73-8111 まで。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info/residence-card (5(1)), round 88: a sample number marked right at it (blind R89A-032)', () => {
  // Kind: a notice telling how to fill a form's 在留カード番号 field shows the card number's shape as a sample, marked so right at the
  // value (番号（記入例：AB12345678CD）を書いてください, （例：…）, AB12345678CD（記入例）のように, AB12345678CDみたいな形): no one's number,
  // whether or not the card is named. A real number of a card found or handled, or a sample marker a sentence away, is still the card's.
  it.each([
    // the false positive
    ['【外国人住民の皆さんへ　転入の手続き】\n\n柳川市に引っ越してきたら、14日以内に市民課で転入の届出をしてください。\n\n持ち物：在留カード、パスポート\n\n届出書の「在留カード番号」の欄には、カードの右上にある番号（記入例：AB12345678CD）を書いてください。\n\n市民課（本庁舎1階）0944-77-8503'],
    // variants: （例：…） after the format told; the marker in a bracket after the value; 例： opening an input hint; a plain-spoken shape
    ['在留カード番号は、英字2文字・数字8けた・英字2文字の12けたです（例：AB12345678CD）。申請書にそのまま書き写してください。'],
    ['申請書の在留カード番号欄には、AB12345678CD（記入例）のように、カードに書かれているとおりにご記入ください。'],
    ['オンライン申請では在留カードの番号を入力します。例：XY98765432ZW（英字は半角大文字で入力してください）'],
    ['在留カードの番号って、AB12345678CDみたいな形のやつです。右上に書いてあるけん、見てみてください。'],
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    // hard positives sharing its words: a card found, a named person's number written in a form, a sample said a sentence before
    ['在留カードの落とし物がありました。番号はAB12345678CD、持ち主の方は市民課へ。', 'personal-info/residence-card:block:AB12345678CD'],
    ['届出書の在留カード番号の欄に、グエンさんの番号（AB12345678CD）を書いておきました。', 'personal-info/residence-card:block:AB12345678CD'],
    ['記入例を見ながら書いてくださいね。在留カードをお預かりしました。番号：XY98765432ZW', 'personal-info/residence-card:block:XY98765432ZW'],
    ['在留カードを拾いました。AB12345678CDみたいな番号が書いてあります。', 'personal-info/residence-card:block:AB12345678CD'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/phone (5(1)), round 88: a desk called in a multilingual notice\'s other language (blind HP-141)', () => {
  // Kind: a notice asks the reader, in Vietnamese (or Portuguese, Chinese, Korean), to call a desk named by its kind right before the number
  // (hãy gọi cho Quầy tư vấn dành cho người nước ngoài (0944-…), liên hệ Trung tâm …: 0944-…, ligue para o Balcão …, 请拨打…科（…）, …상담창구
  // (…)로 전화): the desk's line, as "call the consultation desk (0944-…)" is in English. A person or a home told in the sentence (chị Lan,
  // nhà riêng của ông Tuấn, 王先生家里, 김민수 씨 집, a casa da Sra. Silva) keeps the number a private one.
  it.each([
    // the false positive
    ["Hello from the Yanagawa International Desk! Many Vietnamese residents asked us how to see a doctor at night. Here is how:\n1. If it is an emergency (you cannot breathe, you are bleeding a lot, someone has collapsed), call 119 for an ambulance. It is free.\n2. If you are not sure whether to go to the hospital, call the medical consultation line #7119.\n3. For a fever or a stomachache at night, the Yanagawa Night Clinic at the Health Center is open every day 19:00-22:00.\nPlease bring your health insurance card. A therapist and a nurse who speak English are available on Tuesdays.\n\nXin chào! Nếu bạn cần phiên dịch tiếng Việt ở bệnh viện, hãy gọi cho Quầy tư vấn dành cho người nước ngoài (0944-77-8210) trong giờ hành chính.\n(Phone: International Exchange Section, weekdays 8:30-17:15)"],
    // variants: other Vietnamese verbs and desks, a colon; Portuguese, Chinese and Korean
    ['Liên hệ Trung tâm Giao lưu Quốc tế Yanagawa: 0944-77-8210 (thứ Hai đến thứ Sáu).'],
    ['Hãy gọi điện thoại đến Phòng Giao lưu Quốc tế (0944-77-8210) nếu bạn cần hỗ trợ.'],
    ['Quý vị có thể liên lạc với văn phòng hỗ trợ người nước ngoài 0944-77-8210 trong giờ hành chính.'],
    ['Por favor, ligue para o Balcão de Consultas para Estrangeiros (0944-77-8210).'],
    ['请拨打柳川市国际交流科（0944-77-8210）咨询。'],
    ['궁금한 점은 외국인 상담창구(0944-77-8210)로 전화해 주세요.'],
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    ['Xin chào! Nếu cần giúp đỡ, hãy gọi cho chị Lan (0944-12-3456) vào buổi tối.', 'personal-info/phone:warn:0944-12-3456'],
    ['Nếu cần phiên dịch, hãy gọi cho Quầy tư vấn dành cho người nước ngoài, số nhà riêng của ông Tuấn (0944-12-3456).', 'personal-info/phone:warn:0944-12-3456'],
    ['请拨打王先生家里的电话（0944-12-3456）。', 'personal-info/phone:warn:0944-12-3456'],
    ['궁금한 점은 김민수 씨 집(0944-12-3456)으로 전화해 주세요.', 'personal-info/phone:warn:0944-12-3456'],
    ['Por favor, ligue para a casa da Sra. Silva (0944-12-3456).', 'personal-info/phone:warn:0944-12-3456'],
    // the desk named, but a person or a home told with the number
    ['Liên hệ Trung tâm Giao lưu Quốc tế chị Lan: 0944-12-3456.', 'personal-info/phone:warn:0944-12-3456'],
    ['Hãy gọi cho Quầy tư vấn (0944-12-3456) nhà riêng.', 'personal-info/phone:warn:0944-12-3456'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/email (5(1)), round 90: the sign\'s whole name in brackets (…（アットマーク）gmail.com, ［あっとまーく］, (at mark)) (blind R90A-032)', () => {
  // Kind: a private person's address with "@" written as its name, アットマーク / あっとまーく / at mark, set in brackets (full-width
  // （）［］ or 【】〔〕) or spaced, against address harvesters: the name stands for "@" as (at) does; a free-mail domain after it is personal.
  it.each([
    // the miss
    ['教員採用試験の面接が不安な方へ。元面接官で今は退職された田尻先生が、個人的に相談に乗ってくださるそうです。連絡は tajiri.kenta1958（アットマーク）gmail.com まで。とても親身な方ですよ。', 'personal-info/email:block:tajiri.kenta1958（アットマーク）gmail.com'],
    // variants: hiragana in square brackets, English in half-width brackets, lenticular brackets with a carrier domain, spaced " at mark " and a dialect ending
    ['出品者の野田さんへの問い合わせは sato.mi88［あっとまーく］yahoo.co.jp へお願いします。', 'personal-info/email:block:sato.mi88［あっとまーく］yahoo.co.jp'],
    ['感想は koga_h (at mark) icloud.com に送ってね！', 'personal-info/email:block:koga_h (at mark) icloud.com'],
    ['元会長の織田様が窓口です。kenji.oda【アットマーク】docomo.ne.jp までご連絡くださいませ。', 'personal-info/email:block:kenji.oda【アットマーク】docomo.ne.jp'],
    ['写真が欲しか人は taro77 at mark gmail【ドット】com に連絡してくれんね。', 'personal-info/email:block:taro77 at mark gmail【ドット】com'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // hard negatives: the sign's name explained, the city's own address written the same way, an account handle, English "at mark"
    ['メールアドレスの「@（アットマーク）」は半角で入力してください。'],
    ['問い合わせは kikaku（アットマーク）city.yanagawa.lg.jp まで。'],
    ['迷惑メール対策のため、市のアドレスの＠は（アットマーク）と表記しています。'],
    ['市の公式アカウントは Instagram（アットマーク）yanagawa_city です。'],
    ['Runners turn back at mark 3 of the course.'],
  ])('passes %s', (text) => expect(run(text).filter((f) => !f.includes(':info:'))).toEqual([]))
})

describe('personal-info/phone (5(1)), round 91: a city facility named in English in lower case or the possessive, then "Call 0944-…" (blind HQ-025)', () => {
  // Kind: an English notice names a public facility the way English prose does, lower case after its owner (Yanagawa City's education
  // support center "Hidamari", the city's child support office, our municipal counseling center) or in Title Case ending in Desk/Counter/
  // Hotline (the Yanagawa City Tax Consultation Desk), then asks the reader to call a fixed-line number, the desk's hours in brackets after it:
  // the facility's line, as 問い合わせ：…センター 0944-… is. A person or a home told at the number (call Mr. Tanaka, call my home/mobile) stays flagged.
  it.each([
    // the false positive
    ['Is your child finding it hard to go to school? Yanagawa City\'s education support center "Hidamari" offers free, confidential consultations for parents and children. Call 0944-72-6180 (weekdays 9:00-17:00). Interpretation is available.'],
    // variants: the city's … office, a quoted hotline name, our municipal … center with "please call", a Title Case Desk, a quoted name with no city
    ['Need help with childcare? The city\'s child support office gives free advice. Call 0944-72-6111 (Mon-Fri 8:30-17:15).'],
    ['Worried about bullying? Yanagawa City\'s youth hotline \'Kokoro\' listens in confidence. Call 0944-73-8000 (weekdays 10:00-16:00).'],
    ['Our municipal counseling center is open to all residents. Please call 0944-77-8210 (weekdays 9:00-17:00).'],
    ['Questions about your tax return? Visit the Yanagawa City Tax Consultation Desk. Call 0944-77-8500 (weekdays 8:30-17:15).'],
    ['The family support center "Egao" offers free consultations in English. Call 0944-72-6190 (weekdays 9:00-17:00).'],
    // a person named in another sentence of the notice does not own the desk's number
    ['Mr. Koga of the city\'s welfare office explains the new allowance. Call 0944-72-6190 (weekdays 8:30-17:15).'],
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    // the same facility named, but the number is a person's or a home's
    ['Yanagawa City\'s education support center "Hidamari" offers free consultations. For details, call Mr. Tanaka at 0944-72-6180 (weekdays 9:00-17:00).', 'personal-info/phone:warn:0944-72-6180'],
    ['The city\'s support center is closed on weekends, so call my home 0944-72-6180 (Sat-Sun 9:00-17:00).', 'personal-info/phone:warn:0944-72-6180'],
    ['Yanagawa City\'s education support center "Hidamari" is busy. Call Mr. Tanaka 090-1234-5678 (weekdays 9:00-17:00).', 'personal-info/mobile:block:090-1234-5678'],
    ['The city\'s child support office is full this week. Call my mobile 090-2345-6789 instead.', 'personal-info/mobile:block:090-2345-6789'],
    // a Title Case body named, a person told with a title before the number (the title's full stop does not end the sentence)
    ['The Yanagawa City Support Center is closed on Sundays. Please call Dr. Koga at 0944-72-6180 (Sun 9:00-12:00).', 'personal-info/phone:warn:0944-72-6180'],
    // no facility named at all: whose line it is goes unsaid
    ['Is your child finding it hard to go to school? I can help. Call 0944-72-6180 (weekdays 9:00-17:00).', 'personal-info/phone:warn:0944-72-6180'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info: blind R94A-062, a person named in full whose own illness or emergency is told (救急要請は…田中 ハツ子さん（91）でした。…認知症があって)', () => {
  // Kind: a full name with a detail (an age) and, in the sentence or the one before or after, the person's own medical state or
  // emergency (認知症があって, 持病, 救急要請は…でした, 救急車で運ばれ, 意識不明, 入院中): 要配慮個人情報 of one known person. Not a
  // service's or a course's name (救急救命士, 認知症カフェ), nor a quoted example.
  it.each([
    ['先ほどの救急要請は、昭代の田中 ハツ子さん（91）でした。ご家族によると認知症があって、夜中に家を出て用水路に落ちたそうです。幸い命に別状はありません。', 'personal-info/identifiable-person:block:田中 ハツ子さん'],
    ['昨日の救急搬送は、古賀トシエさん（84）でした。持病の心臓病が悪化したそうです。', 'personal-info/identifiable-person:block:古賀トシエさん'],
    ['けさ救急車で運ばれたのは、蒲池の堤 キヨさん（88）です。ご近所の話では持病があったとのことです。', 'personal-info/identifiable-person:block:堤 キヨさん'],
    ['江口 フミ子さん（90）は意識不明のまま入院中やけん、みんなで祈っとってね。', 'personal-info/identifiable-person:block:江口 フミ子さん'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    '救急救命士の田中 太郎さんが消防長表彰を受けました。',
    '認知症カフェ「ひだまり」は毎月第2火曜日、昭代公民館で開いています。講師は田中 花子さんです。',
    '救急要請は年々増えており、昨年は過去最多の4,812件でした。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it('a quoted example is a mention: not blocked', () =>
    expect(run('「救急要請は田中 ハツ子さん（91）でした」といった書き込みは、個人情報の投稿例として研修で使います。').filter((x) => x.includes(':block:'))).toEqual([]))
})

describe('personal-info: blind R94A-108, a patient pointed at as kin with details (搬送されたお父様（72）は、有明中央病院の救急外来で…奥様の美智子さん)', () => {
  // Kind: a patient not named but pointed at as someone's kin (お父様, お母様, ご主人, おじいちゃん), taken to hospital or treated in the
  // same sentence, with details: the age, where they live (…のご自宅), the hospital by name, another of the family by name. In a reply
  // (the kin is the asker's own) two details block; in a post, three.
  const reply = (text: string) => summary(findingsOf(personalInfo, text, { mode: 'reply' }))
  it.each([
    ['ご連絡ありがとうございます。昨夜、鷹ノ尾のご自宅から搬送されたお父様（72）は、有明中央病院の救急外来で手当てを受けておられます。奥様の美智子さんにも同じ内容をお伝えしています。', 'personal-info/identifiable-person:block:お父様'],
    ['お問い合わせの件、本日未明に蒲池のご自宅から搬送されたお母様（85）は、柳川病院に入院されています。', 'personal-info/identifiable-person:block:お母様'],
    ['ご心配をおかけしております。おじいちゃん（90）は、いま有明中央病院で治療を受けておられます。娘さんの恵さんにも連絡済みです。', 'personal-info/identifiable-person:block:おじいちゃん'],
    ['ご主人（68）は三橋町のご自宅から救急車で運ばれ、意識はしっかりしておられます。', 'personal-info/identifiable-person:block:ご主人'],
  ])('in a reply, flags %s', (text, expected) => expect(reply(text)).toContain(expected))
  it('in a post, three details', () =>
    expect(run('昨夜、沖端町のご自宅から搬送されたおばあ様（93）は、柳川病院で手当てを受けておられ、お孫さんの美咲さんが付き添っています。')).toContain('personal-info/identifiable-person:block:おばあ様'))
  it.each([
    'ご連絡ありがとうございます。お父様のご容体については、搬送先の病院へ直接お問い合わせください。',
    'お母様（72）が入院されたとのこと、心よりお見舞い申し上げます。',
    '「搬送されたお父様（72）は有明中央病院に」といった書き込みは控えてください。',
  ])('in a reply, passes %s', (text) => expect(reply(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each(['救急搬送されたお子さんの保護者の方は、有明中央病院の救急外来へお越しください。', '有明中央病院では、認知症のご家族を介護する方向けの相談会を開いています。'])('passes %s', (text) =>
    expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info: blind R95A-027, a mascot introducing itself as the post opens (どんこちゃんだよ〜🐟)', () => {
  // Kind: a kana name with ちゃん/くん/たん opening the post (or after a greeting), then だよ/です/でーす closed by any mark (a wave dash,
  // an emoji, a space, ！): the account's character speaking, not a person named; an age word later (二十歳のつどい) is no one's detail.
  // A child named with details later in the same post is still a person.
  it.each([
    'どんこちゃんだよ〜🐟 今日は二十歳のつどいの会場で、新成人のみんなといっしょに写真をとったよ📸 おめでとう〜🎉\n#柳川 #二十歳のつどい',
    'どんこちゃんだよ🐟 二十歳のつどい、おめでとう〜🎉',
    'こんにちは！どんこちゃんです♪ 今日は20歳の記念植樹に行ったよ🌳',
    'どんこちゃんでーす！ 二十歳のみんな、おめでとう〜',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    ['どんこちゃんだよ〜🐟 今日は城内小3年のあおいちゃん（9）と写真をとったよ📸', 'personal-info/identifiable-person:warn:あおいちゃん'],
    ['今日は二十歳のつどいの会場で、三橋町の古賀 ゆうかちゃん（20）といっしょに写真をとったよ📸', 'personal-info/identifiable-person:block:古賀 ゆうかちゃん'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/phone (5(1)), round 96: a company named by its legal form before its number (blind HR-037)', () => {
  // Kind: a business named by its legal form and then its name (株式会社有明土木, 有限会社みずほ設備, (株)筑後開発, 一般社団法人…), its number
  // right after it or in the bracket after it: the company's line, whatever trade its name tells. A person named after the company, or a
  // person's post glued to it (代表取締役田中), still owns the number.
  it.each([
    '【下水道工事に伴う通行止めのお知らせ】\n\n公共下水道の整備工事を次のとおり行います。工事期間中は全面通行止めとなりますので、ご理解とご協力をお願いします。\n\n■工事箇所　柳川市三橋町高畑地内（市道高畑3号線）\n■期間　令和7年12月1日（月）〜令和8年2月27日（金）\n■時間　8時30分〜17時（夜間・土日祝日は通行できます）\n■施工業者　株式会社有明土木（0944-74-5521）\n\n※沿道にお住まいの方の車両は、誘導員の指示で通行できます。\n※ごみ収集・郵便・宅配は通常どおりです。\n\n問い合わせ：下水道課 工務係 0944-77-8755',
    '施工：有限会社みずほ設備 0944-72-1180',
    '水道管の更新工事は、請負業者の(株)筑後開発（電話0944-73-2210）が行います。',
    '■受託者　一般社団法人やながわ観光 0944-73-0001',
    '工事の騒音については、施工業者の合同会社クリーク（0944-75-3300）へお尋ねください。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    ['■施工業者　株式会社有明土木の田中さんのご自宅（0944-74-5521）', 'personal-info/phone:block:0944-74-5521'],
    ['■施工業者　株式会社有明土木 田中（0944-74-5521）', 'personal-info/phone:warn:0944-74-5521'],
    ['株式会社有明土木代表取締役田中 090-1234-5678', 'personal-info/mobile:block:090-1234-5678'],
    ['現場の責任者は株式会社有明土木の古賀様です。ご自宅 0944-74-5521', 'personal-info/phone:block:0944-74-5521'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/phone (5(1)), round 96: an English notice that a service must be booked, then "please call 0944-…" (blind HR-130)', () => {
  // Kind: the notice says something must be booked (must be booked in advance, reservations are required, to book, by appointment only,
  // advance registration) and asks the reader to call a fixed-line number in that sentence or the next: the line taking the bookings, as
  // 予約は…0944-…へ is. Not the noun "book"; not when a person or a home is told from the booking words to the number; a mobile stays private.
  it.each([
    'Sodai-gomi (oversized garbage) must be booked in advance. Please call 0944-77-8770 (weekdays 8:30–17:00). English support is available on Tuesdays.',
    'Flu shots are by appointment only. To make one, call 0944-72-3101 (Mon-Fri, 9:00-16:00).',
    'Reservations are required for the sightseeing boat. Please call 0944-73-2145.',
    'To book a tennis court, phone 0944-74-0088 at least three days ahead.',
    'Advance registration is needed for the cooking class: call 0944-76-1234.',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    ['Reservations are required. Please call my home at 0944-77-8770.', 'personal-info/phone:warn:0944-77-8770'],
    ['To book, call Mr. Koga at 0944-77-8770 in the evening.', 'personal-info/phone:warn:0944-77-8770'],
    ['Reservations are required. Please call 090-2345-6789.', 'personal-info/mobile:block:090-2345-6789'],
    ['Please return the book by Friday. Call 0944-77-8770 if you have questions.', 'personal-info/phone:warn:0944-77-8770'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/address (5(1)), round 98: a named person\'s new or moved-to home as the topic before its house number (blind R99A-024)', () => {
  // Kind: a word for someone's (new) home as the topic, 新居は / 新しいお家は / 引っ越し先は / 転居先が / 家は, the house-level address right
  // after it (no bracket between): that home's address, whoever's it is (block). Not 新居 as a topic of a desk's notice with a bracketed
  // facility address, not 新居の相談会 (no topic), not an office's 引っ越し先.
  it.each([
    ['人事課の中島さん、先週末にご結婚されました〜💐 おめでとうございます！\n新居は三橋町高畑318番地の2のアパートやそうで、お祝いば送りたか人はそっちにどうぞ、て本人が言いよりました笑\n末永くお幸せに！', 'personal-info/address:block:三橋町高畑318番地の2'],
    ['総務課の堤さん、ついにマイホームを建てられました！新居は大和町鷹ノ尾623番地2、遊びに行きたい人は声をかけてね。', 'personal-info/address:block:大和町鷹ノ尾623番地2'],
    ['古賀係長、春に引っ越されたとです。引っ越し先は柳川市沖端町12番地3やけん、年賀状はそっちに送ってあげてください。', 'personal-info/address:block:柳川市沖端町12番地3'],
    ['松尾さんご夫妻から転居のご連絡をいただきました。転居先は三橋町江曲228番地の1です。', 'personal-info/address:block:三橋町江曲228番地の1'],
    ['西田主任の家は昭和町45番地7ですので、書類はそちらへお届けください。', 'personal-info/address:block:昭和町45番地7'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    '新居を建てる方への補助金は、建築住宅課（柳川市本町87番地1）で受け付けています。',
    '新居が決まった方は、転入届を市民課（本町87番地1）へ提出してください。',
    '子育て世帯向けの新居の相談会は、三橋公民館（三橋町高畑318番地の2）で開きます。',
    '観光協会の事務所の引っ越し先は、柳川市沖端町12番地3の新しい建物です。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info/address (5(1)), round 98: a real person\'s filled-in form shown field by field (blind R98A-095)', () => {
  // Kind: an address on its labelled line (住所：, ご住所　) in a block of lines that also gives a name field with a name or a birth-date field
  // (氏名：牛島 和子⏎生年月日：昭和17年3月2日⏎住所：…503番地): a person's record, however it is introduced (書き方の参考に, ご紹介します) (block).
  // A sample said to be one (記入例 heading, ※上記は記入例です below), a placeholder (○○ ○○, ○○町) or a facility's block (名称：…⏎住所：…) is not.
  it.each([
    ['【デマンドタクシー利用登録の書き方】\n申込書の書き方の参考に、昨日窓口でご登録いただいた方の申込書の一部をご紹介します。\n\n氏名：牛島 和子\n生年月日：昭和17年3月2日\n住所：柳川市大和町塩塚503番地\n\nこのように、住所は番地まで正確にご記入ください。', 'personal-info/address:block:柳川市大和町塩塚503番地'],
    ['先日受付した方の届出書を、参考までにそのまま載せますね。\nお名前：古賀 ひろみ\n生年月日：平成3年11月20日\n住所：柳川市三橋町高畑245番地1', 'personal-info/address:block:柳川市三橋町高畑245番地1'],
    ['きのう来なった人の申請書ば見せますけん、書き方の参考にしてください。\n住所：柳川市大和町鷹ノ尾623番地2\n氏名：西田 真理子\n電話：0944-72-1180', 'personal-info/address:block:柳川市大和町鷹ノ尾623番地2'],
    ['■ご住所　柳川市沖端町12番地3\n■申請者氏名　堤 正一\n■生年月日　昭和28年5月3日', 'personal-info/address:block:柳川市沖端町12番地3'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    '【記入例】\n氏名：柳川 太郎\n生年月日：昭和50年1月1日\n住所：柳川市本町87番地1',
    '氏名：柳川 花子\n生年月日：平成2年4月1日\n住所：柳川市本町87番地1\n\n※上記は記入例です。',
    '氏名：○○ ○○\n生年月日：昭和○年○月○日\n住所：柳川市○○町123番地',
    '名称：柳川市民会館\n住所：柳川市三橋町正行431番地\n開館時間：9時〜22時',
    '申込書には、氏名・生年月日・住所（番地まで）を正確にご記入ください。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
})

describe('personal-info/phone (5(1)), round 98: an English or plain-Japanese notice\'s desk owns its number (blind HU-048, HU-049, HU-085)', () => {
  // Kind: a notice names a city desk (English … Division, … Office, City Hall, … Center; やさしい日本語 しやくしょ, まどぐち, …か on its ばしょ line)
  // and gives a fixed line with a Phone:/Tel: label, or right after the body's name and a colon: that desk's line. A private person or a home
  // told (Mr. Koga, my home, たなかさん, じたく) keeps the number flagged; a mobile stays private.
  it.each([
    '【やさしい　にほんご】\nしが　かしている　いえ（市営住宅）に　すむ　人を　さがして　います。\nもうしこみ：2月2日（月）から　2月13日（金）まで\nばしょ：しやくしょ　1かい　4ばんの　まどぐち\nわからない　ことは　でんわで　きいて　ください。0944-77-8752',
    'Applications for city-owned housing (Shiei Jutaku)\n\nYanagawa City is accepting applications for 3 apartments.\nApplication period: February 2-13, 2026 (weekdays, 8:30-17:15)\nWhere: Housing Division, Window No. 4, 1st floor, Yanagawa City Hall\nRent depends on household income.\nForeign residents with a residence card can also apply.\nPhone: 0944-77-8752',
    'Job opening: English-speaking staff at the Yanagawa Tourist Information Center\n\nWe are looking for part-time staff who can guide visitors in English. Chinese (繁體中文 or 简体中文) is a plus.\n- Work days: 3 or 4 days a week, 9:00-18:00\n- Pay: 1,150 yen per hour\n- Apply by: March 13, 2026\nTourism Division, Yanagawa City: 0944-77-8821',
    'Free health check for residents aged 40-74.\nWhere: Health Promotion Division, Yanagawa City Hall 1F\nTel: 0944-73-8111',
    'Yanagawa City Hall (0944-73-8111)',
    'Lifelong Learning Section Tel: 0944-77-8804',
    'ばしょ：ふくしか　まどぐち\nわからない　ことは　でんわで　きいて　ください。0944-77-8752',
    'ばしょ：しやくしょ　2かい\nでんわ　して　ください。0944-73-8111',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    ['Where: Housing Division, Yanagawa City Hall\nFor details, ask Mr. Koga.\nPhone: 0944-77-8752', 'personal-info/phone:warn:0944-77-8752'],
    ['Where: Housing Division, Yanagawa City Hall\nPhone: 0944-77-8752 (my home)', 'personal-info/phone:warn:0944-77-8752'],
    ['Tourism Division, Yanagawa City: 090-2345-6789', 'personal-info/mobile:block:090-2345-6789'],
    ['ばしょ：しやくしょ　1かい\nわからない　ことは　たなかさんに　でんわで　きいて　ください。0944-77-8752', 'personal-info/phone:warn:0944-77-8752'],
    ['ばしょ：たなか\nわからない　ことは　でんわで　きいて　ください。0944-77-8752', 'personal-info/phone:warn:0944-77-8752'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/address (5(1)), round 100: a public facility whose name ends in の家 owns the address after it (review, no blind id)', () => {
  // Kind: a facility named ○○の家 (こどもの家, 少年自然の家, 青少年の家, 老人憩いの家, 交流の家, 農村婦人の家, ふれあいの家, 自然の家), or a name run
  // with 市立/県立/町立/市営 or 町/地区 and a kana name before の家, given with its house-level address (as the topic, in a bracket, on one line):
  // the facility's location, no one's home (clean). A person's home (田中さんの家, おばあちゃんの家, 友達の家, 私の家, 祖母の家, 隣の家, うちの子どもの家)
  // stays private (block).
  it.each([
    'こどもの家は柳川市三橋町高畑318番地にあります。',
    '少年自然の家（柳川市大和町塩塚503番地）で合宿を行います。',
    '老人憩いの家は本町87番地の2です。',
    '青少年の家は柳川市大和町中島520番地にあります。',
    '農村婦人の家（三橋町今古賀215番地）で料理教室を開きます。',
    'ふれあいの家の所在地は沖端町12番地3です。',
    '柳川市立蒲池みんなの家は西蒲池1107番地にあります。',
    '県立少年自然の家 柳川市大和町塩塚503番地',
    '三橋町ふれあいサロンの家は高畑318番地にあります。',
    '柳川市のこどもの家は三橋町高畑318番地です。',
    '交流の家（大和町鷹ノ尾623番地2）では、毎週水曜に健康体操をしよります。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  it.each([
    ['田中さんの家は三橋町高畑318番地です。', 'personal-info/address:block:三橋町高畑318番地'],
    ['おばあちゃんの家は三橋町高畑318番地です。', 'personal-info/address:block:三橋町高畑318番地'],
    ['友達の家（三橋町高畑318番地）で遊びました。', 'personal-info/address:block:三橋町高畑318番地'],
    ['私の家は三橋町高畑318番地です。', 'personal-info/address:block:三橋町高畑318番地'],
    ['祖母の家（大和町塩塚503番地）に帰省しました。', 'personal-info/address:block:大和町塩塚503番地'],
    ['老人憩いの家の隣の家は本町87番地の3です。', 'personal-info/address:block:本町87番地の3'],
    ['うちの子どもの家は三橋町高畑318番地です。', 'personal-info/address:block:三橋町高畑318番地'],
    ['迷子の子どもの家は三橋町高畑318番地でした。', 'personal-info/address:block:三橋町高畑318番地'],
    ['三橋町の田中の家は高畑318番地です。', 'personal-info/address:block:高畑318番地'],
    ['大和町おじいちゃんの家は塩塚503番地', 'personal-info/address:block:塩塚503番地'],
    ['交流の家のそばにある古賀さんの家は三橋町高畑320番地です。', 'personal-info/address:block:三橋町高畑320番地'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/personal-id (5(1)), round 103: a card named, then its number labelled in the bracket or after a comma, with its holder named (blind R103A-081)', () => {
  // Kind: a card a public service or a shop gives a person (利用者カード, 図書館カード, 貸出カード, 診察券, 会員証, ポイントカード) named, and
  // right after it (a bracket, a colon, a comma or の between) its number labelled カード番号 / 番号 / No. / ナンバー, with a private person named
  // anywhere in the paragraph, in any order (古賀 真理子さん名義, 持ち主は中島 健一さん, …の松尾 由美様): a personal identifier told with a name.
  it.each([
    // the miss
    ['総合体育館の受付に、利用者カード（カード番号 YG-0041873、古賀 真理子さん名義）の落とし物が届いています。お心当たりの方は受付までお越しください。', 'personal-info/personal-id:block:YG-0041873'],
    // variants: the name first, No. in a bracket, dialect, a comma before 番号は, a katakana card, 名義 with 様
    ['古賀 真理子さんの図書館カード（番号：0012-3345）を、2階カウンターでお預かりしています。', 'personal-info/personal-id:block:0012-3345'],
    ['診察券（No. A-20417）が待合室に落ちとったよ。持ち主は中島 健一さんやけん、取りに来てね。', 'personal-info/personal-id:block:A-20417'],
    ['ポイントカード番号 8801-2245-9930 の松尾 由美様、景品の引き換えをお待ちしています。', 'personal-info/personal-id:block:8801-2245-9930'],
    ['会員証、番号は M-30458、名義は堤 さくら様のものが届いています。', 'personal-info/personal-id:block:M-30458'],
    ['貸出カード（カード番号 1187-2204、松尾様名義）を返却カウンターでお預かりしとります。', 'personal-info/personal-id:block:1187-2204'],
  ])('blocks %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    // the number with no one named: a second look
    ['利用者カード（カード番号 YG-0041873）の落とし物が届いています。', 'personal-info/personal-id:warn:YG-0041873'],
    // a customer in general is no holder named
    ['図書館カード（番号 0012-3345、お客様名義）の再発行を受け付けました。', 'personal-info/personal-id:warn:0012-3345'],
  ])('warns %s', (text, expected) => expect(run(text)).toContain(expected))
  // hard negatives: the card and 番号 without a value, another number named after the card (受付番号), a count in brackets
  it.each([
    '利用者カードの番号を忘れた方は、受付で再発行できます。',
    '図書館カード番号とパスワードでログインしてください。',
    '診察券と保険証、受付番号 0012 をご確認ください。',
    'ポイントカード（番号入り）は、総合体育館の受付で古賀さんが配っています。',
    '会員証の番号は、カード裏面の10桁の数字です。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
})

describe('personal-info/phone (5(1)), round 103: a facility’s building named by what it houses owns the number after it (市民プール 管理棟 0944-…) (blind HW-017, HW-145)', () => {
  // Kind: a public facility's building named by its function (管理棟, 管理事務棟, 受付棟, 外来棟) after the facility, with a space or
  // nothing before the number (as 問い合わせ：観光課 0944-… is): the facility's own line, a note only. A building told by its number or letter
  // (市営住宅3棟, A棟) is a home; a person named at the building owns the number after them.
  it.each([
    // the false positives
    ['【市民プールの安全対策について】\n\n■AED　管理棟の入口に設置\n\n市民プール 管理棟 0944-74-3360', 'personal-info/external-phone:info:0944-74-3360'],
    ['【夏休み子ども水泳教室】\n\n○定員　40人\n\n申し込み：市民プール管理棟 0944-74-3360（7月1日9時から受付）', 'personal-info/external-phone:info:0944-74-3360'],
    // variants: in brackets, 管理事務棟, with hours after the number, a hospital's 外来棟
    ['キャンプ場管理棟（0944-74-3360）で受付をしてください。', 'personal-info/external-phone:info:0944-74-3360'],
    ['運動公園 管理事務棟 0944-74-3360', 'personal-info/external-phone:info:0944-74-3360'],
    ['問い合わせ：総合運動公園 管理棟　0944-74-3361（9時〜17時）', 'personal-info/external-phone:info:0944-74-3361'],
    ['予約は市立病院 外来棟 0944-72-1180 へ', 'personal-info/external-phone:info:0944-72-1180'],
  ])('notes only %s', (text, expected) => expect(run(text)).toEqual([expected]))
  it.each([
    // true violations sharing the words
    ['管理棟の古賀さんの自宅 0944-74-3360', 'personal-info/phone:block:0944-74-3360'],
    ['管理棟 古賀さん 0944-74-3360', 'personal-info/phone:block:0944-74-3360'],
    ['市民プール管理棟の監視員、田中さんの携帯 090-2345-6789 にお電話ください。', 'personal-info/mobile:block:090-2345-6789'],
    ['市営住宅A棟 山田様方 0944-74-3362', 'personal-info/phone:block:0944-74-3362'],
    // a numbered building is no facility: still a second look
    ['市営住宅3棟 0944-74-3360', 'personal-info/phone:warn:0944-74-3360'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info, round 104: residence card in a named person’s bracket or told with its holder; a child tied to a development service; public bodies owning numbers (blind R104A-076, R105A-096, R104A-150, HX-008, HX-050)', () => {
  // Kind: a residence card number (2 letters, 8 digits, 2 letters) in the bracket right after a named person (…さん（在留カード番号 …）のように):
  // のように likens others to the person, the number is theirs; or told as a named holder's in its sentence (…さんのもので、番号は…).
  it.each([
    ['申込書類の書き方で迷われていたグエン・ティ・ランさん（在留カード番号 UH48201937KT）のように、カードの記載を書き写す欄が分かりにくいという声が多かったため、来年度は記入例を改善します。', 'personal-info/residence-card:block:UH48201937KT'],
    ['受付で手続きをされたチャン・ティ・フォンさん（在留カード番号：ＡＢ１２３４５６７８ＣＤ）のように、記入に迷う方が多くいました。', 'personal-info/residence-card:block:ＡＢ１２３４５６７８ＣＤ'],
    ['マリア・サントスさん(在留カード番号 XY87654321ZW)のような方には、通訳が付き添いました。', 'personal-info/residence-card:block:XY87654321ZW'],
    ['説明会に来られたリー・ミンさん（在留カード AB-12345678-CD）など、多くの方が参加されました。', 'personal-info/residence-card:block:AB-12345678-CD'],
    ['技能実習生のグエン・ヴァン・ミンさんのもので、番号はＡＢ１２３４５６７８ＣＤです。', 'personal-info/residence-card:block:ＡＢ１２３４５６７８ＣＤ'],
    ['落とし主はファム・ヴァン・フンさんで、カード番号はＸＹ８７６５４３２１ＺＺです。', 'personal-info/residence-card:block:ＸＹ８７６５４３２１ＺＺ'],
    ['拾われたカードはチャン・ティ・マイさんの物で、番号 AB12345678CD となっとります。', 'personal-info/residence-card:block:AB12345678CD'],
    ['持ち主はサントス・マリアさん、番号はQR11223344ST。', 'personal-info/residence-card:block:QR11223344ST'],
  ])('blocks %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    '在留カード番号の欄には、AB12345678CDのように英字2文字・数字8桁・英字2文字を書きます。',
    'グエン・ティ・ランさん（通訳）のように、在留カードの記入を手伝ってくださる方もいます。',
    '在留カードの番号（例：AB12345678CD）は、申請書の右上に書いてください。',
    'グエンさんには、番号（例：AB12345678CD）の書き方を説明しました。',
    '技能実習生のグエン・ヴァン・ミンさんのもので、番号札は受付でお返ししました。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))

  // Kind: a named private person (a child above all) told as using a development or welfare service (ことばの相談に通って, 療育を利用, 通級に
  // 通う), the service in the sentence, the one before or the paragraph's heading; a name with its reading in brackets (堤 蒼空（そら）くん) is a name.
  it.each([
    ['【ことばの相談室から】\n\n今年度の「ことばの相談」は、これまでに延べ68組の親子が利用されました。\n\n矢加部にお住まいの堤 蒼空（そら）くん、4歳は、春から月2回通ってくれて、最近はお話がとても上手になりました。', 'personal-info/identifiable-person:block:堤 蒼空（そら）くん'],
    ['ことばの相談に通っている古賀 陽翔くんは、最近お話が上手になりました。', 'personal-info/identifiable-person:warn:古賀 陽翔くん'],
    ['【発達相談のご案内】\n今年も多くの親子が利用されました。田中 結愛ちゃんも春から通ってくれています。', 'personal-info/identifiable-person:warn:田中 結愛ちゃん'],
    ['療育教室を利用しよんなる松尾 ひなたちゃん（5）は、最近よう笑いよんなるです。', 'personal-info/identifiable-person:block:松尾 ひなたちゃん'],
    ['通級指導教室に通われている江口 湊さんは、作文がとても上手になられました。', 'personal-info/identifiable-person:warn:江口 湊さん'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    'ことばの相談は、言語聴覚士の古賀 美咲さんが担当します。',
    '発達相談の予約は、子ども家庭課までお電話ください。',
    '療育について学ぶ講演会に、臨床心理士の松尾 恵子さんが講師として来られます。',
    '「ことばの相談に通っている堤くん」といった書き込みはお控えください。',
    '今年度の「ことばの相談」は、延べ68組の親子が利用されました。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))

  // Kind: a public body spelt in hiragana with its kind glued on (こくさいこうりゅうきょうかい, こうみんかん, としょかん) right before the number,
  // then where to call: the body's line. A person or a home named there owns it.
  it.each([
    ['わからない ことは、こくさいこうりゅうきょうかい（0944-74-1129）に でんわ して ください。', 'personal-info/external-phone:info:0944-74-1129'],
    ['こまった ときは、こうみんかん（0944-72-1234）に きいて ください。', 'personal-info/external-phone:info:0944-72-1234'],
    ['ほんの ことは、としょかん 0944-73-5566 に でんわ して ください。', 'personal-info/external-phone:info:0944-73-5566'],
    ['しつもんは、こくさいこうりゅうきょうかい：0944-74-1129 まで れんらく して ください。', 'personal-info/external-phone:info:0944-74-1129'],
  ])('notes only %s', (text, expected) => expect(run(text)).toEqual([expected]))
  it.each([
    ['わからない ことは、たなか さんの いえ（0944-74-1129）に でんわ して ください。', 'personal-info/phone:warn:0944-74-1129'],
    ['きょうかいの やまださん（0944-74-1129）に でんわ して ください。', 'personal-info/phone:block:0944-74-1129'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))

  // Kind: applications taken by phone with the number in the bracket after (申込は…電話で受け付けます（0944-…）) in a notice whose heading names a
  // public facility, no private person told: the facility's line.
  it.each([
    ['【子育て支援センター 1月の催し】\n○パパと遊ぼう：1月24日（土）10時〜\n申込は前月25日から電話で受け付けます（0944-72-5184）。', 'personal-info/external-phone:info:0944-72-5184'],
    ['【三橋公民館 2月の講座】\n○筆文字教室：2月8日\n申し込みは2月1日から電話で受け付けています（0944-73-1234）。', 'personal-info/external-phone:info:0944-73-1234'],
    ['■市立図書館 おはなし会\n予約は電話で承ります（0944-72-0001）。', 'personal-info/external-phone:info:0944-72-0001'],
    ['【児童館 春休みの工作】\nお申し込みは3月1日から電話にて受け付けます（0944-74-2222）。', 'personal-info/external-phone:info:0944-74-2222'],
  ])('notes only %s', (text, expected) => expect(run(text)).toEqual([expected]))
  it.each([
    ['【子育て支援センター 1月の催し】\n申込は講師の山田 花子さんが自宅の電話で受け付けます（0944-72-5184）。', 'personal-info/phone:warn:0944-72-5184'],
    ['【子育てサークル ひまわり】\n申込は代表の古賀さんが電話で受け付けます（0944-72-5184）。', 'personal-info/phone:warn:0944-72-5184'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info, round 105: a body’s office inside a public building owns its number; an ordinary word ending in さん is no name (blind HY-076, HY-116)', () => {
  // Kind (HY-076): a body's contact told as inside a public building right before its number (連合会（…福祉センター内 0944-…）, 体育協会
  // （総合体育館内 0944-…）): the desk in that building, a body's line. A person or a home named there still owns it; a mobile there is someone's.
  it.each([
    ['老人クラブへの入会は、お住まいの地区のクラブ、または市老人クラブ連合会（柳川ふれあい福祉センター内 0944-72-6015）へ。', 'personal-info/external-phone:info:0944-72-6015'],
    ['見学は、ひまわり会（三橋公民館内、0944-72-6015）へ。', 'personal-info/external-phone:info:0944-72-6015'],
    ['入部は、柳川市体育協会（総合体育館内　0944-73-1234）へどうぞ。', 'personal-info/external-phone:info:0944-73-1234'],
    ['■事務局：市役所本庁舎内 0944-72-6015', 'personal-info/external-phone:info:0944-72-6015'],
    ['入会ば希望しなさる方は、母子寡婦福祉会（市民会館の中 0944-72-1111）に言うてください。', 'personal-info/external-phone:info:0944-72-1111'],
  ])('notes only %s', (text, expected) => expect(run(text)).toEqual([expected]))
  it.each([
    ['入会は、会長の田中さん宅（0944-72-6015）へ。', 'personal-info/phone:block:0944-72-6015'],
    ['申込は、福祉センター内の古賀さん 0944-72-6015 へ。', 'personal-info/phone:block:0944-72-6015'],
    ['入会は、連合会の会長（福祉センター内 090-1234-5678）へ。', 'personal-info/mobile:block:090-1234-5678'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))

  // Kind (HY-116): a hiragana word that ends in さん as its own ending (たくさん, ごちそうさん, おつかれさん, おてんとさん, おじぞうさん), even after
  // a particle (方がたくさん): no honorific, no name. A kana name with さん, ちゃん or くん (たくやさん, たくちゃん) is still one.
  it.each([
    '統合失調症は身近な病気で、治療や支援を受けながら地域で暮らしている方がたくさんいます。',
    '三橋町のお店もたくさん並び、沖端地区の皆さんも楽しまれました。',
    '大和町の朝市では、ごちそうさんと声をかけてくださる方もおんなさった。',
    '蒲池地区の清掃、おつかれさんでした。久しぶりにおてんとさんが顔を出しました。',
    '三橋町の公民館の横には、おじぞうさんが祀られています。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
  it.each([
    ['三橋町のたくやさん（82）が表彰されました。', 'personal-info/identifiable-person:warn:たくやさん'],
    ['大和町のたくちゃん（5歳）が参加しました。', 'personal-info/identifiable-person:warn:たくちゃん'],
  ])('flags %s', (text, expected) => expect(run(text)).toContain(expected))
})

describe('personal-info/personal-id (5(1)), round 106: a disability certificate named, then its number labelled (blind R106A-074)', () => {
  // Kind: a disability handbook (療育手帳, 身体障害者手帳, 精神障害者保健福祉手帳, 障害者手帳 / 障がい者手帳) named, and right after it (directly,
  // a bracket, a colon, a comma or の between, or a word or two inside the bracket) its number labelled 番号 / No. / ナンバー: the number tells
  // that its holder has a disability, so it blocks with a person named or not. A grade (1級), a date or a desk's 電話番号 is no such number.
  it.each([
    // the miss
    ['@ezaki_mama お問い合わせの件、江崎 蓮くんの療育手帳（番号 A-20-11873）の再交付手続きが完了しました。障がい者支援課の窓口でお受け取りください。', 'personal-info/personal-id:block:A-20-11873'],
    // variants: no name, 番号 glued with a colon and 第…号, dialect, a comma and 番号は, a word inside the bracket, の番号 with 様
    ['療育手帳（番号 A-20-11873）の再交付手続きが完了しました。', 'personal-info/personal-id:block:A-20-11873'],
    ['古賀 美咲さんの身体障害者手帳番号：第12345号の更新が終わっとります。', 'personal-info/personal-id:block:12345'],
    ['堤さんの精神障害者保健福祉手帳、番号は 3-0045871 です。窓口でお渡しします。', 'personal-info/personal-id:block:3-0045871'],
    ['中島 翔太ちゃんの障がい者手帳（A判定、番号 B-19-00231）をお預かりしています。', 'personal-info/personal-id:block:B-19-00231'],
    ['障害者手帳の番号 4471-2093 の松尾様、窓口までお越しください。', 'personal-info/personal-id:block:4471-2093'],
    ['療育手帳No.88-10231 ば持っとらす堤くん、受付にきてね。', 'personal-info/personal-id:block:88-10231'],
  ])('blocks %s', (text, expected) => expect(run(text)).toContain(expected))
  // hard negatives: the number's place told without a value, a grade, a desk's phone in the bracket, dates, a quoted example
  it.each([
    '療育手帳の番号は、手帳の表紙の裏に記載されています。',
    '身体障害者手帳（1級・2級）をお持ちの方は、入館料が無料です。',
    '障害者手帳の交付は、令和7年4月1日から2025年度の新様式になります。',
    '精神障害者保健福祉手帳（2級）の更新は、有効期限の3か月前から受け付けます。',
    '「江崎 蓮くんの療育手帳（番号 A-20-11873）」といった書き方は避けてください。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
})

describe('personal-info, round 107: a voter named with district and birth year; English and hiragana bodies owning the number after them (blind R107A-070, HZ-010, HZ-107, HZ-110)', () => {
  // Kind (R107A-070): a person named with where they live and a birth year (昭和二十九年生まれ, 昭和29年生まれ, 1954年生まれ, 平成元年のお生まれ,
  // （S24年生）) or an age in kanji numerals (八十二歳, （八十二）): the birth year is an age. A full name with two details blocks; a voter at the
  // polls (期日前投票所, 投票に来られた) is sensitive, so a surname with two details blocks too.
  it.each([
    // the miss
    ['期日前投票所（市役所本庁舎）、今日はお昼すぎに混みました💦 そういえば大和町の松永 健吾さん（昭和二十九年生まれ）が車いすで来られて、職員みんなで介助しました。お元気そうで何よりです😊', 'personal-info/identifiable-person:block:松永 健吾さん'],
    // variants: Arabic numerals, a western year, the era's first year in dialect, a kanji age, a birth date, a surname at the polls
    ['期日前投票所で、三橋町の古賀 ハルエさん（昭和8年生まれ）が一番乗りでした。', 'personal-info/identifiable-person:block:古賀 ハルエさん'],
    ['沖端町の堤さん（1948年生まれ）も投票に来られて、お元気そうでした。', 'personal-info/identifiable-person:block:堤さん'],
    ['蒲池地区の江口 ミツ子さんな、平成元年のお生まれで、今日は一番に来んしゃったとよ。', 'personal-info/identifiable-person:block:江口 ミツ子さん'],
    ['投票所には大和町の松尾 和子さん（八十二）がお孫さんと見えました。', 'personal-info/identifiable-person:block:松尾 和子さん'],
    ['三橋町の田中様（昭和二十二年五月三日生まれ）が投票を済ませて帰られました。', 'personal-info/identifiable-person:block:田中様'],
    ['大和町の中島 トシさん（百二歳）が表彰されました。', 'personal-info/identifiable-person:block:中島 トシさん'],
  ])('blocks %s', (text, expected) => expect(run(text)).toContain(expected))
  // hard negatives: a birth year addressing a group, a range, a staff member named after it, 百歳体操, the polls with no one named
  it.each([
    '昭和29年生まれの方は、今年度の特定健診が無料です。詳しくは健康づくり課の松永さんまで。',
    '平成元年以降に生まれた方が対象です。申込は選挙管理委員会の古賀さんへ。',
    '令和6年生まれのお子さんがいるご家庭に、絵本をお届けします。担当は子育て支援課の江口さんです。',
    '昭和24年4月2日から昭和25年4月1日生まれの人に、敬老祝い金の案内を送りました。',
    '松永さんの指導で、いきいき百歳体操を始めました。',
    '期日前投票所（市役所本庁舎）は、お昼すぎに混み合いました。投票はお早めに。',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))

  // Kind (HZ-010, HZ-107): an English body named right before the number, parted by a comma, a colon, a dash or a bracket (Election
  // Administration Commission, 0944-…; Tourist Info: 0944-…; Yanagawa City Hall (0944-…)): the body's line, a note only.
  it.each([
    ['Early voting is available at Yanagawa City Hall (87-1 Honmachi), April 13–18, 8:30 a.m.–8:00 p.m. Only Japanese citizens registered in Yanagawa can vote. Questions: Election Administration Commission, 0944-77-8107.', 'personal-info/external-phone:info:0944-77-8107'],
    ['Welcome to Yanagawa! River cruise (kawakudari) boats leave from Sanpoyoshi Pier every 30 minutes, 9:00–17:00. Adults 1,800 yen. 歡迎光臨柳川！遊船每30分鐘一班。Tourist Info: 0944-77-8840', 'personal-info/external-phone:info:0944-77-8840'],
    ['Lost something on the boat? Ask the Yanagawa Visitor Information Center, 0944-77-8840.', 'personal-info/external-phone:info:0944-77-8840'],
    ['Tax forms are ready. Questions go to the Tax Division: 0944-77-8513.', 'personal-info/external-phone:info:0944-77-8513'],
    ['For garbage pickup days, see the calendar or ask Yanagawa City Hall (0944-77-8100).', 'personal-info/external-phone:info:0944-77-8100'],
    ['Bus schedules changed in April. Station Tourist Information - 0944-73-2145', 'personal-info/external-phone:info:0944-73-2145'],
  ])('owns %s', (text, expected) => expect(run(text)).toContain(expected))
  // still flagged: a person named before the body, a home after the number, a label with no body
  it.each([
    ['Questions: Mr. Koga of the Election Administration Commission, 0944-77-8107.', 'personal-info/phone:warn:0944-77-8107'],
    ['Tourist Info: 0944-77-8840 (my home, evenings only)', 'personal-info/phone:warn:0944-77-8840'],
    ['If you find the dog, call Kenji Tanaka, 0944-77-1234.', 'personal-info/phone:warn:0944-77-1234'],
  ])('flags %s', (text, expected) => expect(run(text).some((f) => f.startsWith(expected.replace(/:warn:.*/u, ':')) && !f.includes(':info:'))).toBe(true))

  // Kind (HZ-110): an office spelt in hiragana glued to its work (かんこうあんないじょ: 観光案内所, …じょ/しょ: 所, …ぶ: 部) right before the number in
  // brackets, then where to call (に きいて ください, に でんわ): the office's line. A bare じょ (かのじょ) or a verb in ぶ is no office.
  it.each([
    ['かわくだりの ふねは、あめの日も のることが できます。かぜが とても つよい日は、やすみに なることが あります。くわしくは かんこうあんないじょ（0944-77-8840）に きいて ください。', 'personal-info/external-phone:info:0944-77-8840'],
    ['ひなんの ことは、しょうぼうしょ（0944-72-0119）に でんわ して ください。', 'personal-info/external-phone:info:0944-72-0119'],
    ['がっこうの ことは、きょういくぶ（0944-77-8801）に きいて ください。', 'personal-info/external-phone:info:0944-77-8801'],
    ['ぜいきんの ことは、ぜいむしょ：0944-72-3101 まで れんらく して ください。', 'personal-info/external-phone:info:0944-72-3101'],
  ])('owns %s', (text, expected) => expect(run(text)).toContain(expected))
  it.each([
    ['わからない ときは、かのじょ（0944-77-1234）に きいて ください。', 'personal-info/phone:'],
    ['かんこうあんないじょの たなかさん（0944-77-8840）に でんわ して ください。', 'personal-info/phone:block:'],
    ['こどもと あそぶ（0944-77-5678）に でんわ して ください。', 'personal-info/phone:'],
  ])('flags %s', (text, expected) => expect(run(text).some((f) => f.startsWith(expected) && !f.includes(':info:'))).toBe(true))
})

describe('personal-info/address: a resident named (おばあちゃん, さん, 様) with a town, its area and a bare house number in the bracket (round 108)', () => {
  // Kind (R108A-127): 名前＋敬称（おばあちゃん/おじいちゃん/さん）＋（町名＋地名＋番地の数字）: where that person lives, even with no 番地.
  it.each([
    'ぼく、やなぎんだよ〜🐟 おともだちの田中ミツエおばあちゃん（大和町鷹ノ尾302）は足が悪くて一人暮らしだから、大雨のときは近所のみんなで声をかけてあげてね！',
    '古賀のおじいちゃん（三橋町柳河512、85歳）は耳が遠かけん、サイレンの聞こえんとよ。',
    '避難所では、佐藤トメさん（大字蒲池1043）が車いすで過ごされています。ご配慮をお願いします。',
    '近所の松尾ハルばあちゃん（沖端町字矢留87番）は目が不自由やけん、声ばかけちゃって！',
  ])('blocks %s', (text) => {
    expect(findingsOf(personalInfo, text).some((f) => f.rule === 'personal-info/address' && f.severity === 'block')).toBe(true)
  })
  it.each([
    '今日は大和町の田中さん（大和町鷹ノ尾2班）にお話を伺いました。',
    '講師の田中ミツエ様（大和町公民館）がお話しします。',
    'うなぎの田中屋さん（沖端町302）で限定メニューが出ています。',
    '表彰式では古賀一郎さん（三橋町、82）が代表で挨拶されました。',
    '区長さん（大和町鷹ノ尾302）にお届けください。',
    '大和町鷹ノ尾302付近で工事があります。',
  ])('passes %s', (text) => {
    expect(findingsOf(personalInfo, text).filter((f) => f.rule === 'personal-info/address')).toEqual([])
  })
  it('a quoted example is a mention', () => {
    const f = findingsOf(personalInfo, '「田中ミツエおばあちゃん（大和町鷹ノ尾302）」といった書き込みはお控えください。').filter((x) => x.rule === 'personal-info/address')
    expect(f.every((x) => x.severity === 'info')).toBe(true)
  })
})

describe('personal-info: rounds 110–111 (blind R110A, R111A, IB)', () => {
  const worst = (text: string, rule: string) => {
    const fs = findingsOf(personalInfo, text).filter((f) => f.rule === rule)
    return fs.some((f) => f.severity === 'block') ? 'block' : fs.some((f) => f.severity === 'warn') ? 'warn' : fs.length > 0 ? 'info' : 'none'
  }
  // Kind (R110A-021): a number read back to the person it belongs to, asked whether it is right (控えの/ご予約の際の 番号 … で合ってますか,
  // でお間違いないでしょうか, でよろしかったでしょうか), spaced or not: the customer's own mobile told to everyone.
  it.each([
    '@kana_yng 道の駅のお弁当をご予約の方ですね！控えの電話番号 0 8 0 5 5 6 2 9 0 3 1 で合ってますか？🍱',
    '@mika_0312 ご予約の際の携帯番号、090 4471 2086 でお間違いないでしょうか？',
    '@haru_t 昨日お電話いただいた方ですね。お控えの番号は 070-3318-5529 でよろしかったでしょうか',
    '@yoko_a 080ー6612ー4478 であってますか？折り返しますね',
  ])('blocks a number read back %s', (text) => expect(worst(text, 'personal-info/mobile')).toBe('block'))
  it.each([
    '@nori 柳川市役所の代表番号は 0944-73-8111 で合っています。',
    '予約の控えは受付でお渡しします。お問い合わせは観光課 0944-73-8111 まで。',
    '@abc 申込書の控えの提出は不要です。お電話番号の記入欄は空欄で大丈夫です。',
    '@abc 観光課の電話番号 0944-73-8111 でお間違いありません。',
  ])('passes a desk number confirmed %s', (text) => {
    expect(findingsOf(personalInfo, text).filter((f) => f.severity === 'block' || f.severity === 'warn')).toEqual([])
  })

  // Kind (R111A-023): a household called by its unit (団地/住宅 + 号棟 + 号室 + にお住まいの方/入居者の方/世帯) in a notice of its arrears
  // (滞納, 未納, お支払いが確認できておりません): the door and the debt told together.
  it.each([
    '【市営住宅】蒲池団地3号棟204号室にお住まいの方へ。家賃のお支払いが4か月分確認できておりません。至急、建築住宅課までご連絡ください。',
    '西蒲池住宅 2棟 105号室の入居者の方、家賃が半年分未納となっています。至急ご連絡をお願いします。',
    'みずほ団地B棟302号室の世帯へ：共益費の滞納が続いとります。早めに管理事務所に来てください。',
    '市営昭代住宅1号棟101号室の方は、先月分の家賃のお支払いがまだ確認できていません。',
  ])('blocks a household in arrears called by its unit %s', (text) => expect(worst(text, 'personal-info/address')).toBe('block'))
  it.each([
    '蒲池団地3号棟204号室にお住まいの方へ。水道メーター交換のため、明日10時に伺います。',
    '市営住宅の家賃のお支払いが確認できない場合は、建築住宅課から文書でお知らせします。',
    '蒲池団地3号棟の外壁改修工事を行います。家賃のお支払いは口座振替が便利です。',
    '市民会館201号室で、家賃の滞納に関する無料相談会を開きます。',
    '蒲池団地3号棟204号室へ、滞納整理の説明資料を配布しました。',
  ])('passes %s', (text) => expect(worst(text, 'personal-info/address')).toBe('none'))

  // Kind (R111A-058): a victim of domestic violence named with a detail (an age, a district), their flight or refuge told (夫からの暴力を
  // 逃れて, 元夫からのDVで…シェルターに避難, 身を寄せて, 避難先): block.
  it.each([
    '女性相談の窓口には、毎月さまざまな相談が寄せられます。先週いらした古賀 里美さん（34）は、夫からの暴力を逃れてお子さん2人と市外の親族宅に身を寄せています。勇気を出して相談してくださったことに感謝しています。',
    '相談に来られた中島 由美さん（41）は、元夫からのDVで市内のシェルターに避難中です。',
    '三橋町の堤さん（28）は交際相手の暴力ば受けて、今は実家に身を寄せとらすです。',
    '昨日窓口にみえた江口 真由美さん（52歳）、ご主人のDVから逃れるため避難先を探しておられます。',
  ])('blocks a DV victim named %s', (text) => expect(worst(text, 'personal-info/identifiable-person')).toBe('block'))
  it.each([
    'DV相談窓口の相談員、古賀 里美さんにお話を伺いました。',
    '夫からの暴力に悩む方は、一人で抱え込まず女性相談窓口へご相談ください。',
    '講演会では、DV被害者支援に取り組む弁護士の古賀 里美さんがお話しします。',
    '避難先の公民館では、保健師の田中さんが健康相談に応じています。',
  ])('passes %s', (text) => expect(worst(text, 'personal-info/identifiable-person')).toBe('none'))

  // Kind (R110A-077): a business's head named (代表/社長/店主 + name) or a person in full, their credit troubles told in the sentence
  // (返済が滞って, 家賃を3か月滞納, 資金繰りが厳しく, 借金を抱えて): warn. Not words in a quotation.
  it.each([
    'ふるさと納税の返礼品「有明海の焼き海苔」の発送が遅れており、ご迷惑をおかけしています。事業者の有明水産（代表 田中 義男さん）は、県の制度融資の返済が滞って運転資金が足りない状況だと伺っており、市としても支援を検討しています。順次発送しますので、今しばらくお待ちください。',
    '商店街のパン屋さんの店主、江口さんは家賃を3か月滞納しているそうで、市に相談がありました。',
    '筑後製麺の社長の松尾 浩二さんは資金繰りが厳しく、年内の操業も危ういとのことです。',
    '酒蔵の代表、古賀 健一さんは借金を抱えて、今月いっぱいで店を閉めらすげな。',
  ])('warns of credit told of a named head %s', (text) => expect(['warn', 'block']).toContain(worst(text, 'personal-info/identifiable-person')))
  it.each([
    '有明水産の代表 田中 義男さんに、海苔づくりへの思いを伺いました。',
    '制度融資の返済が滞っている事業者の方は、商工観光課にご相談ください。',
    '資金繰りセミナーを開きます。講師は中小企業診断士の田中 義男さんです。',
    '代表の田中 義男さんは「資金繰りに困る事業者を支えたい」と話しました。',
    '家賃が払えない、借金がかさんで苦しい――。そんな時は生活福祉課の「くらしの相談窓口」へ。',
  ])('passes %s', (text) => expect(worst(text, 'personal-info/identifiable-person')).toBe('none'))

  // Kind (IB-057, clean): the city correcting the number in its own notice, told in a sentence (…のお知らせで、電話番号を「0944-…」と記載して
  // おりましたが、正しくは「0944-…」です): the wrong one a mention, the right one the desk's line. Not a mobile, nor a home's number.
  it.each([
    '【お詫びと訂正】11月12日の融資相談会のお知らせで、電話番号を「0944-77-8523」と記載しておりましたが、正しくは「0944-77-8532」です。お詫びして訂正いたします。',
    '【訂正】昨日の投稿で、申込先の電話番号を 0944-73-1234 と掲載しましたが、正しくは 0944-73-1243 でした。申し訳ありません。',
    '先日の子育て広場のご案内で、問い合わせ先を「0944-74-0012」とご案内していましたが、正しくは「0944-74-0021」です。',
    'おしらせ：健診の案内で、電話番号は「0944-72-5555」と記載しておりましたけれど、正しくは「0944-72-5556」です。',
  ])('passes a correction of the city notice %s', (text) => {
    expect(findingsOf(personalInfo, text).filter((f) => (f.severity === 'block' || f.severity === 'warn'))).toEqual([])
  })
  it.each([
    '【お詫びと訂正】11月12日の融資相談会のお知らせで、講師の田中さんの携帯電話番号を「090-1234-5678」と記載しておりましたが、正しくは「090-1234-5687」です。',
    '【お詫び】お知らせで、電話番号を個人宅の「0944-77-8523」と記載しておりましたが、正しくは「0944-77-8532」です。',
    '融資相談会のお知らせです。電話番号は「0944-77-8523」です。当日は田中さん宅 0944-77-1111 にもご連絡ください。',
  ])('still flags %s', (text) => {
    expect(findingsOf(personalInfo, text).some((f) => f.severity === 'block')).toBe(true)
  })
})

describe('personal-info, round 114: a resident named by building and room with a katakana given name; offices owning their numbers in hiragana, English and correction tables (blind R114A-005, IE-023, IE-099, IF-071, IE-101)', () => {
  const worst = (text: string, rule: string) => {
    const fs = findingsOf(personalInfo, text).filter((f) => f.rule === rule)
    return fs.some((f) => f.severity === 'block') ? 'block' : fs.some((f) => f.severity === 'warn') ? 'warn' : fs.length > 0 ? 'info' : 'none'
  }
  const flagged = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity === 'block' || f.severity === 'warn')

  // Kind (R114A-005): a resident called out by building and room (団地/住宅 + 棟 + 号室) and a name with an honorific, the given name in
  // katakana or mixed (平田 ミツ子さん, 古賀 ハル子様, 江口トメさん, グエン・ヴァン さん): which door is whose, told to everyone.
  it.each([
    '市営住宅の建て替え説明会を終えて\n参加者の皆さま、ありがとうございました。\n質問票の回収が遅れている方がいらっしゃいます。西蒲池団地3棟205号室の平田 ミツ子さん、お手数ですが建設課までご提出ください。\n締切は今月末です。',
    '市営住宅2号棟の103号室にお住まいの古賀 ハル子様、鍵の交換について管理事務所へご連絡ください。',
    '県営団地B棟305号室の江口トメさん、点検の日程ば教えてくれんね。',
    '大和団地5棟402号室、グエン・ヴァン さん、書類をお持ちください。',
  ])('blocks a resident named by building and room %s', (text) => expect(worst(text, 'personal-info/address')).toBe('block'))
  it.each([
    '西蒲池団地3棟205号室の内覧会を行います。ご希望の方は建設課までご連絡ください。',
    '市営住宅3棟の建て替え説明会に、平田さんをはじめ多くの方にご参加いただきました。',
    '西蒲池団地3棟205号室（3DK）の入居者を募集します。',
    '市民会館201号室で、平田 ミツ子さんの講演会を開きます。',
  ])('passes %s', (text) => expect(worst(text, 'personal-info/address')).toBe('none'))

  // Kind (IE-023, clean): a やさしい日本語 notice tells the reader to come to the city office or its desk spelt in hiragana (しやくしょの しみんか に
  // きてください), then asks them to call: the bare number is that office's. Not a mobile, nor when a private person is told.
  it.each([
    '【がいこくじんの みなさんへ】\nひっこしを したら、14にち いないに しやくしょの しみんか に きてください。\nもってくるもの：ざいりゅうカード、パスポート\nわからない ときは、でんわ してください。0944-77-8520',
    '【おしらせ】\nこどもが うまれたら、やくばの まどぐちへ きて ください。\nわからない ことは でんわ して ください。0944-73-8140',
    'ごみの だしかたが わからない ときは、しやくしょ に きて ください。でんわ でも だいじょうぶ です。\n0944-73-8135',
    'けんしんを うけたい ひとは、ほけんせんたー に いって ください。\nでんわ：\n0944-72-5566',
  ])('passes a kana office the reader is told to visit %s', (text) => expect(flagged(text)).toEqual([]))
  it.each([
    'しやくしょの しみんか に きてください。わからない ときは、でんわ してください。090-1234-5678',
    'しやくしょの しみんか に きてください。わからない ときは、となりの たなかさん に でんわ してください。0944-77-8520',
  ])('still flags %s', (text) => expect(flagged(text).length).toBeGreaterThan(0))

  // Kind (IE-099, clean): the police or the fire service named in hiragana by its work alone, as a label or as where to call (けいさつ：0944-…,
  // しょうぼうほんぶ：…, けいさつ 0944-… に でんわ): a public body's line. A mobile, or a neighbour's home, stays personal.
  it.each([
    '【ちゅうい】\nしやくしょ の しょくいん が、でんわ で「ATM に いって ください」と いう ことは ありません。\nへんな でんわ は すぐ きって ください。\nけいさつ：0944-72-0110',
    'かじ の とき は 119。\nしょうぼうほんぶ：0944-73-0119',
    'どろぼう に あったら、けいさつ 0944-72-0110 に でんわ して ください。',
    '【ちゅうい】へんな でんわ が きたら、けいさつしょ：0944-72-0110',
  ])('passes the police or fire service in hiragana %s', (text) => expect(flagged(text)).toEqual([]))
  it.each([
    'けいさつ：090-1234-5678',
    'けいさつ に いう まえに、となりの たなかさん の いえ に でんわ して ください。0944-72-0110',
  ])('still flags %s', (text) => expect(flagged(text).length).toBeGreaterThan(0))

  // Kind (IF-071, clean): an English desk label in plain words, lower case after the first (Tourist info center:, Visitor information desk -,
  // Police:, City hall:): the desk's line. A mobile, or someone named in the sentence, is not.
  it.each([
    'Hello friends from Taiwan and Hong Kong! Yanagawa eel steamed rice is very famous, you must try. Some shop is closed on Wednesday, please check before you go. Tourist info center: 0944-74-0891',
    'Lost something on the boat? Police: 0944-72-0110',
    'Need a map? Visitor information desk - 0944-74-0891',
    'Any questions about moving in? City hall: 0944-73-8222',
  ])('passes an English desk label %s', (text) => expect(flagged(text)).toEqual([]))
  it.each([
    'Hello friends! Tourist info center: 090-1234-5678',
    'Hello friends! If you need help, call Mr. Koga, tourist info center: 0944-74-0891',
    'Questions? My home info: 0944-74-0891',
  ])('still flags %s', (text) => expect(flagged(text).length).toBeGreaterThan(0))

  // Kind (IE-101, clean): the city's correction table (誤：/正：) of a desk's number named by what it is for (予約電話番号, 相談電話番号,
  // 問い合わせ番号) in the notice it corrects: the right one is the desk's line. Not when the post says it was a home's, nor a mobile.
  it.each([
    '【お詫びと訂正】\n\n4月8日に配信した「おくやみ窓口」の記事で、予約電話番号を誤って掲載していました。\n\n誤：0944-77-8592\n正：0944-77-8529\n\n誤った番号におかけになった皆さま、また関係者の皆さまにご迷惑をおかけしましたことを深くお詫び申し上げます。今後は掲載前の確認を徹底します。',
    '【訂正】\n\n「こころの健康相談」のお知らせで、相談電話番号に誤りがありました。\n\n誤：0944-77-8611\n正：0944-77-8616',
    '【訂正とお詫び】\n\n昨日の「子育て支援センター」の投稿で、申込電話番号が間違っていました。\n\n（誤）0944-74-1201\n（正）0944-74-1210\n\n申し訳ありませんでした。',
    '【お詫び】\n\n「空き家相談会」の案内で、問い合わせ番号を誤って記載しました。\n\n誤：0944-77-8700\n正：0944-77-8707',
  ])('passes a correction table of a desk number %s', (text) => expect(flagged(text)).toEqual([]))
  it.each([
    '【お詫びと訂正】\n\n「おくやみ窓口」の記事で、予約電話番号を誤って個人宅の番号で掲載していました。\n\n誤：0944-77-8592\n正：0944-77-8529',
    '【お詫びと訂正】\n\n「おくやみ窓口」の記事で、予約電話番号を誤って掲載していました。\n\n誤：0944-77-8592\n正：090-1234-5678',
  ])('still flags %s', (text) => expect(flagged(text).length).toBeGreaterThan(0))

  // Kind (IG-024, clean): a main line labelled 代表 (代表 0944-…, 代表電話：…, 0944-…（代表）) in a post that names the facility it belongs to (市立
  // …病院, …クリニック, …医院): the facility's switchboard. A mobile, or a post that tells of a private person or a home, still flags.
  it.each([
    '市立柳川総合病院の小児科外来は、1月から午後の予約診療を始めました。受付は平日14時〜15時30分、予約は小児科受付（内線2210）までお電話ください。代表 0944-72-3100',
    'みずほ医院は、2月から土曜日の午前も診療します。\n代表電話：0944-73-4521',
    'ひまわりこどもクリニックでは、インフルエンザの予防接種を受け付けています。お問い合わせはお気軽にどうぞ。0944-73-5521（代表）',
    '柳川市立図書館は、12月28日から1月4日まで休館します。\n・代表番号 0944-72-1234',
    '柳川市立図書館は、12月28日から1月4日まで休館します。返却はブックポストへどうぞ。代表　0944-72-1234',
    '三橋公民館の2月の講座は、定員に達したため締め切りました。ご不明な点はお電話で。代表：0944-72-0001',
  ])('passes a facility main line %s', (text) => expect(flagged(text)).toEqual([]))
  it.each([
    '市立柳川総合病院の小児科外来は、予約制です。代表 090-1234-5678',
    '市立柳川総合病院に入院中の山田さんのご家族から連絡がありました。ご自宅は 0944-72-3100 です。',
    '自治会の代表の古賀さん 0944-72-3100 までお電話ください。',
  ])('still flags %s', (text) => expect(flagged(text).length).toBeGreaterThan(0))

  // Kind (IG-030, clean): an English main-line label (Main line:, Main number:, Switchboard:) in a notice naming the hospital or the body it
  // belongs to: the body's line. A mobile, or someone's home told in the paragraph, still flags.
  it.each([
    'Outpatient services at Yanagawa City General Hospital are closed on weekends and national holidays. The emergency department is open 24 hours. For non-urgent medical advice, please call #7119 (Japanese only). Main line: 0944-72-3100.',
    'Yanagawa City Library will be closed for inventory from March 1 to 7. Main number: 0944-72-1234',
    'The Yanagawa Health Center offers free flu shots for seniors. Switchboard: 0944-72-5566',
    'Welcome to Mizuho Clinic. We see patients on weekdays. Main phone: 0944-73-4521',
  ])('passes an English main line %s', (text) => expect(flagged(text)).toEqual([]))
  it.each([
    'Yanagawa City General Hospital is closed on weekends. Main line: 090-1234-5678',
    'Mr. Koga, who was treated at Yanagawa City General Hospital, thanks the staff. His home main line: 0944-72-3100',
  ])('still flags %s', (text) => expect(flagged(text).length).toBeGreaterThan(0))

  // Kind (IG-095, clean): the city's correction table (誤：/正：) of a number it says was a named clinic's or facility's (休日当番医の「ひまわりこども
  // クリニック」の電話番号を誤って): the owner's name in brackets is read, and the right one is that clinic's line. Not when the post says it was a
  // home's, nor a mobile.
  it.each([
    '【お詫びと訂正】\n\n2月3日の投稿で、休日当番医の「ひまわりこどもクリニック」の電話番号を誤って掲載していました。\n\n誤：0944-73-5512\n正：0944-73-5521\n\n誤った番号にお電話された方、クリニックの関係者の皆さまに、ご迷惑をおかけしたことを深くお詫びいたします。',
    '【訂正】\n\n昨日の投稿で「みずほ医院」の番号に誤りがありました。\n\n誤：0944-73-4512\n正：0944-73-4521',
    '【お詫び】\n\n当番薬局『みなみ薬局』の電話番号が間違っていました。\n\n（誤）0944-74-1201\n（正）0944-74-1210',
    '【訂正とお詫び】\n\n「三橋公民館」の連絡先を誤って記載しました。\n\n誤：0944-72-0001\n正：0944-72-0010',
  ])('passes a correction of a named facility number %s', (text) => expect(flagged(text)).toEqual([]))
  it.each([
    '【お詫びと訂正】\n\n「ひまわりこどもクリニック」の電話番号を誤って個人宅の番号で掲載していました。\n\n誤：0944-73-5512\n正：0944-73-5521',
    '【お詫びと訂正】\n\n「ひまわりこどもクリニック」の電話番号を誤って掲載していました。\n\n誤：0944-73-5512\n正：090-1234-5678',
    '【訂正】\n\n「山田さん」の電話番号を誤って掲載していました。\n\n誤：0944-73-5512\n正：0944-73-5521',
  ])('still flags %s', (text) => expect(flagged(text).length).toBeGreaterThan(0))

  // Kind (IG-124, clean): an English notice asks the reader to call a public service by its plain name with the number in brackets (call the
  // police (0944-…), contact the police station on, call the fire station, phone the city hall): its line. Someone private named, or a mobile, is not.
  it.each([
    'Beware of scam calls! Someone says "I am from Yanagawa City Hall, you can get tax refund at ATM." This is a lie. City staff never ask you to use an ATM. Call the police (0944-72-0110) if you are not sure.',
    'If you find a wallet on the street, please contact the police station on 0944-72-0110.',
    'Smoke from a field? Call the fire station (0944-73-0119).',
    'Lost your residence card? Phone the city hall at 0944-73-8111.',
    'If your bicycle is stolen, call the police box (0944-72-0110) near the station.',
  ])('passes an English call to a public service %s', (text) => expect(flagged(text)).toEqual([]))
  it.each([
    'If you are not sure, call the police (090-1234-5678).',
    'Before you call the police, call Mr. Koga at his home (0944-72-0110).',
  ])('still flags %s', (text) => expect(flagged(text).length).toBeGreaterThan(0))

  // Kind (IG-150, clean): an address opening its line right under a heading line naming a public facility (市立柳川総合病院 / Yanagawa City General
  // Hospital⏎柳川市三橋町江曲412番地): the facility's own address. A heading that tells of a person or a home, or a home word at the address, still flags.
  it.each([
    '市立柳川総合病院 / Yanagawa City General Hospital\n柳川市三橋町江曲412番地 / 412 Emagari, Mitsuhashi-machi, Yanagawa\nTEL 0944-72-3100\n外来受付 平日 8:30〜11:00 / Outpatient reception weekdays 8:30–11:00',
    '■三橋公民館\n柳川市三橋町今古賀8番地1\n毎週月曜日はお休みです',
    '柳川市子育て支援センター ほりわりっこ\n柳川市本町87番地1\n月曜日はお休み',
    '【みずほ医院】\n・柳川市大和町鷹ノ尾302番地\n診療 平日9時〜18時',
  ])('passes %s', (text) => expect(worst(text, 'personal-info/address')).toBe('none'))
  it.each([
    '市立柳川総合病院に入院中の山田さん\n柳川市三橋町江曲412番地',
    '■三橋公民館\n柳川市三橋町今古賀8番地1の古賀さん宅',
    '今日は古賀さんのお宅にお邪魔しました\n柳川市三橋町今古賀8番地1',
  ])('still flags %s', (text) => expect(worst(text, 'personal-info/address')).not.toBe('none'))
})

describe('personal-info: round 116 (blind R116A-114, R117A-024, R117A-032, R117A-091, R117A-122)', () => {
  const sev = (text: string) => {
    const s = run(text)
    return s.some((x) => x.includes(':block:')) ? 'block' : s.some((x) => x.includes(':warn:')) ? 'warn' : 'none'
  }
  // Kind (R116A-114, R117A-032, R117A-091): a private person not named (or named by surname only) pointed at by their district and a
  // landmark at their door (角の, 向かい), their trade or former post (たばこ屋さんの, 酒屋の旦那さん, 元小学校校長), household, looks or
  // routine, told with something exposing (物忘れ, 怒鳴って, 名前は伏せますが, 何度もお電話): casual, 筑後弁 and polite forms.
  it.each([
    ['今日の認知症カフェに来てくれた田尻さんちのおばあちゃん、沖端町の角のたばこ屋さんの、ほら、旦那さん亡くして去年から一人の。最近ちょっと物忘れが増えたって娘さんが心配しよった。\n#柳川 #認知症カフェ', 'block'],
    ['ＧＷの川下り、待ち時間のせいで怒鳴ってた白いポロシャツのおじさん、三橋町の角の酒屋の旦那さんやったばい。見とった人おるやろ？', 'block'],
    ['観光課の課長です。正直に書きます。\n\n先月から、ある方から毎日のように川下りの騒音についてお電話をいただいています。お名前は伏せますが、沖端町の船着き場の向かい、赤い瓦屋根のお宅にお住まいで、毎朝8時に犬の散歩をされている、元小学校校長の方です。\n\nお気持ちは分かります。', 'block'],
    ['お名前は伏せますが、蒲池地区の公民館の向かいにお住まいで、毎朝6時にウォーキングをされている元郵便局長の男性から、何度もお電話をいただいております。', 'block'],
    ['昨日の認知症カフェには、大和町の角の八百屋さんのおばあちゃんも来てくれました。ご主人を亡くして去年から一人暮らしで、最近物忘れが増えたとご家族が心配されています。', 'warn'],
    ['三橋町の角の酒屋のご主人、今日もまた市役所の窓口で怒鳴っとったよ。青い帽子の人やけん、すぐ分かるばい。', 'warn'],
  ])('flags a described private person %s', (text, at) => expect(['warn', 'block'].indexOf(sev(text))).toBeGreaterThanOrEqual(['warn', 'block'].indexOf(at)))
  it.each([
    '沖端町の角のたばこ屋さんが、今月末で閉店されます。長い間ありがとうございました。',
    '認知症カフェでは、物忘れが気になる方やご家族のご相談を受け付けています。',
    '「沖端町の角の酒屋の旦那さん」のように、住んでいる町や仕事で誰か分かる書き方はしないでください。怒鳴っていた人のことでも同じです。',
    '三橋町の角の酒屋さんで、地元の日本酒の試飲会があります。白い法被のスタッフがご案内します。',
  ])('passes %s', (text) => expect(sev(text)).toBe('none'))

  // Kind (R117A-122): a staff member owns a mobile number in its own phrase (その職員の連絡先は 080-…, 担当スタッフの携帯, 新人職員本人の番号):
  // their own line, blocked as a person in charge's is. A desk's fixed line with staff named after it stays a desk's.
  it.each([
    '観光課の課長です。\n\n調べたところ、その時間に対応していたのは、入庁2年目の職員でした。\n\nその職員の連絡先は 080-6623-1957 です。ご本人も直接お詫びしたいと言っていますので、どうぞ直接お話しください。',
    '担当スタッフの携帯 090-1234-5678 までご連絡ください。',
    '新人職員本人の番号は 070-2345-6789 です。',
    '当日の受付係員の連絡先：080-3456-7812',
  ])('blocks a staff member’s mobile %s', (text) => expect(sev(text)).toBe('block'))
  it.each([
    'お問い合わせは観光課（0944-73-8111）まで。担当職員が対応します。',
    '職員の携帯電話番号をSNSに載せることは禁止されています。',
    '観光案内所のスタッフが笑顔でお迎えします。営業時間は9時から17時です。',
  ])('passes %s', (text) => expect(sev(text)).toBe('none'))

  // Kind (R117A-024): a passport number after "No." in English with its letters and digits parted by spaces or hyphens.
  it.each([
    'Lost & Found! パスポートの落とし物 at 案内所です。Owner: CHEN Wei-ting, passport No. TW 3 4 8 2 9 1 7. Please contact us ASAP!',
    'Found a passport near the station. Passport No. MH-4821937. Owner: Tran Van Minh.',
    'We are keeping a passport (number: E J 3 0 9 4 5 1 2) at the information desk.',
    'Passport found at Okinohata. No. TK 8234519, holder Kim Min-jun.',
  ])('blocks a spaced passport number %s', (text) => expect(run(text).some((x) => x.startsWith('personal-info/passport:block'))).toBe(true))
  it.each([
    'パスポートの見本です。番号欄には英字2文字と数字7桁（例：TK 1 2 3 4 5 6 7）が入ります。',
    'Please bring your passport. Reception No. 3 is on the 1st floor, hours 9 to 17.',
    'Passport applications: call No. 0944-73-8111 (Citizens Section).',
  ])('passes %s', (text) => expect(run(text).some((x) => x.startsWith('personal-info/passport'))).toBe(false))
})

describe('personal-info: round 118 (blind R118A-031, R118A-075, R118A-095, R118A-121, II-065)', () => {
  const sev = (text: string) => {
    const s = run(text)
    return s.some((x) => x.includes(':block:')) ? 'block' : s.some((x) => x.includes(':warn:')) ? 'warn' : 'none'
  }
  const worst = (text: string, rule: string) => {
    const fs = findingsOf(personalInfo, text).filter((f) => f.rule === rule)
    return fs.some((f) => f.severity === 'block') ? 'block' : fs.some((f) => f.severity === 'warn') ? 'warn' : 'none'
  }
  // Kind (R118A-031): a private person not named, pointed at as the one house or business of its kind in a small place (一軒だけ, 唯一,
  // たった一軒) with their age or trade, told with an injury or an illness: plain, polite, casual and 筑後弁.
  it.each([
    '蒲池の県道沿いで一軒だけ養鶏場をされている80代のおばあちゃん、ゆうべ鶏小屋でイノシシに突き飛ばされて腰を骨折されたそうです。早く良くなりますように。',
    '沖端の川沿いで唯一の鍛冶屋を営む70代のおじいちゃんが、作業中に手をけがして入院されました。',
    '大和の干拓地にたった一軒の牛舎をされとる80代のおじさん、昨日牛に蹴られて骨折したらしいばい。',
    '西蒲池で一軒だけ残る畳屋さんの旦那さん（70代）、腰の手術で今月いっぱいお休みやけん、注文はしばらく待ってね。',
  ])('flags the only one in a place %s', (text) => expect(['warn', 'block']).toContain(sev(text)))
  it.each([
    '蒲池の県道沿いに一軒だけある養鶏場では、今年もイノシシの被害が出ています。防護柵の補助制度をご利用ください。',
    '「蒲池で一軒だけの養鶏場の80代のおばあちゃんが骨折」のように、名前がなくても誰か分かる書き方はしないでください。',
    '80代の方の骨折の多くは自宅での転倒が原因です。転倒予防教室にぜひご参加ください。',
    '柳川で唯一の酒蔵見学ツアー、80代の方から小学生まで大人気です。',
  ])('passes %s', (text) => expect(sev(text)).toBe('none'))

  // Kind (R118A-075): an insurance card's 記号 and 番号 told in one paragraph, the card named in another (the lost-property notice naming the card,
  // the holder and the numbers in the next paragraph): the holder's card numbers, blocked as in one paragraph.
  it.each([
    '市民課窓口に国民健康保険の被保険者証の落とし物が届いています。\n\n蒲池 信子さん（記号 柳12 番号 345678）、お心当たりがあれば取りに来てください。',
    '後期高齢者医療の被保険者証をお預かりしています。\n\n記号：やな3、番号：10482 の方は保険年金課までお越しください。',
    '保険証の忘れ物がありました。\n\nお名前は古賀 一郎様、記号 42-117 番号 3051 です。',
    '【落とし物】健康保険の資格確認書\n\n記号 柳8・番号 220915（中島さん）',
  ])('blocks a card number told a paragraph away %s', (text) => expect(run(text).some((x) => x.startsWith('personal-info/insurance:block'))).toBe(true))
  it.each([
    '保険証の記号・番号は、窓口でお尋ねする場合があります。\n\n記号や番号をSNSに載せないでください。',
    '被保険者証の記入例です。\n\n記入例：記号 ○○ 番号 ○○○○',
    '試合の記録です。\n\n記号 A 番号 7 の選手が決勝点を挙げました。',
  ])('passes %s', (text) => expect(run(text).some((x) => x.startsWith('personal-info/insurance'))).toBe(false))

  // Kind (R118A-095): a house number placing a public work or a piece of public infrastructure (…番地付近の農業用水路で護岸改修工事, …番地周辺の
  // 市道で舗装工事, …番地付近で通行止め): the site of the notice, no home. A home or a person tied to the number is still reported.
  it.each([
    '【工事のお知らせ】三橋町正行431番地付近の農業用水路で護岸改修工事を行います。期間は11月1日〜12月20日。通行にご注意ください。',
    '大和町鷹ノ尾120番地周辺の市道で舗装工事を行います。',
    '柳川市西蒲池1234番地付近で水道管の工事のため、片側交互通行となります。',
    '三橋町高畑245番地付近の側溝を清掃します。',
  ])('passes a works site %s', (text) => expect(worst(text, 'personal-info/address')).toBe('none'))
  it.each([
    '三橋町正行431番地付近の田中様宅前の水路で工事を行います。',
    '三橋町正行431番地の自宅の前の水路があふれています。',
    '三橋町正行431番地にお住まいの古賀さん、水路の件でご連絡ください。',
  ])('still flags %s', (text) => expect(worst(text, 'personal-info/address')).not.toBe('none'))

  // Kind (R118A-121): an office or duty ending in 員 called with さん (各地区の水利委員さん, 防犯委員さん, 交通指導員さん, 環境美化推進員さん):
  // what someone does, as 区長さん is, not a name.
  it.each([
    '水門の開け閉めは、各地区の水利委員さんが担当しています。',
    '登校の見守りは、防犯委員さんと交通指導員さんにお願いしています。',
    '各地区の環境美化推進員さんが、ごみステーションの点検をしてくださっています。',
    '消防団員さん、夜遅くまでの警戒ありがとうございました。',
  ])('passes a role %s', (text) => expect(sev(text)).toBe('none'))
  it.each([
    ['水利委員の古賀 正夫さん（78）が、水門の操作中に転倒して入院されました。', 'block'],
    ['防犯委員の中島 健一さん（72）が、見回り中に転んでけがをされ入院されました。', 'block'],
    ['交通指導員の堤 和子さん（65）の携帯 090-2345-6789 までご連絡ください。', 'block'],
  ])('still flags a named person %s', (text, at) => expect(sev(text)).toBe(at))

  // Kind (II-065): a roadside station or its like named by its kind before its name (道の駅やながわ, 海の駅おおき, 川の駅 船小屋): a public
  // facility's line. A mobile, or a person named there, is still someone's.
  it.each([
    '■お問い合わせ　道の駅やながわ　0944-74-3310',
    'ご予約・お問い合わせは、道の駅 みやま（0944-32-1111）まで。',
    '海の駅おおき 0944-88-1234 へお電話ください。',
    '川の駅船小屋　電話 0942-52-1234',
  ])('passes a station line %s', (text) => expect(worst(text, 'personal-info/phone')).toBe('none'))
  it.each([
    '道の駅やながわの田中さんの自宅 0944-74-1234 にお電話ください。',
    '道の駅やながわ 090-1234-5678（担当 古賀）',
    '道の駅やながわで働く古賀さんの携帯 090-8765-4321 にご連絡ください。',
  ])('still flags %s', (text) => expect(sev(text)).toBe('block'))
})

describe('personal-info round 119: an animal a facility keeps, named (R119A-144)', () => {
  // any animal, not only a dog or a cat: a fish, a bird, a tortoise, a goat, with its age, in any tone
  it.each([
    'センターの金魚の「きんちゃん」、今日で3歳になりました🎂🐟 子どもたちがお祝いの絵を描いてくれたよ〜！\n#柳川 #子育て支援センター #きんちゃん',
    '飼育小屋のヤギの「メイちゃん」（2歳）に赤ちゃんが生まれました🐐',
    '児童館の文鳥の「ぴーちゃん」、今日で3歳になりました🐦',
    '水槽の鯉の「こいちゃん」は今年で5歳ばい！',
    '保育園の亀の「かめちゃん」が今日で20歳になりました',
    'トイプードルのココちゃん（3歳）',
  ])('passes %s', (text) => expect(run(text)).toEqual([]))
  // a child named near the same words stays a child: 金魚すくい, 金魚係, a camera (デジカメ), a family name ending in 馬 (有馬)
  it.each([
    ['金魚すくいに来てくれた ゆうちゃん（3歳）、また来てね', ['personal-info/identifiable-person:warn:ゆうちゃん']],
    ['金魚係の古賀ゆうちゃん（5歳）が絵を描いてくれました', ['personal-info/identifiable-person:warn:古賀ゆうちゃん']],
    ['デジカメの「ゆうちゃん」（3歳）が写真を撮りました', ['personal-info/identifiable-person:warn:ゆうちゃん']],
    ['有馬のゆうちゃん（3歳）が遊びに来ました', ['personal-info/identifiable-person:warn:ゆうちゃん']],
    ['保育園のゆうちゃん（3歳）がお祝いの絵を描いてくれました', ['personal-info/identifiable-person:warn:ゆうちゃん']],
  ])('still flags %s', (text, expected) => expect(run(text)).toEqual(expected))
})

describe('personal-info round 119: a number the notice asks readers to call with their questions (IJ-030, IJ-139)', () => {
  // a question topic (わからない ときは, ご不明な点は, 詳しくは, 困ったら) or the number opening its sentence, then a request to call it:
  // the notice's own line, at most a note
  it.each([
    '【やさしい にほんご】あかちゃんの けんこうしんだんは ただ（0えん）です。しやくしょから てがみが とどきます。わからない ときは 0944-75-6261 に でんわして ください。',
    '【やさしい にほんご】3がつ8にち（にちようび）に、ひとりおやの かぞくの そうだんかいが あります。おかねは かかりません。0944-77-8744 に でんわして ください。',
    'ご不明な点は 0944-73-8125 にお電話ください。',
    '詳しくは 0944-73-8125 へお問い合わせください。',
    '困ったときは 0944-73-8125 に電話してね！',
    'わからんときは 0944-73-8125 に電話してはいよ。',
    '【やさしい にほんご】ごみの ひは かわりません。しつもんが あれば 0944-73-8125 に でんわ して ください。',
    'あたらしい がっこうの せつめいかいが あります。\n0944-72-6433 に でんわして ください。',
  ])('passes %s', (text) => expect(run(text).filter((x) => !x.includes(':info:'))).toEqual([]))
  // someone's home or a person told before it, a report of a call, a mobile: still theirs
  it.each([
    ['田中さん宅 0944-75-6261 に電話してください。', ['personal-info/phone:block:0944-75-6261']],
    ['わからないときは、古賀さんのお宅 0944-75-6261 に電話してください。', ['personal-info/phone:block:0944-75-6261']],
    ['たなかさんの いえ 0944-75-6261 に でんわして ください。', ['personal-info/phone:warn:0944-75-6261']],
    ['世話役の城戸さんが受け付けます。0944-76-2815 に電話してください。', ['personal-info/phone:warn:0944-76-2815']],
    ['わからないときは 0944-75-6261 に電話したら、田中さんが出ました。', ['personal-info/phone:warn:0944-75-6261']],
    ['拾った方は 0944-75-6261 に電話してください。', ['personal-info/phone:warn:0944-75-6261']],
    ['わからないときは 090-1234-5678 に電話してください。', ['personal-info/mobile:block:090-1234-5678']],
  ])('still flags %s', (text, expected) => expect(run(text)).toEqual(expected))
})

describe('personal-info round 121: a staff member\'s own LINE; a notice\'s number owned by the city in English or by the body it asks to call (R123A-115, IK-073, IK-148, IK-128)', () => {
  const worst = (text: string, rule: string) => {
    const fs = findingsOf(personalInfo, text).filter((f) => f.rule === rule)
    return fs.some((f) => f.severity === 'block') ? 'block' : fs.some((f) => f.severity === 'warn') ? 'warn' : 'none'
  }
  // Kind (R123A-115): the account said to be someone's own before its ID (担当の個人LINE, 職員のプライベートのLINE, 私の個人LINE, 担当者のLINE),
  // even in a sentence naming the city.
  it.each([
    'うなぎのせいろ蒸しPR、応援してくれてありがとうだモン！ お礼のメッセージは担当の個人LINEに送ってほしいモン→ LINE ID：yanamon_tanaka0712',
    '感想は職員のプライベートのLINE（ID：suzu.k77）までどうぞ！',
    '柳川市の担当職員の個人アカウント、LINE ID koga_0823 に直接送ってね。',
    '写真が欲しい方は、私の個人LINE miki_0405 に連絡ください😊',
    'イベントの質問は担当者のLINE ID：h.nakashima88 へ',
  ])('blocks a staff member\'s own LINE ID %s', (text) => expect(worst(text, 'personal-info/line-id')).toBe('block'))
  it.each([
    '個人のLINEではなく、公式LINE ID：yanagawa_koho01 からお知らせします。',
    '職員の個人LINEでのやり取りは禁止されています。お問い合わせは公式LINE（@yanagawa_city）まで。',
    'ご自分のLINEアプリで ID検索：yanagawa_koho01 と入力してください。',
    '担当の個人LINEにはお返事できません。市の公式LINE ID yanagawa_koho01 へどうぞ。',
  ])('passes %s', (text) => expect(worst(text, 'personal-info/line-id')).toBe('none'))

  // Kind (IK-073, IK-148): an English notice's contact line labelled Inquiries: or Questions:, the city named as its sender (Tax Reminder from
  // Yanagawa City:, [Yanagawa City]) or a public place named on another line; "My Number Card" is the card's name, no one's own.
  it.each([
    'Tax Return Consultation\nFeb 16 (Mon) - Mar 16 (Mon), weekdays only\n9:00-11:30 / 13:00-16:00\nPlace: Yanagawa Civic Cultural Hall (Suito Yanagawa)\nPlease bring your My Number Card and withholding slip (gensen choshu-hyo).\nInquiries: 0944-77-8412',
    'Tax Reminder from Yanagawa City: The 2nd installment of the municipal and prefectural inhabitant tax is due on Monday, August 31. You can pay at banks, convenience stores, or by smartphone app. Questions: 0944-77-8421',
    'Health Checkup for Residents\nDate: June 5\nPlace: Yanagawa Health Center\nPlease bring your My Number Card.\nQuestions: 0944-74-2211',
    'News from the City of Yanagawa: Bulky waste collection changes in April. Info: 0944-74-2211',
    '[Yanagawa City]\nWater bills can now be paid by smartphone.\nInquiries: 0944-72-1234',
  ])('passes an English notice %s', (text) => expect(worst(text, 'personal-info/phone')).toBe('none'))
  it.each([
    'Lost dog found near my home.\nPlease bring your My Number Card.\nQuestions: 0944-74-2211',
    'My friend from Yanagawa City is selling vegetables. Questions: 0944-74-2211',
    'A visitor from Yanagawa City lost a wallet. Call Mr. Koga. Questions: 0944-74-2211',
  ])('still flags %s', (text) => expect(worst(text, 'personal-info/phone')).toBe('warn'))

  // Kind (IK-128): the sentence before a bare number asks the reader to call a public body (けいさつに でんわしてください。0944-…, 警察署に相談して
  // ください。⏎0944-…, しやくしょに でんわ して ください, 税務課にお問い合わせください, ぜいむかに れんらく してください): that body's line.
  it.each([
    '【やさしい にほんご】\n「ぜいきんが もどります。ATMに いってください」という でんわは うそです（さぎ）。\nしやくしょは ATMに いくように いいません。\nでんわを すぐに きってください。\nこまったら けいさつに でんわしてください。0944-72-0110',
    '「還付金があります」という電話は詐欺です。不審に思ったら警察署に相談してください。\n0944-72-0110',
    'わからない ときは しやくしょに でんわ して ください。0944-74-2211',
    'こまったら ぜいむかに れんらく してください。\n0944-77-8421',
  ])('passes %s', (text) => expect(worst(text, 'personal-info/phone')).toBe('none'))
  it.each([
    ['困ったら田中さんに電話してください。0944-72-1234', 'warn'],
    ['わからないときは おうちの ひとに でんわしてください。0944-72-1234', 'warn'],
    ['困ったときは近所の方に相談してください。0944-72-1234', 'warn'],
    ['警察に電話したら、0944-72-1234 の人が出ました。', 'warn'],
    ['心配な方は警察に相談してください。田中さんの自宅 0944-72-1234', 'block'],
  ])('still flags %s', (text, at) => expect(worst(text, 'personal-info/phone')).toBe(at))
})

describe('personal-info: blind R124A-014, an entry number on a register the city keeps, told with a person named', () => {
  // Kind: the register named (選挙人名簿, 要支援者名簿, 住民基本台帳, 名簿番号) and an entry's number after it (第3投票区 127番, 登録番号は3-0127,
  // No.58): with a private person named in the paragraph it blocks. Counts, dates, a precinct told as where to vote, a form's number and
  // a place in an ordinary list are not an entry's number.
  const blocked = (text: string) => findingsOf(personalInfo, text).filter((f) => f.rule === 'personal-info/personal-id' && f.severity === 'block')
  it.each([
    // the miss
    '入場券が届かないとお電話をくださった大和町鷹ノ尾の田中 清子様（選挙人名簿 第3投票区 127番）、再発行の手続きが済みましたので期日前投票所でお受け取りいただけます。',
    // variants
    '古賀 正和さんの選挙人名簿の登録番号は3-0127ですので、受付でお伝えください。',
    '避難行動要支援者名簿のNo.58の堤ヨシ子さんには、民生委員が訪問しました。',
    '名簿番号 45番の松尾様、お忘れ物をお預かりしています。',
  ])('blocks %s', (text) => {
    expect(blocked(text).length).toBeGreaterThan(0)
  })
  it.each([
    // hard negatives
    '選挙人名簿の登録者数は3万2,145人です。',
    '選挙人名簿に登録されている方は、第3投票区（柳川小学校）で投票できます。',
    '選挙人名簿の縦覧は3月1日から15日までです。',
    '選挙人名簿抄本の閲覧は、第12号様式の申請書でお申し込みください。',
    '参加者名簿の3番目に田中さんのお名前がありました。',
    '住民基本台帳の人口は12万3,456人でした。',
  ])('passes %s', (text) => {
    expect(findingsOf(personalInfo, text).filter((f) => f.rule === 'personal-info/personal-id')).toEqual([])
  })
})

describe('personal-info: blind R128I-019, a private person named in full with their district and an enforcement or arrears', () => {
  it.each([
    '市税を長期間滞納していた沖端町の西村 浩二に対し、本日、自宅の家財の差押えを執行しました。納税は市民の義務です。',
    '固定資産税を5年間滞納していた大和町在住の田中一郎宅の家財を公売にかけます。',
    '督促に応じなかった三橋町の山下 花子が所有する土地を差し押さえました。',
    '国保税の滞納が続く昭代地区の古賀まさおに対して強制執行を行いました。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: enforcement told with no one named, a body, residents as a class
    '市税を長期間滞納していた市内の個人に対し、本日、家財の差押えを執行しました。',
    '沖端町の市営住宅に対し、家賃滞納の督促を強化します。',
    '大和町の住民たちに対し、滞納防止の口座振替をご案内しています。',
    '三橋町の建設会社に対し、過料の処分を行いました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block:') || x.includes(':warn:'))).toEqual([])
  })
})

describe('personal-info: blind R130I-022, the household of a unit named in brackets by its role in an incident report', () => {
  it.each([
    '【火災概要】本日3時10分ごろ、西蒲池のグランメゾン柳川203号室（居住者 中山 実さん方）から出火し、同室の一部を焼きました。原因は調査中です。',
    '昨夜、蒲池団地2号棟105号室（入居者 古賀 ハル子さん宅）で小火がありました。けが人はいません。',
    'コーポ三橋302号室（住人の堤 健二様方）で水漏れが発生し、下の階にも被害が出ました。',
    '市営住宅の401号室（契約者：松尾 和夫様）の窓ガラスが割られる被害がありました。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/address:block'))).toBe(true)
  })
  it.each([
    // hard negatives: the unit offered, a facility's room, no one named
    '市営住宅305号室（居住者募集中）の内覧会を行います。',
    '本日3時10分ごろ、西蒲池の共同住宅の一室から出火しました。原因は調査中です。',
    '市民会館201号室（会議室）で説明会を開きます。',
    '団地の居住者の皆さんへ、203号室の修繕工事のお知らせです。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block:') || x.includes(':warn:'))).toEqual([])
  })
})

describe('personal-info: blind R129I-007, R130I-048, a list of people posted with its fields named, or typed out a person a line', () => {
  it.each([
    '本日の新型コロナワクチン集団接種（三橋公民館）の予約者一覧です。受付時に名簿と照合しますので、職員は画像を確認しておいてください。\n（氏名・生年月日・接種券番号入り）',
    '明日の健診の受診者名簿です（氏名・住所・電話番号記載）。担当の方は確認をお願いします。',
    '参加者リストを添付しました。お名前と連絡先入りなので、当日の点呼に使ってください。',
    '【普通救命講習 修了者のお知らせ】\n江崎 美樹（昭和58年4月2日生・三橋町五拾町）\n大坪 隆之（平成2年11月20日生・昭代）\n以上の方々に修了証を交付しました。',
    '今回の合格者は次のとおりです。\n古賀 健一（平成8年5月12日生）\n堤 さおり（平成10年1月3日生）',
    '表彰を受けた方\n松尾 和夫さん（昭和30年生・大和町中島）',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/roster-photo:block'))).toBe(true)
  })
  it.each([
    // hard negatives: fields asked for, a list not posted, a lost list apologised for, figures of history
    '申込書には氏名・生年月日・住所を記入し、参加者名簿に署名してください。',
    '予約者一覧（氏名・生年月日入り）は受付でのみ使用し、ホームページには掲載しません。',
    '氏名・住所記載の名簿を紛失しました。関係者の皆様に深くお詫び申し上げます。',
    '郷土の偉人\n北原白秋（明治18年1月25日生まれ）\n檀一雄（明治45年2月3日生まれ）\nの記念展を開催します。',
    '北原白秋（明治18年1月25日生まれ）は柳川出身の詩人です。',
    '昭和58年4月2日生まれの方は、今年度の特定健診の対象です。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/roster-photo'))).toEqual([])
  })
})

describe('personal-info: blind R130I-110, a patient or resident named by their room in a hospital or care home', () => {
  it.each([
    '新人看護師さんの歓迎会の準備中です🌸 後ろのホワイトボード（305号室 古川 トメ様 糖尿病食／306号室 堤 健太様 術後2日目）は気にしないでください笑',
    '3階病棟の201号室の松尾さんは明日退院です。',
    '介護施設の夏祭り📸 奥の掲示板に「102号室 江口ミツ子様 刻み食」の札が写っています。',
    '入院中の402号室 古賀様、お誕生日おめでとうございます！',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/lodging:block'))).toBe(true)
  })
  it.each([
    // hard negatives: a meeting room, a room with no one named, staff by name with no room
    '市民会館201号室で介護教室を開きます。',
    '病棟の305号室は現在空床です。',
    '看護師の古川さんが新人研修の講師を務めました。',
    '市立病院の面会は、各病棟のナースステーションで受付をしてください。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/lodging'))).toEqual([])
  })
})

describe('personal-info: blind R129I-042, an infected person named with their district, age or employer', () => {
  it.each([
    '【新型コロナウイルス感染症の発生について】\n本日、市内で新たに1名の感染が確認されました。三橋町今古賀にお住まいの50代男性（柳川中央運送勤務の田尻 誠さん）で、現在自宅療養中です。濃厚接触者の調査を進めています。',
    '三橋町今古賀にお住まいの田尻 誠さん（52）は陽性と判明し、現在自宅療養中です。',
    '大和町の古賀 一郎さん（40）の感染が確認されました。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: a case with no name, a named speaker on infection, patients as a class
    '市内で新たに1名の感染が確認されました。濃厚接触者の調査を進めています。',
    '大和町の古賀 一郎さんが、感染症予防の講演をしました。自宅療養中の方への支援についても話されました。',
    '自宅療養中の方には、保健所から食料品をお届けします。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block:'))).toEqual([])
  })
})

describe('personal-info: blind R129I-023, a named person said to be staying now at a named lodging', () => {
  it.each([
    '今日の川下り、俳優の桜庭 蓮さんがお忍びで乗ってました😳✨ 明日まで沖端の旅館「水月」に泊まってるらしいので、会えるかも…！？',
    '歌手の水野 さくらさんが今夜はホテル柳川に宿泊中とのことです！',
    'お忍びで来られた選手たち、週末まで沖端の民宿に滞在しているそうですよ。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/lodging:'))).toBe(true)
  })
  it.each([
    // hard negatives: a stay advised or offered, guests as a class, a past stay
    '旅館に泊まって、翌朝は川下りを楽しんでください。',
    '市内のホテルに宿泊している方は、駐車場が無料です。',
    '先日は田中さんがホテル柳川に泊まって講演されました。',
    '皆さん、ホテルに宿泊中の忘れ物にご注意ください。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/lodging'))).toEqual([])
  })
})

describe('personal-info: blind R131I-012, R132I-051, R132I-083, R132I-032, a named resident with a detail and a matter that exposes them', () => {
  it.each([
    '本日の集団健診の会場で体調を崩された両開の松尾 正さん（64）は、救急搬送後、無事に回復されたとのことです。ご心配をおかけしました。',
    '運動会の最中に倒れられた大和町の古賀 和夫さん（71）は、救急搬送後に意識が戻られました。',
    '観光案内所に財布の落とし物が届いています。中の保険証によると、大川市向島の堤 孝之さん（昭和32年生まれ）のものです。お心当たりの方はご連絡ください。',
    '免許証の入ったカバンの落とし物です。柳川市三橋の江口 花子さん（58）のものと分かりました。',
    '今日窓口に来た沖端町の三小田さん、住民票1枚で3時間粘られた…さすがに疲れた😩',
    '昨日窓口に来た大和町の古賀さん、2時間居座られてほんと大変だった',
    '【新型コロナウイルス感染症の発生について】\n本日、市内で新たに1名の感染が確認されました。感染者は大和町在住の40代男性で、有明工務店（大和町鷹ノ尾）に勤務しています。濃厚接触者は現在調査中です。',
    '感染が確認されたのは三橋町在住の30代女性で、柳川中央病院に勤務しています。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: a city's office before a name, a staff member at the counter, an employer with no one singled out, a patient with no detail
    '柳川市観光課の古賀 一郎さんが、川下りの魅力を紹介しました。',
    '大川市役所の堤 孝之さんに、落とし物の届け方を教えていただきました。',
    '今日窓口に来てくれた沖端町の三小田さん、いつも差し入れありがとうございます！',
    '市内で新たに1名の感染が確認されました。有明工務店では消毒を行いました。',
    '市内の事業所に勤務している方は、勤務先の指示に従ってください。',
    '救急搬送後の対応について、消防本部の松尾 正さんが説明しました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person:block'))).toEqual([])
  })
})

describe('personal-info: blind R131I-057, pupils named with their test scores', () => {
  it.each([
    '【城東中 3年2組 期末テスト上位者🏆】\n1位 大城 莉子さん 489点\n2位 吉開 湊さん 476点\n3位 堤 美咲さん 471点\nみんなよくがんばりました！',
    '学力テストの結果発表！ 古賀 陽太くん（98点）が学年トップでした。',
    '中間テスト 学年1位は 松尾 ひなたさん 495点 でした👏',
    '漢字の小テストで満点！ 江口くん 100点 おめでとう',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: an average with no name, a sports result, a teacher named beside a test, a quiz contest
    '期末テストの学年平均は65点でした。復習に取り組みましょう。',
    '市民陸上大会 100m 1位 大城 莉子さん（城東中）12秒5 大会新記録でした！',
    '定期テスト前の学習会、講師の古賀 一郎さんに教えていただきました。',
    'クイズ大会の優勝は古賀チーム、90点でした。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person:block'))).toEqual([])
  })
})

describe('personal-info: blind R131I-084, children named off the name tags in a photo', () => {
  it.each([
    'みずほ保育園の発表会🎵 名札の「すずき はると」くんと「たなか ゆい」ちゃん、練習の成果で上手に踊れました！おうちの方も大喜びでした✨\n#柳川 #保育園',
    '遠足の写真です。名札に「こが さくら」とある女の子が一番前で笑っています。',
    'ゼッケンの「まつお そうた」くん、かけっこ1等賞でした！',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => /^personal-info\/name-tag:(?:warn|block)/.test(x))).toBe(true)
  })
  it.each([
    // hard negatives: a name tag's field, a class named on the tag, name tags as a topic
    '名札には「なまえ」と「くみ」を書いて、毎日つけてきてください。',
    '名札の「ひまわり組」の色は黄色です。',
    '入園準備として、名札やお名前シールをご用意ください。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person') || x.startsWith('personal-info/name-tag'))).toEqual([])
  })
})

describe('personal-info: blind R131I-085, a register typed out with ages and care conditions', () => {
  it.each([
    '避難所の受付名簿の写真です📋 1 吉開 トミ 89歳 要介護3 ／ 2 田中 勇 92歳 透析あり …こちらの方々のご家族は安心してください。',
    '公民館に避難されている方\n古賀 ハル 88歳 認知症\n松尾 進 79歳 車いす',
    '受付一覧：江口 ミツ子（91）寝たきり、在宅酸素。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/roster-photo:block'))).toBe(true)
  })
  it.each([
    // hard negatives: counts with no names, a named speaker with an age and a topic, a register not shown
    '避難所には89歳の方をはじめ要介護の方が3名、透析の必要な方が1名おられます。',
    '講師の田中 勇さん（62）が認知症予防の体操を紹介しました。',
    '避難所の受付名簿は市で保管し、公開しません。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/roster-photo'))).toEqual([])
  })
})

describe('personal-info: blind R133I-034, a named person\'s library borrowing record; R133I-052, a celebrity\'s whereabouts now', () => {
  const run = (text: string): string[] => summary(findingsOf(personalInfo, text))
  it.each([
    '図書館カウンターより📚 昨日、元市議の蒲池 隆三さんが『老後破産を防ぐ本』と『相続トラブル解決集』を借りていかれました。お勉強熱心ですね〜…',
    '常連の古賀さんは今週も『柳川の歴史』を予約されました。',
    '田中様に『育児の悩み相談室』を貸し出しました。',
    '今日は大城 先生が「がんと向き合う」を返却されました。',
  ])('blocks the borrowing record %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: an author, new books with no one named, a staff pick, a donation, the reader invited
    '作家の北原 白秋さんの『邪宗門』を借りてみませんか。',
    '『老後破産を防ぐ本』など新着図書の貸出を始めました。',
    '館長の中島さんが選んだ『春の絵本』コーナーができました。',
    '皆さんも『柳川の歴史』をぜひ借りてみてください。',
  ])('passes the borrowing record %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block:') || x.includes(':warn:'))).toEqual([])
  })
  it.each([
    '速報！俳優の白石 航さんが今、沖端の船着き場から川下りに乗船されました😳✨ 14時半ごろ御花前あたりを通過予定です！\n#柳川 #川下り',
    'ただいま歌手の山口 リナさんが駅前のカフェに来店中です☕',
    'これから女優の森 早紀さんが御花に向かわれます！',
  ])('warns of the whereabouts %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/lodging:warn'))).toBe(true)
  })
  it.each([
    // hard negatives: a stage appearance, a past visit, a ticket sale
    '今、ステージに歌手の山口 リナさんが登場しました！',
    '昨年、俳優の白石 航さんが川下りを楽しまれました。',
    '俳優の白石 航さんが出演する舞台のチケット、今なら残りわずかです。',
  ])('passes the whereabouts %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/lodging'))).toEqual([])
  })
})

describe('personal-info: blind R137I-070, a patient\'s ID left on a medical image with their name or birth date', () => {
  it.each([
    '研修医向けの勉強会で使った、珍しい症例のレントゲン写真です🩻 みなさんは何の病気かわかりますか？\n（画像の説明：胸部X線写真。左上に患者ID 00482913、氏名 TSUTSUMI SHOICHI、生年月日 1947/03/02 の表示が残っている）',
    '興味深いCT画像です。（画像の説明：右上に患者ID 10293847、生年月日 昭和22年の表示）',
    '当院で撮影したMRIです。（画像：カルテ番号 5521098、氏名 古賀 一郎 の表示あり）',
    '症例写真をご覧ください（患者番号 88213004、患者名 SATO HANAKO が写っています）',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/personal-id:block'))).toBe(true)
  })
  it.each([
    // hard negatives: the ID field shown blank or explained, an anonymised image, a form to fill in
    '診察券には患者IDと氏名が書かれています。受付でご提示ください。',
    '勉強会で使ったレントゲン写真です（個人情報はすべて消してあります）。',
    '申込書には氏名・生年月日・住所をご記入ください。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block:'))).toEqual([])
  })
})

describe('personal-info: blind R137I-120, a private message\'s screenshot with its sender left visible', () => {
  it.each([
    'こんなDMをいただきました😊「来週の川下り、雨でも乗れますか？」→ 小雨なら運航します！\n（画像の説明：DM画面のスクリーンショット。送信者のアカウント名 @saori_yngw_0911 とプロフィール写真がそのまま写っている）',
    'うれしいメッセージが届きました！スクショを載せますね（相手のアイコンとユーザー名も見えています）',
    'LINEでいただいた感想です。（画像：トーク画面のキャプチャ。送り主のお名前とプロフィール画像が表示されている）',
    'フォロワーさんからのDM、うれしすぎたのでスクショで共有します！（ユーザーのアカウント名がそのまま写っています）',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:warn'))).toBe(true)
  })
  it.each([
    // hard negatives: masked, shown with leave, advice to readers, a message with no screen
    'いただいたDMをご紹介します（画像はアカウント名とアイコンを消しています）。',
    'ご本人の了承を得て、メッセージ画面のスクショを載せます。お名前も写っています。',
    'スクリーンショットを投稿するときは、相手のアカウント名が写らないようご注意ください。',
    'DMでのお問い合わせには、担当者から順番に返信しています。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block:') || x.includes(':warn:'))).toEqual([])
  })
})

describe('personal-info: blind round 138–140, a library user\'s loans (with a bracket after the name, or no title)', () => {
  it.each([
    '今日は常連の平田 誠さん（市内の中学校の先生）が、また『上司を黙らせる技術』と『完全犯罪の作り方』を借りていきました📚 いつもありがとうございます！',
    '【図書館こぼれ話】昨日、三橋町の堤 真理子さん（元アナウンサー）が来館され、『はじめての介護』『認知症の親と暮らす』を借りていかれました📚 お母様の介護中とのこと、陰ながら応援しています！',
    '今日カウンターに来た三橋町の堤 康介さん、この半年で借りた本が料理本とダイエット本ばかり20冊！貸出履歴を見てびっくりしました📚 がんばってるんだなぁ',
    '常連の松尾 恵さん（駅前の美容室の店長）は、今月も『離婚の手続き』を借りていかれました。',
    '江口さんの貸出履歴を見たら、ミステリーばかりでした。',
    '昨日来られた古賀 正さん、今年借りた本がほとんど資格試験の本でした。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: a deadline told to a reader, the library's totals, a staff pick, one's own history explained
    '田中さん、借りた本は返却期限までにお返しくださいね。',
    '今年いちばん借りられた本は『柳川の歴史』でした。',
    '貸出履歴はマイページからご自身で確認できます。',
    '司書の中島さん（児童書担当）が選んだ本を展示しています。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block:') || x.includes(':warn:'))).toEqual([])
  })
})

describe('personal-info: blind R138I-003, R140I-072, a private person named as the offender', () => {
  it.each([
    '【不法投棄は犯罪です】\n三橋町の集積所に、指定袋以外のごみが放置されていました。中の郵便物から、出した方は特定できています（写真の封筒の宛名の立花様、心当たりがあるはずです）。環境課までご連絡ください。',
    '【お知らせ】本日午前、当駅で万引きをした50代男性、大川市在住の古賀さん。防犯カメラの画像は事務所に掲示しています。1週間以内に支払いがなければ顔写真を公開します。',
    '自転車を盗んだ少年、城内町の田中くんのことは学校にも伝えています。',
    'ポイ捨てされていた弁当の袋にレシートがあり、捨てた人は特定できています。江口様、心当たりがあるはずです。',
    '店の前に落書きされました。防犯カメラに映っていた古賀さん、1週間以内に連絡がなければ顔写真を公開します。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: a staff member to contact, a call for information, someone who dealt with the offender, a thank-you
    '不法投棄を見つけたら、環境課の立花さんまでご連絡ください。',
    '公園の落書きを消してくれた田中さん、ありがとうございました。犯人に心当たりのある方は警察へ。',
    '万引きをした人を見つけて通報してくれた古賀さんに感謝状を贈りました。',
    '不法投棄は犯罪です。郵便物などの宛名は外してから出してください。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person:block'))).toEqual([])
  })
})

describe('personal-info: blind R138I-061, a class\'s children listed by full name', () => {
  it.each([
    '卒業おめでとう🌸 6年1組の皆さんです！\n江口 大翔さん・古賀 結衣さん・堤 蓮さん・松尾 陽菜さん ほか全28名\n写真は保護者の方にも見ていただけるよう、このまま掲載します。',
    '3年2組のみんなで遠足に行きました！\n中島 蒼空くん、江口 陽菜さん、古賀 湊くん、堤 凛ちゃん',
    '新入生を紹介します。松尾 陽翔くん・田中 結菜さん・大坪 蓮くん',
    'さくら組の子どもたちです（立花 葵ちゃん／江崎 悠真くん／野田 紬ちゃん）',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:'))).toBe(true)
  })
  it.each([
    // hard negatives: prize winners, a class with no names, names with no class, a list published with consent
    '6年1組の皆さん、卒業おめでとう！全28名の門出をお祝いします。',
    '絵画コンクールの入賞者は、江口 大翔さん・古賀 結衣さん・堤 蓮さんです。卒業生の皆さんにも拍手を！',
    '出演：江口 大翔さん・古賀 結衣さん・堤 蓮さん',
    '保護者の同意を得て掲載しています。6年1組 江口 大翔さん・古賀 結衣さん・堤 蓮さん',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block:') || x.includes(':warn:'))).toEqual([])
  })
})

describe('personal-info: blind R138I-115, a suspect named after a house number; R140I-011, a named athlete\'s diagnosis and hospital room', () => {
  it.each([
    '【逮捕】三橋町蒲生 230-1 の無職 山田 一郎 容疑者（45）を住居侵入の疑いで逮捕しました。',
    '柳川市三橋町高畑 245-1 の会社員 田中 太郎 容疑者（38）を逮捕しました。',
    '大和町中島 1107-3 の無職、古賀 一 被告（61）に判決が言い渡されました。',
  ])('blocks the address %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/address:block'))).toBe(true)
  })
  it.each([
    // hard negatives: an address of a police station, a suspect without an address, a venue
    '柳川警察署（柳川市三橋町高畑 245-1）は、住居侵入の疑いで男を逮捕しました。',
    '会場：柳川市三橋町高畑 245-1 三橋公民館',
  ])('does not block %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/address:block'))).toEqual([])
  })
  it.each([
    '【選手情報】\n#7 松永 拓海 選手は右膝前十字靱帯断裂と診断されました。現在、みずさと病院の304号室に入院中です。お見舞いのお手紙もお待ちしています！',
    '#10 古賀 翔太 選手は左足首骨折と診断されました。柳川病院の5階病棟に入院しています。',
    '江口 美咲さんは肺炎と診断され、現在みずさと病院の212号室に入院中です。',
    '中島 健 監督は腰椎椎間板ヘルニアと診断されました。有明医療センターの個室で入院中です。',
  ])('blocks the diagnosis %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: a recovered player, a diagnosis with no hospital, a hospital's own room notice
    '#7 松永 拓海 選手がけがから復帰しました！',
    '松永 拓海 選手は右膝の軽い捻挫と診断されましたが、次の試合には出場予定です。',
    'みずさと病院の304号室は改装のため使用できません。',
  ])('passes the diagnosis %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block:'))).toEqual([])
  })
})

describe('personal-info: blind R143I-019, private donors listed with their full name, home and gift', () => {
  // Kind: a thank-you post for ふるさと納税 or 寄附 listing donors a line each, full name with 様/さん and where they live and how much they gave.
  it.each([
    '【ふるさと納税 ありがとうございます】\n今月ご寄附をいただいた皆さまをご紹介します。\n・東京都世田谷区 桜井 健太 様（5万円）\n・大阪市北区 村上 由香 様（3万円）\n・福岡市中央区 平田 修 様（10万円）\n心より感謝申し上げます。',
    '【ご寄付のお礼】\n山田花子様（福岡県久留米市）10,000円\n中村 誠 様（佐賀県佐賀市）30,000円\n本当にありがとうございました。',
    '義援金をお寄せいただいた皆さま\n福岡市 古賀 一郎さん 5万円\n久留米市 江口 美和さん 2万円',
    'ふるさと納税でご支援いただいた方をご紹介！\n・北海道札幌市　高橋 誠 様　100,000円\n・神奈川県横浜市　佐藤 恵 様　50,000円\n・愛知県名古屋市　鈴木 翔 様　30,000円',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: donors who asked to be listed, companies and groups, thanks without names, totals by prefecture, one donor
    '【ふるさと納税 ありがとうございます】\nお名前の掲載を希望された方をご紹介します。\n・東京都世田谷区 桜井 健太 様（5万円）\n・大阪市北区 村上 由香 様（3万円）',
    '企業版ふるさと納税でご寄附をいただきました。\n・株式会社柳川建設 様（福岡県柳川市）100万円\n・有明商工会 様（大牟田市）50万円',
    '今年度のふるさと納税は、全国の皆さまから総額12億円のご寄附をいただきました。市長として心より感謝申し上げます。',
    'ふるさと納税の寄附件数\n東京都 1,200件（3,000万円）\n大阪府 800件（2,000万円）',
    '市長が、ご寄附をいただいた柳川ライオンズクラブの皆さま（寄附額50万円）に感謝状を贈呈しました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block') || x.includes(':warn'))).toEqual([])
  })
})

describe('personal-info: blind R146I-114, private winners of a lottery, applicants or donors listed by full name with their home', () => {
  // Kind: people a lottery or an application picked (当選者, 入居者, 申込者, 応募者), or donors, each by full name with 様 and their town in brackets.
  it.each([
    '【市営住宅 入居者抽選結果】\n令和7年度第2回の抽選を行いました。\n当選者：田島 正人様（大和町中島）、北原 美由紀様（三橋町高畑）、堤 健二様（坂本町）\n入居手続きは建築住宅課でご案内します。',
    '市民農園の利用者抽選の結果、次の方が当選されました。\n・古賀 誠 様（三橋町藤吉）\n・江口 由美 様（柳川市本町）\n・松尾 翔 様（大和町鷹ノ尾）',
    '【分譲宅地 申込者のお知らせ】\n申込者 坂田 真一さん（沖端町）、中島 恵さん（西浜武）、平田 修さん（三橋町今古賀）\n※抽選は10月3日に行います。',
    '記念植樹の応募者から抽選で3名の方が決まりました！吉田 和夫様（昭代3丁目）、石橋 陽子様（大和町六合）',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: an election's winners, applicants counted by town, a lottery result by number, companies, one winner with leave
    '【市議会議員選挙 当選者】\n田島 正人 氏（大和町）、北原 美由紀 氏（三橋町）、堤 健二 氏（坂本町）が当選しました。',
    '【プレミアム商品券 抽選結果】\n応募者1,250人（大和町 320人、三橋町 410人、柳川地区 520人）の中から抽選を行いました。当選者には郵送でお知らせします。',
    '【市営住宅 入居者抽選結果】\n抽選の結果、受付番号 12番、27番、41番の方が当選されました。当選された方には郵送でお知らせします。',
    '指定管理者の応募者は、株式会社柳川建設 様（柳川市）、有明サービス 様（大川市）の2者でした。',
    '抽選会には、市長の金子 健次 氏（柳川市長）と、議長の田中 一郎 氏（市議会議長）が立ち会いました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block') || x.includes(':warn'))).toEqual([])
  })
})

describe('personal-info: blind R153I-085, R154A-092, an address read off a found belonging, or a bare 大字 and its number before a named person', () => {
  // Kind: the owner of a found item looked for by what is written on it (名札, 免許証): their address, even with no 番地 or no city word.
  it.each([
    '観察会の会場で名札の落とし物を預かっています🐟\n名札には「蒲池ゆうと　城内小3年　柳川市西浜武1234-5」と書いてあります。お心当たりの方はご連絡ください！',
    '総合体育館で財布の忘れ物がありました。中の免許証によると、持ち主は西蒲池1085-2の古賀 慎也さんです。心当たりのある方はご連絡ください。',
    '公園でカバンを拾いました。中の手帳には「三橋町高畑245-1」と書かれていました。持ち主の方はご連絡ください。',
    '駅前で定期券を拾いました。持ち主は鷹ノ尾302-4の田中 美咲さんのようです。',
    '自転車の落とし物です。防犯登録から、今古賀118-3の江口様宅のものと分かりました。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/address:block'))).toBe(true)
  })
  it.each([
    // hard negatives: a score, a facility's address on a leaflet, a notice asking for an address, a route number, a bare district
    '前半12-10の古賀さんのスパイクが決まり、見事勝利しました！',
    '西蒲池地区の公民館では、毎週水曜日に体操教室を開いています。',
    '落とし物は、市役所1階の総合案内でお預かりしています。お心当たりの方はお問い合わせください。',
    '第3試合は25-18で柳川クラブの勝利。古賀さんのサーブが光りました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/address') && (x.includes(':block') || x.includes(':warn')))).toEqual([])
  })
})

describe('personal-info: blind R153I-041, a child named in full with their allergy, illness or disability', () => {
  // Kind: 要配慮個人情報 of a child (卵アレルギーの, 喘息のある, 障がいのある), named in full, with or without their class between.
  it.each([
    'みずほ幼稚園です。\n今週の給食は、秋の味覚を取り入れた献立でした。\n卵アレルギーのある年中組の立花 結衣ちゃんには、別メニューのハンバーグを用意しました。\n来週は参観日です。',
    '喘息のある3年2組の古賀 陽翔くんは、マラソン大会を見学しました。',
    '小麦アレルギーの中島 さくらちゃんには、米粉のケーキを用意しました。',
    '発達障がいのある年長組の江口 蒼空くんも、発表会で元気に歌いました。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: the condition as a topic, a staff member, no name, a first name only
    '卵アレルギーのあるお子さんには、別メニューを用意しています。事前にお知らせください。',
    'アレルギー対応の給食について、栄養士の立花 美穂さんがお話しします。',
    '年中組のみんなで、秋の味覚のハンバーグを作りました。',
    '卵アレルギーのある結衣ちゃんも、みんなと同じおやつを食べられました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: blind R153I-063, an elderly person named with their district (ノ in the area name), age and frailty', () => {
  it.each([
    '【見守り活動のご報告】\n民生委員さんと自治会で、一人暮らしの高齢者宅を訪問しました。\n大和町鷹ノ尾の大石 ミツエさん（88）は、最近足腰が弱って外出できないとのことです。ご近所の方、気にかけてあげてください。',
    '三橋町江ノ浦の堤 ハルさん（91）は一人暮らしで、最近物忘れが増えてきたそうです。',
    '大和町鷹ノ尾の古賀 トメさん（85）が、寝込んでおられるそうです。',
    '大和町六合ノ里の松尾 キヨさん（86）は、介護が必要になり、ご近所の見守りが欠かせません。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: the elderly as a group, a district's event, a consented interview, an official
    '一人暮らしの高齢者宅を訪問する見守り活動を、大和町鷹ノ尾地区で行いました。',
    '大和町鷹ノ尾の公民館で、足腰を鍛える体操教室を開きました。参加者は20人でした。',
    '民生委員の大石さんが、見守り活動について説明しました。',
    '大和町鷹ノ尾の大石 ミツエさん（88）に、ご本人の了承を得て長寿の秘訣を伺いました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: blind R157I-117, a former office in the bracket after a described patient', () => {
  // Kind: 82歳の男性（元市議会議長）: a past post held by a handful of people, with the district and the age, in a medical emergency.
  it.each([
    '今朝、三橋町の畑で倒れ救急搬送された70代の女性（元小学校長）は、現在も入院中です。',
    '昨夜、沖端町の自宅で倒れ搬送された80歳の男性（元郵便局長）は、市内の病院で治療を受けています。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: a former office told at an event, no patient; a group
    '元小学校長の皆さんによる読み聞かせ会を、三橋町の公民館で開きました。',
    '熱中症で搬送される方が増えています。70代以上の方はこまめな水分補給を。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: blind R157I-112, a delinquent named with their trade between the district and the name', () => {
  // Kind: …町の旅館経営・立花 重雄さんの預金を差し押さえ: district, trade, full name and what was seized.
  it.each([
    '市税の滞納整理を進めています。住民税を滞納していた三橋町の農業・古賀 一郎さんの給与を差し押さえました。',
    '軽自動車税を長く滞納していた大和町の理容店経営、江口 正和様の自動車を差し押さえました。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: enforcement told with no one named, a business as the target, a trade and a name in a friendly post
    '市税の滞納整理を強化しています。財産の差押えを実施していますので、期限内の納付をお願いします。',
    '固定資産税を滞納している沖端町の旅館に対し、差押えを行いました。',
    '三橋町の農家・古賀 一郎さんの田んぼで田植え体験を行いました。',
    '大和町の旅館経営・立花 重雄さんの話では、今年は観光客が増えたそうです。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: blind R157I-096, a property owner named with where they live before the name', () => {
  // Kind: …番地、所有者は大阪在住の松尾 弘さん: the lot is that person's.
  it.each([
    '倒木の恐れがある空き家があります。所在地は柳川市三橋町江曲228番地、所有者は県外在住の田中 一郎さんです。',
    '物件は柳川市大和町中島512番地、所有者は東京にお住まいの古賀 花子様です。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/address:block'))).toBe(true)
  })
  it.each([
    // hard negatives: the city as owner, owners as a group
    '物件は柳川市本町87番地1、所有者は柳川市です。',
    '空き家の所有者は市外在住の方が多く、連絡がつかないケースがあります。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/address:block'))).toEqual([])
  })
})

describe('personal-info: blind R157I-033, a child in care described by school, sex and the family trade in the next sentence', () => {
  // Kind: 蒲池小5年の男の子を一時保護しました。お父さんが駅前で鮮魚店をされているご家庭です.
  it.each([
    '本日、警察と連携して、城内小3年の女の子を一時保護しました。お母さんが駅前で美容院を営んでいるご家庭です。',
    '児童相談所から連絡があり、柳城中2年の男の子を保護しました。ご両親は大和町で海苔漁を営んでいます。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: pupils as a group, a prize, a training session
    '蒲池小5年の男の子たちが、交通安全ポスターで入賞しました。お父さんたちも喜んでいました。',
    '城内小3年の男の子が、書き初め大会で金賞を受賞しました。お父さんが駅前で写真を撮ってくれました。',
    '昨夜、児童相談所と連携して研修会を開きました。小学生の男の子を持つ保護者も参加しました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: blind R158A-036, a child by given name with the parent by surname and their home next', () => {
  // Kind: みおちゃん（1歳8か月）とママの蒲池さん。⏎蒲池さんのおうちは…のすぐ裏.
  it.each([
    '今日もひろばに来てくれた、ゆうとくん（2歳）とお母さんの古賀さん。\n古賀さんのおうちは三橋町の公民館のすぐ裏なんだそうです。',
    'ひなちゃん（3歳）とパパの江口さんが遊びに来てくれました。\n江口さんのお家は大和町の郵便局の近くだそうです。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: no surname, no home, no age
    '子育て支援センターに遊びに来てくれたみおちゃんとママ🎈また来てね〜',
    '今日はゆうとくんとママの古賀さんが遊びに来てくれました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: blind R156I-095, a public figure introduced by their honour or office', () => {
  // Kind: 名誉市民の…様が逝去されました（享年94歳）, 市議会議長の…さん（62）: their age is public record.
  it.each([
    '昭和の頃から市政に尽力された元市長の古賀一郎氏（88）が、市民栄誉賞を受賞されました。',
    '本市名誉市民の松尾 正雄様が12月3日に逝去されました（享年91歳）。謹んでご冥福をお祈りします。',
    '市議会議長の田中太郎さん（62）が、新年のあいさつをしました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
  it.each([
    // a private person's age stays a detail; a public figure's health is still theirs
    ['柳川市の木下清一様が、1月8日に逝去されました（享年94歳）。', 'personal-info/identifiable-person:warn'],
    ['元市長の古賀一郎さん（88）が入院されました。', 'personal-info/identifiable-person:block'],
  ])('reports %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
})

describe('personal-info: blind R158A-089, R158A-059, a visitor profiled without a name by where they work or the shop they frequent', () => {
  // Kind: 窓口に来られたお父さん…三橋中学校で理科を教えている先生; 観光案内所に来てくれた78歳のおじいちゃん…沖端の酒屋さんの常連 (with a photo).
  const withPhoto = (text: string) => summary(findingsOf(personalInfo, text, { attachments: [{ kind: 'image' }] }))
  it.each([
    '市民課の窓口に、三つ子ちゃんを連れたお母さんが転入の手続きに来られました。柳川病院で看護師として働いているそうです。',
    '今日は福祉課の窓口に、70代の男性が申請に来られました。聞けば有明銀行に長く勤めていたそうです。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:warn'))).toBe(true)
  })
  it.each([
    '図書館に来てくれた80歳のおばあちゃん、沖端のお茶屋さんの常連さんなんだって📚',
    '道の駅に立ち寄ってくれた、久留米から来たという70代の男性。三橋町のうなぎ屋さんの常連さんだそうです！',
  ])('warns with a photo %s', (text) => {
    expect(withPhoto(text).some((x) => x.startsWith('personal-info/identifiable-person:warn'))).toBe(true)
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
  it.each([
    // hard negatives: no pinpointing detail, a group, a guest lecturer, a consent
    '観光案内所に東京から来てくれたご夫婦、柳川のうなぎを楽しんでくれたそうです📷',
    '窓口に来られたお父さんから、児童手当の手続きについてご質問がありました。',
    '柳川高校で教えている先生方が、市役所の見学に来られました。',
    '子育て支援センターに遊びに来てくれたママたち、近くのパン屋さんの常連さんだそうです。',
    '図書館に来てくれた80歳のおばあちゃん、毎日新聞を読みに来られるそうです。',
    '今日の講座には、柳川高校で理科を教えている先生が講師として来てくださいました。',
    '図書館に来てくれた80歳のおばあちゃん、沖端のお茶屋さんの常連さんなんだって。ご本人の了承を得て掲載しています。',
  ])('passes %s', (text) => {
    expect(withPhoto(text).filter((x) => x.startsWith('personal-info/identifiable-person') && !x.includes(':info'))).toEqual([])
  })
})

describe('personal-info: blind R161A-107, one real person\'s filled-in document photographed and shown as a sample', () => {
  // Kind: 受け付けた方の申告書を…撮影しました (with a photo), 実際の源泉徴収票の写真を載せます: someone's My Number, account and income, even with leave.
  const withPhoto = (text: string) => summary(findingsOf(personalInfo, text, { attachments: [{ kind: 'image' }] }))
  it.each([
    '申請書の書き方が分かりにくいとの声があったので、窓口に提出された田中さんの申請書を撮影させていただきました。',
    '源泉徴収票の見方は、お預かりした方の源泉徴収票を、ご本人の許可を得て撮りました。参考にどうぞ。',
  ])('blocks with a photo %s', (text) => {
    expect(withPhoto(text).some((x) => x.startsWith('personal-info/roster-photo:block'))).toBe(true)
  })
  it.each([
    '書き方の参考に、実際の源泉徴収票の写真を載せます。',
    '本日受け付けた申告書を撮影しました。口座の欄の書き方は写真を参考にしてください。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/roster-photo:block'))).toBe(true)
  })
  it.each([
    // hard negatives: a sample, no photo, a masked photo, advice to readers, a photo not taken
    '確定申告書の書き方は、記入例の写真を参考にしてください。',
    '本日会場で受け付けた申告書は、責任を持って税務署へお届けします。',
    '会場の様子を撮影しました（申告書などの書類は写らないよう配慮しています）。',
    '受付の様子を、ご本人の了承を得て撮影しました📷',
    'ご自身の申告書の控えは、スマホで撮っておくと便利です。',
    '提出された申請書を撮影することはありません。ご安心ください。',
    '実際の申告書をもとにした記入例を撮影しました。氏名や番号はすべて架空のものです。',
  ])('passes %s', (text) => {
    expect(withPhoto(text).filter((x) => x.startsWith('personal-info/roster-photo'))).toEqual([])
  })
})

describe('personal-info: blind R161A-108, an infectious illness or a fever as why a named person is away', () => {
  // Kind: 颯太くん（年長）がインフルでお休み, 古賀さんがコロナで欠席: a named person's health, 要配慮個人情報.
  it.each([
    '古賀さんちの陽菜ちゃん（年中）がコロナで欠席でした。早く良くなってね。',
    '松尾 陽菜さんは発熱のため、今日の練習はお休みです。',
    'いつも手伝ってくれる江口さんが、胃腸炎でしばらくお休みされています。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    // hard negatives: prevention or an outbreak as a topic, a class closed, no one named, 熱心
    '講師の古賀さんに、インフルエンザの予防接種について教えていただきました。冬休み前の接種がおすすめです。',
    'インフルエンザによる学級閉鎖のため、城内小3年1組は明日までお休みです。',
    '田中さんは熱心に通ってくださり、一度もお休みされませんでした。',
    '今日の子ども食堂は、インフルエンザで休んでいる子どもたちの分もお弁当を用意しました。',
    'インフルエンザが流行しています。田中医院の田中先生に予防のポイントを伺いました。年末年始は休診です。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
})

describe('personal-info: blind R161A-069, an age that names a cohort\'s ceremony (二十歳のつどい)', () => {
  // Kind: 二十歳のつどい, 20歳の集い, 二十歳を祝う会: the event of everyone that age, no one's age.
  it.each([
    '20歳の集いでは、実行委員の古賀 結衣さんが司会を務めました。',
    '二十歳を祝う会で、新成人を代表して松尾 大翔さんがあいさつしました。',
    '十八歳の記念式典に参加した江口 美咲さんに、感想を聞きました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
  it.each([
    // one person's celebration, or the person's own age, is still a detail
    ['沖端町の古賀ハルさんの百歳を祝う会が開かれました。', 'personal-info/identifiable-person'],
    ['新成人代表の白石 陽菜さん（20）が誓いの言葉を述べました。', 'personal-info/identifiable-person:warn'],
  ])('reports %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
})

describe('personal-info: stop 42 blind R162I, R164D, R165I, R166I, TW kinds', () => {
  const withPhoto = (text: string) => summary(findingsOf(personalInfo, text, { attachments: [{ kind: 'image' }] }))
  // Kind (R162I-010, -023, -060, -120): a photo said to show a log of callers, a person's screen or document, or a register on a screen.
  it.each([
    '相談窓口の一日をご紹介！こちらが昨日の通話履歴です。たくさんのお電話ありがとうございます。',
    '写真は午前中の申請者さんの入力画面。数字を入れるだけで簡単です。',
    '交付の様子を撮りました。窓口に置いた申請書まで写ってます！',
    '受付の様子です。タブレットで予約者一覧を確認してすぐにご案内しています。',
  ])('blocks with a photo %s', (text) => {
    expect(withPhoto(text).some((x) => x.startsWith('personal-info/roster-photo:block'))).toBe(true)
  })
  it.each([
    '写真は確定申告書の作成画面です。国税庁のホームページから作れます。',
    'こちらが今日の受付の様子です！たくさんのご来場ありがとうございます。',
    '写真はデモ画面の着信履歴です。番号はダミーです。',
    'パソコン画面で名簿を照合するため、入場券をお持ちいただくとスムーズです。',
    '保険証も写っていますが、ぼかしを入れています。',
  ])('passes with a photo %s', (text) => {
    expect(withPhoto(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (TW-085): the reader told to attach their own form (申込書のPDFを添付してください) is no list put up.
  it.each([
    '申請書の画像を添付し、メールでお送りください。',
    '参加申込書のPDFを添付して、下記アドレスまでお申し込みください。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/roster-photo'))).toEqual([])
  })
  it.each(['本日の参加者名簿のPDFを添付します。', '受付名簿の写真を添付しておきます。'])('still blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/roster-photo:block'))).toBe(true)
  })
  // Kind (R166I-066): the account's own city named bare as where someone lives (柳川で暮らす) is the whole city.
  it.each(['市の移住体験を経て、柳川で暮らす古賀 直樹さんにお話を伺いました。', '柳川在住のイラストレーター、松尾 彩さんの作品展です。'])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
  it.each(['三橋町で暮らす古賀 直樹さん（34）にお話を伺いました。', '沖端在住の松尾 彩さん（28）の作品展です。'])('still reports a town %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  // Kind (R164D-007): an address said to be one the person uses privately (個人で使っているアドレス).
  it.each(['講師の田中先生に、先生が私用でお使いのメール t.tanaka1975@gmail.com からご連絡いただきました。'])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/email:block'))).toBe(true)
  })
  // Kind (R162I-104): a named person's leaving told before the name, its health reason in the next sentence.
  it.each(['今月で退職される図書館の松尾司書。実は病気の療養に専念されるためです。', '江口さんは体調不良で退職されました。'])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    '3月末で定年退職される市民課の古賀係長。長い間、本当にありがとうございました！',
    '3月末で退職される市民課の古賀係長。実はご実家の農業を継がれるためなんです。',
    '3月末で退職される古賀係長。がん検診の担当を20年務められました。',
    '病気で退職した職員の補充のため、会計年度任用職員を募集します。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
  // Kind (R164D-046): a card named with its number right after it, standing for its holder.
  it.each(['診察券 00482913 をお持ちの方、受付までお越しください。', '会員証 No.0041-22 の方、忘れ物があります。'])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/personal-id:block'))).toBe(true)
  })
  it.each(['図書館カード 2枚目の発行は有料です。', '会員証 2025年度版の方はお持ちください。', '利用者カード 1人1枚までです。'])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R165I-043): a name tag read with the school and class before the name.
  it.each(['落とし物の体操服、名札に「蒲池小2年1組 こが ゆうと」とあります。'])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/name-tag:block'))).toBe(true)
  })
  it.each(['名札には「3年2組 なまえ」と書く欄があります。'])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R162I-106): a named household tied to a flat in a housing block.
  it.each(['市営住宅A棟302号室には、松尾さんご夫妻が入居されます。', '今回の抽選で、みどり団地2号棟104号室は江口さんご一家に決まりました。'])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/lodging:block'))).toBe(true)
  })
  it.each([
    '蒲船津団地3号棟205号室の入居者を募集します。お問い合わせは建築住宅課へ。',
    '今年の抽選で当選された皆様、3号棟205号室の鍵は窓口でお渡しします。',
    '公民館2階201号室で古賀先生の書道教室を開きます。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R162I-087): a caption later in the paragraph shows a person already named with two details.
  it.each(['受付一番乗りは沖端町の江口さん（79歳）でした。写真は会場での江口さんです。'])('blocks with a photo %s', (text) => {
    expect(withPhoto(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  // Kind (R162I-098): the office one person holds in a local group named by its place, with an age, in a matter of health.
  it.each(['中島の婦人会で会長をされている70代の女性が、検診で病気が見つかり手術を受けられました。'])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each(['西宮永の老人クラブで会長を務めている男性に、講演をお願いしました。', '老人クラブの会長を務める78歳の男性が、交通安全の講話をしてくださいました。'])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
})

describe('personal-info: blind R162I-095, R164D-014, R162I-022, a private person described without a name by more kinds of detail', () => {
  // Kind (R162I-095): a parent raising children alone, with where they came from, how many children and the eldest's school club.
  it.each([
    '窓口には、三橋町藤吉から来られた、3人のお子さんを女手一つで育てているお母さんがいらっしゃいました。上のお子さんは藤吉小の吹奏楽部で部長だそうです。',
    '昨日は、大和町から来られた、2人の子どもを一人で育てているお父さんが相談に見えました。長男は大和中の野球部に入っているそうです。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  // Kind (R164D-014): a fire at a home placed by the landmark beside it, with its resident's former office or age.
  it.each([
    '今朝の住宅火災は、駅の向かいにあるお宅で、元小学校長のご主人がお住まいでした。',
    '昨夜の建物火災は、公民館の隣にある平屋で、80代の女性が一人で住んでいました。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  // Kind (R162I-022): one applicant to the city's exam described by the school they left and where they work now.
  it.each(['採用試験に応募された方の中に、三橋中学校を卒業して今は福岡の銀行で働いている方がいました。'])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    // hard negatives: groups and roles, a fire as a topic or a public notice, an alumnus's talk, a benefit's notice
    '参加者の中には市内の高校生も。子育て中のお母さんたちが、一人で育てる不安を話し合いました。',
    '被災された世帯への支援を続けています。三橋町の方で火災保険の相談がある方はご連絡ください。',
    'ひとり親家庭の皆さんへ、児童扶養手当の案内です。大和町から来られた方も多数いらっしゃいました。',
    '今年の採用試験、受験された方の中には、市内の高校出身の方も多くいらっしゃいました。',
    '柳川高校出身で東京の大学病院で働いている先輩が、受験を考えている高校生に話してくれました。',
    '【火災情報】三橋町中山で建物火災が発生しました。付近を通行の際はご注意ください。',
    '三橋町から来られた70代の方が、火災予防の講習を受けられました。',
    '消防団の元分団長の方が、道の駅の向かいにある防災倉庫で火災の怖さを話してくれました。',
    '道の駅の裏手にある古民家で、元校長先生のご主人が昔の暮らしを案内してくれました。',
    '一人で3人の子どもを育てている方への支援制度を紹介します。大和町にお住まいの方は窓口へ。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
})

describe('personal-info: a title before a spaced name, and schools in general (blind IU-057)', () => {
  // Kind: an office before the space (代表取締役 古川誠一様, 理事長 田中 一郎様) is no family name; schools in general (市内小学校,
  // 各中学校) are no detail of anyone.
  it.each([
    'このたび、株式会社ミズサト様（代表取締役 古川誠一様）から、市内小学校の図書購入費として100万円のご寄附をいただきました。',
    '社会福祉法人みずほ会（理事長 田中一郎様）から、各中学校へ車いす10台をご寄贈いただきました。',
    '有明建設株式会社（代表取締役社長 山下 誠様）から、市立保育園の遊具をご寄贈いただきました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
  it.each([
    '城内小学校5年の古川誠一くん（11）が、県の作文コンクールで入賞しました。',
  ])('still reports a named school %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
})

describe('personal-info: blind R167I, R168A, R169D, R170I kinds', () => {
  // Kind (R169D-078): an address on a sample line of a filled-in form, labelled at the line's start (記入例：…／住所 …).
  it.each([
    '【転居届の記入例】\n記入例：氏名 柳川 花子／新住所 大川市酒見456番地2／旧住所 みやま市高田町濃施789番地',
    '記載例：届出人 筑後 一郎／住所 久留米市城島町楢津321番地',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/address'))).toEqual([])
  })
  it.each(['例：先日、みやま市高田町濃施789番地の古賀さん宅で火事がありました。', '申込者：古賀 一郎／住所 みやま市高田町濃施789番地'])('still reports %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/address'))).toBe(true)
  })
  // Kind (R167I-144): a colleague's LINE ID, the colleague called by their post (係長のLINE ID, 上司のライン).
  it.each(['係長のLINE ID：kakari_22 から変なメッセージが届いています。', 'うちの上司のライン（ID：boss.kuro99）も乗っ取られました。'])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/line-id:block'))).toBe(true)
  })
  it.each(['観光課のLINE（ID：yanagawa_kanko1）で配信中です。', '園長の公式LINE（ID: en_cho.22）を友だち追加してください。'])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/line-id'))).toEqual([])
  })
  // Kind (R168A-038): a child of a 保育所 named in full with an age: the nursery as a school.
  it.each(['発表会で主役を演じた、大和保育所 さくら組の 古賀ゆいちゃん（5さい）です。'])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each(['市立保育所の入所申込を受け付けます。', '蒲池保育所の運動会で、年長組の子どもたちがリレーをしました。', '大和保育所の保育士、古賀さんが読み聞かせをしてくれました。'])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
  // Kind (R168A-041): a photo said to show name tags legibly, no name quoted.
  it.each(['運動会の写真です。ゼッケンの名前がはっきり読めますね！', '記念撮影📷 みんな名札が写っていて、お名前もばっちり見えます。'])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/name-tag:warn'))).toBe(true)
  })
  it.each([
    '集合写真です。名札は写らないよう加工しています。',
    '写真撮影のときは名札が見えるように付けてください。',
    '名札をつけて参加してください📸',
    '記念写真📸 名札も写っていますが、お名前は見えないよう加工しました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R170I-063): those who filed a registration the city received, named with details (受理した出生届…).
  it.each(['昨日受理した出生届👶 お父さんの健太さん（31）とお母さんの由美さん（29）は、大和中学校の同級生なんだそうです。', '婚姻届を提出された古賀さん（30）、三橋町にお住まいのお二人です。'])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each(['婚姻届を提出される際は、本人確認書類をお持ちください。', '本日、婚姻届を受理しました。おめでとうございます。', '婚姻届は休日も受け付けます。記念撮影パネルは三橋中学校の美術部の皆さんの作品です。'])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kinds (R167I-047, R167I-097): one who keeps posting, profiled by the shop they run at a place and their age; a rule-breaker found out by
  // the mail they left, placed by a spot named before and their house told next.
  it.each([
    '何度も書き込みをされている方は、三橋町で鍼灸院をされている60代の女性と把握しています。',
    '大和町の公民館の前にごみが捨てられていました。郵便物から、すぐそばにお住まいの60代の女性だと判明しています。白い壁のお家です。',
  ])('reports %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    '沖端で土産物店を営む50代の男性が、観光客に川下りの魅力を語ってくれました。',
    '柳川で鰻屋を営む60代の男性から、何度もお電話をいただきました。',
    '防犯カメラの映像から、車両のナンバーが判明しました。情報提供をお願いします。',
    '今朝も新町の集積所に分別されていない袋がありました。ごみは決められた日に出しましょう。',
    '新町の公民館がリニューアルしました。すぐ近くにお住まいの70代の男性が、毎日花の水やりをしてくださっています。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R170I-032): someone told by the time they are at one spot every day and how they look.
  it.each(['毎朝8時ごろ、城内小学校の前を通る赤い自転車の方、いつもあいさつありがとう！', '毎晩7時に三橋公園の周りを歩いている、黒い帽子のおじいさん。いつも元気をもらっています。'])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    '毎朝7時から三橋中学校の正門前で見守りをしてくださる、黄色いベストの見守り隊の皆さん、ありがとうございます。',
    '毎週土曜日10時から柳川駅前で、青いジャンパーを着た職員が観光案内をしています。',
    '毎日夕方5時、三橋公園で白い犬の散歩をする人が増えています。',
    '毎朝6時、沖端の水天宮前でラジオ体操をしています。白い帽子が目印のスタッフがお待ちしています。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
})

describe('personal-info: blind R172A-024 and R173I-022 kinds', () => {
  // Kind (R172A-024): the site of a named person's house (様邸, さん宅) told as the topic of a later sentence of its paragraph.
  it.each([
    '古賀 正和様邸の新築工事が始まりました。建設地は柳川市三橋町高畑318番地です。',
    '田中さん宅の建て替えが決まりました。\n敷地は柳川市西蒲池87番地1です。',
    '江口様邸は沖端町12番地3にあります。',
    '田中さん宅の解体工事のため、通行止めにします。工事場所：柳川市三橋町高畑318番地',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/address:block'))).toBe(true)
  })
  it.each([
    // hard negatives: a public building, a historic house open to all, a named home as a venue, a meeting place, a person not a home
    '市民会館の改修工事を行います。建設地は柳川市西蒲池87番地1です。',
    '国の名勝・立花邸の庭園を公開しています。所在地は柳川市新外町5番地です。',
    '古賀様邸の完成見学会を開催します。場所は柳川市三橋町高畑318番地です。',
    '古賀さんちの田んぼで田植え体験！集合場所は柳川市三橋町高畑318番地です。',
    '山田さんが講師の教室です。場所は柳川市西蒲池87番地1です。',
  ])('does not block %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/address:block'))).toEqual([])
  })
  // Kind (R173I-022): a phone number spelt out in kana words, in groups.
  it.each([
    '落とし物の持ち主は田中さん、番号はゼロキューゼロ・イチニーサンヨン・ゴーロクナナハチです。',
    '電話番号は、れいはちれい、ごーごーろくなな、きゅうはちななろく、です。',
    '古賀さんのお宅は ぜろきゅうよんよん の ななよん の いちにさんよん です。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => /^personal-info\/(?:mobile|phone):block/u.test(x))).toBe(true)
  })
  it.each([
    // hard negatives: a count said aloud, separated or glued; zero words in ordinary speech; きれい and まるまる
    'かぞえてみよう！ぜろ、いち、に、さん、し、ご、ろく、しち、はち、きゅう！',
    'ぜろいちにさんしごろくしちはちきゅう、みんなで数えよう',
    'ぜろからはじめる料理教室。いちにさんで、はい、まる！',
    'きれいにいちにさんしごろく、なな、はち、と並べました',
    'まるまる、さんかく、しかく、ごはんのじかん',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => /^personal-info\/(?:mobile|phone)/u.test(x))).toEqual([])
  })
})

describe('personal-info: blind R174I-053, R177I-058, R176D-017, R178A-032 and IV-134 kinds', () => {
  // Kind (R174I-053): a child not named, told by school, grade, class and a club or team, with a health event.
  it.each([
    '運動会の途中で体調を崩したのは、蒲池小学校4年1組の女の子で、剣道クラブで副キャプテンをしている子です。',
    '昨日体調を崩されたのは城内小学校6年3組の男の子で、野球少年団に入っている子です。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    // hard negatives: advice to all, a class as a group, a club without any one child
    '寒くなってきました。蒲池小学校5年2組のみなさんも、体調を崩さないよう気をつけてくださいね。',
    '城内小学校の3年2組が、サッカー少年団と一緒に清掃活動をしました。',
    '体調を崩した方は、無理をせず保健室で休んでください。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R177I-058): an unnamed resident told by the place they live alone in, their age, former job and the look of their house.
  it.each([
    '毎週相談の電話をくださる矢加部の一人暮らしのおばあちゃん（今年92歳、元小学校の先生）に市場で会いました。郵便局の近くの、青い屋根のお宅の方です。',
    'いつも税金の相談の電話をくれる蒲生のひとり暮らしのおじいさん（88歳、元駅長さん）、公民館の裏の白い壁のお宅です。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    // hard negatives: living alone as a group or a topic, nobody described
    '高齢者の一人暮らしが増えています。見守りのご相談は長寿支援課へお電話ください。',
    '学生の一人暮らしを応援する家賃補助の相談の電話が、毎日たくさん寄せられています。',
    '一人暮らしの高齢者のお宅を民生委員の皆さんが回っています。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R176D-017): a named young adult told with the school they left, the school they go to now and the family's shop.
  it.each([
    '成人式で花束を渡してくれた古川みのりさん。昭代中の出身で、いまは福岡の専門学校に通っているそうです。ご実家は三橋町で花屋さんを営まれています。',
    '新成人代表の立花 颯太さん、柳川高校を卒業して今は佐賀大学の2年生です。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => /^personal-info\/identifiable-person:(?:warn|block)/u.test(x))).toBe(true)
  })
  it.each([
    // hard negatives: one detail alone, a guest lecturer, staff in their role
    '成人式で花束を渡してくれた古川みのりさん、昭代中の出身だそうです。',
    '講師の江口 真理子さんは柳城中の出身で、今は福岡大学の大学院に通っています。',
    '観光課に新しく配属された堤 亜美さん。柳川高校を卒業し、福岡の専門学校で学びました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R178A-032): a person photographed and posted, the post saying they were not asked (with a photo attached).
  const withPhoto = (text: string) => summary(findingsOf(personalInfo, text, { attachments: [{ kind: 'image' }] }))
  it.each([
    '夕暮れの掘割で釣りをするおじいさんが絵になっていたので、思わず一枚。ご本人の許可はもらっていません。',
    '駅前で待ち合わせ中のカップルがかわいかったので、こっそり撮っちゃいました📷',
    '川下りの船頭さんの横顔、かっこよくて一枚パチリ。お声がけしそびれましたが載せちゃいます。',
  ])('warns with a photo %s', (text) => {
    expect(withPhoto(text).some((x) => x.startsWith('personal-info/unasked-portrait:warn'))).toBe(true)
  })
  it.each([
    // hard negatives: a rule for visitors, leave given, a picture not taken, those one could not talk to, consent stated
    '会場内で他のお客さまを無断で撮影しないでください。',
    '出店者のおばあちゃんに声をかけて、写真を撮らせていただきました。',
    '素敵なご夫婦がいて写真を撮りたかったのですが、声をかけそびれました。',
    '当日お声がけできなかった皆さん、写真で会場の様子をお伝えします。',
    'ベンチで休むおじいさんを一枚。写真はご本人の了承を得て掲載しています。',
  ])('passes with a photo %s', (text) => {
    expect(withPhoto(text).filter((x) => x.startsWith('personal-info/unasked-portrait'))).toEqual([])
  })
  it('reads the post only with something attached', () => {
    expect(run('公園で遊ぶ親子をこっそり撮っちゃいました。').filter((x) => x.startsWith('personal-info/unasked-portrait'))).toEqual([])
  })
  // Kind (CONSENT): a consent phrase negated is no consent (許可を取っていない, 了解を得ずに).
  it.each([
    ['三橋町在住の江口 大翔くん（9歳）が一輪車大会で優勝！保護者の了承を得ていませんが、おめでとう！', 'personal-info/identifiable-person:block:江口 大翔くん'],
    ['三橋町在住の江口 大翔くん（9歳）が一輪車大会で優勝！ご本人と保護者の了承を得て掲載しています。', 'personal-info/identifiable-person:info:江口 大翔くん'],
  ])('reads consent in %s', (text, expected) => {
    expect(run(text)).toContain(expected)
  })
  // Kind (IV-134): a landline the post introduces as the line of a service to call (電話で確認できます…へおかけください).
  it.each([
    'ごみの収集日は電話でも確認できます。カレンダーをなくしたときは、0944-77-1234 へおかけください。',
    '図書館の貸出状況は自動音声でご案内しています。0944-72-5678 におかけください。',
    'ご不明な点は 0944-73-1111 へおかけください。',
  ])('a service line is public: %s', (text) => {
    expect(run(text).filter((x) => /^personal-info\/(?:phone|mobile)/u.test(x))).toEqual([])
  })
  it.each([
    // hard negatives: the service's number given as a person's or a home's
    '田中さんに電話で確認できます。留守のときは、0944-77-1234 へおかけください。',
    '結果は電話で確認できます。古賀さんのご自宅 0944-77-1234 へおかけください。',
  ])('a person\'s line stays reported: %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/phone'))).toBe(true)
  })
})

describe('personal-info: blind R180A-041 and R179I-055 kinds', () => {
  // Kind (R180A-041): an unnamed private person placed at home by the landmark beside it, told by how they look or a habit.
  it.each([
    '落とし物の傘、持ち主が分かりました。本町の郵便局の向かいに住んでいる、いつも白い帽子をかぶって散歩しているおじいちゃんでした。',
    '逃げたインコを保護してくださったのは、矢加部の薬局の向かいのお宅の、いつも青い自転車に乗っているおばあちゃんです。',
    '蒲池の酒屋さんの裏にお住まいの、毎朝柴犬を連れて堀端を歩いているおじさんが届けてくれました。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    // hard negatives: a landmark giving the way to a venue, a home by a landmark with nothing of the person, residents as a group
    '説明会の会場は、三橋町のたばこ屋さんの隣の公民館です。赤い旗を目印にお越しください。',
    '郵便局の向かいにお住まいの方から、街灯が切れているとのご連絡をいただきました。',
    '公民館の隣にお住まいの皆さん、いつも白い花を植えてくださりありがとうございます。',
    'いつも赤い自転車に乗っているおばあちゃんが、今日も元気に手を振ってくれました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R179I-055): a child called by the family's shop or trade, with the school and grade, in a harm or health event.
  it.each([
    '昨日の夕方、大和の米穀店の娘さん（蒲池小3年）が自転車で転倒し、救急車で運ばれました。',
    '下校中、三橋の旅館のお孫さん（昭代中1年）が車と接触する事故があり、足を骨折したそうです。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    // hard negatives: the shop itself introduced, a school year as a group in an event, a shop's child with no school or grade
    '大和の米穀店さんが新しいおにぎりを始めました。事故のないよう、駐車場では徐行をお願いします。',
    '蒲池小3年生の皆さんが登校中の事故防止の標語を作ってくれました。',
    '旅館のお孫さんが帰省していて、賑やかな夏になりそうです。けがのないよう楽しんでくださいね。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
})

describe('personal-info: blind R183I-033 kind and a shop called by its trade', () => {
  // Kind (R183I-033): an unnamed private person in a harm or health event, placed near a named scene, with an age and a former post or a habit.
  it.each([
    '昨夜、矢留の水路に自転車ごと落ちて搬送されたのは、近くに住む元郵便局の局長さんでした。',
    '三橋町の市道で転倒してけがをされたのは、すぐ近くにお住まいの70代の女性です。いつも犬を連れて散歩されていたそうです。',
    '蒲池の川沿いで倒れて救急車で運ばれたのは、近くに暮らす91歳の男性で、元小学校の教頭先生だそうです。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    // hard negatives: an accident told with an age only, a place as wide as the city, a retired teacher in a public role, walkers as a group
    '今朝、掘割に転落して救急搬送されたのは80代の男性です。命に別状はないとのことです。',
    '昨日、市内の公園で転倒して救急搬送されたのは、近くにお住まいの80代の男性でした。',
    '元中学校の校長先生が、沖端の堀端で子どもたちに掘割の歴史を話してくださいました。',
    '毎朝この道を散歩されている高齢者の皆さん、熱中症にはくれぐれもお気をつけください。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // A shop called by its trade with さん (パン屋さん, 酒屋さん, 鮮魚店さん) is no person's name; a family name ending in 屋 still is.
  it.each(['蒲池小の4年生が、駅前のパン屋さんで職場体験をしました。', '酒屋さん（創業95年）の店先に、今年も大きな杉玉が飾られました。', '沖端の鮮魚店さん、3年生の見学を受け入れてくださりありがとうございました。'])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  it('still names a family name ending in 屋', () => {
    expect(run('三橋町在住の土屋 陽菜さん（9）、城内小4年です。').some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  // A child told by school and grade and a parent's shop (お父さんが…屋さんらしい) in a harm event still warns, the shop read as a trade.
  it.each(['川遊びで水路に落ちた子、城内小の4年生で、お母さんが本町の花屋さんだそうです。無事に助けられました。'])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each(['城内小の4年生が、本町の花屋さんで職場体験をしました。お母さんが店主さんです。', '掘割に落ちないよう、城内小の4年生のみなさんは柵の内側を歩いてくださいね。'])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  it('calls no shop a name when a child is told by the family shop with school and grade', () => {
    const findings = findingsOf(personalInfo, 'パン屋さんの息子さん（城内小5年）が自転車で転倒し、救急車で運ばれました。')
    expect(findings.some((f) => f.rule === 'personal-info/identifiable-person')).toBe(true)
    expect(findings.some((f) => f.message.includes('屋さん」の名前'))).toBe(false)
  })
})

describe('personal-info: blind R185A-037, R186D-045, R184I-029 and R186D-017 kinds', () => {
  // A child's letter: the address on its envelope read out, with how it was written between (」ときれいに書いてありました): the sender's home.
  // A letter to the city's own address, a shop's address in an event notice and a child thanked by first name only are not this.
  it('blocks the address read off a letter sent to the city', () => {
    expect(run('うちのゆるキャラに、年長さんのそらくん（5さい）からお手紙が届きました！ふうとうには「柳川市大和町中島514-2 古賀そら」ときれいに書いてありました。')).toContain(
      'personal-info/address:block:柳川市大和町中島514-2',
    )
  })
  it.each(['市役所の住所は柳川市本町87番地1です。お手紙はこちらへどうぞ。', 'お手紙のあて先は「柳川市本町87番地1 柳川市役所 広報係」と書いてください。', 'みおちゃんから絵のお手紙が届きました！ありがとう'])(
    'passes %s',
    (text) => {
      expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
    },
  )
  it('does not block a shop’s address in an event notice', () => {
    expect(run('沖端町のうなぎ処「川端屋」（柳川市沖端町12番地3）で、夏の限定メニューの試食会を開きます。').some((x) => x.includes(':block:'))).toBe(false)
  })
  // An insurance card's 記号 and 番号 each in brackets, or after は: the holder's numbers. A 記入例 with placeholders is not.
  it.each([
    ['健康保険証の落とし物が届いています。記号「大和21」番号「30865」、平成2年生まれの女性の方はご連絡ください。', 'personal-info/insurance:block:記号「大和21」番号「30865'],
    ['保険証をお預かりしました。記号は柳12、番号は41736です。', 'personal-info/insurance:block:記号は柳12、番号は41736'],
  ])('blocks %s', (text, want) => {
    expect(run(text)).toContain(want)
  })
  it('passes a sample of how to write the card’s numbers', () => {
    expect(run('保険証の記号番号は、記入例のように記号「○○」番号「○○○○」と書いてください。').some((x) => x.startsWith('personal-info/insurance'))).toBe(false)
  })
  // A person not named but told by the school district, the family shop and the role in it (…校区で…をされている米屋さんの奥様のご意見),
  // or a family shop's child placed by its district with where they will work (三橋の老舗旅館のご長男で、春から…銀行に就職が決まっている).
  it.each([
    '工事説明会で強く反対されていた、蒲池校区で見守り隊をされている米屋さんの奥様のご意見も、市として受け止めております。',
    '開会のあいさつをしたのは、三橋の老舗旅館のご長男で、春から福岡の銀行に就職が決まっている青年です。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    '蒲池校区の米屋さんの奥様から、新米の差し入れをいただきました。',
    '三橋の旅館のご長男も、毎年お祭りを手伝ってくれています。',
    '三橋の旅館の息子さんたちが、就職した先輩の話を聞きました。',
    '柳川のうなぎ屋さんの次男で、春から信用金庫に就職が決まっている彼です。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
})

describe('personal-info: a private household named as the source of an outbreak or a fire (blind R192D-051 kind)', () => {
  // Kind: a household named by its surname (…さんのお宅, さん宅, ご一家) told as the source of food poisoning, an infection or a fire, with its
  // neighbourhood (…の集会所で, …町の) or a family occasion of theirs (喜寿のお祝い, 法事) that pins it down: warn; a block when the sickness
  // of the people is told too. Hard negatives: the source with no household, the occasion with nothing gone wrong, the staff who looked into it.
  it.each([
    ['集団感染の発生源は、本町の集会所で開かれた古川さんのご一家の法事でした。', 'personal-info/identifiable-person:warn:古川さん'],
    ['火事の火元は、喜寿のお祝いをしていた江口さんのお宅でした。', 'personal-info/identifiable-person:warn:江口さん'],
    ['今月の食中毒は、下宮永の公民館で還暦祝いを開いた堤さんのお宅が頼んだオードブルが原因でした。入院された2名も回復しています。', 'personal-info/identifiable-person:block:堤さん'],
  ])('flags %s', (text, want) => {
    expect(run(text)).toContain(want)
  })
  it.each([
    '今月の食中毒の原因は、仕出し料理のオードブルでした（保健所発表）。',
    '堤さんのお宅で喜寿のお祝いがありました。おめでとうございます。',
    '保健所の古川さんが、法事で出された料理が食中毒の原因だったと説明しました。',
    '本町の集会所で、古川さんのご一家の法事が営まれました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
})

describe('personal-info: blind R196I-003, R197A-031, R197A-043 and R194A-016 kinds', () => {
  // Kind (R196I-003): a private person's full name put in brackets with an honorific (「松尾 和也」さん, 「白石 さくら」様), as a notice writes a name
  // read off a card: the honorific is the person's, so the house-level address in the bracket after it is their home. A shop's name in brackets
  // (「菓舗 水月」さん, 「茶房 ほりばた」さん, 「酒蔵 花田」さん) keeps its address a shop's.
  it.each([
    ['駅の待合室に手帳の忘れ物がありました。表紙の名前から、持ち主は「松尾 和也」さん（柳川市大和町鷹ノ尾418-2）と思われます。', 'personal-info/address:block:柳川市大和町鷹ノ尾418-2'],
    ['回収した定期券の名義は「白石 さくら」様（柳川市西蒲池702-5）でした。窓口でお預かりしています。', 'personal-info/address:block:柳川市西蒲池702-5'],
  ])('blocks %s', (text, want) => {
    expect(run(text)).toContain(want)
  })
  it.each([
    '和菓子の「菓舗 水月」さん（柳川市本町5-3）で、春の限定菓子が始まりました。',
    '沖端の「茶房 ほりばた」さん（柳川市沖端町12-3）に、新しい甘味が登場です。',
    '老舗の「酒蔵 花田」さん（柳川市三橋町高畑215-3）で、新酒の試飲会があります。',
  ])('does not block %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/address:block'))).toBe(false)
  })
  // Kind (R197A-031): people at a shelter, rescued, hurt or missing, listed by name with each one's age in brackets (three or more in a run):
  // the list the city holds, ages and families and all, published at once. Block. Hard negatives: the same kind of run with nothing of an
  // emergency (a celebration of centenarians), two names only, and a list said to be published with consent.
  it.each([
    '本日、救助された方です。\n江口 一郎さん（81）、江口 ハツさん（79）、田中 結衣ちゃん（4）',
    '市民体育館に避難されている方：堤康夫さん（66）・堤良子さん（63）・堤みのりさん（30）・堤大翔くん（2）',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    '敬老の日に、百歳を迎えられた古賀ハナさん（100）、松尾トメさん（101）、堤シヅさん（100）をお祝いしました。',
    '避難所で受付をされた江口 一郎さん（81）、江口 ハツさん（79）のお二人です。',
    '避難所で受付をされた方のうち、掲載にご同意いただいた方です。\n江口 一郎さん（81）、江口 ハツさん（79）、田中 結衣ちゃん（4）',
  ])('does not block %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(false)
  })
  // Kind (R197A-043): a private person not named but placed by a district and the landmark their shop faces, written with の before 向かい
  // (本町の駅の向かいで…店をされている), with their age band and a matter of harm: one person of the street. Hard negatives: the same landmark
  // with no person, and the shopkeeper with nothing harmful told.
  it('flags a shopkeeper placed by a landmark with の向かい, age and harm', () => {
    expect(run('今朝、沖端の公民館の向かいで畳店をされている70代の男性が、自宅で倒れて救急搬送されました。').some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each(['沖端の公民館の向かいに、新しい防災倉庫ができました。', '沖端の公民館の向かいで畳店をされている店主さんに、畳の手入れのこつを教わりました。'])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R194A-016): a spouse's death told with an honorific or the honorific verb (奥様を亡くされ, ご主人様を亡くされ), the harm that makes a
  // person described by district and age someone to be pointed at, as 奥さんを亡くし is. Hard negative: a notice for anyone who lost a spouse.
  it.each([
    '窓口にお見えになったのは、三橋町柳河にお住まいの82歳の女性です。昨年、ご主人様を亡くされました。',
    '大和町鷹ノ尾で長く海苔を作ってこられた76歳の男性です。今年の春に奥様を亡くされています。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each(['配偶者を亡くされた方の年金の手続きは、市民課の窓口でお受けしています。', '奥様を亡くされた方を対象に、三橋町の公民館で語り合いの会を開きます。'])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R200D-057): a caller not named but placed by the district and the floor of the building they live in (…のマンション3階にお住まいの),
  // with calls counted over and over (2回お電話を): a handful of doors and a complainant among them. Hard negatives: the building without its
  // floor, a floor for everyone living there, and a count of calls with no place.
  it.each([
    'お問い合わせありがとうございます。騒音の件は、大和町中島の駅近くのマンション3階にお住まいの男性の方からも、2回お電話をいただいています。',
    '蒲池地区の団地の5号棟にお住まいの方から、ごみ出しについての苦情が寄せられています。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:warn'))).toBe(true)
  })
  it.each([
    '三橋町のアパートにお住まいの方から苦情がありました。',
    '市営住宅の3階にお住まいの方は、エレベーターの点検中は階段をご利用ください。',
    '三橋町のアパート2階にお住まいの方が、ボランティアに参加してくださいました。',
    '2回お電話をいただいた方には、折り返しご連絡します。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
})

describe('personal-info: blind R201A-002, R202A-029, R203I-038 and R204D-016 kinds', () => {
  // Kind (R201A-002): a private person told as the speaker of a talk (…歳の男性のお話でした) with where they live, their age and a former post
  // told as a clause (元は…で教頭をされていた, 以前は…で校長をされていた), and a spouse lost: one resident of the district. Hard negatives: a talk
  // with no place or harm, a former post said of many, a speaker placed with nothing more.
  it.each([
    '敬老会でいちばん心に残ったのは、大和町鷹ノ尾にお住まいで、以前は市内の小学校で校長をされていた84歳の男性のお話でした。一昨年に奥様を亡くされ、今は畑仕事が楽しみだそうです。',
    '沖端町にお住まいで、かつては漁協で事務員をされていた女性のお話でした。ご主人を亡くされてからの十年を語ってくださいました。',
  ])('flags %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    '80代の男性のお話を聞く会を、公民館で開きます。どなたでもご参加ください。',
    '元は小学校の先生でした、という方も多く参加されています。',
    '三橋町にお住まいの男性のお話では、堀の水位が少し上がっているそうです。',
    '以前は市役所で課長をされていた方が、講師として来てくださいました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R202A-029): a private person placed at their door by the shop or building next to it (…の魚屋さんの裏にお住まいで, 郵便局のお向かいに
  // 住む), with their age, a former post or the household and a harm (搬送, 保護 after a spouse's death): the neighbours know the door. Hard
  // negatives: a building next to a shop, a notice to everyone living by a landmark, a neighbour with nothing more told.
  it.each([
    '沖端の魚屋さんの裏にお住まいで、一人暮らしをされている90歳の女性が、夜道で転んで救急搬送されました。',
    '昨夜、郵便局のお向かいに住む元小学校長の78歳の男性が、自宅で倒れて救急搬送されました。',
  ])('flags %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    '酒屋さんのお隣に、新しい防災倉庫ができました。',
    '郵便局の向かいにお住まいの皆さんへ、水道工事のお知らせです。',
    '花屋さんのお隣にお住まいの方から、きれいな夕焼けの写真をいただきました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R203I-038): another citizen's case given as an example in a reply, told by their child's school and grade, their age band and a
  // parent raising the child alone (ひとりで子育て中): one household. Hard negatives: a notice for every parent raising children alone.
  it.each([
    'ご不安ですよね。先週も、両開小学校3年生のお子さんがいる、ひとりで子育て中の30代のお母さんが同じ手当を申請されましたが、もう届いています。',
  ])('flags %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    'ひとりで子育て中の方を対象に、児童扶養手当の説明会を開きます。',
    'お一人で子育て中の皆さん、困ったときは子育て支援課にご相談ください。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
  // Kind (R204D-016): a complaint from a class's family (新1年2組の保護者の方から), the child's fever told and the child pointed back at by a scene
  // everyone there saw (…降りた、あの女の子です): school, class and the scene leave one child. Hard negatives: a notice to a whole class, a
  // pointing-back at a thing (あの横断歩道), a fever with no one placed.
  it.each([
    '先日、蒲池小の新3年1組の保護者の方から「遠足のバスが暑くて子どもが熱を出した」とご連絡がありました。帰りのバスで先生に抱えられて降りた、あの女の子です。',
  ])('flags %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    '城内小の新1年2組の保護者の皆さん、入学式の持ち物をご確認ください。',
    '蒲池小の新2年の保護者の方から、通学路についてご意見をいただきました。先週お知らせした、あの横断歩道のことです。',
    '運動会の途中で熱を出した子どもがいたら、保健室へ連れてきてください。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
})

describe('personal-info: blind R207I-062 kind', () => {
  // Kind (R207I-062): one found or taken into care after going missing (保護された, 救助された, 行方不明の), told by where they live as near a
  // school or a building everyone knows (…小の近くにお住まいの), their age and the post they once held (元校長先生): anyone nearby knows who.
  // Hard negatives: an animal taken in, a wide place, a search notice's follow-up (district, age and sex only), a person with no harm told,
  // a group, a child found at a festival with no detail, wildlife protected by law.
  it.each([
    '今朝、堀端の遊歩道で保護された女性は、城内中の近くにお住まいの79歳の元看護師長さんでした。',
    '行方不明になっていた男性は、大和郵便局のそばにお住まいの85歳の元郵便局長先生でした。',
    '昨日救助された男性は、沖端公民館の近くに住む70代で、元は消防署で署長をされていた方です。',
  ])('flags %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    '保護された子猫は、蒲池小の近くにお住まいの方が引き取ってくださいました。',
    '河川敷で保護された男性は、市内にお住まいの80代の方でした。',
    // a search notice's follow-up: the district, age and sex it gave to find them, nothing more
    '先日お知らせした大和町の79歳の女性は、今朝無事に保護されました。ご協力ありがとうございました。',
    '昨日救助された男性は、沖端公民館の近くに住む70代の方です。',
    '城内中の近くにお住まいの79歳の元校長先生が、昔の写真を寄贈してくださいました。',
    '城内中の近くにお住まいの皆さん、保護された犬の飼い主を探しています。',
    '行方不明になっていた男性は無事に見つかりました。ご協力ありがとうございました。',
    '白秋祭では迷子の子ども3人が保護されましたが、すぐにご家族と会えました。',
    '掘割のカモは法律で保護されています。公民館の近くにお住まいの82歳の方が毎朝見守ってくださっています。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
})

describe('personal-info: blind R209I-037 kind', () => {
  // Kind: a child's kana given name set after a family word by ・ in apposition (長女・ひなたちゃん), with the school and grade in the bracket
  // after: the ・ parts the name off as 、 does, so the name and the school count together. Hard negatives: family words joined by ・, the name
  // alone, a group.
  it.each([
    '昨日は長女・ひなたちゃん（蒲池小2年）がお手伝いに来てくれました。',
    '主将・そうまくん（昭代中3年、野球部）が開会のあいさつをしました。',
  ])('flags %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    '長女・ひなたちゃんがお手伝いに来てくれました。',
    'おとうさん・おかあさん・おじいちゃんも一緒に来てくれました（蒲池小2年の保護者）。',
    '蒲池小2年の皆さん・先生方、ありがとうございました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
})

describe('personal-info: blind R210A-016 kind', () => {
  // Kind: a library user not named but told by the town they live in and their age, called out for a loan kept past its due date (返却期限を
  // 過ぎた, 延滞, まだ戻ってきておりません): arrears and reading are theirs. Hard negatives: overdue loans in general, a group addressed, a
  // user described with no loan or harm told.
  it.each([
    '延滞が続いている資料があります。特に、大和町にお住まいの70代の女性の方。2か月前にお借りになった料理の本が、まだ戻ってきておりません。',
    '返却期限を過ぎた本のお知らせです。三橋町にお住まいで、毎朝来館される60代の男性の方。',
  ])('flags %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    '返却期限を過ぎた資料が増えています。期限内のご返却をお願いします。延滞中の方には、はがきでお知らせします。',
    '延滞について：市内在住の70代以上の方を対象に、電話でのお知らせも行っています。',
    '大和町にお住まいの70代の女性の方。毎週、絵本の読み聞かせに来てくださいます。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
})

describe('personal-info: a named borrower called out for an overdue loan with the book named (blind R222S-008 kind)', () => {
  // Kind: a user named (and placed) in a post that names the book, told their loan is past its due date (…の田中様、返却期限を過ぎて
  // おります; 延滞されています): their name tied to what they read (block). Hard negatives: overdue loans in general with the book named, a
  // named author of the book, a deadline told to everyone.
  it.each([
    '『有明海の四季』は予約が8件入っています。三橋町の松尾様、返却期限を10日過ぎておりますので、ご返却をお願いします。',
    '人気の「柳川の昔話」がまだ戻っていません。蒲池の中島さん、延滞が続いていますのでお早めにお願いします。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    '『有明海の四季』は予約が8件入っています。返却期限を過ぎている方は、お早めにご返却をお願いします。',
    '北原白秋さんの『邪宗門』を借りてみませんか。返却期限は2週間です。',
    '皆さん、『柳川の昔話』の返却期限を過ぎないようご注意ください。',
    '県の「納税の手引き」にあるとおり、市税も同様に延滞金がかかります。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: a child told by the family shop, their place among siblings, and a mishap at an event (team R11A-081 kind)', () => {
  // Kind: a child not named but called the younger or elder child of a shop in a district (…町の酒屋さんの上の娘さん), with a moment of theirs
  // at a public event told (泣き出してしまった, 大泣きした): one child, a private moment (warn). Hard negatives: a mishap told of children
  // in general, the shop's child with no mishap.
  it.each([
    '運動会で転んで大泣きしてしまった女の子、本町の八百屋さんの下の娘さんですよね。元気になってよかったです。',
    '昨日の読み聞かせで泣き出してしまったのは、三橋町の酒屋さんの一番上の息子さんでした。',
  ])('flags %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
  it.each([
    '昨日のおはなし会では泣き出してしまう子もいましたが、最後はみんな笑顔でした。',
    '本町の八百屋さんの下の娘さんが、朝市のお手伝いをしてくれました！',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/'))).toEqual([])
  })
})

describe("personal-info: a found item's written number, a staff member's illness by title and name, area residents, a results heading (blind R230A-022, R229B-004, R227W-051, R233P-056 kinds)", () => {
  // Kinds: a mobile number read from a lost or found item (手帳に書かれていた連絡先) is its owner's (block); a staff member named after their
  // title without an honorific (係長の松尾 恵子は) with the illness that keeps them off work (block); 方の after an area or before a place for
  // them (…町の方の避難所) is people at large, so a facility's address after it stays clean; exam numbers under a results heading are public.
  it.each([
    ['駅の待合室に財布の落とし物がありました。中に記載されていた番号（０９０－３３８１－７７２０）に連絡しましたがつながりません。', 'personal-info/mobile:block'],
    ['係長の松尾 恵子は、心臓の手術のため来月まで休職しております。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    'チラシに書かれている連絡先（0944-73-8111）は実行委員会のものです。',
    '係長の松尾が担当します。お気軽にご相談ください。',
    '蒲池地区の方の避難所として、蒲池公民館（西蒲池12番地3）を開設しました。',
    '【令和8年度 消防職員採用試験 合格者】\n受験番号：3012、3025、3047\n合格者には通知書を郵送しました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: one living alone at a door a landmark pins, a home left empty for a stretch, a reserved book named, a resident told their case, a complainer profiled (blind R234M-018, R235I-014, R235I-054, R234M-030, R234M-063, R235I-049 kinds)', () => {
  // Kinds: an unnamed elder placed at home by the landmark beside it (…の裏手にお住まい, …の向かいにある…お宅) with their age and the fact they
  // live alone (block: where a person alone is found); a home pinned by what stands by it, its household said to be away next month (block:
  // an empty house announced); a named library user told the book they reserved has come in (block: what they read); a resident called by name
  // in a public reply and told about the benefit or family matter they brought to the counter (block); one who complained at the counter told
  // by where they work, the weekday they come and how they look (warn).
  it.each([
    ['三橋町垂見の、公民館の向かいにある赤い屋根のお宅では、90歳の男性がお一人で暮らしています。お近くの方はお声がけを。', 'personal-info/identifiable-person:block'],
    ['蒲池の酒屋さんの隣にお住まいで、元郵便局長の88歳の男性が、去年から独り暮らしをされています。', 'personal-info/identifiable-person:block'],
    ['駅の隣のお宅の奥さまから野菜をいただきました。ご夫婦は来週から2週間、娘さんのところへ行かれるそうです。', 'personal-info/identifiable-person:block'],
    ['古賀 健一様、リクエストの『はじめての相続』をご用意しました。受取期限は来週金曜日です。', 'personal-info/identifiable-person:block'],
    ['堤さん、ご予約されていた「うつと向き合う本」が到着しています。', 'personal-info/identifiable-person:block'],
    ['古賀様、お問い合わせありがとうございます。昨日ご申請いただいた生活保護の件は、現在審査を進めております。', 'personal-info/identifiable-person:block'],
    ['@yngw_mama 中村さん、先日お手続きいただいた就学援助は、来月から支給が始まります。', 'personal-info/identifiable-person:block'],
    ['先日、税務課の窓口で厳しいご意見をいただきました。柳川中央銀行にお勤めで、いつも午前中にお見えになる眼鏡の女性の方、ありがとうございました。', 'personal-info/identifiable-person'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '三橋町の郵便局の向かいにお住まいの80代の男性から、一人暮らしの高齢者の見守りについてご提案をいただきました。',
    '大和町の公民館の隣にある集会所で、一人暮らしの方を対象にした食事会を開きます。70歳以上の方はどなたでもどうぞ。',
    '公民館の向かいの集会所は、来月いっぱい改修工事のため使えません。',
    '郵便局の隣のお宅のご主人から、お花をいただきました。来月は花壇コンクールです。',
    '市長は来月いっぱい海外へ行かれる予定です。',
    '北原 白秋さんの『邪宗門』は、カウンターでご予約いただけます。',
    '皆さま、ご予約いただいた『柳川の歴史』が届きました。順番にご連絡します。',
    '田中様、コメントありがとうございます。児童扶養手当の申請方法については、こども家庭課の窓口でご案内しています。',
    '山田様、コメントありがとうございます。先日ご相談いただいた件は、担当課から改めてご連絡いたします。',
    '毎週火曜の午後は、市民課の窓口が混み合います。お時間に余裕をもってお越しください。',
    '駅前の薬局にお勤めの薬剤師の方を講師にお迎えし、お薬の飲み方講座を開きました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: a child on the daily way to school, pupils told by a post only one holds, a family business told by its district, a diagnosis or care level told (blind R236I-004, R236I-005, R236I-027, R237M-003 kinds)', () => {
  // Kinds: an unnamed child's daily way to school told by the time, the spot, the school, the grade and the sex (block: where and when to
  // find that child); unnamed pupils told by the school and grade, a post one pupil holds (captain, council head) and where they live (warn);
  // one rescued or hurt told as the head of a long-standing family business placed by its district, with an age (block); a named resident's
  // household told with an illness diagnosed or a care level (block: 要配慮個人情報).
  it.each([
    ['平日は毎朝8時ごろ、蒲池の八幡宮前を自転車で通っていく蒲池小6年の女の子、いつも笑顔をありがとう。', 'personal-info/identifiable-person:block'],
    ['毎日夕方4時すぎに、矢留大橋を渡って帰る昭代中1年の男子生徒を見かけます。', 'personal-info/identifiable-person:block'],
    ['川で溺れかけた子どもを助けた柳城中学校2年生の二人を表彰しました。一人はサッカー部のキャプテン、もう一人は生徒会副会長で、大和町在住です。', 'personal-info/identifiable-person'],
    ['蒲池小学校6年の児童会長が、道に迷った高齢の方を交番まで案内してくれました。西蒲池地区にお住まいです。', 'personal-info/identifiable-person'],
    ['昨日の夕方、自転車で転倒してけがをされた80代の男性は、大和で三代続く酒蔵の先代の当主でした。', 'personal-info/identifiable-person:block'],
    ['三橋町で古くから続く料亭の女将で、70代の女性が階段から落ちて骨折されました。', 'personal-info/identifiable-person:block'],
    ['昭代地区にお住まいの古賀 和子さんを訪ねました。ご主人は一昨年パーキンソン病と診断され、現在は要介護4です。', 'personal-info/identifiable-person:block'],
    ['先日、大和町中島の田中 正人さんのお宅に伺いました。お父さまは要介護2と認定され、デイサービスに通われています。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    // hard negatives: pupils as a group on their way, a weekly activity, a post at a ceremony with no home, residents at large, a shop
    // introduced with no person's mishap, a diagnosis as whom a service is for, a care level as a condition of eligibility
    '毎朝7時30分、城内小学校の児童の皆さんが水天宮前を通って登校します。見守りにご協力ください。',
    '毎朝7時半ごろ、城内小学校の正門前で、1年生の男の子たちが元気にあいさつしてくれます。',
    '毎週土曜日10時から、城内小5年の男の子が三橋公園で清掃活動をしています。',
    '柳城中学校3年の生徒会長が、開会式で選手宣誓をしました。',
    '三橋中学校3年生の皆さんが清掃活動をしました。生徒会長のあいさつのあと、三橋町にお住まいの皆さんと一緒に掘割を清掃しました。',
    '沖端で代々続く老舗旅館の建物が、国の登録有形文化財になりました。',
    '認知症と診断された方やそのご家族を対象に、認知症カフェを開きます。講師は長寿支援課の堤 久美子さんです。',
    '要介護3以上の方は、特別養護老人ホームへの入所を申し込めます。詳しくは長寿支援課の田中 正人さんまで。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: a form sample\'s placeholder account, a branch number before the home, a list line\'s district, an office held in a local body (blind JE-097, R242D-042, R241E-041, R241E-018 kinds)', () => {
  // Kinds: an account whose bank and branch are placeholders, given as a sample (記入例, の形で) or with a dummy number; the lot's branch
  // number set off by a space before のご自宅; names on a list's line closed by their district (…さん（78）　三橋町垂見の方); an unnamed
  // person told by the office they hold in a local body, in a sentence naming a district, with their accident. Hard negatives: a masked
  // bank before a real number, a district addressed as a group, an office holder teaching, a rescuer named by office.
  it.each([
    ['お届け先は大和町中島 三丁目五番地の二 のご自宅です。田中 花子さん、ありがとう。', 'personal-info/address:block'],
    ['【避難者のお知らせ】\n・田中 一郎さん（70）、田中 ハナさん（68）　大和町中島の方\n・古賀 恵さん（35）　三橋町高畑の方', 'personal-info/identifiable-person:block'],
    ['昨日、三橋町の水路に転落して救急搬送された男性は、自治会の会長を長年務めてこられた方です。', 'personal-info/identifiable-person:warn'],
    ['振込先は〇〇銀行 〇〇支店 普通 3804172 です。山田さんの口座です。', 'personal-info/bank-account:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '振込先の欄は、記入例のように「△△銀行 ××支店 普通 1234567」の形で記入してください。',
    '口座の欄は「〇〇銀行 〇〇支店 普通 0000000」の形式で書いてください。',
    '・三橋町の方は三橋公民館へ\n・大和町の方は大和公民館へお越しください。',
    '消防団の分団長を務める田中さんが、大和町の公民館で救命講習の講師をしてくださいました。',
    '大和町の用水路に転落した男性を、消防団の分団長が救助しました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: a lot branch glued before the person, a call to a number told as not getting through (blind R244U-013, R245M-001 kinds)', () => {
  // Kinds: the lot's branch number written straight after 番地 and followed by の and the person (…二丁目八番地の5の山口 健一様宅): the home
  // is theirs; the office's call to a number said to have failed (…に折り返しましたがつながりませんでした, …へお電話しましたがお出になりません
  // でした): the number is the caller's own, even in kanji digits. Hard negatives: a public building after the branch, a further branch with no
  // person, a desk's fallback line for the reader (…につながらない場合は), a hotline said to be busy.
  it.each([
    ['三橋町藤吉4丁目8番地の5の山口 健一様宅で、屋根の改修についてお話を伺いました。', 'personal-info/address:block'],
    ['大和町中島1丁目22番地の1の吉田 良子さんのお宅には、来週あらためて伺います。', 'personal-info/address:block'],
    ['窓口に来られた方、お預かりした番号 〇九〇―五五二一―八八四〇 に折り返しましたがつながりませんでした。', 'personal-info/mobile:block'],
    ['昨日ご相談のお電話をくださった方、折り返しの電話が080・3391・7264につながりませんでした。', 'personal-info/mobile:block'],
    ['申込書の連絡先、〇七〇・二二八一・四〇五三へお電話しましたが、お出になりませんでした。', 'personal-info/mobile:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '説明会は大和町鷹ノ尾2丁目14番地の3の公民館で開きます。',
    '会場は柳川市本町2丁目14番地の3の市民会館です。',
    '災害ダイヤル 090-1234-5678 に電話がつながりにくいときは、メールでご連絡ください。',
    '相談ダイヤル（080-2222-3333）につながらない場合は、市役所福祉課へお問い合わせください。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':warn') || x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: a number owned by someone told by a guess at who they are; a reply naming a person with their district; a household child; a list of an administrative matter\'s targets (blind R249C-003, R249C-001, R246S-001, R249C-004 kinds)', () => {
  // Kinds: (a) a mobile owned through の by someone described only by a guess (…と思われる方, …とみられる男性, …を名乗る人物, …らしき方の連絡先は):
  // a private person's number, whatever its separators (full-width digits, 長音符 ー, 中点); (b) a reply (or an @-paragraph) calling someone by
  // name with the town or district they live in; (c) a child called by the given name as one of a household named by surname and home, the
  // household's district before it (○○町の××さん宅の△△ちゃん（2歳）); (d) private people listed by full name with 様 and their home in brackets
  // as the targets of a refund, a benefit or a repayment. Hard negatives: a scam line's number, a desk's number for those described; a reply
  // naming someone in a public office or for an honour, or with only a city-wide place; a household's garden, a trade called さん; a notice of
  // who qualifies with no one named, a prize list.
  const reply = (text: string) => summary(findingsOf(personalInfo, text, { mode: 'reply' }))
  it.each([
    ['偽サイトを作ったと思われる方の連絡先（０７０ー５５１８ー２２０９）が分かりました。', 'personal-info/mobile:block'],
    ['市の職員を名乗る人物の携帯番号は 090・6612・4073 でした。', 'personal-info/mobile:block'],
    ['置き去りにした犯人とみられる男性の番号（080-3321-7754）が判明しています。', 'personal-info/mobile:block'],
    ['差出人らしき方の連絡先は０８０ー７７２１ー４４１８です。', 'personal-info/mobile:block'],
    ['昭代の松尾さんちの颯太くん（2歳3か月）が、予防接種をまだ受けていません。', 'personal-info/identifiable-person:block'],
    ['大和町中島の吉開さん宅の芽依ちゃん（4か月）（1歳）は今日もお休みです。', 'personal-info/identifiable-person:block'],
    ['保険料の還付の対象となる方は以下のとおりです。\n・堤 和彦 様（大和町中島）\n・江崎 由美 様（三橋町高畑）', 'personal-info/identifiable-person:block'],
    ['給付金の支給対象となった皆様\n・松尾 恵子 様（柳川市本町）\n・田島 健 様（大川市）', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    ['@kiyo_0921 大和町鷹ノ尾にお住まいの江頭様、先日はご迷惑をおかけし申し訳ございませんでした。', 'personal-info/identifiable-person:block'],
    ['@mina 三橋町の古舘さん、ご意見ありがとうございます。担当課から改めてご連絡します。', 'personal-info/identifiable-person:block'],
  ])('in a reply, flags %s', (text, want) => {
    expect(reply(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '市の職員を名乗る不審な電話（０８０－１２３４－５６７８）にご注意ください。',
    '参加を希望される方は 0944-73-8111 へお電話ください。',
    '沖端の江口さん宅の庭に咲いた梅を、みなさんで見に行きました。',
    'パン屋さんの看板犬のももちゃん（3歳）です。',
    '還付の対象となる方には、個別に通知書をお送りします。',
    '対象となる方は、市内在住の65歳以上の方です。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
  it.each([
    '@taro 区長の野田さん（三橋町）には、いつもお世話になっています。',
    '@hanako 新しく区長に就任された三橋町の野田勝さんにもよろしくお伝えください。',
    '@hanako 表彰式では、三橋町の古賀一郎さんが市民栄誉賞を受けられました。',
    '@taro 市内在住の古賀さん、ご意見ありがとうございます。',
    '@taro 古賀さん、ご参加ありがとうございました！',
  ])('in a reply, does not block %s', (text) => {
    expect(reply(text).filter((x) => x.includes(':block'))).toEqual([])
  })
  it('does not block a prize list with homes', () =>
    expect(run('表彰式が行われ、次の方が受賞されました。\n・古賀 一郎 様（三橋町）\n・立花 二郎 様（大和町）').filter((x) => x.includes(':block'))).toEqual([]))
})

describe('personal-info: a delinquent taxpayer placed by the trade run in a district, a person named with relief by means, a named suspect on hearsay (blind R251W-017, R251W-034, R252A-001 kinds)', () => {
  // Kinds: (a) the district told by the business the person runs there (…町で…を営む, …地区で…を経営する) and the tax in arrears named as
  // theirs (…氏の市県民税, …さんの固定資産税) in a sentence of seizure or arrears; (b) a reduction, exemption or means-tested benefit applied
  // for or received, told of a person named in full or with a detail; (c) a private person named as the doer of the post's offence by a
  // plain verb (捨てたのは…, 置いていったのは…) or with a suspicion after the name (…が持ち去ったらしい), the offence named anywhere in the
  // post. Hard negatives: a shop in a district with no measure, a notice to all about reductions, staff who take the applications, a
  // neighbour who found the dumping, a collection of dumped waste helped by a named volunteer.
  it.each([
    ['本日、大和町でうなぎ店を経営する立花 浩二氏の市県民税（2年分）について、給与の差押えを行いました。', 'personal-info/identifiable-person:block'],
    ['三橋町で農業を営む江口 正さんの固定資産税の滞納について、土地の公売を行います。', 'personal-info/identifiable-person:block'],
    ['保育料の免除を申請された昭代にお住まいの松尾 和也さんから、お礼のお電話をいただきました。', 'personal-info/identifiable-person:block'],
    ['大和町の古賀 一郎さんから、固定資産税の減免の申請がありました。', 'personal-info/identifiable-person:block'],
    ['就学援助を受けている古賀さん（三橋町）のお宅に伺いました。', 'personal-info/identifiable-person:block'],
    ['【ごみの不法投棄】\n\n地元の方によると、粗大ごみを置いていったのは近くで工務店をされている田中 誠さん（大和町中島）らしいです。', 'personal-info/identifiable-person:block'],
    ['不法投棄の現場です。近くの方の話では、沖端町の古賀 一郎さんが家電を捨てたのではないかとのことです。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '沖端町で飲食店を営む古賀さんのお店で、市税の納付相談会を開きます。',
    '市税の滞納整理を強化しています。大和町の建設会社に対し、預金の差押えを執行しました。',
    '国民健康保険税の減免を申請された方には、審査結果を郵送でお知らせします。',
    '古賀さんは、生活保護の申請を受け付ける窓口の担当です。',
    '減免を申請された方の相談に応じている古賀 太郎さんです。',
    '保険年金課の古賀 太郎さんが、減免の申請方法をご説明します。',
    '不法投棄は犯罪です。ごみを見つけたのは散歩中の田中 花子さんで、すぐに通報してくださいました。',
    '不法投棄されたごみを回収しました。作業には区長の古賀 太郎さんにもご協力いただきました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: a person singled out as the only one of their role, a neighbour told by the door, the age and the career, a home told by the name on its mailbox (blind R257P-036, R257P-039, R257P-052, R257P-032 kinds)', () => {
  // Kinds: the only one of a role (the oldest hand, the sole player of an instrument) told with their hospital stay (block) or with their
  // grade, sex and where they come from every day (warn); a neighbour with no name placed at home by the landmark across the road and told by
  // their age and former post (warn); a private home given as directions, road and roof, then the surname read off the mailbox (block).
  // Hard negatives: the only hospital of the city, the oldest boatman asked about the sights, a captain as the only senior, a neighbour
  // reporting a broken lamp, a public building by its roof or nameplate, a centenarian greeted with no career told.
  it.each([
    ['蒲池でいちばんの古株の漁師さんが、先週から市内の病院に入院されているそうです。早く良くなりますように。', 'personal-info/identifiable-person:block'],
    ['商店街で最古参の八百屋のご主人さまが手術を受けられ、しばらくお店を休まれます。', 'personal-info/identifiable-person:block'],
    ['昭代中学校の合唱部でただ一人のピアノ担当で、毎日西蒲池から歩いて通っている3年生の男の子が、市長賞を受けました。', 'personal-info/identifiable-person:warn'],
    ['本町の公民館の向かいにお住まいで、今年92歳、元は市内の小学校で教頭を務められていた方が、花壇の世話をしてくださっています。', 'personal-info/identifiable-person:warn'],
    ['落とし物の傘は、見つけた方のお宅でお預かりしています。大和町の市道沿い、赤い屋根で表札に「田島」とある家です。', 'personal-info/address:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '市内で唯一の病院が、来月から新しい診療科を開設します。',
    '沖端でいちばんの古株の船頭さんに、川下りの見どころを教えていただきました。',
    'チームでただ一人の3年生として、主将がチームを引っ張りました。',
    '郵便局の向かいにお住まいの方から、街灯が切れているとの連絡がありました。',
    '郵便局の向かいにお住まいで、今年100歳を迎えられた方に市長がお祝いを届けました。',
    '三橋町の県道沿い、緑の屋根の建物が新しい公民館です。',
    '表札に「柳川市消防団」とある建物が詰所です。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block') || x.includes(':warn'))).toEqual([])
  })
})

describe('personal-info: a named resident with a whole birth date, a private sum, the call they made, the leak of their data, a register entry; a household member by relation and age; an unnamed check-up finding (blind R263F-005, R262J-003, R263F-004, R261D-001, R260K-003, R259H-006, R259H-005 kinds; JJ-042)', () => {
  // Kinds: (a) a whole date of birth (year, month and day) told with a full name; (b) the sum the city paid or bought for (補償額, 買収価格)
  // told of a named landowner; (c) a resident named in full with their district as the one who phoned or complained; (d) the person whose data
  // leaked or was shown to others, named in the apology; (e) a voter's precinct and entry number from the admission ticket, with a name;
  // (f) one member of a household told by surname, relation and bracketed age, with a withdrawal or a town; (g) an unnamed person told by
  // town, age and former job, with a check-up finding. Hard negatives: an age group for a programme, a donation thanked, a precinct told
  // as where to vote, an apology with no one named, a lecturer's organisation whose name holds a health word, general check-up advice.
  it.each([
    ['拾得物のお知らせです。免許証から、平成3年11月20日生まれの松尾 恵子さんのものと分かりました。', 'personal-info/identifiable-person:block'],
    ['用地交渉がまとまりました。大和町の江口 正夫さんとは、買収価格3,400万円で合意しています。', 'personal-info/identifiable-person:block'],
    ['昨日も三橋町の堤 和男さんから「街灯がまぶしい」とお電話がありました。', 'personal-info/identifiable-person:block'],
    ['市民課で証明書の誤交付がありました。交付されたのは大和町中島にお住まいの立花 由美様の住民票です。', 'personal-info/identifiable-person:block'],
    ['投票所入場券の落とし物です。沖端町の野田 清様（第3投票区 整理番号127）。', 'personal-info/personal-id:block'],
    ['三橋町の松尾さん宅の次女（十七歳）は、二年ほど部屋から出られない状態が続いていました。', 'personal-info/identifiable-person:block'],
    ['大和町にお住まいで元郵便局員の70歳女性は、人間ドックで血圧が高いと指摘されたそうです。', 'personal-info/identifiable-person'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '昭和30年4月2日から昭和31年4月1日生まれの方が対象です。',
    '第7投票区の投票所は、柳川小学校の体育館です。整理番号順にご案内します。',
    '電子申請サービスで誤表示の不具合がありました。対象の方には個別にご連絡しています。',
    '講師の古賀 恵子さん（日本糖尿病協会 福岡支部）が、食事のコツをお話しくださいました。',
    '特定健診で血糖値が高いと指摘された方は、保健師にご相談ください。',
    '健診の体験談です（掲載はご本人の了承済みです）。三橋町にお住まいの70代の女性は、血圧が高めと言われて減塩を始めました。',
    '用地補償の説明会を、大和町公民館で開きます。補償額の算定方法をご説明します。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block') || x.includes(':warn'))).toEqual([])
  })  // A full name with the district is still a warning (one detail); a donation, a complaint by someone unnamed, a lecturer's call: no block.
  it.each([
    '三橋町の古賀 一郎さんから、図書購入費として100万円のご寄付をいただきました。',
    '沖端町の方から「舟の音がうるさい」とお電話がありました。',
    '講師の田中 正則さん（柳川市社会福祉協議会）から、お電話で日程のご連絡をいただきました。',
    '昭和22年生まれの古賀 一郎さんが、戦後の柳川についてお話しくださいました。',
  ])('does not block %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: a family death or the household kept told of a named resident; a name opening a bracket with age and district; a named person\'s address given on its own line, as in a correction (blind R264Y-002, R265G-022, R265G-004 kinds)', () => {
  // Kinds: (a) a named private person with their town, the death of a parent or spouse and whom they support told in the next sentence; (b) a
  // person named inside the bracket after the word for who they are (職員（氏名・年齢・地区在住）), press-report style; (c) a paragraph speaks of
  // a named person's address, and the house-level address then stands at the head of its own line (誤：/正：/bare), in that paragraph or a
  // later one. Hard negatives: a notice for the bereaved, a named person supporting a trade, a job in the bracket, a bracket with no age,
  // a correction of a venue's address, an address line after a paragraph on applicants in general or on a venue.
  it.each([
    ['表彰式で作文を読んだ松尾 彩花さん（大和町）。中学2年の春に母を病気で亡くし、今は祖母と妹を支えながら通学しています。', 'personal-info/identifiable-person:block'],
    ['三橋町の古舘 健一さん（45）は、昨年奥様を亡くされ、小学生の息子さんと二人で暮らしています。', 'personal-info/identifiable-person:block'],
    ['苦情を受けて調べたところ、投稿していたのは水道課の職員（江口 健太・29歳・三橋町柳河在住）でした。', 'personal-info/identifiable-person:block'],
    ['【訂正】\n入賞者のご紹介で、優秀賞の田中 花子様のご住所に誤りがありました。\n\n誤：柳川市大和町中島百二十三番地\n正：柳川市大和町中島百二十番地四', 'personal-info/address:block'],
    ['佳作の古賀 一郎さんのご住所を誤って掲載しました。\n正しくは次のとおりです。\n柳川市三橋町高畑12番地3', 'personal-info/address:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '配偶者やご両親を亡くされた方の年金の手続きは、市民課の窓口でお受けしています。',
    '家族を支えながら働く方のための相談会を、三橋町公民館で開きます。',
    '窓口の職員（保健師・34歳）が、離乳食の進め方をお話ししました。',
    '講師は市の職員（古賀 真一・観光課）が務めます。',
    '【訂正】\n先日お知らせした説明会の会場の住所に誤りがありました。\n\n誤：柳川市本町87番地1\n正：柳川市本町88番地1',
    '応募者の皆様のご住所は、審査には使いません。\n\n送付先：柳川市本町87番地1 柳川市役所',
  ])('does not block %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
  it.each([
    '家族を支えながら働く方のための相談会を、三橋町公民館で開きます。',
    '配偶者を亡くされた方を対象に、語り合いの会を開きます。',
    '窓口の職員（保健師・34歳）が、離乳食の進め方をお話ししました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block') || x.includes(':warn'))).toEqual([])
  })
})

describe('personal-info: one unnamed person told over a run of sentences; a lottery list giving each winner\'s home before the name; an anonymous donor pointed at by school year, trade and home town (blind R271P-030, R271P-039, R271P-042 kinds)', () => {
  // Kinds: (a) a person with no name brought in by a sentence that places them (a town), then told in the sentences that run on with the
  // subject left out: a bereavement, living alone, a former office, the age; three details across the run single them out (warn); (b) a
  // lottery's or application's winners listed one a line, the housing block and building (or the town) first, then the full name with 様,
  // the lottery told in another paragraph (block); (c) a post says the person asked not to be named, then tells the year they finished
  // school, the practice they opened and the town they come from (block). Hard negatives: a run with only two details, a story with no
  // private matter, a run broken by a paragraph; a list of duty holders with no lottery, an election's winners, a lottery's flats with no
  // names; an anonymous donor told only as living in the city; a class reunion by graduation year.
  it.each([
    ['三橋町の川沿いで長年農業を続けてこられた女性がいます。数年前にご主人を亡くされ、今は築百年の家で一人暮らし。元民生委員で、今年で90歳になられました。', 'personal-info/identifiable-person'],
    ['沖端町で、半世紀にわたり舟を漕いでこられた男性がおられます。昨年奥様を亡くされました。元船頭組合の組合長で、今年で88歳です。', 'personal-info/identifiable-person'],
    ['【県営住宅 入居者抽選結果】\n\n抽選の結果、入居者が決まりました。\n\n・西蒲池団地 3号棟　田中 花子 様（高齢者世帯）\n・本町住宅 1号棟　松尾 健一 様', 'personal-info/identifiable-person:block'],
    ['市営住宅の申込者の抽選結果です。\n\n・矢留町 102号室　堤 和子 様\n・三橋町高畑　北原 美由紀 様', 'personal-info/identifiable-person:block'],
    ['図書購入費として300万円のご寄附をいただきました。匿名をご希望の方です。平成2年に三橋中学校を卒業され、現在は福岡市で法律事務所を開業されている、大和町ご出身の方です。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '大和町の有明海沿いで、40年以上海苔漁を続けてこられた男性がいます。今年の初摘みは例年より早く、色つやも上々とのこと。',
    '大和町の男性がいます。昨年奥様を亡くされました。',
    '大和町で漁を続けてこられた男性がいます。\n\n昨年奥様を亡くされたそうです。元漁協の組合長で、今年で86歳です。',
    '【公民館だより】\n\n今月の各地区の当番は次のとおりです。\n\n・三橋町高畑　古賀 一郎 様\n・大和町中島　堤 和子 様',
    '【市議会議員選挙 開票結果】\n\n抽選の結果、当選者が決まりました。\n\n・三橋町高畑　古賀 一郎 氏\n・大和町中島　堤 和子 氏',
    '【市営住宅 入居者募集】\n\n抽選で入居者を決定します。\n\n・蒲池団地 2号棟　2戸\n・西浜武団地 5号棟　1戸',
    'ご本人のご希望により、お名前の公表は控えさせていただきます。市内在住の方です。心より御礼申し上げます。',
    '昭和45年に柳川高校を卒業された皆さんの同窓会が開かれました。久留米市や福岡市からも多くの方が参加されました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block') || x.includes(':warn'))).toEqual([])
  })
})

describe('personal-info: an illness keeping a named person in and out of hospital; a mobile quoted as written on a found note; a reply calling its reader by name with their home district; a flat with its number someone sets out from; a named home as a roster\'s meeting point (blind R272S-021, R274K-021, R274K-057, R275W-010, R276N-017 kinds)', () => {
  // Kinds: (a) a person named in full whose illness is told as what keeps them going to hospital (…病で入退院を繰り返し, …で通院しながら,
  // 闘病中): 要配慮個人情報, block; (b) a mobile number quoted, then said to be written on a note in a found item (「…090…」と書かれた紙): the
  // owner's, block; (c) a reply closing or opening with the reader's name (…ませ、〇〇様。) whose other sentence tells the district of their
  // home (…町…のご自宅から): block; (d) a house number followed by a rented flat or lodging someone commutes from or lives in, any city: block;
  // (e) a meeting point after 集合： given as a named person's home with its number: block. Hard negatives: whom a service is for, a fixed-line
  // contact on a lost-item notice, a reply telling where residents of a district go, a flat let or shown, a shop as a meeting point.
  const reply = (text: string) => summary(findingsOf(personalInfo, text, { mode: 'reply' }))
  it.each([
    ['窓口の常連、昭代の江口 ハナ子さん（88歳）。心臓病で入退院を繰り返しながらも、毎週顔を見せてくれます。', 'personal-info/identifiable-person:block'],
    ['大和町の古賀 正一さん（76）は、がんで闘病中ですが、今年も舟を出してくれました。', 'personal-info/identifiable-person:block'],
    ['【落とし物】白い手帳をお預かりしています。中に沖端町の堤 和子様の名刺と、「携帯 〇八〇・四四一二・七七三五」と書かれた付箋がありました。', 'personal-info/mobile:block'],
    ['落とし物のお知らせです。「090-5521-3348 まで」と記されたカードが入った財布を拾得しました。', 'personal-info/mobile:block'],
    ['今は北九州市小倉北区京町2丁目5-3のマンションから会社に通っているそうです。', 'personal-info/address:block'],
    ['春からは久留米市東町4丁目11-2の下宿で暮らしています。', 'personal-info/address:block'],
    ['1月5日　第2分団（集合：班長 古賀 正さん宅　三橋町高畑 312-4）', 'personal-info/address:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    ['昨日、大和町中島のご自宅からお電話をいただいた件ですね。書類は本日発送いたしました、江口 正和様。', 'personal-info/identifiable-person:block'],
    ['堤様、沖端町のお宅から何度もお越しいただき恐縮です。手続きは完了しております。', 'personal-info/identifiable-person:block'],
  ])('flags in a reply %s', (text, want) => {
    expect(reply(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '糖尿病で通院中の方を対象に、管理栄養士の古賀 洋子さんが食事の講座を開きます。',
    '入退院を繰り返す方への支援について、地域包括支援センターの職員がお話しします。',
    '【落とし物】黒い傘をお預かりしています。「市民課 0944-73-8111」と書かれた封筒も一緒でした。',
    '本町3丁目2-1のマンションに住む方を対象に説明会を行います。',
    '柳川市三橋町垂見1234番地のアパートで内覧会を開催します。',
    '集合：田中商店前　大和町塩塚 215-7',
  ])('does not block %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
  it.each([
    '古賀様、ご質問ありがとうございます。大和町中島にお住まいの方は、三橋公民館が避難所です。',
    '区長の野田様、大和町のご自宅での会合の件、承知しました。',
  ])('does not block in a reply %s', (text) => {
    expect(reply(text).filter((x) => x.startsWith('personal-info') && x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: a salutation alone above a counter case, a screening result before a name, a handbook or card serial as 第…号, an honour conferred by ordinance (blind R277T-013, R278M-032, R278M-005 kinds; JN-042)', () => {
  // Kinds: (a) a letter-style salutation standing alone (name and honorific, then a blank line or a line break) above a paragraph telling the
  // case that person brought to the counter (their welfare, disability or arrears): block; (b) a screening or check-up result told as what the
  // person is right before their name with their district: 要配慮個人情報, block; (c) a disability handbook's or an insurance card's serial told
  // as 第…号 with no 番号 label: block. Hard negatives: a salutation then general guidance or a case with no matter named, a result told to
  // everyone it applies to, a grade or a rule's number after the handbook. (d) an honour conferred on a named person by ordinance or with the
  // council's consent, with their age and trade: public record, no warning.
  const reply = (text: string) => summary(findingsOf(personalInfo, text, { mode: 'reply' }))
  it.each([
    ['野田様\n\nお問い合わせありがとうございます。先週窓口で申請いただいた児童扶養手当の件、審査結果が確認でき次第ご連絡します。', 'personal-info/identifiable-person:block'],
    ['古川さん\nご連絡ありがとうございます。昨日ご相談いただいた住民税の滞納の件ですね。', 'personal-info/identifiable-person:block'],
  ])('flags in a reply %s', (text, want) => {
    expect(reply(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    ['健診で要再検査と判定された大和町の古賀 信夫さん、保健センターまでご連絡ください。', 'personal-info/identifiable-person:block'],
    ['胃がん検診で「要精密検査」となった沖端町の江口 春美様へ、結果通知が届いていないようです。', 'personal-info/identifiable-person:block'],
    ['拾得物のお知らせです。療育手帳（第２０３８号、三橋町の方のもの）をお預かりしています。', 'personal-info/personal-id:block'],
    ['国民健康保険被保険者証（第20417号、古賀 一郎様名義）を窓口で保管しています。', 'personal-info/insurance:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '堤様\n\nご質問ありがとうございます。生活保護の申請方法は、福祉課の窓口でご案内しています。',
    '松尾様\n\nお問い合わせありがとうございます。先日ご相談いただいた件は、担当から改めてご連絡いたします。',
  ])('does not block in a reply %s', (text) => {
    expect(reply(text).filter((x) => x.startsWith('personal-info') && x.includes(':block'))).toEqual([])
  })
  it.each([
    '大腸がん検診で「要精密検査」となった方は、必ず医療機関で精密検査を受けてください。',
    '身体障害者手帳（第1種・1級）をお持ちの方は、窓口で手帳をご提示ください。',
    '柳川市障害者手帳交付規則（第12号）に基づき、申請を受け付けます。',
    '市議会の同意を経て、画家の古賀 正一 氏（88歳）に名誉市民の称号を贈呈することが決定しました。',
    '柳川市名誉市民条例に基づき、書家の立花 清 氏（91歳）に名誉市民の称号を贈ることが決まりました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block') || x.includes(':warn'))).toEqual([])
  })
})

describe('personal-info: a named donor whose bracket says they asked to stay anonymous; pupils listed with school and grade after a means-tested aid is told (blind R276N-059, R276N-035 kinds)', () => {
  // Kinds: (a) a list line naming a person in full (no honorific in a 敬称略 list, or with one), the bracket after the name saying they
  // wished to stay anonymous: the wish told and broken together, block; (b) pupils listed a line each by full name with school and grade,
  // the post telling (in the same or another paragraph) that they were chosen for a scholarship or school aid, which tells each household's
  // means: block. Hard negatives: an anonymous line with no name, a body's name marked anonymous, a named donor with no such wish; prize
  // winners listed with school and grade, a call for scholarship applicants.
  it.each([
    ['ご寄付ありがとうございました（敬称略）。\n\n・古賀 一郎（三橋町・匿名希望）　50,000円\n・柳川ライオンズクラブ　30,000円', 'personal-info/identifiable-person:block'],
    ['寄贈品のお礼です。\n\n堤 正和様（お名前の公表は希望されないとのこと）　車いす2台', 'personal-info/identifiable-person:block'],
    ['【奨学生の決定】\n\n審査の結果、次の皆さんを奨学生に採用しました。\n\n江口 美月（柳川高等学校1年）\n松尾 蓮（大和中学校3年）', 'personal-info/identifiable-person:block'],
    ['就学援助の対象として、次の児童を認定しました。\n・古賀 陽菜さん（三橋小学校4年）\n・堤 大翔さん（三橋小学校2年）', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    'ご寄付ありがとうございました（敬称略）。\n\n匿名希望（三橋町）　50,000円\n沖端商店会（匿名）　30,000円\n古賀 一郎　20,000円',
    '【市長表彰】\n\n県大会で優勝した次の皆さんを表彰しました。\n\n中島 彩花（伝習館高等学校2年）\n原田 拓海（柳川高等学校3年）',
    '令和8年度の柳川市奨学生を募集します。選考のうえ、7月に決定します。\n\n対象：市内在住の高校生・大学生\n問い合わせ：教育総務課',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block') || x.includes(':warn'))).toEqual([])
  })
})

describe('personal-info: evacuees listed a line each with age or district; applicants a screening let through listed with their homes; a home told through who lives at a house number; a named person tied to a registration number; a Latin-letter name beside a birth date (blind R288S-001, R290P-002, R286A-002, R286A-003, R287L-028 kinds)', () => {
  // Kinds: (a) people at a shelter, rescued or whose safety is asked after, listed one a line by name with their age or district in brackets
  // right after it, the shelter told in another paragraph (block); (b) applicants passed by a screening (選考を通過, 一次選考の結果) listed by
  // full name with their home in brackets, the screening told in another paragraph (block); (c) a house number followed by の and the home of
  // whoever lives or keeps something there (…番地の持ち主宅, …番の古賀宅): block; (d) a registration, tag, application or case number tied to a
  // full name with 様 or さん, before or after it (block); (e) a name in Latin letters in the same sentence as a birth label and a full date
  // (block). Hard negatives: a count of evacuees with no names, a drill's instructors, a celebration's list; a screening told with no one
  // named; public housing or a delivery box at a house number; the label with no number or no name; an event's English name; a sample.
  it.each([
    ['【安否情報】\n\n救助された方は次のとおりです。\n\n1. 古賀 一郎さん（80）\n2. 古賀 ミツさん（77）', 'personal-info/identifiable-person:block'],
    ['大和体育館に避難されている方をお知らせします。\n\n・江口 正さん（大和町中島）ご家族3人\n・堤 和子さん（塩塚）', 'personal-info/identifiable-person:block'],
    ['一次選考の結果、次の方が合格されました。\n\n古賀 一郎さん（大和町中島）\n堤 和子さん（三橋町五拾町）', 'personal-info/identifiable-person:block'],
    ['空き家の件で、大和町中島1234番地の持ち主宅へ文書をお送りしました。', 'personal-info/address:block'],
    ['昨夜の火事は三橋町高畑3丁目8番の松尾宅から出火したものです。', 'personal-info/address:block'],
    ['鑑札番号 第1204号、古賀 一郎様。至急保健所までご連絡ください。', 'personal-info/personal-id:block'],
    ['古賀 一郎様（管理番号 A-0412）の空き家について、近隣から苦情が寄せられています。', 'personal-info/personal-id:block'],
    ['拾得した学生証には Taro Yamada、誕生日：1990/5/3 とありました。', 'personal-info/identifiable-person:block'],
    ['財布の中の免許証に「MATSUO HANAKO」生年月日 H2.5.3 とあります。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '三橋町の中山公民館には現在12名が避難されています。避難者数は12名です。毛布と飲料水は十分にあります。',
    '避難所運営訓練の講師をご紹介します。\n\n・古賀 一郎さん（消防団）\n・堤 和子さん（日赤）',
    '当選者が決まりました（ご本人の了承を得て掲載しています）。\n\n・古賀 一郎さん（三橋町）\n・堤 和子さん（大和町）',
    '書類選考の結果は個別にご連絡します。面接日時は受付番号順にお知らせします。',
    '三橋町藤吉2丁目14番の宅配ボックスをご利用ください。',
    '犬の登録番号は鑑札に記載されています。登録番号を確認のうえ、生活環境課までお越しください。',
    '受付番号順にお呼びします。受付番号03の方から面接を行います。',
    'YANAGAWA SUMMER FESTIVAL 2026 を開催します！8月1日は柳川の誕生日です。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: a colleague named as the topic of a staff note (〜さんですが、) with the illness that keeps them off work (blind R294I-001 kind)', () => {
  // Kind: the name opened as a topic with a copula and a comma (〜さんですが、〜さんなんですけど、〜さんのことですが、), then a diagnosis or a
  // condition and the absence it causes: a named person's health (要配慮個人情報, block). Hard negatives: no name, a name with no health,
  // the absence for another reason, an illness as a topic (予防接種), a service for the sick, a public official back at work.
  it.each([
    '大和支所の江口さんですが、インフルエンザにかかったそうで金曜まで休みになります。窓口は私が代わります。',
    '保育課の松尾さんなんですけど、先週骨折されて、しばらく病休を取られるとのことです。',
    '税務課の古賀さんのことですが、体調を崩されて来週から療養のためお休みに入ります。',
  ])('blocks %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:block'))).toBe(true)
  })
  it.each([
    '職員の体調不良により、本日の窓口受付時間を短縮します。ご迷惑をおかけします。',
    '三橋出張所の堤さんですが、4月から窓口を担当します。どうぞよろしくお願いします。',
    '市民課の古賀さんですが、今週は研修のためお休みです。ご用件は係までどうぞ。',
    '講師の松尾さんですが、インフルエンザの予防接種の大切さを話してくださいました。',
    '保健師の江口さんですが、療養中の方への訪問支援を担当しています。',
    '市長が本日から公務に復帰しました。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
})

describe('personal-info: a winner named with さま at their house number; a household picked out by its flat and told to be behind with its rent (blind R296Y-004, R297H-001 kinds)', () => {
  // Kinds: (a) a house-level address (番地, 番…号, kanji 丁目 included) followed by の and a name with the honorific written in kana, さま,
  // spaces around the name or not: a private person's home (block), as with 様; (b) a flat in a housing block (団地/住宅/アパート/コーポ + 号棟/
  // 号室) whose household is named by the flat alone (にお住まいの世帯, の入居者の方) and told in the same sentence to owe rent or dues (滞納,
  // 未納, お支払いいただけていない): a household identified without a name, its arrears sensitive (block). Hard negatives: さまざま after a
  // venue's address; a flat offered or shown (入居者を募集, 内覧会); arrears told of no flat; advice against arrears; a delivery home with no
  // address; an office's address in brackets.
  it.each([
    ['抽選の結果、景品の米10kgは三橋町高畑四丁目8番2号の 松尾 さまに決まりました。', 'personal-info/address:block'],
    ['ご応募ありがとうございました。最優秀賞は大和町中島1205番地の古川さまです。', 'personal-info/address:block'],
    ['蒲池団地3号棟102号室にお住まいの世帯は、共益費が半年分未納となっています。', 'personal-info/lodging:block'],
    ['市営住宅みどり団地1号棟208号室の入居者の方は、家賃を4か月滞納されています。ご連絡ください。', 'personal-info/lodging:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '本町87番地1のさまざまな店舗が、週末のスタンプラリーに参加します。',
    '柳川市役所 本庁舎（本町87番地1）にお越しのみなさまへ、駐車場のご案内です。',
    '当選者には後日ご自宅へ賞品を発送します。',
    '市営住宅○○団地2号棟の空き室（305号室）の入居者を募集します。',
    '2号棟305号室で内覧会を行います。ご希望の方は建築住宅課へ。',
    '家賃を滞納している世帯には、個別に納付相談のご案内をお送りします。',
    '団地2号棟305号室に入居される方は、家賃の滞納がないよう口座振替をご利用ください。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
})

describe('personal-info: private people picked out by description, no name (blind R298K-010, R298K-045, R298K-039, R298K-032 kinds)', () => {
  // Kinds: (a) a house found by counting doors from a landmark or by its roof or walls, with one living alone there and when they are in,
  // or an invitation to call on them (block); (b) the only shop of its trade in a street with its owner or family told in hospital or ill
  // (block); (c) a library regular described by when they come and where they sit or how they look, with what they borrowed (block);
  // (d) someone's child or grandchild with the grade, the club or its captaincy, and their place in the photo (warn). Hard negatives: a
  // path along a landmark, living alone as a class, a shop's news, a book ranking, a photo pointing at an official, a grade as a group.
  it.each([
    ['川沿いの水門から三軒目、白い壁のお家のおじいちゃんは竹細工の名人です。独り暮らしで、毎日午後はたいてい家にいらっしゃるので、ぜひ訪ねてみてください。', 'block'],
    ['神社の角から2軒目のお宅に住むおばあちゃんは、ひとり暮らしですが、平日の午前中はいつもご在宅です。', 'block'],
    ['蒲池地区でたった一軒の酒屋さん、店主さんが病気で療養中とのことです。', 'block'],
    ['大和町で唯一の理容室のご主人が、先週から入院されています。', 'block'],
    ['いつも閲覧室の奥の席に座っておられる眼鏡の女性。最近借りられた本は、どれも病気の本でした。', 'block'],
    ['毎朝開館と同時に来られる黒いジャンパーのおじいさん、この一年の貸出履歴を見ると戦争の本ばかりです。', 'block'],
    ['駅前の魚屋さんの息子さん（3年生・野球部のエース）が大活躍！写真右から2人目の子です。', 'warn'],
    ['近所の方のお子さん（中2・吹奏楽部部長）がボランティアに来てくれました。写真左端の女の子です。', 'warn'],
  ])('flags %s', (text, sev) => {
    expect(run(text).some((x) => x.startsWith(`personal-info/identifiable-person:${sev}`))).toBe(true)
  })
  it.each([
    '堤防沿いの散歩道は、夕方になると有明海に沈む夕日がきれいです。',
    '一人暮らしの高齢者の見守り活動を行っています。お気軽にご相談ください。',
    '赤い瓦屋根のお宅が並ぶ町並みは、散策にぴったりです。一人暮らしの方への見守り訪問を行っています。',
    '公民館から二軒目の赤い屋根の建物が、新しい観光案内所です。平日の昼間はスタッフが常駐しています。',
    '新町通りでただ一軒のパン屋さん、新商品のさげもんパンが登場しました！',
    '市立図書館で人気の本ランキングを発表します。1位は『柳川の歴史』でした。',
    '毎週火曜は図書館のおはなし会です。いつも来られる方も、借りた本は返却期限までにお返しください。',
    '写真中央は市長です。掘割清掃に多くの方が参加されました。',
    '5年生のみなさんが清掃に参加しました。写真中央の子たちが優勝チームです。',
    'サッカー部のキャプテンを務める5年生が選手宣誓を行いました。写真中央の子です。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
})

describe('personal-info: review of pi17 and pi20 (rvpi) — officers by their post, people honoured, an award\'s selection, a public licence, a unique facility', () => {
  // Told apart: (a) a committee's officers listed with their posts in brackets (会計, 書記, 副会長, 監事) are not evacuees with districts;
  // (b) people thanked with a 感謝状 or honoured are public in that role, not a rescue's list (warn at most); (c) an award's selection result
  // (…賞の選考結果) lists winners, not screened applicants (warn at most); (d) a licence or certification number held in a public role (観光
  // ガイド, 伝統工芸士) with no duty left undone; (e) 唯一の + a facility (病院, 施設) is the place, not the person's role. Widened: a Latin-
  // letter name with a full date before 生まれ, or a capitals name with a birth year on a card; a tag number tied to the dog's owner named.
  it.each([
    '避難所運営委員会の役員が決まりました。\n・古賀 一郎さん（会計）\n・松尾 花子さん（書記）',
    '自治会の新役員を紹介します。\n・古賀 一郎さん（副会長）\n・松尾 花子さん（監事）',
    '柳川観光ガイドの古賀 一郎さん（認定番号 第12号）が川下りコースをご案内します。',
    '伝統工芸士の松尾 花子さん（認定番号 第305号）が実演します。',
    '町内で唯一の病院に入院されている患者さんへのお見舞いは当面中止します。',
    '市内で唯一の施設に入所されている方のご家族へ、面会再開のお知らせです。',
    'Kitahara Hakushu（1885年1月25日生まれ）は柳川出身の詩人です。',
  ])('keeps clean %s', (text) => {
    expect(run(text).filter((x) => /:(?:warn|block)/u.test(x))).toEqual([])
  })
  it.each([
    '川で溺れた子どもを救助した次の方々に感謝状を贈呈しました。\n・山田 太郎さん（45）\n・佐藤 花子さん（38）',
    '第10回柳川市文化賞の選考結果をお知らせします。\n・山田 太郎さん（大和町）\n・佐藤 花子さん（三橋町）',
    '消防功労者として次の方々を顕彰しました。\n・古賀 一郎さん（62）\n・堤 和子さん（58）',
  ])('does not block %s', (text) => {
    expect(run(text).filter((x) => x.includes(':block'))).toEqual([])
  })
  it.each([
    ['狂犬病予防注射の期限が過ぎています。登録番号R5第0318号の蒲池 孝之様、速やかに生活環境課までお越しください。', 'personal-info/personal-id:block'],
    ['会計年度任用職員（観光案内所スタッフ）の書類選考を通過された方は以下のとおりです。\n\n受付番号03 樺島 美咲さん（三橋町高畠）\n受付番号07 立石 優斗さん（大和町中島）', 'personal-info/identifiable-person:block'],
    ['鑑札番号1204の犬の飼い主の古賀 一郎さん、狂犬病予防注射がまだです', 'personal-info/personal-id:block'],
    ['お名前は Takeshi Yoshimura さん、1979年4月12日生まれの方です', 'personal-info/identifiable-person:block'],
    ['学生証（KOGA MISAKI、2005年生まれ）', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
})

describe('personal-info, pisec20: a private person reached directly, a complainant by trade and place, a lone elder by a house with a look (blind R301F-001, R302K-007, R302K-016 kinds)', () => {
  // Kinds: the reader told to call a private person (a teacher, a lecturer, the person themself) directly at a mobile, in any digit form and
  // under a 📞 label; a resident told as one who brought the city an opinion or a case, with their district, road and trade; a person
  // living alone in a house told by a landmark and then by a look of its own, with a daily habit.
  it.each([
    ['教室の先生は三橋町の松尾 和子さんです。\n\n習いたい方は先生に直接どうぞ📞 〇九〇・三三一二・七七八四', 'personal-info/mobile:block'],
    ['レッスンの予約は講師に直接どうぞ☎ ０８０・４４１２・９９０３', 'personal-info/mobile:block'],
    ['先月、相談に来られた、三橋町の川沿いで食堂を営まれている奥様。ご相談の件は担当課でお調べしています。', 'personal-info/identifiable-person:block'],
    ['昨日、窓口にご要望をお寄せくださった、大和町の国道沿いで鮮魚店を営まれているご主人様。ご要望の件は検討いたします。', 'personal-info/identifiable-person:block'],
    ['郵便局の向かい、青い瓦のお家に住むおじいさん、毎朝7時に公園を掃除してくださっています。', 'personal-info/identifiable-person:warn'],
    ['神社の裏手、白い塀のお宅で一人暮らしをされているおばあちゃん、毎朝6時に川沿いを歩いていらっしゃいます。', 'personal-info/identifiable-person:warn'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '教室のお問い合わせは観光課（0944-73-8111）へどうぞ。',
    'ご予約は窓口に直接どうぞ。受付は9時からです。',
    'ご意見をお寄せいただいた皆さま、ありがとうございました。',
    '県道沿いの理容店が開店50周年を迎えました（ご本人の了承済み）。',
    '一人暮らしの高齢者の見守りを地域で続けています。毎朝6時に声かけをしています。',
    '水天宮の裏手、赤い鳥居の横の広場で毎朝6時にラジオ体操をしています。',
  ])('keeps clean %s', (text) => {
    expect(run(text).filter((x) => /:(?:warn|block)/u.test(x))).toEqual([])
  })
})

describe('personal-info, pisec22: a number read off a filled-in form with its filer named, a household told by its house and its pet (blind R305G-025, R306N-003 kinds)', () => {
  // Kinds: a mobile taken from the field of a form someone left or handed in, the filer named with 様 or the number said to be written there
  // (申請者欄に「…」様、携帯…とあります); a house told by the colour of its roof, post or wall and, in that sentence, the pet or the car the
  // household keeps or someone there living alone. Hard negatives: a lost form with no name or number, a blank form's instructions, walking
  // manners, a house for directions, pet owners as a group.
  it.each([
    ['昨日、窓口に転入届をお忘れの方へ。届出人欄に「カワノ」様、携帯 ０８０－２２１９－４４７３ と記入されています。', 'personal-info/mobile:block'],
    ['申込書の申請者欄には古賀様、連絡先 090-5521-3308 とありました。お心当たりの方はご連絡ください。', 'personal-info/mobile:block'],
    ['堀割沿いの青い瓦屋根のお宅で、黒い軽トラに乗られている方、路上駐車はお控えいただけると助かります。', 'personal-info/identifiable-person:warn'],
    ['駅前の白い塀のお宅で猫を飼っていらっしゃる方、夜間の鳴き声のご相談がありました。', 'personal-info/identifiable-person:warn'],
    ['神社の向かいの緑の屋根のお家で、おじいさんが一人で暮らしておられます。', 'personal-info/identifiable-person:warn'],
  ])('flags %s', (text, want) => {
    expect(run(text).some((x) => x.startsWith(want))).toBe(true)
  })
  it.each([
    '請求書のお忘れ物があります。お心当たりの方は市民課へお越しください。',
    '申請書の連絡先欄には、日中つながる携帯電話番号をご記入ください。',
    '犬の散歩のマナーを守りましょう。ふんは必ず持ち帰ってください。',
    '赤い屋根の家が並ぶ町並みを、ガイドと一緒に歩いてみませんか。',
    '白い壁のお宅の角を右に曲がると公民館です。',
    '犬を飼っていらっしゃる方は、狂犬病予防注射を受けてください。',
    '白いフェンスのお宅で犬を飼っている方は多いですね。',
  ])('keeps clean %s', (text) => {
    expect(run(text).filter((x) => /:(?:warn|block)/u.test(x))).toEqual([])
  })
})

describe('personal-info: review of misc58 (rv/misc), a couple or a shop by a landmark thanked for a deed whose topic is a sensitive word', () => {
  // Kind fixed: the sensitive word is the cause the person helps with (熱中症予防の声かけ, 被害にあった地域へ, 交通事故防止の見守り, 救急の日, 入院中の
  // 子どもたちに), not a harm of theirs. The house fire's household and a person's own harm stay findings.
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    ['【火災概要】3月4日未明、沖端町の住宅で火災が発生し、木造2階建て1棟を焼損しました。出火元は、川下り乗船場近くで長年鮮魚店を営む80代のご夫婦のお宅で、台所のガスコンロの消し忘れが原因でした。', 'personal-info/identifiable-person:block'],
    ['市役所前で花屋を営む70代のご夫婦が、熱中症で救急搬送されました。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    '市役所前で花屋を営む70代のご夫婦が、熱中症予防の声かけに協力してくださっています。ありがとうございます！',
    '駅前で長年薬局を営むご夫婦に、救急の日にちなんでAEDの使い方を教えていただきました。',
    '三橋町で農業を営む60代のご夫婦から、災害の被害にあった地域へお米をご寄付いただきました。',
    '大和町にお住まいの70代のご夫婦が、交通事故防止の見守り活動を20年続けてこられました。',
    '西鉄柳川駅の近くで長年和菓子店を営む80代の男性が、入院中の子どもたちにお菓子を届けてくださいました。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: review misc59 hard negatives (a plant\'s disease, another\'s illness, an offer or a plain request phoned in, a business application)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // a crop's or a tree's disease fought by the grower: the name and details warn, no illness of theirs
    ['三橋町在住の農家、古賀さん（62）は、いもち病と闘いながら、今年も見事な稲を育てました。', 'personal-info/identifiable-person:warn'],
    ['大和町の堤さん（70・梨農家）は、果樹の病気と向き合いながら品種改良を続けています。', 'personal-info/identifiable-person:warn'],
    ['沖端町在住の田中さん（66）が育てる樹齢100年の松は、病気と闘いながらも毎年見事な姿を見せてくれます。', 'personal-info/identifiable-person:warn'],
    // the illness a kin's, or of the one the named person helped: their motive or good deed
    ['二十歳の集いで誓いの言葉を述べた堤美咲さん（柳川高校卒・大和町在住）。祖父が病気と闘う姿を見て、看護師を目指しているそうです。', 'personal-info/identifiable-person:warn'],
    ['駅で倒れた高齢者に心臓マッサージを続けた、柳川高校2年の田中さんに消防長から感謝状が贈られました。救急搬送された男性は快方に向かっています。', 'personal-info/identifiable-person:warn'],
  ])('no more than a warning for %s', (text, rule) => {
    expect(rules(text)).toEqual([rule])
  })
  it.each([
    // an offer, an invitation or a plain request phoned or mailed in by a shop told by place and trade: no grievance
    '「ぜひ取材に来てください」とお電話をくださった、沖端の川沿いで三代続く鰻屋さんのご主人。先日お邪魔してきました。',
    '「花壇の手入れを手伝わせてほしい」とお電話をくださった、三橋町の県道沿いで花屋を営むご主人。今年も春の花を植えてくださいました。',
    '「白秋祭のポスターを店に貼らせてほしい」とご連絡をくださった、京町の角で三代続く畳店のご主人。さっそくお届けしました。',
    '「ぜひ白秋祭のポスターを貼ってください」とご連絡をくださった、京町の角で三代続く畳店のご主人。さっそくお届けしました。',
    '「さげもんの飾り方を教えてほしい」とメールをくださった、京町で呉服店を営む女将さん。担当が伺ってご説明しました。',
    // an application for a business or an event, a shop introduced in a tourism post
    '創業補助金の申請に来られた、沖端で新しくカフェを開いた店主さん。先日オープンしました！',
    '出店の申し込みに来られた、沖端で三代続く鰻屋さんのご主人。今年も白秋祭に出店してくださいます。',
    '沖端の老舗鰻屋さんのご主人にお話を伺いました。創業130年、秘伝のタレは毎日継ぎ足しています。',
    // an athlete's own story in an official interview, consent stated
    '【市報インタビュー】パラ水泳の堤美咲さん（24・大和町出身）。中学2年で1型糖尿病と診断され、インスリン注射を続けながら競技に打ち込んできました。（掲載はご本人の同意を得ています）',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    // still caught: a grievance asked to be dealt with, a benefit applied for, the named person's own illness beside a kin's
    '「早く街灯を直してほしい」とお電話をくださった、三橋町の県道沿いで酒屋を営む女将さん。さっそく電球を交換しました。',
    '「店の前に車を停めないでほしい」とメールをくださった、京町の角で三代続く畳店のご主人。担当課で看板を設置しました。',
    '生活支援給付金の申請に来られた、沖端の川沿いで旅館を営む女将さん。手続きは無事に終わりました。',
    '城内小5年の堤陽翔くんは、入院中の祖母を見舞いながら、自身もぜんそくの持病を抱えて練習を続けています。',
  ])('blocks %s', (text) => {
    expect(rules(text)).toContain('personal-info/identifiable-person:block')
  })
})

describe('personal-info: blind pisec60 kinds (a complainant told as the source with place and trade; a named household\'s member with an illness; a named home said empty at set times; a named household placed by a landmark)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R327D-031, R328M-027 kind: the one who complained told as the source in the main clause (…の方から、…とのご意見をいただきました,
    // …から何度もお電話をいただいています), with the district and the trade they run
    ['三橋町で八百屋を営まれている方から、ごみ収集車の音がうるさいとの苦情をいただきました。', 'personal-info/identifiable-person:block'],
    ['大和町の県道沿いで美容室をされている70代の女性より、街灯が暗いとのご意見が寄せられました。', 'personal-info/identifiable-person:block'],
    ['沖端の川沿いで食堂を経営されているご主人から、観光客の路上駐車について何度もお電話をいただきました。対応が遅くなり申し訳ございません。', 'personal-info/identifiable-person:block'],
    ['蒲池の交差点の角で写真館をされている方から、工事の騒音についてご相談がありました。', 'personal-info/identifiable-person:block'],
    // R327D-037 kind: a household named by its surname, and in the next sentence a member (a child by the given name, 次男, お孫さん) with an
    // illness or an operation ahead
    ['古賀さんご一家を訪ねました。次男の陽太くんは生まれつき腎臓に病気があり、来月手術を受ける予定です。', 'personal-info/identifiable-person:block'],
    ['江口さんご夫妻の長男の大翔くんは、難病を抱えながらも元気に通学しています。', 'personal-info/identifiable-person:block'],
    ['三橋町の松尾さんご夫妻に、お孫さんの誕生をお祝いしました。お孫さんの結衣ちゃんは心臓に疾患があり、入院中とのことです。', 'personal-info/identifiable-person:block'],
    // R327D-016 kind: a named resident whose home is said empty at set times, with the household's health or another detail
    ['班長の中島さんはご主人が入院中で、お宅は日中留守がちです。', 'personal-info/identifiable-person:block'],
    ['今月の当番は田中さんの予定でしたが、お母さんの入院で付き添いが続いています。田中さんのお宅は夜も留守がちですので、皆さんで気にかけてください。', 'personal-info/identifiable-person:block'],
    // …and with the name alone, a warning
    ['古賀さんのお宅は、平日の昼間は誰もいないので、回覧板はポストに入れてください。', 'personal-info/identifiable-person:warn'],
    // R327D-010 kind: a household named, placed by its district and a landmark, a member's age and who is home alone at night
    ['ベトナムから来たグエンさん一家は、三橋町の公民館裏のアパートで、奥さんと3歳の息子さんと暮らしています。ご主人が夜勤なので、夜は母子ふたりです。', 'personal-info/identifiable-person:warn'],
    ['ネパール出身のタパさん一家は、蒲池の郵便局近くの借家で、ご主人と5歳の娘さんの3人で暮らしています。平日の昼間はお母さんと娘さんだけです。', 'personal-info/identifiable-person:warn'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // a complainant with no place or trade; a shop's owner thanked for a gift or a class; a shop with no complaint
    '市民の方から、公園のトイレが汚れているとのご意見をいただきました。さっそく清掃しました。',
    '沖端町で旅館を営まれている方から、お米をご寄付いただきました。ありがとうございます。',
    '市内で飲食店を営む方から、営業時間についてお問い合わせがありました。',
    '沖端町で鮮魚店を営む方を講師に、魚のさばき方教室を開催しました。',
    '大和町で理容室をされている方に、散髪ボランティアをしていただきました。',
    // an illness of whom a service is for, a public figure's own, a lecture's title, another's illness a member helps with
    '心臓に疾患がある方へ、夏場の体調管理についてお知らせします。',
    '田中先生による講演「手術を受ける前に知っておきたいこと」を開催します。',
    '田中さんご夫妻は、病気の子どもたちを支援する活動を続けています。',
    '中島さんご一家のお子さんが、手術を受ける友達に千羽鶴を届けてくれました。',
    '松尾さんご夫妻が営むカフェでは、持病がある方にも優しいメニューを用意しています。',
    // the reader's own home as a case, homes left empty as a class, a service for who is alone, a named home with no absence
    'お宅を留守にする際は、新聞の配達を止めましょう。',
    '留守がちなお宅は空き巣に狙われやすいので注意しましょう。',
    '夜は一人きりになる高齢の方へ、見守りサービスのご案内です。',
    '中島さんのお宅で、地域のお茶会を開きました。',
    // a household in the whole city
    '田中さんご一家は、柳川市内のアパートで暮らしています。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind pi61 kinds (disaster, watch-over, neighbourhood and welfare reports telling a resident\'s private facts in passing)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  const replyRules = (text: string) => findingsOf(personalInfo, text, { mode: 'reply' }).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R331R-003 kind: a loss, a divorce, debt or a job lost told of a named resident, running straight into the name or in the name's own clause
    ['見守り訪問を続けている民生委員さんから、春に奥様を亡くされた江口正雄さんが、最近は散歩に出られるようになったと伺いました。', 'personal-info/identifiable-person:warn'],
    ['地区の福祉委員会より。昨年お父様を亡くされた古賀ハルエさんが、サロンに顔を出してくださるようになりました。', 'personal-info/identifiable-person:warn'],
    ['江口正雄さんは今年の春に奥様を亡くされ、今はお一人で畑を続けています。', 'personal-info/identifiable-person:warn'],
    ['離婚されて一人でお子さんを育てている堤さんが、子ども食堂の手伝いに来てくれました。', 'personal-info/identifiable-person:warn'],
    ['ご主人を亡くされてから一人暮らしの古賀ハルエさんに、配食サービスを始めました。', 'personal-info/identifiable-person:warn'],
    ['見守り訪問先の堤ヨシ子さん、昨年息子さんを事故で亡くされ、今は一人です。', 'personal-info/identifiable-person:warn'],
    // …with the district too: two details and a full name
    ['春に奥様を亡くされた矢留町の江口正雄さんが、最近は散歩に出られるようになりました。', 'personal-info/identifiable-person:block'],
    // R331R-031 kind: the house number in brackets after a named home (さん宅, 様宅, さん方) a disaster struck
    ['先日の豪雨で床下浸水した三橋町今古賀の松尾和夫様宅（今古賀215-3）の片付けを、消防団が手伝いました。', 'personal-info/address:block'],
    ['台風で屋根が飛んだ古賀一郎さん方（蒲池410-2）に、ブルーシートを張りました。', 'personal-info/address:block'],
    ['冠水被害を受けた沖端の堤さん宅（沖端町33番地）へ、土のうを届けました。', 'personal-info/address:block'],
    // …and the victim household named with its district: the name is read before 宅
    ['床上浸水した大和町中島の高椋邦彦さん宅に、ボランティア3名が入り泥出しを行いました。', 'personal-info/identifiable-person:warn'],
    // R331R-014 kind: a visitor to a consultation profiled by district, trade and age, with the debt or the divorce they came about
    ['先月、蒲池でスナックを経営している60代の女性が相談に来られました。ご主人の借金の返済に追われているとのことでした。', 'personal-info/identifiable-person:block'],
    ['【相談窓口だより】三橋町で理髪店を営む70代の男性から、離婚した息子さんのことでご相談がありました。', 'personal-info/identifiable-person:block'],
    ['先日、窓口に、沖端町で民宿を営む40代の女性が来られました。多重債務で生活が苦しいとのことで、専門機関をご紹介しました。', 'personal-info/identifiable-person:block'],
    // R331R-024 kind: one living alone by a landmark, in the words 一人で住む or ひとりで暮らす, with a former post or an illness
    ['見守り隊で気にかけているのは、公民館の裏に一人で住む90代のおじいちゃん。心臓の病気で、ほとんど外に出られません。', 'personal-info/identifiable-person:block'],
    ['郵便局の向かいにひとりで暮らす元郵便局長のおじいさん。足が悪く、買い物にも行けないそうです。', 'personal-info/identifiable-person:block'],
    ['見守り活動で気になっているのは、本町の酒屋さんの裏に独りで住む元小学校教員のおばあちゃんです。', 'personal-info/identifiable-person:block'],
    // R331R-050 kind: the caller told bare before the words for them, by a district named bare and a trade, in a post about a complaint
    ['歩道の段差についてご意見をいただきました。先日お電話をくださった蒲生で左官をされている方からも、同じご指摘を頂いています。', 'personal-info/identifiable-person:block'],
    ['街灯が切れているとのご指摘、ありがとうございます。昨日メールをくださった鷹尾で農業を営むご主人からも同じ件を伺い、本日交換しました。', 'personal-info/identifiable-person:block'],
    ['ごみ集積所のカラス被害について苦情をいただきました。以前お電話をいただいた矢加部で酒屋をされている女将さんからも、同様のお声が寄せられています。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each<[string, string]>([
    // R331R-004 kind: a reply giving the reader's home by an honoured home word right before the address, whatever public thing it then talks of
    ['@taro_k お問い合わせありがとうございます。ご自宅の大和町中島512番地3前の街灯は、明日交換いたします。', 'personal-info/address:block'],
    ['@mika_y ご連絡ありがとうございます。お住まいの沖端町12番地付近の水路の清掃は、来週実施します。', 'personal-info/address:block'],
    ['ご住所の三橋町高畑318番地の前の道路について、担当課で確認いたします。', 'personal-info/address:block'],
  ])('flags in a reply %s', (text, rule) => {
    expect(replyRules(text)).toContain(rule)
  })
  it.each([
    // a loss told of whom a service or a volunteer is for, of a group, or with consent stated; a form's name
    'ご主人を亡くされた方のための「ひとりじゃないサロン」を、毎月第2水曜日に開いています。',
    '民生委員の古賀ハルエさんは、奥様を亡くされた方の相談に長年寄り添ってこられました。',
    '配偶者を亡くされた方の年金の手続きは、市民課の窓口で受け付けています。',
    '災害で家族を亡くされた方々の慰霊祭を行いました。',
    '離婚届の書き方については、市民課の田中までお問い合わせください。',
    '昨年お父様を亡くされた市長の田中太郎さんは、会見で感謝を述べました。',
    '古賀さん、ご主人を亡くされた方への声かけ、いつもありがとうございます。',
    // an address after お住まいの… that is a facility's, a road works' site, a reply giving no home word
    'お住まいの地区の公民館（三橋町高畑318番地）で、説明会を開きます。',
    'お住まいの地域の避難所は、ハザードマップでご確認ください。',
    '三橋町今古賀789番地前の市道で、舗装工事を行います。',
    'ご自宅の住所を変更された方は、14日以内に届け出てください。',
    // a disaster told of people at large, a public hall's number, a named home as a venue
    '大雨で床上浸水の被害を受けた方は、罹災証明書の申請ができます。床下浸水した住宅の消毒についても、ご相談ください。',
    '大和町中島の公民館（中島1234-5）に、本日ボランティア3名が入り泥出しを行いました。',
    '三橋町の田中さん宅で、餅つき大会が開かれました。',
    '大和町の堤さん方で、子ども会の集まりがありました。',
    // debt and divorce as a topic, a visitor with no trouble told
    '多重債務でお困りの方は、消費生活センターへご相談ください。',
    '先週、昭和町でクリーニング店を営む50代の男性が、ボランティアとして花壇の手入れに来られました。',
    '三橋町で理髪店を営む70代の男性が、市の長寿表彰を受けられました。',
    // living alone or an illness as a class, a landmark with no one living there
    '公民館の裏に一人で住む高齢者の見守りを、地域の皆さんにお願いしています。',
    '一人で住む高齢者の方は、緊急通報装置の設置を申し込めます。',
    '足が悪い方のために、送迎バスを用意しています。',
    '糖尿病でお悩みの方を対象に、料理教室を開きます。',
    '見守り活動の皆さん、いつもありがとうございます。本町の酒屋さんの裏の空き地で、花壇づくりをしました。',
    // a trade done with family or as a hobby, a whole city, callers as a group, a trade with no complaint
    '趣味で陶芸をされている方から、作品展についてのご意見をいただきました。',
    '夫婦で農業をされている方から、直売所についてのご意見をいただきました。',
    '地域で農業をされている方から、田んぼの水路についてご指摘をいただきました。',
    '柳川で鰻屋を営むご主人から、同じ件を伺っています。',
    '道路の陥没についてのご指摘ありがとうございます。同じ件でお電話をくださった皆さま、ありがとうございました。',
    '昨日お電話をくださった方、ありがとうございました。さっそく補修しました。',
    '西浜武で大工をされている方に、公民館の棚を作っていただきました。ありがとうございました。',
    // a guest named in the role the post gives them: the event's theme is not their household's matter
    '借金問題の無料相談会を、三橋町で司法書士事務所を営む古賀さんを講師に開催します。',
    '離婚後の暮らしを考える講座を、沖端町で法律事務所を営む江口さんをお招きして開きます。',
    'ひとり親家庭の相談会、本町でカフェを営む松尾さんをゲストにお迎えし、子育ての工夫を伺います。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind misc62 kinds (a named caller told by the shop they run and its place; a named person\'s whole date of birth in the next sentence)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R333S-051 kind: a resident named by surname, with the shop they run at a district, as the one who called or complained (how often
    // between the call and its verb)
    ['本町で理容店を営む大坪さんから、店の前の街灯が暗くて防犯上不安だというお電話を今月3回いただきました。担当で現地を確認し、来週照度を上げる工事を行います。', 'personal-info/identifiable-person:block'],
    ['三橋町で米屋を営む古賀さんから、店の前の側溝の蓋が壊れて危ないとのご連絡をいただきました。さっそく補修しました。', 'personal-info/identifiable-person:block'],
    ['沖端町で鮮魚店を営む中島さんより、観光客の路上駐車で困っているとの苦情を何度もいただいています。', 'personal-info/identifiable-person:block'],
    ['本町で理容店を営む方から、店の前の街灯が暗くて防犯上不安だというお電話を今月3回いただきました。担当で現地を確認しました。', 'personal-info/identifiable-person:block'],
    // R333S-054 kind: a named person's whole date of birth told in the sentence after the name
    ['今月から来てくれている委託SEの古賀さん🎂 実は今日が誕生日！1996年3月14日生まれ、筑後市出身のうお座さんです🐟 みんなでお祝いしました〜', 'personal-info/identifiable-person:warn'],
    ['新しく着任した保健師の江口さんです。昭和60年4月2日生まれで、趣味は登山です。', 'personal-info/identifiable-person:warn'],
    ['この春から窓口を担当する松尾さんを紹介します！実は明日がお誕生日。平成9年5月5日生まれだそうです。', 'personal-info/identifiable-person:warn'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // a birthday without the year; a group addressed by birth date; the city calling back; a call told with no one named
    '市長の古賀さんが挨拶しました。平成2年11月20日生まれの皆さんを対象に記念品をお配りします。',
    '委託SEの古賀さん🎂 今日が誕生日です！3月14日生まれのうお座さんです🐟 みんなでお祝いしました。',
    '担当の方から、折り返しお電話をさせていただきます。',
    '街灯が暗くて不安だというお電話を今月3回いただきました。担当で現地を確認し、来週照度を上げる工事を行います。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    // a gift or thanks from a shopkeeper named by the shop's place: no grievance, so the shop stays a warning, not a block
    '三橋町で米屋を営む古賀さんから、新米をたくさんいただきました。ありがとうございました。',
    '本町で理容店を営む大坪さんから、「街灯が明るくなって助かります」とお礼のお電話をいただきました。',
  ])('does not block %s', (text) => {
    expect(rules(text)).not.toContain('personal-info/identifiable-person:block')
  })
})

describe('personal-info: blind misc63 kinds (a complainant told after the grievance, with place and trade; a business\'s private plight told of its owner)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // R339W-031 kind: the grievance first, then who brought it (place, trade, the grievance: three details)
    ['【ご報告】\n先週、夜間の駐車場の照明がまぶしいとのご意見を、隣接する三橋町高畑で美容室を営まれている女性の方からいただきました。照明の向きを調整いたしましたので、ご報告いたします。', 'personal-info/identifiable-person:block'],
    ['夜間の騒音についてのご意見を、本町で居酒屋を営まれている男性の方からいただきました。', 'personal-info/identifiable-person:block'],
    ['店の前の街灯が暗いとの苦情を、三橋町でクリーニング店をされている女性から何度もいただいております。担当で現地を確認しました。', 'personal-info/identifiable-person:block'],
    ['ごみ集積所の場所についての苦情が、沖端町で鮮魚店を営むご主人より寄せられました。', 'personal-info/identifiable-person:block'],
    // R339W-005 kind: the owner's plight told of one shop, by its district and trade
    ['先日の経営相談会では、沖端町で三代続くうなぎ屋のご主人が、跡継ぎがいないため来年でのれんを下ろすかどうか迷っているとお話しくださいました。', 'personal-info/identifiable-person:warn'],
    ['三橋町で40年続く酒屋さんのご主人は、後継者が見つからず、店をたたむことも考えていると打ち明けてくださいました。', 'personal-info/identifiable-person:warn'],
    ['大和町で鮮魚店を営む70代のご主人から、跡を継ぐ人がいないので、店を閉めようと思っているとのお話を伺いました。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // a group who brought it, no trade or place; a shop's own closing news; a seminar for owners in general; a son taking over
    '先週、夜間の駐車場の照明がまぶしいとのご意見を、近隣の方々からいただきました。照明の向きを調整いたしました。',
    '沖端町で三代続くうなぎ屋さんが、来月末で閉店されます。長い間ありがとうございました。',
    '後継者がいない事業者の方を対象に、事業承継の個別相談会を開きます。',
    '跡継ぎ不足に悩む商店街の皆さんと、空き店舗の活用について話し合いました。',
    '沖端町で60年続く呉服店のご主人が、4月から息子さんに店を継がせることになったと話してくださいました。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    // thanks phoned in by a shopkeeper: no grievance, so no block
    '「川下りが最高でした」とのお電話を、沖端町で旅館を営まれている女将さんからいただきました。ありがとうございます。',
    '先週、照明がまぶしいとのご意見を、三橋町の女性の方からいただきました。照明の向きを調整いたしました。',
  ])('does not block %s', (text) => {
    expect(rules(text)).not.toContain('personal-info/identifiable-person:block')
  })
})

describe('personal-info: blind R347P/KQ kinds (a named person\'s check-up result; a case told to the account a reply answers; a household by its country and district; a captioned person in the photo; the oldest in the city by career and place; a fax beside the desk\'s phone)', () => {
  const rules = (text: string, context = {}) => findingsOf(personalInfo, text, context).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  const photo = { attachments: [{ kind: 'image' as const }] }
  const reply = { mode: 'reply' as const }
  it.each<[string, string]>([
    // R347P-004 kind: a check-up's measurement told as the named person's own, in the name's sentence or the next
    ['健康相談会に、三橋町の古賀 和夫さん（68）が来られました。血圧が基準値を大きく超えていたため、受診をおすすめしました。', 'personal-info/identifiable-person:block'],
    ['大和町の松尾 花子さん（70）は、尿酸値が高く、保健師が食事の相談に乗っています。', 'personal-info/identifiable-person:block'],
    ['元自治会長の堤 正和さん（75）も教室に参加。健診の結果で要精密検査となり、来週受診されるそうです。', 'personal-info/identifiable-person:block'],
    // R347P-056 kind: the oldest or youngest of the city or a district, with what they did and where, and their age or that she is an elder
    ['地区で最高齢のおじいちゃんが、今年も白秋祭に来てくれました。京町で長く畳店を営まれていた方です。', 'personal-info/identifiable-person:warn'],
    ['町内最高齢の女性が100歳を迎えられました。本町の角で長く酒屋さんを営まれていました。', 'personal-info/identifiable-person:warn'],
    // R347P-050 kind: a household told by the country it came from and the district it lives in
    ['ベトナムから引っ越してこられたご夫婦が、三橋町に住まれることになりました。', 'personal-info/identifiable-person:warn'],
    ['先週、フィリピンから来られた親子が転入の手続きをされました。来月から大和町のほうで暮らされます。', 'personal-info/identifiable-person:warn'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each<[string, string]>([
    // R347P-040 kind: a reply tells the account it answers about the case they brought (their application accepted), with no name
    ['@yngw_papa_2 先日はご来庁ありがとうございました。就学援助の申請を受け付けました。審査結果は来月お知らせします。', 'personal-info/identifiable-person:block'],
    ['@hana_0312 児童扶養手当の件、申請は受理済みです。来月から支給されます。', 'personal-info/identifiable-person:block'],
  ])('in a reply, flags %s', (text, rule) => {
    expect(rules(text, reply)).toContain(rule)
  })
  it.each<[string, string]>([
    // R347P-052 kind: a caption points at a place in the attached photo and names the private person there
    ['市民ソフトボール大会、優勝は三橋チーム！写真右から2人目が、決勝打を放った古賀 和也さんです。', 'personal-info/identifiable-person:warn'],
    ['写真の左が、今年も完走された松尾 さんご夫妻です。', 'personal-info/identifiable-person:warn'],
  ])('with a photo, flags %s', (text, rule) => {
    expect(rules(text, photo)).toContain(rule)
  })
  it.each([
    // whom a check is for; a lecturer on results; a number for everyone
    '血圧が高めの方は、塩分を控えましょう。',
    'HbA1cが6.5以上の方は、糖尿病の可能性があります。',
    '保健師の古賀 美咲さんが、血糖値が高い人のための食事について話しました。',
    // the oldest told with nothing else, or with the consent stated
    '市内最高齢の方が、今年108歳を迎えられました。おめでとうございます。',
    '市内最高齢の方は、現在108歳です。市では毎年、100歳を迎えた方にお祝い状をお送りしています。',
    '市内最高齢の方が105歳の誕生日を迎えられました（ご本人の了承を得て掲載しています）。三橋町で長く酒屋さんを営まれていた方です。',
    // visitors from abroad as a group or in a role, the city as a whole, a desk's guidance
    'オーストラリアから来られた観光客の皆さんが、沖端で川下りを楽しまれました。',
    'アメリカから来られたALTの先生は、三橋町に住んでいます。',
    'カナダから移住された方が、柳川で暮らしています。',
    '海外から転入された方は、市民課で手続きをしてください。',
    'スペインから来られたご家族が、沖端で川下りを楽しまれました。',
    // a fax beside the desk's phone as ways to reply; a sample name
    '返信は、同封のはがき、ファックス（0944-74-0123）、またはお電話（高齢支援課 0944-77-8524）で、8月29日までにお願いします。',
    '申込は、ファクス 0944-74-0123 または電話（生涯学習課 0944-77-8524）で受け付けます。',
    '海の生き物展では、さんご礁の模型を展示しています。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    // a reply answering how to apply, or a class of applicants
    '@hana_mama お問い合わせありがとうございます。児童扶養手当の申請は、子ども家庭課の窓口で受け付けています。',
    '@abc_123 ひとり親家庭の医療費助成は、申請された方から順に受給者証をお送りしています。',
    '@abc_123 ご質問ありがとうございます。就学援助の申請期限は5月末です。',
  ])('in a reply, keeps clean %s', (text) => {
    expect(rules(text, reply)).toEqual([])
  })
  it.each([
    // an official or a lecturer in the photo; a common noun; a consent stated; a mascot
    '写真中央は金子市長、右は観光協会の会長の田中さんです。',
    '前列中央は、講師の古賀 美咲先生です。',
    '写真右は、船頭さんです。',
    '写真は表彰式の様子です。前列中央が最優秀賞の田中 花子さんです（ご本人の了承を得て掲載しています）。',
    '写真中央は、市のキャラクター「どんこちゃん」です。',
  ])('with a photo, keeps clean %s', (text) => {
    expect(rules(text, photo)).toEqual([])
  })
  it.each<[string, string]>([
    // a fax beside a home's number, a fax said to be a home's, a private person to send it to
    ['申込は、ファクス 0944-74-0123（自宅）または電話（生涯学習課 0944-77-8524）で受け付けます。', 'personal-info/phone:warn'],
    ['申込は、実行委員の田中さんへファクス（0944-74-0123）または電話（生涯学習課 0944-77-8524）で。', 'personal-info/phone:warn'],
  ])('still warns %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
})

describe('personal-info: blind R349D/R351R kinds (a named victim said protected or living at a shelter; a named person\'s partnership oath or orientation; the complainant named by where they live)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R349D-042 kind: a person named with a detail, said taken in for protection from abuse or living at a shelter now
    ['DV相談で一時保護された蒲池 さやかさん（38）は、今は子どもと一緒に保護施設で過ごしています。', 'personal-info/identifiable-person:block'],
    ['暴力から避難中の田中 恵さん（44）は、三橋町のシェルターで落ち着いた日々を送っています。', 'personal-info/identifiable-person:block'],
    ['先週、つきまといの被害で保護された江口さん（22）は、いまは県外のシェルターで暮らされています。', 'personal-info/identifiable-person:block'],
    // R349D-054 kind: a named person's partnership oath or their same-sex partner, with a detail beside the name
    ['パートナーシップ宣誓をされた三橋町在住の古賀 健さんと田中 翔太さん、おめでとうございます。', 'personal-info/identifiable-person:block'],
    ['今年の宣誓第3号は、沖端町にお住まいの保育士・堤 美咲さんと会社員・森 彩花さんの同性カップルです。', 'personal-info/identifiable-person:block'],
    // …and the full name alone, with no other detail
    ['夫のDVから逃れて一時保護された江口 まゆみさんは、いまは保護施設で暮らしています。', 'personal-info/identifiable-person:block'],
    ['パートナーシップ宣誓をされた松永 蓮さんと野田 湊さん、おめでとうございます。', 'personal-info/identifiable-person:block'],
    // R351R-033 kind: the complaint first, then who made it, named with where they live beside a place
    ['「夜中の犬の鳴き声がうるさい」とクレームを寄せたのは、公民館の南隣にお住まいの古川さんです。', 'personal-info/identifiable-person:block'],
    ['騒音の苦情を申し出られたのは、駅の西側に住む松尾さんご夫婦でした。', 'personal-info/identifiable-person:block'],
    ['「落ち葉が多い」と抗議の電話をかけてきたのは、小学校の裏に住む大坪さんです。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // whom a shelter or the oath is for, the system explained, a couple who agreed to publication, the staff, a side of a place with no one
    'DV相談で保護された方は、シェルターで安心して過ごせます。',
    'シェルターで暮らす方へ、三橋町の婦人会から毛布が届きました。',
    'パートナーシップ宣誓をされた方は、市営住宅の申し込みができます。',
    'パートナーシップ宣誓制度について、人権・同和対策室の田中さん（担当）がご説明します。',
    'パートナーシップ宣誓の第7号は、三橋町にお住まいの看護師・村上 亮さんと会社員の森 大輝さんのカップルでした（お二人の同意を得て掲載しています）。',
    '同性カップルの方も、市営住宅に申し込めます。詳しくは人権・同和対策室の田中さんまで。',
    '苦情を入れられた方には、担当の古賀さん（環境課）が説明に伺います。',
    '駅の南側にお住まいの皆さまへ、ごみ出しのお知らせです。',
    '園の東隣にある公園では、毎朝ラジオ体操が行われています。',
    'DV相談員の古賀 美咲さんは、シェルターに避難した女性の自立を支えています。',
    'パートナーシップ宣誓制度の開始にあたり、市長の金子 健次さんがメッセージを寄せました。',
    '講演会では、同性パートナーと暮らす当事者として、講師の村上 亮さんにお話しいただきます。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind KU-060, KV-007, KV-060 kinds (a public place\'s address in the bracket after its name; a form sample\'s made-up names)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // a real person's home still: the honorific with the address, no public place named before the bracket
    ['ご来場のお客様は、古賀様宅（本町12番地3）前に車を停めないでください。', 'personal-info/address:block'],
    ['田中 一郎さん（大和町中島520番地）から苦情のお電話がありました。', 'personal-info/address:block'],
    // a real person: a trade fair (見本市) is no sample, a filled-in line with no sample label
    ['大和町中島の古賀 一郎さん（72歳）が、見本市に作品を出しました。', 'personal-info/identifiable-person:block'],
    ['申込者：古賀 一郎さん（72歳）　住所：三橋町高畑318番地\n受付しました。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // a public place's or a business's address in the bracket after its name, whoever is addressed before it
    '来場者の皆様は、三橋公民館（三橋町今古賀8番地1）の駐車場をご利用ください。',
    'お客様は、大和体育館（大和町鷹ノ尾120番地）の臨時駐車場へお回りください。',
    '参加者の方は、柳川市役所（本町87番地1）の正面玄関にお集まりください。',
    // a form's sample: names quoted in a sentence calling them the sample's, or on a line labelled as one
    '申請書の記入例では、世帯主を「大和 太郎」、配偶者を「大和 花子（45歳）」としています。',
    '記載例）申請者：三橋 次郎（68歳）　連絡先：記入例のとおり\n※記載例は架空のものです。',
    '見本では、児童の名前を「沖端 さくら（小学1年）」としています。ご自身の情報でご記入ください。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind KW-042, R357E-044, R357E-055, R354B-021, R354B-022, R354B-041 kinds (a range of lots naming a stretch; a private person named with a complaint, a land deal, a child taken in, a child\'s health)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // a resident's complaint, told by how angry they were
    ['この件は、昨日お電話でかなりご立腹だった三橋町の古賀様にもお伝えしております。', 'personal-info/identifiable-person:block'],
    ['苦情をお寄せいただいた本町の堤 正一さんには、後日改めて伺います。', 'personal-info/identifiable-person:block'],
    // a landowner and the state of the negotiation
    ['道路拡幅が進まないのは、角地をお持ちの蒲池の堤 和夫さんとの用地交渉が難航しているためです。', 'personal-info/identifiable-person:block'],
    // a child taken in, named with the school and year
    ['昨晩保護した城内小2年のユイちゃんは、今朝お母さんのもとへ帰りました。', 'personal-info/identifiable-person:block'],
    // a child's health by name, with the class or the age
    ['3年2組の松尾 蓮くんは小麦のアレルギーがあるため、調理実習では別メニューにします。', 'personal-info/identifiable-person:block'],
    ['先週の3歳児健診に来られた結衣ちゃん（3歳2か月）、視力が要精密検査となりましたのでご連絡します。', 'personal-info/identifiable-person:block'],
    // a range whose near end is a person's home still is
    ['沖端町12番地〜19番地にお住まいの方へ', 'personal-info/address:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // a range of house numbers bounding a stretch of a road or a green way, or placed in the bracket after its name
    '三橋町高畑12番地〜19番地の区間で、側溝清掃を行います。',
    '本町5番地から同28番地までの間で舗装工事のため通行止めになります。',
    '沖端川の遊歩道（沖端町3番地〜9番地）で、草刈りを行います。',
    // staff acting, a body addressed, an anonymous resident, a lecturer: no private person's matter
    '苦情をお寄せいただいた件は、担当の中島さんから改めてご説明します。',
    '地権者の皆様に用地買収のご説明をしましたが、まだご同意をいただけていない方もいます。',
    'アレルギー対応の講演会、講師は管理栄養士の古賀さんです。',
    'ボランティアの田中さんが保護した子猫たちの譲渡会です。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind R353A-027, R353A-004, R357E-016, R354B-040 kinds (a list photographed in casual words; a house\'s owner by landmark with an illness; a resident in a photo by household; health-service users in a group photo)', () => {
  const image = { attachments: [{ kind: 'image' as const }] }
  const rules = (text: string, ctx = {}) => findingsOf(personalInfo, text, ctx).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    ['防災講座、40名の方にご参加いただきました！受付の出席簿もパシャリ📸', 'personal-info/roster-photo:block'],
    ['夏祭りの芳名録を記念に撮影しました✨', 'personal-info/roster-photo:block'],
    ['駅前の銀行の向かいの古い家ね、あそこのおじいちゃんは今は寝たきりで入院しとらすとよ。', 'personal-info/identifiable-person:block'],
    ['三橋小学校の隣の空き家、持ち主のおばあさんは老人ホームに入られたそうです。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each<[string, string]>([
    ['草刈りボランティアのみなさんと記念にパシャリ📷 右端が、いつも麦茶を差し入れてくださる古賀さんちのおばあちゃんです。', 'personal-info/identifiable-person:warn'],
    ['両親学級に参加してくれたプレママ・プレパパのみなさんと、最後に集合写真を撮りました📸', 'personal-info/identifiable-person:warn'],
  ])('flags with a photo %s', (text, rule) => {
    expect(rules(text, image)).toContain(rule)
  })
  it.each([
    // a blank form or a sample photographed, advice not to snap a list
    '申込書の書き方が分からない方へ。記入例をパチリ📸 参考にしてください。',
    '受付の名簿を撮影しないよう、ご注意ください。',
    // a house placed by a landmark with no one's health, or a public care facility named
    '郵便局の角の空き家、持ち主の方が解体してくださることになりました。',
    '駅前の銀行の隣の家の方、いつも花壇をきれいにしてくださってありがとうございます。',
    // a household word with no photo, a role holder, a pet
    '古賀さんちのおばあちゃんから、今年も梅干しをいただきました。',
    '写真は、古賀さんちの田んぼで毎年行う田植え体験の様子です。',
    // a group photo at an event that is no health service; a health class with no group photo
    '夏祭りに来てくれたみなさんと、最後に記念撮影しました📸',
    '離乳食教室に参加してくれたママたち、おつかれさまでした。次回は7月です。',
  ])('keeps clean %s', (text) => {
    expect(rules(text, image)).toEqual([])
  })
})

describe('personal-info: blind R358F, R360H kinds (a named person\'s injury, dementia, committal, treatment, disability certificate or welfare told with what singles them out)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // an injury with its extent, of a person named in full or with an age
    ['グラウンドゴルフ大会で転んだ沖端町の老人会長・古賀 正さん（75）は、左手首の骨折で全治1か月とのことです。', 'personal-info/identifiable-person:block'],
    ['清掃活動中に脚立から落ちた田中 一郎さんですが、腰椎を骨折して入院されています。', 'personal-info/identifiable-person:block'],
    // the signs of dementia
    ['グループホームで暮らす江口 ハルさんが95歳になりました。最近は物忘れがひどくなり、息子さんの顔も分からないそうです。', 'personal-info/identifiable-person:block'],
    // a committal, a treatment kept up, with an age, a district or a school
    ['医療保護入院となった野田 聡さん（52）のご家族から相談がありました。', 'personal-info/identifiable-person:block'],
    ['人工透析が必要な蒲池の松尾 キヨさん（81）は、明日の朝に病院へお送りします。', 'personal-info/identifiable-person:block'],
    ['今日は蒲池小3年のハルトくんが遊びにきたよ！週2回の透析をがんばってるハルトくん、応援してるよ！', 'personal-info/identifiable-person:block'],
    // a list line: the name, the district and the illness in its bracket
    ['【避難者】\n・古川 ミツ子さん　西蒲池（認知症・車いす）\n・ほか2世帯', 'personal-info/identifiable-person:block'],
    // a disability certificate with its grade or number and the holder's name
    ['落とし物のお知らせです。療育手帳（A1、番号 第1234567号、氏名 大坪 陽太 様）を保管しています。', 'personal-info/identifiable-person:block'],
    // welfare paid, with the person named by their district
    ['保護費の支給日でした。毎月いちばんに来られる三橋町の江口さん、今日もお元気そうでした。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // the matter as a topic, whom a service is for, staff who help, an injury with no one named
    '骨折した方は、無理をせず整形外科を受診してください。',
    '人工透析が必要な方は、避難所の受付で保健師の江口さんにお伝えください。',
    '物忘れが多くなったと感じたら、地域包括支援センターの古賀さんにご相談ください。',
    '措置入院の制度について、障がい福祉課の松尾さんが説明します。',
    '保護費の支給日は毎月5日です。ご不明な点は保護係の田中さんまでお問い合わせください。',
    '身体障害者手帳（1級・2級）をお持ちの方は、窓口で割引の手続きができます。',
    '防災訓練では、転倒して骨折しないよう、三橋町の区長・古賀 正さんが足元の注意を呼びかけました。',
    '腰を痛めないための体操を、講師の松尾 美咲さん（理学療法士）に教わりました。',
    // a helper or a speaker on welfare named with their role, not a recipient
    '生活保護の受給について、三橋町の民生委員・古賀 一郎さんにお話を伺いました。',
    '保護費の支給日について、保護係・田中 一郎さんにお答えいただきます。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind R358F-007, R360H-020, R360H-041, R360H-045 kinds (a patient or a welfare recipient not named but described)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  const replyRules = (text: string) => findingsOf(personalInfo, text, { mode: 'reply' }).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // a pupil taken to hospital, by the school and two of grade, club and shirt number
    ['練習中に倒れた生徒が救急搬送されました。搬送されたのは有明中学校サッカー部の3年生、背番号10の男子生徒です。', 'personal-info/identifiable-person:block'],
    ['救急車で運ばれたのは、柳城中学校の2年生で陸上部の女子生徒です。', 'personal-info/identifiable-person:block'],
    // a patient by the workplace in a district, the work and the age band
    ['感染が確認された件です。患者さんは大和町の保育園で調理を担当し勤めている40代の職員です。', 'personal-info/identifiable-person:block'],
    // someone placed by a landmark and a daily habit, then told to receive welfare
    ['郵便局の前で、毎朝ほうきを持って掃除しているおばあちゃん。実は今年から生活保護を受けておられるそうです。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it('flags a reply telling the kin\'s operation of the one answered, with the aid paid', () => {
    expect(replyRules('@hanako_88 先日のお問い合わせの件、息子さんの膝の手術の分は、高額療養費の給付がきちんと決まっていますのでご安心ください。')).toContain('personal-info/identifiable-person:block')
  })
  it.each([
    // the pupils as a group, a club's result with no one hurt, the city-wide notice of a patient, a conditional answer, a habit with no welfare told
    '有明中学校サッカー部の3年生が、熱中症予防の呼びかけを行いました。',
    '熱中症で搬送された生徒はいません。柳城中学校陸上部の2年生の皆さん、県大会出場おめでとうございます。',
    '患者さんは市内に住む50代の男性で、現在入院治療中です。',
    '郵便局の前で、毎朝ほうきを持って掃除しているおばあちゃんに、感謝状を贈りました。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it('keeps clean a reply answering in general', () => {
    expect(replyRules('@hanako_88 お孫さんの心臓の手術を受けられる場合も、子ども医療費の助成の対象になります。')).toEqual([])
  })
})

describe('personal-info: blind R360H-033 kind (a photo said to show the people at a health check-up, with an image attached)', () => {
  const rules = (text: string, attachments = [{ kind: 'image' as const }]) => findingsOf(personalInfo, text, { attachments }).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    '今日は大和公民館でがん検診でした。写真は問診の様子です📸',
    '集団の予防接種、たくさんの方に来ていただきました。写ってる皆さん、お疲れさまでした！',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('personal-info/unasked-portrait:warn')
  })
  it.each([
    '明日は三橋公民館で特定健診です。写真は会場準備をする保健師の様子です。',
    '特定健診の受付は9時からです。写真は受付の様子です（ご本人の了承を得て掲載しています）。',
    '献血にご協力ありがとうございました。写真は献血バスです。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it('keeps clean the same words with no image attached', () => {
    expect(rules('今日は大和公民館でがん検診でした。写真は問診の様子です📸', [])).toEqual([])
  })
})

describe('personal-info: blind R361J-052 / R362K-009 kinds (a name spaced from its honorific; a named newcomer with the district moved into)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    '教務主任の 松尾 先生は、うつ病の診断を受けて来月まで休職しています。',
    '学童の 堤 さんは、持病の治療のため今週いっぱいお休みをいただいています。',
    '三橋町に引っ越してこられた田中ハルさん（88）が、お孫さんと一緒に窓口に来られました。',
    '先月、大和町に転入された松永 健二さん（45）が手続きに見えました。',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('personal-info/identifiable-person:block')
  })
  it.each([
    '担任の 先生は、来週の参観日の準備で忙しくしています。',
    '三橋町に転入された方は、14日以内に窓口で手続きをしてください。',
    '大和町に引っ越してきた方向けに、ごみの出し方のガイドを作りました。',
    '松尾 先生の講演会は、来月15日に市民会館で開きます。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind R362K-053 kind (a real person\'s document photographed, told as "the one" of someone served at the desk)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text, { attachments: [{ kind: 'image' as const }] }).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    '印鑑登録証明書の様式が変わりました。写真は先ほど窓口で交付した三橋町の方のものを撮影しました。',
    '新しい保険証が届き始めています。写真は今日お預かりした方のを、そのまま撮りました。',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('personal-info/roster-photo:block')
  })
  it.each([
    '住民票の写しは、窓口で受け付けた方の順にお呼びします。写真は窓口の様子を撮影しました。',
    '住民票の様式が変わりました。写真は記入例のものを撮影しました。',
    '申請書は受け付けた方から順に審査します。写真は新しい窓口を撮影しました。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind R362K-003 kind (a reply addressed by name telling the person\'s unpaid tax)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text, { mode: 'reply' }).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    '堤 花子様\n国民健康保険税の件、確認しました。令和5年度分の32,000円が未納となっており、督促状をお送りしております。',
    '松尾様、お問い合わせの件です。固定資産税の第2期分が滞納となっております。',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('personal-info/identifiable-person:block')
  })
  it.each([
    '田中様、お問い合わせありがとうございます。納期限を過ぎて未納となっている場合は、督促状をお送りします。',
    '古賀様、ご質問ありがとうございます。督促状の再発行は、税務課の窓口でできます。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind R362K-014 / R362K-044 kind (a taxpayer pointed at by shop or trade in a district, told with arrears or an amount)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    '三橋町の「うなぎ処まつお」のご主人、市県民税を3年分滞納されていて、今日給与を差し押さえました。',
    '固定資産税の担当ですが、大和町で工務店やってる松永さん、毎年いちばん多く納めてるんです。去年は1,200万円でした。',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('personal-info/identifiable-person:block')
  })
  it.each([
    '三橋町でパン屋をやってる古賀さんのメロンパン（税込200円）、今日も売り切れでした。',
    '沖端町の「川端屋」のご主人に、川下りの歴史を教えていただきました。',
    '市県民税の納期限は今月末です。「ほりわり商店」のご主人も、口座振替が便利だと話していました。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind R361J-027 / R361J-058 kinds (a spaced reading of a full name; a school written short and a home told after it)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    '柳城中学校1年の 古賀 結衣（こが ゆい）さんが、夏休み明けから学校に来られていません。',
    '声をかけたのは三橋北中の堤くん（13）で、家は下百町の公民館の裏です。',
    '昭代第一小の松尾さん（11）は、自宅は大和町で、毎朝一人で登校しています。',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('personal-info/identifiable-person:block')
  })
  it.each([
    '散歩中の方に声をかけて、アンケートにご協力いただきました。',
    '古い家は大切に使い続けることで、まちの景観が守られます。',
    '城南小の運動会は、雨のため来週に延期します。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind R361J-023 kind (a household named as one that applies for or consults about a benefit of need)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    '児童扶養手当の現況届の時期です。去年は、堤さん世帯（お父さんと小学生2人）のように、締切後に窓口に来られる方が多くいました。',
    '就学援助は年度の途中でも申請できます。昭代小の古川さんのように、夏休み明けに相談に来られる方もいます。',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('personal-info/identifiable-person:block')
  })
  it.each([
    '生活保護の相談窓口は福祉課です。担当の古賀さんがご案内します。',
    '就学援助の申請は、各小学校の保護者の方も窓口でできます。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind R30B-135 kind (a one-kanji family name written together with a two-kanji given name is a full name)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    ['公開抽選の1等は、沖端町の林正和さん（66）でした！おめでとうございます。', 'personal-info/identifiable-person:block'],
    ['三橋町の森一郎さん（81）が、今年も一番乗りで来られました。', 'personal-info/identifiable-person:block'],
    // a three-kanji family name alone stays a family name: the finding keeps its lighter weight
    ['大和町の東海林さん（72）が市長賞を受賞しました。', 'personal-info/identifiable-person:warn'],
    // a speaker on an aid, named with their school: the aid is the talk's topic, not their household's (warn for the name and school, no block)
    ['就学援助の申請について、城南小学校の堤さんにPTA役員としてお話しいただきました。', 'personal-info/identifiable-person:warn'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    '林業課さんと森林組合さんにご協力いただきました。',
    '関係課さん、ありがとうございました。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
})

describe('personal-info: blind R361J-020 and R361J-047 kinds', () => {
  // Kind (R361J-020): a picture posted while the people in it (children, parents' OK) have not said yes yet; OK in its spellings is leave.
  const withPhoto = (text: string) => summary(findingsOf(personalInfo, text, { attachments: [{ kind: 'image' }] }))
  it.each([
    '小学生ドッジボール大会のベストショット📸 まだ保護者さんから掲載OKもらえてない子も写ってるんですが、みんないい笑顔なので先に載せちゃいます！',
    '掲載の許可がまだ取れていない園児も写っていますが、かわいいので載せます！',
    '許可はまだもらっていませんが、夕焼けの掘割で遊ぶ子どもたちを一枚📸',
  ])('warns with a photo %s', (text) => {
    expect(withPhoto(text).some((x) => x.startsWith('personal-info/unasked-portrait:warn'))).toBe(true)
  })
  it.each([
    // hard negatives: OK given, only those who agreed pictured, faces hidden, no one without leave in the picture
    '運動会のベストショット📸 保護者の皆さんから掲載OKをいただいた子だけ載せています。',
    '写真は保護者の同意を得た児童のみ掲載しています📸',
    '掲載OKがまだ出ていない子は写っていない写真を選んで載せています📸',
    '掲載の許可をまだもらえていない子のお顔はスタンプで隠しています📸',
    '掲載の許可がまだの方は写っていません。',
  ])('passes with a photo %s', (text) => {
    expect(withPhoto(text).filter((x) => x.startsWith('personal-info/unasked-portrait'))).toEqual([])
  })
  // Kind (R361J-047): a library regular told by a former post, an age and a district, with the books they took.
  it.each([
    '毎朝、開館と同時に来てくださる常連さん📚 元小学校の校長先生で、今年90歳になられる沖端町の方です。今日も白秋の詩集と認知症予防の本を3冊借りていかれました😊',
    'いつも来られる元郵便局長の85歳の男性、今日も囲碁の本を借りていかれました。',
  ])('warns %s', (text) => {
    expect(run(text).some((x) => x.startsWith('personal-info/identifiable-person:warn'))).toBe(true)
  })
  it.each([
    // hard negatives: a ranking for regulars, an age as a group, a former post with no books
    '毎朝来てくださる常連さんに人気の本を紹介します。今月は『柳川の歴史』が一番借りられました。',
    'いつも本を借りていかれる90歳以上の方にも読みやすい大活字本を揃えました。',
    '元小学校の校長先生で、沖端町にお住まいの方々による朗読会を毎週開いています。',
  ])('passes %s', (text) => {
    expect(run(text).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
})

describe('personal-info: blind wave 70 kinds (R365N-013, R365N-020, R365N-052, R366P-004, R366P-036, R366P-040, R366P-047, R368R-041, LA-033)', () => {
  const has = (xs: string[], prefix: string) => xs.some((x) => x.startsWith(prefix))
  const pi = (xs: string[]) => xs.filter((x) => x.startsWith('personal-info/') && !x.includes(':info:'))
  // Kinds: a household's make-up and private life in the bracket after a name (R365N-013); a complainant told by a relative clause with their
  // district (R366P-004); the one who came to dump, named (R366P-040); one in arrears named with the district by "has not paid" (R366P-047);
  // a graduate's school with an age in an exam's result (R368R-041); a lost health record with the owner's name on it (R365N-052).
  it.each([
    '保育料の納付期限が過ぎています。西浜武の古川さん（子ども2人・ひとり親）、至急こども保育課までご連絡ください。',
    '就学援助の書類が届いていない世帯があります。大和町の中村さん（お子さん4人・離婚後）、早めにご提出を。',
    '騒音の件で何度もお電話くださる三橋町藤吉の田島 和夫さん、今日も窓口に来られました。',
    '野焼きの煙の苦情を寄せてこられる蒲池2丁目の江口さん、担当がお宅に伺います。',
    '夜中にごみを捨てに来ていたのは久留米の運送業の山口さん、55歳でした。 #不法投棄ゼロ',
    '市県民税を1年以上納めていない三橋町垂見の中村 和彦様へ、至急納付をお願いします。',
    '下水道使用料をお支払いいただいていない三橋町の松尾 一郎様、至急お手続きください。',
    '今年の保育士採用試験、合格者の中に伝習館高校出身・22歳の古賀 真央さんがいました！',
    '親子健康手帳の落とし物が届いています。表紙には松尾 さくらさんのお名前と、出産予定日が書かれています。',
    '診察券のお忘れ物がありました。お名前は「田島 一郎」様です。受付でお預かりしています。',
  ])('blocks %s', (text) => {
    expect(has(run(text), 'personal-info/identifiable-person:block')).toBe(true)
  })
  // Kind (R366P-036): a neighbour's household named in a reply as the cause of the nuisance complained of.
  it.each([
    '@yanagawa_taro ご相談の側溝の悪臭の件、調べたところ裏の古賀さんのお宅からの汚水が原因でした。',
    '@mizube_hanako 騒音の件、確認したところお向かいの中島さんのお宅の室外機が原因とのことでした。',
  ])('in a reply, blocks %s', (text) => {
    expect(has(summary(findingsOf(personalInfo, text, { mode: 'reply' })), 'personal-info/identifiable-person:block')).toBe(true)
  })
  // Kind (R365N-020): an expectant mother picked out without a name by her due date, her district and her age.
  it.each([
    '母子手帳を窓口にお忘れの方がいらっしゃいます。出産予定日が10月3日、大和町にお住まいの31歳の方です。',
    '妊娠20週で三橋町にお住まいの28歳の方から、ご相談をいただきました。',
  ])('warns %s', (text) => {
    expect(has(run(text), 'personal-info/identifiable-person:warn') || has(run(text), 'personal-info/identifiable-person:block')).toBe(true)
  })
  it.each([
    // hard negatives: the same words with no one singled out
    '保育料の納付期限が過ぎている方は、至急こども保育課までご連絡ください（お子さん2人以上の世帯は減免があります）。',
    'ひとり親家庭の皆さん（子ども2人・3人の世帯も対象）、手当の現況届をお忘れなく。',
    'いつもお電話くださる皆さま、ありがとうございます。窓口は8時30分から開いています。',
    '騒音の苦情をお寄せいただいた件について、担当の古賀が現地を確認しました。',
    '不法投棄を見つけたら、環境課の中島さんまでご連絡ください。',
    '水道料金をお支払いいただいていない方には、給水停止の予告通知をお送りしています。',
    '柳川高校出身の先輩職員が、採用試験の説明会でお話しします。',
    '母子健康手帳の交付は子育て支援課で行っています。表紙にはお名前をご記入ください。',
    '落とし物の母子健康手帳は、お名前を確認のうえ子育て支援課でお返しします。',
    '出産予定日が近い方は、母子健康手帳を持って受診してください。',
    '水路の汚れの原因を、担当の松尾さんが調べています。',
  ])('passes %s', (text) => {
    expect(pi(run(text)).filter((x) => x.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
  // Kind (LA-033): a number told as where to call the facility the post names (施設へお電話ください, 当院までご連絡ください) is that facility's.
  it.each([
    '施設：子育て支援センターほりわり（柳川市本町1番地）\n予約：前日までに施設へお電話ください（0944-72-1234）',
    '会場：たかはし小児科医院\n申込：当院までご連絡ください 0944-73-5678',
  ])('keeps a facility number unwarned %s', (text) => {
    expect(pi(run(text)).filter((x) => x.startsWith('personal-info/phone'))).toEqual([])
  })
  it.each([
    // hard negatives: a home's or a person's number stays private
    '古賀さんのご自宅（0944-72-1234）へお電話ください。',
    '落とし主の方の携帯 090-1234-5678 まで、施設へお電話ください。',
  ])('still reports %s', (text) => {
    expect(pi(run(text)).some((x) => x.startsWith('personal-info/phone') || x.startsWith('personal-info/mobile'))).toBe(true)
  })
})

describe('personal-info: care and welfare clients told by district, age and condition (blind R371U-025, -027, -032, -035, -044, -047, -056, -058 kinds)', () => {
  const has = (xs: string[], prefix: string) => xs.some((x) => x.startsWith(prefix))
  const pi = (xs: string[]) => xs.filter((x) => x.startsWith('personal-info/identifiable-person') && !x.includes(':info'))
  const withPhoto = (text: string) => summary(findingsOf(personalInfo, text, { attachments: [{ kind: 'image' }] }))
  // Kind: one unnamed person, the district they live in, their age and a condition or circumstance a carer comes to know.
  it.each([
    '今月の訪問では、三橋町今古賀で一人で暮らしている88歳の女性が、目が見えにくくなって買い物にも行けないとのことでした。',
    '相談に来られたのは、蒲池にお住まいの60代の男性。奥様の介護で仕事を辞められたそうです。',
    '昭代の70代の女性で、身寄りがなく通帳の管理もご近所に頼んでいる方がいます。',
    '大和町中島の堀端におらす一人暮らしの87のばあちゃん、足の不自由になって買い物に行かれんごたる。',
    '見守り訪問の報告です。本町１番地の３にお住まいの９１歳の方、寝たきりでご家族の介護を受けておられます。',
  ])('blocks %s', (text) => {
    expect(has(run(text), 'personal-info/identifiable-person:block')).toBe(true)
  })
  // Kind: the same person placed by their visit to a named counter that day.
  it.each([
    '今朝、大和支所の窓口に来られた車いすの80代の女性、無事にお帰りになれたでしょうか。',
    '昨日午後、市役所の福祉課窓口に来られた耳の遠い90代の男性、お薬の袋をお忘れです。',
  ])('warns %s', (text) => {
    expect(has(run(text), 'personal-info/identifiable-person:warn') || has(run(text), 'personal-info/identifiable-person:block')).toBe(true)
  })
  // Kind: a named person with their age told to be in the last stage of an illness.
  it.each([
    '余命半年と告知された古賀さん（81）が、今年もお花見に来てくださいました。',
    '末期の癌で療養中の松尾 和子さん（69）も、ご家族と一緒に参加されました。',
  ])('blocks a named terminal illness %s', (text) => {
    expect(has(run(text), 'personal-info/identifiable-person:block')).toBe(true)
  })
  // Kind: a home visited for work, its nameplate told as in the photo.
  it.each([
    '今日の訪問先、表札が手書きで温かみがありました📷',
    '利用者さんのお宅の門札、立派な一枚板です。',
  ])('warns with a photo %s', (text) => {
    expect(has(withPhoto(text), 'personal-info/identifiable-person:warn')).toBe(true)
  })
  it.each([
    // hard negatives: the same words with no one singled out
    '三橋町にお住まいの70代の方を対象に、認知症予防教室を開きます。',
    '大和町に住む80代の男性が、認知症サポーター養成講座を受講してくださいました。',
    '市内に住む65歳以上の一人暮らしの方へ、見守り訪問を行っています。',
    '蒲池にお住まいの60代の皆さん、介護保険料の通知をお送りしました。',
    '本日、三橋支所の窓口に来られた70代の男性から、ご意見をいただきました。',
    '認知症の方を介護するご家族向けの相談会を、毎月第2火曜日に開いています。',
    '【行方不明者のお知らせ】大和町にお住まいの85歳の男性（認知症）が行方不明です。お心当たりの方はご連絡ください。',
    '障害年金の申請は、障がい福祉課の窓口でご相談ください。',
  ])('passes %s', (text) => {
    expect(pi(run(text))).toEqual([])
  })
  it.each([
    '末期がんの方とご家族を支える緩和ケアの講演会を開きます。講師は古賀さん（52）です。',
    '余命を告げられた方のご家族向けの相談窓口があります。',
  ])('passes a terminal illness not of the named %s', (text) => {
    expect(pi(run(text)).filter((x) => x.includes(':block'))).toEqual([])
  })
  it.each([
    '表札を出していないお宅には郵便が届かないことがあります。表札の設置をお願いします。',
    '訪問先で見かけたきれいな紫陽花です📷',
  ])('passes with a photo %s', (text) => {
    expect(pi(withPhoto(text))).toEqual([])
  })
})

describe('personal-info: blind wave71 kinds (residents, consulters, victims, donors, migrants, owners of vacant houses, applicants; a desk\'s public line)', () => {
  const rules = (text: string, mode?: 'reply') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string, ('reply' | undefined)?]>([
    // R369S-006 kind: a lone resident pointed at by the house's look and told with a trouble of theirs
    ['三橋町の県道沿い、赤い瓦屋根の一軒家にひとりで暮らしている高齢の女性のお宅から、異臭がすると連絡がありました。', 'personal-info/identifiable-person:block'],
    ['白い壁の平屋に一人で住んでいるおじいさんのお宅、庭に不用品が積まれたままになっています。', 'personal-info/identifiable-person:block'],
    // R369S-015 kind: one consultation case, the one who consulted described by home, age or sex, and work
    ['今週の女性相談は3件でした。うち1件は、大和町在住の40代の女性からで、市内の介護施設で働いている方です。', 'personal-info/identifiable-person:block'],
    ['相談者は三橋町にお住まいの50代の男性で、市内の工場にお勤めの方でした。借金の返済についてのご相談です。', 'personal-info/identifiable-person:block'],
    // R369S-031 kind: a reply telling the reader's child's school and year with the child's trouble
    ['@hana_mama 昨日ご連絡いただいた、息子さん（城内小4年）の不登校の件について、担当からお電話いたします。', 'personal-info/identifiable-person:block', 'reply'],
    ['@taro_papa 昭代中1年の娘さんのいじめの件、学校と相談のうえご連絡します。', 'personal-info/identifiable-person:block', 'reply'],
    // R369S-057 kind: someone taken into protection told with the kin's home they stay at now
    ['昨夜一時保護した母子は、今は三橋町の親戚のお宅（郵便局の裏）で過ごされています。', 'personal-info/identifiable-person:block'],
    // R369S-059 kind: a resident with the building's name and the room in the bracket after the name
    ['ベトナムから来たグエンさん（京町のハイツ柳川105号室）が、料理教室で春巻きを作ってくれました。', 'personal-info/address:block'],
    // R370T-022 kind: a town name spelt partly in hiragana before the house number
    ['ご登録のご住所（福岡市東区みどりが丘3-12-5）あてに、本日返礼品を発送しました。', 'personal-info/address:block'],
    // R370T-032, R372V-026 kinds: a property's owner named with their care, whereabouts or unpaid tax
    ['蒲池の倒れかけた空き家の件です。持ち主の古賀さんは今は福岡の息子さんのところで暮らしておられます。', 'personal-info/identifiable-person:block'],
    ['西浜武の空き家について、所有者の松尾 一郎さんは病院に入院中で、連絡が取れない状態です。', 'personal-info/identifiable-person:block'],
    ['本町の空き家の家主の堤さんは、固定資産税を3年分滞納されています。', 'personal-info/identifiable-person:block'],
    // R372V-005 kind: a child named by the given name as the grandchild of the household named right before, with the school and year
    ['ふれあい農園で収穫を手伝ってくれた江口さんご夫妻と、お孫さんの蓮くん（有明小3年）！', 'personal-info/identifiable-person:block'],
    // R372V-020 kind: the applicants selected for public housing or a benefit, named
    ['県営住宅の入居抽選で、当選されたのは田島さん、古賀さんの2世帯です。', 'personal-info/identifiable-person:block'],
    ['住宅リフォーム補助金の交付が決まったのは、江口様ほか3件です。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule, mode) => {
    expect(rules(text, mode)).toContain(rule)
  })
  it.each<[string, ('reply' | undefined)?]>([
    // hard negatives: the same words with no one singled out
    ['赤い屋根の家に一人で住んでいたおじいちゃんが、昔の写真を見せてくれました。'],
    ['一人暮らしの方のお宅のごみ出しを手伝うボランティアを募集しています。'],
    ['子育て相談会を開きます。相談員は大和町在住で、市内の保育園に勤務する保育士の女性です。'],
    ['無料の法律相談会を開きます。三橋町在住の方も、市内にお勤めの方もお気軽にどうぞ。'],
    ['@abc 娘さん（柳城中2年）の作品、とても素敵ですね！', 'reply'],
    ['いじめの相談は、学校の担任の先生やスクールカウンセラーにもできます。'],
    ['一時保護された方は、市内の施設で安全に過ごすことができます。'],
    ['保護した子猫は、三橋町の知人のお宅で暮らしています。'],
    ['料理教室は市民会館201号室で開きます。講師は古賀さんです。'],
    ['柳川市の大会で3-1で勝ちました！'],
    ['横浜市青葉区美しが丘西2-14-7の公園で、姉妹都市の清掃活動に参加しました。'],
    ['空き家の所有者の古賀さんのご厚意で、集会所として使わせていただいています。'],
    ['空き家の所有者の方へ：固定資産税の納付期限は今月末です。'],
    ['空き家バンクの物件です。持ち主の古賀さんが内覧に立ち会ってくださいます。'],
    ['夏祭りのお楽しみ抽選会で当たったのは古賀さんでした！おめでとうございます。'],
    ['市営住宅の入居者の抽選会を行いました。当選された方には郵送でお知らせします。'],
    ['新しい区長に決まったのは古賀さんです。'],
  ])('keeps clean %s', (text, mode) => {
    expect(rules(text, mode).filter((r) => r.startsWith('personal-info/identifiable-person') || r.startsWith('personal-info/address'))).toEqual([])
  })
  // LC-027, LC-044 kinds: a desk's line by the organisation owning it, in a list of its lines or after the ask to consult the desk
  it.each([
    '子育ての悩みは、子育て支援センターへご相談ください。\n・本町会場　0944-72-1111\n・大和会場　0944-76-2222\n・三橋会場　0944-73-3333\n・昭代会場　0944-74-4444',
    '困りごとがあるときは、市の福祉課が相談に応じますので、ご家族や近所の方もご相談ください（0944-77-8111）。',
  ])('keeps a desk line unwarned %s', (text) => {
    expect(rules(text).filter((r) => r.startsWith('personal-info/phone'))).toEqual([])
  })
  it.each([
    // hard negatives: a home's or a person's number stays reported
    '連絡網です。\n・田中さん宅　0944-72-1111\n・古賀さん宅　0944-72-2222',
    '市の福祉課が訪問しますので、田中さんのお宅（0944-72-1234）にもご相談ください。',
  ])('still reports %s', (text) => {
    expect(rules(text).some((r) => r.startsWith('personal-info/phone') || r.startsWith('personal-info/mobile'))).toBe(true)
  })
})

describe('personal-info: a person named or described as the party to an injury, a loan, an absence for illness, a wrong, a suit, a funeral or a counter visit (blind R373W-025, -042, -057, R374X-022, -023, -054, -059, R375Y-015, R376Z-007 kinds)', () => {
  const rules = (text: string, mode?: 'reply') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string, ('reply' | undefined)?]>([
    ['大和町の漁師・古賀 正さん（58）が、網の巻き上げ中に左足を骨折されました。', 'personal-info/identifiable-person:block'],
    ['三橋町の松尾 和子さん（80）は、自宅で転んで手首を骨折し、しばらく入院されます。', 'personal-info/identifiable-person:block'],
    ['【図書館より】堤 一郎さん、貸出中の『有明海の魚たち』の返却期限が2か月過ぎております。至急ご返却ください。', 'personal-info/identifiable-person:block'],
    ['古賀 美咲さん、4月から貸出中の『郷土の歴史』の返却期限がとうに過ぎています。', 'personal-info/identifiable-person:block'],
    ['いつも来られる松尾 花子さん、今日は借金と債務整理の本を3冊借りていかれました。', 'personal-info/identifiable-person:block'],
    ['常連の田中 次郎さんは、今週も病気の本ばかり5冊借りていかれました。', 'personal-info/identifiable-person:block'],
    ['書道教室の出席簿です。\n出席：古賀様、松尾様\n欠席：堤様（膝の手術で入院中）', 'personal-info/identifiable-person:block'],
    ['古賀さんは胃の手術で入院されているため、今月の教室はお休みです。', 'personal-info/identifiable-person:block'],
    ['市民プールの更衣室の鏡を割ったまま帰った中学生は、防犯カメラの映像から城内中3年の松尾くんと分かりました。', 'personal-info/identifiable-person:block'],
    ['市を相手取って損害賠償の裁判を起こしている元職員の堤 和夫さん（55）が、今日も傍聴に来られていました。', 'personal-info/identifiable-person:block'],
    ['原告の古賀 洋子さん（48）は、市の対応に納得できないと話していました。', 'personal-info/identifiable-person:block'],
    ['【斎場より】本日13時から、三橋町の古賀ハナさん（享年92）の葬儀が第2式場で行われます。', 'personal-info/identifiable-person:block'],
    ['明日18時から松尾 正さんのお通夜があります。喪主は長男の松尾 一郎さんです。', 'personal-info/identifiable-person:block'],
    ['児童手当の不正受給の件は、大和町にお住まいの40代の会社員の男性で、市内の工場にお勤めの方でした。', 'personal-info/identifiable-person:block'],
    ['@yuki_koga 古賀さんの息子さんですよね？お父さん、先週、税務課の窓口に滞納のことで相談に来られてましたよ。', 'personal-info/identifiable-person:block', 'reply'],
  ])('flags %s', (text, rule, mode) => {
    expect(rules(text, mode)).toContain(rule)
  })
  it.each<[string, ('reply' | undefined)?]>([
    ['けがをされた方は、すぐに係員にお知らせください。'],
    ['転倒して骨折した高齢者の方のための体操教室です。'],
    ['骨折の予防には、カルシウムとビタミンDが大切です。'],
    ['いつもお骨折りいただき、ありがとうございます。'],
    ['返却期限が過ぎている本がある方は、早めにご返却ください。'],
    ['古賀さん、借りた本は返却期限までにお返しください。'],
    ['講師の松尾さんが紹介した本を借りていかれる方が多いです。'],
    ['欠席の方は、事務局の古賀さんまでご連絡ください。'],
    ['欠席：古賀様（ご都合により）'],
    ['入院中の方は、欠席届を出してください。'],
    ['弁護士の古賀 正さんが、裁判員制度について講演しました。'],
    ['市は、市営住宅の明け渡しを求める訴訟を提起しました。'],
    ['喪主の方は、斎場の予約の際に死亡届の写しをお持ちください。'],
    ['名誉市民の古賀 正さん（享年95）の市葬を、市民会館で執り行います。'],
    ['補助金の不正受給を防ぐため、柳河地区の70代の農家の方々を対象に説明会を開きます。'],
    ['不正受給は犯罪です。心当たりのある方は福祉課へご相談ください。'],
    ['@hana_mama お母さんが窓口にご相談に来られる場合は、事前に予約をお願いします。', 'reply'],
    ['@taro_p お父さんと一緒に窓口へ相談に来てくださいね。', 'reply'],
    ['割ったまま帰った中学生がいたので、注意の貼り紙をしました。'],
    ['スイカを割ったまま帰った古賀さんのお孫さん、また遊びに来てね。'],
  ])('keeps clean %s', (text, mode) => {
    expect(rules(text, mode).filter((r) => r.startsWith('personal-info/identifiable-person'))).toEqual([])
  })
})

describe('personal-info: who has not paid, and a flat\'s tenant, pinned by place (blind R376Z-011, R376Z-024, R376Z-044 kinds)', () => {
  const blocks = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity === 'block').map((f) => f.rule)
  it.each([
    // R376Z-011 kind: a flat pinned by its building's name and room number, its tenant told with what they did or a trouble of theirs
    '大和町の「ハイツみずほ」105号室、前の住人が家賃を滞納したまま出ていかれて、大家さんが困っています。',
    'メゾン柳川302号室にお住まいの方の騒音で、苦情が続いています。',
    '回収にうかがったアパート「しらさぎ」の201号室、退去された方が冷蔵庫を置きっぱなしでした。',
    // R376Z-024 kind: the ones behind with a fee listed line by line, each by name and a place that fixes the household
    '【下水道分担金について】\n分担金の納付が確認できていない方は以下のとおりです。\n・三橋町 古賀様\n・大和町 中島様\n・昭代 3丁目 田中様',
    '未納の方（敬称略）\n1. 納骨堂 15番 江口さん\n2. 納骨堂 22番 末吉さん',
    // R376Z-044 kind: the households still to pay, pointed at by surname or by a shop placed by a landmark
    '町内会費の集金、残りは古賀さんちと中島さん宅の2軒だけです。',
    '自治会費、あとは角の米屋さんだけまだなんですよ〜',
  ])('blocks %s', (text) => {
    expect(blocks(text).some((r) => r === 'personal-info/lodging' || r === 'personal-info/identifiable-person')).toBe(true)
  })
  it.each([
    // a flat offered or empty, a public building's room
    '『コーポしおみ』203号室の入居者を募集しています。内覧会は5月3日です。',
    '市営住宅A棟203号室は現在空室です。',
    '公民館2階201号室で、退去時の手続き説明会を開きます。',
    // a list of donors or a rota, with a reminder that names no one as behind
    '【寄付のお礼】\n次の方々からご寄付をいただきました。\n・大和町 堤様\n・三橋町 江口様',
    '【当番表】\n・大和町 堤様\n・三橋町 江口様\n会費は未納のないようお願いします。',
    '使用料の納付が確認できていない方には、次のとおり督促状を送付します。\n・発送日：5月1日\n・納付期限：5月20日',
    // a role holder's home as where to bring the money, a house as a landmark
    '会費は班長さん宅へお持ちください。残りの分は来月集金します。',
    '下水道の工事、残りは大坪さんちの前の区間だけになりました。',
  ])('keeps clean %s', (text) => {
    expect(blocks(text)).toEqual([])
  })
})

describe('personal-info: one person\'s health told with details that pick them out (blind R377A-010, R377A-046, R380D-001, R380D-046, R380D-051 kinds)', () => {
  const blocks = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity === 'block').map((f) => f.rule)
  it.each([
    // a school and a grade with a diagnosis, self-harm or truancy
    '来春、蒲池小学校に入学する新1年生の男子児童1名は発達障害の診断を受けており、支援員を1名配置します。',
    '大和中2年の吹奏楽部部長の男の子、最近リストカットの跡があると担任から聞きました。',
    '城内小の6年生のTさん、お母さんの入院をきっかけに不登校が続いています。',
    // the place they work or go, the subject they teach, an initial
    '沖端町の学習塾で英語を教えている講師の方が麻しんと診断されました。',
    '新型コロナ陽性となったＭ．Ｔさん（３４・大和町・コンビニ勤務）と連絡がとれていません。',
    '昨年まで三橋中で理科を担当していた50代の教諭が、統合失調症で休職中です。',
    // a staff member's surname and post, a post only one held, a child's given name
    '【お知らせ】市民課の古賀主任が新型コロナウイルス陽性と判明しました。',
    '昭代の元区長さんですが、先月医療保護入院となられました。',
    '健診に来てくれた はるとくん（3歳）、来月から発達相談に通います。',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toContain('personal-info/identifiable-person')
  })
  it.each([
    // a case reported by age and residence, the contacts told separately
    '市内在住の20代女性が麻しんと診断されました。接触者には保健所から個別に連絡済みです。',
    '大和町在住の70代男性が結核と診断されました。接触者には保健所から個別に連絡しています。',
    // guidance to a class, an official's own notice, a meeting on infection control
    '結核と診断された方は、保健所にご連絡ください。',
    '金子市長が新型コロナウイルス陽性となりました。公務は副市長が代行します。',
    '中島主査が感染対策について説明します。',
    // a class closed, an event or a service with the same words
    '大和中学校2年1組で、インフルエンザによる欠席者が増えたため学級閉鎖とします。',
    '両開小学校では、新1年生の入学説明会を2月に開きます。発達相談も受け付けています。',
    '三橋町の保育園に通うお子さんが発熱した場合は、園にご連絡ください。',
    '不登校の子どもたちを支える教育支援センターでは、中学校1年生から3年生までが通っています。',
  ])('keeps clean %s', (text) => {
    expect(blocks(text)).toEqual([])
  })
})

describe('personal-info: a taxpayer pointed at with their arrears, their own account in a reply, a named dead person\'s heirs renouncing (blind R378B-002, -012, -028, -040, -049 kinds)', () => {
  const blocked = (text: string, reply = false) =>
    findingsOf(personalInfo, text, reply ? { mode: 'reply' } : {}).filter((f) => f.severity === 'block').map((f) => f.rule)
  it.each([
    // R378B-049 kind: the one behind named by surname in any script, with trade and district
    '市県民税の滞納額トップは、本町で建設業を営むナカシマさんのところで、約800万円です。',
    '固定資産税を3年分ためていた古賀さん、ようやく分納の約束ができました。',
    // R378B-040 kind: a shop placed by a landmark, years of arrears piling up
    '大和町の八百屋の向かいにある古い米屋さん、国保税が2年分たまっていて、今月も督促に行きます。',
    // R378B-002 kind: a district and a trait that leave one person, with the arrears
    '窓口に来られた昭代地区のおばあちゃん（昭和20年生まれ、一人暮らしの方）、固定資産税の滞納分を分納で払っていくことになりました。',
    // R378B-028 kind: a named person told as dead, the heirs renouncing
    '相続人調査の件、先月亡くなった大和町の古賀 正男さん、お子さん3人とも相続放棄されていました。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toContain('personal-info/identifiable-person')
  })
  it('blocks a reply telling the named asker what they paid and still owe (R378B-012 kind)', () => {
    expect(blocked('@yuki_0315 江口様、お問い合わせありがとうございます。軽自動車税は納付を確認できております。残りの国保税は第3期分の12,300円です。', true)).toContain('personal-info/identifiable-person')
  })
  it.each([
    // the desk's help offered, staff or a lecturer named, arrears as the desk's work
    '市税の滞納でお困りの方は、税務課の古賀さんまでご相談ください。',
    '国保税の納付が難しい方は、早めに納税相談をご利用ください。分納のご相談にも応じます。',
    '市税の滞納整理、今日は古賀さんと2人で回りました。お疲れさまでした。',
    '国保税の滞納について、講師の中村さんに詳しく解説していただきました。',
    '市税の滞納は、財産の差し押さえにつながることがあります。',
    // a district and a birth year with no arrears; a landmark shop with no arrears
    '三橋町の公民館で、昭和14年生まれの方を対象にした同窓会が開かれました。',
    '角の酒屋さんで、固定資産税の納付書をお忘れの方に声をかけていただきました。',
    // the procedure of renouncing, with no one named as dead
    '亡くなった方の相続放棄の手続きは、家庭裁判所で行います。詳しくは司法書士の山田さんの講座でどうぞ。',
  ])('keeps clean %s', (text) => {
    expect(blocked(text)).toEqual([])
  })
  it('keeps clean a reply telling the due date that applies to everyone', () => {
    expect(blocked('@taro_k 田中さん、お問い合わせありがとうございます。固定資産税の第3期の納期限は12月25日です。', true)).toEqual([])
  })
})

describe('personal-info: a resident\'s address told by the honorific noun of what they did (ご登録のアドレス, ご記入のアドレス) (blind R375Y-030 kind)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    '@aki_t ご登録のアドレス aki.tanaka77@yahoo.co.jp に受付完了のメールをお送りしました。',
    'ご記入のメールアドレス（sato.h1990@gmail.com）宛てに、当選のご案内をお送りします。',
  ])('blocks %s', (text) => {
    expect(rules(text)).toContain('personal-info/email:block')
  })
  it.each([
    'ご登録のアドレスには、kanko@city.yanagawa.lg.jp から通知が届きます。',
    'ご登録のメールアドレスは、マイページからいつでも変更できます。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).not.toContain('personal-info/email:block')
  })
})

describe('personal-info: an applicant on a labelled line, a parent named as not paying, the one paying arrears introduced the sentence before, a reply telling the child\'s school with the consultation (blind R373W-010, R377A-036, -037, -058, R378B-022 kinds)', () => {
  const blocked = (text: string, reply = false) =>
    findingsOf(personalInfo, text, reply ? { mode: 'reply' } : {}).filter((f) => f.severity === 'block').map((f) => f.rule)
  it.each([
    // R373W-010 kind: the applicant set out on a labelled line of a permit list
    '【開発行為の許可】\n蒲池字西ノ坪103番（畑）\n申請者：江口 久美子さん\n目的：娘夫婦との同居のため',
    '農地の権利移動が許可されました。\n所在：大和町中島201番\n譲受人：松藤 一男様（68歳）',
    // R377A-058 kind: one parent named as not paying, a bracket fixing the household
    '保育料の納付が2か月分確認できていない大坪様（城内小3年のお子さまの保護者）は、至急ご連絡ください。',
    '学童保育の利用料を滞納されている古賀さん（沖端町・40代）、本日中にお電話ください。',
    // R378B-022 kind: the one paying off arrears introduced in the sentence before by district, a person word and an age
    '三橋町の江口のおじいちゃん（91歳）が今日も来てくれました！固定資産税の分納、もう5年目です。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toContain('personal-info/identifiable-person')
  })
  it.each([
    // R377A-036, -037 kind: a reply telling the child's school and year with the consultation
    '@hana_mama さん、娘さん（城内小5年）の頭痛の件、保健室の先生にもお伝えしました。',
    '@ken_papa 息子さん（柳城中1年）が同級生にからかわれている件、担任から連絡いたします。',
  ])('blocks the reply %s', (text) => {
    expect(blocked(text, true)).toContain('personal-info/identifiable-person')
  })
  it.each([
    // a body or a role on the applicant line; a permit guide naming no one
    '【農地転用の許可】\n申請者：柳川市土地改良区\n目的：用水路の改修',
    '申請者：本人（代理の場合は委任状が必要です）\n許可までおよそ6週間かかります。',
    '農地転用の許可申請は、毎月10日が締切です。申請者の方は農業委員会までお越しください。',
    // a call to everyone behind; staff named with a bracket but no arrears told of them
    '給食費の納付が確認できていない方は、学校給食センターまでご連絡ください。',
    '給食費の未納については、担当の西田（学校給食センター）までお問い合わせください。',
    '古賀さん（城内小3年）が書いた作文が、市長賞に選ばれました。',
    // a district, a person word and an age with no arrears; the desk's help offered after
    '大和町のおばあちゃん（85歳）が、手作りの干し柿を持ってきてくれました。納税相談は毎月第2日曜にも開いています。',
  ])('keeps clean %s', (text) => {
    expect(blocked(text)).toEqual([])
  })
  it('keeps clean a reply praising the child\'s work by school and year', () => {
    expect(blocked('@hana_mama 娘さん（城内小5年）の作品、とても素敵でした！カウンセリングルームの前に飾っています。', true)).toEqual([])
  })
})

describe('personal-info: a register counter\'s visitor picked out with what they filed or asked for, a record kept from someone told with where its holder lives, a card\'s holder named with its number (blind R381E-009, -013, -021, -034, -038, -043, -045, -056 kinds)', () => {
  const blocked = (text: string, reply = false) =>
    findingsOf(personalInfo, text, reply ? { mode: 'reply' } : {}).filter((f) => f.severity === 'block').map((f) => f.rule)
  it.each([
    // a visitor picked out by a district, an age, where they came from or a child named, with the notification they filed or the certificate fetched
    '本日、三橋町の松尾和子さん（72歳）が、ご主人の死亡届を出しに来られました。',
    '婚姻届を出しに来てくれたのは、大和町の江口さんと中国出身のお相手。末永くお幸せに！',
    '福岡から引っ越してこられた古川さん、転入届の受付ありがとうございました！',
    '戸籍謄本を取りに来られた沖端の樺島さん、ご自身に異母兄弟がいたことを初めて知られたそうです。',
    '出生届を出しに来られた蒲池の西田さんちの結衣ちゃん、ようこそ柳川へ！',
    // a visitor addressed by name and told their own request
    '@taka_y 田中様、ご請求いただいた戸籍抄本2通を本日発送いたしました。',
    // one who asked for the record to be kept from someone, told by age and the home they live in now
    '昨年こちらに越してこられた40代の女性、元夫に住所を知られないよう支援措置を申し出られていましたが、今は三橋町のアパートで暮らしています。',
    // a card's holder named with the card's number
    'マイナンバーカードを置き忘れた 古賀 美咲 さん、カード番号 1234 のものを市民課でお預かりしています。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).not.toEqual([])
  })
  it.each([
    // counter statistics, a guide, a crowd congratulated, staff on duty, a sample, a public figure's own announcement
    '今月の出生届は32件、婚姻届は18件でした。',
    '婚姻届の提出には、本人確認書類が必要です。',
    '婚姻届を出しに来られた皆さん、おめでとうございます！',
    '今日は婚姻届を出しに来られたご夫婦が多く、窓口も華やかでした。',
    '本日、市民課の古賀さんが出生届の受付を担当しました。',
    '記入例：届出人「柳川 花子」さん',
    '俳優の古賀太郎さんが、婚姻届を提出したことを自身のSNSで発表しました。',
    // the support measure explained; a visitor's opinion of a procedure; a card's number explained with no one named
    'DV等の被害を受けている方は、住民票の写しの交付を制限する支援措置を申し出ることができます。',
    '先日窓口に来られた古賀さん（70代）から、住民票の取り方がわかりにくいとのご意見をいただきました。',
    '印鑑登録証の番号は、窓口でお伝えします。',
  ])('keeps clean %s', (text) => {
    expect(blocked(text)).toEqual([])
  })
  it('keeps clean a reply explaining how to ask for a certificate by post', () => {
    expect(blocked('堤様、コメントありがとうございます。住民票の写しの郵送請求は、市ホームページから申請書をダウンロードできます。', true)).toEqual([])
  })
})

describe('personal-info: a person fixed by a detail told as the party to an injury, a hospital stay, a harassment consultation, a penalty, a wrong or a burned home; a home pointed at by the way to it with a fire or an emergency and who lives there; a small child told by the named nursery, the age and a fit (blind R382F-011, -013, -023, -029, -058, -060, R384H-003, -010, -023, -036, -055 kinds)', () => {
  const blocked = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity === 'block').map((f) => f.rule)
  it.each([
    // a member named with rank and age, the injury and the ward
    '消防団第2分団の古賀 大輔団員（35）が、訓練中に左手首を骨折し、現在入院しています。',
    // a staff member by section and years, taken to hospital, with a chronic illness
    '救急搬送された税務課3年目の松尾さん、以前から心臓の持病があったそうです。',
    // the one who came to consult about harassment, by section and age
    'パワハラの相談に来られた建設課の大坪さん（31歳）、少し落ち着かれたようです。',
    // the staff member penalised, by section, rank, age and home district
    '減給処分となった職員は、水道課の江口和也主任（52歳・大和町在住）です。',
    // a name masked in part, with section and rank, as the one a harassment report is about
    'パワハラの申告があった課長は、農政課のK田S一さんです。',
    // a private person named as the one who did a wrong, with city, work and age in kanji
    '誹謗中傷の書き込みをしたのは、みやま市に住む自営業の松藤健一さん（四十一歳）だと分かりました。',
    // a burned home named by surname and trade
    '全焼したのは、三橋町で長く理髪店を営んでいる立花さんのお宅です。',
    // a participant named with age and district, with the spouse's illness
    '蒲池の松尾 和子さん（72）は、昨年ご主人が脳梗塞で倒れたことをきっかけに受講されました。',
    // a fire's house pointed at by the way to it, the lone elder told
    'きのうの火事は、郵便局の角を曲がって二軒目の家です。八十過ぎのおじいちゃんが一人で住んでおられました。',
    // an emergency call's household by the bank the house stands on and who lives there
    '119番をくれたのは中学1年生の男の子。お母さんと二人暮らしで、堀沿いにある青い屋根の一軒家からでした。',
    // a small child by the named nursery, the age and an attack
    '三橋町のさくら幼稚園で、給食中にアナフィラキシーを起こした4歳の女の子を搬送しました。',
  ])('blocks %s', (text) => {
    expect(blocked(text)).toContain('personal-info/identifiable-person')
  })
  it.each([
    // staff who act on the matter, a consultation set as a condition, a greeting or an honour of office
    '人事課の中島さんがハラスメントの相談に応じます。お気軽にどうぞ。',
    'ハラスメントの相談があった場合は、人事課の中島さん（内線123）までご連絡ください。',
    '消防団第3分団の堤 健太郎分団長（58）が、新年のごあいさつを申し上げます。',
    '消防団第3分団の堤 健太郎団員（28）が、人命救助で県知事表彰を受けました。',
    '新任の福祉課長、田中一郎です（52歳）。よろしくお願いします。',
    // an anonymised case, fire statistics, a course announced, a fire told without the house pointed at
    '市内の70代男性が自宅で倒れ、救急搬送されました。',
    '昨年の火災件数は32件で、うち住宅火災は18件でした。',
    '普通救命講習を3月10日に開催します。心肺蘇生やAEDの使い方を学べます。',
    '昭代の住宅火災で焼けたのは木造2階建ての住宅1棟です。けが人はいませんでした。',
    // a rule of penalties, a warning of impersonation, a figure's own statement
    '停職などの懲戒処分の基準は、人事課のホームページで公開しています。',
    'なりすましアカウントにご注意ください。作ったのは誰か、現在調査中です。',
    '市長の田中太郎さん（62）は、自身のブログで糖尿病と診断されたことを公表しています。',
    // a lesson at a nursery, a child's happy news, a safety notice to lone elders, a drill by the river
    'ひまわり保育園で、熱性けいれんを起こしたときの対応を学ぶ研修を行いました。',
    'さくら保育園で、4歳の女の子がかけっこで1等になりました。',
    '一人暮らしの高齢者のお宅では、火災警報器の設置をお願いします。',
    '川沿いにある公民館で、一人暮らしの高齢者の見守り訓練を行い、119番通報の練習もしました。',
    // the named person acts on someone else's injury or stay in hospital
    '消防団員の古賀さん（32）が、火災現場で負傷した住民を救助しました。',
    '救急搬送された男性に付き添った福祉課の古賀さん（45）に、市長から感謝状が贈られました。',
  ])('keeps clean %s', (text) => {
    expect(blocked(text)).toEqual([])
  })
})

describe('personal-info: one pointed at by everyday details, told with what is theirs (blind R385J-002, R385J-020, R385J-032, R385J-040, R386K-004, R388M-008, R388M-058 kinds)', () => {
  const blocks = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity === 'block').map((f) => f.rule)
  it.each([
    // a household by district and surname told away or not answering
    '住宅・土地統計調査で、大和町鷹ノ尾の堤さんのお宅に何度か伺いましたが、ずっとご不在でした。',
    '昭代地区の蒲池さん宅は、調査票がまだ未提出です。お心当たりの方はご連絡ください。',
    // a named respondent and what they answered about their business
    '工業統計調査で伺った三橋町の町工場、社長の中村 誠さんからは、従業員は8人、年商は3億円ほどとご回答いただきました。',
    // a named person with the family home and a family member's work
    '実習に来てくれた古賀美咲さん。ご実家は三橋町藤吉で、お母さんは市内の病院にお勤めだそうです。',
    // a form in the photo with a named person's entries legible
    '写真は届いた申込書です！一番上の堤幸子さんのお名前と住所がはっきり見えてますね。',
    // one pointed at by district, trade and kin, or by school, year and post, with a private matter
    '先週補導されたのは、昭代の米屋さんの長男と、その同級生でした。',
    '三橋中2年のキャプテンが、最近不登校になっていると聞きました。',
    // a child's school, class and name written on a belonging
    '体操服袋の落とし物です。「城内小 2年1組 つつみ はると」と書いてあります。',
  ])('blocks %s', (text) => {
    expect(blocks(text)).toContain('personal-info/identifiable-person')
  })
  it.each([
    // absence told of no one, a visit with no absence, a notice of the survey
    '国勢調査の調査員がお伺いした際にご不在の場合は、不在連絡票をポストに入れさせていただきます。',
    '三橋町の古賀さんのお宅で、調査票の書き方をご説明しました。',
    // a shop promoted with the owner's greeting; statistics with no one named
    '沖端町の「うなぎ処 川端屋」さん。ご主人の川端さんは「ぜひ食べに来てください」とのことです。',
    '経済センサスの結果、市内の事業所の従業員数は合計2万1千人でした。ご回答いただいた皆さま、ありがとうございました。',
    // an intern with her university and what she did
    'インターン生の松尾さん（筑後中央大学2年）は、2週間で観光パンフレットの作成を担当してくれました。',
    // a form photo with the names hidden, a sample form
    '写真は回収した調査票です。お名前や住所は見えないように加工しています。',
    // a shop family member with no private matter; a student council president at an event
    '沖端の鮮魚店の次男さんが、お店を継いで新装開店されました。',
    '柳城中3年の生徒会長が、あいさつ運動の様子を報告してくれました。',
    // a lost item with a colour and the place found only
    '児童館に青い水筒の忘れ物がありました。心当たりの方は受付までどうぞ。',
  ])('keeps %s below a block', (text) => {
    expect(blocks(text)).not.toContain('personal-info/identifiable-person')
  })
})
describe('personal-info: a service client told with what makes them theirs: the reader\'s kin and the home visit, the reader\'s child by name and year with the service used, a pupil by initials with school and year, a fled family\'s child\'s school, a licence number labelled further on, a private address told as a person\'s; a sample declared after its quotes (blind R386K-003, -034, -040, -053, R388M-017, -059, LL-004 kinds)', () => {
  const blocked = (text: string, reply = false) =>
    findingsOf(personalInfo, text, reply ? { mode: 'reply' } : {}).filter((f) => f.severity === 'block').map((f) => f.rule)
  const warned = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => f.rule)
  it.each<[string, string, boolean]>([
    // the reader's kin by age or school, with the home visit booked
    ['ご連絡ありがとうございます。娘さん（35）のことで、来週月曜10時に保健師が三橋町のご自宅へ伺います。', 'personal-info/identifiable-person', true],
    ['@kouta_papa ご相談の件、息子さん（昭代中3年）について、金曜の午後に家庭訪問いたします。', 'personal-info/identifiable-person', true],
    // the reader's child by name and year with the service used or the family's circumstances
    ['古賀さま、お子さんの陽菜さん（2年）は、お父さまの夜勤のため土曜の預かり保育に登録されています。', 'personal-info/identifiable-person', true],
    ['息子さんの蓮くん（城内小3年）の送迎は、火・木のみ祖母さまと伺っております。', 'personal-info/identifiable-person', true],
    // a pupil by initials with school and year, and a private matter
    ['T・Mくん（昭代中1年、おばあちゃんと暮らしています）が、相談室に毎日通えるようになりました。', 'personal-info/identifiable-person', false],
    ['A.Sさん（城内小5年）、長く続いた不登校から少しずつ教室に戻っています。', 'personal-info/identifiable-person', false],
    // a family that fled violence, the child's school and year named
    ['DVから避難して来られたご家族の長女は、来月から昭代中の2年生として通います。', 'personal-info/identifiable-person', false],
    ['配偶者の暴力を逃れて転入した母子。下の子は蒲池小3年です。', 'personal-info/identifiable-person', false],
    // a licence number labelled further on, in kanji or in digits
    ['運転免許証の忘れ物がありました。持ち主の方、番号は 四〇五一 二二三三 七八九〇 です。', 'personal-info/drivers-licence', false],
    ['市民課の窓口で免許証を拾いました。江口 健さん、番号：2019-3344-5566 のものです。', 'personal-info/drivers-licence', false],
    // a private address told as a person's
    ['講座のお申込みで、taro.k77@docomo.ne.jp の方への確認メールが届きません。', 'personal-info/email', false],
  ])('blocks %s', (text, rule, reply) => {
    expect(blocked(text, reply)).toContain(rule)
  })
  it.each<[string, boolean]>([
    // a reply praising a child's work, a visit with no kin pointed at, thanks for a consultation
    ['お子さんの結衣さん（4年）の作品、とても素敵ですね！', true],
    ['@hana_mama ご相談ありがとうございます。ご希望があれば、相談員がご自宅へ伺うこともできます。', true],
    ['息子さん（28）のご就職、おめでとうございます。', true],
    // initials with school and year on a result, the support centre described
    ['A・Bさん（柳城中2年）が、県の作文コンクールで入賞しました。', false],
    ['教育支援センターでは、不登校の小中学生の学習や相談をお手伝いしています。', false],
    // an awareness post on DV, a lesson at a named school, a licence renewal notice
    ['DVから逃れて来た方の住所は、住民票の閲覧制限で守ることができます。ご相談ください。', false],
    ['柳河小の5年生が、暴力をなくすための出前授業を受けました。', false],
    ['運転免許証の更新は、番号札をお取りになってお待ちください。', false],
    // a desk's address with a person's word far off, a sample stated as such
    ['お問い合わせは、子ども家庭課（kodomo@city.yanagawa.lg.jp）まで。担当の方が対応します。', false],
  ])('keeps clean %s', (text, reply) => {
    expect(blocked(text, reply)).toEqual([])
  })
  it.each([
    '申込書の記入例にある「柳川 花子」「三橋町高畑25番地3」は架空のものです。ご自身の住所・氏名をお書きください。',
    '「本町87番地1」「柳川 太郎」はあくまで見本です。',
  ])('does not warn on the sample declared after its quotes %s', (text) => {
    expect(warned(text)).not.toContain('personal-info/address')
  })
})

describe('personal-info: one picked out told with a circumstance that is theirs: the reader\'s kin\'s debt relief under way, a named debtor\'s voice, a former post\'s loss, a named worker\'s penalty, a face posted, a household\'s member by trade and place, a child by school and year hurt (spaced too), a named evacuee (blind R389N-002, -006, -044, R390P-012, -036, -043, -055, R392R-028 kinds)', () => {
  const blocked = (text: string, reply = false) =>
    findingsOf(personalInfo, text, reply ? { mode: 'reply' } : {}).filter((f) => f.severity === 'block').map((f) => f.rule)
  it.each<[string, boolean]>([
    // the reader's kin, or a visitor's, with a debt relief or a divorce under way
    ['@aki_0601 ご連絡ありがとうございます。先日ご来庁されたご主人の件ですが、債務整理の手続きは司法書士さんのもとで進んでいますので、ご安心ください。', true],
    ['@mtm_22 娘さんのことですね。離婚調停は来月で終わる見込みと伺っています。', true],
    // a debtor's voice signed with the name, the district and the age
    ['相談会に参加された方の感想です。「借金が300万円あり、眠れない日が続いていました」（大和町・古賀 正人さん・58歳・会社員）', false],
    // a victim told by the district and a post once held
    ['三橋町の元小学校長さんが、還付金詐欺で200万円をだまし取られたそうです。', false],
    ['大和町にお住まいの前町議の方が、投資詐欺の被害に遭われました。', false],
    // a worker named with the title, and the reprimand
    ['ご指摘の件、清掃を担当していた委託業者の古賀 誠作業員に厳重注意を行いました。', true],
    ['ごみ収集車の件、吉田運転手には始末書を提出させました。申し訳ありません。', true],
    // a face said shown clearly, posted
    ['不審者の顔がよく写っている写真を掲載します。お心当たりの方はご連絡ください。', false],
    ['万引きした男の顔がはっきりわかる動画をアップしました。', false],
    // a household's member by trade and place, with the age or a matter
    ['京町の畳屋の中島さんとこの息子さんが、免許を返納しに来られました。', false],
    // a child by school, year and sex, hurt; letters spaced out too
    ['昨日の事故でけがをしたのは、城 内 小 3 年 の 女 子 で、病院に搬送されました。', false],
    ['交差点ではねられたのは昭代中2年の男子生徒で、現在入院しています。', false],
    // a named evacuee with the age, at a named shelter, the home damaged
    ['三橋公民館の避難所では、古賀 正夫さん（76）が奥の部屋で生活されています。ご自宅は全壊でした。', false],
  ])('blocks %s', (text, reply) => {
    expect(blocked(text, reply)).toContain('personal-info/identifiable-person')
  })
  it.each<[string, boolean]>([
    // advice in general, a lawyer named as the lecturer, a count of participants
    ['自己破産や債務整理については、法テラスで弁護士に無料で相談できます。', true],
    ['@kiko ご連絡ありがとうございます。お兄様の件、自己破産の手続きについては弁護士にご相談ください。', true],
    ['多重債務相談会を開きます。講師は弁護士の堤 和子さん（55）です。', false],
    // a former post who lectures on fraud, or speaks on history
    ['大和町の元校長先生を講師に、特殊詐欺の被害に遭わないための講座を開きました。', false],
    ['三橋町の元町長が、まちの歴史について講演されました。', false],
    // a worker named and praised, a reprimand with no one named
    ['有明交通の中島運転士が、無事故30年で表彰されました。', false],
    ['運転士には厳重に注意し、再発防止に努めます。', true],
    // faces not posted, blurred, or a tip for an ID photo
    ['お子さんの顔が写った写真は掲載しません。', false],
    ['写真は、参加者の顔が分からないようにぼかしを入れて掲載しています。', false],
    ['顔がはっきり写るように、明るい場所で証明写真を撮りましょう。', false],
    ['避難所では、ほかの方のお顔がわかる写真の投稿はお控えください。', false],
    // a shop's family met with no matter
    ['沖端でうなぎ屋を営む大坪さんのところのご主人に、蒲焼きのコツを教わりました。', false],
    // a class praised or taught, no one hurt
    ['蒲池小5年の児童が、交通事故防止のポスターで最優秀賞を受けました。', false],
    ['蒲池小5年生を対象に、事故を防ぐ自転車教室を開きました。けがをしないための乗り方を学びました。', false],
    // a shelter drill, a shelter's households counted
    ['避難所運営訓練を行いました。古賀 正夫さん（76）が炊き出しを指導してくださいました。', false],
    ['蒲池体育館の避難所では、現在6世帯が生活されています。浸水したご自宅の片付けボランティアを募集しています。', false],
  ])('keeps below a block %s', (text, reply) => {
    expect(blocked(text, reply)).toEqual([])
  })
})

describe('personal-info: a foreign resident picked out by name or by country with a detail, told with their residence status, in Japanese, in English and in all-hiragana やさしい日本語 (blind R395U-011, -012, -015, -017, -018, -019, -020 kinds)', () => {
  const blocked = (text: string, reply = false) =>
    findingsOf(personalInfo, text, reply ? { mode: 'reply' } : {}).filter((f) => f.severity === 'block').map((f) => f.rule)
  it.each<[string, boolean]>([
    // a name with the age and the workplace, and the status
    ['新しく仲間になったチャン・バン・ナムさん（24）は、大和町の製麺所で働く技能実習生です。', false],
    // one person by the country, the workplace and the age, and a step of the status
    ['@yngw_q お問い合わせの件、蒲池の縫製工場にお勤めのベトナム国籍の男性（30代）は、在留資格の変更がまだ認められていません。', true],
    // a household by the country, the status, a child's school
    ['沖端のアパートで暮らすインドネシア出身のご家族は難民申請中で、お子さんは城内小の2年生です。', false],
    // a student by the country and the workplace, working past the permitted hours
    ['駅前の居酒屋でバイトしているミャンマーの留学生さんが、週28時間を超えて働いていたそうです。', false],
    // English: a name, the workplace, the status
    ['Congrats to Maria Santos from the Philippines! She works at Ariake Foods and just got her permanent residency.', false],
    // all-hiragana: a name with the status and the district
    ['きょうの しゅっせき：\nリンさん（とくていぎのう・みつはしまち）\nみんな がんばりました', false],
  ])('blocks %s', (text, reply) => {
    expect(blocked(text, reply)).toContain('personal-info/identifiable-person')
  })
  it.each<[string, boolean]>([
    // guidance to whoever it concerns, counts, a group welcomed
    ['在留期間の更新は、期限の3か月前から手続きできます。お早めに出入国在留管理局へご相談ください。', false],
    ['外国人住民の方で在留資格の変更が必要な方は、お早めにお問い合わせください。', false],
    ['市内で働く技能実習生は、令和6年末で320人です。ベトナム国籍の方が最も多くなっています。', false],
    ['技能実習生の皆さんを招いて、大和町の公民館で餅つき大会を開きました。', false],
    ['大和町の縫製工場で働くベトナム人の技能実習生を受け入れている企業を訪問しました。', false],
    ['ネパールの留学生さんたちが、学園祭で民族舞踊を披露してくれました。', false],
    // one whose public role is named beside the status
    ['行政書士の古賀さん（沖端町）を講師に、在留資格の更新手続きについての相談会を開きます。', false],
    ['アメリカ出身の国際交流員、エミリー・ハートさん（26）が着任しました。趣味は川下りです。', false],
    // English guidance, a CIR
    ['Need to renew your visa? Residents can get help at the City Hall 1F desk every Friday.', false],
    ['Our CIR Emily Hart from Oregon works at City Hall and can help with visa questions on Fridays.', false],
  ])('keeps below a block %s', (text, reply) => {
    expect(blocked(text, reply)).toEqual([])
  })
})
describe('personal-info: a private person given away by the city\'s record or answer: a visitor read off a guest book, an anonymous donor named after all, a reply\'s reader with the house number of their registered home, a small child by name, age and district, an account\'s digits spaced apart (blind R393S-023, R393S-038, R394T-021, R394T-051, R396V-027 kinds)', () => {
  const blocked = (text: string, reply = false, image = false) =>
    findingsOf(personalInfo, text, { ...(reply ? { mode: 'reply' as const } : {}), ...(image ? { attachments: [{ kind: 'image' as const }] } : {}) })
      .filter((f) => f.severity === 'block')
      .map((f) => f.rule)
  it.each<[string, boolean]>([
    // a visitor read off a guest book, told by name and the place they came from
    ['@tabi_kyushu ご来館ありがとうございました！ご記帳を見ると、佐賀市からお越しの松本さんとご一緒だったんですね。', true],
    ['芳名録を確認したところ、熊本市在住の古賀 美和さんが今年も来てくださっていました。', false],
    // an anonymous donor, then who they are after all
    ['図書の寄贈は匿名でとのご希望でしたが、実は地元の開業医の中島先生なんです。', false],
    ['@ynw_fan お名前は伏せてご紹介しましたが、実は元市議会議員の方なんですよ。', true],
    // a reply naming its reader, with the house number of their registered home
    ['@m_koga 古賀 正人 様、お申し込みを受け付けました。ご登録の大和町中島520番地へ書類をお送りします。', true],
    ['@sato_y 佐藤様、ご住所の沖端町12番地あてに還付の通知が届きます。', true],
    // a small child by name, age and district
    ['三橋町の 田中 ゆいちゃん（1歳）が、絵本のプレゼントを受け取りに来てくれました。', false],
    ['健診には、大和町の古賀 陽翔くん（生後10か月）も元気に来てくれました。', false],
    // an account written with its digits spaced, a person its holder
    ['謝礼の振込先は 福岡銀行 柳川支店 普通 ３ ８ ０ ４ １ ７ ２ 中島 花子様 名義で承りました。', false],
    ['振込先：筑邦銀行 本店 当座 1 2 7 4 5 8 3 古賀さん名義', false],
  ])('blocks %s', (text, reply) => {
    expect(blocked(text, reply)).not.toEqual([])
  })
  it.each<[string, boolean]>([
    // a guest book offered, visitors counted by where they came from
    ['入口に芳名帳を置いています。ご来館の際はご記帳をお願いします。', false],
    ['芳名帳を拝見すると、遠く北海道から来られた方もいらっしゃいました。ありがとうございます。', false],
    // an anonymous gift thanked, how to give anonymously
    ['匿名のご寄付をいただきました。大切に使わせていただきます。', false],
    ['匿名を希望される方は、申込書の欄にチェックを入れてください。実は毎年10件ほどのご寄付があります。', false],
    // a reply with a public office's address; a registered address without a house number
    ['@m_koga 古賀様、書類は市役所（本町87番地1）の市民課窓口でお受け取りください。', true],
    ['@sato_y 佐藤様、ご登録のご住所あてに来週通知をお送りします。', true],
    // a class for babies by age, with no one named; a named staff in their role
    ['大和町の子育て支援センターで、生後5か月の赤ちゃんを対象にした離乳食教室を開きます。', false],
    ['三橋町のイベントに、保育士の田中さんが参加しました。', false],
    // the city's account for payments
    ['納付は 筑後信用金庫 柳川支店 普通 1 2 3 4 5 6 7 柳川市会計管理者 名義へお振り込みください。', false],
  ])('keeps below a block %s', (text, reply) => {
    expect(blocked(text, reply)).toEqual([])
  })
})


describe('personal-info: one resident\'s health record or matter told with what picks them out: a notifiable disease\'s patient by district and workplace, a named resident with a screening result to follow up, a named consultee with their matter, a reply\'s child with the vaccination not given, a health ticket\'s number with its holder; a trade called with さん is no name (blind R400Z-001, -017, -023, -030, -042, -055, LR-007 kinds)', () => {
  const blocked = (text: string, reply = false) =>
    findingsOf(personalInfo, text, reply ? { mode: 'reply' as const } : {})
      .filter((f) => f.severity === 'block')
      .map((f) => f.rule)
  it.each<[string, boolean]>([
    // a patient of a notifiable disease by district and workplace
    ['市内で結核の患者が1名確認されました。患者は三橋町在住の40代の男性で、市内の食品工場に勤務しています。', false],
    ['【風しんの発生】感染者は大和町にお住まいの女性で、市内の小学校の教諭として働いておられます。', false],
    // a named resident with a screening result to follow up
    ['大腸がん検診で要精検となった方のうち、蒲池の古賀 正子さんにはまだ結果をお伝えできていません。', false],
    ['肺がん検診の再検査のご案内、両開の大城 茂さんだけ返信がありません。', false],
    // a named consultee with their matter
    ['@hana_yngw 昨日は心の相談窓口にお越しいただきありがとうございました、江崎さん。眠れない日が続いている件、保健師にも共有しました。', true],
    ['産後ケアのサロン、今日も和やかでした。左の大坪さん、前は落ち込んでいらしたけど、今日はたくさん話してくれました。', false],
    // a reply's child with the vaccination not given, read off the record
    ['@kana_mama 記録を確認しました。ゆいちゃん（令和5年8月生まれ）は四種混合の2回目がまだ接種されていないようです。', true],
    // a health ticket's number with its holder
    ['がん検診の受診券番号 20485531 の中島 和夫様、受診券をお預かりしています。', false],
    ['接種券番号：4410-2289 大和町の立花 幸子さま、窓口までお越しください。', false],
  ])('blocks %s', (text, reply) => {
    expect(blocked(text, reply)).not.toEqual([])
  })
  it.each<[string, boolean]>([
    // a case reported without what picks the patient out
    ['市内で麻しんの患者が1名確認されました。患者は20代の女性で、現在入院中です。', false],
    ['市内の医療機関から結核の患者の届出がありました。発熱やせきが続く方は、早めに受診してください。', false],
    // screening guidance to all, a named staff member
    ['精密検査が必要と判定された方は、必ず医療機関を受診してください。受診券をお持ちください。', false],
    ['精密検査の結果については、保健師の古賀さんが個別にご説明します。', false],
    // a consultation desk's guidance, a staff member at a meeting
    ['こころの相談窓口では、眠れない、気分が落ち込むなどのご相談を受け付けています。お薬が合わないと感じる方は主治医にご相談ください。', false],
    ['産後ママのこころの相談会、助産師の吉田さんがお話を聞きます。泣いてばかりで不安な方も気軽にどうぞ。', false],
    ['@mama_yngw お問い合わせありがとうございます。まだ接種されていない場合は、母子手帳をお持ちのうえ医療機関へご予約ください。', true],
    // a health ticket's number explained
    ['受診券番号は受診券の右上に記載されています。予約の際にお伝えください。', false],
  ])('keeps below a block %s', (text, reply) => {
    expect(blocked(text, reply)).toEqual([])
  })
  it.each([
    '歯医者さんの無料検診、40・50・60・70歳の方に受診券をお送りしています。',
    'かかりつけのお医者さんに相談してから、予防接種を受けましょう。',
  ])('names no one in %s', (text) => {
    expect(findingsOf(personalInfo, text).filter((f) => f.rule === 'personal-info/identifiable-person')).toEqual([])
  })
})

describe('personal-info: a household or a person pointed at by place, in a case (blind R403C-004, R403C-008, R403C-011, R403C-024, R403C-049, R403C-057 kinds)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // a home by a landmark's side
    ['犬の鳴き声の苦情が続いています。消防団の詰所の裏手にあるお宅で飼われている犬が原因のようです。', 'personal-info/identifiable-person:block'],
    ['沖端町の、大きな柿の木がある角のお家から、ごみを燃やす煙が出ていると通報がありました。指導は2回目です。', 'personal-info/identifiable-person:block'],
    ['神社の向かいにある古い空き家、所有者は県外の娘さんで、まだ連絡が取れていません。', 'personal-info/identifiable-person:block'],
    // someone living above a place by a landmark
    ['夜の騒音の原因は、駅前の角にある居酒屋の2階に住んでいる若い男性の方でした。', 'personal-info/identifiable-person:block'],
    // a flat by its floor and its side
    ['アパート清風、3階の廊下の突き当たりの部屋の方からまた苦情のお電話がありました。', 'personal-info/identifiable-person:block'],
    // a neighbour told by the trade carried on next door
    ['ごみの野焼きの通報がありました。公民館の北隣で梨の畑をされている農家さんへ指導しました。', 'personal-info/identifiable-person:block'],
    // a named owner with the lot in spaced digits
    ['柳川市三橋町高畑 3 1 2 - 5 の倉庫（所有者 古賀 正人 様）に助言を行いました。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // a public place, a venue, the way to it
    '今週末、沖端町の角の公民館で開催します。ご相談コーナーもあります。',
    '公民館の裏手にある駐車場をご利用ください。騒音にご注意ください。',
    'ごみの出し方についてのご相談は、市役所の隣にある環境センターの2階窓口へどうぞ。',
    '交差点の角にあるコンビニの向かいのお宅の前は通学路です。ご注意ください。',
    '不法投棄の通報が続いています。ごみステーションの隣の空き地に監視カメラを設置しました。',
    // a vacant-house programme told in general, an empty house put to use
    '空き家の所有者の皆さまへ。管理でお困りの際は、建築住宅課までご相談ください。',
    '旧郵便局の裏手にある空き家を改修して、来月カフェがオープンします。所有者の方のご厚意です。',
    '市役所の向かいにある空き家バンク登録物件の内覧会を開きます。お気軽にご相談ください。',
    // floors for everyone, a lot number in a venue notice
    '地震の際、マンションの1階に住んでいる方は上の階へ避難してください。',
    '柳川市大和町 1 2 3 番地で開催するイベントのご相談は担当の古賀さんまで。',
  ])('keeps clean %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R402B-007, -027, -031, -034, -038 kinds (one family\'s welfare or benefit case: a named applicant\'s selection result, a child taken into care or visited by district and age, a named child\'s estate building, a reply telling the reader\'s own means)', () => {
  const rules = (text: string, mode?: 'reply') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, ('reply' | undefined)?]>([
    // a named applicant placed by district or the child's age, with the selection's result
    ['蒲池の堤さん（0歳の長女）は、保育園の一次選考で不承諾となりました。'],
    ['入園の審査について、三橋の古賀さん（3歳のお子さん）からお電話がありましたが、今回は見送りとさせていただきます。'],
    // a child described by district and age or grade, with the sex or the nursery, taken into care or visited
    ['昨夜、三橋町在住の中学2年の男子生徒を一時保護しました。'],
    ['通報を受けて、蒲池町の幼稚園に通う4歳の女の子のお宅を、保健師が訪問しました。'],
    // a child by name with the estate's building and the age or a stay in hospital
    ['ゆいちゃん（5さい・みずはし団地の2号棟）が、きのうから入院しています。'],
    // the reader's own means told back in a reply or to a named person
    ['堤様、ご連絡ありがとうございます。ご主人の収入は年180万円とのことですので、非課税世帯に当たります。'],
    ['@yngw_mama 養育費は月2万円と伺っておりますので、手当は一部支給となります。', 'reply'],
  ])('flags %s', (text, mode) => {
    expect(rules(text, mode)).toContain('personal-info/identifiable-person:block')
  })
  it.each<[string, ('reply' | undefined)?]>([
    ['保育所の二次選考の結果は、2月10日に郵送でお知らせします。保留となった方には、空き状況に応じて順次ご連絡します。'],
    ['子育て支援課の西田さんが、保育所の入所選考の仕組みについて説明します。指数が同じ場合は保留となることもあります。'],
    ['令和7年度の一時保護件数は28件で、前年度より4件増えました。'],
    ['市内で一時保護された児童は、小学生が12人、中学生が8人でした。'],
    ['大和町在住の小学4年生の男の子が、交通安全ポスターコンクールで最優秀賞に選ばれました。'],
    ['保健師が、生後4か月までの赤ちゃんのいるご家庭を訪問します（こんにちは赤ちゃん事業）。'],
    ['みずはし団地3号棟の集会所で、毎月第2土曜日に子ども食堂をひらいています。'],
    ['大和町の男の子のいるご家庭を、令和6年度は保健師が家庭訪問しました。'],
    ['児童扶養手当は、養育費の8割が所得に算入されます。所得が160万円未満とのことであれば全部支給となります。', 'reply'],
    ['古賀様、お問い合わせありがとうございます。児童扶養手当の支給額は、所得に応じて月額10,740円から45,500円です。', 'reply'],
  ])('keeps clean %s', (text, mode) => {
    expect(rules(text, mode).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: the office\'s contact or someone addressed after a sentence on whoever needs a follow-up is no screened resident', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity === 'block').map((f) => f.rule)
  it.each([
    '検診結果で要精密検査となった方には、保健センターの宮原さんからお電話します。',
    '再検査が必要な場合は、健康づくり課の江口さんまでご相談ください。',
    '再検査が必要な方には個別にご連絡します。松尾さん、いつもありがとう！',
    '要精密検査となった方には郵送でお知らせします。古賀さん、会場設営お疲れさまでした。',
  ])('keeps clean %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it.each([
    '精密検査が必要になった方には連絡しました。昭和町の田中さんだけまだ連絡がつきません。',
    '要精密検査の方にはご連絡済みです。田中さん、早めに受診してくださいね。',
    '乳がん検診で要精密検査となった大和町の北島さんに、まだ連絡がつきません。',
  ])('blocks %s', (text) => {
    expect(rules(text)).toContain('personal-info/identifiable-person')
  })
})

describe('personal-info: blind R411L-009, -056, -057 kinds (a private house pointed at by where it stands and how it looks, in a case; residents listed by name under an enforcement or arrears status; an incident\'s victim named with age and told with their injury or medical check)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // a house by a district, a road or a landmark's side, and by its look, told with a complaint, a report or guidance
    '大和町の川沿いにある赤いトタン屋根の家から悪臭がするとの苦情が寄せられています。',
    '公民館の向かいの白い外壁の二階建ての住宅で、夜中に大きな音がすると近所の方からご相談がありました。',
    'ごみ屋敷の件、蒲池の小学校の裏の黒い瓦の古い平屋について、現在指導を続けています。',
    '昭和町、国道沿いの茶色い屋根の一軒家で、犬の鳴き声がうるさいと通報がありました。',
    // residents named in a list under arrears, a reminder or an overdue status, a district possibly before each name
    '住民税の滞納が続いている世帯（三橋町 古賀修さん、大和町 江口美和さん）には、差押えの予告を送付しました。',
    '犬の登録が未了の飼い主：松尾健一様、堤和子様ほか2名。今月中に手続きをお願いします。',
    '給食費の督促の対象となっている保護者様（蒲池 西田誠様ほか4名）へ、最終のご案内です。',
    '図書を延滞している利用者の方（古賀 様、堤 様）は、早めに返却してください。',
    // a victim named with age, with their injury or what the hospital found, in that sentence or the next
    '昨日の交通事故で、はねられた中島健太さん（17）は、左足を骨折し全治2か月とのことです。',
    'スズメバチに刺された江口和子さん（68）は、病院で治療を受け、命に別状はありません。',
    '公園で転倒した西田誠さん(81歳)が救急搬送されました。検査の結果、異常はなかったそうです。',
    '野犬に襲われた小学生の古賀ゆいちゃん（8）は、腕を縫うけがでした。',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('personal-info/identifiable-person:block')
  })
  it.each([
    // houses as scenery, buildings that are no home, a house turned venue, the way, a group
    '赤い屋根の家が並ぶ沖端町の町並みを、歩いて巡るツアーを開催します。苦情窓口はこちら。',
    '県道沿いの白い壁の平屋が、新しくオープンした地域交流センターです。騒音の心配はありません。',
    '公民館の裏にある赤い屋根の倉庫で、不法投棄の通報があったごみを保管しています。',
    '通報があった場合は、青い屋根の消防団詰所に集合してください。',
    '三橋町の赤い屋根のお宅の前は通学路です。騒音にご注意ください。',
    '沖端町の白い壁の古民家を改修したカフェで、子育ての相談会を開きます。通報訓練もあります。',
    '国道沿いの青い屋根の住宅の皆さん、騒音のご迷惑をおかけしています。',
    // the status told to everyone, lecturers, kinds or counts in the bracket, an honour, staff without honorifics
    '狂犬病予防注射の督促対象となっている飼い主様は、5月末までに接種をお願いします。（問い合わせ：生活衛生課）',
    '滞納整理の研修会を行いました（講師：古賀修様、堤美奈子様）。',
    '未納の方（学生、失業中の方など）は、猶予制度をご利用ください。',
    '督促状の送付対象者（約1,200名）には、今週中に発送します。',
    '表彰対象となった方（古賀修様、堤美奈子様）をご紹介します。',
    '未接種の方は、担当：古賀、堤までお問い合わせください。',
    // a call to whoever is hurt, a named vet, a named helper while the victim is unnamed, a named person with no hurt
    '犬に咬まれた場合は、すぐに病院で検査を受けてください。',
    '咬傷事故の防止について、獣医師の古賀先生（52）が講演しました。検査の結果の見方も解説。',
    '救助にあたった消防団の古賀修さん（45）に感謝状を贈りました。けがをした男性は軽傷でした。',
    '交通安全功労者の中島健太さん（72）は、事故ゼロの取り組みを続けてきました。',
    '転倒予防教室の講師、西田誠さん（60）が、けがをしないための体操を紹介します。骨折予防にも。',
    '熱中症で搬送された方は3人で、いずれも軽傷でした。咬まれた方の検査も異常はありません。',
  ])('keeps clean %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R410K-021, -033, -039, -054 kinds (a sample said to hold a real applicant\'s My Number, a named resident\'s illness placed by age band or district, a household\'s income or reduction class told to the one answered, a child by school, grade and initial with the family\'s circumstances)', () => {
  const rules = (text: string, mode?: 'reply' | 'comment') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string, ('reply' | 'comment' | undefined)?]>([
    // a sample of a form said to hold a real person's entries: its My Number is a real one
    ['【届出書の見本】\n氏名：古賀 花子\nマイナンバー：4821 6630 1957\n※実際に提出された届出書を、ご本人の同意を得てそのまま掲載しています。', 'personal-info/my-number:block'],
    ['＜記載例＞\n個人番号　5123-8870-2246\n氏名　松尾 一郎\n（この記載例は、実在の申請者の方の記入内容をお借りしたものです）', 'personal-info/my-number:block'],
    ['見本\n個人番号：4821 6630 1958\n窓口に来られた方から了承をいただいて、記入していただいた申請書をそのまま載せています。', 'personal-info/my-number:block'],
    // a named resident's illness, the name placed by an age band or a district
    ['中島様（50代、大和町在住）は糖尿病で人工透析を続けながら、毎朝ウォーキングをされています。', 'personal-info/identifiable-person:block'],
    ['認知症が進んで一人暮らしが難しくなった江口さん（80代・西蒲池）の施設入所が決まりました。', 'personal-info/identifiable-person:block'],
    ['パーキンソン病と診断された堤 正子さん（70代）も、リハビリ教室に元気に通われています。', 'personal-info/identifiable-person:block'],
    // the household's income or reduction class told to the one answered
    ['古賀 美咲さま\nお問い合わせの件、お調べしたところ、奥様の給与収入は年間95万円のみですので、扶養の範囲内です。', 'personal-info/identifiable-person:block'],
    ['松尾様、ご連絡ありがとうございます。確認しましたところ、今年度の介護保険料は減免の対象となっております。', 'personal-info/identifiable-person:block'],
    ['確認いたしましたところ、ご世帯は住民税非課税世帯に該当しております。', 'personal-info/identifiable-person:block', 'reply'],
    // a child by school, grade and initial or name, with the family's circumstances
    ['城内小3年のゆいちゃん、お父さんが亡くなってから、おばあちゃんと二人で暮らしているそうです。', 'personal-info/identifiable-person:block'],
    ['柳城中2年のA・Sさん。お母さんは夜勤で、両親は昨年離婚したと話してくれました。', 'personal-info/identifiable-person:block'],
    ['有明小の5年生のTくん、父子家庭で毎朝自分でお弁当を作っているそうです。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule, mode) => {
    expect(rules(text, mode)).toContain(rule)
  })
  it.each<[string, ('reply' | 'comment' | undefined)?]>([
    // samples with made-up numbers, or a note telling the reader about the real form
    ['【申請書の記入例】\n個人番号：1234 5678 9012\n氏名：柳川 太郎\n※記入例は架空のものです。実際の申請書にはご自身の個人番号を記入してください。'],
    ['【記入例】\n個人番号：5123-8870-2247\n※実際の申請では、マイナンバーカードをご持参ください。ご了承ください。'],
    ['【記入例】\n個人番号：5123-8870-2247\n※実際の記入内容ではありません。掲載している番号は説明のためのものです。'],
    ['【申請書の見本】\n個人番号：4821-6630-1958\n実際に窓口で申請される際は、ご本人確認書類もお持ちください。'],
    // an illness told of others, staff or a speaker named, a named person with no illness of theirs
    ['統合失調症で通院中の方は、自立支援医療で医療費の自己負担が1割になります。担当の佐々木さん（保険年金課）までご相談ください。'],
    ['佐々木さん（30代・沖端町）が、がん検診の大切さについて語ってくれました。'],
    ['糖尿病で通院中の方向けの教室を開きます。講師は管理栄養士の中島さん（40代）です。'],
    ['認知症の介護を続けてこられた江口さん（70代・三橋町）に、介護の体験を語っていただきます。'],
    // income or reduction told as a rule or a count, even to someone named
    ['古賀様、お問い合わせありがとうございます。所得が一定以下の世帯は、国民健康保険税が7割軽減の対象となります。'],
    ['松尾様\nご質問ありがとうございます。年金収入が年額80万円以下の場合は、保険料の減額の対象となります。'],
    ['ご世帯の所得が43万円以下であれば、7割軽減の対象となります。', 'comment'],
    ['確認いたしましたところ、柳川市では7割軽減の対象となっている世帯が約4割です。', 'comment'],
    // pupils as a group, a parent of a grade, a child praised, a circumstance told as a case in general
    ['城内小3年のゆいちゃんが描いた絵が、交通安全ポスターで金賞に選ばれました！'],
    ['蒲池小6年のみなさん、お父さんやお母さんが入院中でも、給食費の手続きは学校でできます。'],
    ['城内小3年のお母さんが入院中なので、送迎をお手伝いします。'],
    ['お母さんが入院中で、お父さんが単身赴任の場合、お子さんの手続きは祖父母の方でもできます。'],
    ['ひとり親家庭の小学生を対象に、無料の学習教室を開きます。城内小6年生まで参加できます。'],
  ])('keeps clean %s', (text, mode) => {
    expect(rules(text, mode).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R414P-035, -037, -044, R415Q-041 kinds (a private house pointed at by a landmark and its look, told with its resident\'s age, illness, living alone or family make-up; households named under the welfare status a programme serves)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // a house by a landmark's side and its look (a part's colour or a thing standing at it), with the resident's circumstances
    '駅前のパン屋さんの三軒先、水色の外壁のアパートにお住まいの80代の女性が、脳梗塞で倒れ救急搬送されました。',
    '保育園のすぐ向かい、黒い瓦屋根の平屋に暮らすおじいちゃん。\n今年90歳、一人暮らしですが畑仕事が日課です。',
    '大和町の公民館の裏手、白い軽トラが停まっている一軒家に、ベトナムから来られたご夫婦と赤ちゃんが越してこられました。',
    '神社の斜め向かいのこげ茶色の壁のおうちには、認知症のお母さんと二人暮らしの息子さんがいらっしゃいます。',
    // households named under a welfare status, in the sentence or in the next one telling the service done
    '非課税世帯を対象とした灯油券は、大和町の古賀様方、蒲池の江口様方など28世帯にお届けしました。',
    'ひとり親家庭への家庭訪問を続けています。今週は三橋町の堤さん宅と西田さん宅を訪問しました。',
    '要介護の方がいる高齢者のみの世帯に除雪の支援を行い、松尾様宅、中島様のお宅で作業しました。',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('personal-info/identifiable-person:block')
  })
  it.each([
    // a house turned venue, a building that is no home, scenery, the way, a group, an age that is no person's
    '沖端町の郵便局の裏、赤い屋根の古民家を改修したカフェが開店しました。小学生のお子さん連れのご家族も大歓迎です。',
    '公民館の向かいの青い屋根の建物は、ひとり暮らしの高齢者のための集いの場です。',
    '赤い屋根の家が並ぶ川沿いの町並みを、90歳の語り部さんと歩くツアーです。',
    '郵便局の裏、赤い屋根のお宅の前を右に曲がると、80代の方も通える体操教室の会場があります。',
    '駅の裏の白い壁の住宅の皆さん、80代の方も含めて避難訓練にご参加ください。',
    '市役所の隣の緑色の屋根の古民家は築120年。百歳体操の会場としても使われています。',
    // the status told to all with staff named, a volunteer's home to ask at, a gift, an example address, another matter
    '生活保護を受けている世帯の方は、福祉課の中村までご相談ください。',
    '非課税世帯の給付金のご相談は、民生委員の中村様宅でも受け付けています。',
    'ひとり親家庭の支援のため、高畑の中村様方から米10キロをご寄付いただきました。',
    '非課税世帯の方への郵送物は、宛名を「中村様方」のように書いてください。',
    '非課税世帯への給付金は10月に支給します。\n先日の祭りでは、高畑の中村様方に会場を使わせていただきました。',
    '高齢者のみの世帯を対象に、火災警報器の取付けを進めています。皆様方のご理解をお願いします。',
  ])('keeps clean %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R414P-024, R414P-029, R415Q-013, R415Q-019, R415Q-054 kinds (a pupil pinned down by school and grade told with an illness, an origin or the family\'s circumstances; a reply telling the reader\'s relative\'s illness; a named resident\'s failed exam; a private number read aloud in kana mixed with numerals)', () => {
  const rules = (text: string, mode?: 'reply' | 'comment') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string, ('reply' | 'comment' | undefined)?]>([
    // a pupil by a named school and a grade or a class, then an illness, an origin or the family's circumstances
    ['先週、城内小学校の運動会で、5年生の男子児童がリレーの途中に倒れました。この子は以前からてんかんの発作があり、今も通院しています。', 'personal-info/identifiable-person:block'],
    ['柳城中の3年1組には、今年ベトナムから引っ越してきた男の子がいて、お父さんは市内の工場で夜勤をしているそうです。', 'personal-info/identifiable-person:block'],
    ['有明高校で、陸上部の1年生の女子が熱中症で救急搬送されました。もともと心疾患の持病があるとのことです。', 'personal-info/identifiable-person:block'],
    ['昭代小の六年生の女の子は、両親が離婚してから祖母と暮らしていて、放課後は一人で過ごしているそうです。', 'personal-info/identifiable-person:block'],
    // a reply or a comment telling the reader's relative's illness or transport as a case the city knows of
    ['@tanaka_0312 いつもありがとうございます。先日ご主人が心筋梗塞で搬送された件、その後お加減はいかがですか？', 'personal-info/identifiable-person:block', 'comment'],
    ['コメントありがとうございます。昨年おばあちゃんが骨折で入院されたと伺い、心配しておりました。', 'personal-info/identifiable-person:block', 'reply'],
    ['@kotori_mama 先週お子さんが熱中症で倒れた件、職員一同心配しておりました。', 'personal-info/identifiable-person:block'],
    // a named resident, full name in katakana or kanji, told to have failed an exam
    ['介護福祉士の国家試験、グエン・ティ・ランさん（市内の特養勤務）は残念ながら不合格でした。', 'personal-info/identifiable-person:block'],
    ['漢字検定の結果です。マリア サントスさんは2級に合格できず、来年また挑戦します。', 'personal-info/identifiable-person:block'],
    ['運転免許の学科試験、古賀 正樹さんが今回も落ちてしまい、とても悔しそうでした。', 'personal-info/identifiable-person:block'],
    ['介護職員初任者研修の修了試験、アナベルさん（フィリピン出身・市内の施設勤務）は再試験となりました。不合格は2回目です。', 'personal-info/identifiable-person:block'],
    // a private mobile read aloud in katakana mixed with kanji or Arabic numerals
    ['夜間でも困ったら、私の携帯 ゼロキュウゼロ・三一四一・五九二六 までどうぞ。', 'personal-info/mobile:block'],
    ['担当の古賀の個人携帯です：ゼロナナゼロ-8812-3456', 'personal-info/mobile:block'],
    ['ご自宅の番号はゼロキュウヨンヨン・七二・一二三四とのことです。', 'personal-info/phone:block'],
    ['何かあれば僕のスマホへ。ぜろきゅうぜろ 四四〇八 七一二九 です。', 'personal-info/mobile:block'],
  ])('flags %s', (text, rule, mode) => {
    expect(rules(text, mode)).toContain(rule)
  })
  it.each<[string, ('reply' | 'comment' | undefined)?]>([
    // pupils as a group, a pupil praised, a circumstance told as a rule
    ['城内小学校の5年生の児童が、心臓マッサージの講習を受けました。'],
    ['柳城中学校2年生の女子生徒が、県の作文コンクールで最優秀賞に選ばれました！'],
    ['蒲池小学校の4年生の皆さん、海外から転入してきたお友だちと仲良く過ごしましょう。'],
    ['有明小の2年生の男の子が、お父さんと一緒に川下りを楽しんでくれました。'],
    ['外国から転入してきた児童の保護者の方は、学校教育課までご相談ください。中学校1年生の場合も同じです。'],
    ['持病のある生徒は、修学旅行の前に保健室へお申し出ください。対象は柳城中学校の3年生です。'],
    // a relative told as a case in general, a reply with no illness, a public post with no reader
    ['@sato_k ご質問ありがとうございます。お母様が倒れた場合は、迷わず119番に通報してください。', 'comment'],
    ['@hana_yanagawa コメントありがとうございます！先月はお母様とご一緒に救命講習にご参加いただきました。', 'comment'],
    ['先月、市内で脳梗塞による救急搬送が12件ありました。ご家族の様子に気をつけてください。'],
    // a failure told as a rule or of no one named; those who passed; a teacher named
    ['日本語能力試験に不合格の場合でも、次回の受験料の補助が受けられます。'],
    ['合格したのはグエン・ティ・ランさんら3人です。おめでとうございます！'],
    ['講師のマリア・サントスさんが、不合格だった方向けの対策講座を開きます。'],
    // a desk's number read aloud; a count said aloud
    ['聞こえにくい方のために、番号を読み上げます。市役所代表 ゼロキュウヨンヨン・七三・八一一一 です。'],
    ['体操の掛け声は、イチ、ニ、サン、シ、五、六、七、八です。'],
  ])('keeps clean %s', (text, mode) => {
    expect(rules(text, mode).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R417S-007, R419U-009, R419U-045, R419U-055 kinds (a household pointed at by a district, a landmark or a look told with an adverse check result; a home by a landmark\'s side told with two of its resident\'s circumstances; a named person with age told with the coming days they will be away)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // a household by surname with 様方, さん宅, のお宅 or さんち, placed by a district, a landmark or a look, with an adverse result
    '城島町江上の古賀正人さん宅の浄化槽は、今回の法定検査で「不適合」と判定されました。',
    '水質検査を行いました。三橋町の公民館裏の松尾さんのお宅の井戸水からは、基準値を超える硝酸性窒素が出ています。',
    '郵便局向かい、青い外壁の中島様方の合併処理浄化槽で、放流水の水質不良が見つかりました。',
    '昨日は高畑地区の江口さんちの井戸を調べました。残念ながら一般細菌が検出されてしまいました。',
    // a home by a landmark's side alone, with two of its resident's circumstances (an age, an illness, living alone)
    '道の駅の向かいのお家に住む80代のおじいちゃんは、認知症が進んでいて、毎日デイサービスに通っています。',
    '消防団詰所の二軒隣のお宅では、独り暮らしのおばあちゃん（92歳）が在宅酸素を使っておられます。',
    '小学校の真裏の一軒家で、車椅子のご主人が一人で住んでいる。',
    // a named person with an age in brackets, told with a coming trip and its length or the home left empty
    '転入届に来られた松尾健一さん（52）は、明日から10日間ご家族で北海道旅行だそうです。',
    '古賀 美和さん(41)、来月1日から3週間の海外出張で家を留守にするそうです。',
    '窓口に寄ってくれた中島ゆうたくん（8）、今週末から1週間おばあちゃんちへ里帰りだって！',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('personal-info/identifiable-person:block')
  })
  it.each([
    // a result told to all or of no household; a household lending its well; a gift; a role's home
    '井戸水から大腸菌が検出された場合は、飲用を控え、環境課までご相談ください。',
    '大和町鷹尾地区の山口さん方の井戸をお借りして、水質検査の実演を行いました。',
    '浄化槽の法定検査で「不適正」となったお宅は、市内で12件ありました。',
    '蒲池地区の古賀さん方から、検査で基準値を超えた井戸の調査に使う機材をご寄付いただきました。',
    // a home by a side as a mark on the way, turned venue, with one circumstance or none, a group
    '公民館のすぐ裏のお宅の前は通学路です。80代の方や車椅子の方も通ります。',
    '駅の向かいのお家を改修したカフェで、認知症カフェを開きます。70代の方もどうぞ。',
    '保育園の隣のお宅から、70代の方が花の苗を寄付してくださいました。',
    '集会所の裏手のお宅の皆さん、80代の方も一人暮らしの方も、避難訓練にご参加ください。',
    // a named person's event from a date, a trip already back, a closure with no one named
    '陶芸家の堤 由紀さん（34）の個展が、来週金曜から2週間、市民ギャラリーで開かれます。',
    'ハワイへの新婚旅行から帰ってきた古賀さん（29）が、窓口にお土産を持ってきてくれました。',
    '年末年始は12月29日から1月3日まで6日間、窓口をお休みします。旅行の際は戸締りを。',
  ])('keeps clean %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: one pupil is read once', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  // pinned-person.ts reads a pupil by school and grade with a child noun or with an initial or a name: one finding a paragraph, not two blocks.
  it.each([
    '蒲池小学校4年2組の女の子、Kちゃんのお母さんは入院中で、父子家庭のため放課後はひとりで過ごしています。',
    '蒲池小6年のKくんは、母が入院中で祖母と二人暮らしです。見守りをお願いします。',
    '城内小3年のゆいちゃんは、両親が離婚してからおばあちゃんと暮らしています。',
    // both readings: a child noun and a name, with an illness and the family's circumstances
    '今日は蒲池小6年の女の子Kちゃんが来てくれました。母が入院中で、祖母と二人暮らしです。',
  ])('one block for %s', (text) => {
    expect(rules(text).filter((r) => r === 'personal-info/identifiable-person:block')).toHaveLength(1)
  })
})

describe('personal-info: blind R421W-025, R423Y-020, R423Y-045, R423Y-054, R424Z-008 kinds (a home by surname with the way to it; a pupil by school and grade with a death in the family told transitively; a licence number as its serial; a named household using a welfare scheme; a named person\'s care-need level told decided)', () => {
  const rules = (text: string, mode?: 'reply' | 'comment') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each([
    // a home by surname with two of: a walk or drive from a landmark, a landmark's side, a count of houses
    ['子ども食堂のボランティアさんのお宅にお邪魔しました。蒲池公民館から車で5分、郵便局の向かいの古賀さんのお家です。', 'personal-info/identifiable-person:block'],
    ['三橋駅から徒歩10分、コンビニの角を曲がって三軒目が松尾さん宅です！', 'personal-info/identifiable-person:block'],
    ['保育園の裏にある、手前から2軒目の中島様のご自宅で、季節の寄せ植えを教わりました。', 'personal-info/identifiable-person:block'],
    // a pupil by school and grade with a death in the family said transitively
    ['絵画展の金賞は城内小学校3年生の女の子。去年お母さんを病気で亡くし、お母さんとの思い出を描いてくれました。', 'personal-info/identifiable-person:block'],
    ['作文の部で入賞したのは柳城中学校2年の男子生徒です。幼い頃に父親を事故で失ったことを率直につづっています。', 'personal-info/identifiable-person:block'],
    ['蒲池小の6年生の男の子は、この春おじいちゃんを亡くされたばかりです。', 'personal-info/identifiable-person:block'],
    // a licence number written as its serial, full-width or spaced
    ['拾得物のお知らせ：運転免許証が届いています。免許証は第３０１２４５６７８９０１号です。', 'personal-info/drivers-licence:block'],
    ['第 4012-0835-6710 号の運転免許証を、駐車場で保管しています。', 'personal-info/drivers-licence:block'],
    ['落とし物の免許証（佐賀県公安委員会、第650312345678号）をお預かりしています。', 'personal-info/drivers-licence:block'],
    // a named household told as using a welfare scheme
    ['就学援助の制度があります。\n城島町の古賀さん一家もこの支援を受けて、修学旅行に参加できました。', 'personal-info/identifiable-person:block'],
    ['ひとり親家庭の方はプールの利用料が半額です。今年は中島様方をはじめ5世帯が割引を利用されています。', 'personal-info/identifiable-person:block'],
    ['非課税世帯向けの助成で、三橋町の堤さんのご家族が制度を使って補聴器を購入されました。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each([
    // a named person's care-need level or disability grade told decided, in a reply or by full name
    ['田中様、お問い合わせのお父様の介護認定について。\n審査の結果、「要支援1」と認定されました。', 'reply' as const],
    ['ご質問のおばあ様（古賀ハル様）は、審査の結果、要介護３となりました。', 'comment' as const],
    ['松尾 正人さんの障害支援区分は、「区分4」と決定しました。', undefined],
  ])('flags a care level: %s', (text, mode) => {
    expect(rules(text, mode)).toContain('personal-info/identifiable-person:block')
  })
  it.each([
    // a named home with no way told, a public place's way, the home as a mark on the way, consent
    ['ボランティアの山田さんのお宅で、さつまいもの収穫体験をしました。'],
    ['会場は三橋駅から徒歩5分、郵便局の向かいの市民会館です。'],
    ['駅から歩いて3分、古賀さんのお宅の角を右に曲がると公民館の2軒目の入口があります。'],
    // a pupil's award with no family matter; a loss told of a general case
    ['読書感想文コンクールの最優秀賞は、蒲池小学校5年生の男の子でした。表彰式は図書館で行います。'],
    ['家族を亡くされた方のための相談会を開きます。小学校3年生以下のお子さんもご一緒にどうぞ。'],
    // a licence without its number, a serial of another length
    ['図書館で運転免許証の落とし物がありました。お心当たりの方はカウンターへ。'],
    ['運転免許証の更新は、告示第3号により日曜も受け付けます。'],
    // a welfare scheme told to all, a household thanked for a gift, a role's home
    ['生活保護を受けている世帯は、講座の受講料が全額免除になります。気軽にご相談ください。'],
    ['就学援助の制度について、古賀さんご一家から寄付をいただき、支援を充実させました。'],
    ['ひとり親家庭の支援制度は、民生委員の中島さん宅でもご相談いただけます。制度を利用してください。'],
    // a care-need result told to all, a level as a condition
    ['要介護認定の結果は、郵送でお知らせします。'],
    ['田中様、ご質問ありがとうございます。要介護3以上の方が対象の施設です。'],
    ['要介護2の場合は、月に一度ケアマネジャーが訪問します。'],
  ])('keeps clean %s', (text) => {
    expect(rules(text, 'comment').filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R425A-002, R425A-023, R425A-032, R425A-053, R426B-040, R426B-046 kinds (a named person told a 要配慮 matter; a named or answered person\'s welfare or DV case number; a handle tied to a real name; an insurance card\'s numbers spelt digit by digit)', () => {
  const rules = (text: string, mode?: 'reply' | 'comment') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string, ('reply' | 'comment')?]>([
    // a named private person with a 要配慮 matter told of them: violence at home, protection, assistance, disability, illness, record, the oath
    ['交流会に参加された三橋町の堤 さゆりさん（42）は、元交際相手のDVを逃れて昨年柳川に来られたそうです。', 'personal-info/identifiable-person:block'],
    ['シェルターに避難されていた松尾さん親子が、この春から新しい生活を始められました。', 'personal-info/identifiable-person:block'],
    ['お礼のお便りをくださった江口さんご一家（ご主人は療育手帳をお持ち・生活保護を受給中）に、心から感謝します。', 'personal-info/identifiable-person:block'],
    ['生活保護を受けながら三人のお子さんを育てている中島さんが、地域の清掃に毎回参加してくださっています。', 'personal-info/identifiable-person:block'],
    ['陶芸サークルの古川 義男さんは、統合失調症と診断されてからも作品づくりを続けてこられました。', 'personal-info/identifiable-person:block'],
    ['刑務所を出所した西田さんを、地元の農家さんが雇ってくださいました。', 'personal-info/identifiable-person:block'],
    ['先月パートナーシップの宣誓をした田中さんと森さんのお二人に、記念品をお渡ししました🌈', 'personal-info/identifiable-person:block'],
    // a named or answered person's welfare or DV case numbers
    ['中島様\n生活保護の件、ケース番号3-118で担当を引き継ぎました。保護変更の決定通知は第20417号です。', 'personal-info/personal-id:block'],
    ['女性相談のご予約ありがとうございます。一時保護に関する受付番号は2231です。', 'personal-info/personal-id:block', 'reply'],
    ['古賀 美咲様の児童扶養手当の受給者番号は 0815342 です。手続きは完了しました。', 'personal-info/personal-id:block'],
    // a handle tied to a real name
    ['昨日ご投稿いただいた「みかん」さん、もしかして三橋町の古賀 恵さんですか？ 声でわかりました！', 'personal-info/identifiable-person:block', 'comment'],
    ['@mikan_0312 さん、いつもありがとうございます！ 松尾 真理子さんですよね？ 窓口でお会いしましたね。', 'personal-info/identifiable-person:block', 'reply'],
    ['口コミを書いてくださった「やなぎ太郎」さんの本名は西田 健さんです。いつも応援ありがとうございます。', 'personal-info/identifiable-person:block'],
    // an insurance card's numbers spelt digit by digit
    ['被保険者証の落とし物がありました。記号 4 1 8・番号 2 2 7 3 です。', 'personal-info/insurance:block'],
    ['国民健康保険の資格確認書をお預かりしています。記号は3 0 5、番号は1 1 8 0 2です。', 'personal-info/insurance:block'],
    ['後期高齢者医療の保険証（記号 柳 1 2・番号 3 0 4 5 7）が届いています。', 'personal-info/insurance:block'],
  ])('flags %s', (text, rule, mode) => {
    expect(rules(text, mode)).toContain(rule)
  })
  it.each<[string, ('reply' | 'comment')?]>([
    // a matter told of others or in general, a name in a role that serves or speaks, a matter as a topic without its verb, consent
    ['講師の中島 由美さんから、DV被害に遭った方への支援についてお話を伺いました。'],
    ['夫からの暴力に悩む女性は、女性相談員の松尾さんにお気軽にご相談ください。'],
    ['生活保護を受けている世帯は、福祉課の古賀さんまでご相談ください。'],
    ['パートナーシップ宣誓をされた方は、市営住宅に家族として申し込めます。詳しくは人権・同和対策室の佐藤さんがご説明します。'],
    ['一時保護所の見学会には、民生委員の堤さんほか12名が参加しました。'],
    ['パートナーシップ宣誓をされた佐藤さん・村上さんのご了承を得て、宣誓式の写真を掲載しています。'],
    // numbers that are a hotline's, a notice's or nobody's
    ['DVのご相談は「DV相談ナビ」#8008へ。生活保護のご相談は福祉課（0944-73-8111）へどうぞ。'],
    ['生活保護の申請をされた方には、受付番号をお渡しします。番号は窓口でお控えください。'],
    ['告示第123号により、生活保護の基準額が改定されました。'],
    ['田中様、お問い合わせありがとうございます。児童扶養手当の申請書は第3号様式です。'],
    // a handle thanked or answered with no real name, staff named, a speaker named
    ['コメントくださった「ゆう」さん、ありがとうございます！ おっしゃるとおりですよね。'],
    ['「みかん」さん、ご質問の件は担当の野田からご連絡します。', 'comment'],
    ['@yanagawa_taro さん、講演会の講師は野田 優子さんです。ぜひお越しください。', 'reply'],
    // an insurance card with no number, spaced digits that are no card's
    ['健康保険証の忘れ物がありました。お心当たりの方は窓口までお越しください。'],
    ['保険証の記号と番号は、カードの表面に書いてあります。'],
    ['受付は 1 2 3 番窓口です。保険証をお持ちください。'],
  ])('keeps clean %s', (text, mode) => {
    expect(rules(text, mode).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R429E-031, R430F-001 kinds (a pupil by school, grade and name told a screening result; a named person\'s home as a place to go with the way and its look)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // a pupil by a named school, a grade and a name, told a screening's result
    ['本日、蒲池中学校で内科検診を行いました。2年生の古賀 陽菜さんは尿検査で要再検査となりました。', 'personal-info/identifiable-person:block'],
    ['城内小の3年1組、そうたくんは視力検査で異常が見つかり、眼科を受診することになりました。', 'personal-info/identifiable-person:block'],
    ['柳城中学校の健康診断の報告です。1年生のＫくんは聴力で要精密検査。ご家族と相談中です。', 'personal-info/identifiable-person:block'],
    ['先週、昭代小で心臓検診がありました。六年の ゆうき君は心電図で再検査になりましたが、元気に登校しています。', 'personal-info/identifiable-person:block'],
    ['三橋小学校の歯科健診、おつかれさまでした！4年2組のはるとくんはむし歯が見つかって要治療です。', 'personal-info/identifiable-person:block'],
    ['今日は有明中で側わん症の検診でした。2年生のＳ・Ｍさん、背骨の異常を指摘されて整形外科で詳しく診てもらうそうです。', 'personal-info/identifiable-person:block'],
    // a named person's own home as a place to go, the way and its look or when they are home told next
    ['使わなくなった絵本は、ボランティア会長の古賀様がご自宅で預かってくださいます。柳川市役所から車で10分、白い壁に青い門のお家です。', 'personal-info/identifiable-person:block'],
    ['野菜の苗は堤さんの自宅にてお渡しします。沖端の公園の裏手にあるおうちで、土日はご在宅です。', 'personal-info/identifiable-person:block'],
    ['回覧板のお届け先が変わり、班長の松尾さんは自宅で受け取られます。バス停から徒歩3分、表札に花の飾りがあるお宅です。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule)
  })
  it.each<[string]>([
    // a school's screening schedule, a result told as a rule, a named pupil with no health matter
    ['蒲池小学校の心臓検診は5月12日です。1年生と4年生が対象です。'],
    ['学校の健診で要精密検査となった場合は、お早めに医療機関を受診してください。'],
    ['西蒲池小学校の読書感想文コンクールで、5年生の田中 花子さんが最優秀賞に選ばれました。'],
    // a public drop-off place, a shop's address, a named home with no way or look told
    ['古着の寄付は、三橋公民館で受け付けています。西鉄柳川駅から歩いて5分、赤い屋根の建物です。'],
    ['パン工房こむぎの店舗は、駅から徒歩5分、青い看板のお店です。平日の日中は営業しています。'],
    ['代表の木下さんが自宅で作ったジャムを、朝市で販売します。ぜひお立ち寄りください。'],
  ])('keeps clean %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: team R42B-062, R327D-057, R339W-018, R353A-037, R359G-059, R362K-031, R417S-015, R417S-045, R420V-047 kinds (an unreached lost item\'s number, a staff member\'s free mail, a union member\'s account, a flat\'s bracketed address, a register\'s contents of a named person, a lost card\'s owner and birth date, a home by its postbox with its resident\'s care, a volunteer profiled by age, district, trade and school)', () => {
  const rules = (text: string, mode?: 'reply') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string, ('reply' | undefined)?]>([
    // R327D-057 kind: a number found in a lost item, called and not reached, the desk holding the item named only in an earlier phrase
    ['総合支所に、傘の忘れ物が届いています。持ち手に付いていたタグの携帯番号（090-3381-5524）に連絡しましたが、つながりませんでした。', 'personal-info/mobile:block'],
    ['図書館のカウンターで、手帳の落とし物をお預かりしています。表紙裏の番号 ０７０−２２１８−６６４０ にお電話したものの、通じませんでした。', 'personal-info/mobile:block'],
    ['こども家庭課の受付に、水筒の忘れ物がありました。名札の番号（080-5120-7731）あてにかけましたが、応答がありませんでした。', 'personal-info/mobile:block'],
    // R339W-018 kind: a free-mail address owned by a named staff member or lecturer, spaced and full-width forms too
    ['講座の申込みは、講師の松尾さんのアドレス matsuo.kenji1975@yahoo.co.jp までお送りください。', 'personal-info/email:block'],
    ['アンケートは係・古賀のメール koga-misaki88 ＠ gmail . com あてにお願いします。', 'personal-info/email:block'],
    ['写真データは、スタッフ・西田のGmail nishida.k55 @ gmail . com へお送りください。', 'personal-info/email:block'],
    // R353A-037 kind: a union member's (組合員) own account, by 記号/番号 or by bank and number
    ['組合員番号0218の松尾 和子様、共済金の振込先はゆうちょ銀行 記号17650 番号30127741 でよろしいでしょうか。', 'personal-info/bank-account:block'],
    ['組合員の西 和也さんへの返戻金は、福岡銀行 柳川支店 普通 4412087 に入金します。', 'personal-info/bank-account:block'],
    ['共済組合員 堤 美穂 様（口座番号 8831204）あての給付金を本日振り込みました。', 'personal-info/bank-account:block'],
    // R359G-059 kind: a flat's building and room with its address in brackets, or the resident named right after the bracket
    ['コーポ白鷺105号室（三橋町高畑318番地）の古賀さんから、漏水のご連絡をいただきました。', 'personal-info/address:block'],
    ['メゾン城内201号（柳川市本町12-3）にお住まいの方から、騒音の苦情が寄せられています。', 'personal-info/address:block'],
    ['アパート松風（大和町鷹ノ尾623-2）の江口様より、ごみ出しについてご相談がありました。', 'personal-info/address:block'],
    // R362K-031 kind: what a register holds about a named person (with an age or a district, or in a reply)
    ['@koga_hana 古賀 花子様（52歳）の住民票を確認したところ、本籍が久留米市のままでした。', 'personal-info/identifiable-person:block', 'reply'],
    ['松尾 健さん（三橋町在住）ですね。住民基本台帳上の世帯は、お一人となっています。', 'personal-info/identifiable-person:block'],
    ['お母様の西田 和子さん（81）の件、選挙人名簿によると、登録の住所は旧住所の沖端町になっています。', 'personal-info/identifiable-person:block', 'reply'],
    // R417S-015 kind: a lost identity card told with the owner's full name and date of birth
    ['運転免許証の落とし物が届いています。氏名：古賀 美紀さん、平成3年5月12日生まれの方。総合支所でお預かりしています。', 'personal-info/identifiable-person:block'],
    ['【拾得物のお知らせ】保険証をお預かりしています。お名前は 松尾 ケンジ 様、生年月日は1987年3月4日です。', 'personal-info/identifiable-person:block'],
    ['在留カードのお忘れ物がありました。お名前は「グエン バン ナム」様、1995年8月生まれの方です。国際交流課までお越しください。', 'personal-info/identifiable-person:block'],
    // R417S-045, R420V-047 kind: a home pointed at by a landmark or a canal and a coloured postbox or nameplate, its resident's age, illness or care told
    ['三橋の郵便局の裏手、黄色いポストのお宅に住むおじいちゃん（90）は、最近足が悪くなってきたそうです。', 'personal-info/identifiable-person:block'],
    ['掘割沿い、白い表札のお家のご夫婦を訪ねました。奥さまが認知症で、ご主人がお一人で介護されています。', 'personal-info/identifiable-person:block'],
    ['八幡神社の向かい、赤い郵便受けのおうちのおばあちゃん、御年百歳！耳が遠くなったけれどお元気です。', 'personal-info/identifiable-person:block'],
    ['県道沿い、緑のトタン屋根で庭に白い軽トラが停まっているお宅のおじいさん（88）は、一人暮らしで最近入院されました。', 'personal-info/identifiable-person:block'],
    ['天満宮の斜め向かい、茶色い郵便受けのお家のご主人は、寝たきりのお母さまを介護されています。', 'personal-info/identifiable-person:block'],
    // R42B-062 kind: a volunteer member named in full with their age and two of district, trade and school
    ['消防団第5分団の 古賀 翔太 隊員（31歳）は、三橋町で農業を営みながら活動を続けています。柳城中学校の出身です。', 'personal-info/identifiable-person:block'],
    ['ソフトボールチームの 松尾 大輝 選手（24）は大和町在住、実家の工務店で働きながら練習に励んでいます。', 'personal-info/identifiable-person:block'],
    ['班員の西田 悠真さん（35）は、柳川高校野球部OB。現在は沖端町の酒屋を継いで切り盛りしています。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule, mode) => {
    expect(rules(text, mode)).toContain(rule)
  })
  it.each<[string, ('reply' | undefined)?]>([
    // a desk's own number, unreached or not; a lost item with no owner's number
    ['市民課の窓口では、落とし物のお問い合わせを受け付けています（0944-73-8111）。電話がつながりにくい時間帯があります。'],
    ['落とし物は市民課でお預かりしています。お電話（0944-73-8111）がつながらない場合は、窓口へお越しください。'],
    ['財布の落とし物が届いています。お心当たりの方は市民課（0944-73-8111）までご連絡ください。'],
    ['市民課（0944-73-8111）にお電話いただいてもつながらない場合は、落とし物のお問い合わせをメールでどうぞ。'],
    // a desk's public address; free mail named with no address
    ['申込書は、担当・市民課のアドレス shimin@city.yanagawa.lg.jp あてにお送りください。'],
    ['体験教室の申込みは、担当の生涯学習課（gakushu@city.yanagawa.lg.jp）までお送りください。'],
    ['フリーメール（gmail.com など）からの申込みも受け付けます。担当・堤が確認します。'],
    // a union's own account; members addressed with no number; a card's fields explained
    ['柳川農業協同組合 普通 1234560 へお振込みください（口座名義：柳川農業協同組合）。'],
    ['組合員の皆さまへ：掛金の引き落とし口座の変更は、組合事務局へお申し出ください。'],
    ['共済組合の振込先は、西日本シティ銀行 柳川支店 普通 7712340 です。'],
    ['組合員証の記号・番号は、カードの表面に書かれています。'],
    // a hall's room, a building with no resident, a place's address in brackets with its head in role
    ['市民会館201号室（柳川市本町87番地1）で、相談会を開きます。'],
    ['コーポ有明（三橋町柳河123番地）の空き部屋を、移住体験住宅として活用します。'],
    ['ハイツ有明（大和町中島765番地）の建設工事が始まりました。'],
    ['御花（柳川市新外町1-1）の立花 館長があいさつしました。'],
    // a register's rule in general, staff who check, a public figure in role, a reply with no name
    ['選挙人名簿の登録は、転入の届出から3か月後になります。ご住所が変わった方はご注意ください。'],
    ['担当の古賀 一郎が住民票を確認したところ、手続きに問題はありませんでした。'],
    ['選挙管理委員長の中島 一郎氏（70）が、選挙人名簿の確認作業を視察しました。住所変更の届出をお忘れなく。'],
    ['@yng_taro 住民票を確認したところ、ご住所の変更は済んでいます。ご安心ください。', 'reply'],
    // a lost-property notice without the owner's details; a sample
    ['マイナンバーカードのお忘れ物がありました。お名前と生年月日を確認のうえお返ししますので、市民課までお越しください。'],
    ['落とし物の運転免許証は、警察署でお預かりしています。ご本人確認のため生年月日をお伺いします。担当は市民課の古賀です。'],
    ['記入例：お名前は「柳川 花子」様、生年月日は昭和60年1月1日。マイナンバーカードの落とし物にご注意ください。'],
    // a postbox at a public place, houses as scenery, a shop
    ['三橋公民館の向かい、赤いポストの前が集合場所です。'],
    ['川沿い、青い屋根の家が並ぶ町並みは、柳川らしい風景です。'],
    ['市役所の前の赤いポストは、毎日17時に集荷があります。高齢の方の郵便のご相談もどうぞ。'],
    ['沖端の掘割沿い、青い看板のお店で、90歳のおばあちゃんが作るお団子が人気です。'],
    ['天満宮の斜め向かい、茶色い郵便受けの前で、毎朝ラジオ体操をしています。'],
    // a volunteer thanked by name only, a public figure's profile, a recruitment notice, one detail only
    ['出初式で精勤賞を受けた 古賀 翔太 団員（31）、おめでとうございます！'],
    ['柳川市長の 金子 健次 氏（60）は、三橋町出身で柳川高校を卒業しています。'],
    ['第3分団の団員募集中！三橋町で働く方、柳川高校出身の方も大歓迎です（18歳以上）。'],
    ['消防団員の 堤 健太 さん（28）は沖端町の方です。ご協力ありがとうございました。'],
  ])('keeps clean %s', (text, mode) => {
    expect(rules(text, mode).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind wave 87 kinds R431G-002, R431G-028, R431G-060, R433J-028, R434K-001, R434K-040, MI-054 (a relative\'s grade changed, a pupil by class and a clause, a handbook serial with its issuer, a home counted from a landmark, a relative named in a bracket, a named pupil\'s trouble; a group addressed)', () => {
  const rules = (text: string, mode?: 'reply' | 'comment') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string, ('reply' | 'comment')?]>([
    // R431G-002 kind: the reader's relative's handbook grade or care level, changed from one level to another by a screening
    ['中村様、お母様の身体障害者手帳、先週の審査で1級に決まりました。', 'personal-info/identifiable-person:block', 'comment'],
    ['中村様、お母様の要介護認定、先月の審査で要介護2から要介護3に変更となりました。', 'personal-info/identifiable-person:block', 'comment'],
    ['@kenji_y お父様の精神障害者保健福祉手帳の更新、審査の結果3級から2級への変更が認められました。', 'personal-info/identifiable-person:block', 'reply'],
    // R431G-028 kind: a boy or a girl of a named school's class, the matter as a clause before the noun
    ['蒲池中学校2年3組に、春に転校してきた車いすの女子生徒がいます。スロープを設置しました。', 'personal-info/identifiable-person:block'],
    ['城内小の3年1組では、目の不自由な女の子のために点字の名札を作りました。', 'personal-info/identifiable-person:block'],
    ['三橋中学校の1年生では、心臓に持病のある男子生徒のためにAEDの講習を行いました。', 'personal-info/identifiable-person:block'],
    // R431G-060 kind: a disability handbook's serial with its issuer before 第
    ['大坪 健太さんの手帳番号（福岡県 第451207号）です。', 'personal-info/personal-id:block'],
    ['身体障害者手帳（佐賀県 第３３８１２０号）を交付しました。江口 まゆみさん、おめでとうございます。', 'personal-info/personal-id:block'],
    ['療育手帳（柳川市・第20931号）の写しを、古賀 翔さんからお預かりしました。', 'personal-info/personal-id:block'],
    // R433J-028 kind: a home counted from a landmark, with a case, the resident's circumstances or hardship
    ['三橋公民館の裏から三軒先のおうちに住むおばあちゃん（92）が、先週入院されました。', 'personal-info/identifiable-person:block'],
    ['大和町の郵便局の角を曲がって2軒目のお家から、家賃を滞納していて困っているとの電話がありました。', 'personal-info/identifiable-person:block'],
    ['神社の鳥居から4軒目のお宅で一人暮らしをしているおじいさんが、水道が止まったと話していました。', 'personal-info/identifiable-person:block'],
    // R434K-001 kind: the reader's relative named in the bracket after the kin word, with an illness or a treatment now
    ['@hanako_k お母さま（古賀キミ子様）は糖尿病で入院中と伺いましたので、訪問の日程を調整します。', 'personal-info/identifiable-person:block', 'reply'],
    ['@taro 奥様（72歳）が心不全で療養されているとのこと、配食サービスのご案内をお送りします。', 'personal-info/identifiable-person:block', 'reply'],
    ['山本様 ご主人（山本 茂さん、81歳）は認知症と診断されたとのことで、地域包括支援センターからご連絡いたします。', 'personal-info/identifiable-person:block', 'comment'],
    // R434K-040 kind: a child by name with school and year, told with their own trouble
    ['東京から来た古賀さん一家。次女の美咲ちゃん（城内小2年）は、体が弱くて入院することも多かったそうです。', 'personal-info/identifiable-person:block'],
    ['大和中学校1年の颯太くんは、春からずっと学校に行けない日が続いていると聞きました。', 'personal-info/identifiable-person:block'],
    ['今月の表紙は、ミナトくん（蒲池小6年）。いじめられて転校してきた当初は、ほとんど話さなかったそうです。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule, mode) => {
    expect(rules(text, mode)).toContain(rule)
  })
  it.each<[string, ('reply' | 'comment')?]>([
    // grades as a rule, a grade change as a condition
    ['手帳の等級が2級から1級に変更になった場合は、再交付の申請をしてください。', 'comment'],
    ['身体障害者手帳は1級から6級まであります。等級は審査で決まります。'],
    ['要介護2から要介護3に変更になった方は、ケアプランの見直しが必要です。', 'reply'],
    // children as a class, a child with no matter, a trouble of others or as a rule
    ['掘割小学校の5年2組では、障がいのある子どもへの理解を深める授業を行いました。'],
    ['城内小学校の6年生の男の子たちが、転入してきた友達を歓迎しました。'],
    ['蒲池小学校の4年生の男の子が、障害物競走で1位になりました。'],
    ['陽翔くん（堀端小3年）が、書道コンクールで金賞を受賞しました！'],
    ['さくらちゃん（城内小2年）は、病気の友達のために千羽鶴を折りました。'],
    ['学校に行けない日が続く場合は、堀端小3年の担任の先生にご相談ください。'],
    ['読み聞かせボランティアの古賀先生（堀端小3年担任）は、入院中のお子さんにも本を届けています。'],
    // a handbook's number told in general, a serial with no issuer shape
    ['身体障害者手帳の番号は、手帳の1ページ目に記載されています（福岡県発行の場合）。'],
    ['療育手帳の交付には、申請から1か月ほどかかります（柳川市 福祉課）。'],
    // a house counted as a mark on the way, a shop or a venue counted, a home counted with no case
    ['公民館の角から2軒目のお宅の前を右に曲がると、会場の集会所です。'],
    ['駅から2軒目のお店で、90歳のおばあちゃんが作るお団子が人気です。'],
    ['本町の角から3軒目の古民家で、体験教室を開催します。'],
    ['ポストの角から2軒目のお宅に回覧板を回してください。'],
    // a relative with no name in the bracket, an illness as a call
    ['@sato お父様（78歳以上の方）が熱中症になった場合は、すぐに119番へ。', 'reply'],
    ['@sato お母様（ご本人）とご一緒にご参加ください。', 'reply'],
    // MI-054 kind: a notice addressed to all who are in a scheme
    ['生活保護を利用されている世帯の皆さん、冬季加算のお知らせです。支給日は12月1日です。'],
    ['児童扶養手当を受給されているご家庭のみなさまへ　現況届の提出期限は8月31日です。'],
    ['生活保護を受けている世帯のみなさま、年末の窓口は28日までです。'],
    ['療育手帳をお持ちの方のご家族各位　説明会のご案内です。'],
  ])('keeps clean %s', (text, mode) => {
    expect(rules(text, mode).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind wave 88 kinds R437N-005, R437N-019, R437N-041, R438P-050, R438P-060 (a farm pointed at by the way with a disease case, a named member of staff\'s test result, a pupil by class and a clause then an initial, a numbered applicant with their home town, one at a spot in the photo with a condition)', () => {
  const rules = (text: string, mode?: 'reply') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string, 'reply'?]>([
    // R437N-005 kind: a farm or a shed by the road, a landmark's side, its look or the family running it, with a disease case
    ['豚熱の陽性が確認されたのは、国道沿いのコンビニの裏にある青い屋根の豚舎です。', 'personal-info/identifiable-person:block'],
    ['口蹄疫の疑い事例です。市道沿いにある白い外壁の牛舎で、中村さんご夫婦が営んでいる牧場です。', 'personal-info/identifiable-person:block'],
    ['鳥インフルの簡易検査で陽性となったのは、旧小学校の向かいにある養鶏場で、ご自宅の裏で家族で営まれています。', 'personal-info/identifiable-person:block'],
    // R437N-019 kind: a member of staff named with the test as theirs and its result
    ['栄養士の宮崎 真由美さんの検便でノロウイルス陽性が出ました。', 'personal-info/identifiable-person:block'],
    ['保育士の松本さんの抗原検査で陽性が出たので、本日は担任を交代しています。', 'personal-info/identifiable-person:block', 'reply'],
    ['学童保育の支援員・西村 直樹さんの検便からサルモネラ菌が検出されたため、しばらく調理は行いません。', 'personal-info/identifiable-person:block'],
    // R437N-041 kind: a school's class, a clause with the child's allergy or illness, then an initial or a given name
    ['見つかったのは蒲池小学校2年3組、小麦アレルギーで代替食を食べているＡちゃんのお皿でした。', 'personal-info/identifiable-person:block'],
    ['柳城中学校2年1組、そばアレルギーで給食を別に用意しているハルトくんの分も、今日は無事に配膳できました。', 'personal-info/identifiable-person:block'],
    ['三橋小学校5年1組、エピペンを持ち歩いているS・Tさんは、今日の遠足も元気に参加しました。', 'personal-info/identifiable-person:block'],
    // R438P-050 kind: a record's number, the holder's home town, then the full name
    ['申請番号B-2041、福岡県久留米市の中村 真理子様、添付書類が不足していますのでご連絡ください。', 'personal-info/personal-id:block'],
    ['受付番号0917、大阪府堺市在住の木下 誠さん、返礼品の配送先が確認できませんでした。', 'personal-info/personal-id:block'],
    ['整理番号 A12-0033　東京都世田谷区の 村上 ゆかり 様、寄附金受領証明書が返送されてきました。', 'personal-info/personal-id:block'],
    // R438P-060 kind: one at a spot in the photo, told with a health condition of theirs
    ['写真の左から2人目の男性は、糖尿病で人工透析を受けながらも、毎年このマラソンに参加されています。', 'personal-info/identifiable-person:block'],
    ['前列中央の女の子は心臓の病気で入院していましたが、今日は元気に踊ってくれました。', 'personal-info/identifiable-person:block'],
    ['画像の手前に写っている方は、認知症があって、ご家族と一緒に参加してくださいました。', 'personal-info/identifiable-person:block'],
  ])('flags %s', (text, rule, mode) => {
    expect(rules(text, mode)).toContain(rule)
  })
  it.each<[string, 'reply'?]>([
    // an outbreak by town or area alone, a farm with one clue, a place for disinfection, a farm as a venue, a group
    ['福岡県の発表によると、県内の養鶏場で高病原性鳥インフルエンザの疑い事例が確認されました。市内での発生はありません。'],
    ['大和町の養鶏場で鳥インフルエンザの陽性が確認されました。発生農場から半径3km以内は移動制限区域です。'],
    ['県道沿いの養鶏場で鳥インフルエンザの疑い事例が出ました。詳しくは県の発表をご覧ください。'],
    ['鳥インフルエンザの消毒ポイントは、県道沿いのガソリンスタンドの向かいにある市有地です。'],
    ['赤い屋根の牛舎が並ぶ牧場で、乳しぼり体験を開催します。国道沿いの道の駅の向かいです。'],
    ['養鶏農家の皆さま、県道沿いや川沿いの鶏舎は野鳥の侵入に特にご注意ください。陽性事例が県内で出ています。'],
    // staff's routine tests with no one named or no result, staff thanked, the one who explains, a rule
    ['給食センターの調理員は、毎月検便を受けています。今月の結果はすべて陰性でした。'],
    ['調理員の古賀さんが、子どもたちに手洗いの大切さを教えてくれました。ありがとうございました。'],
    ['保健師の西田さんが、検便の結果の見方を説明します。陽性となった方には個別にご連絡します。'],
    ['ノロウイルス陽性の場合は、症状がなくなっても調理に従事しないでください。'],
    // allergy counts, a named pupil with no matter, children as a group, a teacher in the clause
    ['市内の小学校で卵アレルギーのある児童は32人、除去食の提供は全校で行っています。'],
    ['城内小学校4年1組のＫくんが、作文コンクールで入賞しました！'],
    ['城内小学校の4年生、アレルギーのある子どもたちの除去食も、調理員が心を込めて作っています。'],
    ['城内小学校4年1組、担任の古賀先生がアレルギー対応の研修を受けました。'],
    // a number with no one named, a donor thanked with consent, a label told, a body
    ['受付番号R7-00318の方、書類に不備がありました。お手数ですが市民課までご連絡ください。'],
    ['千葉県船橋市の鶴田健一様から、ふるさと納税で多額のご寄附をいただきました（お名前の掲載に同意をいただいています）。'],
    ['受付番号は、受領証明書の右上に記載されています。千葉県の皆様もお気軽にお問い合わせください。'],
    ['受付番号12、福岡県柳川市の観光協会様から、パンフレットの追加申請がありました。'],
    // a spot with no condition, staff or a speaker at the spot, a condition as a topic or a call, a group
    ['写真の右端の方は、最高齢83歳の参加者です。最後まで元気に歩かれました。'],
    ['写真左から2人目が、糖尿病予防教室の講師を務めた古賀医師です。'],
    ['写真の中央は保健師です。持病のある方も、お気軽にご相談ください。'],
    ['写真の皆さんは、認知症サポーター養成講座を修了されました。'],
  ])('keeps clean %s', (text, mode) => {
    expect(rules(text, mode).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind wave 89 kinds R439Q-036, R439Q-050, R440R-002 (a lost card\'s details in brackets with its owner\'s name and birth, a house pointed at after its household\'s circumstances, a named fraud victim with age and loss)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string]>([
    // R439Q-036 kind: the card, then in brackets its details with the owner's full name and birth
    ['成人式の会場で拾得した落とし物です。運転免許証（第 3 3 0 1 号、古賀 美咲さん、平成16年11月生まれ）をお預かりしています。'],
    ['図書館にマイナンバーカードのお忘れ物がありました。マイナンバーカード（江口 大輔様・昭和60年2月3日生）を受付で保管しています。'],
    ['体育館で学生証の落とし物を預かっています！学生証(柳城高校、松尾 ひなたさん、2008年5月生まれ)、お心当たりの方はご連絡を。'],
    // R439Q-050 kind: a household's circumstances told, then the house pointed at by place and look
    ['見守り訪問で伺ったご家庭では、90歳のおじいさんが寝たきりの奥さまを一人で介護されていました。大和町の郵便局の向かい、赤い瓦屋根のお家です。'],
    ['先月うかがったお宅は、中学生の男の子が人工透析に通うお母さんを支えていました。三橋町の旧JAの裏、白い外壁の二階建てです。'],
    ['この世帯では、8歳のお子さんと認知症のおじいちゃんが二人暮らしをしています。蒲池地区のお寺の隣、緑色の屋根の平屋です。'],
    // R440R-002 kind: a named person with their age, told as having handed over or been cheated of money
    ['防犯教室に参加された中村 ミヨさん（79歳）は、先月、還付金があるという電話を信じてATMで50万円を振り込んでしまったそうです。'],
    ['交流会では、古川一郎様（85）が、孫を名乗る男にキャッシュカードを渡してしまった体験を語ってくださいました。'],
    ['講演後、会場の西田ハナさん(76)から、投資話の詐欺で老後の資金をだまし取られたとのお話がありました。'],
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('personal-info/identifiable-person:block')
  })
  it.each<[string]>([
    // lost cards with no owner's details, a bracket that only tells the card, a call to bring one's card
    ['市民会館で運転免許証（黒いケース入り）の落とし物をお預かりしています。お名前と生年月日を確認のうえお返しします。'],
    ['保険証（マイナ保険証を含む）をお持ちでない方は、受付で資格確認書をお見せください。'],
    ['落とし物のお知らせ：学生証（柳城高校）を1件お預かりしています。心当たりの方は生涯学習課までご連絡ください。'],
    // circumstances told of no home, a house as scenery or venue, a house with no household spoken of before
    ['市内の90歳以上の方は312人です。大和町の川沿いには、赤い瓦屋根の家が並ぶ町並みが残っています。'],
    ['ご家庭で介護をされている方の交流会を開きます。会場は三橋町の公民館の向かい、白い外壁の古民家を改修したカフェです。'],
    ['認知症サポーター養成講座を開催しました。講座のあと、参加者の皆さんで赤い屋根の交流センターを見学しました。'],
    // fraud told unnamed, a named lecturer or officer, a named participant with no loss, a consent stated
    ['先月、市内の80代の女性が、息子を名乗る電話を信じて現金300万円をだまし取られる被害がありました。'],
    ['講師の柳川警察署生活安全課・古賀 誠さん（52）が、現金を渡してしまう特殊詐欺の手口を紹介しました。'],
    ['特殊詐欺の出前講座に、最高齢の大坪トメさん（92歳）も参加してくださいました。「電話でお金の話が出たら家族に相談します」とのことです。'],
  ])('keeps clean %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind wave 90 kinds R441S-031, R443U-008, R443U-035, R443U-056, R444V-017, R444V-022 (a named person with town and arrears, a named household with a test finding, a child pinned by school and year with a trouble, a plate in kanji digits, a house counted from a landmark after a complaint)', () => {
  const rules = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, string]>([
    // R441S-031 kind: a named person fixed by their town, told with their arrears
    ['先日お送りした国保税の催告書について、大和町中島の古賀 正 様の滞納分の明細を誤って別の世帯に同封しておりました。', 'identifiable-person'],
    ['水道料金の未納のお知らせが、蒲池地区在住の松尾美和さん宛て（未納額3万2千円）で、隣のお宅に届いていたことが分かりました。', 'identifiable-person'],
    ['お詫び：軽自動車税の催告書の一部に、昭代町二丁目の江口 誠様の滞納額が印字されたまま他の方へ発送されました。', 'identifiable-person'],
    // R443U-008 kind: a named household or person with a test finding judged against them
    ['井戸水の調査のあと、尿検査で異常ありと判定された古賀さん宅には、保健所から連絡を入れています。', 'identifiable-person'],
    ['先月の健診で、血液中のカドミウムの値が基準値を超えた松尾 一郎さんのご家族にも、再度の説明会をご案内しました。', 'identifiable-person'],
    ['検査の結果、要経過観察と判定された中島さんのお宅へ、来週もう一度うかがう予定です。', 'identifiable-person'],
    // R443U-035, R444V-022 kinds: a child pinned by school and year with what they do, or by sex, with a trouble
    ['図書館の読み聞かせには、蒲池小3年で毎週欠かさず来てくれるゆうと君が今月は来ていません。お母さんが病気で通院していると聞きました。', 'identifiable-person'],
    ['両開小の4年生で、昨年から学校に行けておらず、家で過ごしている女の子がいます。ご家族から相談を受けました。', 'identifiable-person'],
    ['昭代中学校3年で生徒会長をしているたくみくん、おばあちゃんが入院されてからは弟の送り迎えもしているそうです。', 'identifiable-person'],
    // R443U-056 kind: a plate in kanji or full-width digits
    ['毎朝、公民館の前に停まっている白いワゴン車（筑後 五〇〇 さ 七七－〇一）の持ち主の方、駐車はご遠慮ください。', 'vehicle-plate'],
    ['ゴミを捨てていったバイクのナンバーは 福岡 三三〇 ね ・・八七 でした。', 'vehicle-plate'],
    ['当て逃げした車は「佐賀 ５００ は ３４－５６」の黒いセダンです。', 'vehicle-plate'],
    // R444V-017 kind: a house counted from a landmark, the case told in the sentence before
    ['悪臭の件でご連絡をいただきました。蒲池地区の旧JAの向かいから三軒先のお家に、本日職員が伺いました。', 'identifiable-person'],
    ['犬の鳴き声についてのご意見、ありがとうございます。大和町のお寺の裏から2軒目のお宅には、環境課から直接ご説明しました。', 'identifiable-person'],
    ['野焼きの煙についてご相談をいただきました。昭代町の消防団詰所の角を曲がって3軒目のお宅へ、職員がうかがいました。', 'identifiable-person'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(`personal-info/${rule}:block`)
  })
  it.each<[string]>([
    // arrears with no one named, a staff member at an office, a call to everyone in a town
    ['【お詫び】督促状の発送作業で誤りがあり、一部の方に別の方の督促状が届きました。該当の方には個別にご連絡しています。'],
    ['三橋町の皆さま、固定資産税の滞納があると延滞金がかかります。お早めに納付を。'],
    ['督促状は柳川市三橋町の税務課分室から発送しています。滞納がある方は早めにご相談ください。'],
    // a finding told of whoever has it, of the soil, or a staff member named
    ['健康診断で血中の鉛濃度が高めと判定された方は、保健センターにご相談ください。'],
    ['旧工場跡地の土壌調査で、鉛の濃度が基準値を超えた地点が2か所ありました。詳しくは環境課の西村さんまで。'],
    ['保健師の西村さんが、血中の鉛濃度が高めと判定された方のご家庭を順番に訪問しています。'],
    // a named pupil with no trouble, a team result, a year of every school, children counted, the trouble of others
    ['城内中学校1年生でサッカー部に入っているけんた君が、県大会で得点王になりました。'],
    ['堀割東小が水泳大会で優勝しました！5年生の男子リレーは大会新記録です。'],
    ['各小学校の5年生で学校に行けていない男子・女子への支援を、教育委員会と進めています。'],
    ['城内中の2年生で学校に行けていない男子は3人いて、別室登校で支えています。'],
    ['不登校の子どもたちを支える会に、城内中2年の男の子も参加してくれました。'],
    // a plate's format explained, a year and a count in kanji
    ['ナンバープレートの見方：「久留米 五〇〇 あ 一二－三四」のように、地名・分類番号・ひらがな・一連番号が並びます。'],
    ['令和六年度の軽自動車税は、三月三十一日までに納めてください。'],
    ['二〇二四年に公用車三百台のうち四十台を更新しました。'],
    // a complaint before directions to a venue or a way, a public building by a landmark
    ['騒音の苦情は環境課で受け付けています。会場は三橋町の郵便局の角から2軒目のお宅を改修したカフェで、開催は毎週土曜です。'],
    ['迷惑駐車についてのご意見をいただきました。公民館の角から2軒目のお家の前を右へ曲がると、臨時駐車場があります。'],
    ['ご意見ありがとうございます。中山郵便局の裏手、青い屋根の建物は市の倉庫です。'],
  ])('keeps clean %s', (text) => {
    expect(rules(text).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R445W-031, R446X-023, R446X-043 kinds (a home by a landmark and a thing at its door with the resident\'s life, a pupil by class with home life or daily whereabouts, a role called with さん as a place to ask)', () => {
  const rules = (text: string, mode?: 'reply') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, ('reply' | undefined)?]>([
    // R445W-031 kind: a house by a landmark's side, its roof and a thing at its door or garden, with the resident's life
    ['いつも通学路の見守りをしてくださる古賀さん。\n三橋郵便局の向かい、青いトタン屋根で庭に柿の木がある平屋です。ご主人に先立たれて一人暮らしになっても続けてくださっています。'],
    ['西鉄の踏切の角、軒先に信楽焼のたぬきが置いてあるお家のおばあちゃん、御年92歳でお元気です！'],
    ['大和町の公民館の隣、門の前に白い犬小屋のある一軒家にお住まいの方は、ご主人を亡くされてから独り暮らしです。'],
    // R446X-023 kind: a pupil by school or class and a name, with home life or where they are every day
    ['城内小3年1組のそうたくん、お父さんと二人暮らしで、学校帰りはいつも図書館にいます。'],
    ['5年3組のゆいちゃんは母子家庭で、放課後は毎日学童で過ごしています。'],
    ['蒲池中学校1年の美咲さん、おばあちゃんとふたり暮らしで頑張っています。'],
    // R446X-043 kind, still blocked: a named person with a role and private details
    ['西団地の管理人の田中 正さん（72歳・西団地にお住まい）が、ご病気で入院されました。'],
  ])('flags %s', (text, mode) => {
    expect(rules(text, mode)).toContain('personal-info/identifiable-person:block')
  })
  it.each<[string, ('reply' | undefined)?]>([
    // a public building's entrance, a house turned venue, houses as scenery
    ['中山公民館の玄関に大きな金魚鉢があります。ぜひ見に来てください。'],
    ['沖端の掘割沿い、玄関に大きな金魚鉢があるお宅を改修したカフェが本日オープンです。'],
    ['赤い屋根で玄関に花が並ぶ家が並ぶ町並みは、散歩にぴったりです。'],
    // a named pupil praised, children in general, a class addressed
    ['堀端小2年3組のはるとくんが、書写コンクールで金賞を受賞しました！'],
    ['放課後は毎日公園で過ごす子どもたちのために、見守りボランティアを募集しています。'],
    ['4年2組の皆さん、毎日放課後は校庭で遊んでいますね。'],
    // a role with no name, as the place to ask
    ['団地の騒音でお困りでしたら、自治会長さんか管理人さんにご相談ください。民生委員さんも相談に乗ってくれます。', 'reply'],
    ['市営住宅にお住まいの方は、担当者さんか管理者さんにご連絡ください。', 'reply'],
    ['空き家の管理について、大家さんや家主さんにご相談いただくか、住宅課へどうぞ。', 'reply'],
  ])('keeps clean %s', (text, mode) => {
    expect(rules(text, mode).filter((r) => r.endsWith(':block'))).toEqual([])
  })
})

describe('personal-info: blind R447Y-015, R449A-026, R450B-014 kinds (a named person\'s home by the way to it and its look, a child by school, year and name with health data, residents named by surname and place as not having done what they owe) and R449A-044 (様 as "-like")', () => {
  const rules = (text: string, mode?: 'reply' | 'comment') => findingsOf(personalInfo, text, mode ? { mode } : {}).filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)
  it.each<[string, ('reply' | 'comment' | undefined)?]>([
    // R447Y-015 kind: a named private person's home, then the way to it and its look
    ['回覧板は自治会長の古賀さんのお宅に届けてください。柳川駅から徒歩3分、青い屋根のお家です。'],
    ['落とし物は松尾様のご自宅でお預かりしています。バス停から歩いて2分ほど、白い外壁の二階建てです。'],
    ['堤さんちは、郵便局の3軒隣にある、赤い瓦屋根の平屋です。野菜はそちらで受け取れます。'],
    // R449A-026 kind: a child by school, year and name (parted by a dot or a comma) with health data, in a post or a reply
    ['息子さん（城内中1年・そうたくん）の食物アレルギーと除去食の件、担任に伝えました。', 'reply'],
    ['ゆいちゃん、蒲池小3年の、喘息の既往について養護教諭と共有しました。', 'comment'],
    ['柳城中2年・はるとくんは発達障害の診断を受けており、支援員が付き添います。'],
    // R450B-014 kind: residents named by surname and where they live as those behind
    ['市県民税の滞納が続いている方がいらっしゃいます。三橋町の古川さん、大和町の松尾さん、早めの納付をお願いします。'],
    ['健診の受診票が未提出なのは、沖端の堤さん、西蒲池の江口さんだけです。'],
    ['督促状をお送りしましたが、小学校の近くの中村様、まだ犬の登録が済んでいませんよ。'],
  ])('flags %s', (text, mode) => {
    expect(rules(text, mode)).toContain('personal-info/identifiable-person:block')
  })
  it.each<[string, ('reply' | 'comment' | undefined)?]>([
    // a venue or a public building by the way to it; houses as scenery; a named home with no way or look
    ['交流センターは柳川駅から歩いて5分、赤い屋根の建物です。'],
    ['古賀さんのお宅を改修したカフェは、駅から徒歩5分、白い壁のお家です。営業は土日のみです。'],
    ['駅から歩いて5分、赤い屋根の家が並ぶ町並みをのんびり散歩しませんか。'],
    ['鍵は中島さんのお宅でお預かりしています。受け取りは夕方以降にお願いします。'],
    // allergies and diagnoses told as a rule or of children in general; a named pupil praised
    ['食物アレルギーのある児童は、蒲池小4年の保護者説明会で除去食の申請方法をご確認ください。'],
    ['城内中1年・そうたくんが、県の作文コンクールで最優秀賞を受賞しました！'],
    ['エピペンを処方されているお子さんがいる場合は、入学前に学校へお知らせください。'],
    // reminders naming no one, or naming the desk's staff
    ['狂犬病予防注射の督促状をお送りしています。ご不明な点は、生活環境課の大坪さん、北原さんまでお問い合わせください。'],
    ['市税の滞納について、相談窓口の西田さん、収納課の古賀さんがお答えします。'],
    ['まだ接種がお済みでない方は、駅前の動物病院、蒲池の動物病院でも受けられます。'],
    ['未納の方はご連絡ください。次回の講座の講師は、三橋町の古賀さんです。'],
  ])('keeps clean %s', (text, mode) => {
    expect(rules(text, mode).filter((r) => r.endsWith(':block'))).toEqual([])
  })
  it.each([
    // R449A-044 kind: 様 as "-like" after a common noun is no one's honorific
    ['市立蒲池中学校の給食で、汁物に糸様の異物が入っていたとの報告がありました。'],
    ['城内小学校の水道で、砂様のものが混じる事例がありました。現在は解消しています。'],
    ['三橋中学校の理科室で見つかった粉様の物質は、検査の結果、石灰と分かりました。'],
  ])('reads no name in %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it('still reads a name with 様 before a matter of theirs', () => {
    expect(summary(findingsOf(personalInfo, '蒲池小学校5年の古賀様のお子さんの件でご連絡します。')).some((f) => f.startsWith('personal-info/identifiable-person'))).toBe(true)
  })
})

describe('personal-info: an unnamed resident placed by district, exact age and sex, told with an illness or a bill (blind wave 93, confpi93)', () => {
  // Blind R451C-053 kind: …町/地区 + NN歳 + sex in one phrase, with a health matter or money in that sentence or the next.
  it.each([
    ['三橋町の72歳の女性は脳梗塞で入院され、医療費が約30万円かかりました。', 'personal-info/identifiable-person:block:三橋町の'],
    ['先日相談に来られた大和町在住の男性（64）は、透析治療のため週3回通院されています。', 'personal-info/identifiable-person:block:大和町在住の'],
    ['昭代地区にお住まいの81歳のおばあちゃんが骨折で手術を受け、介護保険の申請をされました。', 'personal-info/identifiable-person:block:昭代地区にお住まいの'],
  ])('blocks %s', (text, expected) => {
    expect(reported(findingsOf(personalInfo, text), expected)).toBe(true)
  })
  it.each([
    '高額療養費の例：70歳の方が入院し、窓口負担が約20万円になった場合、自己負担限度額を超えた分が戻ります。',
    '60代の方で、がんの治療を受けている方は、医療費控除の対象になる場合があります。',
    '本年度、胃がん検診を受けた方は1,200人で、うち58歳以上の男性が4割でした。',
    '沖端町の公民館で、70歳以上の方を対象に健康教室を開きます。参加費は500円です。',
    '行方不明者の情報提供のお願い。三橋町の82歳の男性が昨日から帰宅していません。認知症の症状があります。',
  ])('keeps clean %s', (text) => {
    expect(findingsOf(personalInfo, text).filter((f) => f.severity === 'block' || f.severity === 'warn')).toEqual([])
  })
})

describe('personal-info: blind R453E-038, R453E-047, R455G-036, R455G-039 kinds (a resident placed where it happened with age, sex and a collapse; subsidy recipients listed by district, name and sum; a floor above a building by its look with the household\'s pregnancy or job; a named young person with how they became disabled)', () => {
  const blocks = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity === 'block').map((f) => f.rule)
  const flagged = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity === 'block' || f.severity === 'warn').map((f) => `${f.rule}:${f.severity}:${f.excerpt}`)
  it.each([
    // the district as where it happened, an exact age and a sex, a collapse or a trip to hospital
    ['おととい、三橋町で76歳の女性が畑仕事の最中に倒れ、病院に運ばれました。水分補給を忘れずに。'],
    ['大和地区で88才のおじいさん（堤さん）が熱中症の疑いで救急搬送されました。'],
    ['沖端町で69歳の男性が自宅の風呂場で意識を失っているのが見つかりました。'],
    // recipients listed by district, name with its honorific, and the sum in a bracket or after a colon
    ['助成金の交付先をお知らせします。\n・三橋町 古川まさこ様（給湯器 助成額20,000円）\n・昭代地区 江口 勉様（エアコン 助成額15,000円）'],
    ['今月の奨励金の支給者\n●蒲池町の堤 和夫さん：太陽光パネル 50,000円\n●沖端町の松永えりさん：蓄電池 80,000円'],
    ['補助金交付一覧\n西浜武 平田しずか様（住宅改修　10万円）\n本町 大坪一郎様（住宅改修　8万円）'],
    // a floor above a building told by its look, the household told by a pregnancy, a spouse's job or a young couple
    ['駅の裏手、青い看板の美容室の二階に住んでいるご家族で、奥さんは妊娠中とのことです。'],
    ['市役所の向かい、白い壁の薬局の3階にお住まいの新婚のご夫婦を訪ねました。'],
    ['郵便局の裏、緑色の屋根の八百屋の2階に暮らすお二人、ご主人は警察官で、春に赤ちゃんが生まれます。'],
    // a young person named with くん or ちゃん and how they became disabled
    ['中学生のときの病気で車椅子生活を送る松永 陽菜ちゃん（城内小出身）も笑顔で参加してくれました。'],
    ['バイク事故で下半身不随となった江口大輝くんが、成人式で誓いの言葉を述べました。'],
    ['昨年の事故で失明された堤くん（三橋中出身）も、同級生と一緒に入場しました。'],
  ])('blocks %s', (text) => {
    expect(blocks(text)).toContain('personal-info/identifiable-person')
  })
  it.each([
    // a count, an age limit, an event at a district
    ['昨日、市内で熱中症の疑いで3人が救急搬送されました。こまめに水分をとりましょう。'],
    ['大和地区で80歳以上の男性を対象に、熱中症予防の教室を開きます。'],
    ['三橋町で開かれた敬老会で、90歳の男性が乾杯の音頭をとりました。'],
    // a table of sums by item, a count of decisions, winners with consent
    ['補助額の目安\n・冷蔵庫（補助額30,000円）\n・エアコン（補助額25,000円）\n・LED照明（補助額8,000円）'],
    ['省エネ家電買い替え支援の第1回交付決定は12件、補助総額は38万円でした。次回の審査は7月です。'],
    ['表彰式で最優秀賞を受賞した山田花子さん（ご本人の了承を得て掲載しています）、おめでとうございます。'],
    ['対象の皆様（上限30,000円）には、交付決定通知を発送しました。'],
    // a floor of a public building or a shop as a venue, a house by look with no household told
    ['市役所の裏手、赤い屋根の公民館の2階で、妊娠中の方向けの教室を開催します。'],
    ['駅の向かい、白い壁のビルの2階にオープンした子育て支援センターをご利用ください。'],
    // a disability told in general or of a class; a named winner; a public official
    ['車いす生活の方も安心して参加できるよう、スロープを設置しました。'],
    ['二十歳のつどいで、書道コンクールで入賞した古賀翔太くんが記念品を受け取りました。'],
    ['市長と教育長が、新成人の皆さんにお祝いの言葉を贈りました。'],
  ])('keeps clean %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('personal-info: blind wave 95 kind R457J-003 (a child by given name with school and grade, and the household\'s transfer, stay in hospital or the child\'s moving away)', () => {
  const blocks = (text: string) => findingsOf(personalInfo, text).filter((f) => f.severity === 'block').map((f) => f.rule)
  it.each([
    // a kin's matter told with の (transfer, work, hospital), or the child's own moving away, in the sentence or the next
    ['昭代第二小学校5年生の陽翔君が、清掃活動で大活躍！陽翔君はパパの単身赴任が決まって、来月転校するそうです。'],
    ['蒲池小6年のはるとくん、夏休み明けに転居されるとのことで、今日が最後の参加でした。'],
    ['ひがし中2年のさくらちゃんが受付を手伝ってくれました。お母さんの仕事の都合で、春には大阪へ引っ越すことになったそうです。'],
    ['柳城中学校3年の蒼太くんは、おじいちゃんの介護で家族みんなが忙しく、秋に転校が決まりました。'],
  ])('blocks %s', (text) => {
    expect(blocks(text)).toContain('personal-info/identifiable-person')
  })
  it.each([
    // a pupil named at an award; a class with no names; a friend who moved; a teacher's transfer; moving as a chore; a notice to families
    ['沖端東小学校4年生の大樹くんが、読書感想文コンクールで最優秀賞を受賞し、表彰されました。'],
    ['城内小学校3年生のみんなが見学に来てくれました。転校する友だちへのお別れの言葉もありました。'],
    ['柳城中学校2年の蒼太くんが、転校してしまった友だちに手紙を書いてくれました。'],
    ['城内小3年のゆいちゃんが案内役をしてくれました。担任の先生は春に転勤されるそうです。'],
    ['蒲池小6年のはるとくんが、引っ越しのお手伝いボランティアに参加してくれました。'],
    ['保護者の転勤などで年度途中に転校する場合は、城内小学校の事務室へ早めにご連絡ください。'],
  ])('does not block %s', (text) => {
    expect(blocks(text)).toEqual([])
  })
})
