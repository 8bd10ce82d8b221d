/**
 * hostility — people called hard to serve, visitors turned away for their origin.
 *
 * Blind R251W–R255Q and R268D–R271P kinds: a conduct that makes a customer hard to serve named with a dislike made the
 * condition; visitors named by a foreign region or nationality then told they are not wanted (discrimination aimed at people,
 * block), an asker's age named as why they cannot understand and sent to a grandchild, a reader told it was only "this much"
 * of a notice, a resident told with their ignorance named to stop meddling.
 *
 * Stays clean: a welcome to visitors from abroad (海外からのお客さまにもっと来てほしい), help offered to older people, a family's help invited
 * as a service, a real request to keep a rule.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech, sentenceOf } from '../../words'
import type { Phrase } from './context'
import { CRITIC_H14, HATE_TAUGHT, INSTEAD, READ_OK, SELF, foldAll, notQuoted, notQuotedEn, notTeaching, ownWords, sentenceText, withNext, withPrevious } from './context'

// ---- host8: blind R251W–R255Q kinds ----
/** A conduct that makes a customer or resident hard to serve (順番を守らず, 大声を, 何度も同じ説明を…させる, 理不尽な). */
const HARD_CONDUCT_H8 = /守らず|守らない|守られない|守っていただけない|大声|怒鳴|どな(?:る|り|ら)|繰り返させ|何度も同じ|しつこ|無理を(?:言|おっしゃ)|理不尽|割り込|横柄|暴言|居座/u
/** A complaint made the condition, its cause minimised (そんなに, すら, くらいで) or the addressee named (@, 最初から, 正直). */
const DISLIKE_IF_H8 = /(?:嫌|いや|イヤ|我慢(?:が)?でき(?:ない|ず|ん|ません)|我慢(?:なさ|され)(?:れない|ない)|耐えられ(?:ない|ん|ません)|気になる|気に障る|ご不満|不満|文句|苦情|クレーム|うるさい|やかましい|臭い|におい|匂い|不便)[^。！？!?\n]{0,12}?(?:なら|のでしたら|のであれば|ようでしたら|んだったら|んやったら|とおっしゃるなら|と言うなら|というなら)/u
const AIMED_H8 = /[@＠]|最初から|はじめから|初めから|そもそも|正直|そんなに|そこまで|すら|さえ|くらいで|ぐらいで|程度で|苦情|文句|クレーム|ご不満|おっしゃ|あなた|あんた/u
/** Blind R252A-032 kind: a wholesale quantifier (苦情のほとんどは, 大半は, いつも) or an exasperated next sentence (いいかげん…). */
const WHOLESALE_H8 = /ほとんど|大半|大部分|すべて|全て|たいてい|大抵|[9９九]割|いつも|決まって|毎度/u
/** Blind R253E-034 kind: the one harmed is a complainer named by what they say (うるさいって言いよる人, 文句を言う連中). */
const COMPLAINER_H8 = /(?:うるさい|やかましい|文句|苦情|クレーム|言いよる|言いよう|言っとる|言っちょる|言うとる|言ってる|言う|言われる|おっしゃる|騒ぐ)[^。！？!?\n]{0,8}?(?:人|ひと|やつ|奴|ヤツ|連中|方|者|輩)/u

export const HARD_TO_SERVE_PHRASES: Phrase[] = [
  // Blind R251W-045 kind: staff venting in public that customers or residents named by their conduct bring them to their limit
  // (順番を守らず大声を出される方がいて、正直、職員も限界です; …客がいると、もううんざり): confrontational, warn. Not the staff at their
  // limit for a crowd or the heat (お待ちの方が大勢いて職員も限界まで対応), not a カスハラ policy or a training (ownWords: teaching).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:お客様|お客さま|お客さん|客|方|人|利用者|住民|来庁者|来館者|方々|人たち|人達)(?:[もや]|など|とか)?(?:が|も)?(?:いて|いると|いらっしゃって|いらっしゃると|おられて|おられると|来ると|来られると|のせいで)[、\\s]?[^。！？!?\\n]{0,16}?(?:限界|疲弊|うんざり|参って|まいって|へとへと|心が折れ|心折れ|もちません|持ちません|身がもたな|身が持たな)'),
    need: foldAll(['限界', '疲弊', 'うんざり', '参って', 'まいって', 'へとへと', '心が折れ', '心折れ', 'もちません', '持ちません', '身がもたな', '身が持たな']),
    instead: '困った利用者を責めず、「窓口が混み合っています。順番にご案内しますので、ご協力をお願いします」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e) || /カスハラ|ハラスメント/u.test(sq)) return false
      const { start } = sentenceOf(sq, s, e)
      return HARD_CONDUCT_H8.test(sq.slice(start, e))
    },
  },
  // Blind R252A-011 / R253E-033 kind: a complainant told, on their complaint, that they should not have moved here or that life here does
  // not suit them (臭いがそんなにお嫌なら、最初から田舎に越してこられなければよかったのでは？; 花火の音すら我慢できないのでしたら、…柳川での
  // 暮らしは向いていないのではないでしょうか): confrontational, warn, however polite. Only with the complaint made the condition in the
  // sentence and aimed (minimised, 最初から, 正直, @, a complaint named); not a移住 guide's plain advice (虫が苦手なら田舎暮らしは…).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:(?:越して|引っ越して|引越して|移住して|移り住んで|移って)(?:こられ|来られ|いらっしゃら|こ|来)なければ|住まなければ|住まれなければ)(?:よかった|良かった|よろしかった)|(?:暮らし|生活|田舎暮らし|地方暮らし|住まい|お住まい)(?:は|が|に|には)[、\\s]?(?:そもそも|あまり|まったく|全く|どうも)?(?:向いていない|向いてない|向いておられない|向いていらっしゃらない|向かない|向いていません|向いておられません|合わない|合っていない|合ってない|合っていません|合っていらっしゃらない|合わないの)'),
    need: foldAll(['なければ', '向いて', '向かない', '合わない', '合って']),
    instead: '相手に転居を勧めたり暮らしに向かないと言ったりせず、「ご不便をおかけしています。実施日時は事前にお知らせします」のように、事情と対応を伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const { start } = sentenceOf(sq, s, e)
      const before = sq.slice(start, s)
      return DISLIKE_IF_H8.test(before) && AIMED_H8.test(sq.slice(start, e) + (sq.includes('@') || sq.includes('＠') ? '@' : ''))
    },
  },
  // Blind R252A-032 kind: a group of residents blamed wholesale for the trouble, named by an obstinacy (苦情のほとんどは、昔のやり方を
  // いつまでも変えようとしない高齢の農家さんが原因です): confrontational, warn. Only with a wholesale quantifier in the sentence or an
  // exasperated sentence after it; not "some" (ルールを守ろうとしない一部の方が原因で…).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:変えよう|改めよう|守ろう|聞こう|従おう|直そう|学ぼう|合わせよう|やめよう|止めよう|理解しよう)と(?:しない|せん|されない|なさらない)[^。！？!?\\n]{0,12}?(?:方|人|者|農家|住民|世代|高齢者|お年寄り|年寄り|連中|人たち|方々|ドライバー|利用者|保護者)(?:さん|様)?(?:たち|達|の方々|方)?(?:が|の)[、\\s]?(?:原因|せい|問題)'),
    need: foldAll(['としない', 'とせん', 'とされない', 'となさらない']),
    instead: '特定の立場の人をひとまとめに責めず、「野焼きの際は風向きにご配慮ください」のように、守ってほしいことを伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = sq.slice(s, e)
      if (/一部|一握り|わずか|ごく少数/u.test(t)) return false
      const sent = sentenceText(sq, s, e)
      if (/一部の|一握りの|ごく一部|わずかな/u.test(sent)) return false
      return WHOLESALE_H8.test(sent) || /^[^。！？!?\n]{0,3}?(?:いい加減|いいかげん|そろそろ|少しは|いい年)/u.test(withNext(sq, s, e).slice(sentenceOf(sq, s, e).end - sentenceOf(sq, s, e).start).replace(/^[。！？!?\s]+/u, ''))
    },
  },
  // Blind R252A-032 kind: people told "enough already" to come round (いいかげん時代に合わせていただきたいです, いい加減目を覚まして
  // ください): confrontational, warn. Not いい加減な (sloppy), not the weather (いい加減梅雨が明けてほしい: no such verb).
  // Blind R447Y-028 kind: also いい加減に before the call, and told to face reality (いい加減に現実を見てください, いいかげん現実に目を向けて
  // ほしい, いい加減に考え直していただきたい); not いい加減に扱う (carelessly: no such verb after it).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:いい加減|いいかげん|好い加減)(?!な)(?:に)?[、\\s]?[^。！？!?\\n]{0,10}?(?:時代に(?:合わせ|追いつ|ついて)|現実を(?:見|直視し|受け入れ|受け止め|お認めになっ)|現実に目を向け|考え直し|頭を冷やし|目を覚まし|目を覚まされ|お目覚め|気づい|気付い|お気づきになっ|理解し|ご理解|学んで|学習し|改め|変わっ|大人になっ|わきまえ|弁え|自覚し)(?:て|られ|になっ|になられ)?(?:いただきたい|頂きたい|いただけ|頂け|ほしい|欲しい|ください|下さい|もらいたい|くれ)'),
    need: foldAll(['いい加減', 'いいかげん', '好い加減']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !SELF.test(sentenceText(sq, s, e)),
  },
  // Blind R253E-034 kind: a complainer joked about being shut inside something and harmed, in dialect volition (太鼓がうるさいって言いよる
  // 人、太鼓の中に詰めて一緒に叩いちゃろうかｗ; 文句を言う連中はドラム缶に詰めてやる): threat, block. Only with a complainer named in the
  // sentence; not packing goods (福袋にお菓子を詰めて).
  {
    rule: 'hostility/threat',
    re: phrase('(?:詰め|つめ|押し込ん|放り込ん|ほうりこん|投げ込ん|なげこん|閉じ込め|とじこめ|埋め|うめ|沈め|しずめ|突っ込ん|つっこん)(?:て|で)[^。！？!?\\n]{0,10}?(?:ちゃろうか|ちゃろか|ちゃろ|たろうか|たろか|てやろうか|てやろか|でやろうか|ちゃおうか|ちゃおか|ちゃる|たる|てやる|でやる)|(?:詰め|つめ|閉じ込め|とじこめ|埋め|うめ|沈め|しずめ)(?:ちゃろうか|ちゃろか|たろうか|たろか|てやろうか|てやろか|ちゃおうか|てやる|たる|ちゃる)'),
    need: foldAll(['ちゃろ', 'たろ', 'てやろ', 'でやろ', 'ちゃお', 'ちゃる', 'たる', 'てやる', 'でやる']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const { start } = sentenceOf(sq, s, e)
      return COMPLAINER_H8.test(sq.slice(start, s))
    },
  },
  // Blind R254L-026 kind: an English curse spelt as an acronym or with its letters split by periods or spaces (S.T.F.U and read it,
  // stfu, G T F O, s.h.u.t u.p, g.e.t l.o.s.t): curse, block. The plain "shut up", "get lost" are the insult phrase's.
  {
    rule: 'hostility/curse',
    re: phrase('(?<![a-z0-9])(?:s[.*_\\-\\s]{0,2}t[.*_\\-\\s]{0,2}f[.*_\\-\\s]{0,2}u|g[.*_\\-\\s]{0,2}t[.*_\\-\\s]{0,2}f[.*_\\-\\s]{0,2}o|s[.*_\\-]\\s?h[.*_\\-]\\s?u[.*_\\-]\\s?t[.*_\\-\\s]{1,3}u[.*_\\-]\\s?p|g[.*_\\-]\\s?e[.*_\\-]\\s?t[.*_\\-\\s]{1,3}l[.*_\\-]\\s?o[.*_\\-]\\s?s[.*_\\-]\\s?t)(?![a-z0-9])', 'giu'),
    instead: INSTEAD.curse,
    squeezed: true,
    keep: (sq, s, e) => notQuotedEn(sq, s, e),
  },
  // Blind R254L-026 kind: an English insult spelt with its letters split by periods (you i.d.i.o.t, m.o.r.o.n): insult, block.
  {
    rule: 'hostility/insult',
    re: phrase('(?<![a-z0-9])(?:i[.*_\\-]\\s?d[.*_\\-]\\s?i[.*_\\-]\\s?o[.*_\\-]\\s?t|m[.*_\\-]\\s?o[.*_\\-]\\s?r[.*_\\-]\\s?o[.*_\\-]\\s?n|s[.*_\\-]\\s?t[.*_\\-]\\s?u[.*_\\-]\\s?p[.*_\\-]\\s?i[.*_\\-]\\s?d|l[.*_\\-]\\s?o[.*_\\-]\\s?s[.*_\\-]\\s?e[.*_\\-]\\s?r|d[.*_\\-]\\s?u[.*_\\-]\\s?m[.*_\\-]\\s?b[.*_\\-]\\s?a[.*_\\-]\\s?s[.*_\\-]\\s?s)(?:[.*_\\-]?\\s?s)?(?![a-z0-9])', 'giu'),
    instead: INSTEAD.insult,
    squeezed: true,
    keep: (sq, s, e) => notQuotedEn(sq, s, e),
  },
  // Blind R255Q-059 kind: a resident's view of our photos or work put down to the viewer's taste (写真の良し悪しは見る方のセンス次第かと
  // 存じます; 読む人の見る目次第): confrontational, warn. Only with a critic's remark before (CRITIC_H14); 感性次第 alone is a plain saying.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:見る|見た|みる|読む|読んだ|受け取る|受け取った|感じる|お感じになる|ご覧になる|お読みになる)(?:方|人|側|かた|ひと)の[、\\s]?(?:センス|見る目|審美眼|美的感覚|美意識|読解力|理解力)(?:次第|しだい|によ)'),
    need: foldAll(['センス', '見る目', '審美眼', '美的感覚', '美意識', '読解力', '理解力']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC_H14.test(withPrevious(sq, s, e).replace(sq.slice(s, e), '')) && !/私(?:たち|ども)?の|職員の|当方の/u.test(sentenceText(sq, s, e)),
  },
]

// ---- host12: blind R268D–R271P kinds ----
/**
 * Blind R268D-008 kind: visitors named by a foreign region or nationality as where they come from (アジアからの団体客, 中国人の観光客,
 * 海外のツアー客), then, within the sentence or the next one, told they are not wanted (正直もう来てほしくない, 来ないでほしい, お断りしたい):
 * a whole group blamed and turned away for its origin, discrimination aimed at people, block. Not a welcome (海外からのお客さまにもっと来て
 * ほしい), not the wish denied (来てほしくないわけではありません), not a lesson against the prejudice.
 */
const ORIGIN_H12 = '(?:東南アジア|東アジア|南アジア|アジア|中国|韓国|台湾|香港|海外|外国|欧米|中東|アフリカ|南米|ベトナム|フィリピン|インドネシア|ネパール|ミャンマー|インド)'
const ORIGIN_GROUP = `${ORIGIN_H12}(?:人)?(?:から(?:の|来た|きた|来る|来られた|来られる)?|の)[、\\s]?(?:団体客|団体旅行客|観光客|ツアー客|旅行者|旅行客|観光団|団体|お客(?:さん)?|客|人たち|連中)(?:たち|ら|ども)?`
const UNWANTED_H12 = '(?:来て(?:ほしく|欲しく|もらいたく|いただきたく)(?:ない|ありません|なか)|来ないで(?:ほしい|欲しい|もらいたい|いただきたい)|来なくて(?:いい|結構|けっこう)|(?:お断り|おことわり)(?:したい|です|だ)|入れたくない|遠慮して(?:ほしい|欲しい|もらいたい))'
const UNWANTED_DENIED = /^[^。！？!?\n]{0,8}?(?:わけでは|訳では|わけじゃ|という(?:声|ご意見|意見|こと)|との(?:声|ご意見)|とは(?:思|言|申)|ではなく)/u
/**
 * Blind R268D-012 kind: an asker's age named as why they cannot understand (ご高齢で理解が難しいようでしたら), then sent to a grandchild or
 * family first (お孫さんにでも聞いてから改めてご質問いただけますか): condescension in keigo, warn, in a reply or comment. Not help offered
 * with the family (ご家族と一緒にお越しください), not a notice to everyone.
 */
const ASK_FAMILY_FIRST = '(?:お孫さん|お孫様|孫|お子さん|お子様|息子さん|娘さん|ご家族|ご親族|若い方|若い人|お若い方)(?:の方)?(?:に|にでも|でも|とでも)[、\\s]?[^。！？!?\\n]{0,8}?(?:聞いて|きいて|教えて|教わって|尋ねて|確認して|見て)(?:もらって|いただいて)?から[、\\s]?(?:改めて|あらためて|もう一度|再度)?[、\\s]?(?:ご質問|お問い合わせ|質問|問い合わせ|ご連絡|お電話|ご相談)'
const AGE_CANNOT = /(?:ご高齢|ご年配|高齢|お年|お歳|年齢|年のせい|歳のせい|お年寄り)[^。！？!?\n]{0,16}?(?:理解|お分かり|分から|わから|難し|むずかし|無理|でき(?:ない|ません))/u
/**
 * Blind R269H-017 kind: a reader who could not follow a notice told it was only "this much" (この程度の案内文を読み取れない方がいらっしゃる
 * ことは…想定しておりませんでした, その程度の説明も理解できない人): their reading ability belittled in keigo, warn. Not a fuller
 * explanation offered (この程度の説明では分かりにくい方も…詳しく解説します), not small print or another language (READ_OK).
 */
const THIS_MUCH_UNREAD = '(?:この|その|あの|これ|それ)(?:程度|くらい|ぐらい)の[、\\s]?(?:案内文?|ご案内|文章|文面|説明文?|ご説明|内容|お知らせ|日本語|手続き?|ルール|決まり)(?:も|すら|さえ|を|が)?[、\\s]?(?:読み取れ|読みとれ|読め|読みこなせ|理解でき|理解され|ご理解いただけ|分から|わから|お分かりになら|お分かりいただけ)(?:ない|ず)(?:方|人|方々|人たち|とは|なんて)'
/**
 * Blind R270C-001 kind: a resident told, with their ignorance named, to stop meddling (入札の仕組みもご存じないのに、あれこれ口を出すのは
 * やめていただけますか, 何も分からないくせに口出ししないでください): an insult in keigo, block. Not the writer inviting views from people
 * who know little (よく分からないのに口を出すのは迷惑かな、と遠慮される方も…どんなご意見も歓迎です).
 */
const IGNORANT_MEDDLE = '(?:も|すら|さえ|何も|なにも|ろくに|よく)[、\\s]?(?:ご存じ|ご存知|知ら|分から|わから|お分かりになら|理解されて(?:い)?|理解して(?:い)?|勉強されて(?:い)?|お調べになって(?:い)?)(?:ない|ず|ん)(?:のに|くせに|くせして|で)[、\\s]?(?:あれこれ|いろいろ|色々|好き勝手に|勝手に|偉そうに|えらそうに|軽々しく|安易に)?[、\\s]?(?:口(?:を)?(?:出|挟|はさ)|口出し|首を突っ込|意見する|文句を)[^。！？!?\\n]{0,16}?(?:やめ|控え|ご遠慮|遠慮して|迷惑|困り|困る|結構です|不要です|いりません|要りません|必要(?:は)?(?:ない|ありません|ございません))'
const MEDDLE_WELCOME = /[、,]?\s?(?:と|って)(?:思|お思|遠慮|ためら|心配|感じ|お考え)|かな|かも|歓迎|ご安心|お気軽|ぜひ|大切|ありがた/u
export const ORIGIN_EXCLUSION_PHRASES: Phrase[] = [
  {
    rule: 'hostility/discrimination',
    re: phrase(`${ORIGIN_GROUP}[^\\n]{0,60}?(?:もう|二度と|正直)?[、\\s]?${UNWANTED_H12}`),
    need: foldAll(['ほしく', '欲しく', 'もらいたく', 'いただきたく', '来ないで', '来なくて', '断り', 'ことわり', '入れたくない', '遠慮して']),
    instead: INSTEAD.discrimination,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e) || HATE_TAUGHT.test(withPrevious(sq, s, e))) return false
      // At most one sentence end between the group and the wish.
      if ((sq.slice(s, e).match(/[。！？!?]/gu) ?? []).length > 1) return false
      return !UNWANTED_DENIED.test(sq.slice(e, e + 16))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ASK_FAMILY_FIRST),
    need: foldAll(['から']),
    instead: INSTEAD.polite,
    replyOnly: true,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && AGE_CANNOT.test(withPrevious(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(THIS_MUCH_UNREAD),
    need: foldAll(['程度', 'くらい', 'ぐらい']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !READ_OK.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/insult',
    re: phrase(IGNORANT_MEDDLE),
    need: foldAll(['口', '首を突っ込', '意見する', '文句を']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !MEDDLE_WELCOME.test(sq.slice(e, sentenceOf(sq, s, e).end + 30)),
  },
]
