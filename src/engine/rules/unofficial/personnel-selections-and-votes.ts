/**
 * Personnel moves, selections and votes (5(1)): a personnel move before its notice (次の異動で…), a named move
 * settled, a post change before the 辞令, who is selected or designated foretold, vote figures foretold, a vote's outcome guessed,
 * one's own candidacy. Stays clean: 付の人事, results announced, recruitment exams and their procedure, admissions.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import { CITY_SELECTION, ELECTION_HELD, MAX_HITS, NATURAL, NEXT_POST_PUBLIC, PERSONNEL, PUBLIC_PROCESS, RUMOUR_AWARE, SELECTION_PENDING, put, quotedExample, quotedVoice, sentenceOf, topicOf, wordStart, words } from './context'
import type { Emitter } from './context'

/**
 * Blind R107A-123: a staff member's own candidacy told on the official account (私ごとですが、このたび来年の市議会議員選挙に挑戦することに
 * しました; 私事で恐縮ですが、次の市長選に立候補いたします; わたくしごとですが、来春の県議選に出馬することを決意しました): political activity
 * of one person, not the city's business. The writer names it as their own (私ごと, 私事, 個人的なこと, 私は…) in the sentence or the one
 * before. Candidates' briefings (立候補予定者説明会), a resident's candidacy and a personal challenge that is no election are not this.
 */
const OWN_CANDIDACY = /(?:選挙|市議選|市長選|県議選|町議選|村議選|知事選|衆院選|参院選|総選挙|補選|補欠選)(?:に|へ|で|には)?[、,]?[^。！？!?\n]{0,8}?(?:挑戦|立候補|出馬|チャレンジ|出る|出ます|出させて)(?:を)?(?:する|いたす|します|いたします|させていただ|しよう|すると|しようと|を決意|の決意|を決め|を表明|を決断)?(?:ことに(?:しました|いたしました|決めました|なりました|した)|ことを(?:決意|決め|決断)|決意|こととなりました|(?=[。！!]|$)|ます|しました|ました|いたします|させていただきます|っちゃん|けん|ばい|と思(?:い|っ))/u
const OWN_AFFAIR = /私ごと|私事|わたくしごと|わたしごと|個人的な(?:こと|話|ご報告)|私的な(?:こと|話)|(?:私|わたし|わたくし|僕|ぼく|自分|俺|おれ)(?:は|も|、|が|こと|自身)/u
export function ownCandidacy(e: Emitter, t: string): void {
  const m = OWN_CANDIDACY.exec(t)
  if (!m) return
  const s = sentenceAround(t, m.index, m.index + m[0].length)
  const from = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1).start : s.start
  if (!OWN_AFFAIR.test(t.slice(from, s.end)) || /説明会|予定者|候補者の(?:皆|方)|立候補(?:する|される|を予定している)(?:方|人)/u.test(t.slice(s.start, s.end))) return
  put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: t.slice(s.start, s.end).replace(/[。！!]$/u, '') })
}

const SELECTION_OUTCOME =
  /(?:ほぼ|ほとんど|事実上|実質|ほぼほぼ)(?:決まり|確定|確実|内定|決定)|(?:決まり|確定|内定)(?:っぽい|みたい|らしい|そう|でしょう|だろう|やろ|かな)|(?:に|で)決まり(?=[。！!…〜~ね]|$)|当確|本命|最有力|有力視|出来レース|決まった(?:も同然|ようなもの)|(?:選ばれ|採択され|採用され|受賞し|当選し|落札し|入賞し)(?:る|そう)(?:と思|みたい|っぽい|らしい|でしょう|だろう|はず|です|だ|やろ|な)|(?:選ばれ|採択され|受賞し|落札し|入賞し)(?:る|た)(?:も同然|ようなもの)/gu

/**
 * Blind R79A-019: the winner of a tender or a selection of the city guessed while the post says it is open (新庁舎の入札…どこが取るかはまだ
 * 分かりませんが、個人的には地元の大きな会社さんかなぁ…という雰囲気です; 入札はまだこれからですが、たぶん地元の建設会社さんが落札するんじゃ
 * ないかな; プロポーザルの審査は来週ですが、A社さんが選ばれる気がしています): a bidder or an applicant named with a guess (かな, じゃないか,
 * 気がする, という雰囲気) favours one before the city decides, as the settled outcome above does. Who wins must be the city's choice (入札, 落札,
 * 受注, 選定, 審査, プロポーザル, 指定管理 in the paragraph: どこが優勝するか is a game); cheering a team (地元チームさんを応援) is no guess.
 */
const WINNER_OPEN =
  /(?:どこ|誰|だれ|どの(?:会社|業者|社|事業者|団体|案|作品|チーム))(?:が|に)[^。！？!?\n]{0,6}?(?:取る|とる|取れる|落札|受注|選ばれ|決まる|採択|請け負|受託)[ぁ-ゖ]{0,3}?か(?:は|も)?[、,]?(?:まだ)?(?:分から|わから|分かり|わかり|決まって|未定|不明)/u
const SELECTION_DATED = /(?:審査|選考|選定|入札|開札|抽選|コンペ|プロポーザル)(?:は|が)[、,]?(?:来週|来月|明日|あす|あした|近日|後日|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)(?:です|だ|ですが|だけど|やけど|ばってん|の予定|予定|[、,])/u
const WINNER_GUESSED =
  /[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー]{0,8}?(?:さん|社|会社|業者|建設|工業|組|事務所|団体|企業|JV)(?:さん)?(?:かなぁ?|かなあ|かなー|(?:ん|の)?(?:じゃ|や|では)(?:ない|なか)(?:かな|か|ろうか)|っちゃないか|あたり(?:かな|でしょう|だろう)?|が(?:有力|濃厚|本命|優勢))|(?:取る|とる|取れる|落札する|受注する|選ばれる|勝ち取る|続ける)(?:ん|の)?(?:(?:じゃ|や|では)(?:ない|なか)(?:かな|か|ろうか)|っちゃないか)|(?:取る|とる|取れる|落札する|受注する|選ばれる|勝ち取る|続ける)(?:気がし|予感|(?:と|って)思|でしょう|だろう|やろ|かも|っぽい)|(?:という|って)(?:雰囲気|空気|予感)(?:です|だ|や|がし|が漂|ば|たい|[。！!…]|$)/gu

/**
 * Blind R346C-021 kind: a vote's figures forecast by the account (投票率は、事務局内では4割を切るとみています; 投票率は前回を下回ると予想して
 * います; 得票は…程度になるんじゃないかな): the election office or any office of the city foretelling how a vote will go speaks before the
 * count. A result or an interim figure (投票率は45.2%でした, 14時現在), a call to vote and a published trend stay clean.
 */
const VOTE_FIGURE_FORETOLD =
  /(?:投票率|得票(?:数|率)?|当選ライン|当落ライン|議席(?:数)?|票数)(?:は|が|も)[、,]?[^。！？!?\n]{0,24}?(?:切る|切り|超える|超え|下回る|下回り|上回る|上回り|割る|割り込む|届かない|届く|いく|行く|なる|伸びる|伸び悩む|落ち込む|上がる|下がる|前後|程度|くらい|ぐらい)(?:ん|の)?(?:(?:と|って)(?:み|見|予想し|予測し|読ん|踏ん|見込ん|思っ|考え)(?:て(?:い|お)|とる|ちょる|ています|ております)|(?:じゃ|では|や)(?:ない|なか)(?:かな|か(?![らも])|でしょうか)|(?:でしょう|だろう|やろ)(?![かもけ])|と思(?:い|う|わ)|気がし)/u
const VOTE_FIGURE_OUT = /でした|となりました|確定|速報|現在|時点|(?:公表|発表)(?:しました|いたしました|されて)|ご投票|投票(?:に行|へ行|しましょう|をお願い)|期日前投票(?:を|も)/u
export function voteFigureForetold(e: Emitter, t: string): void {
  const m = VOTE_FIGURE_FORETOLD.exec(t)
  if (!m || !ELECTION_HELD.test(t)) return
  const sentence = sentenceOf(t, m.index, m.index + m[0].length)
  if (VOTE_FIGURE_OUT.test(sentence) || RUMOUR_AWARE.test(sentence) || quotedExample(t, m.index)) return
  put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: '選挙の結果', marker: m[0].replace(/^[^]*?(?=(?:と|って)(?:み|見|予想|予測|読|踏|思|考)|(?:じゃ|では|や)(?:ない|なか)|でしょう|だろう|やろ|気がし)/u, '') })
}

export function selectionForetold(e: Emitter, t: string): void {
  const open = SELECTION_PENDING.test(t) || (CITY_SELECTION.test(t) && (WINNER_OPEN.test(t) || SELECTION_DATED.test(t)))
  if (!open) return
  for (const re of [SELECTION_OUTCOME, WINNER_GUESSED, SELECTION_ASSURED]) {
    for (const m of matchAllOf(re, t, MAX_HITS)) {
      // The pending choice in the same sentence or the one before it (…審査はこれからなんですが、…さんはほぼ決まり).
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1).start : s.start
      const around = t.slice(prev, s.end)
      const pending = SELECTION_PENDING.test(around) || (CITY_SELECTION.test(t) && (WINNER_OPEN.test(around) || SELECTION_DATED.test(around)))
      if (!pending || RUMOUR_AWARE.test(around) || NATURAL.test(t.slice(s.start, s.end))) continue
      // A guess of a bidder (WINNER_GUESSED) only where the choice is the city's.
      if (re === WINNER_GUESSED && !CITY_SELECTION.test(t)) continue
      // (SELECTION_ASSURED: a requirement met, a prize for every entrant or a question is no outcome foretold.)
      if (re === SELECTION_ASSURED && ASSURANCE_GIVEN.test(t.slice(s.start, s.end))) continue
      put(e, 'unofficial/forecast', re === WINNER_GUESSED ? m.index : wordStart(t, m.index), m.index + m[0].length, { topic: topicOf(around), marker: m[0] })
    }
  }
}

/**
 * Blind R158A-079: a designation by the state or the prefecture still to be made, told as near-certain, forecast or heard (米蔵が国の
 * 重要文化財に指定されるのはほぼ確実だと聞いています, 名勝に登録される見込みです, 日本遺産に認定されるらしい, 百選に選ばれるのは間違いない):
 * the verb in its future form (される, not されている) names a decision the body has not made; the post hands it out first. A designation
 * made (指定されている, 指定されました), one whose advisory report or notice the post names (答申, 官報, 告示, 発表) and a wish (指定される
 * よう願っています) are not this.
 */
const DESIGNATION_FORETOLD =
  /(?:文化財|重文|国宝|遺産|名勝|史跡|天然記念物|百選|特区|景観(?:重要)?建造物)(?:に|として)[、,]?(?:正式に|も)?(?:指定|登録|認定|選定|選出)(?:され|を受け)る(?:(?:の|こと)(?:は|が|も)[、,]?(?:もう|まず|ほぼ|ほとんど|事実上|ほぼほぼ)?(?:確実|間違いな|決まり|確定|濃厚|時間の問題)|(?:見込み|見通し|可能性が(?:高|大き)|公算|らしい|らしか|みたい|げな|そうです|そうだ|って(?:話|聞|噂|うわさ)|と(?:聞|伺)|かも|はず|(?:でしょう|だろう)(?!か)|(?:と|かと)思))|(?:文化財|国宝|遺産|名勝|史跡|天然記念物|百選)(?:に|として)[、,]?選ばれ(?:る|そう)(?:(?:の|こと)(?:は|が|も)[、,]?(?:もう|まず|ほぼ|ほとんど|事実上)?(?:確実|間違いな|決まり|確定|濃厚)|らしい|みたい|げな|って(?:話|聞)|と(?:聞|伺)|(?:と|かと)思|です|でしょう(?!か)|だろう(?!か))/gu
const DESIGNATION_PUBLIC = /答申|官報|告示|(?:発表|公表)(?:し|され|があり)/u
export function designationForetold(e: Emitter, t: string): void {
  if (DESIGNATION_PUBLIC.test(t)) return
  for (const m of matchAllOf(DESIGNATION_FORETOLD, t, MAX_HITS)) {
    if (quotedExample(t, m.index)) continue
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (RUMOUR_AWARE.test(sentence) || PUBLIC_PROCESS.test(sentence)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: '指定', marker: m[0].replace(/^[^]*?(?:され|を受け|選ばれ)(?:る|そう)(?:(?:の|こと)(?:は|が|も)[、,]?)?/u, '') })
  }
}

/**
 * Blind R161A-044: who will hold a post, named, told as a move still to come before the city gives notice of it (4月の人事、子ども家庭課の
 * 課長は今の保健センター所長の平川さんになるらしいです。内示はまだだけど, 次の館長は古賀さんで決まりみたい…まだ内緒ね): a personnel decision
 * about a named person handed out before 内示, which the staff are bound to keep (a block, as a policy leaked is). Only with the post, the
 * person's name and a sign in the paragraph that the move is not out yet (内示はまだ, 内示前, 正式発表前, まだ内緒); without the sign it is a
 * personnel rumour (unofficial/personnel). A move announced (4月1日付で…に就任しました) or a one-day chief of an event (一日署長は…さん) is not this.
 */
const POST_HELD = '(?<!一日|1日|１日|いちにち)(?:課長|部長|係長|次長|局長|室長|所長|館長|園長|校長|教頭|支所長|署長|センター長|教育長|副市長|課長補佐|主幹|後任)'
/**
 * Blind R172A-091: …also the person named by the post they hold now in a unit of the office (税務課長は農林水産課の課長補佐が昇任して来られる
 * そうです。内示は来週なので), and the move in the honorific or with its promotion (来られる, なられる, 昇任して来る), the notice said to come on a
 * day ahead (内示は来週, 内示は3月25日) as the sign it is not out.
 */
const LEAKED_HOLDER = '(?:[一-龠々]{1,4}(?:さん|氏|くん|係長|課長|所長|主査)|[一-龠々ぁ-ゖァ-ヺー]{1,8}(?:課|係|室|支所|センター|事務所)の(?:課長補佐|課長|係長|主査|主幹|主任|次長|参事|室長|所長|補佐))'
const POST_FILLED = new RegExp(
  `${POST_HELD}(?:(?:は|には|に|って|も)[、,]?|[、,])[^。！？!?\n]{0,24}?${LEAKED_HOLDER}(?:に|で|が)[、,]?(?:なる|なられる|就く|就かれる|就任する|就任される|着任する|着任される|来る|来られる|異動してくる|異動して(?:来|こ)られる|昇格する|(?:昇任|昇格)して(?:来る|くる|来られる|こられる)|昇任する|昇任される|決まり|決まった|決定|内定|確定|ほぼ確定|ほぼ決まり)(?=らしい|みたい|そう(?:です|だ|や|ばい)|って|とか|っぽい|ようです|予定|見込み|雰囲気|感じ|気配|流れ|模様|[、,。！!…〜~]|$)|` +
    `${LEAKED_HOLDER}(?:が|は)[、,]?[^。！？!?\n]{0,16}?${POST_HELD}(?:に|として)(?:なる|就く|就任する|着任する|昇格する|異動する|決まった|内定した)(?=らしい|みたい|そう(?:です|だ|や|ばい)|って|とか|っぽい|ようです|予定|見込み)`,
  'gu',
)
const BEFORE_NOTICE = /(?:内示|辞令)(?:は|が|も)?[、,]?(?:まだ|前|これから|出る前|出てない|出ていない)|辞令前|内示(?:は|が)[、,]?(?:来週|来月|明日|あした|明後日|あさって|週明け|月末|今月末|近々|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日)(?!に(?:出|あり)ました|でした)|内示前|(?:正式|公式)(?:な|の)?(?:発表|公表|通知)(?:は|が)?(?:まだ|前|これから)|(?:発表|公表)(?:前|はまだ|されていない|されてない)|まだ(?:内緒|ないしょ|ナイショ|秘密|オフレコ|言えない|言っちゃ)|オフレコ|ここだけの話/u
/**
 * Blind R163A-048: a named member of staff said to move to another section at a date to come, passed on as hearsay (観光課の田中係長、4月から
 * は秘書課に移られるそうです; 古賀さん、来年度から財政課に異動するらしい): a personnel decision about a named person, which only the city's
 * notice makes public; heard second-hand, it is let out before that notice. A move done (異動しました), a move announced by the city and a
 * private person's move to a school or a company (大学, 支店) are not this.
 */
const MOVE_HEARD = /[一-龠々]{1,4}(?:さん|係長|課長|部長|所長|館長|主査|主任|主幹|次長|室長)[、,]?[^。！？!?\n]{0,12}?(?:[0-9０-９]{1,2}月から|来年度から|来月から|来年から|来春から|次の異動で|春から)(?:は)?[、,]?[^。！？!?\n]{0,16}?(?:課|係|室|局|支所|出張所|部署|センター)(?:に|へ)(?:移られる|移る|異動される|異動する|異動になる|異動になられる|行かれる|配属される|配属になる|転勤する|転勤される)(?=そう(?:です|だ|や|ばい)|らしい|らしか|みたい|って|げな|とのこと|と聞|と伺)/u
/**
 * Blind R168A-013: …the same move heard with the person named in the sentence before and a season for its date (4月から観光課に来た大石さん！
 * …なんですが、実は秋にはもう企画課に戻るって聞きました; 田中係長。夏からは本庁の財政課に移られるそうです), and a return to a section
 * (戻る, 戻られる) as a move. The section must be a unit of the office (…課, …係, 支所, 本庁), the named person in this sentence or the one
 * before. A private person's return home or to school (実家に戻る, 春から大学に戻る), a season inside a word (白秋には) and a move done or
 * announced (秋に企画課に戻りました, 4月1日付で) are not this.
 */
const MOVE_HEARD_LATER = /(?<![\p{Script=Han}])(?:[0-9０-９]{1,2}月|来年度|来月|来年|来春|来秋|春|夏|秋|冬|年度末|年明け|次の異動)(?:から|には|にも|で)(?:は|も)?[、,]?[^。！？!?\n]{0,12}?(?:[\p{Script=Han}ァ-ヺー]{1,8}(?:課|係|支所|出張所|部署)|[\p{Script=Han}]{1,6}(?<![教和茶浴寝病温個])室|本庁|元の(?:課|係|部署|職場))(?:さん)?(?:に|へ)(?:もう|また)?(?:戻る|戻られる|戻っちゃう|戻らはる|帰る|帰られる|移る|移られる|異動する|異動される|異動になる|異動になられる|行かれる|配属される|配属になる|転勤する|転勤される)(?=そう(?:です|だ|や|ばい)|らしい|らしか|みたい|って|げな|とのこと|と聞|と伺)/u
const MOVE_NAMED = /[一-龠々]{1,4}(?:さん|係長|課長|部長|所長|館長|主査|主任|主幹|次長|室長)(?![ァ-ヺ一-龠々])/u
/**
 * Blind R203I/R204D/R205I kind: a named member of staff said to move to another unit, or to take up a post, from a time to come, told as
 * settled (観光課の山口主査が、来春から水道課に移ることになりそうです; 4月から、新しい係長には市民課の大塚が着任することになりました;
 * 大塚は4月から県庁のほうに出向することになったので): a personnel decision about a named person, which only the city's notice makes
 * public, told as arranged rather than heard. The person: a name with a title or さん (山口主査, 大塚さん), a bare surname after the unit or
 * the desk it belongs to (市民課の大塚, 担当の大塚: the office's way of naming its own staff) with a verb only a person does (着任, 就任, 異動,
 * 転勤, 配属, 出向), or a bare surname as the subject that the paragraph names so elsewhere. A time to come must head it (4月から, 来年度から,
 * 次の異動で). A move announced (4月1日付で, 辞令, 発表しました), an office or a desk moving (市民課の窓口は…2階に移ることになりました) and a
 * private person's move to a school or a company are not this.
 */
const MOVE_SETTLED = /(?:(?:[\p{Script=Han}ァ-ヺー]{1,10}(?:課|係|室|局|支所|出張所|部署|センター|事務所|委員会)|本庁|県庁)(?:の(?:ほう|方))?(?:に|へ)[、,]?(?:移る|移られる|異動する|異動される|異動になる|異動となる|配属される|配属になる|転勤する|転勤になる|行く|行かれる|戻る|戻られる|出向する|出向になる)|(?:着任|就任|赴任)(?:する|される))(?:ことに(?:なり(?:ました|まして|そう|ます)|なった|なって(?:い|お)|決ま(?:り|っ))|ことが決ま(?:り|っ)|ことになりそう|予定(?:です|だ|となって|になって))/gu
const MOVE_FROM_WHEN = /(?<![\p{Script=Han}])(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?から|来年度から|来月から|来年から|来春から|新年度から|春から|秋から|次の(?:人事)?異動で|[0-9０-９]{1,2}月の(?:人事)?異動で)/u
const STAFF_TITLED = /[一-龠々]{1,4}(?:さん|氏|係長|課長|部長|所長|館長|主査|主任|主幹|次長|室長|補佐|参事)(?![ァ-ヺ一-龠々])/u
const STAFF_BARE = /(?:担当|[課係室局]|支所|センター|事務所)の([一-龠々]{2,3})(?=[がはもにへと、,]|から|より)/gu
/** The move told as the city's notice (発表しました, 辞令, 就任式); 正式な発令は来月 says the notice is still to come. */
const MOVE_PUBLIC = /公表し|公表され|発表し|発表され|ホームページ|掲載|付で|付け|辞令|(?:就任|着任|任命|辞令交付|入庁)式|広報(?:やながわ|誌|紙)/u
const PERSONNEL_ONE = new RegExp(PERSONNEL.source, 'u')
const PERSON_ONLY_MOVE = /着任|就任|赴任|異動|転勤|配属|出向/u
function namedMoveSettled(e: Emitter, t: string): void {
  if (!MOVE_FROM_WHEN.test(t) || NEXT_POST_PUBLIC.test(t)) return
  for (const m of matchAllOf(MOVE_SETTLED, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index)
    const before = t.slice(s.start, m.index)
    // (A sentence the personnel words already read, 4月の人事異動で…就任することになりました, is told once.)
    if (!MOVE_FROM_WHEN.test(before) || MOVE_PUBLIC.test(t.slice(s.start, s.end)) || PERSONNEL_ONE.test(t.slice(s.start, s.end))) continue
    let named = STAFF_TITLED.test(before)
    if (!named) {
      // A bare surname: after its unit with a verb only a person does, or the subject that the paragraph names after its unit or desk.
      STAFF_BARE.lastIndex = 0
      const names = new Set<string>()
      for (let b = STAFF_BARE.exec(t); b; b = STAFF_BARE.exec(t)) {
        if (b.index >= s.start && b.index < m.index && PERSON_ONLY_MOVE.test(m[0])) named = true
        names.add(b[1]!)
      }
      if (!named) named = [...names].some((x) => new RegExp(`(?:^|[、,。！!\\s]|ただ|なお|実は)${x}(?:は|が)`, 'u').test(before))
    }
    // The excerpt runs from the time or the person, whichever comes first, to the move.
    const bare = before.search(/(?<![一-龠々])[一-龠々]{2,3}(?:は|が)/u)
    const from = Math.min(MOVE_FROM_WHEN.exec(before)!.index, STAFF_TITLED.exec(before)?.index ?? before.length, bare < 0 ? before.length : bare)
    if (named) put(e, 'unofficial/personnel', s.start + from, m.index + m[0].length)
  }
}
/**
 * Blind R235I-055 kind: the writer's own move to another unit foretold (私は春から企画課へ行くことになりそうで, 自分は4月から本庁の税務課に
 * 移るみたいです): a personnel decision only the city's notice makes public. A guess or a hearsay of it, or a plan (予定) while the post says
 * the notice is not out (辞令はまだ出ていない), lets it out; a farewell after the notice (異動することになりました, 異動する予定です alone) does not.
 */
const OWN_MOVE = /(?:私|わたし|わたくし|僕|ぼく|自分|中の人)(?:は|も)[、,]?[^。！？!?\n]{0,12}?[\p{Script=Han}]{1,6}(?:課|係|室|支所|出張所|センター)(?:に|へ)[、,]?(?:行く|いく|移る|うつる|異動する|異動になる|戻る|もどる|配属される|配属になる)(?:ことに(?:なりそう|なる(?:かも|みたい|らしい|っぽい))|みたい|らしい|かも|っぽい|予定|見込み|雰囲気|感じ)/u
const NOTICE_PENDING = /(?:辞令|内示)(?:は|が|も)?[、,]?(?:まだ(?:出て|出と|おりて|下りて)?(?:い|お)?(?:ない|ません|りません|らん)?|前|これから|出る前)|(?:辞令|内示)前/gu
const POST_CHANGE_FORETOLD = /(?:担当|担当者|係長|課長|部長|所長|館長|園長|室長|中の人|私|わたし|僕|ぼく|自分)(?:は|も|が)?[、,]?[^。！？!?\n]{0,12}?(?:交代|異動|替わ|代わ|変わ|入れ替わ|卒業)(?:に|と)?(?:なり|なる|する|し|り|る)(?:ます|そう|かも|予定|みたい|らしい|です)/gu
export function postChangeBeforeNotice(e: Emitter, t: string): void {
  NOTICE_PENDING.lastIndex = 0
  if (!NOTICE_PENDING.test(t)) return
  if (MOVE_PUBLIC.test(t.replace(NOTICE_PENDING, ''))) return
  for (const m of matchAllOf(POST_CHANGE_FORETOLD, t, MAX_HITS)) put(e, 'unofficial/personnel-leak', m.index, m.index + m[0].length)
}
export function personnelLeak(e: Emitter, t: string): void {
  namedMoveSettled(e, t)
  const own = /課|係|室|支所|センター/u.test(t) ? OWN_MOVE.exec(t) : null
  const pending = /辞令|内示/u.test(t) ? t.replace(NOTICE_PENDING, '') : t
  if (own && (!/予定|見込み$/u.test(own[0]) || BEFORE_NOTICE.test(t)) && !NEXT_POST_PUBLIC.test(pending) && !MOVE_PUBLIC.test(pending)) put(e, 'unofficial/personnel-leak', own.index, own.index + own[0].length)
  let moved = /異動|移|配属|転勤|行かれ/u.test(t) ? MOVE_HEARD.exec(t) : null
  if (!moved && /戻|帰|移|異動|配属|転勤|行かれ/u.test(t)) {
    const later = MOVE_HEARD_LATER.exec(t)
    if (later) {
      // (The sentence before with words in it: a lone mark (…, ！) between them is no sentence.)
      let from = sentenceAround(t, later.index, later.index).start
      for (let k = 0, words = 0; k < 3 && from > 0 && words === 0; k++) {
        const prev = sentenceAround(t, from - 1, from - 1)
        words = t.slice(prev.start, prev.end).replace(/[^\p{L}\p{N}]/gu, '').length
        from = prev.start
      }
      if (MOVE_NAMED.test(t.slice(from, later.index))) moved = later
    }
  }
  if (moved && !NEXT_POST_PUBLIC.test(t)) put(e, 'unofficial/personnel-leak', moved.index, moved.index + moved[0].length)
  if (!/長|主幹|後任/u.test(t) || !BEFORE_NOTICE.test(t) || NEXT_POST_PUBLIC.test(pending)) return
  for (const m of matchAllOf(POST_FILLED, t, MAX_HITS)) {
    let from = m.index
    while (from > 0 && m.index - from < 8 && /[\p{Script=Han}ァ-ヶー]/u.test(t[from - 1]!)) from--
    put(e, 'unofficial/personnel-leak', from, m.index + m[0].length)
  }
}

/*
 * Blind wave 82 kinds (three checks in the run):
 * - Blind R413N-005 kind: the council's vote on a petition or a bill foretold as its outcome (各会派の様子からすると、陳情は賛成多数で採択
 *   されるでしょう; 意見書は全会一致で可決される見通しです; 請願は不採択となると思われます): the council has still to vote, and the guess
 *   hands its outcome out as settled. The manner of the vote (全会一致で, 賛成多数で) or a petition's noun (請願, 陳情, 意見書, 決議案), a
 *   verb of the outcome (採択, 可決, 否決) in the future, and a guess or an estimate. A vote reported (採択されました), a condition
 *   (採択されれば), a question (採択されるでしょうか) or the date of the vote (採決は最終日の予定です) stay clean.
 * - Blind R415Q-004 kind: an incident or a harm (失踪, 空き巣, 盗難, 詐欺の被害) said to be happening, passed on as heard (…が続いているらしく,
 *   …被害が出ていると聞きました, …があったそうです) in the city's voice: an unconfirmed report handed out as the ground of a warning. An
 *   incident told by its official source (警察によると, 警察署から連絡), a rumour warned against (うわさに惑わされないで) or an incident the city
 *   states (市内で盗難が増えています) stays clean.
 * - Blind R415Q-028 kind: an opinion (…べきだ, …は当然だ, …はおかしい) declared the city's own view with というのが市の考え (…立場, 見解,
 *   スタンス): the writer's opinion handed out as the city's. A voice or a request reported (…べきだ、というご意見をいただきました, …という
 *   のが多くの市民の声です) and a policy stated as decided (…を目指す、というのが市の方針です: no opinion's ending) stay clean.
 */
const VOTE_OUTCOME_GUESSED =
  /(?:(?:全会一致|全員一致|満場一致|賛成多数|反対多数|賛成少数)で[、,]?|(?:請願|陳情|意見書|決議案|発議)[」』]?(?:は|も|が)?[、,]?[^。！？!?\n]{0,40}?)(?:採択|不採択|可決|否決|承認|不承認)(?:され(?:る|ます)|に(?:なる|なります)|と(?:なる|なります))(?:(?:もの|こと)(?:に|と)(?:なる)?)?(?:でしょう(?!か)|だろう(?!か)|はず|(?:と|かと)(?:思います|思う|思われます|思っています|予想|見込んで|見てい|みてい|考えて)|見込み|見通し|公算|可能性が(?:高|大き))/gu
export function voteOutcomeGuessed(e: Emitter, t: string): void {
  for (const m of matchAllOf(VOTE_OUTCOME_GUESSED, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (RUMOUR_AWARE.test(sentence) || /(?:採択|可決|否決|承認)され(?:まし)?た|れば|たら|なら/u.test(sentence)) continue
    if (quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    const verb = /(?:不?採択|可決|否決|不?承認)/u.exec(m[0])!
    const marker = /(?:でしょう|だろう|はず|思います|思う|思われます|思っています|予想|見込んで|見てい|みてい|考えて|見込み|見通し|公算|可能性が(?:高|大き))$/u.exec(m[0])?.[0] ?? m[0]
    put(e, 'unofficial/forecast', m.index + verb.index, m.index + m[0].length, { topic: '議会の議決', marker })
  }
}
const PASS_PLAIN_FORM = '(?:(?<!に)通る|とおる|受かる|(?<!に)当たる|下りる|採択される|選ばれる|認められる|採用される|合格する|当選する|入賞する|受賞する|落札する)'
const SELECTION_ASSURED = new RegExp(
  `(?:間違いなく|まちがいなく|確実に|絶対(?:に)?|必ず|かならず|100[%％]|百パーセント)[、,]?[^。！？!?\\n]{0,10}?(?:(?:(?<!に)通り|とおり|受かり|(?<!に)当たり|下り|採択され|選ばれ|認められ|採用され|合格し|当選し|入賞し|受賞し|落札し)ます(?!か)|${PASS_PLAIN_FORM}(?:(?:よ|ね|って)?(?=[。！!…〜~♪\\s]|\\p{Extended_Pictographic}|$)|でしょう(?!か)|だろう(?!か)|はず|と(?:思|おも)))|${PASS_PLAIN_FORM}(?:(?:の|こと)(?:は|が)[、,]?(?:もう|まず|ほぼ)?(?:確実|間違いな|まちがいな)|に(?:決まって|違いな)|はず(?:です|だ|や)?(?=[。！!よね]|$))`,
  'gu',
)
/** A grant's requirement met, a prize for every entrant, a question, a result to be told: the assurance is the rule, not the outcome. */
const ASSURANCE_GIVEN = /(?:要件|条件|基準|資格)(?:を|に)[、,]?[^。！？!?\n]{0,6}?(?:満た|合|該当|当てはま)|不備(?:が|も)?(?:なけれ|ない限り)|全員|もれなく|漏れなく|参加賞|どなたでも|[?？]|か(?:な|ね)?[。！!]?$/u
