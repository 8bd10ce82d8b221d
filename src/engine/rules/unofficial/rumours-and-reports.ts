/**
 * Rumours and unverified reports (5(1): うわさを発信しない): the rumour words of a paragraph (噂, ここだけの話, 内緒, オフレコ),
 * rumours said to go round and passed on (…という話が回ってきました), unverified reports of damage (…が決壊したらしい), a rumour
 * hinted at (否定も肯定もしません), endorsed (その噂、本当です), a guess inside a quote, a weekly's claim passed on, an incident or a
 * delay heard. Stays clean: tales and folklore, praise of a much-talked-about shop, quizzes and a mascot's play, warnings against
 * rumours, a rumour quoted to correct it or denied, titles, secrets refused, the city's own confirmed reports.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import type { DraftFinding } from '../../rule'
import { inSayingsLine, secretNotTold } from '../../words'
import { AMOUNT_CHANGE, ANSWERED, BENEFIT, CHANGE, CIRCULATING, CORRECTED, DAMAGE_EVENT, DECISION, FEE_PROPOSED, MAX_HITS, OFFICIAL_SOURCE, PEOPLE_CLAIM, PERSON_COURSE, REPORT_CONFIRMED, REPORT_DENIED, REPORT_FRAME, RUMOUR_AWARE, RUMOUR_TOPIC, SCAM_CONTACT, SCAM_DECEIT, STAFF_PENALTY, TALKED_ABOUT, UNVERIFIED, askedAndAnswered, buzzOfThing, clauseBefore, namedSourceVouches, put, quotedExample, quotedVoice, sentenceOf, withoutHearsay, wordStart } from './context'
import type { Emitter } from './context'

/** Folklore: spirits, creatures of legend and the genres that tell them (河童, 幽霊, 妖怪, 怪談, 伝説, 民話, 言い伝え, 語り部). */
const FOLKLORE = /河童|かっぱ|カッパ|幽霊|ゆうれい|お化け|おばけ|オバケ|妖怪|ようかい|物の怪|もののけ|大蛇|天狗|鬼火|人魂|狐火|化け猫|祟り|たたり|怪談|伝説|民話|昔話|言い伝え|伝承|語り部|七不思議|怪異|心霊/u

/**
 * Rumours as the subject of a harm done to people (うわさ話や決めつけが、だれかを追いつめることがあります, 噂や陰口が友だちを
 * 苦しめていませんか): an awareness post about rumours in general, which passes none on. The rumour's content must not be
 * given (…といううわさが, checked by the caller) and the sentence must tell of no change (…課長が辞めるらしく).
 */
const RUMOUR_HARM = /^(?:噂|うわさ|ウワサ)(?:話|ばなし)?(?:(?:や|と|・|、)[^。！？!?\n]{1,10}?)?(?:が|は|も|って)[、,]?[^。！？!?\n]{0,20}?(?:追い(?:つめ|詰め)|苦しめ|孤立させ|居場所を(?:奪|なく)|心を(?:えぐ|深く))/u

/**
 * Blind GS-027: rumours as the object of an act of spreading (うわさを広める, 噂を流したり, うわさを言いふらす, 悪口やうわさを書き込む),
 * named in a paragraph about bullying or harassment (これらもすべていじめです): the act is named, no rumour is passed on. A rumour with its
 * content (…といううわさを広める) or with a change, a claim about someone or hearsay in the sentence still is one.
 */
const RUMOUR_AS_ACT = /^(?:話)?(?:を|や[^。！？!?\n]{1,6}?を)(?:広め|広げ|流し|流す|流さ|流そ|言いふら|いいふら|立て|たて|書き込|拡散|ばらま|振りま)/u
const HARM_NAMED = /いじめ|イジメ|ハラスメント|嫌がらせ|いやがらせ|誹謗|中傷|悪口|陰口|人権|差別|暴力|虐待/u
const HARM_NAMED_G = new RegExp(HARM_NAMED.source, 'gu')

/** What corrects a rumour: the facts given instead (実際は, 報告されています, 事実ではありません, ご注意ください). */
/** A word of secrecy (内緒, 秘密) heading a quoted plea: blind TS-041. */
const SECRET_WORD = /^(?:内緒|ないしょ|ナイショ|内密|秘密|ひみつ|ヒミツ)/u
/** …the quote closed and told as confided, in advice on the case: 」と打ち明けられたら, 」って言われたとき, 」と頼まれた場合. */
const CONFIDED_ADVICE = /^[^「」『』\n]{0,16}[」』](?:と|って)[、,]?(?:打ち明けられ|言われ|頼まれ|相談され|お願いされ|口止めされ)(?:たら|た(?:とき|時|場合)|ても)/u
/**
 * A wish to keep a good thing to oneself, said as the measure of how good it is (ほんとは内緒にしておきたいくらいの名作ぞろい,
 * ナイショにしときたいほどキレイ, 内緒にしたくなるくらい居心地がいい): praise of a place or a thing, no secret passed on. The
 * wish must run straight into a degree (くらい, ほど); a concession (内緒にしておきたいんですが、…) still hands one on.
 */
const KEPT_FOR_PRAISE = /^に(?:しておき|しとき|しており|し)た(?:い|く(?:なる|なっちゃう|なります|なるような))(?:くらい|ぐらい|位|ほど|程)(?!の(?:話|情報|ネタ|こと|件|内容|うわさ|噂))/u
/**
 * An aside about a mascot's or the writer's own tastes (ここだけの話、うなっぴの好物は…海苔のおにぎりなんだ, 内緒だけど、わたしの
 * 特技は…): profile trivia told as a playful secret, no undisclosed matter. The taste must follow the aside straight away, and the
 * sentence must tell of no change and pass on no hearsay (…の好きな川下りが来年度で廃止になるんだって still is a rumour).
 */
const OWN_TASTE_ASIDE = /^[、,…\s]{0,3}(?:(?:だよ|だね|だけど|やけど|ですが|ですけど|なんですが|なんだけど|ばってん|(?:って|と)(?:言われ|頼まれ|念を押され)(?:て|と)(?:る|いる|います|ます)(?:ん|の)?(?:だ|です)?(?:けど|けれど|が))[、,…\s]{0,3})?(?:実は)?(?:[^。！？!?\n、]{1,12}?の)?(?:大?好物|好きな(?:食べ物|食べもの|たべもの|たべ物|飲み物|飲みもの|のみもの|おやつ|スイーツ|遊び|あそび|歌|うた|言葉|ことば|もの|こと|色|場所|季節)|苦手な(?:食べ物|食べもの|たべもの|たべ物|飲み物|飲みもの|のみもの|もの|こと)|趣味|特技|得意技|好み|マイブーム|お気に入り|口ぐせ|口癖|弱点|チャームポイント)(?:は|も|って)/u
/**
 * Blind GV-074: the same aside told as a liking of the speaker's own (ここだけの話、どんこまるは穂先のいちばんやわらかいところが大好き💚,
 * 内緒だけど、ぼくは掘割の夕焼けがいちばん好きなんだ, ナイショね、わたしは実はピーマンが苦手): a mascot's or the writer's taste, no
 * undisclosed matter. Also read with no change, rumour's topic or hearsay in the sentence, and no matter the city decides (市長は…B案が
 * 好き is a leak of where a decision leans). Blind R73A-074: or a knack of its own (得意, とくい, 上手), the name set off by a comma as
 * well as by は (ここだけの話…ガタロウ、じつはカッパやけん泳ぎがとくいっちゃん).
 */
const OWN_LIKING_ASIDE =
  /^[、,…\s]{0,3}(?:(?:だよ|だね|だけど|やけど|ですが|ですけど|なんですが|なんだけど|ばってん|ね|よ|(?:って|と)(?:言われ|頼まれ|念を押され)(?:て|と)(?:る|いる|います|ます)(?:ん|の)?(?:だ|です)?(?:けど|けれど|が))[、,…\s]{0,3})?(?:実は|じつは)?[^。！？!?\n、]{1,12}?(?:は|も|(?=[、,]))[、,]?(?:実は|じつは)?[^。！？!?\n]{0,30}?(?:(?:が|も)(?:いちばん|一番|とっても|とても|めっちゃ|ほんとに|本当に)?(?:大好き|だいすき|大すき|好き|すき|苦手|にがて|得意|とくい|トクイ|上手|じょうず)|に目がない|にめがない)(?:なん|だ|です|や|っちゃ|ばい|たい|よ|ね|[^\p{Script=Han}\p{Script=Hiragana}]|$)/u
/** A sightseeing or eating tip right after the aside (…はとっておきの撮影スポット, 穴場, いちばんのおすすめ, 絶景ポイント). */
const TIP_ASIDE = /^[、,…\s]{0,3}[^。！？!?\n]{0,30}?(?:とっておき|取っておき|穴場|あなば|おすすめ|オススメ|お勧め|イチオシ|いちおし|一押し|撮影スポット|フォトスポット|映えスポット|絶景|ベストスポット|ビュースポット)/u
/**
 * Blind HH-119: the same aside leading into the speaker's own feeling, fear, liking or habit (ここだけの話、ぼくも注射はちょっとドキドキ
 * するんだ…💦, 内緒だけど、ぼく、雷がちょっとこわいんだ, ナイショね、わたしは毎晩ついつい夜ふかししちゃうの, ここだけの話、ガタロウも人前で
 * 話すときは緊張するっちゃん): a mascot confiding about itself, no undisclosed matter. The speaker is the writer (ぼく, わたし, うち …) or a
 * name in kana (the mascot's own; not みんな), set off by は, も or a comma; the feeling or the habit follows within the sentence. Read
 * with no change, benefit, rumour's topic, hearsay or matter the city decides in the sentence (ぼくもドキドキしとるけど、来年度から助成が
 * なくなるらしい, わたしも新しい課長がこわいんです still are rumours).
 */
const OWN_FEELING_ASIDE =
  /^[、,…\s]{0,3}(?:(?:だよ|だね|だけど|やけど|ですが|ですけど|なんですが|なんだけど|ばってん|ね|よ|(?:って|と)(?:言われ|頼まれ|念を押され)(?:て|と)(?:る|いる|います|ます)(?:ん|の)?(?:だ|です)?(?:けど|けれど|が))[、,…\s]{0,3})?(?:実は|じつは)?(?:(?:ぼく|僕|ボク|わたし|私|ワタシ|わたくし|おいら|オイラ|あたし|うち|ウチ|おれ|オレ|俺|わし|ワシ|自分)(?:たち|達|ら)?|(?!みんな|みな|あした|あす|きょう|こんど|こんかい|つぎ|いま|らいねん|ことし)[ぁ-ゖァ-ヺー]{2,8})(?:は|も|って|(?=[、,]))[、,]?(?:実は|じつは)?[^。！？!?\n]{0,30}?(?:(?:ドキドキ|どきどき|ドキッと|ヒヤヒヤ|ひやひや|ビクビク|びくびく|ハラハラ|はらはら|ソワソワ|そわそわ|緊張|きんちょう|こわ(?:い|く|かっ|がり)|怖(?:い|く|かっ|がり)|コワ(?:い|イ|く)|苦手|にがて|ニガテ|大?好き|だいすき|得意|とくい|トクイ|上手|じょうず|恥ずかし|はずかし|照れ|寂し|さみし|さびし|泣き虫|なきむし|弱虫|よわむし|嫌い|きらい|キライ|眠く|ねむく)(?:する|します|して(?:る|いる|います|しまう)?|した|しちゃう|しとる|しよる|になる|になっちゃう|になります|なる|なっちゃう|なります|なって|なった)?|(?:いつも|毎朝|毎晩|毎日|ついつい|つい|こっそり|たまに|ときどき|時々)[^。！？!?\n]{0,16}?(?:ちゃう|ちゃっ|てしまう|でしまう|てる|でる|ている|でいる|とる|よる))(?:(?<=して|した|なって|なった)|ん|な|だ|で|や|っ|ば|た|よ|ね|の|り|[^\p{Script=Han}\p{Script=Hiragana}]|$)/u
/**
 * Blind LJ-059 kind: the aside straight into the speaker's own practice or small effort, no one named (ここだけの話、毎日こっそり練習してたんだ,
 * 内緒だけど、夜な夜な特訓しとったとよ, ここだけの話、実は毎朝ストレッチしてるの): a mascot or the writer confiding about itself, the subject
 * left out as the speaker. Nobody is named between (no は, が, を, も, no comma), and the caller reads the sentence for a change, a benefit,
 * a decision, a rumour's topic or hearsay (ここだけの話、毎日練習してたけど来年で中止になるらしい still is a rumour).
 */
const OWN_PRACTICE_ASIDE =
  /^[、,…\s]{0,3}(?:(?:だよ|だね|だけど|やけど|ですが|ですけど|なんですが|なんだけど|ばってん|ね|よ)[、,…\s]{0,3})?(?:実は|じつは)?[^。！？!?\n、,はがをも]{0,16}?(?:練習|れんしゅう|特訓|猛練習|自主練|稽古|けいこ|トレーニング|筋トレ|リハーサル|ストレッチ|早起き|ダイエット)(?:を)?(?:して|しと|しよ|がんばっ|頑張っ)(?:た|った|る|ました|ます|いた|いる|おった|おる)?(?:ん|の|と)?(?:だ|です|や|よ|ね|ばい|っちゃん|[〜~ー！!。♪]|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]|$)/u
/**
 * A teaser: something the writer meant to keep secret until the day, shown now (本番まで内緒にしておこうと思ったけど…新しい灯り舟、
 * ちょっとだけ見せちゃう, 完成まで秘密にしようと思ってたけど、チラ見せします): the post itself shows a thing of a public event,
 * no secret passed on. The showing must follow within the line; a change or hearsay in it still makes a rumour.
 */
const TEASER_ASIDE = /^に(?:しておこう|しとこう|しておく|しておきたかった|しようと|しておくつもり|するつもり)[^。！？!?\n]{0,10}?(?:けど|けれど|けれども|が|ばってん|やけど)[、,…\s]{0,3}[^。！？!?\n]{0,40}?(?:見せちゃ|見せます|見せる|お見せ|チラ見せ|ちら見せ|チラッと見せ|ちらっと見せ|お披露目|披露し|大公開|公開しちゃ|公開します)/u
/**
 * A mascot's or the writer's own profile withheld in play (ほりわりんの血液型はナイショ🤫, わたしの年齢はヒミツだよ, ぼくの体重は
 * 内緒です): an attribute of the speaker kept back, nothing passed on. Read right before the word; a sentence that tells a change,
 * a decision or hearsay (…の誕生日はナイショだけど、来年で引退するらしい) is still a rumour.
 */
const PROFILE_WITHHELD = /(?:血液型|年齢|年れい|ねんれい|歳|とし|体重|たいじゅう|身長|しんちょう|誕生日|たんじょうび|本名|スリーサイズ|好きな(?:人|ひと|子|こ)|中の人|なかのひと|素顔|すがお|ほんとの名前|本当の名前)(?:は|も)(?:もちろん|まだ|ずっと|やっぱり)?$/u
/**
 * A surprise the account keeps for its readers, the word closing its sentence (クリスマス会のゲストは内緒ですよ〜。当日をお楽しみに！,
 * 誕生日会のプレゼントはまだ内緒です🎁, 演奏会の曲目は当日までヒミツ♪, 夏祭りのステージの内容はナイショ！): what is held back is a thing of
 * an event the post invites to (a guest, a present, a prize, the programme, the menu, an event's contents), nothing is told. The thing
 * stands right before the word as its topic; the word must end the sentence (内緒ですが、…, まだ内緒だけど、… still hand something on),
 * and the caller reads the sentence and the words after it for a change, a decision, hearsay or a rumour's topic.
 * Blind MT-040 kind (wave 94): the event's own programme (お楽しみ企画, 出し物, 余興, アトラクション, 演出) kept for the day, with a pause
 * (…, ・・・, 〜) before まだ (当日のお楽しみ企画は…まだ内緒です🤫 …をお楽しみに！): a surprise, not a secret. A secret aside that hands
 * something on (内緒ですが、…決まったらしい) is read as ever.
 */
const SURPRISE_KEPT_BEFORE = /(?:(?:スペシャル|シークレット|特別)?ゲスト|(?:お楽しみ|サプライズ|スペシャル|特別)?(?:企画|出し物|だしもの|余興|アトラクション|演出|コーナー)|お楽しみ|プレゼント|景品|賞品|商品|おみやげ|お土産|ノベルティ|特典|記念品|出演者|出演する(?:人|方)|登場する(?:人|方|キャラ)|演目|曲目|セットリスト|セトリ|プログラム|メニュー|衣装|コスチューム|サプライズ|ラインナップ|ラインアップ|だれが来るか|誰が来るか|何が(?:もらえる|届く|出てくる|起こる|始まる)か|(?:会|祭|まつり|イベント|ショー|ライブ|ステージ|パーティー|コンサート|演奏会|発表会|フェス|大会|ツアー|教室|講座|おはなし会)の(?:内容|詳細|中身|見どころ|お楽しみ))(?:は|も)[、,…‥・.〜~]{0,3}(?:まだ|当日まで|本番まで|その日まで|それまで|もちろん|ぜったい|絶対|やっぱり|ちょっと)?[、,…‥・.〜~]{0,3}$/u
/** …the word closing its sentence: です, だよ, ですよ〜, ね, then the sentence's end (not ですが, だけど). */
const SURPRISE_KEPT_CLOSE = /^(?:です|でーす|ですよ|ですね|だよ|だね|だ|よ|ね|なの|なんです|なんだ|なんだよ|やけん|ばい|たい|っちゃ|にしておきます|にしときます|にしておくね|にしとくね|にしておきますね)?[よねー〜~♪☆★]{0,4}(?:[。！!？?…\s\u{1F300}-\u{1FAFF}\u2600-\u27BF]|$)/u
/** A thing's popularity passed on second-hand (すぐ売り切れちゃうんだって, 毎朝行列ができるらしい, 大人気みたい). */
const POPULARITY_HEARD = /(?:売り切れ|売切れ|品切れ|完売|行列|大人気|人気|並ぶ|並ば)[^。！？!?\n]{0,10}?(?:らしい|みたい|そうです|そうだ|んだって|だってさ|んですって|げな)/u
/**
 * Blind GW-133: a hint or the answer's reveal after the held-back word (ヒントは「有明海」, 答えは金曜日に発表するね, 正解は明日, わかるかな？):
 * a quiz the post plays with its readers.
 */
const QUIZ_REVEAL = /ヒント(?:は|だよ|です|を)|(?:答え|こたえ|正解)(?:は|合わせ|あわせ)|(?:わか|分か)るかな|当ててみて|当ててね|クイズ/u
/** Blind JE-073 kind: an aside disowned right after it (…ってほどでもないけど, というほどのことでもないですが, ってわけじゃないけど). */
const ASIDE_DISOWNED = /^[…‥・.。、,\s〜~ー]{0,3}(?:って|という|っていう|と(?:いう|言う))?(?:ほど|ほどの(?:こと|もの|話)|わけ|訳)(?:で|じゃ|では)?(?:も|は)?(?:ない|ありません|ございません|なか|ねえ|ないん)/u
/** Blind HR-018: an aside closing what was confided (ナイショだよ, 内緒にしてね, ひみつだからね, ないしょね), ending its sentence. */
const CLOSING_ASIDE = /^(?:だよ|やけん|やけね|だからね|ですよ|です|ね|よ|にしてね|にしといてね|にしておいてね|にしとってね|でね|だぞ|ばい)?[ね〜~ー♪☆！!。]{0,3}(?:[\s\u{1F300}-\u{1FAFF}\u2600-\u27BF]|$)/u
/** …what was confided: the speaker's own doing or liking (じつは, ほんとは, ぼく, わたし, …んだ, …なの). */
const CONFIDED_SELF = /じつは|実は|ほんとは|本当は|ホントは|ぼく|僕|わたし|私|おいら|あたし|うち(?:は|、)|[ぁ-ゖ](?:んだ|んです|なの|の)[〜~ー！!。]{0,3}[\s\u{1F300}-\u{1FAFF}\u2600-\u27BF]{0,4}$/u
/**
 * Blind R133I-031: the writer's own small mischief, named as what is kept secret (ちょっとだけつまみ食いしそうになったのはナイショ😋,
 * 本番前にこっそり練習したのはヒミツ, 寝坊しちゃったのは内緒だよ): a verb of the speaker's own doing in the past (…た, …ちゃった, …そうになった)
 * made the topic by のは, then the word closing the sentence. Play, no undisclosed matter. Someone else named as its doer (課長さんが, 職員が),
 * a change, a decision, hearsay or a claim about someone still make it a rumour (read by the caller on the sentence).
 */
const OWN_MISCHIEF_BEFORE = /(?:[ぁ-ゖ](?:た|だ)|ちゃった|じゃった|てもうた|てしもうた|そうになった|かけた|てた|でた)のは(?:ここだけの話で?|みんなに(?:は)?|まだ)?$/u
/** A doer other than the speaker named in the clause before のは (課長が, 市長さんが, 職員は). */
const OTHER_DOER = /(?:さん|さま|様|氏|君|くん|ちゃん|長|員|職員|先生|議員|課|係|局|市|県|国|委員会)(?:が|は|も)/u
/** What the aside may not carry for the two kinds above: a change, a rumour's topic or hearsay. */
const ASIDE_CARRIES = /らしい|みたい|そうです|そうだ|んだって|だってさ|げな|って話|と聞|噂|うわさ/u
/**
 * Blind R61A-011: a rumour word inside the title of a series, a column, a programme, a talk or a book, set in brackets (人気連載「船頭
 * さんのここだけの話」第3回, コラム『ここだけの話』の最新号, 朗読劇「うわさの真相」を上演): the name of a thing the post presents, no
 * rumour passed on. The brackets must be named as a title by what stands before them (連載, コラム, コーナー, 番組, 講座 …) or by what
 * follows (第3回, vol.2, の最新号, を上演); the same word outside the brackets, or hearsay or a change in the sentence, is judged as ever.
 */
const TITLE_KIND_BEFORE = /(?:連載|コラム|コーナー|番組|ラジオ|シリーズ|講座|講演|講演会|トーク|トークショー|企画|特集|冊子|書籍|本|新刊|小説|エッセイ|絵本|朗読劇|劇|舞台|映画|動画|配信|ポッドキャスト|ブログ|マンガ|漫画|タイトル|題|テーマ|演題)(?:の|は|「|『|[：:]|\s)?$/u
const TITLE_AFTER = /^(?:第[0-9０-９一二三四五六七八九十]+(?:回|話|号|弾|部)|vol|Vol|VOL|#[0-9]|[0-9０-９]+(?:回|号)|の(?:第|最新|新作|放送|配信|更新|収録|上演|上映|続編|連載|コーナー)|(?:を|が|は|も)(?:上演|上映|放送|配信|更新|連載|刊行|出版|発売|開講|開催|スタート|始ま|お届け)|(?:と|って)(?:題|いう(?:タイトル|題|連載|コラム|コーナー|番組|講座))|(?:展|講座|講演会|特集|コーナー|シリーズ))/u
function inTitle(t: string, start: number, end: number): boolean {
  const open = Math.max(t.lastIndexOf('「', start), t.lastIndexOf('『', start))
  if (open < 0 || start - open > 30 || /[」』\n。]/u.test(t.slice(open + 1, start))) return false
  const close = t.slice(end, end + 30).search(/[」』]/u)
  if (close < 0 || /[「『\n。]/u.test(t.slice(end, end + close))) return false
  const after = end + close + 1
  return TITLE_KIND_BEFORE.test(t.slice(Math.max(0, open - 8), open)) || TITLE_AFTER.test(t.slice(after, after + 12))
}

/**
 * Blind JO-007 kind (conf15): a secret aside inside the words a swindler said to the victim, quoted in a warning about the scam (SNSで
 * 知り合った相手から「ここだけの話、必ずもうかる投資がある」と誘われ、…被害が増えています; 「内緒ですが…」と持ちかけられたら詐欺です):
 * the lure's own words shown, a mention. The quote must be said to have lured or been put to someone (と誘われ, と持ちかけ, と勧められ,
 * と声をかけ) and the paragraph must name the scam (詐欺, 被害, 決まり文句, 手口); a writer's own aside in brackets is not this.
 */
const LURE_FRAME = /^(?:と|って|などと|などと言って)[、,]?(?:言葉巧みに)?(?:誘われ|誘う|誘い|誘っ|勧誘|持ちかけ|持ち掛け|もちかけ|勧められ|すすめられ|勧め|声をかけ|声を掛け|言い寄|迫られ|迫る|言われ|言って|話を持)/u
const LURE_NAMED = /詐欺|被害|決まり文句|手口|悪質|だまさ|騙さ|だまし|騙し|うそ|うま(?:い|すぎる)話/u
function swindlersLine(t: string, at: number): boolean {
  const open = t.lastIndexOf('「', at)
  if (open < 0 || at - open > 40 || /[」\n]/u.test(t.slice(open, at))) return false
  const close = t.indexOf('」', at)
  if (close < 0 || close - at > 80 || t.slice(at, close).includes('\n')) return false
  return LURE_FRAME.test(t.slice(close + 1, close + 16)) && (SCAM_DECEIT.test(t) || LURE_NAMED.test(t))
}
/** Right after a rumour word: the rumour said to be false (は誤りです, は事実ではありません, はデマです, は全くの誤解です). */
const RUMOUR_DENIED = /^(?:話)?(?:は|も)[、,]?(?:全くの|まったくの|完全な|完全に)?(?:誤り|事実ではありません|事実ではございません|事実無根|デマ|誤情報|誤解|根拠(?:の)?(?:ない|ありません)|間違い)(?![^。！？!?\n]{0,6}(?:とは(?:言え|いえ|限り)|だけ|一部))/u
// Blind R326H-034 kind (misc60): …or any such announcement or plan denied (そのような計画はまったくございません, そうした発表は行っておりません).
const CORRECTS_RUMOUR = /(?:その|この|そう|こう|あの)(?:ような|いった|した)(?:発表|お知らせ|告知|通知|案内|決定|変更|値上げ|改定|方針|予定|計画)(?:は|も|を)[、,]?[^。！？!?\n]{0,12}?(?:ません|ございません)|実際(?:は|には)|報告されて|確認されて|事実では|事実は(?:一切|全く)?(?:ありません|ございません)|誤り|デマ|ではありません|関係(?:は)?(?:ありません|ございません)|根拠(?:は|の)?(?:ありません|ございません)|関係なく|ご注意|正しくは|正しい情報|時点で|現在、|最新の(?:情報|状況)|ホームページ(?:で|を|の)|公式(?:の)?(?:情報|発表|サイト)/u

/**
 * LM-002 kind (W76c): a secret aside quoted as the swindler's pitch in a warning (「あなただけ」「内緒で」と秘密を強調する話は、詐欺を疑って
 * ください): the word is in brackets and its sentence names the scam; a mention, not the staff's own aside.
 */
const PITCH_NAMED = /詐欺|悪質商法|悪質な(?:勧誘|業者)|手口|だまし|騙し|勧誘/u
function scamPitchQuoted(t: string, start: number, end: number): boolean {
  const open = t.lastIndexOf('「', start)
  if (open < 0 || start - open > 30 || /[」\n]/u.test(t.slice(open, start))) return false
  const close = t.indexOf('」', end)
  if (close < 0 || close - end > 30 || t.slice(end, close).includes('\n')) return false
  const s = sentenceAround(t, start, end)
  return PITCH_NAMED.test(t.slice(s.start, s.end).replace(/「[^「」\n]{0,60}」/gu, ''))
}
/**
 * Blind R86A-102: a rumour going round, relayed as something to act on (SNSで「三橋の避難所に不審者が出た」という話が回っているようです。
 * 詳しいことはわかりませんが、念のため…お気をつけください; …といううわさが広がっています。真偽はわかりませんが、念のため…): the post
 * hands on a harm, a damage or a change no one has confirmed, saying itself it does not know (詳しいことはわかりませんが) or asking the
 * readers to act on it (念のため). The frame (という話が回っている, 出回っている, 拡散されている) must carry the harm in the words before it,
 * and the paragraph must not set it right or warn against it (事実ではありません, デマ, 惑わされないで, 拡散はお控えください, 広がりがち,
 * 市では被害は確認していません: the city looked and found none; not 確認できていません, still unsure).
 */
const CIRCULATING_G = new RegExp(CIRCULATING.source, 'gu')
const UNSURE_OR_HEEDED = /(?:詳し(?:い|か)こと|詳細|真偽|本当かどうか|ほんとかどうか|事実かどうか|本当か)(?:は|の(?:ほど|程)は)?[、,]?(?:まだ)?(?:わかりません|分かりません|わからん|分からん|わかって(?:い|お)?(?:ない|ません)|分かって(?:い|お)?(?:ない|ません)|不明|定かでは)|念のため|念の為|用心のため|万一に備え|一応(?:ご|お)?(?:注意|気をつけ|用心|警戒)/u
const RUMOUR_DISOWNED = /デマ|惑わされ|まどわされ|拡散(?:しない|せず|は(?:しない|せず|お控え|控え|やめ)|を(?:お)?控え|しないで)|(?:転送|シェア)(?:しない|せず|はお控え|を控え)|うのみ|鵜呑み|根拠のない|根拠の無い|誤った情報|不確かな情報|(?:広が|広ま|流れ|出回)(?:り|れ)?(?:がち|やす)|事実(?:では|じゃ)(?:ない|ありません|ございません)|信じ(?:ない|ず|込ま)|(?:被害|事実|事案|そのような(?:事実|事案|被害|予定)|そうした(?:事実|事案|被害))(?:は|も)[、,]?(?:現在|現時点で|今のところ|これまで)?[、,]?(?:一切|何も)?確認(?:して|されて)(?:いません|おりません|いない|おらず)/u
export function circulatingPassedOn(e: Emitter, t: string): void {
  if (CORRECTED.test(t) || RUMOUR_DISOWNED.test(t)) return
  for (const m of matchAllOf(CIRCULATING_G, t, MAX_HITS)) {
    const said = clauseBefore(t, m.index)
    if (!(RUMOUR_TOPIC.test(said) || UNVERIFIED_NEWS.test(said) || CHANGE.test(said) || PEOPLE_CLAIM.test(said) || STAFF_PENALTY.test(said))) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    let next = s.end
    for (let k = 0; k < 2 && next < t.length; k++) next = sentenceAround(t, next, next).end
    // A scam reported to the city (…を名乗る電話があったという情報が寄せられています。念のため…): a warning, not hearsay.
    if (!UNSURE_OR_HEEDED.test(t.slice(s.start, next)) || (SCAM_DECEIT.test(said) && SCAM_CONTACT.test(said))) continue
    put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' }, quotedExample(t, m.index) || undefined)
  }
}
/**
 * Blind R329C-020 kind (unof61): a rumour about an official's course or a change, asked of the writer or passed round (「市長は次の選挙に出ないって
 * 本当？」と聞かれることが増えました), then given weight instead of an answer (周りではそう受け止めている方も多いようです, そう思っている人も多い
 * みたいです, そういう見方が広がっています): the writer tells readers the rumour is widely believed. The rumour must name an official's course
 * (PERSON_COURSE), a change or a penalty in the sentences just before; a post that answers or corrects it (そのような事実はありません) passes, in
 * any paragraph (kept as asked). Readers said to feel so about a thing done (来年度から開館時間を延長します。そう感じている方も多いと思います)
 * carry no rumour.
 */
const RUMOUR_ENDORSED =
  /(?:そう|そのように|そういうふうに|そういう風に|そんなふうに|そんな風に)[、,]?(?:受け止め|うけとめ|受け取っ|うけとっ|思っ|おもっ|考え|見て|みて|信じ|噂し|うわさし|捉え|とらえ)(?:て(?:いる|いらっしゃる|おられる|る|おる)|とる|ちょる)(?:方|かた|人|ひと|人たち|方々|関係者|職員|市民|住民|支持者)(?:も|が|は)[、,]?(?:多い|多く|少なくな|少なくありません|増え|けっこう|結構|かなり|たくさん|大勢)|(?:そういう|そうした|そのような|そんな)(?:見方|受け止め|受け止め方|受け取り方)(?:が|も)[、,]?[^。！？!?\n]{0,10}?(?:広が|広ま|強ま|強い|強く|多い|大勢|出て)/gu
/** What a rumour is heard as, before the endorsement: a question quoted, hearsay, or a rumour word. */
const RUMOUR_HEARD = /[？?]」|って本当|ってほんと|って(?:聞|き)|らしい|みたい|噂|うわさ|と(?:聞かれ|尋ねられ|たずねられ|質問され|言われ)|(?:聞かれ|尋ねられ)る/u
export function rumourEndorsed(e: Emitter, t: string, asked: DraftFinding[]): void {
  for (const m of matchAllOf(RUMOUR_ENDORSED, t, MAX_HITS)) {
    const lead = t.slice(Math.max(0, m.index - 160), m.index)
    if (!RUMOUR_HEARD.test(lead) || !(PERSON_COURSE.test(lead) || CHANGE.test(lead) || STAFF_PENALTY.test(lead) || PEOPLE_CLAIM.test(lead))) continue
    if (ANSWERED.test(t) || CORRECTED.test(t) || RUMOUR_AWARE.test(sentenceOf(t, m.index, m.index + m[0].length))) continue
    put({ ...e, emit: (f: DraftFinding) => void asked.push(f) }, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
  }
}

/** What an unconfirmed report may spread: damage, a harm or an outbreak, a closure or a change. */
const UNVERIFIED_NEWS = new RegExp(`流され|浸水|冠水|倒壊|決壊|氾濫|土砂崩れ|崩落|崩れ|火事|火災|停電|断水|けが人|死者|行方不明|孤立|異物|混入|食中毒|集団感染|感染|不審者|事件|事故|逮捕|汚染|有毒|爆発|水没|あふれ|溢れ|通れな|通行止め|${DAMAGE_EVENT.source}`, 'u')
/** A private person as the one who reported it (地元の方から入っています, 住民の方から寄せられた). */
const INFORMANT_REPORT = /(?:近所|ご近所|知り合い|知人|友人|友達|地元|住民|通りすがり|近くの|常連)(?:の方|の人|さん|の方々|の皆さん)?(?:から|より)[^。！？!?\n]{0,8}?(?:入って|入り|入った|寄せられ|届い|いただ|頂|もら|聞い)/u
export function unverifiedReport(e: Emitter, t: string): void {
  const u = e.has.unverified ? UNVERIFIED.exec(t) : null
  if (u) {
    const s = sentenceAround(t, u.index, u.index + u[0].length)
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1).start : s.start
    const said = t.slice(prev, s.end)
    const reported = e.spans.some((sp) => { const r = e.doc.fromSqueezed(prev, s.end); return sp.start < r.end && sp.end > r.start })
    if ((UNVERIFIED_NEWS.test(said) || CHANGE.test(said)) && !reported) {
      put(e, 'unofficial/rumour', u.index, u.index + u[0].length, { plain: '（確かめた事実）' })
      return
    }
  }
  if (!e.has.reportFrame || (e.has.reportConfirmed && REPORT_CONFIRMED.test(t))) return
  for (const m of matchAllOf(REPORT_FRAME, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    const said = clauseBefore(t, m.index)
    if (/」$/u.test(said) || !UNVERIFIED_NEWS.test(said) || !INFORMANT_REPORT.test(sentence)) continue
    put(e, 'unofficial/rumour', m.index, m.index + m[0].length - 1, { plain: '（確かめた事実）' })
  }
}

/*
 * What the office hints or foretells without saying it (blind R379C):
 * - A rumour neither confirmed nor denied, then said not to be baseless (否定も肯定もできませんが、まったく根も葉もない話というわけではない):
 *   NOT_BASELESS with CONFIRM_WITHHELD; a rumour denied (根も葉もない話です) stays clean.
 * - A post holder's change foretold while the notice is not out (インスタ担当、この春でたぶん交代になります…辞令はまだ出てないんですけど):
 *   POST_CHANGE_FORETOLD with NOTICE_PENDING; a change told after its notice (4月1日付で担当が交代になりました) stays clean.
 * - A draft discussed at a session open to the public (審議会を開催します…議題は…素案の検討です…傍聴できます) is no undecided matter
 *   leaked: OPEN_SESSION with SESSION_DRAFT_AGENDA counts as the draft put out (facts.comment).
 */
const CONFIRM_WITHHELD = /否定も肯定も|肯定も否定も|ノーコメント|(?:詳しく|詳細)(?:は|を)?(?:言え|申し上げられ|お話しでき|お伝えでき)(?:ません|ない)|とだけ(?:言って|申し上げて|お伝えして|言う)/u
const NOT_BASELESS = /(?:まったく|全く|完全に)?(?:の)?(?:根も葉もない|事実無根の?|(?:デマ|うそ|嘘|ガセ)(?:の)?)(?:話|噂|うわさ|情報)?(?:という|って|と)?(?:わけ|訳)?(?:では|でも|じゃ)(?:ない|ありません|なか|ございません)/gu
export function rumourHinted(e: Emitter, t: string): void {
  if (!CONFIRM_WITHHELD.test(t)) return
  for (const m of matchAllOf(NOT_BASELESS, t, MAX_HITS)) put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
}
const RUMOUR_SPREAD_REFUSED = /^(?:話|ばなし)?(?:として|の(?:ように|形で))?[、,]?(?:広め|ひろめ|流さ|ながさ|流す|拡散する|拡散さ|伝え)(?:る|た)?(?:の(?:では|じゃ)(?:なく|ありません)|ない|ず|ないで)/u
/**
 * A rumour named as what the reader may have only heard, in advice to tell the city anyway (噂話として聞いた内容でも、…ご相談ください; うわさ
 * 程度のことでも構いませんので、お知らせください): the reader's hearsay invited, none passed on.
 */
const RUMOUR_EVEN_IF = /^(?:話|ばなし)?(?:として|で)?(?:聞いた|耳にした|見聞きした)?(?:内容|こと|話|程度(?:のこと)?)?(?:でも|であっても)[、,]?(?:構い|かまい|結構)?[^。！？!?\n]{0,40}?(?:ご相談|ご連絡|お知らせ|お寄せ|お問い合わせ|ご一報)(?:ください|下さい|を)/u
function rumourSpreadRefused(t: string, end: number): boolean {
  const after = t.slice(end, end + 64)
  return RUMOUR_SPREAD_REFUSED.test(after) || RUMOUR_EVEN_IF.test(after)
}
/**
 * Blind R77A-024: someone's guess of a change, quoted and passed on (さっき実行委員会の人に聞いたら「たぶん中止になるっちゃないかな」って
 * 言ってました…正式な発表は朝7時です; 担当の方が「たぶん延期になると思いますよ」とおっしゃっていました; 役所の人が「来年は花火大会
 * なくなるかもね」って言いよったよ): the brackets do not make it a mention, for the post hands on the guess as news before the call is
 * made. The quotation must hold a change (中止, 延期, なくなる, 値上げ), a benefit or a penalty and a guess's word (かも, んじゃないかな,
 * っちゃないかな, たぶん, と思う, でしょう, っぽい, らしい); a remark made on a public occasion (記者会見, 議会で, 説明会), a rumour the post
 * corrects (…予定どおり開催します) and quoted feelings or wishes (「中止にならないといいね」) are not this.
 * Blind R229B-017 kind: the frame also in its joining form (…かもね」と言っていて、…さみしいです), the report running on.
 */
const QUOTED_REMARK =
  /「([^「」\n]{1,40})」(?:って|と)[、,]?[^。！？!?\n「」]{0,16}?(?:言って(?:い|おり|お)?(?:た|ました|ます|る|て)|言いよ(?:った|りました|る|ります)|言うと(?:った|る|ります|りました)|言うてた|話して(?:い|おり|お)?(?:た|ました|ます|る)|話しよ(?:った|りました|る)|話しと(?:った|る|ります|りました)|相談し(?:て(?:い|おり|お)?(?:た|ました)|よ(?:った|りました)|と(?:った|りました))|おっしゃって(?:い|おり|お)?(?:た|ました|ます|る))/gu
const GUESS_IN_QUOTE =
  /かも|(?:(?:ん|の)(?:じゃ|や|では)|っちゃ)(?:ない|なか)(?:か|ろう|と)|たぶん|多分|おそらく|恐らく|もしかしたら|もしかすると|だろう|でしょう(?!か)|やろう?(?!か)|と(?:思う|思います|おもう)|っぽい|みたい|らしい|らしか|げな|(?<=[きぎしちにびみりいえけげせてねべめれ])そう(?:だ|です|や|ばい|ね|よ|な)?$/u
const PUBLIC_OCCASION = /会見|答弁|議会で|定例会|説明会|あいさつ|挨拶|講演|式典|取材|インタビュー|報道|記者/u
/**
 * Blind R177I-031: the inside overheard weighing a change (えらい人たちが「川下りの料金、来年から上げるかどうか」って話しよった, 課長たちが
 * 「分館は廃止するか」って話しとった): a matter still open, handed on before the city has decided, as a guess is. The quotation puts the
 * change (a fee's too) as an open question; the talkers are officials (えらい人, 上の人, 課長, 幹部, 職員), named before the quotation or in
 * its frame. A resident's question quoted (お客さんが「料金、上がるかどうか」って話しよった) asks; it hands nothing of the inside on.
 */
const OPEN_QUESTION = /(?:かどうか|か否か|かいなか|か(?:せん|しない|やめる|どう)か|(?<=[るうくすつぬむぶぐいた])か(?:な|ね)?)$/u
const INSIDERS = /えらい人|偉い人|お偉いさん|お偉方|上の人|上層部|幹部|管理職|(?<![\p{Script=Han}])(?:課長|部長|係長|局長|次長|室長)|市長|職員|役所の人|市役所の人|市の人|担当の人|担当者/u
export function quotedGuess(e: Emitter, t: string): void {
  for (const m of matchAllOf(QUOTED_REMARK, t, MAX_HITS)) {
    const quote = m[1]!
    // Blind R229B-017 kind: …also a quota, a number of places or a fee cut or raised (次の募集は枠を半分に減らすかもね).
    if (!(CHANGE.test(quote) || BENEFIT.test(quote) || STAFF_PENALTY.test(quote) || FEE_PROPOSED.test(quote) || AMOUNT_CHANGE.test(quote))) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (!GUESS_IN_QUOTE.test(quote) && !(OPEN_QUESTION.test(quote) && INSIDERS.test(t.slice(s.start, m.index) + m[0].slice(quote.length + 2)))) continue
    // Said on a public occasion: the lead before the quotation and the frame after it name it.
    if (PUBLIC_OCCASION.test(t.slice(s.start, m.index)) || PUBLIC_OCCASION.test(m[0].slice(quote.length + 2))) continue
    if (CORRECTED.test(t) || RUMOUR_AWARE.test(t.slice(s.start, s.end))) continue
    put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
  }
}

/**
 * Blind R400Z-052 kind: a claim going round on social media or by word of mouth, endorsed by the writer (SNSで回ってる『…』ってやつ、試して
 * みる価値ありそう; ネットで広まってる「…」って話、本当みたいですね): unchecked information given the city's weight. The claim is quoted or
 * named (ってやつ, って話, という話) and followed in the sentence by a try or a belief; a claim warned against or corrected is not this.
 */
const CLAIM_GOING_ROUND =
  /(?:sns|ｓｎｓ|ネット|ツイッター|インスタ|ライン|line|口コミ|くちコミ|巷|ちまた)(?:上)?で[、,]?(?:回って|まわって|出回って|流れて|広まって|広がって|バズって|話題になって)(?:い|る|た|ます)[^。！？!?\n]{0,60}?(?:[」』](?:って|という|っていう)?|って|という|っていう)(?:やつ|ヤツ|話|情報|方法|の)?[、,]?[^。！？!?\n]{0,16}?(?:試して(?:み(?:る|た)|見(?:る|た))?(?:価値|べき|たい|よう|ます)|(?:本当|ほんと|ホント)(?:らしい|みたい|なんだ)|効く(?:らしい|みたい|んだ)|(?:私|わたし|僕|ぼく)も[^。！？!?\n]{0,6}?(?:始め|やって|試)|おすすめ|オススメ)/iu
export function claimGoingRoundEndorsed(e: Emitter, t: string): void {
  const m = CLAIM_GOING_ROUND.exec(t)
  if (!m || RUMOUR_AWARE.test(t) || CORRECTED.test(t)) return
  put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
}
const FAVOURITE_ASIDE =
  /^[、,…\s]{0,3}[^。！？!?\n]{0,24}?(?:(?:いちばん|一番|1番|ナンバーワン)(?:の)?人気|人気(?:ナンバーワン|No\.?1|1位|一位)|隠れ(?:た)?人気|イチ推し|一推し|いち推し)/u

const INCIDENT_HEARD =
  /(?:失踪|行方不明|空き巣|空巣|盗難|窃盗|泥棒|どろぼう|ひったくり|車上荒らし|強盗|放火|不審火|詐欺|押し売り|不法投棄|つきまとい|痴漢|被害)(?:の被害|被害|事件|事案)?(?:が|も)[、,]?[^。！？!?\n]{0,16}?(?:続い|相次い|多発し|発生し|起き|起こっ|あっ|出て|出た|増え|広が|はやっ|流行っ|横行し)(?:[てで](?:いる|いた|る)|た|だ|る)?(?:らしく(?=[、,])|らしい|みたい(?:です|だ|で)|そう(?:です|だ|で(?=[、,]))|(?:と|って)(?:聞きました|聞いています|聞いております|聞いた|耳にしました|伺いました|聞いとります))/gu
export function incidentHeard(e: Emitter, t: string): void {
  for (const m of matchAllOf(INCIDENT_HEARD, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (OFFICIAL_SOURCE.test(sentence) || namedSourceVouches(sentence) || RUMOUR_AWARE.test(t) || /警察|交番|駐在所|県警|消費生活センター/u.test(sentence)) continue
    if (quotedExample(t, m.index) || quotedVoice(t, m.index) || /[」』]$/u.test(t.slice(Math.max(0, m.index - 1), m.index))) continue
    const ending = /(?:らしく|らしい|みたい(?:です|だ|で)|そう(?:です|だ|で)|(?:と|って)(?:聞きました|聞いています|聞いております|聞いた|耳にしました|伺いました|聞いとります))$/u.exec(m[0])!
    const end = m.index + m[0].length
    const from = end - ending[0].length - (/^(?:と|って)/u.test(ending[0]) ? 0 : 2)
    put(e, 'unofficial/rumour', from, end, { plain: withoutHearsay(t.slice(from, end)) })
  }
}
/**
 * The rumour words of the paragraph (噂, ここだけの話, 内緒, オフレコ …, the `rumour` hits of the doc), each reported as a rumour
 * passed on unless read as something else: a tale, praise, a quiz, a mascot's play, a warning against rumours, a rumour corrected
 * or quoted as an example, a title, a secret refused. (Moved out of the family's run, first after personnelLeak.)
 */
export function rumourWords(e: Emitter, t: string, doc: Doc): void {
  for (const h of doc.hits('rumour')) {
    // こわい噂ばなし, 噂話の会: tales told at an event, not a rumour passed on.
    if (/^(?:ばなし|話の会|噺|話会)/u.test(t.slice(h.end, h.end + 3)) && /^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end)) && /「[^」\n]{0,20}$/u.test(t.slice(Math.max(0, h.start - 20), h.start))) continue
    // うわさの新スイーツ: "much talked about", a shop's praise, not a rumour.
    if (/^の(?:新|スイーツ|グルメ|お?店|カフェ|スポット|メニュー|名物|絶景|逸品|人気|話題)/u.test(t.slice(h.end, h.end + 5)) && /^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end))) continue
    // Blind R60A-109: 噂の before the name of a thing (噂のうなぎパン、ついに食べてきた): "much talked about", praise, while the
    // sentence tells no change, no matter the city decides, no rumour's topic and no hearsay.
    if (/^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end)) && (TALKED_ABOUT.test(t.slice(h.end, h.end + 16)) || buzzOfThing(t.slice(h.end, h.end + 24)))) {
      const said = sentenceOf(t, h.start, h.end)
      if (!CHANGE.test(said) && !DECISION.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !/らしい|みたい|そうです|そうだ|んだって|だってさ|げな|って話|と聞|聞いた/u.test(said)) continue
      // Blind R163A-059: …with hearsay of how popular the thing is (うわさの「かぼちゃプリン」…すぐ売り切れちゃうんだって, 毎朝行列ができる
      // らしい): the buzz itself passed on, a friendly fact; the hearsay must close that popularity, and nothing a rumour tells is in it.
      if (!CHANGE.test(said) && !DECISION.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !PEOPLE_CLAIM.test(said) && POPULARITY_HEARD.test(said)) continue
    }
    // Blind R173I-067: a legend's or a ghost story's rumour (「河童が出る」という噂が残る掘割をめぐる怪談ナイト, 幽霊が出るとうわさの古井戸,
    // 妖怪のうわさが伝わる橋): folklore told, no news passed on, while the sentence tells no change, no matter the city decides, no
    // rumour's topic, no claim about someone and no hearsay.
    if (/^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end))) {
      const said = sentenceOf(t, h.start, h.end)
      if (FOLKLORE.test(said) && !CHANGE.test(said) && !DECISION.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !PEOPLE_CLAIM.test(said) && !/らしい|らしか|みたい|そうです|そうだ|んだって|だってさ|げな|って話|と聞|聞いた/u.test(said)) continue
    }
    // Blind GW-133: a quiz whose answer is held back (ほりわりんの好きな食べものは…まだ内緒だよ🤫 ヒントは「有明海」！ 答えは金曜日に発表する
    // ね): a hint or the answer's reveal follows in the paragraph; a game, no undisclosed matter, unless a change or a policy is in it.
    if (/^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && QUIZ_REVEAL.test(t.slice(h.end, h.end + 80))) {
      const window = t.slice(Math.max(0, h.start - 60), h.end + 80)
      if (!CHANGE.test(window) && !DECISION.test(window) && !BENEFIT.test(window) && !RUMOUR_TOPIC.test(window) && !ASIDE_CARRIES.test(window)) continue
    }
    // 家族にも内緒にしてしまう子ども, 誰にも内緒で抱え込む: someone described hiding a thing from others, not the post's aside.
    if (/^(?:内緒|内密|秘密)$/u.test(t.slice(h.start, h.end)) && /(?:誰|家族|親|両親|先生|友達|友人|周り|周囲|学校|会社|職場|上司|夫|妻|子ども|子供)(?:に|には)(?:も)?$/u.test(t.slice(Math.max(0, h.start - 6), h.start))) continue
    // 「…」という噂は本当です: a saying the city confirms itself, not a rumour passed on.
    if (/^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end)) && /」(?:という|との|って)$/u.test(t.slice(Math.max(0, h.start - 4), h.start)) && /^(?:は|も)(?:本当|ほんと|事実|まこと|真実)(?:です|でした|なんです|だった|！|!)/u.test(t.slice(h.end, h.end + 10))) continue
    // ここだけの話にせず, 内緒ではなく: the aside refused.
    // Blind JE-073 kind: the aside taken back at once (ここだけの話…ってほどでもないけど, 内緒ってわけじゃないけど): a chatty lead-in to a
    // tip, no secret; unless what follows in the sentence tells a change, a benefit, a decision, a rumour's topic or hearsay.
    if (ASIDE_DISOWNED.test(t.slice(h.end, h.end + 16)) && /^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ|オフレコ)$/u.test(t.slice(h.start, h.end))) {
      const said = sentenceOf(t, h.start, h.end)
      if (!CHANGE.test(said) && !BENEFIT.test(said) && !DECISION.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said.replace(/みたい(?=[なにで])/gu, '')) && !PEOPLE_CLAIM.test(said) && !STAFF_PENALTY.test(said)) continue
    }
    if (/^(?:に(?:せず|しない|はせず|はしない)|では(?:なく|ありません)|じゃなく)/u.test(t.slice(h.end, h.end + 6))) continue
    if (/^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end)) && rumourSpreadRefused(t, h.end)) continue
    // 「医療のうわさ、本当？」, うわさの真相: a column that checks rumours, not one passed on.
    if (/^[、,\s]?(?:って|は)?(?:本当|ほんと|ホント|本当に|の真相|を検証|をチェック|ウソ|うそ|嘘)(?:[？?]|か|なの|です|を)/u.test(t.slice(h.end, h.end + 10))) continue
    // Blind KC-016 kind: a rumour as the thing a course or column checks (ネットの噂、その真相は？, 噂の真偽を見極める, 噂を検証する, 噂と
    // 事実の見分け方): the rumour is the topic, none is passed on (unless one is told: 閉まるという噂、その真相は…).
    if (/^(?:[、,\s]?その|の|を|と|や)?(?:真相|真偽|本当かどうか|本当か嘘か|事実(?:の)?見分け|事実かどうか)(?:方|は|を|に|の|[？?]|、)|^(?:の|を)?(?:検証|見極め|見分け|確かめ方|見抜き|ファクトチェック)/u.test(t.slice(h.end, h.end + 14)) && /^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end)) && !/(?:という|との|って|」)$/u.test(t.slice(Math.max(0, h.start - 3), h.start))) continue
    // ここだけの話…実はぼく、…が大好物: a mascot's or a writer's aside about itself, no one else's secret.
    if (/^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密)$/u.test(t.slice(h.start, h.end)) && /^[^。！？!?\n]{0,4}?実は(?:ぼく|僕|わたし|私|おいら|あたし|うち|オレ|おれ|俺|わたくし)(?:、|は|も|が|の)/u.test(t.slice(h.end, h.end + 14))) continue
    // ここだけの話、うなっぴの好物は…: profile trivia of a mascot or the writer, told as a playful secret.
    if (/^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && OWN_TASTE_ASIDE.test(t.slice(h.end, h.end + 40))) {
      const said = sentenceOf(t, h.start, h.end)
      if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said)) continue
    }
    if (/^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && OWN_LIKING_ASIDE.test(t.slice(h.end, h.end + 48))) {
      const said = sentenceOf(t, h.start, h.end)
      if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !DECISION.test(said)) continue
    }
    // Blind JZ-059 kind: ここだけの話 before a sightseeing tip (ここだけの話、夕方の沖端の掘割はとっておきの撮影スポット): a recommendation told
    // as a confidence, nothing undisclosed. Read with no change, benefit, rumour's topic, hearsay or matter the city decides in the sentence.
    if (/^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && TIP_ASIDE.test(t.slice(h.end, h.end + 48))) {
      const said = sentenceOf(t, h.start, h.end)
      if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !DECISION.test(said)) continue
    }
    // Blind LV-047 kind: ここだけの話 before what is most popular among the staff (FAVOURITE_ASIDE), read as TIP_ASIDE is.
    if (/^ここだけの話$/u.test(t.slice(h.start, h.end)) && FAVOURITE_ASIDE.test(t.slice(h.end, h.end + 40))) {
      const said = sentenceOf(t, h.start, h.end)
      if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !DECISION.test(said)) continue
    }
    // Blind HH-119: ここだけの話、ぼくも注射はちょっとドキドキするんだ: the speaker's own feeling, fear or habit confided.
    if (/^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && OWN_FEELING_ASIDE.test(t.slice(h.end, h.end + 56))) {
      const said = sentenceOf(t, h.start, h.end)
      if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !DECISION.test(said)) continue
    }
    // Blind LJ-059 kind: ここだけの話、毎日こっそり練習してたんだ: the speaker's own practice confided, no one named.
    if (/^(?:ここだけの話|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && OWN_PRACTICE_ASIDE.test(t.slice(h.end, h.end + 40))) {
      const said = sentenceOf(t, h.start, h.end)
      if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !DECISION.test(said)) continue
    }
    // 本番まで内緒にしておこうと思ったけど…ちょっとだけ見せちゃう: a teaser, the thing shown by the post itself.
    if (/^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end))) {
      const line = /^[^\n]{0,80}/u.exec(t.slice(h.end))![0]
      if (TEASER_ASIDE.test(line) && !CHANGE.test(line) && !BENEFIT.test(line) && !RUMOUR_TOPIC.test(line) && !ASIDE_CARRIES.test(line)) continue
    }
    // 中身はナイショ, 答えは秘密: a surprise kept for the reader (a lucky bag, a quiz, a mascot's costume), not a secret passed on.
    if (/^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && /(?:中身|なかみ|正体|答え|こたえ|正解|何が(?:入って(?:い)?る|出る|当たる|もらえる)か|どれが当たるか)(?:は|も)(?:当日まで|開けるまで|まだ|もちろん)?$/u.test(t.slice(Math.max(0, h.start - 14), h.start)) && !/(?:人事|予算|入札|契約|決定|内定|計画|方針)/u.test(sentenceOf(t, h.start, h.end))) continue
    // クリスマス会のゲストは内緒ですよ〜。当日をお楽しみに！: a surprise of an event kept for the readers, closing its sentence; nothing
    // told in the sentence or the words after it (a change, a decision, hearsay, a rumour's topic, a claim about someone).
    // (The thing held back is left out of what is read: ゲスト, 出演者 are matters a city decides in DECISION.)
    const keptThing = /^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) ? SURPRISE_KEPT_BEFORE.exec(t.slice(Math.max(0, h.start - 24), h.start)) : null
    if (keptThing && SURPRISE_KEPT_CLOSE.test(t.slice(h.end, h.end + 12))) {
      const said = sentenceOf(t, h.start, h.end).replace(keptThing[0] + t.slice(h.start, h.end), '') + t.slice(h.end, h.end + 60)
      if (!CHANGE.test(said) && !DECISION.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !PEOPLE_CLAIM.test(said) && !STAFF_PENALTY.test(said)) continue
    }
    // ほりわりんの血液型はナイショ🤫: a mascot's or the writer's own profile withheld in play, nothing passed on.
    if (/^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && PROFILE_WITHHELD.test(t.slice(Math.max(0, h.start - 12), h.start))) {
      const said = sentenceOf(t, h.start, h.end)
      if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !/(?:人事|予算|入札|契約|決定|内定|計画|方針)/u.test(said)) continue
    }
    // Blind HR-018: a secret about oneself told first, then the aside closing it (じつは夜の図書館で、こっそり本を読んでるんだ〜🌙 みんなには
    // ナイショだよ🤫, ぼく、ほんとはお昼寝が大好きなんだ。内緒にしてね): a mascot's or the writer's play. What is confided stands before the
    // aside in the same line and must tell no change, benefit, decision, rumour's topic, hearsay or claim about someone (じつは来年から
    // 図書館が有料になるんだ〜 みんなにはナイショだよ is a rumour).
    if (/^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && CLOSING_ASIDE.test(t.slice(h.end, h.end + 12)) && /(?:^|[\n。！!？?\s\u{1F300}-\u{1FAFF}\u2600-\u27BF〜~]|(?:みんな|皆|みなさん|皆さん|誰|だれ)(?:に|には)(?:は|も)?)$/u.test(t.slice(Math.max(0, h.start - 8), h.start))) {
      const lineStart = t.lastIndexOf('\n', h.start) + 1
      const confided = t.slice(Math.max(lineStart, h.start - 80), h.start)
      // Blind JT-014 kind (unof20): the addressee before the aside (…なんだ🤫 みんなにはナイショだよ) is no part of what was confided.
      if (CONFIDED_SELF.test(confided.replace(/(?:みんな|皆|みなさん|皆さん|誰|だれ)(?:に|には)(?:は|も)?$/u, '')) && !CHANGE.test(confided) && !BENEFIT.test(confided) && !DECISION.test(confided) && !RUMOUR_TOPIC.test(confided) && !ASIDE_CARRIES.test(confided) && !PEOPLE_CLAIM.test(confided) && !STAFF_PENALTY.test(confided)) continue
    }
    // Blind R133I-031: ちょっとだけつまみ食いしそうになったのはナイショ😋: the writer's own small mischief kept secret in play.
    if (/^(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ)$/u.test(t.slice(h.start, h.end)) && CLOSING_ASIDE.test(t.slice(h.end, h.end + 12)) && OWN_MISCHIEF_BEFORE.test(t.slice(Math.max(0, h.start - 24), h.start))) {
      const said = sentenceOf(t, h.start, h.end)
      const clause = said.slice(Math.max(0, said.lastIndexOf('、', said.indexOf(t.slice(h.start, h.end))) + 1))
      if (!OTHER_DOER.test(clause) && !CHANGE.test(said) && !BENEFIT.test(said) && !DECISION.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !PEOPLE_CLAIM.test(said) && !STAFF_PENALTY.test(said)) continue
    }
    // 内緒にしておきたいくらいの名作ぞろい: praise by a wish to keep it to oneself, about nothing the city decides.
    if (/^(?:内緒|ないしょ|ナイショ)$/u.test(t.slice(h.start, h.end)) && KEPT_FOR_PRAISE.test(t.slice(h.end, h.end + 16)) && !CHANGE.test(sentenceOf(t, h.start, h.end))) continue
    // 真偽不明の情報にご注意ください: a warning against rumours, not one.
    if (!h.mention && RUMOUR_AWARE.test(sentenceOf(t, h.start, h.end))) continue
    // Blind R70A-137: unconfirmed reports said to be going round, then disowned or warned against in the sentences after (SNSでは「…決壊
    // した」などの未確認情報が出回っていますが、市では確認していません。デマに惑わされず…): the city's warning, no rumour passed on.
    if (/^(?:の(?:情報|話|うわさ|噂|投稿|書き込み))?(?:が|も)[^。！？!?\n]{0,12}?(?:出回|広が|広ま|流れて|拡散さ|飛び交)/u.test(t.slice(h.end, h.end + 20)) && (RUMOUR_AWARE.test(t.slice(h.end, h.end + 160)) || /確認(?:して|されて|できて)(?:い|お)(?:ません|りません|ない)/u.test(t.slice(h.end, h.end + 60)))) continue
    // うわさ話や決めつけが、だれかを追いつめることがあります: rumours in general said to harm people, none passed on.
    if (RUMOUR_HARM.test(t.slice(h.start, h.start + 48)) && !/(?:という|との|って|といった|」)$/u.test(t.slice(Math.max(0, h.start - 4), h.start))) {
      const said = sentenceOf(t, h.start, h.end).replace(/「[^」\n]{0,40}」/gu, '')
      if (!CHANGE.test(said) && !PEOPLE_CLAIM.test(said) && !/らしい|みたい|そうです|そうだ|んだって|げな/u.test(said)) continue
    }
    // Blind GS-027: spreading rumours named as one of the acts of bullying or harassment the post lists (無視する、うわさを広める、
    // 持ち物を隠す。これらもすべていじめです): a kind of behaviour named, no rumour passed on.
    if (/^(?:噂|うわさ|ウワサ)$/u.test(t.slice(h.start, h.end)) && RUMOUR_AS_ACT.test(t.slice(h.end, h.end + 12)) && !/(?:という|との|って|といった|」)$/u.test(t.slice(Math.max(0, h.start - 4), h.start)) && HARM_NAMED.test(t)) {
      const said = sentenceOf(t, h.start, h.end)
      if (!CHANGE.test(said) && !PEOPLE_CLAIM.test(said.replace(HARM_NAMED_G, '')) && !RUMOUR_TOPIC.test(said) && !/らしい|みたい|そうです|そうだ|んだって|げな|って話|と聞/u.test(said)) continue
    }
    // A rumour quoted in order to correct it (「…」という噂がありますが、実際は…): the correction is the post.
    // (Where it goes round may be said: …といううわさがSNSで広がっていますが、本日20時時点で…余裕があります.)
    if (/」(?:という|との|といった)$/u.test(t.slice(Math.max(0, h.start - 5), h.start)) && /^(?:が|も)?(?:[^、。！？!?\n]{1,10}?(?:で|に|の間で))?(?:あります|ございます|(?:流れ|広がっ|出回っ|回っ|まわっ|広まっ|拡散され)て(?:います|いる|おります)(?:ようです|みたいです)?)が/u.test(t.slice(h.end, h.end + 28)) && CORRECTS_RUMOUR.test(t.slice(h.end))) continue
    // The rumour itself said to be false (…というネットのうわさは誤りです, …という噂は事実ではありません, その噂はデマです): the city
    // corrects it, passing nothing on. (A rumour said to be true, or only partly wrong, is no correction.)
    // (Some hits end in the topic particle already: という話は.)
    if (RUMOUR_DENIED.test((/[はも]$/u.test(t.slice(h.start, h.end)) ? 'は' : '') + t.slice(h.end, h.end + 16))) continue
    // A resident's question quoted whole and answered (「…という噂を聞いたが本当か」というお問い合わせ…例年どおり営業します).
    if (askedAndAnswered(t, h.start)) continue
    // Blind R61A-011: the title of a series or a work in brackets (人気連載「船頭さんのここだけの話」第3回), no hearsay or change in the sentence.
    if (inTitle(t, h.start, h.end)) {
      const said = sentenceOf(t, h.start, h.end).replace(/[「『][^」』\n]{0,30}[」』]/gu, '')
      if (!CHANGE.test(said) && !BENEFIT.test(said) && !RUMOUR_TOPIC.test(said) && !ASIDE_CARRIES.test(said) && !PEOPLE_CLAIM.test(said)) continue
    }
    // Blind TS-041: a child's (or anyone's) plea for secrecy quoted in advice on what to do when it comes (子どもから「内緒にしてね」と
    // 打ち明けられたら、まずは受け止めてください): the case advised on, no secret passed on (confidential reads it the same way).
    if (SECRET_WORD.test(t.slice(h.start, h.end)) && CONFIDED_ADVICE.test(t.slice(h.end, h.end + 40))) continue
    // オフレコで聞いた話なので、ここには書けません; オフレコの話はSNSには書きません: the secret named and refused, nothing passed on.
    if (secretNotTold(t, h.end)) continue
    // Lines of others listed as examples (「ここだけの話ですが、必ずもうかる…」「あなただけに…」。): a mention.
    put(e, 'unofficial/rumour', h.start, h.end, { plain: '（確かめた事実）' }, h.mention || inSayingsLine(t, h.start, h.end) || swindlersLine(t, h.start) || scamPitchQuoted(t, h.start, h.end))
  }
}

const DELAY_HEARD =
  /(?:返礼品|発送|配送|お届け|配達|出荷|交付|発行|配布|支給|給付|振込|振り込み|入金|工事|完成|竣工|開通|着工|引き渡し|納品|開設|オープン)(?:の(?:時期|日|予定))?(?:が|は|も)[、,]?[^。！？!?\n]{0,12}?(?:遅れ(?:る|そう|て(?:い)?る)|遅延(?:する|して(?:い)?る)|ずれ込(?:む|みそう)|間に合わ(?:ない|なく|ん)|届かな(?:い|く)|延び(?:る|そう))(?:ん|の)?(?:らしい|らしか|みたい|そう(?:です|だ|な)|(?:だ|です)?って(?!い[うっ])|げな|とか|(?:と|って)(?:聞|伺|耳)|っち話)/gu
const DELAY_SOURCE = /(?:郵便局|日本郵便|運送会社|配送業者|業者|事業者|メーカー|県|国|市|担当課|事務局)(?:の発表)?(?:によると|によれば|から(?:の)?(?:連絡|お知らせ|発表|通知)|の発表では)/u
const WEATHER_ALONE = /台風|雪|雨|天候|天気|荒天|地震|強風|高潮/u
export function delayHeard(e: Emitter, t: string): void {
  for (const m of matchAllOf(DELAY_HEARD, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    if (DELAY_SOURCE.test(sentence) || OFFICIAL_SOURCE.test(sentence) || (WEATHER_ALONE.test(sentence) && !CHANGE.test(sentence)) || RUMOUR_AWARE.test(sentence) || CORRECTED.test(t)) continue
    if (quotedExample(t, m.index) || /[」』]$/u.test(t.slice(Math.max(0, m.index - 1), m.index)) || askedAndAnswered(t, m.index)) continue
    const ending = /(?:ん|の)?(?:らしい|らしか|みたい|そう(?:です|だ|な)|(?:だ|です)?って|げな|とか|(?:と|って)(?:聞|伺|耳)|っち話)$/u.exec(m[0])!
    const from = wordStart(t, end - ending[0].length - 1)
    put(e, 'unofficial/rumour', from, end, { plain: withoutHearsay(t.slice(from, end)) })
  }
}
const PRESS_SAYS = /(?:週刊誌|一部(?:の)?(?:報道|メディア|新聞|雑誌|週刊誌|ネット|マスコミ)|ネット上|ネットの(?:掲示板|書き込み)|SNS上|掲示板|ゴシップ誌?|タブロイド|スポーツ紙|夕刊紙)(?:では|で|に(?:は|よると|よれば)|によると|によれば)[、,]?[^。！？!?\n]{0,60}?(?:と|って)(?:も)?(?:言われ|いわれ|報じられ|書かれ|噂され|うわさされ|ささやかれ|取り沙汰され|伝えられ|されて)(?:ています|ている|ております|おり|てい|ます)/u
const PERSON_TOLD = /市長|副市長|議長|議員|教育長|部長|課長|職員|幹部|知事/u
const PERSON_MATTER = /辞任|辞職|退任|引退|出馬|不出馬|立候補|体調|病気|入院|不倫|離婚|逮捕|疑惑|更迭|解任|交代|降格|処分|借金/u
/** What a weekly or the net says of a person or a change (週刊誌によると市長が辞任…): a rumour, unless denied (was unof88). */
export function pressReportPassedOn(e: Emitter, t: string): void {
  if (/週刊|報道|メディア|ネット|SNS|掲示板|ゴシップ|タブロイド|紙/u.test(t)) {
    const m = PRESS_SAYS.exec(t)
    if (m && !REPORT_DENIED.test(t) && !quotedVoice(t, m.index)) {
      const said = m[0]
      if ((PERSON_TOLD.test(said) && PERSON_MATTER.test(said)) || PEOPLE_CLAIM.test(said) || CHANGE.test(said)) put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: said })
    }
  }
}
