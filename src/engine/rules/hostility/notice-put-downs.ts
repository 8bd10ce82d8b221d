/**
 * hostility — put-downs tucked into notices, reprisals and refusals wished.
 *
 * Blind R206A–R208D and R223L kinds: people at fault held questionable as what they are (社会人としてどうなんでしょう), called unable to
 * keep even the least rule, grown-ups told to learn from children, litter thanked as a favour (ご丁寧にありがとうございました), a late asker
 * turned away as a nuisance, people at fault told they are not wanted in the town; and a refusal wished on someone, a reprisal
 * held over a critic, sarcasm in a notice.
 *
 * Stays clean: an apology for our own lateness, a real thank-you, a rule told to everyone, children praised.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech, sentenceOf } from '../../words'
import type { Phrase } from './context'
import { AIM, BEHAVING, CRITIC_H14, FAULT76, INSTEAD, JOINT_H12, OTHER_PLACE56, OTHER_TOWN47, OUR_FEET, OWN53, OWN_APOLOGY_AFTER, SAID_OF, SELF, SEND_OFF, THANKS166, TOWN76, foldAll, notQuoted, notTeaching, sentenceText, withPrevious } from './context'

const OTHER_TOWN47_RE = new RegExp(OTHER_TOWN47, 'u')
/**
 * - People at fault held questionable as what they are (R206A-016: …連絡すらなく来られなかった方が何人かいて…社会人としてどうな
 *   のかなと): 社会人 / 大人 / 人として + どうなのか / どうかと思う / いかがなものか, with people named in the sentence or the one before.
 *   Not a topic to think about (社会人としてどうなのかを研修で考えます), not the writer's own (私も社会人としてどうなのかと反省),
 *   not a worry (…どうなのかと悩む新社会人の方へ), not an apology.
 */
const AS_ONE = '(?:社会人|大人|おとな|いい大人|一人前の大人|人間|人|親|保護者|市民|住民|利用者|ドライバー|一般常識のある人)として[、\\s]?(?:正直|ちょっと|さすがに|本当に|ほんとに|ほんと|いったい|一体)?[、\\s]?(?:どうなの(?:か|でしょう|だろう)|どうなん(?:でしょう|だろう|やろ|ですか|か)|どうかと(?:思|おも|存じ)|いかがなもの(?:か|でしょう|では)|如何なもの(?:か|でしょう))'
const AS_ONE_TAIL_OK = /^(?:な|ね)?[、\s]?(?:を|について|に(?:つい|関)|考え|学|問い直|振り返|と(?:悩|迷|不安|心配|思われ|言われ)|思われ|悩|迷)/u
const AS_ONE_WHO = /方|人|者|連中|保護者|親|客|利用者|ドライバー|ボランティア|参加者|いらっしゃ|おられ/u
/**
 * - People called unable to keep even the least rule (R206A-028: 何度ご案内をしても分別ひとつ守れない方が…; R207I-044: 分別もまともに
 *   できない方々のおかげで): a rule or manner (分別, ルール, マナー, 約束, あいさつ, 時間) + ひとつ / すら / さえ, or も with まともに /
 *   ろくに, + cannot keep or do + people. Not help for people who cannot (高齢で分別も十分にできない方のために), not children
 *   learning, not the writer's own.
 */
const RULE_NOUN = '(?:ごみの分別|ゴミの分別|分別|ルール|マナー|約束|決まり|きまり|あいさつ|挨拶|時間|期限|順番|列|礼儀|常識|駐車)'
const CANNOT_KEEP = '(?:守れ|まもれ|守ら|でき|出来|守ろうとし|守ろうとなさら|守ろうとされ)(?:ない|ず|ません|ん|なかった)'
const RULE_INCAPABLE = `${RULE_NOUN}(?:(?:ひとつ|一つ|すら|さえ)(?:も)?[、\\s]?(?:まともに|ろくに|満足に|きちんと|ちゃんと|ろくすっぽ)?|(?:も|すら|さえ)[、\\s]?(?:まともに|ろくに|満足に|ろくすっぽ))[、\\s]?${CANNOT_KEEP}[、\\s]?(?:一部の)?(?:方々|方|人たち|人達|人|連中|者|輩|皆さん|皆様|みなさん|市民|住民|利用者|お客様|お客|ドライバー|大人)`
const CARE_H12 = /高齢|お年寄り|認知症|障が|障害|障碍|介護|病気|けが|怪我|ケガ|不自由|支援|サポート|お手伝い|手助け|ため(?:に|の|、)|お子|子ども|子供|こども|幼児|園児|児童|小さな|外国|日本語|転入|引っ越|初めて|はじめて|慣れ/u
/**
 * - Grown-ups told to learn from children, with contempt (R206A-028: 小学生でもきちんとできることですので、少しは子どもたちを見習って
 *   いただきたいものだ): children + を / に / から + 見習って / 学んで + a request, with 少しは / せめて or a child-can-do said in the
 *   sentence. Not the writer's own wish (子どもたちを見習いたい), not a friendly nudge with no contempt (子どもたちの元気なあいさつを見習って).
 */
const LEARN_KIDS = '(?:子ども|子供|こども|小学生|中学生|園児|幼稚園児|保育園児|児童|小さな子|小さい子)(?:たち|達|さん|さんたち)?(?:を|に|から)[、\\s]?(?:少しは|ちょっとは|すこしは|せめて|もう少し)?[、\\s]?(?:見習|みなら|学ん|まなん)(?:って|で)(?:いただきたい|頂きたい|ほしい|欲しい|もらいたい|ください|下さい|いただけ(?:たら|れば|ませんか)|もらえ(?:たら|れば|ませんか)|はいかが|みては|みたら)'
const LEARN_KIDS_CUE = /少しは|ちょっとは|すこしは|せめて|(?:で|に)も[、\s]?[^。！？!?\n]{0,10}?(?:できる|出来る|守れる|分かる|わかる|やれる)(?:こと|のに|ので|から|ん)/u
/**
 * - Litter or dumped goods thanked as a favour (R207I-019: ベンチに空き缶をきれいに並べていかれたお客様、ご丁寧にありがとうございました;
 *   R208D-006: 草むらに冷蔵庫…をそっと置いていってくださった方…ありがとうございました): refuse or a dumped thing + left (置いて,
 *   並べて, 捨てて, 残して) + いかれた / いってくださった + person, thanked in the sentence or the next. Not rubbish taken to the bins or
 *   collected by volunteers (集積所, ごみ箱, 分別して, 拾った, 清掃), not a gift left for us.
 */
const REFUSE_H12 = '(?:空き缶|空缶|あき缶|空きびん|空き瓶|空きビン|ペットボトル|ごみ|ゴミ|吸い殻|吸殻|すいがら|弁当(?:の)?(?:容器|ガラ|がら|殻|ごみ)|空き容器|食べ残し|食べかす|紙くず|紙コップ|粗大ごみ|粗大ゴミ|冷蔵庫|洗濯機|テレビ|タイヤ|家電|廃家電|布団|マットレス|廃材|がれき|瓦礫|残土|燃えかす|燃えがら|生ごみ|生ゴミ|犬のふん|犬のフン|ふん|フン)'
const REFUSE_LEFT = `${REFUSE_H12}[^。！？!?\\n]{0,30}?(?:置いて|並べて|捨てて|残して|放置して|積んで|投げ込んで|押し込んで|詰め込んで|ぶちまけて|散らかして|置き去りにして|置きっぱなしにして)(?:いかれた|行かれた|いかれました|いって(?:くださった|下さった|いただいた|頂いた|くださいました)|行って(?:くださった|下さった|いただいた)|くださった|下さった|いただいた|頂いた|帰られた|お帰りになった)[、\\s]?(?:一部の|どこかの)?(?:方々|方|皆さん|皆様|皆さま|みなさま|みなさん|人たち|お客様|お客さん|観光客|どなたか|どなた様|あなた)`
const BINNED = /ごみ箱|ゴミ箱|くずかご|くず入れ|屑入れ|回収(?:場所|箱|ボックス|所|日|袋)|集積所|ステーション|指定(?:の|された)|分別して|持ち帰|拾(?:っ|い|わ)|集め|清掃|掃除|片付け|ごみ拾い|袋に|寄付|寄贈|譲っ|提供/u
/**
 * - A late asker turned away as a nuisance to us (R207I-030: 申込期限は…何度もお伝えしてきました。今さら…られても困ります): 今さら /
 *   今頃 / 今になって + someone's act in the passive (言われ, 問い合わせられ, 来られ) + ても + 困ります, closing the sentence. Not
 *   sympathy with the reader (今さら変えられても困りますよね。ご安心ください), not a worry waved off (今さら聞かれても困る…と思わず).
 */
const LATE_NUISANCE = '(?:今さら|今更|いまさら|今頃|今ごろ|いまごろ|今になって|この期に及んで)[、\\s]?[^。！？!?\\n]{0,24}?(?:れ|られ|され)(?:ても|たって|ましても)[、\\s]?(?:正直)?[、\\s]?(?:困り(?:ます|ますので|ますけど|ますが)|困る|こまる|こまります|困ってしまいます|どうにも(?:なりません|できません)|どうしようも(?:ありません|ない))(?!よね|ね|よな|と思わ|なんて|という|との|って)'
/**
 * - People at fault told they are not wanted in the town (R208D-052: 地域のルールを守れない人には、正直、この町に住んでほしくありません):
 *   the town (この町, 柳川, ここ) + に + live / stay / come + ほしくない, aimed at people named by a fault or a critic (curse, like LEAVE).
 *   Not a wish that they stay (住み続けてほしい), not a saying denied or reported (…住んでほしくないなんて、誰も思っていません).
 */
const NOT_WANTED = `${TOWN76}(?:に|には|にゃ|で|では)[、\\s]?(?:もう|二度と|これ以上|一日も)?[、\\s]?(?:住んで|すんで|暮らして|くらして|いて|居て|来て|きて|おって|残って|住み続けて)(?:ほしく|欲しく|もらいたく|いただきたく|頂きたく)(?:は)?(?:ない|ありません|ないです|なか|ねえ|ございません)`
export const NOTICE_PUT_DOWN_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(OUR_FEET),
    need: foldAll(['足元', '足もと', '足下', 'あしもと', '及ば', 'およば', '及びませ', 'およびませ']),
    instead: '訪れた先や他の自治体を下げず、学んだことや柳川で生かしたいことを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const before = sq.slice(0, s).replace(/柳川(?:市)?|本市|当市/gu, '')
      return OTHER_PLACE56.test(before) && !JOINT_H12.test(sentenceText(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(AS_ONE),
    need: foldAll(['として']),
    instead: '人柄を問わず、「参加できなくなった場合は、前日までにご連絡をお願いします」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (AS_ONE_TAIL_OK.test(sq.slice(e, e + 10))) return false
      const sen = sentenceOf(sq, s, e)
      if (SELF.test(sq.slice(sen.start, s)) || OWN_APOLOGY_AFTER.test(sentenceText(sq, s, e) + sq.slice(e, e + 60))) return false
      return AS_ONE_WHO.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(RULE_INCAPABLE),
    need: foldAll(['ひとつ', '一つ', 'すら', 'さえ', 'まともに', 'ろくに', '満足に', 'ろくすっぽ']),
    instead: '「できない方」と見下さず、「分別の方法は収集日カレンダーでご確認ください」のように、守ってほしいことと方法を伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      return !CARE_H12.test(sentenceText(sq, s, e)) && !SELF.test(sq.slice(sen.start, s))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LEARN_KIDS),
    need: foldAll(['見習', 'みなら', '学ん', 'まなん']),
    instead: '子どもと比べて見下さず、「分別の方法は早見表でご確認ください」のように、お願いと方法だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      return LEARN_KIDS_CUE.test(sen) && !/私たち|わたしたち|我々|われわれ|私も|大人も一緒|一緒に|ましょう/u.test(sen)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(REFUSE_LEFT),
    need: foldAll(['置いて', '並べて', '捨てて', '残して', '放置して', '積んで', '込んで', '散らかして', '置き去り', '置きっぱなし']),
    instead: 'ポイ捨てや不法投棄に皮肉のお礼を書かず、「ごみはお持ち帰りください。不法投棄は法律で禁止されています」のように、守ってほしいことを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceOf(sq, s, e)
      if (BINNED.test(sq.slice(sen.start, e))) return false
      return THANKS166.test(sq.slice(e, e + 120))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LATE_NUISANCE),
    need: foldAll(['困', 'こま', 'どうにも', 'どうしようも']),
    instead: '問い合わせた人を突き放さず、「申込期限は〇月〇日で終了しました。次回は〇月に募集します」のように、事実と次の案内を伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !/^[…。、・\s]{0,3}(?:と|って|なんて)[、\s]?(?:思|おも|言|い[わうっ]|考)/u.test(sq.slice(e, e + 10)) && !/ご安心|安心して|ご心配なく/u.test(sq.slice(e, e + 40)),
  },
  {
    rule: 'hostility/curse',
    re: phrase(NOT_WANTED),
    need: foldAll(['ほしく', '欲しく', 'もらいたく', 'いただきたく', '頂きたく']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || SAID_OF.test(sq.slice(e, e + 8))) return false
      const win = withPrevious(sq, s, e)
      return (AIM.test(win) || (BEHAVING.test(win) && FAULT76.test(win))) && !SEND_OFF.test(sentenceText(sq, s, e))
    },
  },
]
// --- Blind R223L and team regression set (host14), as kinds ---
/** Blind R223L-020: people named by a fault (ルールをお守りいただけない方, マナーの悪いお客様): whom a refusal is aimed at. */
const FAULTY_H14 = '(?:守(?:ら|れ)(?:ない|ん)|お守り(?:いただけ|頂け|になら|になれ)(?:ない|ん)|守っ(?:て)?(?:いただけ|頂け|もらえ|くれ)(?:ない|ん)|従(?:わ|え)(?:ない|ん)|従っ(?:て)?(?:いただけ|頂け|もらえ)(?:ない|ん)|お従いいただけない|マナーの悪い|マナーが悪い|迷惑をかける|迷惑行為をする)(?:ような)?(?:方|かた|人|お客様|お客さま|お客さん|客|利用者|来館者|来場者|方々|人たち)'
/** Blind HSA-115: people named by what they do not do (参加しない人は, 協力されない方には): whom help is withheld from. */
const NOT_DOING = /(?:しない|しなかった|せん|されない|されなかった|いただけない|来ない|こない|出ない|守らない|払わない|出さない|入らない)(?:人|方|者|世帯|家庭|方々|人たち|ご家庭)(?:は|には|が|も)|(?:しない|しなかった|されない|来ない)(?:の)?なら/u
/** Blind HSA-059: a repeat told before the jab (一日に何十回も電話される方, 毎回, 何度も). */
const REPEAT_H14 = /何十回|何百回|何回も|何度も|何べんも|毎回|毎日|一日に|再三|繰り返し|くり返し|いつも同じ|同じ(?:こと|質問|場所|内容)/u
/** Blind HSA-160: our own town or event named (柳川の祭り, うちの): the side set above another town. */
const OURS_H14 = /柳川|本市|当市|うち|ウチ|わが(?:市|町|まち)|我が(?:市|町|まち)|私たちの/u
/**
 * Review of 3e1eb183 (rvhost56): 今度こそ to those who missed a broadcast or an article, with a rerun or the next part offered (先週の放送を
 * 見逃した皆さん、今度こそご覧ください！再放送は…; 前編を読み逃した方も、今度こそ最後までお読みください♪): a second chance, not a reproach.
 */
const MISSED_CHANCE = /見逃|見のが|読み逃|読みのが|聞き逃|聞きのが|見損ね|見そびれ|読みそびれ|再放送|再配信|再上映|見逃し配信|アーカイブ|後編|続編|最終回/u
export const REPRISAL_PHRASES: Phrase[] = [
  // Blind R223L-020: people named by a fault told their visit is unwelcome as the writer's own wish (ルールをお守りいただけない方の
  // ご来館は、正直なところお断りしたいと考えております, マナーの悪い人には来てほしくない): pushing residents away, warn. A rule stated as a
  // rule (ルールを守れない方の入場はお断りします, お断りする場合があります) stays clean.
  {
    rule: 'hostility/confrontational',
    re: phrase(`${FAULTY_H14}(?:の|は|には|に)[、\\s]?[^。！？!?\\n]{0,14}?(?:(?:お断り|おことわり|断り)(?:し|させていただき|させてもらい|いたし)たい|(?:来て|お越しいただいて|ご来館いただいて|ご利用いただいて|利用して|参加して|ご参加いただいて)(?:ほしく|欲しく|いただきたく|頂きたく|もらいたく)(?:ない|ありません|なか))`),
    need: foldAll(['たい', 'たく', 'ほしく', '欲しく']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  // Blind HSA-115 kind: help in a disaster withheld as a reprisal from people who do not take part (防災訓練に参加しない人は、本当に
  // 災害が起きたときに助けてもらえると思わないでくださいね, 協力しない世帯は、いざというとき後回しにしますよ): a threat, block. Not the
  // limits of public help told as advice (大災害ではすぐに助けが来るとは限りません。自分の身は自分で守りましょう).
  {
    rule: 'hostility/threat',
    re: phrase('(?:助けて|たすけて|救助して|救って|支援して|守って|面倒(?:を)?見て|避難させて)(?:もらえる|いただける|くれる|もらえ(?:ます|る))(?:と|なんて)(?:は)?(?:思わないで|思わんで|思うな|思わんごと|思っちゃ(?:だめ|ダメ|いけない))|(?:災害|避難|いざ|緊急)[^。！？!?\\n]{0,16}?(?:後回しに(?:します|しますよ|しますからね|させていただきます|するけん)|助けに(?:行きません|いきません|行かんけん)|助けません(?:よ|からね|ので))'),
    need: foldAll(['思わないで', '思わんで', '思うな', '思わんごと', '思つちや', '後回し', '助けに', '助けません']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && NOT_DOING.test(sentenceText(sq, s, e)),
  },
  // Blind R39A-122 kind: a critic presumed never to have done proper work, as a knowing guess (市長の出張を「観光旅行」と言う方は、まともに
  // 仕事をされたことがないのでしょうね, 文句を言う人は働いたことがないんやろ): contempt for the person, warn. Not a job fair (働いたことが
  // ない方でも応募できます), not a question asked.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:まともに|ちゃんと|きちんと|真面目に|まじめに|一度も|本気で|汗(?:を)?(?:流して|かいて))[、\\s]?(?:お?仕事(?:を)?(?:され|し|なさっ)|働(?:い|かれ)|勤め(?:られ)?)たこと(?:が|は|も)?(?:ない|おありでない|ございません|ありません|なか)(?:の|ん|と)(?:でしょう|だろう|でしょ|やろ|ですね|かな)'),
    need: foldAll(['たこと']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC_H14.test(withPrevious(sq, s, e)),
  },
  // Blind HSA-057 kind: the person addressed asked whether they know the word for a virtue (窓口でごねていた方、ｼﾞｮｳｼｷという言葉は
  // ご存じですか？, マナーって言葉、知ってます？): talking down, warn. Not a quiz about a new word (「SDGs」という言葉はご存じですか？).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:常識|じょうしき|マナー|モラル|良識|礼儀|思いやり|ルール|順番|期限|締め切り|締切|遠慮|配慮|時間厳守|社会人|協調性|公共)(?:という|って)(?:言葉|日本語|単語)(?:は|を|、)?[、\\s]?(?:ご存じ|ご存知|知って)(?:です|でしょう|ます|いますか|いらっしゃいます|おられます|る)(?:か)?[？?]'),
    need: foldAll(['言葉', '日本語', '単語']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/クイズ|豆知識|意味|由来/u.test(sentenceText(sq, s, e)),
  },
  // Blind HSA-059 kind: people who repeat a call or a fault told to learn, in keigo (同じ場所について一日に何十回も電話される方が
  // いますが、…学習していただけると助かります, いい加減学んでください): talking down, warn. Not a course (楽しく学習していただけます).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:学習|学ん|勉強|お勉強|学ば)(?:して|で|れて)?(?:いただけると|いただければ|頂けると|頂ければ|もらえると|もらえれば|くださると)[、\\s]?(?:助かり|幸い|ありがた|嬉し|うれし)|(?:少しは|いい加減|いいかげん|そろそろ|ちょっとは|いい加減に)[、\\s]?(?:学習|学ん|勉強|お勉強)(?:して|で)?(?:ください|くださいね|いただきたい|ほしい|もらいたい)'),
    need: foldAll(['学習', '学ん', '勉強', '学ば']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq.slice(0, s) + sq.slice(e), 0, 0) && REPEAT_H14.test(withPrevious(sq, s, e)) && !/^[！!。、…\s]{0,3}(?:と|って)[、\s]?(?:言|い[わうっ]|思|おも)/u.test(sq.slice(e, e + 8)) && !/講座|教室|教材|アプリ|学習会|研修|授業|受講/u.test(sentenceText(sq, s, e)),
  },
  // Blind R209I-052 kind: a plain word or task mock-asked whether it is so hard (本人確認書類って、そんなに難しい言葉でしたっけ？,
  // そこまで難しいお願いでしたかね): sarcasm, warn. Not reassurance (そんなに難しいことではありません).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:そんなに|それほど|そこまで|そげん|そがん)[、\\s]?(?:難しい|むずかしい|ややこしい|大変な|面倒な|難解な)(?:言葉|日本語|単語|こと|お願い|ルール|作業|手続き|話|内容)?(?:でしたっけ|だったっけ|やったっけ|でしたかね|だったかな|でしたか(?:ね|な)?[？?]|ですかね[？?])'),
    need: foldAll(['難しい', 'むずかしい', 'ややこしい', '大変な', '面倒な', '難解な']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // Blind R210A-005 kind: the reader's call said needless had they once looked (お手元の市報を一度でも開いていただければ、わざわざお電話を
  // いただくまでもないかと存じます): condescension in keigo, warn. 一度でも says they never did; a plain pointer (ホームページをご覧いただければ、
  // お電話いただく必要はありません) and an invitation (一度でもご覧になれば、魅力がお分かりになるはず) stay clean.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:一度でも|いちどでも|一回でも|いっぺんでも|一度くらい)[^。！？!?\\n]{0,8}?(?:(?:ご覧|お読み|お目通し|お開き)(?:いただけ|頂け|になれ)れば|(?:読ん|お読みになっ|お読みいただい|見|ご覧になっ|ご覧いただい|開い|ひらい|お開きになっ|お開きいただい|目を通し|目を通され|お目通しいただい)(?:て|で)(?:い|おられ|いただい(?:て(?:い|お))?|もらっ(?:て(?:い|お))?|いただけ|頂け|もらえ|くれ)?(?:れば|たら))[、\\s]?[^。！？!?\\n]{0,24}?わざわざ[^。！？!?\\n]{0,14}?(?:まで|必要|こと)(?:も|は)?(?:ない|なか|ありません|ございません|なかった)'),
    need: foldAll(['わざわざ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !OWN53.test(sentenceText(sq, s, e)),
  },
  // Blind HSA-123 kind: a critic's complaint put down to their want of taste (『ダサい』とおっしゃる方、…あとはセンスの問題かと,
  // 地味だとのご意見ですが、感性の違いでしょう): belittling, warn. Only with a critic named before.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:あとは|後は|結局(?:は)?|要は|つまり|単に)?[、\\s]?(?:センス|感性|美的感覚|審美眼|見る目|美意識)の(?:問題|違い|差|なさ|有無)(?:かと|でしょう|ですね|ですかね|ではないでしょうか|だと思います|かな|やろ|(?=[。！!]))'),
    need: foldAll(['センス', '感性', '美的感覚', '審美眼', '見る目', '美意識']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && CRITIC_H14.test(withPrevious(sq, s, e)) && !/私(?:たち|ども)?の|職員の|当方の/u.test(sentenceText(sq, s, e)),
  },
  // Blind HSA-160 kind: another town's event called cheap to set ours above it (隣の市みたいな安っぽいお祭りの真似はしません, よその町の
  // ようなしょぼい花火とは違います) or ours said to be in another class after another town is named (柳川の祭りは格が違いますので): warn.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:みたいな|のような|みたいに|のように|みたいな感じの)[、\\s]?(?:安っぽい|安っぽく|しょぼい|しょぼく|ショボい|ダサい|ダサく|貧相な|貧弱な|チープな|田舎くさい|田舎臭い|垢抜けない|あか抜けない|センスのない|品のない|下品な|ありきたりな|つまらない)|格が(?:違い|違う|ちがい|ちがう|違います)'),
    need: foldAll(['みたい', 'のよう', '格が']),
    instead: '他の自治体を下げず、柳川の魅力そのものを紹介してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
      const others = (t: string) => OTHER_PLACE56.test(t.replace(/柳川(?:市)?|本市|当市/gu, '')) || OTHER_TOWN47_RE.test(t)
      if (/^格/u.test(sq.slice(s, e).replace(/^[、\s]+/u, ''))) return others(withPrevious(sq, s, e)) && OURS_H14.test(sentenceText(sq, s, e))
      return others(sq.slice(sentenceOf(sq, s, e).start, s))
    },
  },
  // Blind R209I-027 kind: the reader told to read or keep it "this time at last" after notices repeated (何度ご説明しても伝わらない…
  // 今度こそ最後まで読んでくださいね): presuming they failed, warn. Not an invitation (今度こそぜひご覧ください, 今度こそ参加してね).
  {
    rule: 'hostility/confrontational',
    // Blind R311E-059 kind (host56): also in the honorific request (今度こそ最後までお読みください, 今度こそよくご覧ください).
    re: phrase('今度こそ[、\\s]?(?:最後まで|ちゃんと|きちんと|しっかり|よく)?[、\\s]?(?:読んで|お読み(?:になって|いただ)?|ご覧|お目通し|目を通して|理解して|ご理解(?:いただ)?|覚えて|守って|お守り(?:いただ)?)(?:ください|下さい|くださいね|いただけ|いただき|頂け|ね|もらえ|ほしい)'),
    need: foldAll(['今度こそ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !MISSED_CHANCE.test(withPrevious(sq, s, e) + sq.slice(e, e + 40)),
  },
  // Blind HSA-021 kind: the consequences of a risk disowned flippantly to the people doing it (落ちても自己責任だよ😇, 知〜らないっと,
  // 転んでも自己責任だからね): mocking, warn. Not a rule told in full (遊泳は自己責任でお願いします).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<=(?:ても|でも|たって|だって)[、\\s]?)(?:自己責任|じこせきにん)(?:だよ|だからね|だから(?=[。！!…\\s]|$)|やけん|ですよ|ですからね|でーす|だし|ね|な)|知[〜~ー]+らない|知らないっと|しー?らないっと|知[〜~ー]*らんけんね'),
    need: foldAll(['自己責任', 'じこせきにん', '知', 'しらない', 'しーらない']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // Blind HSA-027 kind: a wrong left behind met with a refusal and a mock invitation to keep it there for good (回収しませんので、ずっと
  // そこに置いておいてくださいね): sarcasm, warn. Not a gift kept (ずっと飾っておいてくださいね).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:ずっと|いつまでも|永遠に|一生|末永く)[、\\s]?(?:そこに|そのまま|そこで|その場所に)?[、\\s]?(?:置いて|置きっぱなしにして|放置して|そのままにして)(?:おいて|いて|おって|て)?(?:ください|くださいね|くださいませ|どうぞ|ね)'),
    need: foldAll(['ずっと', 'いつまでも', '永遠に', '一生', '末永く']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && /回収し(?:ません|ない|ませんので)|収集し(?:ません|ない)|持って(?:いき|行き)ません|引き取りません|引き取れません|片付けません|対応しません/u.test(withPrevious(sq, s, e)),
  },
  // Blind HSA-032 kind: residents named by their conduct and the writer's lament over them (一部の市民は…感謝の一言も言えない。嘆かわしい
  // 限りである): looking down on them, warn. Not a lament over a thing or a crime with no people named, not the city's own conduct.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:嘆かわしい|なげかわしい|情けない|なさけない)(?:限り|かぎり)(?:です|である|だ|でございます|(?=[。！!]))|(?:嘆かわしい|なげかわしい)(?:こと|話|風潮|世の中)?(?:です|である|だ|でございます|(?=[。！!]))'),
    need: foldAll(['嘆かわしい', 'なげかわしい', '情けない', 'なさけない']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && /市民|住民|利用者|人(?:たち|々)?(?:は|が)|方(?:々)?(?:は|が)|保護者|若者|大人|お客|来庁者|観光客/u.test(withPrevious(sq, s, e)) && !/職員の|不祥事|私(?:たち|ども)?の|当市の|本市の|申し訳|お詫び/u.test(withPrevious(sq, s, e)),
  },
  // Blind R209I-008 kind: a visitor just reported pointed at with a distal demonstrative and called a burden on the staff (ああいう
  // お客さんが来ると、その日はもう仕事になりません, あんな人がいると困ります): venting contempt, warn. Not a fraud warning.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:ああいう|ああいった|ああゆう|あんな|ああした)[、\\s]?(?:お客さん|お客様|お客さま|客|人|ひと|方|かた|人たち|方々|連中|利用者|来庁者|市民)(?:が|に|の|は)[^。！？!?\\n]{0,16}?(?:仕事に(?:なりません|ならない|ならん)|困(?:ります|る)|疲れ(?:ます|る)|迷惑|うんざり|参(?:ります|る)|たまりません|たまらない|やってられ|やってらんな|気が滅入|げんなり)'),
    need: foldAll(['ああいう', 'ああいつた', 'ああゆう', 'あんな', 'ああした']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/詐欺|不審|業者|勧誘|セールス/u.test(withPrevious(sq, s, e)),
  },
  // Blind HSA-113 kind: callers who say a thing never came told it is usually there after all (『通知が来ていない』とお電話くださる方、
  // ポストの中をもう一度よく探してみてくださいね。たいてい、ありますから): their oversight presumed, warn. Only after such a caller is named.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:たいてい|大抵|だいたい|ほとんどの場合|十中八九|九割がた|九割方)[、\\s]?(?:あります|入っています|入ってます|届いています|届いてます|見つかります)(?:から|よ)(?:ね)?(?=[。！!…\\s]|$)'),
    need: foldAll(['たいてい', '大抵', 'だいたい', 'ほとんどの場合', '十中八九', '九割']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && /(?:来て|届いて|入って)(?:い)?(?:ない|ません)[」』]?(?:と|って)[^。！？!?\n]{0,12}?(?:お電話|電話|お問い合わせ|問い合わせ|おっしゃ|言われ|ご連絡)/u.test(sq.slice(Math.max(0, s - 160), s)),
  },
  // Blind HSA-066 kind: disappointed residents told the weather is not the city's doing (楽しみにしていたのは私たちも同じです。雨を
  // 降らせたのは市役所ではありませんので): a retort, warn.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:雨|台風|雪|天気|天候|地震|大雨)(?:を)?(?:降らせ|起こし|呼ん|連れてき|決め)(?:た|だ)(?:の)?は[、\\s]?(?:市役所|市|私たち|我々|職員|役所|当課|うち)(?:では|じゃ)(?:ありません|ない|ございません|なか)(?:ので|から|けど|けん|よ)'),
    need: foldAll(['たのは', 'だのは']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e),
  },
  // Team R12B-019 kind: newcomers shut out as outsiders for good (よそ者はよそ者です) or kept from a local role for being newcomers
  // (移住者は…自治会の役員にはしない方がいいです): exclusion by origin, block. Not a role kept light for them as a kindness
  // (移住された方には、最初の一年は役員をお願いしないことにしています).
  {
    rule: 'hostility/discrimination',
    re: phrase('(?:よそ者|よそもん|余所者|他所者)(?:は|って|なんて)[、\\s]?(?:しょせん|所詮|結局|どこまでいっても)?[、\\s]?(?:よそ者|よそもん|余所者|他所者)(?:です|だ|や|たい|ばい|でしょう|なんです|(?=[。！!]|$))|(?:移住者|移住してきた(?:人|方)|移住された方|よそから来た(?:人|方)|外から来た(?:人|方)|新住民|よそ者|よそもん|転入者)(?:の方)?(?:々|たち)?(?:は|には|に|を)[^。！？!?\\n]{0,30}?(?:役員|委員|代表|班長|会長|当番|世話役|係)(?:に|には|を)(?:は)?[、\\s]?(?:しない|させない|任せない|選ばない|入れない|つけない|就かせない|頼まない)(?:方が|ほうが)(?:いい|よい|良い|無難|安心)'),
    need: foldAll(['よそ者', 'よそもん', '余所者', '他所者', '移住', 'よそから', '外から', '新住民', '転入者']),
    instead: INSTEAD.discrimination,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  // Team R11B-149 kind: the people of a place named by where they live said to share a bad disposition (あの川向こうの集落の方々には、
  // どうも額に汗して働くことを好まぬ気風がございまして): a regional prejudice, block. Not a good disposition praised (この地区の方々には
  // 助け合いの気風があります).
  {
    rule: 'hostility/discrimination',
    re: phrase('(?:集落|地区|部落|地域|町内|川向こう|向こう岸|あっち|あちら|山の方|浜の方)(?:の)(?:方々|人たち|人々|人|連中|者|衆|もん)(?:には|は|って)[、\\s]?[^。！？!?\\n]{0,36}?(?:好まぬ|好まない|嫌う|怠け|怠惰|だらし|素行|ずる|柄が悪|品がな|働かな|働きたがらな|手癖|乱暴)[^。！？!?\\n]{0,12}?(?:気風|気質|風土|土地柄|血筋|血|性分|気性|風潮)'),
    need: foldAll(['気風', '気質', '風土', '土地柄', '血筋', '血', '性分', '気性', '風潮']),
    instead: INSTEAD.discrimination,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !/偏見|差別|誤解|根拠のない|思い込み/u.test(sentenceText(sq, s, e)),
  },
]
