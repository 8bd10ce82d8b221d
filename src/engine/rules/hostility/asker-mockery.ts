/**
 * hostility — askers and residents mocked.
 *
 * Blind R361J–R407G kinds: "people like this" stereotyped, the asker's ability to read doubted, a critic pitied as lacking
 * sense; an answer tailed by a jab at the asker's own failing, a complainant called narrow-minded; sarcasm through courtesy
 * (thanks tailed by a laugh at a repeat asker, the reader's leisure welcomed); sham admiration for daring to write, a resident
 * taunted in English to stay home; a resident mocked by a scare-quoted epithet and an eye-roll, a commenter's isolation blamed
 * on their manner; a complaint rebuffed by a sarcastic "tell us where", a person bundled off with the rubbish; and the
 * reader's own child singled out as the worst (お宅のお子さんほど手のかかる子は).
 *
 * Stays clean: a child praised (ほど元気な子は), the speaker's own child, a real answer with help, a care advice in English, a scare
 * quote around a title.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech } from '../../words'
import type { Phrase } from './context'
import { INSTEAD, INVITE, SELF, notQuoted, notQuotedEn, notTeaching, sentenceText, withPrevious } from './context'

// --- Blind R361J/R363L (fixer QHD), as kinds: a kind of people stereotyped, reading ability doubted, critics pitied as lacking sense ---
/**
 * Blind R361J-014 kind: "people like this" said always to do a fault, as a knowing generalisation (こういう方って、…全部顧問のせいにするんですよね,
 * ああいう人は文句ばかり言うんだよね): a person lumped into a contemptible type, warn. Only with a fault named (…のせいに, 文句, 言い訳) and the
 * knowing ending (んですよね, んだよね). Not praise (こういう方って素敵ですよね), not the writer.
 */
const THIS_KIND_QHD = '(?:こういう|こういった|ああいう|ああいった|そういう|こんな|あんな)(?:方|人|人たち|方々|親|保護者|お客さん|客|タイプ)(?:って|は|に限って|ほど)[、,]?[^。！？!?\\n]{0,40}?(?:(?:の|人の|他人の|周りの)せいに|文句|言い訳|責任転嫁|他責|自分(?:のこと)?しか|人の話(?:を)?聞かな|ルール(?:を)?守らな|クレーム)[^。！？!?\\n]{0,12}?(?:んですよね|んだよね|んよね|んですよ(?:ね)?ー|んだよなあ?|んやけどね|とですよね|っちゃんね)'
/**
 * Blind R361J-021 kind: the asker's ability to read doubted (普通に字が読める方なら30秒で見つかると思いますよ, 日本語が読めればすぐ分かります):
 * contempt in a polite form, warn. Only with "ordinary/properly" before, or "at once" after; not an eligibility (日本語が読める方ならどなたでも).
 */
const CAN_READ_QHD = '(?:普通に|ふつうに|ちゃんと|まともに|きちんと)(?:字|文字|日本語|文章)(?:が|を)?(?:読める|読めれば|理解できる)(?:方|人|かた)?(?:なら|であれば|だったら)?|(?:字|文字|日本語|文章)(?:が|を)?(?:読める|読めれば)(?:方|人|かた)?(?:なら|であれば|だったら)?[、,]?[^。！？!?\\n]{0,8}?(?:すぐ(?:に)?|一瞬で|秒で|[0-9０-９]{1,3}秒で|簡単に)[^。！？!?\\n]{0,4}?(?:見つか|分か|わか|理解)'
/**
 * Blind R363L-014 kind: a critic or a reviewer said to lack the sense to appreciate, with pity (…って口コミ書いてる人、感性が育ってないんだと思います
 * かわいそう〜): the person put down, warn. Only with a critic in the paragraph (書いてる人, 口コミ, レビュー, 言う人) and pity or a smirk.
 */
const NO_SENSE_QHD = '(?:感性|センス|教養|想像力|読解力|理解力|知性|品性)(?:が|も)?(?:育って(?:い)?な|育ってな|足りて(?:い)?な|足りな|欠けて|乏し|貧し|ない(?:ん|の|人|方)|無い(?:ん|の|人|方))'
const CRITIC_QHD = /(?:書(?:いて(?:る|いる|た)|く|いた)|言(?:って(?:る|いる|た)|う)|つけ(?:てる|た)|付け(?:てる|た))(?:人|方|やつ|ヤツ)|口コミ|クチコミ|レビュー|低評価|星[1１一ひと]つ/u
const PITY_QHD = /かわいそう|可哀想|可哀そう|かわいそ〜|気の毒|残念な(?:人|方)|哀れ|😇|🤭|😏|お察し/u
export const STEREOTYPE_AND_PITY_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(THIS_KIND_QHD),
    instead: '相手を「こういう人」とひとくくりにせず、「ご意見ありがとうございます。担当に伝えます」のように受け止めてください',
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(CAN_READ_QHD),
    instead: '相手の読む力を疑わず、「トップページの〇〇に掲載しています（リンク）」のように場所だけを案内してください',
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !/どなたでも|だれでも|誰でも|参加|応募|対象/u.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NO_SENSE_QHD),
    instead: '感想を書いた方をおとしめず、「ご感想ありがとうございます。景色の見どころは〇〇です」のように受け止めてください',
    severity: 'warn',
    keep: (sq, s, e) => { const sen = sentenceText(sq, s, e); const w = withPrevious(sq, s, e); return notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && !SELF.test(sq.slice(Math.max(0, s - 12), s)) && CRITIC_QHD.test(w) && PITY_QHD.test(sq.slice(s, Math.min(sq.length, e + 30)) + sen) },
  },
]

// --- Blind R365N kinds: an answer tailed by a jab at the asker's own failing, a complainant called narrow-minded ---
/**
 * Blind R365N-025 kind: an answer given, then made conditional on the asker's own failing or ability as an afterthought (…大体取れますよ。
 * 寝坊されなければ、ですけどね, ちゃんと読んでいただければ、の話ですが): sarcasm at the asker, warn. Only a failing or an ability of a
 * person (寝坊, 遅刻, 早起き, ちゃんと, きちんと, 忘れ) in the condition, and the clause cut off by ですけど / の話ですが; not the weather or
 * the city's own means (天気がよければ、ですけどね, 電話がつながれば).
 */
const ASKER_FAILING_IF = '(?:寝坊|遅刻|寝過ご|二度寝|起きられ|起きれ|早起き|ちゃんと|きちんと|まともに|忘れ|見落と|読み飛ば|サボら|さぼら)[^。！？!?\\n、,]{0,12}?(?:ば|たら)[、,]?(?:の話)?(?:ですけど|ですが|だけど|やけど|ばってん|の話)'
/**
 * Blind R365N-046 kind: a complainant's character put down as narrow (心が狭い, 器が小さい) with a mock concern for their life (そこまで心が
 * 狭いと生きづらくないですか？, 器が小さいと疲れませんか), or named so outright (心の狭い方ですね): the person mocked, warn. Not the writer
 * of themself (私は心が狭いので), not a lesson (心が狭いと思われないように).
 */
const NARROW_MIND_MOCKED = '(?:心|器|度量|了見|料簡|懐)(?:が|の)?(?:狭|せま|小さ|ちいさ)(?:い|すぎ|過ぎ)(?:る|て)?(?:と|ようでは|んじゃ|のでは|なら|って)?[、,]?[^。！？!?\\n]{0,12}?(?:生きづら|生きにく|疲れ(?:ません|ない|ん)|しんどくな|人生(?:楽し|損|つまら)|損(?:して|しとる|してる|ですよ)|かわいそう|可哀想|大変そう|お気の毒)|(?:心|器|度量)(?:が|の)(?:狭|せま|小さ|ちいさ)い(?:方|人|人たち|お方)(?:ですね|だね|やね|ですな|なんですね|なんだね)'
export const PHRASES_ASKER_JABS: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(ASKER_FAILING_IF),
    instead: '相手の落ち度をほのめかす一言を削り、「受付は朝8時30分からです。つながりにくい場合は〇〇もご利用ください」のように案内だけにしてください',
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !SELF.test(sq.slice(Math.max(0, s - 12), s)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NARROW_MIND_MOCKED),
    instead: '苦情を寄せた方の人柄を評さず、「ご心配をおかけしています。子どもたちにも声の大きさを伝えていきます」のように受け止めてください',
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !SELF.test(sq.slice(Math.max(0, s - 12), s)) && !/思われ(?:ない|ぬ)よう|ならないよう/u.test(sentenceText(sq, s, e)),
  },
]

// --- Sarcasm through courtesy: thanks or a polite remark tailed by a laugh at a repeat asker, the reader's leisure welcomed ---
/**
 * Blind R386K-016 / R387L-043 kind: a courtesy formula or a polite remark on the person (ご苦労さまです, ありがとうございます,
 * 例の方ですね) with a laugh right after it (（笑）, w, 笑), said where the person is a repeat critic or asker (毎回同じような文句,
 * 毎週同じ質問, 例の方): politeness turned to mockery, warn. Not a laugh after thanks to a regular visitor or participant (毎週ご参加
 * ありがとうございます笑: no complaint or question in sight), not quoted.
 */
const COURTESY_LAUGHED = '(?:ご苦労(?:さま|様)|お疲れ(?:さま|様)|ありがとうございます|ありがとうございました|何よりです|恐れ入ります|頭が下がります|感心します|さすがです|(?:お詳しい|ご熱心|熱心|お元気|お好き|マメ|まめ)(?:なん)?です(?:ね|よね)|例の(?:方|お方|人)(?:です|でしょう)(?:ね|よね|か)?)(?:です)?(?:ね|よ)?[。！!]?[\\s　]?(?:[（(]笑[)）]|[wｗ]{1,6}(?![a-zａ-ｚ])|笑(?![ぁ-ゖ一-龥]))'
const REPEAT_ASKER = /毎回|毎週|毎度|毎日|相変わらず|性懲りもなく|懲りずに|飽きもせず|例の(?:方|お方|人)|同じ(?:よう)?な?(?:質問|文句|苦情|ご意見|コメント|内容|話|書き込み|投稿)/u
const ASKER_WORDS = /質問|文句|苦情|クレーム|ご意見|ご指摘|コメント|書き込|投稿|批判|例の(?:方|お方|人)/u
/**
 * Blind R387L-046 kind: the reader's leisure welcomed in keigo (お暇なようで何よりです, お時間がおありのようで結構です), or the reader
 * told to study a little too (少しは条例の勉強にも向けていただけると助かります, 少しはお調べになってはいかがでしょう): condescension, warn.
 * Not an invitation to the idle (お暇なようでしたら、ぜひ), not the writer's own study (私も少しは勉強しないと).
 */
const LEISURE_WELCOMED = '(?:お(?:暇|ひま)|お時間(?:が|に)(?:おあり|余裕が(?:おあり|ある)))(?:な|の)?(?:よう|ご様子|みたい)で(?:何より|なにより|結構|うらやまし|羨まし)'
const STUDY_A_LITTLE = '少しは[^。！？!?\\n]{0,16}?(?:勉強|お勉強|お調べ|調べ|学ん|学び|ご理解|理解|お読み|読ん|目を通)[^。！？!?\\n]{0,12}?(?:いただけると(?:助かり|幸い|ありがた)|いただければ|いただきたい|されては|なさっては|されたら|なさったら)'
export const PHRASES_POLITE_MOCKERY: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(COURTESY_LAUGHED),
    need: ['笑', 'w', 'ｗ'],
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => {
      const around = sq.slice(Math.max(0, s - 60), Math.min(sq.length, e + 40))
      return notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && REPEAT_ASKER.test(around) && ASKER_WORDS.test(around)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(`${LEISURE_WELCOMED}|${STUDY_A_LITTLE}`),
    need: ['お暇', 'おひま', 'お時間', '少しは'],
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !SELF.test(sentenceText(sq, s, e)) && !INVITE.test(sq.slice(e, e + 30)),
  },
]

// --- A critic mocked with sham admiration for daring to write, and a resident taunted in English to stay home ---
/**
 * Blind R393S-052 kind: a reviewer's or critic's writing met with sham admiration in keigo (…のに、よく評価がお書きになれますね（笑）,
 * よくもまあ★1がおつけになれますねｗ, よくそんなことがおっしゃれますね😏, よくあれで断言できますね🙄): よく(も) then an honorific or sino
 * verb of writing or saying in the potential (the plain 書けますね is read by the older よく…書けます phrase), with a laugh or a smirk
 * after it: mockery, warn. Only where a review, a rating or a complaint is in sight (評価, 口コミ, ★1, そんなコメント);
 * not a child praised (お子さんの作文、よくこんなに書けますね笑), not a colleague's blog admired (毎日の投稿、よく書けますね笑), not quoted.
 */
const DARED_TO_WRITE = '(?:よく|よくも|ようも)[、\\s]?(?:まあ|まぁ)?[、\\s]?[^。！？!?\\n]{0,16}?(?:お書きになれ|お書きになられ|お書き込みになれ|おっしゃれ|仰れ|お話しになれ|お(?:つけ|付け)になれ|(?:ご)?(?:投稿|評価|採点|コメント|批判|レビュー|断言|判断)(?:でき|なされ|なさ|(?:が|を)?おできにな(?:れ|り))|言い切れ)(?:ます|る|た)(?:ね|よね|な|なあ|ねえ|もんだ|もんです|ものだ|ものです|こと)?(?:[。！!]?[\\s　]?)(?:[(（](?:笑|爆笑|苦笑)[)）]|笑(?![ぁ-ゖ一-龥])|[wｗ]{1,6}(?![a-zａ-ｚ])|🤣|😂|😏|🙄|🤭)'
const REVIEW_IN_SIGHT = /評価|レビュー|口コミ|クチコミ|★|☆|星[1１一ひと]|文句|批判|苦情|ご意見|ご指摘|書き込|(?:そんな|あんな|こんな)(?:こと|コメント|投稿|意見)/u
const PRAISED_CHILD = /お子|子ども|子供|こども|児童|生徒|園児|小学生|年生|ちゃん|くん|君|練習|習字|書き初め|上手/u
/**
 * Blind R395U-026 kind (English): a resident's complaint mocked with advice to stay away (If a few words on a poster ruin your day,
 * maybe just stay home lol; if a sign upsets you that much, just don't look 🙄): "if … ruins / bothers / offends / upsets you …" then
 * stay home, leave, look away or get over it, said with a taunt (lol, lmao, haha, Seriously?, 🙄, 😂): confrontational, warn. Not
 * weather or health advice (If the heat bothers you, please stay indoors), which has no taunt.
 */
const EN_STAY_AWAY_IF_UPSET = `(?<![a-z])if\\s{1,2}[^.!?\\n]{1,60}?\\s(?:ruins?|ruined|bothers?|bothered|offends?|offended|upsets?|upset|triggers?|triggered|annoys?|annoyed|hurts?|is\\s{1,2}(?:too\\s{1,2}much|a\\s{1,2}problem)\\s{1,2}for)\\s{1,2}(?:you|your\\s{1,2}(?:day|feelings|eyes|life|week|mood|morning))(?:\\s{1,2}(?:that|so)\\s{1,2}much)?[,\\s]{1,3}(?:then\\s{1,2})?(?:maybe\\s{1,2}|perhaps\\s{1,2})?(?:you\\s{1,2}should\\s{1,2})?(?:just\\s{1,2})?(?:stay\\s{1,2}(?:at\\s{1,2})?(?:home|inside|indoors|away)|don['’]?t\\s{1,2}(?:come|look|read|go\\s{1,2}out)|leave|move(?:\\s{1,2}(?:out|away|elsewhere))?|get\\s{1,2}over\\s{1,2}it|grow\\s{1,2}up|toughen\\s{1,2}up|look\\s{1,2}away|close\\s{1,2}your\\s{1,2}eyes)(?![a-z])`
const EN_TAUNT = /(?<![a-z])(?:lol|lmao|lmfao|rofl|haha\w*|seriously\s?\?|come\s{1,2}on|grow\s{1,2}up|get\s{1,2}a\s{1,2}life)(?![a-z])|🙄|😂|🤣|🤡|😏|🤭/iu
const EN_CARE_ADVICE = /\b(?:heat|hot|cold|rain|storm|typhoon|weather|pollen|smoke|noise\s{1,2}from\s{1,2}construction|sick|fever|unwell|ill|symptoms?|allerg|asthma|evacuat|safety|safely)/iu
export const PHRASES_MOCK_DARED: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(DARED_TO_WRITE),
    need: ['よく', 'ようも'],
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => {
      const t = sentenceText(sq, s, e)
      return notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !SELF.test(t) && !PRAISED_CHILD.test(t)
        && REVIEW_IN_SIGHT.test(withPrevious(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(EN_STAY_AWAY_IF_UPSET, 'giu'),
    need: ['if'],
    instead: INSTEAD.polite,
    severity: 'warn',
    squeezed: true,
    keep: (sq, s, e) => {
      const around = sq.slice(Math.max(0, s - 40), Math.min(sq.length, e + 20))
      return notQuotedEn(sq, s, e) && EN_TAUNT.test(around) && !EN_CARE_ADVICE.test(sentenceText(sq, s, e))
    },
  },
]

// --- Blind R407G kinds: a resident mocked by a scare-quoted epithet and an eye-roll, a commenter's isolation blamed on their manner ---
/**
 * Blind R407G-009 kind: a particular resident mocked with a scare-quoted epithet (“常連さん”, 「お得意様」, 『名物おじさん』) or as the
 * caller or visitor they are (毎朝電話をくださる方, 窓口にいらっしゃる方), and a stage direction of weariness in brackets after it
 * ((遠い目), (震え声), (お察しください), (ため息)): sarcasm, warn. Not the writer's own weariness (今日も残業です（遠い目）), not 常連 as a
 * friendly word for regulars (朝市の常連さん、ありがとうございました).
 */
const WEARY_STAGE_DIRECTION = '[（(](?:遠い目|とおい目|震え声|ふるえ声|お察し(?:ください|下さい)?|察して|察し|ため息|溜息|溜め息|げっそり|ゲッソリ|真顔|虚無|死んだ目)(?:で)?[)）]'
const SCARE_QUOTED_PERSON = '[“"「『〝](?:常連|お得意|お馴染み|おなじみ|名物|有名人|VIP|vip|大ファン|熱心な|いつもの|例の)[^”"」』〟]{0,6}?(?:さん|様|さま|方|おじさん|おばさん|おじいさん|おばあさん|氏)[”"」』〟]'
const CALLER_OR_VISITOR = '(?:電話|お電話|窓口|来庁|来所|来館|お問い合わせ|問い合わせ|クレーム|苦情)[^。！？!?\\n]{0,16}?(?:くださる|下さる|くれる|される|なさる|いらっしゃる|来られる|来る|かけてくる)(?:方|人|お客様|お客さん|おじさん|おばさん|おじいさん|おばあさん|男性|女性)'
const RESIDENT_EYE_ROLLED = `(?:${SCARE_QUOTED_PERSON}|${CALLER_OR_VISITOR})[^。！？!?\\n]{0,40}?${WEARY_STAGE_DIRECTION}`
/**
 * Blind R407G-018 kind: a commenter's trouble with others put down to their own manner (そういう態度だから浮いてしまうんじゃないでしょうか,
 * そんな言い方ばかりだから周りから煙たがられるのでは, あなたのその性格では誰も相手にしませんよ): that manner or character, then
 * isolation or dislike as its result: a personal attack, warn. Not advice on manners in general (丁寧な言い方を心がけると、相手にも
 * 伝わりやすくなります), not praise (そういう姿勢だから信頼される).
 */
const ADDRESSEE_MANNER = '(?:そういう|そんな|そのような|そうした|その|あなたの|あんたの|ご自身の|お宅の)(?:[^、。！？!?\\n]{0,10}?(?:への|に対する|に対しての))?(?:態度|言い方|物言い|口の利き方|口のきき方|口調|考え方|性格|姿勢|振る舞い|ふるまい|言動|ところ|とこ|人柄)(?:ばかり|ばっかり)?'
const MANNER_BLAMED = `${ADDRESSEE_MANNER}(?:だから|なので|やから|やけん|だけん|では|じゃ|が原因で|のせいで|だと)[、,]?[^。！？!?\\n]{0,16}?(?:浮い|孤立|嫌われ|相手にされ|相手にしな|避けられ|煙たがられ|敬遠され|疎まれ|友達が(?:でき|い)|仲間外れ|仲間はずれ|揉め|もめ|トラブルにな|誰も(?:相手|近寄|助け|寄り付)|人が離れ|周りが離れ)`
export const PHRASES_RESIDENT_MOCKED: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(RESIDENT_EYE_ROLLED),
    instead: '特定の方をあてこすらず、「朝の時間帯はお電話が混み合います。お急ぎでない方は午後のご利用をお願いします」のように、お願いだけを伝えてください',
    severity: 'warn',
    keep: (sq, s, e) => notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(MANNER_BLAMED),
    instead: '相手の人柄や態度を責めず、「ご近所とのことでお困りでしたら、団地の管理人や市の相談窓口にご相談ください」のように、相談先を伝えてください',
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
]

// --- Blind R402B / R403C kinds: a complaint rebuffed by a sarcastic "tell us where", a person bundled off with the rubbish ---
/**
 * Blind R402B-037 kind: a complaint (「保育料が高すぎる」というご意見) answered by asking, with mock politeness, where the impossible
 * alternative is (タダで夜まで預かってくれる場所がどこかにあるのなら、ぜひ私たちにも教えていただきたいものです, そんな店があるなら
 * こちらが知りたいくらいです): there is none, so stop complaining. The thing supposed to exist (あるのなら, あれば, 存在するなら), then
 * the wish to be told or to go there ended as sarcasm (…たいものです, …たいくらい, …たいぐらいです); a complaint in the sentence or
 * the one before. Not a sincere request for information (情報をお持ちの方は教えていただきたいです, 落とし物…教えてください).
 */
const SUPPOSED_THERE = '(?:ある|あれば|あるなら|あるのなら|あるんなら|あったら|存在するなら|存在するのなら|存在すれば)'
const WISH_TOLD_MOCKING = `${SUPPOSED_THERE}[、,]?[^。！？!?\\n]{0,16}?(?:教えて|ご紹介|紹介して|ご案内|知り)(?:いただき|頂き|もらい|ほし|欲し|くださり)?(?:たい|い)(?:もの|くらい|ぐらい)(?:です|だ|ですね|ですよ|ですわ|だわ|やね|やわ|ばい|たい)?(?=[。！!ね〜]|$)`
const COMPLAINT_ANSWERED = /ご意見|意見|ご要望|要望|苦情|お声|という声|との声|ご指摘|指摘|クレーム|文句|不満|高すぎ|少なすぎ|足りな|遅すぎ|ひどい/u
/**
 * Blind R403C-027 kind: a person bundled off with the rubbish (分別もできない頭なら、いっそご本人ごと収集車に積んで持っていきたい, 捨てた
 * 人もまとめて粗大ごみに出したい): the person treated as rubbish and harm hinted, block. A person (本人, その人, 出した人, 住民) taken
 * with it (ごと, もろとも, も一緒に, まとめて), then the rubbish's truck, bag or furnace and what is done to rubbish (積む, 放り込む,
 * 捨てる, 燃やす, 出す). Not a bag or box taken whole (袋ごと収集車に), not a resident who brings the rubbish (ご本人が収集車に).
 */
const PERSON_BUNDLED = '(?:ご本人|本人|その人|あの人|この人|その方|あの方|そのかた|犯人|持ち主|住人|住民|出した人|捨てた人|出した方|捨てた方|出した奴|捨てた奴|そいつ|あいつ|こいつ|あなた|あんた|お前|おまえ|連中|やつら|奴ら)'
const WITH_THE_RUBBISH = '(?:ごと|もろとも|も一緒に|もいっしょに|ともども|もまとめて|まとめて|も含めて)'
const RUBBISH_END = '(?:ごみ収集車|収集車|パッカー車|清掃車|ごみ袋|ごみ箱|焼却炉|焼却場|清掃工場|処分場|埋め立て地|粗大ごみ|燃えるごみ|燃えないごみ|可燃ごみ|不燃ごみ|生ごみ|ごみ)'
const RUBBISH_DONE = '(?:積|載せ|乗せ|放り込|ほうり込|ほうりこ|投げ込|ぶち込|突っ込|詰め|捨て|出し|燃や|処分|回収|収集|持って(?:い|行)|運ん|送り)'
const PERSON_AS_RUBBISH = `${PERSON_BUNDLED}${WITH_THE_RUBBISH}[、,]?[^。！？!?\\n]{0,12}?${RUBBISH_END}(?:に|へ|で|として|の日に)?[、,]?[^。！？!?\\n]{0,6}?${RUBBISH_DONE}`
export const PHRASES_COMPLAINT_REBUFFED: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(WISH_TOLD_MOCKING),
    need: ['もの', 'くらい', 'ぐらい'],
    instead: '実現が難しい理由を皮肉で返さず、「保育料は国の基準をもとに定めています。軽減制度もご案内しています」のように、事情と支援策を丁寧に伝えてください',
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && COMPLAINT_ANSWERED.test(withPrevious(sq, s, e)),
  },
  {
    rule: 'hostility/threat',
    re: phrase(PERSON_AS_RUBBISH),
    need: ['ごと', 'もろとも', '一緒', 'いっしょ', 'ともども', 'まとめて', '含めて'],
    instead: '人をごみのように扱う言い方をやめ、「分別のルールは〇〇をご覧ください。守られていない袋は回収できません」のように、ルールと市の対応だけを伝えてください',
    severity: 'block',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
]
/**
 * Team R377A-051 kind (a catch the reader lost on retraining, now a rule): the reader's own child singled out as the worst, in a reply
 * (お宅のお子さんほど手のかかる子はなかなかいませんので、担任も毎日いい勉強をさせてもらってます, そちらの息子さんくらい困った子は初めてです):
 * a parent answered by running their child down, sarcasm dressed as thanks. The reader's child (お宅の, そちらの, あなたの + お子さん,
 * 息子さん, 娘さん) compared with ほど/くらい, a trouble word (手のかかる, 大変な, 困った, 扱いにくい, わがままな), then "hardly any / the
 * first" (なかなかいません, めったにいない, 初めてです). Not a child praised (ほど元気な子は), not the speaker's own child, not quoted.
 */
const CHILD_SINGLED_OUT = `(?:お宅|おたく|そちら|あなた|あんた)の(?:お子さん|お子様|息子さん|娘さん|子)(?:ほど|くらい|ぐらい)[^。！？!?\\n]{0,16}?(?:手の(?:かか|掛か)る|手がかかる|大変な|困った|問題のある|扱いにくい|扱いづらい|わがままな|言うことを聞かない)[^。！？!?\\n]{0,8}?(?:は|も)[、,]?(?:正直|本当に|ほんとに|まず)?[、,]?(?:なかなか|めったに|そうそう|ほかに|他に)?(?:いません|いない|いないです|おりません|見たことがありません|初めてです|はじめてです)`
export const CHILD_SINGLED_OUT_PHRASE: Phrase = {
  rule: 'hostility/confrontational',
  re: phrase(CHILD_SINGLED_OUT),
  instead: 'お子さんを他と比べて悪く言わず、「ご意見ありがとうございます。学校と連携して対応してまいります」のように、対応だけを伝えてください',
  severity: 'warn',
  keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
}
