/**
 * hostility — dehumanising comparisons, heads and blame turned.
 *
 * Blind R345H and R351R kinds: people said to be no longer human or below vermin (もう人間じゃない), likened to vermin by what they
 * do, called vermin outright, a head said rotten or empty, an opinion laughed at, faint praise, mock thanks, the sky not ours;
 * a complainant told the fault is theirs, the blame turned, their age said to slow them, what they expected mocked, reminded
 * they too were once what they complain of (ご自身も昔は子どもだったことをお忘れでしょうか), 死ね masked after an intensifier (今度こそ〇ね: curse).
 *
 * Stays clean: pest control (害虫駆除), an animal's habits, a health tip about the head, an invitation to remember fondly said to
 * everyone, a blank or a bullet (○ねぎ).
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { sentenceOf, phrase, isReportedSpeech } from '../../words'
import type { Phrase } from './context'
import { ALREADY_OUT, HEAD_OF_ANIMAL, INSTEAD, SELF, foldAll, notQuoted, notTeaching, sentenceText, withPrevious } from './context'

// --- Blind R345H (fixer HO), as kinds: dehumanising comparisons, rotten or empty heads, mock thanks, laughs and faint praise at an asker ---
/** A person or a group the sentence is about (連中は, あの人たち, 夜中に来る奴ら, あなた): the target of a comparison. */
const PERSON_TOPIC_HO = /(?:連中|奴ら|やつら|ヤツら|奴|やつ|ヤツ|輩|あいつ|こいつ|そいつ|人間|人たち|人達|者ども|者|客|利用者|住民|市民|ドライバー|観光客|若者|クレーマー|(?<![一-龥])人|(?<![一-龥])方|あなた|あんた|お前|おまえ|貴様|そちら|そっち|おたく|お宅)(?:ら|ども|共|たち|達|々)?(?:は|って|なんて|なんか|なんぞ|も|、|の(?:中|なか|ほう|方)?(?:は|、)?)/u
/**
 * Blind R345H-011 kind: people said to be no longer human, or below or on a par with vermin (夜中に散らかしていく連中は、もう人間じゃなくて
 * カラス以下; ああいう客は人間以下, あの人たちはゴキブリ同然, 奴らはブタ並み): insult, block, with a person or a group as the topic before it
 * in the sentence (or the one before). Not an animal, a robot or AI compared (カラスの知能は犬並み, AIは人間ではありません), not the writer.
 */
const SUBHUMAN_HO = '(?:もう|もはや)?[、\\s]?人間(?:じゃ|では|や)(?:な(?:い|く|か)|ありません|ねえ|ねー)|人間(?:以下|未満)(?!の(?:能力|知能|性能|精度))|(?:カラス|からす|サル|猿|ブタ|豚|犬|イヌ|ゴキブリ|ごきぶり|ネズミ|ねずみ|ドブネズミ|ハエ|ウジ|蛆|獣|けだもの|ケダモノ|畜生|家畜|害虫|害獣|野良犬|ハイエナ|ハゲタカ)(?:以下|未満|同然|並み|レベル)'
/**
 * Blind R359G-001 kind: people likened to vermin, the sentence's person or group the topic before it (苦情の人たち、夏の蚊と同じですね, あの
 * 連中はハエみたいにたかってくる, 文句を言う客はダニと一緒): insult, block. The pest may take a modifier with の (夏の蚊, 台所のゴキブリ).
 * Not pests told of as pests (蚊と同じく、ブユにも注意), not the writer (私たちも蚊と同じで), not an animal or a machine compared.
 */
const VERMIN_LIKE_HR = '(?:蚊|ハエ|蝿|ゴキブリ|ダニ|ノミ|シラミ|ウジ虫|ウジ|蛆|ボウフラ|害虫|虫けら|ムシケラ|寄生虫|ドブネズミ|ハイエナ)(?:と[、\\s]?(?:何ら|なんら|全く|まったく|ちっとも|少しも|大して|たいして)?[、\\s]?(?:同じ|おんなじ|一緒|いっしょ|変わら|かわら|変わりま|変わりが|かわりま|大差(?:ない|なか|ありま|ね)|同類|同レベル)|も同然|みたい|のよう|の様|そっくり)'
/**
 * Blind R419U-013 kind: a person likened to vermin by what they do, the act told before it with なんて or とは (人の金で水を飲もうなんて、
 * 寄生虫と変わりません; 払わずに使い続けるとは、ダニも同然ですね) and the likeness said in any polite form (と変わりません, と何ら変わらない,
 * も同然, と大差ありません): insult, block — the doer is the one compared. Not a pest's own habit (血を吸うなんて、蚊と同じですね in a post
 * about ticks: a pest named in the sentence or the one before), not the writer (私たち).
 */
const ACT_DOER_HR = /(?:[うくぐすつぬぶむるたいずだ]|ません)[、\s]?(?:なんて|とは)[、\s]?$/u
/**
 * Blind R415Q-035 kind: people called vermin outright with a word of likeness or of plain fact before it (コメント欄の皆さん、まるでゴキブリ
 * ですね; あの方々はまさに害虫だ; 文句ばかりの連中、ほんとダニやん): insult, block. The person or the group (皆さん, 方々, 人たち, 連中) is
 * before it in the sentence or the one before. Not pests told of as pests (まるでゴキブリのような素早さで逃げる虫), not the writer (私たち、
 * まるでアリみたい), not a creature named as the topic (カメムシは、まるでゴキブリですね).
 */
const VERMIN_IS_HO = '(?:まるで|まさに|まさしく|もはや|完全に|ほんと|ほんとに|本当に|マジで|まじで)[、\\s]?(?:ゴキブリ|ごきぶり|害虫|寄生虫|ダニ|ウジ虫|うじ虫|ウジ|蛆虫|ハエ|蝿|ドブネズミ|シラミ|虫けら|ムシケラ)(?:ども)?(?:そのもの)?(?:でした|です|だな|だね|だよ|だ|やん|やね|やろ|や|じゃん|じゃ|でしょ|(?=[。！!？?…\\s]|$))'
const PEOPLE_HO = /(?:皆さん|みなさん|皆様|みなさま|方々|方たち|人たち|人達|連中|奴ら|やつら|輩|者ども|あなた方|あんたら|お前ら|おまえら)(?:は|って|も|、|,|\s)/u
/** …people to be exterminated, the person named in the sentence before (連中は…カラス以下。見つけ次第、駆除したい). */
const CULL_HO = '(?:見つけ次第|見つけたら|片っ端から|まとめて|一匹残らず|一人残らず|全員)?[、\\s]?(?:駆除|退治|殲滅|駆逐|抹殺|根絶やしに)' +
  // Blind R450B-026 kind: …or wished on a condition (駆除できるならしたいくらい, 退治できるものならしてやりたい, 駆除できればいいのに).
  '(?:できる(?:もの)?なら(?:ば)?[、\\s]?(?:ぜひ|本当に|ほんとに)?|できれば(?=[、\\s]?(?:いい|良い|よい|どんなに|ええ)))?(?:したい|してやりたい|してほしい|しろ|すべき|してやる|してしまいたい|せねば|してやろう|したいくらい|したいぐらい|(?<=できれば)[、\\s]?(?:いい|良い|よい|ええ)(?:のに|んだけど|んですが|のですが)' +
  // Blind R415Q-035 kind: …or said to be endless to exterminate, as vermin that come back (駆除してもきりがない, 退治してもキリがありません).
  '|しても(?:[、\\s]?(?:駆除|退治|駆逐)?しても)?[、\\s]?(?:きり|キリ|切り)が(?:ない|ありません|ねえ|なか)|しても(?:[、\\s]?(?:駆除|退治|駆逐)?しても)?[、\\s]?(?:湧いて|わいて)(?:くる|きます))'
const PEST_HO = /(?:カラス|ハト|鳩|イノシシ|猪|サル|猿|シカ|鹿|アライグマ|ヌートリア|ハクビシン|ネズミ|ゴキブリ|ハチ|蜂|シロアリ|害虫|害獣|外来種|外来生物|タニシ|雑草|カメムシ|ムカデ|ヘビ|蛇|毛虫|ダニ|ノミ|蚊|ハエ|アブ|ブラックバス|ブルーギル|鳥獣|カビ|菌|ウイルス|虫)(?:を|は|が|の|も|や|、|たち)/u
const NOT_PERSON_HO = /AI|ＡＩ|人工知能|ロボット|機械|コンピューター|ペット|動物|犬|猫|イヌ|ネコ|カラス|サル|猿|ブタ|豚/u
/**
 * Blind R450B-026 kind: an animal named only as what the people do something to (野良猫に餌をばらまいている連中は、…ゴキブリと同じ; 犬を
 * 放している人たちは): the people after it, as the topic (連中は, 人たちは), are the ones compared, not the animal. The animal takes a case
 * other than the topic's (に, を, へ, の…を) and a person noun as topic comes after its last mention.
 */
const ANIMAL_LAST_HO = /(?:ペット|動物|犬|猫|イヌ|ネコ|カラス|サル|猿|ブタ|豚)(?:に|を|へ|から|の[^、。！？!?\n]{0,6}?(?:を|に))/gu
const PERSON_AS_TOPIC_HO = /(?:連中|奴ら|やつら|輩|人たち|人達|者ども|人間|方々|飼い主|住民|客)(?:ら|ども|たち|達)?(?:は|って|なんて|なんか|、)/u
function personAfterAnimal(lead: string): boolean {
  let last = -1
  ANIMAL_LAST_HO.lastIndex = 0
  for (const m of lead.matchAll(ANIMAL_LAST_HO)) last = m.index + m[0].length
  if (last < 0) return false
  const rest = lead.slice(last)
  return PERSON_AS_TOPIC_HO.test(rest) && !NOT_PERSON_HO.test(rest)
}
function personTopicBefore(sq: string, s: number, e: number): boolean {
  const sen = sentenceOf(sq, s, e)
  const lead = sq.slice(sen.start, s)
  if (SELF.test(lead) || HEAD_OF_ANIMAL.test(lead) || /(?:AI|ＡＩ|人工知能|ロボット|機械)(?:は|が|って|、)/u.test(lead)) return false
  if (PERSON_TOPIC_HO.test(lead)) return true
  const w = withPrevious(sq, s, e)
  const prev = w.slice(0, w.length - (sen.end - sen.start))
  return lead.length < 4 && PERSON_TOPIC_HO.test(prev) && !SELF.test(prev)
}
/**
 * Blind R345H-029, R345H-032 kind: someone's head said to be muddied, rotten or empty even inside (あそこの連中は頭の中まで川と同じで濁っとる,
 * 脳みそまで腐っている, 頭の中は空っぽなんでしょう): insult, block, with a person as its topic; or asked in mock doubt whether it holds anything
 * (そちらの頭の中、ちゃんと中身入ってますか, 頭に脳みそ入ってます？). Not the writer's own head (頭の中を空っぽにしてリラックス, 私の頭の中は
 * 真っ白), not a health notice, not an animal.
 */
const HEAD_HO = '(?:頭の中|頭ん中|あたまの中|脳みそ|脳ミソ|脳味噌|のうみそ|おつむ|オツム)'
const HEAD_ROT_HO = `${HEAD_HO}(?:まで|も|が|は)[、\\s]?[^。！？!?\\n]{0,14}?(?:(?:濁っ|にごっ|腐っ|くさっ|腐りきっ|腐り切っ|錆びつい|錆び付い|さびつい|カビが生え|かびが生え|腐敗し)(?:と(?:る|っ|ん|ら|ります)|て(?:る|いる|いらっしゃる|おられる|ん|ま|お)|ちょ(?:る|り))|(?:空っぽ|からっぽ|カラッポ|スカスカ|すかすか|すっからかん|お留守)(?:な(?:ん|の)|だ|です|や|じゃ|ね|やろ|でしょ|[。！!？?]))`
const HEAD_EMPTY_Q_HO = '(?:頭|あたま|おつむ)(?:の中|ん中)?(?:に|には|は|、)?[、\\s]?(?:ちゃんと|きちんと|本当に|ほんとに|ほんまに|少しは|ちょっとは)?[、\\s]?(?:中身|脳みそ|脳ミソ|脳味噌)(?:が|は)?[、\\s]?(?:入って|入っと|詰まって|つまって|あり|ある)(?:ます|る|いる|いらっしゃいます|おられます|ん)?(?:の|ん)?(?:です)?(?:か|かね|かな|[？?])'
const HEAD_OK_HO = /リラックス|瞑想|マインドフルネス|休め|整理|ストレス|眠れ|寝る前|子ども|子供|こども|お子|児童|生徒|頭を打|けが|怪我|健診|検診|病院|受診|医師|症状|認知症|魚|アジ|サバ|イワシ/u
/**
 * Blind R345H-025 kind: the reader's opinion or question named politely, then laughed at (貴重なご意見（笑）として回しておきます, 鋭いご指摘w,
 * ご質問(笑)) or set in scare quotes with a word of worth (「貴重なご意見」として承りました): warn. Not a laugh at ourselves or a funny story.
 */
const OPINION_LAUGHED_HO = '(?:(?:貴重な|ありがたい|有難い|大変|素晴らしい|すばらしい|ご立派な|立派な|ご丁寧な|鋭い|するどい|斬新な|熱い|熱心な|温かい|あたたかい)[、\\s]?)?(?:ご意見|ご指摘|ご提案|ご質問|ご感想|ご高説|ご主張|ご批判|ご要望|お考え|ご助言|アドバイス|お言葉|お声|ご教示)(?:[（(](?:笑|爆笑|苦笑|失笑|嘲笑)[）)]|(?<![a-z])w{2,}(?![a-z])|ｗ{2,}|😏|🤭|🙄)|[「『](?:貴重な|ありがたい|有難い|素晴らしい|すばらしい|ご立派な|鋭い|するどい|斬新な)[、\\s]?(?:ご意見|ご指摘|ご提案|お考え|ご高説|アドバイス|ご主張|ご質問)[」』]'
/**
 * Blind R345H-054 kind: the reader's mistaken idea, reported (「予約なしで入れると思った」とのこと), praised in faint words (なかなか独創的な
 * お考えですね, 実にユニークなご発想ですね, ずいぶん前向きな解釈ですね): warn. Not an idea welcomed (大変興味深いご意見ですね。ぜひ参考に),
 * not a child's or an entrant's idea admired.
 */
const FAINT_PRAISE_HO = '(?:なかなか|実に|ずいぶん|随分|ずいぶんと|なんとも|何とも|まことに|誠に|さすが)[、\\s]?(?:独創的|斬新|ユニーク|個性的|前衛的|大胆|画期的|ポジティブ|前向き|楽観的|おおらか|大らか|夢のある|想像力豊か|想像力あふれる|ご都合主義的|都合のいい|都合の良い|奇抜|自由)(?:な)?[、\\s]?(?:お考え(?:方)?|ご発想|発想|ご意見|ご解釈|解釈|ご主張|主張|理屈|ご提案|ご見解|見解|ご認識|認識|考え方|ロジック|論理|ご理論|理論|思考|お見立て|見立て|ご推理|推理)(?:です|でございます|をお持ち(?:です)?|だ|や)(?:ね|な|ねえ|わ|よね)'
const REPORTED_IDEA_HO = /とのこと|とおっしゃ|と仰|と言われ|と書かれ|と思われ|[」』](?:と|って|という|との)|[@＠]|お思いになった|思われた(?:ようで|そうで|とのこと)/u
const IDEA_WELCOMED_HO = /ありがと|参考に|検討|取り入れ|ぜひ|是非|感謝|嬉し|うれし|楽しみ|お待ちし|応援|素晴らし|すばらし|頑張|がんば|尊敬|感心|見習|作品|コンテスト|アイデア|アイディア|応募|入賞|子どもたち|子供たち|こどもたち|児童|生徒|園児/u
/**
 * Blind R345H-052 kind: an asker mocked for asking so late (え、それ今さら聞きます？笑, 今さらそれ聞く？, いまさら質問します？): warn. Not
 * 今さら聞けない (a course for what one is shy to ask), not the writer's own (今さら聞く？と思われるかもしれませんが).
 */
const LATE_ASK_HO = '(?:今さら|今更|いまさら|今頃|今ごろ|いまごろ)[、\\s]?(?:それ|そんなこと|そこ|そんな事)?(?:を|って)?[、\\s]?(?:(?:聞|訊|き)(?:きます|く|いちゃう|いちゃいます|かれます)|(?:質問し|尋ね|たずね)(?:ます|ちゃう|ちゃいます|る)|お(?:聞き|尋ね)になります)(?:か)?[？?]'
/**
 * Blind R345H-043 kind: critics called people who only complain (画面の前で文句を言うだけの方々は…, 批判するだけの人たち, 口だけの連中), or
 * asked in a rhetorical question whether they ever did their part (一度でも地域のために汗をかいたことがおありなのでしょうか): warn. Not a lesson
 * for ourselves (批判するだけの人にならないよう), not a meeting or a place (文句を言うだけの会にはしません).
 */
const ONLY_COMPLAIN_HO = '(?:文句|批判|苦情|ケチ|けち|難癖|いちゃもん|悪口|不平不満|不満|口出し|揚げ足取り)(?:を|ばかり|ばっかり)?[、\\s]?(?:言う|いう|言って(?:いる|る)|つける|付ける|書く|書き込む|並べる|垂れる|たれる|する|出す|言い(?:立てる|募る))?(?:だけ|ばかり|ばっかり)の[、\\s]?(?:方々|方|人たち|人達|人|連中|輩|皆さん|皆様|お方|方たち)|口だけの[、\\s]?(?:方々|方|人たち|人達|人|連中|輩)'
const EVER_DONE_Q_HO = '(?:一度でも|一回でも|いちどでも|ただの一度でも|少しでも|一度くらい|一度ぐらい)[、\\s]?[^。！？!?\\n]{0,30}?(?:た|だ)(?:こと|経験)(?:が|は)[、\\s]?(?:おあり|ある|あり|ございます)(?:なの|なん|ます)?(?:の|ん)?(?:でしょう|だろう|やろ|ですか|ですかね)?(?:か|かね|かな|[？?])'
const CRITIC_HO = /文句|批判|苦情|ケチ|けち|難癖|いちゃもん|悪口|不満|口出し|口だけ|口ばかり|(?:ご)?意見を(?:言|おっしゃ|書)|おっしゃる|画面の前|[@＠]|あなた|あんた/u
const OWN_LESSON_HO = /ならない|ならず|ならぬ|なりたく|ではなく|でなく|じゃなく|ましょう|私たち|わたしたち|自分|会|場|集まり|時間/u
/**
 * Blind R345H-014 kind: thanks for a complaint named by a scornful word (文句をお寄せいただき、ありがとうございます; 難癖をつけていただき
 * 恐縮です), and the weather or the sky disowned as not the office's job (天気は市役所の担当ではございませんので、あしからず): warn. Not thanks
 * for an opinion (ご意見をお寄せいただき、ありがとうございます), not a real office named (道路は県の管轄です).
 */
const MOCK_THANKS_HO = '(?:文句|いちゃもん|難癖|ケチ|けち|言いがかり|言い掛かり|揚げ足取り)(?:を|まで|など)?[、\\s]?(?:わざわざ|ご丁寧に|毎回|いつも)?[、\\s]?(?:お寄せ|お送り|お書き|お書き込み|お聞かせ|つけて|付けて|お付け|ご投稿|投稿して|書き込んで|言って|おっしゃって|頂戴)(?:いただき|くださり|いただいて|くださって|下さり|下さって|し)[^。！？!?\\n]{0,6}?(?:ありがとう|ありがと|感謝|恐縮|光栄|痛み入)'
const SKY_NOT_OURS_HO = '(?:お天気|天気|天候|お天道(?:様|さま|さん)|空模様|雨|雨雲|台風|気温|暑さ|寒さ|梅雨)(?:は|まで|の(?:こと|件)は)[、\\s]?(?:さすがに|残念ながら|あいにく|生憎)?[、\\s]?(?:市役所|市|役所|役場|当課|私ども|わたくしども|こちら|当館|職員|行政)(?:の)?(?:担当|管轄|仕事|所管|責任|守備範囲)(?:では|じゃ|で)(?:ございません|ありません|ない|なか|ござい)'
/**
 * Blind R345H-052 kind: in a reply, the asker told the answer is all written there already and to look properly this time (プロフィールの
 * リンクに全部書いてありますよ〜、ちゃんと見てくださいね😊; 固定ツイートに書いてます。ちゃんと読んでね): warn. ちゃんと / ちゃーんと says
 * they did not; not a plain pointer (詳しくはホームページをご覧ください, よくご確認ください), not in a post.
 */
const LOOK_PROPERLY_HO = '(?:ちゃんと|ちゃーんと|ちゃあんと)[、\\s]?(?:見て|みて|読んで|よんで|目を通して)(?:ください|下さい|くださいね|下さいね|ね|よ|ってば|くれる|もらえる)(?:ね|よ|[〜ー～~]|[？?])*(?=[。！!…\\s〜ー～~]|\\p{Extended_Pictographic}|[（(w笑]|$)'
export const DEHUMANISING_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(LOOK_PROPERLY_HO),
    need: foldAll(['ちゃんと', 'ちゃーんと', 'ちゃあんと']),
    instead: '読まなかったことを責めず、「詳しくはプロフィールのリンク先の〇〇のページに載せています」のように、場所だけを案内してください',
    replyOnly: true,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      // Something else to watch (お子さんの様子をちゃんと見てくださいね): not the notice.
      const lead = sq.slice(sentenceOf(sq, s, e).start, s)
      if (/を[、\s]?$/u.test(lead) && !/ページ|リンク|プロフィール|お知らせ|投稿|ポスト|要項|案内|説明|記事|サイト|チラシ|広報|HP|ＨＰ/u.test(lead)) return false
      const w = withPrevious(sq, s, e).replace(sq.slice(s, e), '')
      return ALREADY_OUT.test(w) || /書いて(?:ます|る)|書いとる|載って(?:ます|る)|載せて(?:ます|る)|載せとる/u.test(w)
    },
  },
  {
    rule: 'hostility/insult',
    re: phrase(SUBHUMAN_HO),
    need: foldAll(['人間', '以下', '未満', '同然', '並み', 'レベル']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && personTopicBefore(sq, s, e) && !NOT_PERSON_HO.test(sq.slice(sentenceOf(sq, s, e).start, s).replace(/(?:カラス|サル|猿|ブタ|豚|犬|イヌ)(?:以下|同然|並み)/gu, '')),
  },
  {
    rule: 'hostility/insult',
    re: phrase(VERMIN_LIKE_HR),
    need: foldAll(['蚊', 'ハエ', '蝿', 'ゴキブリ', 'ダニ', 'ノミ', 'シラミ', 'ウジ', '蛆', 'ボウフラ', '害虫', '虫けら', 'ムシケラ', '寄生虫', 'ドブネズミ', 'ハイエナ']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const lead = sq.slice(sentenceOf(sq, s, e).start, s)
      if (PEST_HO.test(lead) || (NOT_PERSON_HO.test(lead) && !personAfterAnimal(lead))) return false
      if (personTopicBefore(sq, s, e)) return true
      // Blind R419U-013 kind: the doer of the act before なんて / とは (ACT_DOER_HR), no pest nor the writer in the sentence or the one before.
      const w = withPrevious(sq, s, e).replace(sq.slice(s, e), '')
      return ACT_DOER_HR.test(lead) && !SELF.test(w) && !PEST_HO.test(w) && !NOT_PERSON_HO.test(w)
    },
  },
  {
    rule: 'hostility/insult',
    re: phrase(VERMIN_IS_HO),
    need: foldAll(['ゴキブリ', 'ごきぶり', '害虫', '寄生虫', 'ダニ', 'ウジ', 'うじ', '蛆', 'ハエ', '蝿', 'ドブネズミ', 'シラミ', '虫けら', 'ムシケラ']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const lead = sq.slice(sen.start, s)
      if (SELF.test(lead) || NOT_PERSON_HO.test(lead) || PEST_HO.test(lead)) return false
      if (PEOPLE_HO.test(lead)) return true
      const w = withPrevious(sq, s, e)
      const prev = w.slice(0, w.length - (sen.end - sen.start))
      return personTopicBefore(sq, s, e) || (lead.length < 4 && PEOPLE_HO.test(prev) && !SELF.test(prev) && !PEST_HO.test(prev))
    },
  },
  {
    rule: 'hostility/insult',
    re: phrase(CULL_HO),
    need: foldAll(['駆除', '退治', '殲滅', '駆逐', '抹殺', '根絶やし']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      // Its own object in its sentence (カラスを駆除したい, 害虫は見つけ次第駆除): the pest, not a person.
      if (/を|は|も/u.test(sq.slice(Math.max(sen.start, s - 3), s)) || PEST_HO.test(sq.slice(sen.start, s))) return false
      const w = withPrevious(sq, s, e)
      // Not farmers' or residents' wish about pests or their damage (作物を荒らされた農家の方からは、見つけ次第駆除してほしいとの声).
      if (/被害|荒ら|作物|畑|田んぼ|との(?:ご)?(?:声|要望)|という(?:ご)?(?:声|要望)|捕獲|わな|罠|猟友会/u.test(w)) return false
      return PERSON_TOPIC_HO.test(w) && !PEST_HO.test(w) && !SELF.test(w)
    },
  },
  {
    rule: 'hostility/insult',
    re: phrase(HEAD_ROT_HO),
    need: foldAll(['頭', 'あたま', '脳', 'おつむ']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !HEAD_OK_HO.test(sentenceText(sq, s, e)) && personTopicBefore(sq, s, e),
  },
  {
    rule: 'hostility/insult',
    re: phrase(HEAD_EMPTY_Q_HO),
    need: foldAll(['中身', '脳みそ', '脳ミソ', '脳味噌']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      return !SELF.test(sq.slice(sen.start, s)) && !HEAD_OK_HO.test(sq.slice(sen.start, sen.end))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(OPINION_LAUGHED_HO),
    need: foldAll(['笑', 'w', 'ｗ', '😏', '🤭', '🙄', '「', '『']),
    instead: '相手の意見を笑わず、「ご意見ありがとうございます。担当課に伝えます」のように、受け止めた事実だけを伝えてください',
    keep: (sq, s, e) => notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && (sq[s] === '「' || sq[s] === '『' || notQuoted(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(FAINT_PRAISE_HO),
    need: foldAll(['考え', '発想', '意見', '解釈', '主張', '理屈', '提案', '見解', '認識', 'ロジック', '論理', '理論', '思考', '見立て', '推理']),
    instead: '相手の考えを皮肉らず、「ご予約が必要です。予約は〇〇から承っています」のように、正しい案内だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (IDEA_WELCOMED_HO.test(sq.slice(sen.start, Math.min(sq.length, sen.end + 40)))) return false
      return REPORTED_IDEA_HO.test(withPrevious(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LATE_ASK_HO),
    need: foldAll(['今さら', '今更', 'いまさら', '今頃', '今ごろ', 'いまごろ']),
    instead: '聞いたことを責めず、「詳しくはプロフィールのリンク先に載せています」のように、答えの場所を案内してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !/^[、\s]?(?:って|と)[、\s]?(?:思|お思|言わ|感じ)/u.test(sq.slice(e, e + 8)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ONLY_COMPLAIN_HO),
    need: foldAll(['だけの', 'ばかりの', 'ばっかりの']),
    instead: '批判する人をひとくくりに下げず、「いただいたご意見は担当課で検討しています」のように、市の対応を伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !OWN_LESSON_HO.test(sq.slice(e, e + 10)) && !SELF.test(sq.slice(sentenceOf(sq, s, e).start, s)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(EVER_DONE_Q_HO),
    need: foldAll(['一度でも', '一回でも', 'いちどでも', '少しでも', '一度くらい', '一度ぐらい']),
    instead: '批判する人の経験を問いただす書き方はやめ、「計画の内容と、ご意見をお寄せいただく窓口は次のとおりです」のように案内してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      const lead = sq.slice(sen.start, s)
      return CRITIC_HO.test(lead) && /方|人|連中|皆さん|皆様|あなた|あんた|[@＠]/u.test(lead) && !SELF.test(lead)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(MOCK_THANKS_HO),
    need: foldAll(['ありがと', '感謝', '恐縮', '光栄', '痛み入']),
    instead: '相手の声を「文句」と呼ばず、「ご意見ありがとうございます。」と受け止め、事実と対応だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(SKY_NOT_OURS_HO),
    need: foldAll(['担当', '管轄', '仕事', '所管', '責任', '守備範囲']),
    instead: '冗談で突き放さず、「雨天時は屋外プールを閉場します。再開は〇〇でお知らせします」のように、事実と対応を伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && /あしからず|悪しからず|ご了承|ご容赦|ご勘弁/u.test(sq.slice(e, e + 30)),
  },
]

/**
 * Blind R351R-027 kind (HO2): a death threat with the verb masked (今度こそぶっ○すぞ, ぶっ＊＊すからな, ころ○てやる, こ○すぞ): the mask
 * hides a letter of ぶっ殺す / 殺す, never the threat. ぶっ / ぶち with a mask, then す or a threat ending, is a violent verb whatever
 * letters are hidden (ぶっ殺す, ぶっ潰す, ぶっ飛ばす); a bare ころ / こ○ / ○ろ only with a threat ending (ぞ, てやる, たる, からな), after a particle or a
 * non-letter (本気でこ○すぞ).
 * Not a mask alone (○○さん), not ぶっ with a word (ぶっちゃけ), not a word quoted as an example (mention).
 */
const MASK_HO2 = '[〇○●◯◎×✕✖*■□◇◆△▲]'
const THREAT_END_HO2 = '(?:ぞ|ど|よ|で|わ|からな|かんな|からね|けん(?:な|ね)?|ばい)'
const KILL_MASKED_HO2 =
  `(?:ぶっ|ぶち)(?:${MASK_HO2}{1,3}|こ${MASK_HO2}{1,2}|${MASK_HO2}{1,2}ろ)(?:す${THREAT_END_HO2}?(?![ぁ-ゖ一-龥々])|し(?:て(?:やる|やろうか|やっから)|たる|たろか|たろうか|ちゃる|ちゃろうか|ます(?:よ|からね)?|に(?:行|い|来|き)))` +
  `|(?:ぶっ|ぶち)?(?<!こ)(?:ころ|殺)${MASK_HO2}(?:${THREAT_END_HO2}(?![ぁ-ゖ])|て(?:やる|やろうか)|たる|たろか|ちゃる)` +
  `|(?<=^|[^ぁ-ゖ]|[でらばそにはも])(?:こ${MASK_HO2}|${MASK_HO2}ろ)(?:す${THREAT_END_HO2}(?![ぁ-ゖ])|し(?:てやる|たる|たろか|ちゃる))`
export const BLAME_TURNED_PHRASES: Phrase[] = [
  {
    rule: 'hostility/threat',
    re: phrase(KILL_MASKED_HO2),
    need: foldAll(['〇', '○', '●', '◯', '◎', '×', '✕', '✖', '*', '■', '□', '◇', '◆', '△', '▲']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
]
/**
 * Blind R349D-010 kind (HO2): the fault handed back to the asker (申請期限を過ぎたのはご自身ですよね, 書類を出し忘れたのはあなたでしょう):
 * a missed deadline or a slip, then のは + the reader + です / でしょう with よね / ね, rhetorical. And the blame turned away (それを市の
 * せいにされましても…, 役所のせいにされても困ります). Not a question of who applied (申請されたのはご自身ですか、ご家族ですか？).
 */
const FAULT_YOURS_HO2 = '(?:過ぎ|すぎ|忘れ|遅れ|間違え|まちがえ|見落とし|怠っ|逃し|見逃し|読み飛ばし|(?:なかっ|出さなかっ|読まなかっ|しなかっ))た(?:の|ん)は[、\\s]?(?:ご自身|ご自分|あなた(?:様)?|そちら(?:様)?|ご本人)(?:の方)?(?:(?:です|でしょう|だ|やろ)(?:よね|ね|よ)|でしょう[？?])'
const BLAME_TURNED_HO2 = '(?:市|市役所|役所|役場|行政|こちら|私ども|わたくしども|職員|当課|我々|私たち)のせいに(?:され|なさ)(?:ましても|ても|ては|ましては)(?:困|こま|…|‥|[。！!]|$)'
/**
 * Blind R349D-046 kind (HO2): age made the reason the reader cannot keep up (お年を召すと覚えるのも大変でしょうが, 年を取ると物忘れも
 * 増えるでしょうけど): age, then remembering or understanding, conceded with でしょうが / けど; in a reply to someone who asked again.
 * Not help offered to older residents (ご高齢の方には手続きが難しい場合もありますので、窓口でお手伝いします: no concession aimed).
 */
const AGE_SLOW_HO2 = '(?:(?:お年寄り|ご年配|高齢|ご高齢|お年)(?:だから|ですから|ですし|なので|なんで|ゆえ)|お年を召(?:す|される|されると|して|しますと)|お年(?:です|なん)|お歳(?:です|なん)|年を取(?:る|ると|れば|って)|年をと(?:る|ると|れば|って)|歳を取(?:る|ると|れば|って)|ご高齢(?:です|なん|だ|になる))[^。！？!?\\n]{0,10}?(?:覚え|おぼえ|物忘れ|もの忘れ|忘れ|記憶|理解|お分かり|分か|わか|飲み込|のみこ|ついていけ|ついて行け)[^。！？!?\\n]{0,10}?(?:でしょう|かもしれません|と思います|とは思います|のは分かります|のは承知して)(?:が|けど|けれど|けども)'
const ASKED_AGAIN_HO2 = /[0-9０-９一二三四五六七八九十何]{1,2}(?:回|度)目|何度|何回|再三|前にも|先日も|以前も|今度は|次こそ|今度こそ|次回は|メモ|もう一度/u
/**
 * Blind R349D-058 kind (HO2): a remark mocked with a rhetorical "what on earth did they expect" (いったい何を期待して来られたんでしょうね（笑）,
 * 一体何を考えておられるのでしょうか): いったい + 何を + expecting or thinking + んでしょう / のでしょう, after someone's remark quoted or with
 * a laugh. Not a museum's riddle (この土器の作り手は、いったい何を考えていたのでしょう？ 答えは展示室で).
 */
const WHAT_EXPECTED_HO2 = '(?:いったい|一体|そもそも)[、\\s]?(?:何|なに)を(?:期待|想像|求め|お求め|考え|お考え|思っ|お思い|勘違い)[^。！？!?\\n]{0,12}?(?:んでしょう|のでしょう|んだろう|のだろう|んですかね|のですかね|んですかね|んやろ)(?:ね|か)?'
const REMARK_QUOTED_HO2 = /」(?:と|との|とか|って)(?:の)?(?:ご感想|感想|ご意見|意見|お声|声|こと|おっしゃ|仰|言|書|コメント|投稿)|とのご(?:感想|意見|指摘)|とおっしゃ/u
/**
 * Blind R351R-001 kind (HO2): a complainant reminded that they too were once what they complain of (ご自身も昔は子どもだったことをお忘れ
 * でしょうか, あなただって若い頃は騒いでいたはずですよね): the reader + も / だって + once + was, with お忘れ / はず / よね. Not an invitation
 * to remember fondly said to everyone (皆さんも子どもの頃を思い出して…).
 */
const ONCE_TOO_HO2 = '(?:(?:ご自身|ご自分|あなた(?:様)?|そちら(?:様)?)(?:も|だって)[、\\s]?(?:昔|むかし|かつて|以前|小さい頃|幼い頃|若い頃|子どもの頃|子供の頃|こどもの頃)(?:は)?|(?:昔|むかし|かつて|以前|小さい頃|幼い頃|若い頃|子どもの頃|子供の頃|こどもの頃)(?:は)?[、\\s]?(?:ご自身|ご自分|あなた(?:様)?|そちら(?:様)?)(?:も|だって))[^。！？!?\\n]{0,12}?(?:だった|でした|[てで](?:い|おられ|いらし)た)(?:こと|の)?(?:を(?:お忘れ|忘れ)|はず(?:です|でしょう)?(?:よね|ね|が)?|でしょう(?:に|が)|(?:よね|じゃないですか|ではありませんか))'
const COMPLAINT_HO2 = /苦情|とのこと|ご意見|ご指摘|うるさい|騒音|迷惑|おっしゃ|仰|クレーム|お申し出|ご不満/u
/**
 * The R351R-027 kind's curse (HO2): 死ね masked after an intensifier or the person cursed (今度こそ〇ね, さっさと○ね, お前なんか×ね): the
 * word before makes the mask a letter of a curse, though it follows kana (こそ, もう). Not a blank or a bullet (○ねぎ, ◯ねんせい).
 */
const MASKED_DIE_HO2 = `(?:今度こそ|次こそ|いっそ|もう|さっさと|とっとと|早く|はやく|はよ|まじで|マジで|ほんとに|本当に|お前|おまえ|あんた|てめえ|てめー|なんか|なんて|全員|みんな)[、\\s]?${MASK_HO2}(?:ね|ネ)(?=[。！!…\\s💢]|[wｗ笑]|$)`
BLAME_TURNED_PHRASES.push(
  {
    rule: 'hostility/curse',
    re: phrase(MASKED_DIE_HO2),
    need: foldAll(['〇', '○', '●', '◯', '◎', '×', '✕', '✖', '*', '■', '□', '◇', '◆', '△', '▲']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(`${FAULT_YOURS_HO2}|${BLAME_TURNED_HO2}`),
    instead: '相手の落ち度を指摘せず、「期限後の申請については〇〇課でご相談を受け付けています」のように、今からできることを案内してください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(AGE_SLOW_HO2),
    instead: '年齢に触れず、「分かりにくい仕組みで申し訳ありません。要点をまとめると〇〇です」のように、説明だけを丁寧に繰り返してください',
    replyOnly: true,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && (ASKED_AGAIN_HO2.test(withPrevious(sq, s, e)) || ASKED_AGAIN_HO2.test(sq.slice(e, e + 40))),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(WHAT_EXPECTED_HO2),
    instead: '感想をからかわず、「ご不便な点をお知らせいただきありがとうございます。移住者向けの支援は〇〇です」のように受け止めてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && (REMARK_QUOTED_HO2.test(withPrevious(sq, s, e)) || /^[\s]?(?:[（(]笑[)）]|笑|[wｗ]{1,5}|😂|🤣|😅)/u.test(sq.slice(e, e + 4))),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ONCE_TOO_HO2),
    instead: '相手の過去を持ち出さず、「ご迷惑をおかけしています。〇〇の時間帯については施設に伝えます」のように、対応だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && (/お忘れ|忘れ/u.test(sq.slice(s, e)) || COMPLAINT_HO2.test(withPrevious(sq, s, e))),
  },
)
