/**
 * Views inside the city's stance (5(1)): candour inside a stance (市としては、正直なところ…), one's creed named as the
 * city's policy, a dismissive reason then a reorganisation as the city's course, a value of how to live as the city's view, the
 * city's stance on a matter for the council (議員定数), the city's stance on a family's own choice for its child. Stays clean: an
 * apology for the city's failing, a course grounded in a plan or still weighed, matters left to the council, questions.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import { MAX_HITS, put, quotedVoice, sentenceOf } from './context'
import type { Emitter } from './context'

/*
 * Blind wave 87 kinds (candourInCityStance, ownCreedAsCity, dismissiveReasonAsCourse, lifeValueAsCity), all unofficial/personal-view (one member of staff's view given as the city's stance):
 * - Blind R431G-030 kind: a candour marker inside the city's own stance (柳川市としては、正直なところ、…だと考えています; 本市としては、
 *   ぶっちゃけ…と思っています; 市は、本音を言えば…と見ています): the city speaks through its decisions, not frankly; 正直に, 本音, ぶっちゃけ,
 *   率直に言って belong to a person, so the verdict that follows is the writer's made the city's. CANDOUR_IN_STANCE reads the city as the
 *   holder (として, は), the marker and a verb of thinking (と考え, と思っ, と見て, と感じ) in one sentence, either order. Clean: 正直な + a noun
 *   (正直なご意見をお聞きしたい), 正直に申告 (honesty asked of readers), a candour marker in another sentence than the city's stance.
 * - Blind R432H-023 kind: one's own conviction equated with the city's policy (これは私の信念であり、市の方針です; 僕の考えがそのまま市の
 *   方針です; 担当者の思い＝柳川市の考え), or a feeling labelled as one's own, then the city said to share it (担当として日々感じていることで、
 *   市の考えも同じです): OWN_CREED_IS_CITY. Clean: the disclaimer (私個人の意見であり、市の見解ではありません; 私の考えではなく、市の方針として),
 *   the city's policy first and one's agreement after (市の方針であり、私自身の思いでもあります).
 * - Blind R434K-017 kind: a dismissive judgement given as the reason (…残しておいても仕方がないので; 続けても意味がないから; 維持するのは無駄
 *   なので), then the city's reorganisation told as its course in that sentence (市としては今後…に一本化していく考えです; 本市は…を廃止する
 *   方針です): a change not decided, asserted on one person's verdict. Clean: the same change grounded in an adopted plan, an ordinance or a
 *   council's decision anywhere in the post (計画に基づき, 計画（令和6年策定）では, 条例で定める, 可決), a course still weighed (検討して
 *   まいります), the dismissive words as residents' voice (仕方がないとのご意見もありますが).
 * - Blind R434K-047 kind: a value judgement about how residents should live (…に住み替えていただくのが一番; 結婚して子どもを持つのが幸せ;
 *   地元に残るのが当たり前) attributed to the city as its thought (…だと、柳川市は考えています; 市としては…のが一番だと考えています):
 *   VALUE_OF_LIFE with LIFE_CHOICE in the sentence. Clean: a practical tip with no city as holder (まず空き家バンクに登録するのが一番の
 *   近道です), the city's support told (住み替えの費用を補助しています), a plan cited (立地適正化計画に基づき), a mayor's words quoted.
 */
const STANCE_HOLDER = '(?:柳川市|本市|当市|(?<![\\p{Script=Han}])市)(?:として(?:は|も)?|といたしまして(?:は|も)?|としまして(?:は|も)?|は)[、,]?'
const CANDOUR = '(?:(?:正直(?:なところ|に(?:言|い|申し上げ|申しま)[^。！？!?\\n、,]{0,6}?)?|本音(?:を(?:言|い|申)[^。！？!?\\n、,]{0,5}?|で(?:言|い)[^。！？!?\\n、,]{0,4}?|では)?|ぶっちゃけ(?:て|ると|た話)?|率直に(?:言|い|申し上げ|申しま)[^。！？!?\\n、,]{0,6}?)[、,]|正直(?![なにさ者でだじっ])(?=[\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}]))'
const THINK_END = 'と(?:考え|思っ|思い|見|感じ|とらえ|捉え)(?:て(?:い|お)|ます|る)'
/*
 * Blind R444V-052 / R442T-010 kind (wave 90): …also the bare 正直 run straight into the verdict (市としても、今回の中止判断は正直やりすぎ
 * だったと考えています), and the city named as holder only just before the verb (正直に申し上げると、…が被害を大きくした原因だと市では
 * 考えています; 本音を言えば、…だと本市としては見ています). Clean: 正直な + a noun, 正直に申告, an apology for the city's own failing.
 */
const HOLDER_BEFORE_VERB = '(?:柳川市|本市|当市|(?<![\\p{Script=Han}])市)(?:では|は|として(?:は|も)?|といたしまして(?:は|も)?|としまして(?:は|も)?)[、,]?'
const CANDOUR_IN_STANCE = new RegExp(`${STANCE_HOLDER}[^。！？!?\\n]{0,12}?${CANDOUR}[^。！？!?\\n]{0,60}?${THINK_END}|${CANDOUR}[^。！？!?\\n]{0,12}?${STANCE_HOLDER}[^。！？!?\\n]{0,60}?${THINK_END}|${CANDOUR}[^。！？!?\\n]{0,80}?と[、,]?${HOLDER_BEFORE_VERB}(?:考え|思っ|見|感じ|とらえ|捉え)(?:て(?:い|お))`, 'u')
const OWN_CREED_IS_CITY =
  /(?:私|わたし|わたくし|僕|ぼく|自分|担当者?|担当職員)(?:個人|自身)?の(?:信念|信条|考え|思い|持論|意見|ポリシー|主義|こだわり|願い|気持ち)(?:であり|であって|であると同時に|でもあり|であるとともに|は|が|こそ|[＝=]|イコール)?[、,]?(?:(?:そして|同時に|また|かつ|そのまま|すなわち|つまり|イコール|＝|=)[、,]?)?(?:それが|これが|そのまま)?(?:柳川市|本市|当市|市役所|市)(?:として)?の(?:方針|考え|見解|立場|姿勢|スタンス|方向性|総意|意思|意見|政策)(?!(?:では|じゃ|とは|と(?:は)?(?:異な|違|別|関係))|を代表|について|に(?:つい|関し|基づ|沿))|(?:担当|私|わたし|僕|ぼく|自分|個人的に)[^。！？!?\n]{0,14}?(?:感じて|思って|考えて|信じて)(?:いる|きた|おる|います)(?:こと|の)(?:で|であり|ですが|ですし|だし|だけど|ですけど)[、,]?(?:柳川市|本市|当市|市)(?:として)?の(?:考え|方針|見解|立場|意見)(?:も|と)[、,]?(?:まったく|全く|ほぼ)?(?:同じ|一緒|同様|一致)/u
const DISMISSIVE_REASON =
  /(?:ても|でも|のは)[^。！？!?\n]{0,6}?(?:仕方(?:が)?(?:ない|ありません)|しかた(?:が)?(?:ない|ありません)|しょうがない|しようがない|意味(?:が)?(?:ない|ありません)|無駄|むだ|ムダ|きりがない|キリがない|もったいない)(?:です|だ|でしょう|な)?(?:ので|から|し|んで)[、,]?/gu
/**
 * Blind R446X-028 kind: complaints thrown back as the reason (毎年これだけ苦情が来るのですから; 文句ばかり言われるんだから; or a plain
 * ので / から capped by a retort, これが私たちの答えです), then a cut told as the city's course (柳川市としては今後、…を減らしていく方針です;
 * 市は…を撤去することにします): one member of staff's frustration given as the city's policy. Clean: the same course grounded in a plan
 * (管理計画に基づき), a course still weighed (検討します), complaints answered with no cut (清掃の回数を増やします).
 */
const COMPLAINT_RETORT = /(?:苦情|文句|クレーム|ご不満|不満|苦言|お叱り)[^。！？!?\n]{0,16}?(?:のですから|んですから|のだから|んだから|のですもの|んやけん|とですけん)[、,]?/gu
const COMPLAINT_PLAIN = /(?:苦情|文句|クレーム|ご不満|不満|苦言|お叱り)[^。！？!?\n]{0,16}?(?:ので|から|ため)[、,]?/gu
const RETORT = /これが[、,]?(?:私たち|わたしたち|私ども|我々|われわれ|僕ら|うち|市|当市|本市|柳川市)の(?:答え|こたえ|回答|結論)(?:です|だ|である|でございます)/u
const REORGANISED_AS_COURSE = new RegExp(`${STANCE_HOLDER}[^。！？!?\\n]{0,50}?(?:一本化|統合|集約|廃止|縮小|再編|統廃合|切り替え|切りかえ|切替|移行|撤退|打ち切|減ら|削減|撤去|伐採|なくし|なくす|やめ|取りやめ|民営化|売却|取り壊|解体)[^。！？!?\\n]{0,16}?(?:考え|方針|予定|つもり|ことに(?:し|な)|します|いたします|していきます|してまいります|していく|する)`, 'u')
const COURSE_GROUNDED = /計画に基づ|計画(?:[（(][^）)\n]{0,16}[）)])?(?:では|において|で(?:定め|示し))|条例(?:で|に基づ|により)|可決|議決|答申を(?:受け|踏まえ)|決定しました|決定いたしました/u
const COURSE_WEIGHED = /検討|協議|研究|意見を(?:伺|聞|お聞き)|ご意見を(?:伺|聞|お聞き)/u
const LIFE_CHOICE = /住み替え|住みかえ|移り住|移住|引っ越|転居|同居|近居|結婚|出産|子ども?を(?:持|産|生)|子供を(?:持|産|生)|持ち家|家を(?:建て|買)|車を手放|免許を?返納|施設に入|地元に残|家業|継ぐ|継い|共働き|専業主婦|家庭に入|老後|独身/u
const VALUE_OF_LIFE = new RegExp(`(?:のが|ことが|のは|ことこそ)[、,]?(?:一番|いちばん|イチバン|最善|ベスト|理想|幸せ|正解|当たり前|あたりまえ|当然|望ましい|あるべき姿)(?:だ|である|です)?と[、,]?${STANCE_HOLDER}(?:考え|思っ|思い|感じ|見て)|${STANCE_HOLDER}[^。！？!?\\n]{0,60}?(?:のが|ことが|のは)[、,]?(?:一番|いちばん|イチバン|最善|ベスト|理想|幸せ|正解|当たり前|あたりまえ|当然|望ましい|あるべき姿)(?:だ|である)?${THINK_END}`, 'u')
const OWN_FAILING = /反省|お詫び|おわび|申し訳|至らな|(?:市|本市|当市|私ども|わたしども|当課)の(?:対応|説明|周知|判断|確認)(?:が|は|に)/u
/** Candour inside the city's stance (市としては、正直なところ…と考えています): a view given as the city's; an apology for its own failing stays clean (was unofB87). */
export function candourInCityStance(e: Emitter, t: string): void {
  if (/正直|本音|ぶっちゃけ|率直/u.test(t)) {
    const m = CANDOUR_IN_STANCE.exec(t)
    if (m && !quotedVoice(t, m.index) && !(t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index))) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      // The city owning its own failing frankly (率直に申し上げて、市の対応が不十分であったと考えております) is an apology, not a view.
      if (!/[?？]|でしょうか/u.test(t.slice(s.start, s.end)) && !OWN_FAILING.test(t.slice(s.start, s.end))) put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: t.slice(s.start, s.end).replace(/[。！!]$/u, '') })
    }
  }
}
/** One's creed named as the city's policy or view (OWN_CREED_IS_CITY) (was unofB87). */
export function ownCreedAsCity(e: Emitter, t: string): void {
  if (/の(?:方針|考え|見解|立場|姿勢|スタンス|方向性|総意|意思|意見|政策)/u.test(t)) {
    const m = OWN_CREED_IS_CITY.exec(t)
    if (m && !quotedVoice(t, m.index) && !(t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index))) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: t.slice(s.start, s.end).replace(/[。！!]$/u, '') })
    }
  }
}
/**
 * Blind R450B-035 kind: a sweeping verdict given as the city's thought (柳川市としては、…は結局問題の先送りで、…すべて保護して室内で飼うべきだと
 * 考えています; 本市としては、…補助は全部打ち切るべきだと思っています), then owned as the poster's own feeling in the same or the next sentence
 * (これは担当の私がずっと感じてきたことでもあります; 担当者として長年思ってきたことです): one member of staff's conviction made the city's
 * stance, as OWN_CREED_IS_CITY says it the other way round. The stance must hold べき or a verdict word (結局, 先送り, 一切, 無駄) before
 * the verb of thinking (すべて alone is inclusive: すべての子どもに居場所が必要だと考えています), and the confession a feeling carried over time (…てきたこと, …ていること). Clean: the same stance grounded in a plan or
 * with no confession (…べきだと考えています。これは動物愛護推進計画に基づくものです), the city's policy first and one's agreement after (市の方針
 * であり、私自身の思いでもあります: no verdict thought), the poster's own habit told (私も日頃から分別を心がけています).
 */
const SWEEPING_STANCE = new RegExp(`${STANCE_HOLDER}[^。！？!?\n]{0,80}?(?:べき|結局|先送り|一切|無駄|ムダ|無意味|意味が(?:ない|ありません))[^。！？!?\n]{0,40}?(?:だ|である)?${THINK_END}`, 'u')
const OWN_FEELING_CONFESSED =
  /(?:私|わたし|わたくし|僕|ぼく|自分|担当者?|担当職員)[^。！？!?\n]{0,14}?(?:ずっと|長年|以前から|前から|常々|日頃から|日ごろから|かねてから|かねがね|個人的に)?[、,]?(?:感じ|思っ|考え|信じ|おもっ)て(?:き|い)(?:た|る|ました|ます)(?:こと|思い|考え|の)(?:でもあり|であり|でもある|です|なんです|なのです|でした|だ)/u
/**
 * Blind R452D-028 kind: the city's thought that another body ought by rights to bear a duty (柳川市としては、…費用は本来すべて国が負担すべきもの
 * だと考えています; 本市としては、本来は県が整備すべきだと思っております; 市としては、回収は本来メーカーの責任で行うべきと考えています): a claim on
 * the state's, the prefecture's or a business's duty is a member of staff's opinion unless the city has made it its request, so no confession
 * is needed. Clean: the same thought tied to a request the city made or joins (国に要望書を提出しています, 市長会として要望しています, 意見書を
 * 提出), or grounded in a plan (COURSE_GROUNDED); a stance with no other body (市としては分別を徹底すべきだと考えています) needs the confession.
 */
const OTHER_BODY_DUTY = /本来[^。！？!?\n]{0,24}?(?:国|県|国や県|国と県|政府|事業者|メーカー|製造者|生産者|企業|電力会社|鉄道会社|JR|利用者|受益者)(?:が|の(?:責任|負担|制度|事業)(?:で|として)|で|に(?:おいて)?)[^。！？!?\n]{0,16}?べき|(?:国|県|国や県|国と県|政府|事業者|メーカー|製造者|生産者|企業)(?:が|の(?:責任|負担)で|で)[^。！？!?\n]{0,4}?本来[^。！？!?\n]{0,16}?べき/u
const REQUEST_MADE = /要望(?:書|を|して|しております|しています|いたし|活動)|要請(?:を|して|しております|しています|いたし)|提言(?:を|して|しております)|市長会(?:として|を通じて|から)|意見書|決議|働きかけ|求めて(?:い|お|まい)/u
export function sweepingStanceOwned(e: Emitter, t: string): void {
  const m = SWEEPING_STANCE.exec(t)
  if (!m || quotedVoice(t, m.index) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) return
  const s = sentenceAround(t, m.index, m.index + m[0].length)
  const sentence = t.slice(s.start, s.end)
  if (/[?？]|でしょうか/u.test(sentence) || COURSE_GROUNDED.test(t)) return
  // The confession: in the rest of the stance's sentence or in the next one.
  const next = s.end < t.length ? sentenceAround(t, s.end + 1, s.end + 1) : { start: s.end, end: s.end }
  const dutyOfOther = OTHER_BODY_DUTY.test(m[0]) && !REQUEST_MADE.test(t)
  if (!dutyOfOther && !OWN_FEELING_CONFESSED.test(t.slice(m.index + m[0].length, Math.max(s.end, next.end)))) return
  put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: sentence.replace(/[。！!]$/u, '') })
}
/** A dismissive reason, then a reorganisation told as the city's course (DISMISSIVE_REASON + REORGANISED_AS_COURSE); a course grounded in a plan or still weighed stays clean (was unofB87). */
export function dismissiveReasonAsCourse(e: Emitter, t: string): void {
  if (/ので|から|し[、,]|んで/u.test(t) && !COURSE_GROUNDED.test(t)) {
    const reasons = [...matchAllOf(DISMISSIVE_REASON, t, MAX_HITS), ...matchAllOf(COMPLAINT_RETORT, t, MAX_HITS), ...(RETORT.test(t) ? matchAllOf(COMPLAINT_PLAIN, t, MAX_HITS) : [])]
    for (const m of reasons) {
      const from = m.index + m[0].length
      const s = sentenceAround(t, m.index, from)
      const course = REORGANISED_AS_COURSE.exec(t.slice(from, s.end))
      if (!course || COURSE_WEIGHED.test(t.slice(from, s.end)) || /(?:か|かどうか)[、,]?$/u.test(course[0].replace(/(?:考え|方針|予定|つもり|ことに(?:し|な)|します|いたします|していきます|してまいります|していく|する)$/u, '')) || quotedVoice(t, m.index) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
      if (/[?？]|でしょうか/u.test(t.slice(s.start, s.end))) continue
      put(e, 'unofficial/personal-view', from + course.index, from + course.index + course[0].length, { opinion: t.slice(s.start, from).replace(/[、,]$/u, '') })
      break
    }
  }
}
/** A value of how to live (住み替え, 移住 …) told as what matters most, as the city's view (VALUE_OF_LIFE) (was unofB87). */
export function lifeValueAsCity(e: Emitter, t: string): void {
  if (LIFE_CHOICE.test(t) && !/計画に基づ|計画(?:[（(][^）)\n]{0,16}[）)])?では|条例/u.test(t)) {
    const m = VALUE_OF_LIFE.exec(t)
    if (m && !quotedVoice(t, m.index) && !(t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index))) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      if (LIFE_CHOICE.test(sentence) && !/[?？]|でしょうか/u.test(sentence)) put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: sentence.replace(/[。！!]$/u, '') })
    }
  }
}

const COUNCIL_MATTER = /議員定数|(?:議会の)?定数|議員報酬|議員の報酬|政務活動費|議員の(?:数|人数)|議会(?:の)?(?:運営|改革)|陳情|請願/u
const COUNCIL_STANCE = new RegExp(`${STANCE_HOLDER}[^。！？!?\\n]{0,40}?(?:べき|賛成|反対|支持|妥当|当然|望ましい)(?:だ|である|です)?${THINK_END}`, 'u')
const LEFT_TO_COUNCIL = /議会(?:で|が|において)[^。！？!?\n]{0,10}?(?:判断|決め|議論|審議|審査)/u
/** The city's stance on a matter for the council to decide (議員定数, 議員報酬): a personal view given as the city's; left to the council stays clean (was unof88). */
export function councilMatterStance(e: Emitter, t: string): void {
  if (COUNCIL_MATTER.test(t)) {
    const m = COUNCIL_STANCE.exec(t)
    if (m && COUNCIL_MATTER.test(sentenceOf(t, m.index, m.index + m[0].length) + t.slice(Math.max(0, m.index - 40), m.index)) && !LEFT_TO_COUNCIL.test(sentenceOf(t, m.index, m.index + m[0].length)) && !quotedVoice(t, m.index)) {
      put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: sentenceOf(t, m.index, m.index + m[0].length).replace(/[。！!]$/u, '') })
    }
  }
}

const CHILD_OF_FAMILY89 = /(?:小学生|中学生|高校生|子ども|子供|こども|児童|生徒|未成年|幼児|乳児|(?:お)?子さん)(?:に|には|が|の|は|のうちは)/u
const FAMILY_CHOICE = /スマートフォン|スマホ|携帯電話|携帯|ケータイ|タブレット|ゲーム機?|SNS|持たせ|買い与え|与え|習い事|塾|進学|部活|留学|アルバイト|バイト|髪(?:型)?を?染め|化粧|メイク/u
const CITY_FAMILY_STANCE = new RegExp(`${STANCE_HOLDER}[^。！？!?\\n]{0,40}?(?:必要(?:は)?ない|必要ありません|不要|いらない|早い|早すぎる|べきで(?:は)?ない|べきではありません|させるべき|持たせるべき|望ましくない|好ましくない)(?:だ|である|です)?${THINK_END}`, 'u')
/** The city's stance on a family's own choice for its child (スマホを持たせる必要はない): a personal view given as the city's (was unof89). */
export function cityFamilyStance(e: Emitter, t: string): void {
  if (FAMILY_CHOICE.test(t) && CHILD_OF_FAMILY89.test(t)) {
    const m = CITY_FAMILY_STANCE.exec(t)
    if (m && FAMILY_CHOICE.test(m[0]) && CHILD_OF_FAMILY89.test(m[0]) && !quotedVoice(t, m.index) && !/[?？]|でしょうか/u.test(sentenceOf(t, m.index, m.index + m[0].length))) put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: sentenceOf(t, m.index, m.index + m[0].length).replace(/[。！!]$/u, '') })
  }
}

/**
 * Blind R453E-060 / R456H-030 / R454F-042 kind (wave 94): a side taken on a contested public issue told as the city's stance, view or
 * course (柳川市としては、…原子力発電所の再稼働が不可欠だと考えております; 柳川市は、…は有料にすべきだという立場です; 本市は…法改正に反対
 * との考えです), or a section's ought-view handed to the city in the same or the next sentence (…広げるべきだと私たち市民課は考えています。
 * 柳川市として国に強く求めていく方針です): national energy, a charge for a public service, a national law or system are questions the city has
 * taken no decided position on, so one member of staff's view is given as the city's. The stance needs べき, 不可欠, 欠かせない, 反対 or 賛成
 * closed by a verb of thinking or by という立場 / との考え / 方針; the issue (CONTESTED_ISSUE) in that sentence. Clean: the city's own course
 * grounded in a plan, an ordinance or a vote (COURSE_GROUNDED), a request the city has made (要望書, 市長会として, 意見書, 決議), the city's
 * own decided plans (市は…を進めています), a stance with no contested issue (公共交通の維持が不可欠だと考えています), thanks and requests to
 * residents, questions.
 */
const CONTESTED_ISSUE =
  /原発|原子力|再稼働|新増設|核(?:兵器|燃料|のごみ)|消費税|憲法|死刑|夫婦別姓|同性婚|移民|防衛費|安全保障|(?:有料|無料|有償|無償|値上げ|値下げ|禁止|義務化|罰則|罰金)(?:化)?(?:に|と)?[^。！？!?\n]{0,4}?べき|(?:法律|法令|法改正|国の制度|閲覧制度|支援措置|住民基本台帳|年金制度|保険制度)/u
const CONTESTED_VERDICT = '(?:べき|不可欠|欠かせない|(?:に|には|は)(?:断固|絶対)?(?:反対|賛成))'
const CONTESTED_CLOSE = `(?:(?:だ|である|です)?${THINK_END}|(?:だ|である)?(?:という|との)[、,]?(?:立場|考え|方針|見解|スタンス|姿勢)|(?:の|という)?(?:立場|方針|考え)(?:です|である|だ|をとって|を取って))`
const CONTESTED_STANCE = new RegExp(`${STANCE_HOLDER}[^。！？!?\\n]{0,80}?${CONTESTED_VERDICT}[^。！？!?\\n]{0,40}?${CONTESTED_CLOSE}`, 'u')
const SECTION_VIEW = new RegExp(`${CONTESTED_VERDICT}(?:だ|である)?と[、,]?(?:私たち|わたしたち|私ども|わたくしども|我々|われわれ)?[^。！？!?\\n]{0,8}?(?:課|係|室|担当|部)(?:として)?(?:は|では|も)[、,]?(?:考え|思っ|感じ)`, 'u')
const CITY_COURSE = new RegExp(`${STANCE_HOLDER}[^。！？!?\\n]{0,40}?(?:方針|考え|立場|姿勢|スタンス)(?:です|である|だ|でございます)`, 'u')
const REQUEST_DONE = /要望書|意見書|決議|市長会(?:として|を通じて|から)|要望(?:して(?:い|お)|しました|いたしました|を(?:行|提出))|要請(?:して(?:い|お)|しました)/u
export function contestedIssueAsCityStance(e: Emitter, t: string): void {
  if (!CONTESTED_ISSUE.test(t) || COURSE_GROUNDED.test(t) || REQUEST_DONE.test(t)) return
  let m = CONTESTED_STANCE.exec(t)
  if (m) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (!CONTESTED_ISSUE.test(sentence) || /[?？]|でしょうか|かどうか/u.test(sentence) || quotedVoice(t, m.index) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) m = null
  }
  if (!m) {
    // A section's view, then the city's course in the same or the next sentence.
    const v = SECTION_VIEW.exec(t)
    if (!v || quotedVoice(t, v.index) || t.lastIndexOf('「', v.index) > t.lastIndexOf('」', v.index)) return
    const s = sentenceAround(t, v.index, v.index + v[0].length)
    if (!CONTESTED_ISSUE.test(t.slice(s.start, s.end)) || /[?？]|でしょうか|かどうか/u.test(t.slice(s.start, s.end))) return
    const next = s.end < t.length ? sentenceAround(t, s.end + 1, s.end + 1) : { start: s.end, end: s.end }
    if (!CITY_COURSE.test(t.slice(v.index, Math.max(s.end, next.end)))) return
    m = v
  }
  put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: sentenceOf(t, m.index, m.index + m[0].length).replace(/[。！!]$/u, '') })
}
