/**
 * hostility — grumbles, mock praise and put-downs (the last of the main list).
 *
 * The kinds of blind sets R109A–R200 (R109A–R115A, R138I–R146I, W11–W13, R156I–R200): brushed off with "do it yourself if you
 * dislike it so much", a neighbouring festival belittled with pity, a group by sex, role or age written off as useless,
 * disgust at a sexual minority (block), a complainant quoted and asked with a laugh whether they did the basic thing, people
 * from elsewhere called a nuisance, those who cannot do the least said to have no standing to criticise, a group's poor result
 * called steady, an impossible remedy asked of complainers, a face set below a thing, a wrong done to the event thanked as a
 * favour, a misuse thanked with くださる, the asker asked how many times they will ask, a critic mocked for hiding behind
 * anonymity, a colleague despised in a grumble, 民度 used to look down on people, critics guessed to lack the sense to judge,
 * grown-ups mocked that age has not brought a skill, a reckless act thanked, an unreasonable demand's nerve mock-admired.
 *
 * Stays clean: a welcome to visitors from elsewhere, a team's result told plainly, a real thank-you, a grumble about the
 * weather or a machine, an awareness post about sexual minorities, a real count of how many ask.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { sentenceOf, phrase, isReportedSpeech } from '../../words'
import type { Phrase } from './context'
import { ADDRESSED_BY_COMPLAINT, ALREADY_OUT, ASKED_AGAIN49, ASKER43, BEHAVING, CRITIC, CRITIC36, CRITIC43, HARM_ENDINGS, HATE_TAUGHT, HOME_SUBJECT, IDENTITY_SUBJECT, IDENT_CRITIC, IDENT_FRIENDLY, IDENT_HELP, IDENT_WARN, INSTEAD, INVITE, IRONIC_ADMIRE, KNOW_DONE_POLITE, LANGUAGE_HELP, OFFENCE, OPINION, OTHER_TOWN47, OTHER_TOWN49, OWN53, PEOPLE, QUIZ, READ_IF53, RELEARN_AT, SELF, SELF_FIRST_OK, SYMPATHY, TAKEN_BACK, THANKS166, atCaller, endsPhrase, foldAll, lastEnd, notAboutThing, notNoNeed, notOwnFault, notQuoted, notQuotedEn, notTeaching, ownWords, sentenceText, thingObject, withNext, withPrevious } from './context'

/** Blind R146I-103: people named by nationality or as foreign residents (original script: the squeezed view). */
const NATION148 = '(?:(?:[ァ-ヴ][ァ-ヴー]{1,9}|中国|韓国|朝鮮|北朝鮮|台湾|外国|異国|他国)人(?![数口員気材件手形生間工質物格体])|外国籍(?:の(?:方|人))?|移民|在日|難民|外国人(?:労働者|実習生|住民))'
/** …not a service, a help, a trouble prevented or a good change (多言語, 防ぐ, にぎやか, 交流). */
const NATION_OK = /多言語|やさしい日本語|通訳|翻訳|案内を|防[ぐぎ止]|対策|支援|相談|解消|交流|共生|にぎやか|賑やか|活気|国際|歓迎|増えてうれし|とは限ら|偏見|差別|決めつけ/u
/** Blind R146I-065: a group written off, named only to be denied (…なんて思っていませんか, と決めつけず, とは限りません). */
const WRITTEN_OFF_DENIED = /^[^。！？!?\n]{0,8}?(?:なんて|なんか|って)[、\s]?(?:思|言|い|考|決め)|^[^。！？!?\n]{0,8}?と(?:思|言|い|決め|考え|は限ら|いう)|わけ(?:では|じゃ)|ことは(?:ありません|ない)|偏見|思い込み|決めつけ/u
/** Blind W11: a group's uselessness named only to be denied or quoted (という発言は, なんて, わけではない, 決めつけ). */
const USELESS_DENIED_W11 = /^[」』"]?[、\s]?(?:なんて|なんか|という|といった|との|と(?:いう|言う|言われ|決めつけ|は限ら|考えるのは))|わけ(?:では|じゃ)|ことは(?:ありません|ない)|偏見|思い込み|決めつけ|間違い|誤り|差別/u
/**
 * Blind sets R109A–R111A, as kinds.
 * - Block: the office telling a critic it knows or can find who they are, plus a warning (R109A-028: お宅のご住所とお名前は通報記録で
 *   こちらも把握しておりますので、その点はよく覚えておいてくださいね; R111A-051: こうした書き込みは発信元を特定できますので、今後の対応は
 *   よく考えてからなさることをお勧めします): an identity (住所, お名前, 発信元, どなた) said known or findable in keigo (把握しております,
 *   特定できます, 存じております) and, in the same or the next sentence, a warning to remember or think well (よく覚えて, よくお考え,
 *   お忘れなく, 肝に銘じ, 身のため). Not a procedure (申請書で把握しておりますので記入は不要), not advice on scam mail.
 */
/* Blind R298K-015 kind: the home and the guess may be parted by where it was worked out from (お住まいの辺りは、投稿された写真の背景から
 * おおよそ見当がつきます): up to 28 characters. */
/* Blind R302K-031 kind (host20): the face or the car's number said kept on record in humble keigo (お顔もお車のナンバーも、こちらで
 * すべて控えさせていただいております, 記録させていただいております, 控えております): known like a name, a threat with a warning after. */
// Blind R318H-018 kind (host58): or said already checked (お名前とご住所はこちらで既に確認させていただいております, すでに確認済みです).
const RECORDED_POLITE = '(?:(?:控え|記録|記憶|撮影|把握)させて(?:いただいて|いただいと|もらって)(?:おり|い)ます|(?:控え|記録し|記憶し)て(?:おり|い)ます|(?:既に|すでに|もう)[、\\s]?確認(?:させて(?:いただいて|もらって)|して|いたして)(?:おり|い)ます|(?:既に|すでに|もう)[、\\s]?確認済み(?:です|でございます))'
const IDENT_KNOWN = `(?:${HOME_SUBJECT}|${IDENTITY_SUBJECT}|お顔|(?<![一-龥ぁ-ゖァ-ヺ])顔|(?:お車の|車の)?ナンバー|車番|どなた|誰|だれ)[^。！？!?\\n]{0,28}?(?:${KNOW_DONE_POLITE}|${RECORDED_POLITE})`
/** Blind R156I-050: 念のため left bare at the end of the sentence (…ので、念のため。, 念のためお伝えしておきます). */
const JUST_SO = /^[^。！？!?\n]{0,6}?(?:念のため|念の為|ねんのため)(?:[。！!…]|$|(?:お伝え|申し上げ|申し添え)(?:して(?:おき)?|いたし|し)?(?:ます|ておきます)[。！!]?)/u
/** …after a step threatened on a condition (これ以上…なら、…相応の対応を取ります, 次は…法的措置を). */
const THEN_STEP = /(?:これ以上|今後も|次に|次も|今度)[^。！？!?\n]{0,30}?(?:なら|ならば|場合は|ようなら|のであれば)[、\s]?[^。！？!?\n]{0,20}?(?:対応|措置|手段|処置|考え)/u
/**
 * - Block: arson hinted at the one addressed (R109A-128: そげん文句ばっかり言うなら、あんたの家の庭にも火ばつけてやろうか？): a home, a
 *   garden, a shop or a car with 火(を|ば|ぃ)つけ or 燃やし in the volitional of doing it to someone (てやろうか, たろか, ちゃろうか,
 *   てやる, たる, ちゃる). Not a bonfire, a festival fire or a fire-prevention notice.
 */
const ARSON = '(?:家|庭|店|車|倉庫|小屋|畑|田んぼ|玄関|お宅|おたく)(?:の(?:庭|前|周り|まわり))?(?:に|にも|ば|を|ごと|まで|も)?[、\\s]?(?:火(?:を|ば|ぃ|い)?[、\\s]?(?:つけ|付け|点け)|燃やし)(?:て(?:やろう|やろ)か|たろう?か|ちゃろう?か|て(?:やる|やっ?か)|たる(?:ぞ|けん|からな|よ|ばい|[。！!？?]|$)|ちゃる(?:ぞ|けん|からな|よ|ばい|[。！!？?]|$))'
const ARSON_AT = /あんた|アンタ|お前|おまえ|あなた|貴様|てめえ|おたく|お宅|[@＠]|文句|苦情|クレーム/u
const ARSON_OK = /花火|迎え火|送り火|どんど|たき火|焚き火|焚火|野焼き|バーベキュー|キャンプ|禁止|消防|防火|放火(?:を|の)?(?:防|予防|対策)|ご注意|被害/u
/**
 * - Warn: polite advice to a critic to improve themselves first (R109A-101: 市役所に言いつける前に大人同士で話し合われてはいかが
 *   でしょうか; R110A-030: 計画書がずさんだったからでは？もう少し勉強されてから応募されては; R111A-140: 福祉の現場を一日でもご覧に
 *   なってから、もう一度お書きいただけますでしょうか; R111A-147: 書いた記者さんには、取材の基本から学び直されることをお勧めしたい;
 *   R111A-067: 市のホームページくらいはお読みになれますよね？): a tattling verb (言いつける, 告げ口する, 泣きつく) before 大人同士 / ご自分で
 *   and ては(いかが); もう少し勉強されてから … ては after a fault named (ずさん, 甘い); 一日でも … てから then writing or speaking again;
 *   基本から学び直され / 勉強し直され with お勧め or ては; 〜くらいは(お読みになれ|おわかりになり|でき)ますよね？. Not self-help advice
 *   for a disaster, not a class, not an invitation to a first visit.
 */
const SELF_FIRST = '(?:言いつけ|いいつけ|告げ口(?:さ|し|す)|泣きつ(?:く|か)|泣き付(?:く|か))(?:る|られる)?前に[、\\s]?[^。！？!?\\n]{0,12}?(?:大人同士|当事者同士|ご近所同士|ご自分(?:たち)?で|ご自身で|自分(?:たち)?で|お互いで)[^。！？!?\\n]{0,16}?(?:ては|たら)(?:[。？?…]|$|いかが|どう)'
const STUDY_FIRST110 = 'もう少し[、\\s]?(?:お?勉強|ご勉強)(?:され|して|なさっ)てから[、\\s]?[^。！？!?\\n]{0,10}?(?:ては|たら)(?:[。？?…]|$|いかが|どう)|(?:出直|でなお)(?:され|して|なさっ)ては(?:[。？?…]|$|いかが|どう)'
/**
 * Blind R371U-053 kind: a critic told to study first and only then write or speak (基本を勉強されてから書き込んでいただけますか, 少しは
 * 勉強してから批判してください, お勉強なさってからおっしゃってほしい): looking down on the resident. Not a class or an exam's advice.
 */
const STUDY_BEFORE_SAYING = '(?:お?勉強|ご勉強|学習|学び直|勉強し直)(?:され|して|なさっ|し)てから[、\\s]?[^。！？!?\\n]{0,10}?(?:書き込|書いて|お書き|投稿|コメント|批判|ご批判|発言|ご発言|ご意見|意見を|言って|言つて|いって|いつて|おっしゃ|おつしや|仰っ|仰つ|物を言|ものを言)[^。！？!?\\n]{0,6}?(?:いただけ(?:ます|ません)(?:でしょう)?か|もらえ(?:ます|ません)?か|ください|下さい|いただきたい|ほしい|欲しい|もらいたい|くれ(?:ませんか|ますか|ん|や)?(?:[。！？!?]|$))'
const STUDY_FAULT = /ずさん|杜撰|甘(?:い|かった|すぎ)|お粗末|不十分|(?<![複混乱粗])雑(?:な|で|だ)|浅い|不勉強|的外れ|足りな/u
const ONCE_FIRST = '(?:一日|1日|１日|一度|1度|１度|一回|半日|少し)でも[^。！？!?\\n]{0,10}?(?:ご覧になっ|見|経験し|ご経験になっ|体験し|働い|来|行っ|住ん|やっ|なさっ|され)て?から[、\\s]?[^。！？!?\\n]{0,6}?(?:お書き|書い|書き込|ご意見|意見し|おっしゃ|言っ|言う|ご発言|発言し|ご投稿|投稿し|ご批判|批判し|文句)'
const RELEARN110 = '(?:基本|基礎|いろは|イロハ|一|いち|イチ)から[、\\s]?(?:学び直|学びなお|勉強し直|勉強しなお)(?:され|し|して|なさ)[^。！？!?\\n]{0,8}?(?:お勧め|おすすめ|オススメ|お薦め|ては|たら|ほうが|方が|べき)'
const LEAST_CAN = '(?:くらい|ぐらい)は[、\\s]?(?:お読みになれ|お読みいただけ|読め|おわかりになり|お分かりになり|分かり|わかり|理解でき|ご理解いただけ|でき|お調べになれ|調べられ|ご覧になれ|見られ)(?:ます|る)(?:よね|でしょう|やろ)(?:[？?]|$)'
const SELF_FIRST_CRITIC = /[@＠]|件ですが|とのこと|ご意見|ご高説|ご批判|批判|文句|苦情|クレーム|ご質問|質問|何度|記者|記事|報道|新聞|書き込|コメント|不採択|落選/u
/**
 * Blind set R115A, as kinds.
 * - Warn: a reporter or critic told to relearn a school subject, as a wish (R115A-035: 記者さんには算数から勉強し直していただき
 *   たいものです): a subject or 基本/一 then から and 勉強し直 / 学び直 / やり直 with ていただきたい / てほしい / てもらいたい / たら
 *   いかが, when the post names a reporter, paper or critic. Not the writer's own staff or a course (職員一同、基本から学び直して
 *   まいります; 大人の学び直し講座).
 */
const RELEARN115 = '(?:算数|国語|数学|漢字|日本語|読み書き|足し算|割り算|九九|小学校|基本|基礎|いろは|イロハ|一|いち|イチ)(?:の(?:勉強|基本|基礎))?から[、\\s]?(?:学び直|学びなお|まなび直|勉強し直|勉強しなお|やり直|やりなお|習い直|ならい直)(?:し|して|され|さ)[^。！？!?\\n]{0,4}?(?:ていただきた|ていただけ|いただきた|てほしい|て欲しい|てほしか|てもらいた|てもらえ|てもらわん|てくれ|ていただく(?:べき|しか|ほか)|たらいかが|たらどう|たら(?:[。？?]|$)|てはいかが)'
const RELEARN_OK = /講座|教室|研修|初心者|入門|授業|児童|生徒|職員(?:一同)?(?:が|は|も)|私ども|私たち|我々|当課|当方|反省|お詫び|申し訳/u
/**
 * - Warn: a parent or critic brushed off, told to do it themselves if they dislike it so much (R115A-130: そんなに委託後の給食が
 *   気に入らんなら、毎日ご自分でお弁当を作って持たせたらいいんじゃないですか？): そんなに / そこまで … 気に入らない / 嫌 / ご不満
 *   as a condition, then ご自分で / 自分で and たらいい / ればいい / たらどう. Not advice with no dislike thrown back (ご自分で
 *   お弁当を作る方は…), not an option offered (ご不満がある場合は、ご自分で申請することもできます).
 */
const DIY = '(?:そんなに|そがんに|そげんに|そげん|そがん|そこまで|そんだけ|それほど|あんなに)[^。！？!?\\n]{0,24}?(?:気に入ら(?:ない|ん|なか)|気にいら(?:ない|ん|なか)|お気に召さ(?:ない|ん)|気に食わ(?:ない|ん|なか)|嫌|いや|イヤ|ご不満|不満|ご不服|不服|(?:お)?(?:詳し|くわし)(?:い|か)|(?:よく)?(?:ご存じ|ご存知|知っと(?:る|ら)|知って(?:いる|る|おられる|いらっしゃる)|分かっと(?:る|ら)|わかっと(?:る|ら)|分かって(?:いる|る|おられる|いらっしゃる)|わかって(?:いる|る))|文句(?:が|ば)?(?:ある|あり|言う|いう)|おっしゃる|仰る|言う|いう|ゆう)(?:の|ん|と)?(?:なら|でしたら|だったら|やったら|であれば|なんだったら)[、\\s]?[^。！？!?\\n]{0,24}?(?:(?:ご自分|ご自身|自分|自分たち|ご自分たち|ご家庭|自宅)で|(?:あんた|あなた|お前|おまえ|あんたら|あなた方)(?:が|で|も))[^。！？!?\\n]{0,30}?(?:たら|れば|ては|りゃ|ば)(?:[、\\s]?)(?:いい|よい|良い|ええ|よか|いかが|どう|よろし)'
/**
 * - Warn: contempt in keigo, the question said not to arise had the reader once looked (R115A-149: 市のホームページを一度でも
 *   ご覧になっていれば、そのようなご質問は出ないかと存じますが): 一度でも / 少しでも / ちょっとでも then reading as a condition
 *   (READ_IF53), then the reader's question said not to come up (present or past) or the answer said to be obvious (お分かりになる
 *   はず). Not an invitation (一度でもご覧になれば、柳川の魅力がお分かりになるはずです: the good of a place), not our own failing.
 */
const ONCE_READ115 = `(?:一度|1度|１度|一回|1回|１回|少し|ちょっと|一行|1行|１行|一ページ|1ページ|１ページ)でも[^。！？!?\\n]{0,16}?${READ_IF53}[、\\s]?[^。！？!?\\n]{0,24}?(?:(?:この|その|こんな|そんな|こげな|そげな|こういう|そういう|このような|そのような|こうした|あのような|わざわざ)[、\\s]?(?:ご|お)?(?:質問|問い合わせ|問合せ|お問い合わせ|電話|苦情|指摘|批判|誤解|勘違い|クレーム|意見|文句|不満)[^。！？!?\\n]{0,10}?(?:は|も|が|に)?[、\\s]?(?:出(?:ない|ません|てこない|てきません|ん)|生じ(?:ない|ません)|起き(?:ない|ません)|なら(?:ない|ん|ず)|なりません|され(?:ない|ません)|せ(?:ん|ず)|ない(?:はず|かと|でしょう|と思)|ありません|ございません)|(?:お分かり|おわかり|お判り|ご理解|分かる|わかる|分かり|わかり|理解でき)(?:に)?(?:なる|なれる|なります|いただける|いただけます|できる|できます|ます|る)?(?:はず|かと|でしょう|と思|ことかと|ことでしょう|と存じ))`
const ONCE_READ_AT = /[@＠]|ご質問|質問|ご意見|ご指摘|ご批判|苦情|文句|クレーム|何度|また同じ/u
const ONCE_READ_OK = /魅力|良さ|よさ|楽しさ|美しさ|素晴らし|すばらし|おいし|美味し|味わい|風情|雰囲気|ファン/u
/**
 * - Warn: a neighbouring place's festival or event belittled with pity (R109A-116: 近隣のお祭りと比べる声もありますが、正直、格が
 *   違います。比べられるほうも気の毒ですね): 格が違う / 比べものにならない / 足元にも及ばない and pity for the one compared (比べられる
 *   ほうも気の毒, よそがかわいそう). Not a disaster's scale nor pity for victims.
 */
const OUTCLASS110 = '格が違(?:い(?:ます|すぎ)|う)|比べ(?:もの|物)にな(?:らない|らん|りません)|足元にも及ば(?:ない|ん|ず)|次元が違(?:い(?:ます|すぎ)|う)|レベルが違(?:い(?:ます|すぎ)|う)'
const PITIED = /(?:比べられ|比較され|並べられ|向こう|あちら|あっち|よそ|隣|近隣|他の|ほか)[^。！？!?\n]{0,10}?(?:気の毒|かわいそう|可哀想|可哀そう|不憫)/u
const OUTCLASS_OK = /被害|被災|災害|事故|病気|ご冥福|お見舞い/u
/**
 * Blind set R112A, as kinds.
 * - Warn: a complainer or critic sent to a doctor, their senses or mind said to be at fault (R112A-039: 悪臭、悪臭と何度も書かれて
 *   いますが、お鼻が敏感すぎるのでは？一度病院で診てもらわれてはいかがでしょう): a hospital, a doctor or a clinic (病院, お医者さん,
 *   耳鼻科, 心療内科) with 診てもらう / 受診 / 行く as a suggestion (ては(いかが), たら(どう), た方が, をお勧め, 〜んしゃい), when the
 *   reader's sense or mind is named as too keen or wrong (敏感すぎ, 神経質, 気のせい, 被害妄想, 耳がおかしい) or a sense organ is named
 *   with a complaint about smell or noise in the text. Not health advice (鼻水が続くときは耳鼻科を受診してください), not a heat-stroke
 *   notice, not sympathy for someone unwell.
 */
const DOCTOR_SENT = '(?:病院|医院|お?医者(?:さん|様|さま)?|耳鼻科|耳鼻咽喉科|眼科|心療内科|精神科|脳外科|脳神経外科|専門医|医師|クリニック|医療機関)(?:の先生)?(?:で|に|へ|ば|を)[、\\s]?[^。！？!?\\n]{0,10}?(?:(?:診|み|受診|ご受診|診察|相談|ご相談|行|い|かか)[^。！？!?\\n]{0,10}?(?:ては|たら|た方が|たほうが)(?:[。？?…😊🙂😌]|$|いかが|どう|如何|いい|よろし|良い|よい|ええ|よか)|(?:受診|ご受診|診察)(?:され|なさ)?(?:ること)?(?:を)?[、\\s]?(?:お勧め|おすすめ|オススメ|お薦め)|(?:診て|みて)もら(?:いんしゃい|いなっせ|いなさい|いなはれ|え(?:[。！!]|$)|いましょう(?:ね|か)?[？?]))'
/** The reader's sense or mind said to be at fault. */
const OVERSENSE = /(?:敏感|過敏|神経質|繊細|気に(?:し|され|なさ)|考え|心配(?:し|され)|潔癖)(?:すぎ|過ぎ)|(?:神経質|過敏)(?:なのでは|なんじゃ|なだけ|では|じゃ)|気のせい|被害妄想|妄想|思い込み|勘違い|(?:耳|鼻|目|頭|感覚|神経|嗅覚|聴覚)(?:が|の方が|のほうが|は)[^。！？!?\n]{0,6}?(?:おかし|変|へん|悪い|どうか|いかれ|狂っ|敏感|過敏|鋭すぎ|良すぎ|よすぎ)/u
/** A sense organ named with a complaint about what it senses. */
const ORGAN = /(?:お?鼻|お?耳|お?目|お?頭)(?:を|ば|も|は|が)/u
const SENSED = /悪臭|臭(?:い|う|く|か)|におい|匂い|ニオイ|騒音|うるさ|音が|ご意見|苦情|文句|クレーム|何度も|何回も|[@＠]/u
/** Health advice, sympathy or a notice, not a jab. */
const DOCTOR_OK = /症|相談窓口|相談会|花粉|鼻水|鼻血|めまい|頭痛|発熱|熱が|咳|せき|けが|怪我|体調|お大事|無理をせず|無理せず|ご心配|お辛|おつら|予防|健診|検診|接種|子ども|子供|お子さん|乳幼児|高齢/u
/**
 * - Warn: another town, a critic or a report mocked with ironic admiration (R112A-118: あの水の色で、よく観光PRができるものだと
 *   感心しております): a demonstrative with a quality of the target (あの水の色, その街並み, あの出来, その内容) then で and よく(も)
 *   … できるもの / したもの then 感心 / 恐れ入る / 感服 / 脱帽; or よく(も) first and the quality after it. Not praise for a hardship
 *   overcome (あの小さな体で、よく最後まで走り切ったものだと感心しました, 少ない予算で), not the writer's own side.
 */
const IRONIC_QUALITY = '(?:水の色|水質|色|街並み|町並み|まちなみ|景観|見た目|出来|出来栄え|出来ばえ|できばえ|仕上がり|完成度|クオリティ|質|レベル|内容|中身|味|センス|デザイン|文章|記事|取材|知識|実績|実力|腕前|腕|人気|知名度|評判|観光資源|名物|施設|設備)'
const IRONIC_DEM = '(?:あの|その|あんな|そんな|ああいう|ああいった|そういう|あれほどの|あの程度の|その程度の|あのような|そのような|あげな|そげな|あげん|そげん)'
const IRONIC_DONE = '(?:る|た|だ)(?:もの|もん)(?:だ|です|や|じゃ)?(?:な|ね|なあ|ねえ)?(?:と|て)?'
const IRONIC_OF = `${IRONIC_DEM}(?:[^。！？!?\\n、]{0,8}?の)?${IRONIC_QUALITY}で`
const IRONIC_ADMIRE_RE = `${IRONIC_OF}[、\\s]?(?:よく|よくも|よう|ようも)[、\\s]?(?:まあ)?[、\\s]?[^。！？!?\\n]{0,20}?${IRONIC_DONE}${IRONIC_ADMIRE}|(?:よく|よくも|よう|ようも)[、\\s]?(?:まあ)?[、\\s]?${IRONIC_OF}[、\\s]?[^。！？!?\\n]{0,20}?${IRONIC_DONE}${IRONIC_ADMIRE}`
/** Praise for a hardship overcome or for children, or the writer's own side. */
const IRONIC_OK = /小さ|少な|短い|短期間|限られ|厳し|悪天候|雨の中|暑さ|寒さ|若さ|幼|高齢|お年|一人で|ひとりで|子ども|子供|こども|児童|生徒|園児|選手|私ども|当課|職員|私たち|我々|うちの/u

/** Blind R138I: places and peoples named in English, as an origin (from China, from Southeast Asia). */
const EN_ORIGIN = '(?:china|korea|south\\s{1,2}korea|taiwan|hong\\s{1,2}kong|vietnam|thailand|india|nepal|indonesia|the\\s{1,2}philippines|philippines|malaysia|myanmar|cambodia|bangladesh|pakistan|(?:south\\s{0,2})?east\\s{1,2}asia|south(?:east)?\\s{0,2}asia|asia|africa|the\\s{1,2}middle\\s{1,2}east|middle\\s{1,2}east|abroad|overseas|other\\s{1,2}countries)'
const EN_ORIGIN_ADJ = 'chinese|korean|taiwanese|vietnamese|thai|indian|nepalese|nepali|indonesian|filipino|malaysian|asian|african|arab|muslim|middle\\s{1,2}eastern'
/** …with the post turning them away or running them down. */
const EN_SHUNNED = /(?<![a-z])(?:dirty|filthy|smelly|stinky|loud|noisy|rude|uncivili[sz]ed|barbaric|savages?|no\s{1,2}manners|learn\s{1,2}(?:some\s{1,2})?manners|not\s{1,2}your\s{1,2}(?:country|home|town)|this\s{1,2}is\s{1,2}japan|(?:just\s{1,2})?stay\s{1,2}(?:at\s{1,2})?home|stay\s{1,2}away|go\s{1,2}(?:back\s{1,2})?home|go\s{1,2}back\s{1,2}to\s{1,2}your|(?:do\s{1,2}not|don['’]t|never|won['’]t|will\s{1,2}not|no\s{1,2}longer)\s{1,2}(?:accept|allow|admit|serve|let\s{1,2}in|welcome)|not\s{1,2}(?:welcome|allowed|wanted)|no\s{1,2}(?:chinese|koreans?|foreigners|asians)|keep\s{1,2}(?:them\s{1,2})?out|you\s{1,2}know\s{1,2}who\s{1,2}you\s{1,2}are|always\s{1,2}the\s{1,2}(?:same|ones)|(?:these|those|such)\s{1,2}people)(?![a-z])/iu
/** …not a welcome, a service or the lesson against it. */
const EN_WELCOME = /(?<![a-z])(?:welcome\s{1,2}(?:to|all|everyone|back)|we\s{1,2}welcome|are\s{1,2}welcome|warmly|speaking\s{1,2}staff|in\s{1,2}(?:chinese|korean|english)|interpreters?|translat|discriminat|racis[mt]|prejudice|hate\s{1,2}speech)(?![a-z])/iu
/** Blind R139I: a sexual minority named (同性カップル, ゲイ, LGBTQ, トランスジェンダー). */
const SEXUAL_MINORITY = '(?:同性カップル|同性愛|同性婚|同性パートナー|同性の(?:カップル|パートナー|夫婦)|ゲイ(?!ン|ト|ム|ジ)|レズ|ホモ(?!ジ|サピ)|lgbt[a-z+]{0,3}|ＬＧＢＴ[Ｑ＋]{0,2}|トランスジェンダー|性的少数者|性的マイノリティ|オカマ|おかま|オネエ|バイセクシャル|パートナーシップ(?:制度|宣誓)?)'
/** Blind W12: people who have, will or can have no children (子どもを作らない夫婦, 子どもも産めない人たち, 子を持てない方). */
const CHILDLESS_W12 = '(?:子ども|子供|こども|子)(?:を|も)?(?:作ら|つくら|産ま|生ま|うま|持た|産め|生め|作れ|つくれ|持て)(?:ない|ん)(?:人|方|夫婦|カップル|女性|男性|世帯|家庭)'
/** Blind R138I: a recruitment (募集, 入団, 団員, メンバー). */
const RECRUIT138 = /募集|入団|団員|入会|会員|メンバー|スタッフ|アルバイト|バイト|求人|採用|仲間/u
/** Blind R141A: called petty (器が小さい, 心が狭い, 了見が狭い). */
const PETTY = '(?:器|うつわ|器量|度量|人間)(?:が|の)[、\\s]?(?:小さ|ちいさ|ちっさ|ちっちゃ|狭|せま)(?:い|か|すぎ|過ぎ|いな|いね)|(?:心|了見|料簡|了簡)(?:が|の)[、\\s]?(?:狭|せま)(?:い|か|すぎ|過ぎ)|(?:ケツ|尻|けつ)の穴(?:が|の)[、\\s]?(?:小さ|ちいさ|ちっさ)|(?:せこい|セコい|せこか|みみっちい)(?=[。！!…wな笑🙄😒\\s]|$)'
/**
 * Blind sets R156I–R159D, as kinds (constants; the phrases are at the end of PHRASES).
 */
/** R156I-008: a curse in the imperative of the passive (呪われろ, ノロワレロ, 祟られろ, 轢かれろ): harm wished as a command. */
const PASSIVE_CURSE = '(?:呪わ|のろわ|祟ら|たたら|轢か|刺さ|殺さ|襲わ|燃やさ|潰さ|噛ま|咬ま|撥ねら|跳ねら|罰せら|天罰を与えら|食い殺さ|呪い殺さ)れろ'
/** R159D-093: harm wished on someone's fields, home or goods by an agent marked with に (ウンカにやられたらいいのに, 害虫に食い荒らされればいい). */
const AGENT_HARM = `に[、\\s]?(?:ぜんぶ|全部|すべて|全て|根こそぎ|みんな|まるごと|丸ごと|ごっそり)?[、\\s]?(?:やられ|荒らされ|食い荒らされ|くいあらされ|食われ|喰われ|食べられ|枯らされ|壊され|燃やされ|潰され|つぶされ|流され|盗まれ)(?:たら|れば|ちゃえば|てしまえば|ちまえば)${'(?:いい|良い|よい|よか|ええ|いー)'}`
/** …whose: a person's field, home, shop or car (そんなこと言う人の田んぼ, あんたの家). */
const WHOSE159 = /(?:人|者|方|奴|やつ|連中|輩|あいつ|こいつ|そいつ|あんた|アンタ|あなた|お前|おまえ|てめえ|さん)(?:たち|達|ら|ども)?(?:の|ん|んち|ん家|んとこ)[、\s]?(?:田んぼ|たんぼ|畑|はたけ|田畑|家|いえ|うち|自宅|お宅|庭|店|車|作物|野菜|米|稲|果樹|ハウス|牛|豚|鶏)/u
/** R158A-003: those who cannot do even the least said to have no standing to criticise (ごみの分別もまともにできない方に、…とやかく言われたくない). */
const NO_STANDING = '(?:も|すら|さえ)[、\\s]?(?:まともに|ろくに|満足に|ちゃんと|きちんと|ろくすっぽ)?(?:でき|守れ|読め|書け|出せ|払え|片付けられ|分別でき|やれ|わから|分から)(?:ない|ん|へん|ません)(?:ような)?(?:方|人|者|連中|人たち|方々|奴|やつ|人間)(?:に|には|なんかに|から)[、\\s]?[^。！？!?\\n]{0,24}?(?:言われたく(?:ない|ありません|なか)|言われる筋合い|とやかく言われ|指図され(?:たく|る筋合い)|説教され(?:たく|る筋合い)|文句を言われ(?:たく|る筋合い))'
/** …and the head told to be sorted or cleaned too (頭の中もいっぺん分別してみたらどうでしょう, 頭の中も掃除されては). */
const HEAD_TOO = '(?:ご自分の|ご自身の|自分の|あなたの|あんたの)?頭(?:の中)?(?:も|こそ)[、\\s]?(?:一度|いっぺん|いちど|一回|たまには)?[、\\s]?(?:分別|掃除|整理|洗濯|消毒|リセット|リサイクル|大掃除|天日干し|虫干し|ごみ出し|水洗い)(?:して|されて|なさって)(?:みて|み)?(?:は|たら|ては|れば)?[、\\s]?(?:どう|いかが|如何|よい|いい|よか)'
/** R158A-103: someone addressed by a complaint they made told to learn the least first and only then come (番号札の見方を覚えてから来ていただけると). */
const LEARN_THEN_COME = '(?:覚えて|おぼえて|覚えられて|理解して|理解されて|ご理解されて|お分かりになって|読めるようになって|使えるようになって|学んで|学ばれて|身につけて|身に付けて)から[、\\s]?(?:窓口に|窓口へ|役所に|市役所に)?[、\\s]?(?:来て|きて|来られ|こられ|お越し|おいで|いらして|いらっしゃって|来庁|お並び|並んで)[^。！？!?\\n]{0,4}?(?:いただけ|もらえ|ください|下さい|ほしい|欲しい|いただき|もらいた|くれ)'
/** R159D-069: an excuse quoted and put on people, the staff said used to it or tired of it (「知らなかった」とおっしゃる方、…もう慣れっこです). */
const USED_TO_EXCUSE = '(?<=[」』](?:と|って)[、\\s]?(?:おっしゃる|仰る|言う|いう|言われる|言い張る|言い訳される|言ってくる|おっしゃってくる)(?:方|人|お客様|お客さま|利用者|方々|人たち)(?:々|たち|が|は|も|、)?[、\\s]?[^。！？!?\\n]{0,40}?)(?:(?:私たち|私ども|わたしたち|職員|我々|こちら|スタッフ|窓口)(?:は|も)[、\\s]?(?:もう|すっかり|とっくに)?[、\\s]?(?:慣れっこ|なれっこ|慣れて(?:しまい|しまっ|い|お)|慣れました|聞き飽き|聞きあき|聞き慣れ)|(?:もう|すっかり)[、\\s]?(?:慣れっこ|なれっこ|聞き飽き|聞きあき|耳にタコ|耳タコ))'
/** R159D-144: the reader's own fault said as all it would have taken (もっと早く申し込めばよかっただけの話では？, 確認すればよかっただけです). */
/**
 * Blind R246S-025 kind: or what the reader could just do themself, in the present, asked back as a rhetorical question (足りないならお家で
 * 持たせればいいだけの話では？, 自分で調べればいいだけのことじゃないですか？, 早めに来ればすむだけの話でしょう？): a request brushed off
 * as the resident's own problem, warn. Only the question form (では？, じゃないですか, でしょう？): a plain how-to (QRコードを読み取れば
 * いいだけです) stays clean.
 */
const ONLY_HAD_TO = '(?:ば|れば|たら)[、\\s]?(?:よかった|良かった|よかっ|済んだ|すんだ|済む|すむ)(?:だけ)(?:の(?:話|こと|事)|です|でしょう|では|じゃ|やろ|やん|なんです|なんですよ)|(?:ば|れば|たら)[、\\s]?(?:いい|良い|よい|ええ|よか|済む|すむ)だけ(?:の(?:話|こと|事))?(?:では|じゃ|でしょ|やろ|やん)(?:ない|なか|ありません)?(?:です|でしょう)?(?:か|かね|ね)?(?=[？?]|$)'
/** R156I-002: boredom or weariness supposed with さぞ after someone's repeated or poor act (さぞかし退屈だったことと存じます). */
const SAZO_BORED = 'さぞ(?:かし|や)?[、\\s]?(?:退屈|たいくつ|うんざり|辟易|げんなり|眠か|眠たか|眠く|ねむか|あくび|お飽き|飽き飽き|あきあき|飽きられ|飽きて)'
/** …the act (同じ内容を3回繰り返して質問される議員, 延々と続く): a repeat or a length that someone caused. */
const REPEATED_ACT = /同じ(?:内容|こと|質問|話|説明|主張)|繰り返|くり返|何度も|何回も|[0-9０-９一二三四五六七八九十]+(?:回|度)(?:も)?(?:同じ|繰り返|くり返)|延々|長々|だらだら|ダラダラ/u
/** …a person who did it (議員, 方, 人, さん). */
const DOER = /議員|委員|市長|議長|方|人|者|さん|氏|様|記者|市民|住民/u
/** R156I-003: another town said to have nothing but one thing (お隣の大川市さんは家具くらいしかないけど). */
const ONLY_THING = '(?:は|って|には|なんて|なんか)[、\\s]?[^。！？!?\\n]{0,16}?(?:くらい|ぐらい|位|程度)(?:しか)[、\\s]?(?:ない|無い|なか|ありません|ございません|ねえ|ねー)(?:けど|けれど|けれども|が|し|のに|けんね|もんね)'
/** …and ours set against it after (柳川には川下りもうなぎも…). */
const OURS156 = /柳川|うち|ウチ|本市|当市|わが(?:市|町|まち)|我が(?:市|町|まち)|こっち|こちら/u
/** …not a joint venture or help. */
const JOINT156 = /協力|一緒|いっしょ|連携|合同|共同|共催|ともに|応援|支援|仲良く/u
/** R156I-034: the reader's opinion put in a past era by an afterthought (…先取りされていますね。昭和の、ですが。) or called an era's (考えが昭和). */
const PAST_ERA156 = '(?<![一-龥々])(?:昭和|明治|大正|戦前|前世紀|石器時代|江戸時代|ひと昔前|一昔前|縄文時代)の[、,]\\s?(?:ですが|ですけど|ですけれど|ですがね|ですけどね|話ですが|話ですけど)|(?:ご意見|お考え|ご主張|発想|考え方|考え|価値観|感覚|頭)(?:は|が|って)[、\\s]?(?:まだ|いまだに|未だに|すっかり|完全に|まるで|相変わらず)?[、\\s]?(?:昭和|化石|石器時代|前世紀|江戸時代|縄文時代)(?:で止まって|のまま|並み|レベル|止まり|ですね|ですな|です|だ|やね|やな)'
/** R156I-042: a group's poor result called steady (安定の最下位) … */
const STEADY_LOSS = '安定の[、\\s]?(?:最下位|ビリ|びり|ドベ|どべ|負け|黒星|惨敗|完敗|大敗|初戦敗退|一回戦負け|1回戦負け|予選落ち|予選敗退|最低記録|最低点|最低|遅刻|赤字|定員割れ)'
/** … and a cheer doubted in an aside (来年こそは頑張りましょう（無理かな？）, 期待してます（たぶん無理）). */
const CHEER_DOUBTED = '(?:頑張|がんば|ガンバ)(?:りましょう|ろう|って(?:ください|ね|ほしい|欲しい|くださいね|ね)|れ)|(?:期待|応援)して(?:い)?ます'
const DOUBT_ASIDE = `(?:${CHEER_DOUBTED})[!！〜ー～]{0,3}[、\\s]?[（(][、\\s]?(?:たぶん|多分|まあ|まぁ|ま、)?[、\\s]?(?:無理|むり|ムリ)(?:かな|かも|でしょうけど|だろうけど|だろうな|でしょうね|か|やろ|っぽい)?[？?]?(?:笑|w+|ｗ+)?[）)]`
/** …not our own team (職員チーム, 私たち): self-mockery is a joke on ourselves. */
const OWN_TEAM = /職員|私たち|わたしたち|私ども|我々|われわれ|うちの課|市役所チーム|役所チーム|当課|わがチーム|我がチーム/u
/** R156I-080: people who left or failed written off with a knowing guess at their want of resolve (要するに覚悟が足りなかったんでしょうね). */
const WANT_RESOLVE = '(?:要するに|結局|所詮|しょせん|つまり|どうせ|まあ|まぁ)?[、\\s]?(?:覚悟|根性|やる気|忍耐|忍耐力|我慢|辛抱|気合|気合い|本気度|熱意|努力)(?:が|も)?[、\\s]?(?:足りなかった|足りない|足らなかった|足らん|足りんかった|なかった|無かった)(?:ん|の)(?:でしょう|だろう|やろ|でしょ|じゃろ|ですよ)'
/** R156I-081: the reader asked whether they cannot read or understand Japanese (日本語が読めないのでしょうか？). */
const NO_JAPANESE = '(?:日本語|にほんご|字|文字|漢字|ひらがな)(?:が|も|すら|さえ)[、\\s]?(?:お読みになれ|読め|よめ|分から|わから|理解でき|お分かりになら|通じ)(?:ない|ません|ん|へん)(?:ん|の)?(?:でしょうか|ですか|ですかね|でしょうかね|か|かな|やろか|と)(?=[？?])'
/** R157I-062: an impossible remedy asked of complainers in sarcasm (工事なしで…使える魔法があれば、ぜひ教えていただきたいものです). */
const MAGIC = '(?:魔法|まほう|奇跡|奇跡の方法|秘策|裏技|名案|妙案|方法|手段|やり方)(?:が|でも|を)?[、\\s]?(?:あれば|ありましたら|あるなら|ございましたら|あったら|お持ちでしたら|お持ちなら|ご存じでしたら|ご存知でしたら|ご存じなら)[、\\s]?(?:ぜひ|是非|ぜひとも)?[、\\s]?(?:教えて|お教え|ご教示)(?:いただきたい|ほしい|欲しい|もらいたい|いただけ)[^。！？!?\\n]{0,4}?もの(?:です|だ|ですね|ですな|ですよ|でございます)?'
/** …a complaint before it (音がうるさいというご意見を多数いただきました). */
const COMPLAINED157 = /うるさい|苦情|ご不満|不満|文句|クレーム|ご批判|批判|ご意見|お叱り|ご指摘|迷惑/u
/**
 * Blind R162I–R166I (hostility, as kinds).
 * R162I-011: クソ as a prefix to a word naming a person, in one kana run (ｸｿｸﾚｰﾏｰ, クソ客, クソ役人, くそ住民): insult. Not 鼻くそ,
 * やけくそ, へたくそ (the compound before it), not クソ寒い or クソうまい (the word list's exceptions: no person after it).
 */
const KUSO_PERSON = '(?<!鼻|目|耳|はな|やけ|自棄|へた|下手|ぼろ|めちゃ|なに|何|みそ|味噌|糞|くそ)(?:くそ|糞)(?:くれーまー|きゃく|客|役人|公務員|職員|住民|市民|議員|市長|上司|業者|観光客|どらいばー|運転手|店員|おやじ|親父|おやぢ|じじい|ばばあ|おっさん|おばはん|ども|共|女|男|野郎|やろう|人間|がき|あんち|ゆーちゅーばー|記者|ますごみ)(?![ぁ-ゖ]{0,1}(?:ない|なか))'
/**
 * R164D-071: a death or vanishing wished as a suggestion in the ば-form, asked or ending the sentence (タヒねば？, 死ねば？, 消えれば？,
 * いなくなれば？ said to someone): curse. Not 〜しなければ, not a thing that goes out (火が消えれば; notAboutThing).
 */
const CURSE_BA_ASK = '(?:死ね|(?<![ぁ-ゖ])しね|氏ね|タヒね|4ね|消えれ|きえれ|消え失せれ|くたばれ|いなくなれ|居なくなれ|地獄に落ちれ)ば(?:(?:いい|よか|ええ)(?:じゃん|やん|やろ|と?ちゃう))?(?=[？?！!。💢…\\s]|$)'
/**
 * R165I-014: a lifelong misfortune wished on someone in the imperative or a request (一生渋滞にはまっとってください, 一生迷っとけ,
 * 一生後悔してください, 一生閉じ込められてろ): curse. Not 一生懸命, 一生もの, 一生の思い出, not a good thing (一生大切にしてください).
 */
const LIFELONG_CURSE = '一生(?!懸命|けんめい|もの|物|モノ|の|に一度|分)[、\\s]?[^。！？!?\\n]{0,12}?(?:はまっ|ハマっ|嵌まっ|詰まっ|つまっ|苦しん|くるしん|迷っ|さまよっ|彷徨っ|悩ん|後悔し|閉じ込められ|とじこめられ|立ち往生し|渋滞し|呪われ|独りで|ひとりで|恨まれ|嫌われ|並ん|もだえ|悶え)(?:て|で)?(?:(?:と|ど|て|で|てい|でい|てお|でお)(?:って|て)?(?:ください|下さい|くれ|くださいね|ね|な)|(?:てろ|でろ|とけ|どけ|とれ|どれ|ちょれ|とき|ときな|ときんしゃい|ろ))(?![ぁ-ゖ])'
/**
 * R165I-042: the addressee's face or looks set below a thing (きみの顔よりはだいぶマシやけん, あなたの顔よりマシ, お前のツラより
 * まだマシ): insult. Not a size compared (君の顔より大きいかぼちゃ), not 笑顔.
 */
const FACE_WORSE = '(?:きみ|君|あなた|貴方|あんた|お前|おまえ|おめえ|てめえ|そっち|おたく|お宅|キミ)(?:たち|ら)?の[、\\s]?(?:顔|かお|面|ツラ|つら|顔面|性格|頭|センス|見た目|ルックス)(?:の(?:方|ほう))?より(?:は|も)?[、\\s]?(?:だいぶ|ずっと|よっぽど|よほど|はるかに|全然|まだ|数倍|何倍も|百倍|100倍|断然|よか)?[、\\s]?(?:マシ|まし|増し)'
/**
 * R165I-058: people said to be out of their mind, in any dialect (…来る方がどうかしとると思う, そんな客はどうかしてる): contempt, warn.
 * Not どうかしましたか / どうかしたの (concern), not どうかして (please do something), not the writer (私どうかしてる: no person named).
 */
const GONE_MAD = '(?:方|人|者|連中|奴|やつ|客|人たち|方々|あんた|あなた|お前|おまえ|親|保護者|ドライバー|利用者)(?:が|は|って|も)[、\\s]?(?:正直|ほんと(?:に)?|本当に|ちょっと|絶対|ぜったい|よっぽど)?[、\\s]?(?:どうかし|どうかしと|どっかおかしい|どこかおかしい)(?:とる|てる|ている|ています|てます|とります|ちょる|とう|とるっちゃ|てん(?:じゃ|ちゃう)|(?<=おかしい))'
/**
 * R165I-088: another town's turnout or size put at a fraction of ours (川向こうの町のマラソン大会、参加者はうちの半分もおらんかった
 * らしいです😏; 隣町の祭り、柳川の3分の1もおらんやった): a put-down, with a smirk or a shrug (😏, 笑, まあ…仕方なか, 所詮) in the
 * sentence or the next. Not a plain fact (人口はうちの半分ほどです), not a joint venture, not our own.
 */
const FRACTION_OF_OURS = '(?:うち|ウチ|柳川|本市|当市|こっち|わが町|我が町|わがまち)(?:の|ん)[、\\s]?(?:半分|半数|3分の1|三分の一|4分の1|四分の一|10分の1|十分の一|1割|一割|足元)(?:も|にも)[、\\s]?(?:おらん|おらな|い(?:ない|なかった|ません)|おりませ|おらず|なかった|なか|ない|ありません|届か|とどか|及ば|およば)'
const SMIRK166 = /😏|🤭|😂|🤣|（笑）|\(笑\)|笑$|[wｗ]{1,3}(?=[。！!\s]|$)|仕方な|しかたな|しょうがな|しょうのな|所詮|しょせん|まあ|まぁ|かわいそう|可哀想|さすがに|ですよね〜|だけ(?:の|やけん|だから|ですから)/u
const TOWN_THERE = /(?:川向こう|向こう|向かい|山向こう|お隣|隣|よそ|他所|ほか|他|近く|近隣|あちら|どこか|某)の(?:町|市|村|まち|街|地区|自治体)|隣町|隣の市|[一-龠々]{1,4}(?:市|町|村)(?:さん|様|の)|[ぁ-ゖァ-ヶー一-龠々]{2,6}(?:市|町|村)(?:さん|様)/u
/**
 * R165I-098: a critic called idle as a condition for a suggestion (毎回「税金の無駄」とコメントくださる常連さん…そんなにお暇なら、
 * ゴミ拾いボランティアにぜひ; そげん暇なら手伝いに来んね): sarcasm, warn, with a critic in the sentence or the one before. Not
 * お暇なら遊びに来てね (no そんなに), not without a critic.
 */
const SO_IDLE = '(?:そんなに|そんな|そげん|そがん|そげに|そんだけ|それほど|そこまで|よっぽど|よほど)[、\\s]?(?:お)?(?:暇|ひま|ヒマ)(?:なん|なの)?(?:なら|でしたら|だったら|やったら|であれば|ならば|なんやったら|なんでしたら|やけん|だから|ですから|なので)'
/**
 * R166I-068: a wrong done to the event called a favour with くださる and thanked (場所を独り占めしてくださった一部の方々、おかげさまで
 * スタッフは毎晩その対応に追われました、本当にありがとうございました; ごみを置いていってくださった方、ありがとうございました): sarcasm,
 * warn. The verb of the wrong right before くださった (not 放置竹林を整備してくださった, not ごみを持ち帰ってくださった), thanks in the
 * sentence or the next.
 */
const WRONG_THANKED = '(?:独り占め|ひとり占め|独占|占領|占拠|無断駐車|路上駐車|違法駐車|割り込み|わりこみ|ポイ捨て|放置|置きっぱなし|置き去り|散らかし|汚し|荒らし|踏み荒らし|無視)(?:に)?(?:して|し)?(?:いって|いかれ|行って)?(?:くださった|下さった|くださる|くださいました|いただいた|頂いた)[、\\s]?(?:一部の|数名の|一部)?[、\\s]?(?:方々|方|皆さん|皆様|皆さま|人たち|お客様|お客さん|観光客)'
/**
 * R166I-087: the head said to hold something other than brains (頭の中に脳みその代わりに泥でも詰まっているんじゃないでしょうか,
 * 脳みその代わりにおがくずが入っとる, 脳みそ入ってますか？): insult. Not cooking or a lesson on the brain (カニ味噌).
 */
const NO_BRAINS = '(?:脳みそ|脳ミソ|脳味噌|のうみそ)(?:の)?(?:代わりに|かわりに|代わり)|(?:脳みそ|脳ミソ|脳味噌|のうみそ)(?:が|は|も)?[、\\s]?(?:ちゃんと)?(?:入って|はいって|詰まって|つまって)(?:ない|いない|ますか|いますか|る[？?]|ると[？?]|ん(?:の|と)[？?])'
/**
 * R165I-013: someone's way of life doubted (平日の昼間から…人生これでよかとかな, あの人たち人生それで楽しいんかな): contempt,
 * warn, with people named (おじさん, 人, 連中) in the sentence or the one before and no first person. Not the writer's own worry
 * (私の人生これでいいのかな), not a seminar's question quoted.
 */
const LIFE_DOUBTED = '人生(?:、)?(?:これ|それ|そんな|あれ|そげな|こげな)(?:で|んで)[、\\s]?(?:いい|良い|よい|よか|ええ|楽しい|たのしい|満足|幸せ)(?:ん|の|と)?(?:かな|か[？?]|ですか|でしょうか|やろか|っちゃろか|かいな|かね|やろうか|だろうか)'
const LIFE_PEOPLE = /おじさん|おっさん|おばさん|おばちゃん|おじちゃん|じいさん|ばあさん|人たち|人ら|連中|奴ら|やつら|方々|(?<![一-龥])人|(?<![一-龥])方|皆さん|あの人|常連|ファン|客/u
const LIFE_SELF = /私|わたし|僕|ぼく|俺|おれ|自分|うち(?:の人生|も)|相談|セミナー|講座|悩み|なやみ/u
/**
 * R163A-003: someone addressed in a reply told straight out they are a nuisance (@… 文句ばっかり言うなら…来てもらわなくて結構です。
 * 正直迷惑なんで。; あんたみたいな人、ほんと迷惑やけん): insult. Only in a reply or after an @handle or a pronoun; not ご迷惑, not a
 * thing that troubles others (近所の方に迷惑なので), not negated.
 */
const NUISANCE_TOLD = '(?:正直|ほんと(?:に)?|本当に|マジで|まじで|はっきり言って|はっきりいって|ぶっちゃけ)[、\\s]?(?<!ご)迷惑(?:なんで|なので|なんです|です|なんよ|やけん|やから|だから|なんだよ|なんだけど|なんやけど|でしかない|千万)(?:よ|ね|けど)?(?=[。！!…💢\\s]|$)'
/**
 * R163A-148: the home of those who litter imagined spotless in sarcasm (空き缶を植え込みに押し込んでいく方は、きっとご自宅もさぞかし
 * きれいにされているんでしょうね): sarcasm, warn, with the doers of a fault before it. Not a garden praised (さぞかしきれいに咲いて).
 */
const SAZO_CLEAN = '(?:さぞ|さぞかし|さぞや)[、\\s]?(?:お)?(?:きれい|綺麗|キレイ|清潔|ピカピカ|ぴかぴか|整然と|整頓)[^。！？\\n]{0,12}?(?:されて|なさって|しておられ|されと|しとられ)[^。！？\\n]{0,8}?(?:でしょうね|でしょうな|ことでしょう|んでしょう|のでしょう|でしょう[？?]|やろね|っちゃろね)'
const LITTERER = /(?:捨て|押し込|突っ込|つっこ|置い|放置|散らか|汚|ポイ|投げ込|投げ捨|残し)[^。！？\n]{0,8}?(?:いく|いかれる|ゆく|る|た|ている|とる)(?:方|人|連中|皆さん|方々)/u
/** R165I-054: a result reported by the one who ran, who thanks for the cheers (…安定の最下位でした🐢 でも沿道のみんなの声援で、なんとか完走できたばい！ ありがとう〜). */
const CHEERED_ON = /(?:声援|応援|エール|拍手)[^。！？!?\n]{0,20}?(?:ありがと|感謝|おかげ|お陰|で[、\s]?[^。！？!?\n]{0,12}?(?:完走|ゴール|走りきれ|走り切れ|できた|できました))/u
/**
 * Blind R168A-006, R169D-073: the reader asked in contempt whether their eyes, ears or brains are there at all, in any question
 * ending, polite or plain, with or without か (目ついてないんですか？, 脳みそちゃんと入ってます？, お目はついていらっしゃいますか,
 * 耳ついとる？, 頭ちゃんと入っとると？): insult. The organ is a word of its own (not 折り目, 見た目, 結び目: no letter before it but
 * a pronoun's の), and no thing whose eye it is stands in the sentence (だるま、目入ってますか？, ぬいぐるみの目), not the writer's
 * own (私、目ついてないんですかね笑). 頭に入ってますか (memorised) has に and is no match.
 */
const ORGAN_ASKED = '(?:(?<![ぁ-ゖ一-龥々])|(?<=(?:あなた|あんた|お前|おまえ|きみ|君|ご自分|ご自身|その|そん)の?))(?:お)?(?:目|眼|耳|頭|あたま|脳みそ|脳味噌|脳|おつむ)(?:が|は|も|って)?[、\\s]?(?:ちゃんと|きちんと|しっかり|ほんとに|本当に|ほんと|まともに|一応|いちおう)?[、\\s]?(?:(?:ついて|付いて|入って|はいって|詰まって|つまって)(?:(?:い|おり|いらっしゃい|おられ)?(?:ます|ません)|(?:い|おられ|いらっしゃら)?ない(?:ん|の)?(?:です|でしょう|だ|や|じゃ)?|(?:い|おられ|いらっしゃ)?る(?:ん|の)?(?:です|でしょう|だ|や|じゃ)?|ん(?:の|と|です)?|の)?|(?:つい|付い|入っ|はいっ|詰まっ)と(?:る|らん|らへん)(?:と|ん|の|や)?)(?:か(?:ね|な|い|しら)?(?:[？?]|(?=[。！!\\s…w笑🙄😅😏]|$))|[？?])'
const ORGAN_THING = /だるま|達磨|人形|ぬいぐるみ|着ぐるみ|像|模型|標本|魚|鯛|料理|レシピ|メニュー|カニ|かに|蟹|エビ|海老|網|針|ボタン|サイコロ|さいころ|カメラ|センサー|キャラ|マスコット|イラスト|絵|写真の(?:目|顔)|解剖|理科|授業/u
const ORGAN_SELF = /私|わたし|僕|ぼく|わたくし|うちら|我ながら|自分でも/u
/**
 * Blind R168A-146: harm wished on someone in the prayer form 〜ますように (抜いた人、一生不幸になりますように, 罰が当たりますように,
 * 地獄に落ちますように, 痛い目に遭いますように): curse. Only the affirmative (事故に遭いませんように is a good wish), not a thing, an
 * illness or a demon wished gone (コロナが滅びますように, 鬼が…).
 */
const HARM_PRAYED = '(?:不幸に(?:なり|なられ)|不幸で(?:あり|い)|不幸が(?:訪れ|続き|降りかかり|ふりかかり)|災いが(?:訪れ|降りかかり|ふりかかり)|(?:罰|ばち|天罰)が(?:当たり|あたり|下り|くだり)|地獄に(?:落ち|堕ち|おち)|呪われ|滅び|痛い目に(?:遭い|あい|遭われ|あわれ)|痛い目を見|路頭に迷い|報いを受け|不運に見舞われ|野垂れ死に|のたれ死に|くたばり|破滅し|(?<![ぁ-ゖ一-龥])死に)ますように'
const PRAYED_THING = /鬼|邪気|厄|疫病|病魔|ウイルス|ウィルス|コロナ|悪霊|魔物|怪獣|敵キャラ|ラスボス|台風|梅雨|花粉|暑さ|寒さ|昔話|物語|絵本|童話|伝説/u
/**
 * Blind R169D-093: a critic asked in mock politeness whether they knew a plain fact, the question closed by かね or an eye-roll
 * (田んぼが何でできているかご存じでしたかね🙄, 雨が降れば濡れるって知ってましたかね？, 冬は寒いってお分かりでしたか🙄): warn,
 * with a critic in the sentence or the one before. Not trivia (…ってご存じでしたか？実は…: no かね, no eye-roll), not a quiz.
 */
const KNEW_IT = '(?:ご存じ|ご存知|知って(?:い|おられ|いらっしゃい)?(?:まし|ませんでし)?た|お分かり|おわかり)(?:でした|でいらっしゃいました|だった)?(?:か(?:ね|ねえ|な|しら)(?:[？?]|(?=[。！!\\s…w笑🙄😒😏🙃]|$))|か[？?]?[🙄😒😏🙃]|[？?][🙄😒😏🙃])|(?:ご存じ|ご存知|知ら|お分かりになら)(?:なかった|ない)(?:ん|の)(?:でしょう|です)か(?:ね|な)(?=[？?。！!\\s…w笑🙄😒😏🙃]|$)'
/**
 * Blind R169D-113: the reader told to read again, or slowly, after being told it is written in large or plain letters (案内はがきに
 * 大きな字で書いてありますので、もう一度ゆっくりお読みいただければ幸いです, はっきり書いとるけん、もう一回読んでみて): warn, to someone
 * addressed (@) or one who asked or complained. Not a notice's 必ずよくお読みください (no again, no slowly), not large print offered.
 */
const READ_AGAIN43 = '(?:(?:大きな|大きい|おおきな|でっかい|でかい)(?:字|文字)で|大きく|おおきく|はっきり(?:と)?|太字で|でかでかと|目立つように)[^。！？!?\\n]{0,10}?(?:書いて|書い?と|記載して|記して|印刷して|明記して)(?:あり|おり|い|る)?(?:ます|まし|る|ん)?(?:た)?(?:ので|から|けん|けど|けれど|のに|が)[、\\s]?[^。！？!?\\n]{0,8}?(?:(?:もう一度|もういちど|もう1度|もう一回|もういっかい|もういっぺん|再度|改めて|あらためて|今一度|いま一度)[、\\s]?(?:ゆっくり|よく|よう|よーく|落ち着いて|じっくり|しっかり|ちゃんと|きちんと)?|ゆっくり|落ち着いて|よーく|よおく)[、\\s]?(?:お読み|読んで|よんで|読み直|読みなお|お目通し)'
/**
 * Blind R169D-119: people named by what they did praised in irony with a bare 〜ことで closing the sentence (…視界をふさいでいた
 * 親御さんたち、今年も本当にお行儀がよろしいことで。, 割り込んでくる方々、ずいぶんお急ぎなことで, ごみを置いていく人、ご立派なことで): warn,
 * with the doers in the sentence or the one before (BEHAVING). Not 〜ことですね or 〜ことで何よりです, not a couple teased with no fault.
 */
/** …more doers named by what they do (停めていく学生さんたち, 騒いでいた若者), and no kindness thanked (来てくださった方々, ご協力). */
const DOERS43 = /(?:[るうくすつぬむぶぐたずんい]|ない|[てで]る|とる|よる)(?:学生|生徒|若者|若い(?:人|方|子)|お客|皆さん|皆様|皆さま|方々|住民|市民|ご家族|家族|親御さん|運転手|運転者|子ども|子供|大人)/u
const THANKED43 = /くださ|下さ|いただ|頂い|くれた|くれる|ありがと|感謝|ご協力|ご参加|ご来場|応援/u
const PRAISE_KOTODE = '(?:(?:お|ご)?(?:よろしい|よい|良い|いい|上品な|立派な|結構な|偉い|えらい|優しい|盛んな|熱心な|元気な|暇な|ひまな|気楽な|のんきな|呑気な|幸せな|詳しい|丁寧な|親切な|めでたい|賑やかな|にぎやかな|楽しそうな|忙しい|急ぎな|利口な|賢い|素晴らしい|すばらしい|大層な|たいそうな|見事な|羨ましい|うらやましい|強い|達者な|器用な|機嫌な|余裕な|気の長い|気の早い|お早い|早い|豪勢な|贅沢な|ぜいたくな))ことで(?=[。！!…〜~w笑🙄😏😒（(]|$)'
/**
 * Blind R171I-009: someone else said far more grown-up or better behaved than people named by a fault (窓口で30分怒鳴り続けてた方、
 * 後ろに並んでた赤ちゃん連れの方のほうがよっぽど大人でしたよ, 割り込む大人より小学生のほうがずっと行儀がいい): contempt, warn. The one set
 * above is a person or a child (方, 人, 子ども, 園児 …; animals are BELOW_ANIMAL's), with a fault in the sentence or the one before.
 * Not a season or a year compared (今年のほうがずっとマナーが良くなりました), not children praised with no fault named.
 */
const MORE_GROWN = '(?:方|かた|人|ひと|さん|ちゃん|くん|子|こ|子ども|子供|こども|園児|児童|生徒|小学生|中学生|高校生|学生|赤ちゃん|赤ん坊|幼児|[0-9０-９一二三四五六七八九]歳児|孫|たち|達|ら)(?:の)?(?:ほう|方)が[、\\s]?(?:よっぽど|よほど|余程|ずっと|はるかに|遥かに|断然|まだ|まだまだ|何倍も|よっぽ)[、\\s]?(?:大人|おとな|オトナ|聞き分け|ききわけ|行儀|ぎょうぎ|お行儀|マナー|分別|礼儀|常識|物分かり|物わかり|ものわかり|辛抱強|我慢強|お利口|おりこう|利口|りこう|賢|かしこ|しっかりして|ちゃんとして|きちんとして|まとも|マシ|まし(?![ょゅゃよゆや])|(?:分か|わか)っ(?:て|と)(?:い|お|る|ます|らっしゃ)|理解して(?:い|お|る|ます)|(?:ルール|きまり|決まり|約束)(?:を|は)?[、\\s]?守(?:れて|って)(?:い|お|る|ます))'
const GROWN_FAULT = /怒鳴|どな[らりるっ]|騒い|騒ぐ|騒が|わめ|喚|暴れ|割り込|わりこ|ごね|文句|苦情|クレーム|ポイ捨て|放置|無断|守らな|守れな|守らん|守れん|並ばな|並ばず|マナーの悪|非常識|逆ギレ|キレ(?:て|た|る)|横柄|威張|いばっ|大声|従わ(?:な|ん|ず)|従え(?:な|ん)|指示を無視|無視して|触る|触っ|さわる|さわっ|ベタベタ|べたべた|勝手に(?:入|触|持|取|撮|登|乗)|🙄|😤|💢/u
/**
 * Blind R171I-089: people named by what they cannot do even so much as (…もできない人, 分別もできん方) mock-praised as saying or thinking
 * things of another class (…人は言うことが違いますね〜👏, 一味違いますね, ご立派です) or, after さすが, as simply "different"
 * (さすが、…も守れない方は違いますね): sarcasm, warn. Not an expert praised with no failing (さすが地元の方は言うことが違いますね).
 */
const FAIL_PEOPLE = '(?:も|すら|さえ)[、\\s]?[^。！？!?\\n]{0,8}?(?:でき|出来|分から|わから|知ら|読め|よめ|守れ|まもれ|書け|調べられ|理解でき|覚えられ|払え|片付けられ|片づけられ|並べ|待て)(?:ない|ん|へん|ねえ|なかった|ず)(?:ような|よーな|ごたる|みたいな)?[、\\s]?(?:人|ひと|方|かた|お方|方々|人たち|人達|連中|奴|やつ|お人|大人|客|お客さん|お客様)(?:は|って|ともなると|となると)[、\\s]?[^。！？!?\\n]{0,8}?'
const FAIL_PRAISED = `(?:さすが|流石)[、,\\s]?[^。！？!?\\n]{0,20}?${FAIL_PEOPLE}(?:違|ちが|ちゃう)|${FAIL_PEOPLE}(?:(?:言うこと|いうこと|ゆうこと|おっしゃること|仰ること|考えること|かんがえること|発想|やること|なさること|視点|目の付け所|目のつけどころ)(?:が|は|も)[、\\s]?(?:違|ちが|ちゃう)|一味違|ひと味違|格が違|次元が違|レベルが違|さすが|流石|ご立派|大した(?:もの|もん)|たいした(?:もの|もん))`
/**
 * Blind R172A-054: a misuse done by people thanked with くださる and the honour of thanks (救急車をタクシー代わりに呼んでくださる皆さま、
 * いつも本当にありがとうございます🙏 おかげさまで、本当に必要な方のところになかなか行けません, 窓口を託児所扱いしてくださる方々): sarcasm,
 * warn, with a loss to others after おかげ(さま)で or a plain wrong (無断で, 予約なしで, 好き勝手に …). Not thanks to riders who use a
 * community bus as their everyday car with no loss told (マイカー代わりに使ってくださる皆さま), not helpers thanked for coming late at
 * night (深夜にもかかわらず駆けつけてくださった皆さま).
 */
const MISUSE_THANKED = '(?:(?:タクシー|便利屋|何でも屋|なんでも屋|託児所|ゴミ箱|ごみ箱|物置|駐車場|休憩所|待合室|宿|ホテル|倉庫|足|自家用車|マイカー|相談窓口|話し相手|暇つぶし|ひまつぶし)(?:代わり|がわり|扱い)(?:に)?|勝手に|好き勝手に|深夜に|夜中に|無断で|予約(?:なし|もなし|せず)で|連絡(?:なし|もなし|せず)で|軽症で|私用で|自分の都合で)[^。！？!?\\n]{0,16}?(?:て|で)(?:くださる|下さる|くださった|下さった|くださっている|くださってる|いただいている|いただいた|頂いた)[、\\s]?(?:一部の|数名の|一部)?[、\\s]?(?:方々|方|皆さん|皆様|皆さま|みなさま|みなさん|人たち|お客様|お客さん|利用者の皆さま|利用者の方)'
const LOSS_AFTER = /(?:おかげ|お陰|おかげさま|お陰様)で[、\s]?[^。！？!?\n]{0,40}?(?:(?:行け|いけ|回れ|届け|向かえ|駆けつけられ|対応でき|間に合わ|使え|入れ|休め|帰れ|寝られ|眠れ)(?:ません|ない|ず|なく)|遅れが(?:出|生じ)|滞って|麻痺|まひして|パンク|足りな|足りません)/u
const WRONG_MISUSE = /好き勝手|無断で|予約(?:なし|もなし|せず)で|連絡(?:なし|もなし|せず)で|私用で|自分の都合で/u
/**
 * Blind R172A-009: someone addressed (あなた, あんた, @…) told flatly that they are a nuisance, the word standing as a sentence of its
 * own (…もう窓口には来ないでください。迷惑です。, 迷惑なんですよ): insult. Not ご迷惑をおかけします, not a nuisance named in it
 * (迷惑メール), not a reply that starts the sentence with something else (歩行者の迷惑です).
 */
const NUISANCE_BARE = '(?<=^|[。！!？?\\n]\\s?)(?:正直|ほんと(?:に)?|本当に|マジで|まじで|はっきり言って|はっきりいって|ぶっちゃけ)?[、\\s]?迷惑(?:なんで|なので|なんです|です|なんよ|やけん|やから|だから|だ|なんだよ|なんですよ|なんだけど|なんやけど|でしかない|千万|しています|してます|しとる|しとります)(?:よ|ね|けど|から)?(?=[。！!…💢\\s]|$)'
/**
 * Blind R172A-009: someone addressed or at fault told in a request never to come again (もう窓口には来ないでください, 二度と来ないで
 * ほしい, もう来んでくれんね): curse. Only with someone addressed or a fault in the sentence or the one before; not a safety notice
 * or a visit no longer needed (オンライン申請でもう窓口に来なくてよくなりました, 台風の日は海に来ないでください).
 */
const NEVER_COME = '(?:もう|二度と|金輪際|今後一切)[、\\s]?[^。！？!?\\n]{0,12}?(?:来|こ|お越しになら|いらっしゃら|顔を出さ|かおを出さ|顔ば出さ|現れ)(?:ない|ん)(?:で|といて)(?:ください|下さい|くださいね|くれ|くれん(?:ね|か)|ほしい|欲しい|ほしか|もらえ(?:ます|ません)?か|いただけ(?:ます|ません)か|ちょうだい|な)?(?=[。！!…💢\\s]|$)'
const NEVER_COME_WHO = /あなた|あんた|お前|おまえ|貴方|そちら|[@＠]|文句|苦情|クレーム|怒鳴|どな[らりるっ]|騒い|暴れ|いい加減|ご迷惑|迷惑|非常識/u
const NEVER_COME_OK = /台風|大雨|危険|危ない|避難|警報|体調|発熱|症状|感染|オンライン|郵送|電子申請|不要|必要(?:は)?(?:ありません|ない)|閉鎖|休館|工事/u
/**
 * Blind sets R174I–R178A (stop 45), as kinds.
 * - The reader's failure to understand presumed and given as the reason for what they are told next (R174I-003: 同じ内容を三度ご説明して
 *   おりますが、ご理解いただけないようですので、…ご自身でもう一度お読みいただけますでしょうか, お分かりにならないようなので, 分かってない
 *   みたいだから): warn, after a repeat or with the reader sent to do it themself. Not the city's own fault (説明が分かりにくく…ようですので、
 *   図を付けて), not a public's awareness reported (十分にご理解いただけていないようですので、説明会を開きます).
 */
const NOT_UNDERSTOOD174 = '(?:(?:ご理解|ご納得|お分かり|おわかり)(?:を)?いただけ(?:ない|ていない|てない|ません)|(?:お分かり|おわかり|ご理解)になら(?:ない|れていない)|(?:理解|納得)(?:でき|され)(?:ない|ていない|てない|ません)|(?:分か|わか)(?:ら(?:ない|ん)|って(?:い)?(?:ない|らっしゃらない|おられない|ません|ん)))(?:よう|みたい|ご様子|様子)(?:です|だ|や)?(?:ので|から|なので|なんで|やけん|けん)'
const AGAIN = /何度|何回|何べん|なんべん|再三|再々|幾度|繰り返し|くり返し|たびたび|度々|[二三四五六七八九十数2-9２-９]度|[二三四五六七八九十数2-9２-９]回|これまで(?:にも|も)|前にも|以前にも|先日も|既に|すでに|同じ(?:こと|内容|質問|ご質問|説明|ご説明|ご案内)/u
const ON_YOUR_OWN = /ご自身|ご自分|自分で/u
const OWN_BLAME = /分かりにく|わかりにく|難しく|複雑|不十分|不足|至らず|拙い|つたない|申し訳|お詫び|おわび|失礼|十分に|周知|説明会|私ども|当課|職員/u
/**
 * - The asker asked in exasperation how many times they will ask the same thing (何度同じことを聞くんですか？, なんべん同じこと聞くと？,
 *   何回同じ質問をされるんでしょうか): warn. A question mark or a question ending after the verb of asking; not reassurance (何度同じこと
 *   を聞いても大丈夫です), not a parent's words to a child (お子さんに…と言ってしまう).
 */
const SAME_ASKED174 = '(?:何度|何回|何べん|なんべん|なんど|なんかい|何遍|いつまで)(?:も)?[、\\s]?同じ(?:こと|事|質問|ご質問|内容|話)(?:を|ば)?[、\\s]?(?:(?:聞|き|尋ね|たずね|お尋ねにな|お聞きにな|質問|ご質問|問い合わせ|電話|言|い|ゆ|おっしゃ|書|書き込)(?:く|かれる|きよる|きよ|いてくる|いてこられる|ねる|ねられる|ねてくる|る|する|される|なさる|してくる|してこられる|う|わせる|ゃる|む)|される|されよる|する|しよる|なさる|してくる|してこられる)(?:ん|の|と)?(?:です|でしょう)?(?:か|と|とね|ね|かね|かな|や|とや|ん)?(?=[？?])'
/** How many times a thing must be done before the reader reads or keeps it, asked in exasperation (何回配れば読んでもらえるんですかね？). */
const HOW_MANY_TIMES = '(?:何度|何回|何べん|なんべん|なんど|なんかい|何遍|何枚)[^。！？!?\\n]{0,10}?(?:[えけげせてねべめれ]ば|たら)[、\\s]?[^。！？!?\\n]{0,8}?(?:読んで|よんで|守って|まもって|分かって|わかって|理解して|覚えて|おぼえて|見て|聞いて|従って|お読み|ご覧|ご理解|分別して)(?:いただけ|もらえ|くれ|くださ)(?:る|ます)(?:ん|の)(?:です|でしょう|だ|や)?(?:か(?:ね|な|ねえ)?)(?=[？?。！!…w笑\\n]|$)'
/**
 * - A critic said to lack the sense, in any dialect (センスなかモン, センスないですね, センスゼロ): warn, with a critic or an addressee in
 *   the sentence or the one before. Not the writer's own (私にはセンスがないので), not an invitation (センスがなくても大丈夫).
 */
const NO_SENSE174 = 'せんす(?:が|の|は|も)?[、\\s]?(?:ない|なか|無い|ねえ|ねー|ゼロ|皆無|なさすぎ|なさ過ぎ)(?=(?:です|でしょ|だ|や|ね|よ|な|もん|ばい|たい|けん|わ|のう|[〜ー～~])*(?:[。．.！!？?、,…\\s]|\\p{Extended_Pictographic}|$))'
/**
 * - Something splashed or thrown at a critic as a harm, in character speech too (『地味』とか言う人には、うなぎのタレぶっかけてやるモン😤,
 *   悪口書く子には水ば浴びせちゃうぞ): threat. Not food served (そうめんにめんつゆをぶっかけて), not a splashing game (水かけ祭り).
 */
const SPLASH = `(?:ぶっかけ|ぶっ掛け|ひっかけ|引っかけ|引っ掛け|浴びせ|あびせ|ぶちまけ|投げつけ|なげつけ|ぶつけ)(?:${HARM_ENDINGS})(?=(?:もん|けん|ばい|ぞ|よ|ね|わ|な|からね|からな|[〜ー～~]){0,3}(?:[。．.！!？?☆★♡♪…\\s]|\\p{Extended_Pictographic}|$))`
const SPLASH_AT = /(?:人|者|奴|やつ|連中|子|方|あなた|あんた|お前|おまえ|きみ|君)(?:に|には|にゃ|ば|は)|[@＠]/u
const SPLASH_CUE = /(?:言う|言った|いう|いった|ゆう|ゆった|書く|書いた|書き込|悪口|文句|けなす|けなした|ばかにする|バカにする)(?:[^。！？!?\n]{0,4}?)(?:人|奴|やつ|子|者|連中)|悪口|文句|[@＠]|あなた|あんた|お前|おまえ/u
const SPLASH_OK = /水鉄砲|水かけ|水掛け|祭|大会|ゲーム|遊び|料理|レシピ|うどん|そうめん|ごはん|ご飯|丼|めん|麺/u
/**
 * - People who cannot do even the least, named by what they complain, given mock respect (分別一つできないとおっしゃる皆さまのご苦労には、
 *   まったく頭が下がる思いです, 片付けひとつできない方には感服します): warn. Not helpers of people who cannot (…できない方の生活を支える
 *   皆さんには頭が下がります), not people in need.
 */
const FAIL_ADMIRED = `(?:一つ|ひとつ|1つ|１つ|すら|さえ)[、\\s]?(?:も)?[、\\s]?(?:まともに|ろくに|満足に)?(?:でき|出来|守れ|読め|分から|わから|覚えられ|理解でき|片付けられ|片づけられ|書け)(?:ない|ん|へん|ず)(?:と|って)?[、\\s]?(?:おっしゃる|仰る|おっしゃっている|言う|いう|言われる|言っている|お書きになる|書き込む|書かれる|ご主張の|嘆かれる|こぼされる)?[、\\s]?(?:ような)?(?:人|方|お方|皆さま|皆様|皆さん|みなさま|みなさん|方々|人たち)(?:の[^。！？!?\\n、]{0,8}?)?(?:には|に|は)[、\\s]?(?:まったく|全く|実に|本当に|ほんとうに|ほんとに|心から|つくづく|いつも|ある意味|大変|まことに|誠に|ただただ|もう)?[、\\s]?(?:感心|恐れ入|おそれい|感服|敬服|脱帽|頭が下が|尊敬)`
const FAIL_ADMIRED_OK = /支え|介助|介護|ボランティア|ヘルパー|障が|障害|高齢|被災|病気|闘病|ご家族|看病|お子|子ども|子供/u
/**
 * - A critic who finds fault every time mock-praised as seeing what others do not (さすが、市のどの投稿にも欠かさずご指摘をくださる方は、
 *   着眼点が違いますね, 毎回ご意見をくださる方は言うことが違いますね): warn. The habit (毎回, 欠かさず, どの投稿にも, いちいち) and the fault-
 *   finding both named. Not a helper praised (さすが、毎年お祭りを支えてくださる方は段取りが違います), not thanks with no praise.
 */
const HABIT174 = '(?:毎回|毎日|毎度|いつも|欠かさず|どの(?:投稿|記事|お知らせ)にも|すべての(?:投稿|記事)に|全部の(?:投稿|記事)に|決まって|いちいち|しつこく|何かにつけ|ことあるごとに|事あるごとに|逐一)'
const HABIT_CRITIC = `${HABIT174}[、\\s]?[^。！？!?\\n]{0,14}?(?:ご指摘|指摘|ご意見|意見|ご批判|批判|文句|苦情|クレーム|ケチ|けち|難癖|いちゃもん|お叱り|ダメ出し|だめ出し|ツッコミ|突っ込み|あら探し|粗探し)(?:を|ばかり|ばっかり|ばかし)?[、\\s]?(?:くださる|下さる|くださっている|される|なさる|なさっている|されている|する|している|しとる|言う|言ってくる|おっしゃる|寄せる|お寄せになる|お寄せくださる|入れる|入れてくる|つける|付ける|書き込む|書かれる|お書きになる|くれる)(?:方|人|お方|方々|皆さま|皆様|皆さん|人たち|人達)(?:は|って|ともなると|となると)[、\\s]?[^。！？!?\\n]{0,10}?(?:(?:着眼点|目の付け所|目のつけどころ|目の付けどころ|視点|見るところ|見る目|お目|言うこと|おっしゃること|考えること|発想|観察眼|感性)(?:が|も|は)[、\\s]?(?:違|ちが)|一味違|ひと味違|格が違|次元が違|レベルが違|違いますね|違いますな|ちがいますね)`
/**
 * - The reader's literacy made a condition in any dialect before advice (字ぃ読めんとやったら、まわりの人に読んでもらわんね, 字が読めない
 *   なら誰かに読んでもらってください): warn. Not small print or eyesight (小さな字が読めない場合は拡大鏡を), not a language, not a child.
 */
const CANT_READ_IF = '(?<![漢数英点ぁ-ゖ])(?:字|文字)(?:い|ー|が|を|も|すら|さえ)?[、\\s]?(?:読め|よめ)(?:ない|ん|ません|へん)(?:と|ん|の)?(?:なら|ならば|やったら|だったら|でしたら|のであれば|のでしたら|ようなら|ようでしたら|とやったら|んやったら)'
const CANT_READ_OK = /小さ|細か|大きな|視力|目が|眼|老眼|見えにく|拡大|ルーペ|点字|音声|読み上げ|外国|英語|中国語|韓国|ベトナム|やさしい日本語|ふりがな|ルビ|お子|子ども|子供|こども|児童|障が|障害|病気|手術|通訳|翻訳/u
/**
 * Blind sets R179I–R181D (stop 44), as kinds.
 * - The reader told to read or look first and only then get in touch, asked as a favour, after a repeat counted or with the answer
 *   said to be out already (R180A-006: 同じご質問、これで三回目ですよね。…書いてありますので、まずはそちらを読んでからご連絡いただけます
 *   か): warn. Not a notice's order of steps (まずはよくある質問をご確認のうえ、窓口へご連絡ください), not a first question.
 */
const READ_FIRST179 = '(?:まずは|まず|一度|いちど|ちゃんと|きちんと|しっかり|よく)[、\\s]?[^。！？!?\\n]{0,14}?(?:読んで|よんで|お読みになって|お読みいただいて|見て|ご覧になって|ご覧いただいて|調べて|お調べになって|お調べいただいて|確認して|ご確認(?:になって|いただいて|されて))から[、\\s]?(?:ご連絡|連絡|お電話|電話|ご質問|質問|お問い合わせ|問い合わせ|お尋ね|コメント|書き込み)(?:を)?(?:して|され|なさって)?[、\\s]?(?:いただけ(?:ます|ません)(?:でしょう)?か|もらえ(?:ます|ません)?か|くれ(?:ます|ません)?か|願え(?:ます|ません)か)'
/**
 * - A critic mocked for speaking from behind anonymity (匿名だと随分と強気になれるんですね, ネットだとずいぶん威勢がよろしいことで) or told
 *   that what they cannot say with their face shown should not have been written (顔を出して言えないようなことなら、最初から書かなければ
 *   いいのに): warn. Not an awareness post (匿名だと強気になる人もいます。書き込む前に…考えましょう), not a general tendency told.
 */
const ANON_BOLD = '(?:匿名|とくめい|ネット上|ネット|画面越し|顔が見えない|顔を出さない|名前を出さない|名乗らない|名無し)(?:だ|や|の)?(?:と|では|なら|になると|だから|やけん|をいいことに|を盾に|をたてに)[、\\s]?(?:ずいぶん|随分|ずいぶんと|随分と|えらく|やけに|さぞ|よほど|なかなか|本当に|ほんとに|ほんと|急に|途端に)?[、\\s]?(?:強気|威勢が(?:よく|いい|良く|よろしく|よろしい)|勇ましく|饒舌|大胆|偉そう|えらそう|強く出られ|言いたい放題|好き放題|何でも言え|なんでも言え)(?:に)?(?:なれ|なられ|なさ|出られ|おなりにな|言え)?(?:る|ます)?(?:ん|の)?(?:です|だ|や)?(?:ね|な|ねえ|なあ|こと)(?=[。！!…〜~w笑（(🙄😏😒\\s]|$)'
const FACE_HIDDEN179 = '(?:顔|名前|実名|本名|素性)(?:を|も)[、\\s]?(?:出して|出さずに|出さずには|明かして|名乗って|さらして|晒して|見せて)(?:は|では|まで)?[、\\s]?(?:言え|書け|おっしゃれ|発言でき)(?:ない|ん|ません|へん)(?:ような)?(?:こと|事|ご意見|意見|内容|話|悪口)(?:なら|ならば|でしたら|だったら|やったら)[、\\s]?[^。！？!?\\n]{0,10}?(?:書かな|言わな|おっしゃらな|書き込まな|投稿しな)(?:けれ|きゃ|けりゃ)?(?:ば)?[、\\s]?(?:いい|良い|よい|よか|ええ)(?:のに|んですよ|んです|と思)'
/** … a general tendency or advice (人は, 人が, ましょう, がち): not a critic mocked. */
const ANON_GENERAL = /(?:人|方|ひと)(?:は|が|も)|ましょう|がち|ものです|ものだ|傾向|注意|気をつけ|気を付け|心がけ/u
/**
 * - Litter left behind thanked as a favour with くださる (R181D-018: 河川敷にゴミをきれ〜いに置いて帰ってくださった皆さま、本当にありがとう
 *   ございました😊): sarcasm, warn, with thanks in the sentence or the next. Not rubbish put where it belongs (ごみ箱に捨てていってくださった,
 *   分別して置いていってくださった), not rubbish taken home or picked up (read up to the thanked people: what others did after is
 *   the irony, ボランティアの方々が喜んで拾ってくれましたよ). Blind R183I-034: the thanks may follow the favour itself, with no
 *   people named (ゴミまで置いていってくださり、本当にありがとうございました; 吸い殻を残していっていただき、感謝しております).
 */
const LITTER_THANKED = '(?:ごみ|ゴミ|吸い殻|吸殻|空き缶|空き瓶|ペットボトル|弁当がら|弁当の容器|食べ残し|残飯|たばこ|タバコ)(?:を|まで|も)[、\\s]?[^。！？!?\\n]{0,12}?(?:置いて|おいて|捨てて|すてて|残して|放って|ほって|散らかして|ポイして)(?:帰って|かえって|いって|行って|いかれ|帰られ|お帰りになって)(?:(?:くださった|下さった|くださる|くださいました|いただいた|頂いた)[、\\s]?(?:一部の|数名の|一部)?[、\\s]?(?:方々|方|皆さん|皆様|皆さま|みなさま|みなさん|人たち|お客様|お客さん|観光客)|(?:くださり|下さり|くださって|下さって|いただき|頂き)(?:まして)?[、\\s]?(?:本当に|ほんとうに|ほんとに|誠に|まことに|どうも|大変|たいへん)?[、\\s]?(?:ありがとう|有難う|感謝))'
/**
 * Blind R183I-034: the neighbours of a nuisance supposed delighted with さぞ (夜遅くまで花火を楽しまれた皆さま、ご近所の方々もさぞかし
 * 喜んでおられたことでしょう; 深夜まで騒いでいた皆さん、周りの住民もさぞお喜びだったでしょうね): sarcasm, warn, with the nuisance (noise,
 * rubbish, late hours with fireworks or a party) in the sentence, the one before or the one after. Not real joy at good news (新しい公園が
 * 完成し、ご近所の方々もさぞお喜びのことでしょう), not the neighbours' trouble felt with them (さぞご迷惑だったことでしょう).
 */
const NEIGHBOURS_JOY = '(?:ご近所|近所|近隣|周辺|周り|まわり|付近|沿線|隣近所|お隣)(?:の)?(?:住民|方々|方|皆さん|皆様|皆さま|みなさん|みなさま|人たち|お宅|家)?(?:の(?:方々|皆さん|皆様|皆さま))?(?:も|は|が)?[、\\s]?(?:さぞ(?:かし|や)?)[、\\s]?(?:お)?(?:喜(?:ん|ば|び)|よろこ(?:ん|ば|び)|楽しま|楽しん|たのしま|たのしん|満足|感謝|ご満悦|感激|うれし|嬉し)[^。！？!?\\n]{0,16}?(?:ことでしょう|ことと存じます|でしょうね|でしょうな|でしょう[？?]|だろうね|ことだろう|ことやろ|やろね)'
const NUISANCE183 = /騒音|騒ぎ|騒い|騒が|うるさ|大音量|爆音|大声|ゴミ|ごみ|吸い殻|吸殻|ポイ捨て|散らか|路上駐車|迷惑駐車|迷惑|(?:深夜|夜中|夜遅く|真夜中|明け方)(?:まで|に)[^。！？!?\n]{0,16}?(?:花火|宴会|バーベキュー|BBQ|bbq|騒|音楽|カラオケ|爆竹|爆音|エンジン)/u
/** …the nuisance cleared or owned (ゴミ拾い, 清掃活動, ご迷惑をおかけ): the joy is real, or the writer's own apology. */
const NUISANCE_MET = /拾|清掃|掃除|片付け|片づけ|回収|美化|ボランティア|撤去|解消|なくな|無くな|減っ|静かに|迷惑を(?:おかけ|お掛け|かけ)|ご迷惑|申し訳|お詫び|おわび/u
const LITTER_OK = /ごみ箱|ゴミ箱|くずかご|所定|指定|ステーション|集積所|回収|分別|持ち帰|持って帰|拾|袋に入れ|まとめて|寄付|寄贈|差し入れ/u
/**
 * - Adults named by a fault asked whether they are really grown-ups (R181D-050: 誘導員の指示に従わない一部の保護者の方々、本当に大人なんで
 *   しょうか): warn, with the fault in the sentence or the one before (GROWN_FAULT). Not a quiz or a child's question without a fault.
 */
const ADULT_Q179 = '(?:本当に|ほんとうに|ほんとに|ほんと|それでも|あれで|あれでも|これで|果たして|はたして)[、\\s]?(?:いい)?(?:大人|おとな|社会人|親|保護者)(?:なん|なの|の方|の方々)?(?:でしょうか|ですか|ですかね|でしょうかね|やろか|やろうか|かしら|かね|だろうか|なのか)(?=[？?。！!…\\s🙄😒]|$)'
/**
 * - A colleague or a superior despised in a grumble (R179I-007: …仕事振ってくる係長。自分は5時ちょうどに帰るくせに。ああいう人が上にいる
 *   限り、この課は何も変わらんよ): warn — said on the city's account, a misfire that scorns staff. くせに closing a sentence with a post
 *   named in it or the one before, or such a person said to be above (ああいう人が上にいる限り). Not the writer's own (私は…くせに).
 */
const BOSS_KUSENI = '(?:くせに|癖に|くせして)(?=[。！!…\\s💢😤]|$)'
const STAFF_ROLE = /上司|係長|課長|部長|主任|所長|局長|館長|室長|班長|次長|主査|主幹|参事|先輩|同僚|上の人|上の連中|あの人|あいつ|アイツ/u
const BOSS_ABOVE = '(?:ああいう|ああいった|あんな|ああゆう|あげな|あがん)(?:人|ひと|方|奴|やつ|上司|連中|の)(?:が|は)[、\\s]?(?:上|うえ|上司|トップ|管理職|課長|係長|部長|幹部)(?:に|で|として)?[、\\s]?(?:いる|おる|居る|いられる|座って(?:いる|る)|のさばって(?:いる|る))(?:限り|かぎり|うちは|以上|間は|あいだは)'
/**
 * - さすが … ですね said of the town or the people after an eye-roll at a misdeed (R179I-035: 燃えないごみの日に生ごみを出してくださる方が
 *   こんなにたくさん🙄 さすが水と文化の町・柳川ですね👏👏): sarcasm, warn. The eye-roll (🙄 😒 😑 🙃) before it in the sentence or the
 *   one before, or right after it. Not plain pride (さすが柳川、今年も大盛況ですね👏).
 */
const MOCK_SASUGA = '(?:さすが|流石)(?:は)?[、\\s]?[^。！？!?\\n]{0,24}?(?:ですね|ですな|ですよね|だね|だな|やね|やな|ですこと|じゃん|ですわ)(?=[〜ー~！!]{0,3}(?:\\p{Extended_Pictographic}|[。\\s]|$))'
const EYE_ROLLS = /🙄|😒|😑|🙃|（呆）|\(呆\)|（あきれ）/u
/**
 * Blind R184I–R188A (stop 46), as kinds (warn):
 * - The reader guessed in polite sarcasm not to have read what was published (R184I-003: …すべて載せておりますが、お忙しくてまだ目を
 *   通されていないのかもしれませんね; まだお読みになっていないようですね): a guess that they have not read or looked, closing on ね, with the
 *   answer said to be out already in the sentence or the one before. Not the city's own want (分かりにくくて申し訳ありません), not a notice
 *   only just sent (お届けしたばかり).
 */
const UNREAD_GUESS = '(?:まだ|未だ|いまだ(?:に)?)?[、\\s]?(?:目を通され|目を通し|お目通しになっ|お読みになっ|読まれ|読ん|ご覧になっ|ごらんになっ|見られ)(?:て|で)(?:い|おられ|いらっしゃら|らっしゃら)(?:ない|なかった)(?:の|ん)?(?:かも(?:しれ|知れ)(?:ません|ない)|よう|みたい|ご様子)(?:です|でございます)?(?:ね|ねえ|な)(?=[。！!…\\s]|$)'
const UNREAD_OK = /申し訳|お詫び|おわび|分かりにく|わかりにく|見つけにく|探しにく|見にく|読みにく|ばかり|届いて(?:い|お)?な|届か|行き届|不足|至らず/u
/**
 * - The asker talked down to after repeated questions: told the answer will now be put in easy words, chewed up or slowly again
 *   (R184I-031: 何度か同じご質問をいただいておりますので、今回はできるだけやさしい言葉で、順番にご説明いたしますね; かみくだいてご説明します,
 *   もう一度ゆっくりご説明しますね). Not easy Japanese for foreign residents, children or newcomers, not many people's questions answered
 *   in a plain summary (同じご質問を多くいただいているため、改めてご案内します).
 */
const SIMPLER = '(?:(?:やさしい|易しい|優しい|簡単な|かんたんな|平易な|噛み砕いた|かみくだいた)(?:言葉|ことば|表現|言い方)で|(?:噛み|かみ|嚙み)(?:砕|くだ)いて|もう一度ゆっくり(?:と)?|もういちどゆっくり(?:と)?|もう一度最初から|ゆっくり順番に)[、\\s]?[^。！？!?\\n]{0,12}?(?:ご説明|説明|ご案内|案内|お伝え|伝え|お話し)(?:いたします|します|しましょう|いたしましょう|させていただきます|差し上げます)'
const ASKED_AGAIN184 = /(?:何度|何回|何べん|なんべん|再三|繰り返し|くり返し|たびたび|度々|[二三四五六七八九十数2-9２-９]度)[^。！？!?\n]{0,12}?(?:同じ|ご質問|質問|お問い合わせ|問い合わせ|お尋ね|お電話|聞かれ|尋ねられ|お聞き)|同じ(?:ご)?(?:質問|お問い合わせ|問い合わせ|お尋ね)[^。！？!?\n]{0,8}?(?:何度|何回|再三|繰り返し|たびたび|度々)/u
const SIMPLER_OK = /外国|日本語|にほんご|子ども|子供|こども|お子|児童|生徒|小学生|園児|高齢|お年寄り|初めて|はじめて|転入|聴覚|視覚|障害|障がい|通訳|多言語/u
/**
 * - A grumble at people named by what they do, closing on 勘弁してほしい (R185A-045: 毎晩閉館5分前に来て「まだ大丈夫でしょ？」って言う
 *   常連さん、…ほんと勘弁してほしい; 勘弁してください, 勘弁してくれ): the doers named in the sentence or the one before. Not ご勘弁ください
 *   (our apology), not the weather or a thing (暑さはもう勘弁してほしい), not a title in brackets.
 *   Blind R248B-017 kind: the same grumble hedged as the writer's wish (同じ苦情を言いに来られる方が…同じ説明を何十回もさせられるのは
 *   勘弁してほしいところです): staff venting at residents who keep coming, warn.
 */
const SPARE_ME = '(?<!ご)(?:勘弁|かんべん)(?:して|し)?(?:ほしい|欲しい|ほしか|ください|下さい|くれ|よ|や|ちょうだい|もらいたい|いただきたい|願いたい|もらえ(?:ません|ない|ん)か)(?:です|ですね|ですよ|ですわ|わ|よ|ね|な|って感じ|ところ(?:です|ですね|だ|や)?)?(?=[。！!…\\s😩😓😤💢]|$)'
const DOERS185 = /(?:[るうくすつぬむぶぐた]|ない|[てで]る|とる|よる)(?:お?[一-龥]{1,3}り?の)?(?:人|者|方(?![式法針向面角策])|連中|奴|やつ|客|お客|常連|利用者|ドライバー|観光客|親|保護者|住民|若者)(?:さん|様|さま)?(?:々|たち|達|ら)?(?:、|は|って|が|に(?:は)?)/u
const THING_SPARED = /暑さ|寒さ|暑い|寒い|猛暑|雨|雪|台風|花粉|黄砂|天気|残業|渋滞|虫|蚊|私|わたし|僕|ぼく|自分|申し訳|お詫び|おわび/u
/**
 * - Mock admiration for a careless act (R185A-070: 雨予報なのに傘持たずに来る皆さん、ほんと勇者ですね👏; R186D-027: 書類を何ひとつ揃えずに
 *   お越しになる皆さま。…その度胸には本当に頭が下がります): people who come without what they were told to bring or check, called heroes
 *   or admired for their nerve, in the sentence or the next. Not real effort admired (ボランティアの皆さんの頑張りには頭が下がります), not a
 *   virtue left out (休まずに来てくださる皆さん), not a safety warning (傘をお持ちください).
 */
const DARING_PRAISED = '(?:勇者|猛者|強者|つわもの|チャレンジャー|冒険家|大物|命知らず)(?:さん|様)?(?:です|でいらっしゃいます|だ|や|っす|ばい)(?:ね|な|よね|わ|ねえ)|(?:その|あの|この)?(?:度胸|勇気|大胆さ|肝の太さ|心臓の強さ|チャレンジ精神)(?:には|に|は)[、\\s]?(?:毎年|毎回|いつも)?[、\\s]?(?:本当に|ほんとうに|ほんとに|ほんと|心から|つくづく|実に|まことに|誠に|ただただ|ある意味|もはや|思わず)?[、\\s]?(?:頭が下がり|頭が下がる|感服|敬服|感心(?:し|いた|させ)|尊敬(?:し|いた|に値)|脱帽|恐れ入り|おそれいり|あっぱれ|お見事|見習いたい|拍手)'
const CARELESS_COME = /(?:(?:持た|もた|揃え|そろえ|調べ|しらべ|読ま|よま|かぶら|被ら|着|履か)(?:ず|ないで|ないまま)|(?:用意|準備|確認|予約|持参|下調べ|チェック|申請|記入|申し込み|申込み?)(?:も)?(?:せず|しないで|しないまま))(?:に)?[、\s]?[^。！？!?\n]{0,6}?(?:来|く[るれ]|き[たて]|お越し|おこし|いらっしゃ|来場|来庁|来館|来店|出かけ|出掛け|お出かけ|押しかけ)[^。！？!?\n]{0,10}?(?:皆さん|皆さま|皆様|みなさん|みなさま|方|人|客)/u
const DARING_OK = /ありがとう|感謝|おかげ|お陰|選手|ランナー|挑戦者|救助|消防|ボランティア/u
/**
 * - A grown-up scolded as one (R186D-004: …くらいの工夫はしていただけないものでしょうか。大人なんですから。; もう子どもじゃないんですから。):
 *   大人なんですから / 子どもじゃないんですから as a sentence of its own after a request or a reproach. Not encouragement (もう大人なんですから、
 *   遠慮せず楽しんで), not a congratulation, not 大人の方は500円.
 */
const GROWN_SCOLD = '(?:もう|いい|立派な)?(?:大人|おとな|社会人|成人|いい年)(?:なん|な)(?:です|だ|や|じゃ)?(?:から|けん|けえ)(?:ね|な|さ|ねえ)?(?=[。！!…]|$)|(?:もう)?(?:子ども|子供|こども|ガキ)(?:じゃ|では|や)(?:ない|ありません|なか|ねえ)(?:ん|の)?(?:です|だ|や)?(?:から|けん)(?:ね|な)?(?=[。！!…]|$)'
const ASKED_BEFORE = /ください|下さい|いただけ|いただき|いただかない|もらえ|もらい|ほしい|欲しい|べき|ものでしょうか|ませんか|くらい|ぐらい|なさい|ないと|ましょう|困ります|迷惑/u
const GROWN_OK = /楽しん|楽しみ|楽しま|遠慮|自由|息抜き|休ん|休み|休憩|甘え|頼っ|頼り|いいんです|大丈夫|自信|堂々|胸を張|お酒|飲酒|二十歳|20歳|成人式|おめでとう/u
/**
 * - The least effort asked with くらいの … は in a reproachful request (R186D-004: 乗り合わせて来るくらいの工夫はしていただけないものでしょうか;
 *   そのくらいの配慮はしていただきたいものです). Not an amount (30分くらいの余裕), not reported.
 */
const LEAST_EFFORT186 = '(?<![0-9０-９分秒間日週月年円人個回枚度])(?:くらい|ぐらい)の(?:ご|お)?(?:工夫|努力|配慮|準備|確認|気遣い|気配り|協力|手間|こと|心がけ|心掛け|注意|思いやり|常識|マナー)(?:は|くらいは|ぐらいは)[、\\s]?[^。！？!?\\n]{0,8}?(?:(?:して|なさって|され)?(?:いただけ|頂け|もらえ|くれ)(?:ない|ません)(?:もの|ん|の)?(?:でしょうか|ですかね|ですか|か|かね|かな)|(?:して|なさって)?(?:いただきたい|頂きたい|もらいたい|ほしい|欲しい)(?:もの|ところ)(?:です|だ|ですね))'
/**
 * - The reader asked whether they read it properly after a count of times told or with the answer out already (R187I-059: これで3回目の
 *   ご案内になります。上の投稿、ちゃんと読んでいただけましたか？). Not a quiz or a survey (最後までちゃんと読んでいただけましたか？感想を
 *   お聞かせください).
 */
const READ_CHECKED = '(?:ちゃんと|ちゃーんと|きちんと|しっかり(?:と)?|よく|最後まで|全部)[、\\s]?(?:(?:(?:読ん|よん|見|目を通し|聞い|きい)(?:で|て)(?:いただけ|頂け|もらえ|くれ|くださり)?|(?:お読み|ご覧|お聞き|お目通し)(?:に)?(?:なり|いただけ|頂け))(?:まし)?(?:た)(?:か|でしょうか)(?:ね)?(?=[？?。！!…\\s🙄😒]|$)|(?:読ん|よん)だ[？?])'
const ABOVE = /(?:上|前|先ほど|さきほど|さっき|先日|以前)の(?:投稿|ポスト|ツイート|記事|お知らせ|ご案内|案内|コメント|返信)/u
const READ_Q_OK = /クイズ|問題|正解|感想|アンケート|お聞かせ|お寄せ|いかがでしたか|楽しんで/u
/**
 * - Told a thing is found with a little looking, as a reproach (R188A-018: 少し調べればすぐに分かることなので、…確認してからお越しいただける
 *   と…; ちょっと検索すれば分かるはずですが), and people who come without reading said never to stop coming (読まずに来られる方が後を絶ち
 *   ません). Not a tip (少し調べればすぐ分かるので、ぜひご活用ください), not 念のため.
 */
const EASY_FOUND = '(?:少し|すこし|ちょっと|ちょこっと|軽く)[、\\s]?(?:(?:市の|公式|お手元の)?(?:ネット|インターネット|ウェブ|ホームページ|HP|ＨＰ|サイト|検索|スマホ|スマートフォン|パソコン|広報(?:紙|誌)?|チラシ|案内|通知|お知らせ|封筒|書類|資料|手引き|マニュアル|規約|要項|説明書|ガイド)(?:上)?(?:で|を)[、\\s]?)?(?:調べれ|しらべれ|お調べになれ|検索すれ|確認すれ|ご確認になれ|読め|よめ|お読みになれ|見れ|ご覧になれ|考えれ)ば[、\\s]?(?:すぐ(?:に)?|簡単に|かんたんに|誰でも|だれでも)?[、\\s]?(?:分か|わか|お分かりにな|お分かりいただけ)(?:る|ります)(?:こと|話|はず|内容|情報|もの)?(?:なので|なのに|ですので|だから|ですから|なんですが|なのですが|なんですけど|ですが|ですけど|ですよね|でしょう|ですよ|だろう|やろ|じゃないですか)'
const UNREAD_FLOOD = '(?:読ま|よま|お読みになら|ご覧になら|目を通さ)(?:ず|ずに|ないで|ないまま)[、\\s]?[^。！？!?\\n]{0,8}?(?:来られる|来る|くる|お越しになる|いらっしゃる|お電話(?:を)?(?:される|くださる|いただく)|電話してくる|問い合わせてくる|お問い合わせになる|質問してくる|ご質問される)(?:方|人|方々|人たち)(?:が|は)[、\\s]?(?:後を絶ち|あとを絶ち|後を絶た|あとを絶た)'
const EASY_OK = /ぜひ|是非|ご活用|便利|おすすめ|オススメ|念のため|改めて|あらためて/u
/**
 * Blind R225R-009 kind: the asker told, in keigo, the answer is a thing they would know at once if only they looked back or looked
 * themselves (過去の投稿を少しさかのぼっていただければ、すぐに分かることかと存じます; 上の投稿をご覧いただければすぐお分かりになる
 * はずです), after a count of times it was told or a notice said to be out already: a polite brush-off that blames the reader. The
 * answer is a matter (こと, はず, 話, 内容), not a guide (ご覧いただければ、すぐ分かるようになっています). Not with ぜひ, 念のため
 * or 改めて (a courtesy), not a tip.
 */
const LOOK_BACK225 = '(?:さかのぼっ|遡っ|スクロールし|たどっ|辿っ|見返し|見直し|読み返し|見|読ん|お読みになっ|ご覧になっ|確認し|お調べになっ|調べ|検索し|目を通し)(?:て|で)(?:いただけ|頂け|もらえ|くだされ)れば|(?:ご覧|ご確認|お読み|お目通し)(?:いただけ|頂け)れば'
const EASY_BACK = `${LOOK_BACK225}[、\\s]?(?:すぐ(?:に)?|簡単に|かんたんに|誰でも|だれでも|一目で|ひと目で)[、\\s]?(?:分か|わか|お分かりにな|お分かりいただけ|ご理解いただけ)(?:る|ります)(?:こと|話|はず|内容)(?:かと(?:存じ|思い|思われ)ます|と(?:存じ|思い)ます|です|でございます|でしょう|なので|ですので|ですが)`
/** …after a count of times told or a notice out already (これまでに3回お知らせしております, 過去の投稿, 上の投稿). */
const TOLD_BEFORE = /過去の(?:投稿|ポスト|ツイート|お知らせ|ご案内|記事)/u
/**
 * Blind R189I–R190A, as kinds (warn):
 * - People who complain described, then a scolding wish (R189I-004: …と窓口で声を荒げる方がいますが、まずは届いた封筒を開けてから来て
 *   いただきたいものです; 文句を言う方もいますが、せめて案内を読んでほしいものです): the least thing first (まずは, せめて, 少しは) or a
 *   thing to have done before (〜てから) and then 〜ていただきたい / 〜てほしい / 〜てもらいたい + ものです, with the complainer named in
 *   the sentence or the one before. Not a plain request (ご利用いただけますと幸いです), not a sincere wish (ぜひ味わっていただきたいもの
 *   です, 元気に育ってほしいものです) and not with nobody complaining.
 */
const WISH_SCOLD = '(?:(?:まずは|まず|せめて|少しは|すこしは|ちょっとは|ちっとは|もう少し|最低限|最低でも)[、\\s]?[^。！？!?\\n]{0,24}?(?:て|で)|(?:て|で)から)[^。！？!?\\n]{0,12}?(?:いただきたい|頂きたい|もらいたい|ほしい|欲しい|ほしか)もの(?:です|だ|や|ですね|ですな|でございます|ばい|たい)(?=[。！!…\\s]|$)'
const COMPLAINER189 = /(?:声を荒(?:げ|らげ)|大声を(?:出|上げ|あげ)|大声で|怒鳴|どな(?:る|り|っ)|怒り出|腹を立て|文句を(?:言|おっしゃ)|文句ばかり|苦情を(?:言|おっしゃ|申し立て)|苦情の(?:お)?電話を|クレームを(?:つけ|付け|入れ|言)|詰め寄|食って(?:かか|掛か)|騒ぎ立て|責め立て|まくし?立て)[^。！？!?\n、]{0,10}?(?:方|人|お客|客|連中|者)/u
const WISH_OK = /ぜひ|是非|味わ|楽しん|楽しみ|元気|健やか|すくすく|健康|ご活躍|活躍|応援/u
/**
 * - Users' ability mocked in surprise at how many cannot (R189I-035: 日付の読めない大人がこんなに多いとは驚きです): the Round 19 kind with
 *   こんなに / これほど / これだけ before the count and 思いませんでした as the surprise. Not a need found and met (そこで多言語の案内を
 *   作りました), not a survey, not what they can do (英語を話せる大人がこんなに多いとは驚きです).
 */
const CANNOT_MANY = '(?:理解でき|理解され|ご理解いただけ|ご理解になれ|お分かりになら|お分かりいただけ|分から|わから|読め|よめ|書け|守れ|覚えられ|数えられ|計算でき)(?:ない|ん|へん)(?:方|人|大人|方々|人たち|お方|利用者|保護者|親)(?:が|も)[、\\s]*(?:まだ|こんなに(?:も)?|これほど|これだけ|ここまで|そんなに)[、\\s]*(?:いる|いらっしゃる|おられる|おる|多い|おらす|いた|いらっしゃった|多かった)(?:とは|なんて|とか|って)[、\\s]*(?:驚き|驚いて|驚かされ|驚きを|びっくり|信じられ|信じがた|呆れ|あきれ|情けな|嘆かわし|衝撃|思いません|思わなかっ|思わんかっ|思いもしな)'
const NEED_MET = /そこで|そのため|このため|ご用意|用意し|作りました|作成し|設け|始めました|開講|講座|教室|支援|お手伝い|サポート/u
/**
 * - The people who consult blamed for what they consult about (R189I-063: 「うちの子が野菜を食べない」というご相談が多いのですが、正直な
 *   ところ、親御さんが甘やかしているだけというケースがほとんどです; ほとんどは保護者のしつけのせいです): a parent, owner or the person
 *   themself said to be at fault (甘やかし, しつけ, 過保護, 怠け, 気にしすぎ, 接し方が悪い) and だけ / せい made what most cases are. Not a
 *   cause with no one blamed (原因は乾燥だけというケースがほとんど), not a reassurance (成長とともに治るケースがほとんど), not a belief
 *   answered (…と思われがちですが), not the writer's own side.
 */
const CONSULTER189 = '(?:親御さん|親御様|(?<![子肉両])親|保護者(?:の方|の皆さん|さん)?|お母さん|お父さん|母親|父親|ご家族|ご家庭|家庭|飼い主(?:さん|の方)?|ご本人|本人|相談者|ご相談者|患者さん|利用者)(?:側|たち|の方々)?'
const FAULT189 = '(?:甘やかし|甘やかす|甘やかさ|過保護|過干渉|しつけ(?:が|を)?(?:でき|し)(?:てい|て|と)?(?:ない|ません|ん)|しつけ不足|しつけ(?:が)?(?:甘い|悪い|なっていない|なってない)|怠け|怠慢|サボっ|さぼっ|手を抜い|手抜き|面倒(?:がっ|くさがっ)|(?:気に|心配)(?:しすぎ|し過ぎ)|神経質|思い込ん|思い込み|勘違い|大げさ|大袈裟|わがまま|(?:育て方|接し方|食べさせ方|与え方|やり方|態度|聞き方|使い方|しつけ方|関わり方)(?:が)?(?:悪い|まずい|間違っ))'
const BLAME_MOST = `${CONSULTER189}(?:が|の|は)[、\\s]?[^。！？!?\\n]{0,12}?${FAULT189}[^。！？!?\\n]{0,8}?(?:だけ|せい|ため)(?:という|との|の|な|って|といった)?[、\\s]?(?:ケース|場合|こと|例|パターン)(?:が|も)?[、\\s]?(?:ほとんど|殆ど|大半|大多数|多数|(?:9|９|九)割)|(?:ほとんど|殆ど|大半|大多数|(?:9|９|九)割)(?:の(?:ケース|場合))?(?:は|が)[、\\s]?[^。！？!?\\n]{0,6}?${CONSULTER189}(?:の|が)[、\\s]?[^。！？!?\\n]{0,12}?(?:せい|責任|甘やかし|過保護|しつけ不足|怠慢|勘違い|思い込み|気にしすぎ|気にし過ぎ)(?:です|だ|や|でしょう|ですね|なんです|なのです)`
const BELIEF = /^[^。！？!?\n]{0,6}?(?:と(?:思われ|考えられ|言われ|誤解|決めつけ|お考え)|ではあり|ではな|じゃな|とは限)/u
const OWN_SIDE189 = /私ども|私たち|職員|当課|私が|市が|こちらの/u
/**
 * - Sarcastic thanks for something bad (R190A-034: 今日も給食をきれいに残してくれた2年生のみなさん、調理員一同「感謝」しとります。ほんに
 *   作りがいのあることですばい): the thanks word alone in scare quotes made the verb (「感謝」しております, 「ありがとう」ございます) after a
 *   thing done for the writer (〜てくれた, 〜てくださった), in any register; and 〜がいのあることで(す) after a thing left, forgotten or
 *   spoiled. Not sincere thanks (きれいに食べてくれてありがとう), not a title in brackets (「感謝の集い」), not the word taught (「感謝」する心),
 *   not 作りがいがあります after all was eaten.
 */
const SCARE_THANKS = '[「『"“]\\s?(?:感謝|ありがとう|ありがと|お礼|御礼|どうも)\\s?[」』"”][、\\s]?(?:(?:し|いたし|申し上げ|もうしあげ)(?:て|と|ちょ)?(?:おり|い|り|る|ます|ま)|しと(?:る|り|ります)|しちょ(?:る|り|ります)|ございま|でございま)'
const TAUGHT = /授業|道徳|学習|考え|テーマ|気持ち|心を|心が|こころ|言葉|ことば|標語|作文|歌|合言葉|伝えよう|伝えましょう/u
const WORTH_IRONY = '(?:作り|つくり|教え|おしえ|書き|かき|育て|そだて|やり|待ち|働き|準備し)(?:がい|甲斐)の(?:ある|あること)(?:こと)?(?:で(?:す|ございます)?|だ|や)(?:ね|な|わ|ばい|たい|よ)?(?=[。！!…\\s]|$)'
const SPOILED190 = /(?:残し|食べ残し|忘れ|散らかし|汚し|壊し|無視し|サボっ|さぼっ|すっぽかし|ドタキャンし|捨て|(?:せず|しないで|ず|ないで|ないまま)(?:に)?[^。！？!?\n]{0,8}?)(?:て|で)(?:くれ|くださ|下さ|いただい|頂い|もろう|もらっ)/u
/**
 * Blind R191I–R192D, as kinds:
 * - A complainer mocked as having time (R191I-050: 毎朝お電話をくださる方、本当にお時間があるんですね) and the extra work thanked
 *   sarcastically (おかげさまで担当者の仕事が一つ増えました): warn, only with a critic or a caller who keeps calling in the sentence or the
 *   one before. Not an invitation (お時間のある方はぜひご参加ください), not work that grew for a good reason with nobody complaining.
 */
const HAS_TIME = 'お(?:時間|暇|ひま)(?:が|は)(?:ある|おあり(?:になる)?)(?:ん|の)(?:です|でしょう|だ|や)(?:ね|な)'
const WORK_UP = 'おかげ(?:さま)?で[、\\s]?[^。！？!?\\n]{0,16}?(?:仕事|手間|業務|残業|作業|電話対応|電話番)(?:が|も)[、\\s]?(?:一つ|ひとつ|1つ|また|さらに|どんどん|大幅に|たっぷり|だいぶ|かなり|すっかり)?[、\\s]?(?:増え|ふえ)(?:ました|た|ています|てます|とります|ちょります)'
/**
 * - People who keep getting it wrong told it is easy enough for a child (R192D-005: 読めば小学生でも分かる内容です。毎週同じ間違いを
 *   される方は…) or told to read it slowly once (一度ゆっくり読んでみてはいかがでしょう): warn, with such people (a repeat and a wrong,
 *   or これだけ言っても) in the sentence, the one before or the one after. Not an event for children (小学生でも分かるやさしい防災教室),
 *   not an invitation to a book (この本を一度ゆっくり読んでみてはいかがでしょう), not help offered (お気軽にご相談ください).
 */
const CHILD_EASY = '(?:小学生|小学校低学年|低学年の子|幼稚園児|保育園児|園児|子ども|子供|こども|中学生)(?:でも|だって)(?:わか|分か|理解でき|読め)(?:る|ります)(?:ような|程度の|くらいの|ぐらいの)?(?:内容|程度|レベル|もの|話|こと|ルール|決まり)?(?:です|でございます|だ(?=[。！!よね]|$)|なので|ですので|ですから|ですよ|ですね|かと|でしょう|のはず|はず|なんです|なのに|ですけど|ですが)'
const READ_AGAIN191 = '(?:一度|もう一度|今一度|いま一度|いちど|一回|いっぺん)[、\\s]?(?:ゆっくり|じっくり|よく|しっかり|きちんと|ちゃんと|落ち着いて|最初から)?[、\\s]?(?:読んで|よんで|お読みになって|ご覧になって|目を通して|読み直して|読みなおして)(?:み)?(?:て|られて)?(?:は|も)[、\\s]?(?:いかが|どう)'
const REPEAT_WRONG = /(?:毎(?:週|回|度|月|日|年)|何度も|何回も|いつも|相変わらず|繰り返し|くり返し|性懲りもなく|懲りずに|同じ)[^。！？!?\n]{0,12}?(?:間違|まちが|誤|ミス|守(?:ら|れ)|出さ|出す|出され|分から|わから|読ま|忘れ)[^。！？!?\n]{0,12}?(?:方|人|方々|人たち|皆さん|皆さま|皆様|ご家庭|世帯)|(?:これだけ|何度|何回|いくら)(?:言|お知らせ|説明|ご説明|案内|ご案内|書い|お伝え)[^。！？!?\n]{0,6}?(?:ても|でも)/u
const HELP_OFFERED191 = /お気軽|ご相談ください|お問い合わせください|お電話ください|ぜひ|是非|安心|親子|ご家族で|作りました|まとめました|ご用意|教室|講座/u
function repeatWrongAround(sq: string, s: number, e: number): boolean {
  const cur = sentenceOf(sq, s, e)
  const win = withPrevious(sq, s, e) + withNext(sq, s, e).slice(cur.end - cur.start)
  return REPEAT_WRONG.test(win) && !HELP_OFFERED191.test(win)
}
/**
 * - Residents who do not understand told they are not fit for it (R192D-053: …が分からないという方は、正直、選挙に向いていないのかも
 *   しれません; …できない人に投票する資格はない): warn. Not a method said to suit them or not (字が読めない方は、音声版が向いています;
 *   この方法には向いていません), not 選挙に向けて.
 */
const UNFIT191 = '(?:分から|わから|読ま|読め|よめ|守ら|守れ|理解でき|理解し|覚えられ|調べ|確認し|間違え|まちがえ|お分かりになら|ご理解いただけ)(?:ない|ん|ず)(?:という|っていう|って|との|ような)?(?:方|人|方々|人たち|大人|お方|有権者|市民|住民|保護者|親)(?:は|って|が)[、\\s]?(?:正直(?:なところ|に言って)?|はっきり(?:言って|申し上げて)|率直に(?:言って|申し上げて)|残念ながら|そもそも|たぶん|おそらく|もう|まあ)?[、\\s]?(?:[^。！？!?\\n、]{1,10}?に(?:は)?(?:向いて(?:い|お)?(?:ない|ません|らっしゃらない|おられない|ねえ|なか)|不向き)|[^。！？!?\\n、]{0,10}?資格(?:は|など|なんて|も)?(?:ない|無い|ありません|ございません))'
const UNFIT_METHOD = /方法|やり方|サービス|コース|プラン|アプリ|手続き|窓口|音声|点字|やさしい日本語|ふりがな|版|教室|講座|機械|端末|申請/u
/**
 * - A wish to harm people (R192D-022: …投げ捨てていった連中、本当に許せません。見つけたら同じように川へ放り込んでやりたい気分です;
 *   殴ってやりたい, 突き落としてやりたい): threat, block, with a person named before it in the sentence or the one before and no thing
 *   named after that person. Not a thing thrown (空き缶をごみ箱に放り込んでやりたい), not a role a child wants (やりたい役).
 * - People named by a wrong they did as 連中 (投げ捨てていった連中, 騒いでる連中、許せません): warn.
 */
const HARM_WISH = '(?:殴っ|なぐっ|ぶん殴っ|ぶんなぐっ|ひっぱたい|引っぱたい|引っ叩い|しばい|蹴っ|蹴飛ばし|蹴とばし|けとばし|突き落とし|つき落とし|突き飛ばし|つき飛ばし|放り込ん|ほうりこん|放りこん|投げ込ん|なげこん|叩き込ん|沈め|しずめ|叩きのめし|ぶちのめし|懲らしめ|こらしめ|(?:痛い|同じ|ひどい)目に(?:遭わせ|あわせ|合わせ)|締め上げ|しめあげ|張り倒し|はり倒し|ぶっ飛ばし|ぶっとばし|ぼこぼこにし|ぼこっ|ひねり潰し|捻り潰し)(?:て|で)(?:やり|やら)(?:たい|たく(?:な|も))'
const PERSON191_ALL = /(?<![様椅帽菓調拍扇団格種原分粒電因梯障王])子|人(?![気工形口生材事件権])|奴|やつ|ヤツ|お前|おまえ|あなた|あんた|君|きみ|連中|者|輩|犯人|あいつ|こいつ|そいつ/gu
const THING191_ALL = /ゴミ|ごみ|空き缶|缶|吸い殻|タバコ|たばこ|ペットボトル|ボトル|ボール|袋|荷物|石|書類/gu
const BIN = /(?:ごみ箱|ゴミ箱|ごみ袋|ゴミ袋|かご|カゴ|ゴール|ポスト|回収箱|回収ボックス|洗濯機|冷蔵庫|鍋|なべ)(?:に|へ|の中に)[、\s]?$/u
function harmedPerson(sq: string, s: number, e: number): boolean {
  const cur = sentenceOf(sq, s, e)
  const win = withPrevious(sq, s, e)
  const before = win.slice(0, win.length - (cur.end - s))
  const inSentence = sq.slice(cur.start, s)
  if (BIN.test(inSentence)) return false
  const person = lastEnd(PERSON191_ALL, before)
  if (person < 0) return false
  const objectAt = thingObject(inSentence)
  if (objectAt >= 0 && before.length - inSentence.length + objectAt > person) return false
  return lastEnd(THING191_ALL, before) < person
}
const GANG = '(?<=(?:[るうくすつぬむぶぐたずんい]|ない|[てで](?:る|た|いった|った|いる|きた|く)|とる|よる))連中'
const CONDEMN = /許せ(?:ない|ません|ん|ぬ)|ゆるせ(?:ない|ません|ん)|許しがた|腹が立|腹立たし|頭にく|頭に来|むかつ|ムカつ|最低|迷惑千万|いい加減|困ったもの/u
/**
 * - 民度 used to look down on people (R191I-004: 場所取りしてる人たち、…民度どうなってるの…？; 民度が最悪): joined to the 民度の低さ
 *   reading (insult). Not 民生委員, not 民度の高さ praised.
 * - Sarcastic well-wishing to people who did not help (R192D-038: 毎年出てこられない皆さま、大雨の日もご自宅で快適にお過ごしくださいね;
 *   参加されない方々、どうぞごゆっくり): warn, with those people and a habit (毎年, いつも, 一部の方だけ) in the sentence or the one before.
 *   Not those who could not come invited next time (参加できなかった皆さまも次回ぜひ), not a plain wish.
 */
const MINDO = '民度(?:は|って|が|も)?[、\\s]?(?:どう(?:なって|なっと|なっちょ|かして)|大丈夫(?:か|です(?:か)?)?(?=[？?…]|$)|最悪|ひど|酷|終わって|おわって|お粗末|残念すぎ)'
const WELLWISH = '(?:快適に|ゆっくり|のんびり|ごゆっくり|ごゆるりと|心置きなく|優雅に|涼しく|暖かく|ぬくぬくと)[、\\s]?(?:お過ごし|おくつろぎ|お休み)(?:ください|になってください)|どうぞ[、\\s]?(?:ごゆっくり|ごゆるりと|お気楽に)'
const NONHELPER = /(?:出てこられ|出て来られ|出てこ|出て来|参加され|参加し|ご参加いただけ|ご協力いただけ|協力され|協力し|手伝われ|手伝わ|顔を出され|顔を出さ|来られ)(?:ない|ず|ん)[^。！？!?\n]{0,4}?(?:皆さま|皆様|皆さん|みなさま|みなさん|方々|方|人たち|ご家庭|世帯)/u
const HABIT191 = /毎年|毎回|毎度|いつも|一度も|今年も|今回も|相変わらず|決まって|一部の(?:方|人)(?:だけ|のみ)/u
const NEXT_TIME191 = /次回|次は|次こそ|今度は|ぜひ|是非|お待ちして/u
/**
 * Blind R193I–R197A, as kinds (warn unless said):
 * - Mock praise with さぞ of a critic's refinement (R193I-030: …が高いとのこと、さぞかし舌の肥えた方なんでしょうね): さぞ, a trait, then
 *   方 / 人 なんでしょうね, with a complaint or an opinion in the sentence or the one before. Not sympathy (さぞかしご苦労された方なんでしょう),
 *   not praise with nobody complaining (この絵を描いたのは、さぞかし心の優しい方なんでしょうね).
 * - Blind R453E-020 kind: …also of the critic's remark itself (さぞかし綿密に計算されたうえでのご発言なんでしょうね, さぞ深いお考えがあっての
 *   ご意見なのでしょう): the statement praised stands for its speaker. Not sympathy, not with no critic quoted near.
 */
const SAZO_PERSON = '(?:さぞ|さぞかし|さぞや)[、\\s]?[^。！？!?\\n]{1,20}?(?:方|お方|人|ご仁|お人|ご発言|ご意見|ご指摘|ご主張|ご判断|ご見解|ご見識|ご批判|ご提案|お考え|お言葉|ご投稿|書き込み|コメント)(?:なん|なの)(?:でしょう|だろう|でございましょう|やろ)(?:ね|な|ねえ)?'
/**
 * Blind R453E-020 kind: a critic asked for the proof of their claim in mock eagerness (ぜひその計算書を拝見したいものです, 根拠となるデータを
 * ぜひお示しいただきたいものですね, その試算をぜひ見せていただきたいものです): …たいものです after a claim quoted is a taunt that the critic has
 * none. Only with the critic's words in the sentence or the one before (CRITIC193); a sincere wish to see works or a plan (皆さんの作品を
 * ぜひ拝見したいものです, 計画書を拝見したいと思います) is not this.
 */
const PROOF_WANTED = '(?:計算書|計算式|計算|試算|根拠|データ|証拠|出典|ソース|エビデンス|裏付け|資料|数字|統計)(?:を|も|とやら(?:を)?)[、\\s]?(?:ぜひ|是非|ぜひとも|ぜひ一度|一度)?[、\\s]?(?:拝見し|拝見させていただき|見せていただき|見せてもらい|お見せいただき|お示しいただき|示していただき|ご提示いただき|提示していただき|お聞かせいただき|教えていただき)たい(?:もの)(?:です|だ|ですね|ですなあ|ですな|だね)'
/**
 * Blind R257P-003 kind: mock humility that puts down the town's own fare or sights as too plain for a critic (柳川のような田舎の味はお口に
 * 合わなかったようで, うちみたいな小さな町の料理ではご満足いただけなかったでしょう, 田舎の宿はお気に召さなかったようで): the town made
 * small so the critic is the snob. Only with the critic's refinement mocked in the sentence or the one before (`REFINED`: 舌が肥えて
 * いらっしゃる, お目が高い, 全国を食べ歩いて, 食通の方); a plain apology that a dish was not to someone's taste names no town put down, and a
 * guide's modest 素朴な田舎の味 mocks no one.
 */
const HUMBLE_FARE = '(?:田舎|いなか|片田舎|ド田舎|ど田舎|地方|小さな町|小さい町|ちっぽけな町|小さな市)(?:の|な)?[^。！？!?\\n]{0,8}?(?:味|料理|食べ物|食事|もの|品|お店|店|宿|町|まち|景色)(?:など|なんか|なんて|では|は|が|も)?[、\\s]?[^。！？!?\\n]{0,6}?(?:(?:お口|口|お眼鏡|お気|お好み)に(?:合わ|あわ|かなわ|叶わ|召さ)|ご満足いただけ|満足いただけ|ご満足され)(?:なかった|なかっ|ない|ず|ませんでした)'
const REFINED = /(?:舌|目|耳)(?:が|の)(?:肥え|こえ)|お目が高|食べ歩いて|食べ歩きを|食通|グルメ(?:な|の|で)(?:方|お方|いらっしゃ)|通(?:の方|でいらっしゃ)|一流の(?:もの|お店|味)(?:を|ばかり)|舌の確か|お詳しい方/u
const CRITIC193 = new RegExp('(?:との|という)(?:ご)?(?:コメント|投稿|書き込み|ポスト|ツイート|発言|リプライ|返信)|とのこと|との(?:ご)?(?:意見|指摘|苦情|声)|と(?:おっしゃ|言われ|書かれ)|文句|苦情|不満|クレーム|ケチ|けち|批判|酷評|低評価|悪口|高い(?:と|って)|[@＠]', 'u')
/**
 * - Critics guessed to lack the sense to judge (R193I-057: 星1のレビュー書いてる人って、たぶん…の味が分からない人なんでしょうね笑):
 *   people who cannot tell or understand, said as what the reviewers or critics are. Not a worry (使い方が分からない人なんでしょうね、
 *   と講座を開きました) with no critic.
 */
const CANNOT_TELL = '(?:(?:分から|わから|理解でき|味わえ|感じられ|見分けられ|聞き分けられ)(?:ない|ん)|(?:分かっ|わかっ)て(?:い|お)?(?:ない|ません))(?:人|方|お方|連中|人たち)(?:なん|なの)(?:でしょう|だろう|やろ)(?:ね|な)?'
const REVIEWER = new RegExp('レビュー|口コミ|くちこみ|評価|星[1１一]|★[1１]|酷評|文句|苦情|批判|クレーム|ケチ|けち|悪口|難癖|書き込', 'u')
/**
 * - A wish that people were more tolerant, after their complaints (R194A-007: …「狭い」というお声…。…心の広い方ばかりだと私たちも助かる
 *   のですが): sarcasm. Not thanks for tolerant people (心の広い方ばかりで助かりました), not with no complaint before.
 */
const TOLERANT_WISH = '(?:心の広い|心が広い|寛大な|寛容な|おおらかな|大らかな|物分かりの(?:いい|良い|よい)|ものわかりの(?:いい|良い|よい)|聞き分けの(?:いい|良い|よい)|理解のある|我慢強い|辛抱強い|器の大きい|文句を言わない|苦情を言わない)(?:方|人|お客様|お客さん|市民|住民|利用者|皆さん|皆様|皆さま)(?:ばかり|ばっかり|ばっか|だけ)(?:だと|なら|でしたら|だったら|であれば|やったら)[、\\s]?[^。！？!?\\n]{0,10}?(?:助かる|ありがたい|有難い|楽な|楽です|嬉しい|うれしい)'
const COMPLAINED194 = new RegExp('苦情|文句|ご意見|お声|声を|クレーム|ご不満|不満|ご指摘|とのこと|というお声|との声', 'u')
/**
 * - A resident's writing ranked below a child's (R194A-022: …小学生の作文の方がまだ筋道が通っていると感じる請求書もあり): the child's
 *   piece の方がまだ / よっぽど makes sense, with an adult's document or opinion in the sentence or the one before. Not children praised
 *   (低学年の子の絵の方がずっと色使いが大胆でした).
 */
const BELOW_CHILD194 = '(?:小学生|小学校低学年|低学年(?:の子)?|幼稚園児|保育園児|園児|子ども|子供|こども|中学生)の(?:作文|日記|感想文|宿題|答案|文章|落書き|言い分|説明|理屈)(?:の)?(?:方|ほう)が[、\\s]?(?:まだ|よっぽど|よほど|ずっと|はるかに|まだまだ)[、\\s]?(?:筋道|筋|論理|理屈|話|意味|分かり|わかり|読み|まし|マシ|まとも|ちゃんと|しっかり|きちんと)'
const ADULT_DOC = new RegExp('請求|申請|意見書|要望書|文書|書類|苦情|ご意見|意見|質疑|質問|答弁|記事|投稿|書き込|メール|お手紙|手紙|クレーム|抗議', 'u')
/**
 * - People who do wrong said to learn nothing until it costs them (R194A-024: …流される方…、…高い修理代を払うまで、何もお分かりになら
 *   ないのでしょう): まで + not understanding + でしょう, with a cost or a harm before it in the sentence and people named by what they do.
 *   Not a hazard taught (水害の怖さは、実際に被害に遭うまで分からないのでしょう。だからこそ訓練を) with no such people.
 */
const UNTIL_HURT = '(?:まで|までは)[、\\s]?(?:何も|なにも|一生|永遠に|決して|きっと)?[、\\s]?(?:お分かりにならない|お分かりになれない|分からない|わからない|分からん|わからん|気づかない|気付かない|お気づきにならない|ご理解いただけない|理解できない|懲りない|こりない|反省しない)(?:ん|の)?(?:でしょう|だろう|やろ)(?:ね|な)?'
const COST194 = new RegExp('払|痛い目|損|事故|けが|怪我|被害|困(?:る|っ)|詰ま|壊|失|後悔|弁償|修理', 'u')
/**
 * - Grown-ups mocked that age has not brought a basic skill (R195D-005: …ぞろぞろ入ってくる方…。二十歳になっても時計の見方は別問題の
 *   ようですね): with a fault (遅刻, 遅れ, 守らない) in the sentence or the one before. Not a fact of law or a skill that can be learnt
 *   (大人になっても学び直しはできるようです).
 */
const AGE_NO_SKILL = '(?:二十歳|20歳|はたち|成人|大人|社会人|いい大人|いい年|いい歳)(?:に)?(?:なっ|し)(?:ても|たのに|たって)[、\\s]?[^。！？!?\\n]{0,16}?(?:は|が)[、\\s]?(?:別問題|別の問題|別の話|別物|身について(?:い)?ない|身につかない|できない|分からない|わからない|読めない|守れない|難しい|むずかしい|苦手)(?:の|な)?(?:よう|みたい|らしい)(?:です|だ|や)?(?:ね|な|わ)?'
const LATE195 = new RegExp('遅刻|遅れ|遅く|時間を守|守ら|守れ|ぞろぞろ|入ってくる|入って来る|始まってから|過ぎてから|すっぽか|ドタキャン|無断', 'u')
/**
 * - Common sense prescribed as a shot or a medicine (R195D-048: 来ない人たちは、ワクチンより先に常識を打ってもらったほうがいい): people
 *   named by what they do in the sentence or the one before. Not a health notice (マナーを守って接種を受けましょう).
 */
const SENSE_SHOT = '(?:常識|良識|マナー|モラル|思いやり|社会性|協調性|礼儀|デリカシー)(?:を|の)?[、\\s]?(?:(?:打って|注射して|処方して|点滴して|投与して|接種して|植え付けて|インストールして)(?:もらった|もらう|いただいた|いただく|あげた|やった)?(?:ほう|方)が|(?:ワクチン|注射|特効薬|点滴)(?:を|が|も)?[、\\s]?(?:打っ|打た|必要|要る|いる|ほしい|欲しい))'
/**
 * - Blame on the one addressed for what children copy (R195D-062: あなたのような大人がいるから子どもがまねをするのです): joins the
 *   consequences of the round 35 blame; and told to feel a little shame (少しは恥ずかしいと思ってください). Not 恥ずかしいと思わずに
 *   ご相談ください.
 */
const FEEL_SHAME = '(?:少しは|すこしは|ちょっとは|ちっとは|少しぐらい|少しくらい)[、\\s]?(?:恥ずかしい|はずかしい|恥|反省|悪い|申し訳ない)(?:を知って|と|って)?(?:思って|お思いになって|感じて|して)?(?:ください|下さい|くださいね|ほしい|欲しい|もらいたい|いただきたい|くれ)'
/**
 * - Someone said to have done even less than read the papers (R196I-048: 議案の中身を読まれていないとしか思えない質疑): 〜ていない
 *   としか思えない about reading or understanding, with a person or a body named in the sentence. Not a thing unread with nobody named.
 */
const UNREAD_ONLY = '(?:(?:読ま|目を通さ|調べら|確認さ|理解さ|聞か|見ら)れて(?:い|お)?(?:ない|ません)|(?:読ん|よん|調べ|確認し|理解し|分かっ|わかっ|聞い|目を通し)(?:て|で)(?:い|お)?(?:ない|ません))(?:と)?とし(?:か)?(?:思え|考えられ)(?:ない|ません|ず|ぬ)'
const BODY196 = new RegExp('委員|議員|記者|方|人|者|先生|議会|委員会|会派|担当者|事業者|業者|質疑|質問|発言', 'u')
/**
 * - A reckless act thanked and the burden it made called a favour (R197A-032: 警報が出ている中、わざわざ増水した川の…に行ってくださる
 *   勇敢な皆さま、本当にありがとうございます。おかげさまで消防は大忙しです): おかげさまで + a service run off its feet, with a hazard defied
 *   in the sentence or the one before. Not sincere thanks (わざわざお越しくださった皆さま…。おかげさまで受付は大忙しでした).
 */
const BUSY_THANKS = 'おかげ(?:さま)?で[、\\s]?[^。！？!?\\n]{0,12}?(?:大忙し|てんてこ舞い|てんてこまい|大わらわ|フル稼働|出動続き|休む暇も(?:ありません|ない)|手一杯|仕事が増え)'
const DEFIED = new RegExp('警報|注意報|増水|氾濫|危険|危ない|立ち入り禁止|立入禁止|避難指示|通行止め|冠水|禁止されて|わざわざ[^。！？!?\\n]{0,30}?(?:禁止|危|増水|荒れ|高波)', 'u')
/**
 * - Helpers called a burden (R197A-054: サンダル履きで…来られた方がいましたが、正直、足手まといでした): 足手まとい / お荷物 said as what
 *   they were. Not advice (足手まといになるのでは、と心配せず), not the writer themself, not a newcomer who grew.
 */
const BURDEN197 = '(?:足手まとい|足手纏い|あしでまとい|お荷物)(?:でした|です|だった|だ|なんです|なんですよ|でしかない|でしかありません|でしかなかった|以外の何物でもな)'
const GREW197 = new RegExp('今では|今は|成長|頼もし|頼れ|立派|感謝|ありがと', 'u')
const HELPER197 = new RegExp('方|人|者|ボランティア|参加者|連中|お客|客|さん', 'u')
/**
 * Blind R198I–R200D, as kinds (warn):
 * - The reader asked to put themselves in the staff's place too, trailing off or as a wish, after people named by a repeated fault
 *   (R198I-006: …今回も締切当日に出してこられた…。…準備する側の身にもなっていただけると助かるのですが): 〜の身にも / 立場にも なって with
 *   も. Not advice without も (利用者の立場になって考えます), not with no fault repeated.
 */
const OWN_PLACE = 'の(?:身|立場|気持ち)にも[、\\s]?(?:なって|考えて|お考えになって)[^。！？!?\\n]{0,16}?(?:のですが|んですが|のですけど|んですけど|けどね|けどな|ものです|ものだ|くださいね|ください|下さい|ほしい|欲しい|もらいたい|いただきたい)'
const REPEAT198 = new RegExp('今回も|今日も|今年も|今月も|毎回|毎度|毎年|毎日|いつも|相変わらず|またしても|性懲りもなく|わざわざ|何度も|何回も', 'u')
/**
 * - A wish that people had done the least before coming, trailing off (R198I-026: …わざわざ質問してくる記者さんが今回もいました。せめて
 *   目を通してから来ていただけると…済むんですけどね): せめて …てから + coming or asking, closed by のですが / けどね, after a repeat. Not
 *   a plain request (せめて前日までにご連絡ください), not advice (資料を読んでから来ていただけると、より理解が深まります).
 */
const LEAST_FIRST = '(?:せめて|少なくとも)[、\\s]?[^。！？!?\\n]{0,16}?(?:て|で)から[、\\s]?(?:来て|きて|お越し|いらして|いらっしゃって|ご来場|ご来庁|お電話|電話して|ご連絡|連絡して|ご質問|質問して|お問い合わせ|問い合わせて|言って|おっしゃって)[^。！？!?\\n]{0,30}?(?:のですが|んですが|のですけど|んですけど|けどね|けどな|ものです)'
/**
 * - An unreasonable demand's nerve mock-admired (R199A-019: …「…、返金しろ」と書き込める発想力、見習いたいくらいですね👏): と + a potential
 *   verb of saying, then a faculty (発想力, 神経, 度胸) praised, with a demand or complaint in the sentence. Not sincere praise of what
 *   someone can say (「ありがとう」と素直に言える感性、見習いたいですね).
 */
const MOCK_NERVE = '(?:と|って)[、\\s]?(?:書き込める|書ける|言える|言い切れる|おっしゃれる|要求できる|請求できる|求められる|怒れる|叫べる|言い張れる)[^。！？!?\\n]{0,4}?(?:発想力|想像力|発想|神経|度胸|図太さ|メンタル|精神力|感性|胆力|勇気|自信|行動力)(?:、|は|には|に)?[、\\s]?[^。！？!?\\n]{0,8}?(?:見習いたい|見習わな|尊敬|感心|脱帽|うらやまし|羨まし|頭が下が|恐れ入|すごい|すごすぎ|素晴らし|さすが)'
const DEMAND = new RegExp('返金|返せ|弁償|謝れ|謝罪しろ|しろ[」』]|せよ[」』]|出せ[」』]|責任(?:を)?取れ|金返|文句|苦情|クレーム|低評価|星[1１一]つ', 'u')
/**
 * - People who still cannot understand after it was made easy written off (R199A-046: …簡単にしました。これで分からない方は、もう
 *   お手上げです): これで / これでも / ここまでしても + not understanding + 方 / 人, then お手上げ, どうしようもない, 知りません. Not help
 *   offered (これで分からない方は、お気軽に窓口へ), not 諦めずに.
 */
const WRITTEN_OFF199 = '(?:これで|これでも|ここまでしても|ここまでやっても)[、\\s]?(?:まだ)?[、\\s]?(?:分から|わから|わかん|読め|理解でき)(?:ない|ん|ません)(?:という)?(?:方|人|お方|人たち|方々|連中)(?:は|には|なら)[、\\s]?[^。！？!?\\n]{0,10}?(?:お手上げ|どうしようもな|どうしようもありません|救いよう|知りません|知らん|(?:諦め|あきらめ)(?:ます|ました|ています|てください|るしか|るほか)|手の施しよう|相手にしません|お引き取り)'
/**
 * - People named by a fault mock-praised with さぞ as a fine example (R200D-032: 笛を無視して…続ける大人の方が…。子どもたちにとって、さぞ
 *   素晴らしいお手本になったことでしょう): with the fault in the sentence or the one before. Not a sincere example (最後まで走り抜いた
 *   高校生の姿は、さぞ良いお手本になったことでしょう).
 */
const FINE_EXAMPLE = '(?:さぞ|さぞかし|さぞや)[、\\s]?(?:素晴らしい|すばらしい|立派な|ご立派な|良い|よい|いい|結構な|見事な|素敵な)(?:お手本|手本|見本|お見本|教材|模範)(?:に|と)?(?:なった|なられた|なる|なっている|なっていた|された|なり)?(?:こと)?(?:でしょう|だろう|でございましょう|やろ)'
const FAULT200 = new RegExp('無視|守らな|守らず|守れな|違反|ポイ捨て|割り込|禁止|注意しても|注意を聞か|言うことを聞か|放置|路上駐車|路駐|信号無視|怒鳴|大声を|逆ギレ|逆切れ|捨てて(?:いく|帰る|いかれ)', 'u')
/**
 * - People named by a fault written off as deaf to anything said (R200D-047: …つけっぱなしにしている家はなくなりません。そういう方には
 *   何を言っても響かないので…): そういう / ああいう + people + 何を言っても + 響かない, 通じない, 無駄. Not a resolve to go on (何を言っても
 *   響かないと諦めず), not a child's phase with no people pointed at.
 */
const DEAF200 = '(?:そういう|ああいう|こういう|そんな|あんな|こんな|その手の|あの手の|そうした|ああした|こうした)(?:方|人|お方|方々|人たち|人達|連中|家庭|お宅|家)(?:に|には|は|って)[、\\s]?[^。！？!?\\n]{0,6}?(?:何を|なにを|何|いくら|どれだけ|何度|なんぼ)[^。！？!?\\n]{0,4}?(?:言っても|いっても|言うても|お伝えしても|お願いしても|注意しても|呼びかけても)[、\\s]?(?:響か|届か|通じ|伝わら|聞か|変わら|効か|無駄|むだ|ムダ|意味が(?:ない|ありません|なか))'
const NOT_GIVEN_UP = /^[^。！？!?\n]{0,6}?(?:と(?:諦め|あきらめ|思わ|決めつけ)|わけでは|とは限)/u
export const VEILED_THREATS_AND_MOCK_PRAISE_PHRASES: Phrase[] = [
  // --- Blind sets R109A–R111A kinds ---
  // The office telling a critic it knows or can find who they are, plus a warning (R109A-028, R111A-051).
  {
    rule: 'hostility/threat',
    re: phrase(IDENT_KNOWN),
    need: foldAll(['把握', '特定', '存じ', '承知', '分か', 'わか', '見当', '目星', '察し', '控え', '記録', '記憶', '撮影', '確認']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      if (IDENT_HELP.test(sen)) return false
      const after = sq.slice(e, e + 50)
      // Blind R156I-050: or a bare 念のため after a step threatened on a condition (これ以上デマを流し続けるなら、こちらも相応の対応を
      // 取ります。ご自宅の場所も存じ上げておりますので、念のため。): the known home left hanging as the warning.
      const justSoYouKnow = JUST_SO.test(after) && THEN_STEP.test(withPrevious(sq, s, e))
      const both = withPrevious(sq, s, e)
      const prev = both.slice(0, Math.max(0, both.length - sen.length))
      const warnedBefore = prev.length > 0 && IDENT_WARN.test(prev) && !IDENT_HELP.test(prev) && !IDENT_FRIENDLY.test(both + after)
      return (IDENT_WARN.test(after) || justSoYouKnow || warnedBefore) && !IDENT_HELP.test(after) && (IDENT_CRITIC.test(sq.slice(0, e)) || justSoYouKnow)
    },
  },
  // Arson hinted at the one addressed (R109A-128: あんたの家の庭にも火ばつけてやろうか？).
  {
    rule: 'hostility/threat',
    re: phrase(ARSON),
    need: foldAll(['火', '燃やし']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      return ARSON_AT.test(sq) && !ARSON_OK.test(sentenceText(sq, s, e))
    },
  },
  // Polite advice to a critic to improve themselves first (R109A-101, R110A-030, R111A-140, R111A-147, R111A-067).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${SELF_FIRST}|${ONCE_FIRST}|${RELEARN110}|${LEAST_CAN}`),
    instead: '相手に「まず自分で」と求めず、「ご指摘の点について、市の考えを次のとおりご説明します」のように、内容に丁寧に答えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (SELF_FIRST_OK.test(sentenceText(sq, s, e))) return false
      return SELF_FIRST_CRITIC.test(sq)
    },
  },
  // A reporter or critic told to relearn a school subject, as a wish (R115A-035: 記者さんには算数から勉強し直していただきたい).
  {
    rule: 'hostility/confrontational',
    re: phrase(RELEARN115),
    need: foldAll(['直', 'なお']),
    instead: '書き手を見下さず、「記事中の○○の数値は、正しくは△△です」のように、誤りの箇所と正しい数字を示してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (RELEARN_OK.test(sentenceText(sq, s, e))) return false
      return RELEARN_AT.test(sq)
    },
  },
  // Brushed off: do it yourself if you dislike it so much (R115A-130: そんなに…気に入らんなら、ご自分で…たらいいんじゃないですか).
  {
    rule: 'hostility/confrontational',
    re: phrase(DIY),
    need: foldAll(['なら', 'たら', 'であれば']),
    instead: '突き放さず、「ご不満の点を具体的にお聞かせください。委託後の給食について、次のとおり改善を検討します」のように受け止めてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  // The question said not to arise had the reader once looked (R115A-149: 一度でもご覧になっていれば、そのようなご質問は出ないかと).
  {
    rule: 'hostility/confrontational',
    re: phrase(ONCE_READ115),
    need: foldAll(['でも']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = sentenceText(sq, s, e)
      if (OWN53.test(t) || ONCE_READ_OK.test(t)) return false
      return ONCE_READ_AT.test(sq)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(STUDY_BEFORE_SAYING),
    need: foldAll(['勉強', '学習', '学び直']),
    instead: '相手を見下さず、「制度の仕組みは次のとおりです」のように、必要な説明を添えてお答えしてください',
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !SELF_FIRST_OK.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(STUDY_FIRST110),
    need: foldAll(['勉強', '出直', 'でなお']),
    instead: '相手を見下さず、「不採択の理由は次のとおりです。次回の募集では○○の点をご確認ください」のように、理由と次の手順を伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (SELF_FIRST_OK.test(sentenceText(sq, s, e))) return false
      return STUDY_FAULT.test(withPrevious(sq, s, e))
    },
  },
  // A neighbouring festival belittled with pity (R109A-116: 正直、格が違います。比べられるほうも気の毒ですね).
  {
    rule: 'hostility/confrontational',
    re: phrase(OUTCLASS110),
    need: foldAll(['格が違', '比べもの', '比べ物', '足元にも', '次元が違', 'レベルが違']),
    instead: 'よそと比べて見下さず、「沖端の舟舞台ならではの見どころをご紹介します」のように、こちらの魅力だけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      return PITIED.test(sq) && !OUTCLASS_OK.test(sq)
    },
  },
  // --- Blind set R112A kinds ---
  // A complainer or critic sent to a doctor, their senses or mind said to be at fault (R112A-039: お鼻が敏感すぎるのでは？一度病院で
  // 診てもらわれてはいかがでしょう; not health advice: 鼻水が続くときは耳鼻科を受診されてはいかがでしょうか).
  {
    rule: 'hostility/confrontational',
    re: phrase(DOCTOR_SENT),
    need: foldAll(['病院', '医院', '医者', '耳鼻', '眼科', '心療内科', '精神科', '脳外科', '脳神経外科', '専門医', '医師', 'クリニック', '医療機関']),
    instead: '相手の感覚や考えを病気のように扱わず、「におい（音）の状況を担当課で確認します」のように、ご指摘への対応を伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e)
      if (DOCTOR_OK.test(t)) return false
      return OVERSENSE.test(t) || (ORGAN.test(sentenceText(sq, s, e)) && SENSED.test(sq))
    },
  },
  // Another town, a critic or a report mocked with ironic admiration (R112A-118: あの水の色で、よく観光PRができるものだと感心しております;
  // not a hardship overcome: あの小さな体で、よく最後まで走り切ったものだと感心しました).
  {
    rule: 'hostility/confrontational',
    re: phrase(IRONIC_ADMIRE_RE),
    need: foldAll(['よく', 'よう']),
    instead: '皮肉でほめず、よそはよそとして、「柳川の掘割の魅力をお伝えします」のように、こちらの取り組みだけを伝えてください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      return !IRONIC_OK.test(sentenceText(sq, s, e)) && !SELF.test(sq.slice(sentenceOf(sq, s, e).start, s))
    },
  },
  // Blind R147A-101: citizens belittled for what they cannot do, told to learn the least thing (スマホくらい使えるようになって
  // ください, 漢字ぐらい読めるようになってほしい, 申請書くらい書けるようになっていただきたい, ネットくらい使えて当然): a noun and
  // くらい, then a potential verb and …ようになって + a request or …て当然. Not an amount (1日30分くらい歩けるようになりましょう), not a
  // child, a class or the writer's own goal (子どもがひらがなくらい読めるように, 講座, 目標).
  {
    rule: 'hostility/confrontational',
    re: new RegExp('(?<![0-9０-９一二三四五六七八九十百千万](?:分|秒|時間|日|日間|週|週間|か月|ヶ月|カ月|月|年|回|度|個|杯|歩|円|人|枚|本|件|キロ|km|m|メートル|ページ)?)(?<!少し|多少|ちょっと)(?<=[一-龥ァ-ヺー]|こと|もの|これ|それ)(?:くらい|ぐらい)(?:は|も)?[、\\s]?(?:ご自分で|自分で|ご自身で|一人で|ひとりで)?[^。！？!?\\n]{0,10}?(?:使え|つかえ|読め|よめ|書け|かけ|でき|出来|覚えられ|操作でき|扱え|調べられ|分か|わか|打て|話せ)(?:る)?(?:ように(?:なって|して)(?:ください|下さい|ほしい|欲しい|もらいたい|もらえ|いただきたい|いただけ|頂きたい|くれ|ね|よ)|て(?:当然|当たり前|あたりまえ|普通)|ないと(?:困り|話になら|ダメ|だめ|いけません))', 'gu'),
    squeezed: true,
    need: ['くらい', 'ぐらい'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !/子|児|生徒|学生|孫|保護者|親御|講座|教室|練習|目標|健康|運動|リハビリ|体操|私|わたし|僕|ぼく|自分も|ましょう|願|(?<!いただき|頂き|もらい)たい(?:です|な|ね)/u.test(sentenceText(sq, s, e)) && !/^[^。！？!?\n]{0,6}?[、\s]?(?:と|って)(?:願|思|言|い|考)/u.test(sq.slice(e, e + 12)),
  },
  // Blind R146I-065: a group of people by sex, role or age written off as useless (お父さんはどうせ役に立たないので, 男なんて所詮
  // 何もできない, お年寄りはどうせ使えない): どうせ / 所詮 after the group, then useless. Not the prejudice named to be denied
  // (お父さんはどうせ役に立たない、なんて思っていませんか, と決めつけず).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<![ぁ-ゖ])(?:お父さん|お母さん|父親|母親|パパ|ママ|旦那|夫|妻|嫁|主婦|男性|女性|男の人|女の人|男子|女子|男|女|男ども|年寄り|お年寄り|高齢者|老人|若者|若い人|若い子|新人|外国人)(?:たち|達|ら|ども|連中)?(?:は|って|なんて|なんか|なんぞ|など)[、\\s]?(?:どうせ|所詮|しょせん|結局)[、\\s]?[^。！？!?\\n]{0,8}?(?:役に立た|役立た|使え|つかえ|当てにならな|あてにならな|頼りにならな|何もでき|なんもでき|何もしな|なんもしな|気が利かな|ダメ|だめ|戦力にならな)(?:ない|ん|ず|だ|です|やけん|なので|だから|ですから|でしょう|ですね|からね|ので|から)?(?![、\\s]?(?:なんて|なんか|って(?:思|言|い)|と(?:思|言|い|決め|考え|は)|とか|という|わけ(?:では|じゃ)|こと(?:は)?(?:ありません|ない)))'),
    need: foldAll(['どうせ', '所詮', 'しょせん', '結局']),
    instead: '性別や年齢で人をひとくくりにして役に立たないと決めつけず、「どなたでもできる作業です」のように、内容と条件だけを伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !WRITTEN_OFF_DENIED.test(sq.slice(e, sentenceOf(sq, s, e).end)),
  },
  // Blind R146I-103: a nationality or foreign residents blamed for a neighbourhood's problems (ベトナム人やネパール人の住人が増えてから、
  // このあたりはずっとこうです, 外国人が増えたせいで治安が悪くなった, 中国人が住み着いてからごみだらけ): the group's arrival named as the
  // cause of a trouble: discrimination aimed at people, block. Not a service begun for them (増えてから多言語の案内を始めました), not a
  // good change (にぎやかになりました), not a trouble to prevent (トラブルを防ぐため).
  {
    rule: 'hostility/discrimination',
    re: new RegExp(`${NATION148}(?:(?:や|と|とか|・|、)${NATION148}){0,3}(?:の)?(?:住人|住民|居住者|労働者|実習生|留学生|家族|方々|人たち|若者|連中|者)?(?:たち|達|ら|ども)?(?:が|は|も)?[、\\s]?(?:(?:増えて|増えた|多くなって|多くなった|来て|来た|住み(?:始めて|出して|着いて|ついて)|住むように(?:なって|なった)|入ってきて|越してきて|引っ越してきて|移り住んで|住んで)(?:から|以来|せいで|せいか|ため|ので)(?:は|というもの)?[、\\s]?[^。！？!?\\n]{0,30}?(?:ずっとこう|こう(?:なった|です|だ|なん|いう状態)|こんな(?:状態|有様|ありさま|調子|感じ)|荒れ|汚(?:く|れ|い)|きたな|治安|物騒|うるさ|騒がし|散らか|散乱|ひどく|ひどい|酷い|悪(?:く|化)|トラブル|問題(?:が|ばかり|だらけ)|困って|迷惑|だらけ|めちゃくちゃ|メチャクチャ)|(?:の|が)せい(?:で|だ|です|や|か)(?!は|では|じゃ))`, 'gu'),
    need: ['人', '外国籍', '移民', '在日', '難民', '実習生'],
    instead: INSTEAD.discrimination,
    squeezed: true,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !HATE_TAUGHT.test(sentenceText(sq, s, e)) && !NATION_OK.test(sentenceText(sq, s, e)),
  },
  // — Blind R138I–R141A, as kinds —
  // People named by their nationality or origin in English (tourists from China, Chinese tour groups, backpackers from Southeast
  // Asia, foreign visitors), with the post turning them away or running them down (do not accept, not welcome, stay home, this is
  // Japan not your country, learn some manners, loud, dirty, you know who you are): discrimination aimed at people, block. Not
  // a welcome or a service (Chinese-speaking staff, guides in Chinese), not a rule told to everyone alike.
  {
    rule: 'hostility/discrimination',
    re: phrase(`(?<![a-z])(?:(?:tourists?|visitors?|travell?ers?|backpackers?|people|guests?|customers?|(?:tour\\s{1,2})?groups?|students?|workers?|families)\\s{1,2}from\\s{1,2}(?:the\\s{1,2})?${EN_ORIGIN}|(?:${EN_ORIGIN_ADJ})\\s{1,2}(?:tourists?|visitors?|travell?ers?|backpackers?|people|guests?|customers?|(?:tour\\s{1,2})?groups?|students?|workers?|families|kids|folks?)|foreign(?:ers?)?(?:\\s{1,2}(?:tourists?|visitors?|travell?ers?|backpackers?|people|guests?|customers?|(?:tour\\s{1,2})?groups?))?)(?![a-z])`, 'giu'),
    need: ['from', 'chinese', 'korean', 'asian', 'foreign', 'vietnamese', 'indian', 'filipino', 'thai', 'african', 'muslim', 'arab', 'indonesian', 'nepalese', 'taiwanese'],
    instead: INSTEAD.discrimination,
    squeezed: true,
    keep: (sq, s, e) => {
      if (!notQuotedEn(sq, s, e)) return false
      const around = sq.slice(Math.max(0, s - 160), Math.min(sq.length, e + 200))
      return EN_SHUNNED.test(around) && !EN_WELCOME.test(around)
    },
  },
  // The residents of a place disparaged as people (住んでる人間の質の問題, あそこに住む連中のレベルが低い, 地区の人間の質が悪い):
  // insult, block. Not 生活の質 (the quality of their lives), not a service's quality.
  {
    rule: 'hostility/insult',
    re: phrase('(?:住んで(?:る|いる|おる|らっしゃる)|住んどる|住む|暮らして(?:る|いる)|暮らす|出身の|育ちの|地区の|地域の|団地の|町の)(?:人間|人|人ら|住民|連中|やつら|奴ら|もん|者)(?:たち|達|ども)?(?:の|は|って)[、\\s]?(?:質|レベル|程度|品性|素性|育ち|民度|人間性)(?:の問題|が(?:低|悪|わる|知れ)|が問題|は(?:低|悪|知れ)|が違う|がちが)'),
    need: foldAll(['質', 'レベル', '程度', '品性', '素性', '育ち', '民度', '人間性']),
    instead: INSTEAD.discrimination,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !HATE_TAUGHT.test(sentenceText(sq, s, e)),
  },
  // Disgust at a sexual minority (同性カップルの…正直気持ち悪い, ゲイとか生理的に無理, LGBTの人って正直キモい): discrimination aimed at
  // people, block. Not the lesson against it (「気持ち悪い」という言葉で傷つく当事者がいます, 差別や偏見をなくそう), not reported.
  {
    rule: 'hostility/discrimination',
    re: phrase(`${SEXUAL_MINORITY}[^。！？!?\\n]{0,30}?(?:気持ち悪|気持ちわる|きもちわる|キモい|きもい|キモイ|キモ(?=[。！!…w笑\\s]|$)|生理的に(?:無理|むり|受け付け)|虫酸が走|虫唾が走|吐き気が|反吐が|おぞまし|気色悪|ありえない|あり得ない|異常(?:だ|です|者|やろ)|病気(?:だ|です|や)|理解できない|認めたくない|認めるべきではない)`),
    need: foldAll(['同性', 'ゲイ', 'レズ', 'ホモ', 'lgbt', 'ＬＧＢＴ', 'トランス', '性的少数', '性的マイノリティ', 'オカマ', 'おかま', 'オネエ', 'バイセクシャル', 'パートナーシップ']),
    instead: INSTEAD.discrimination,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !HATE_TAUGHT.test(withPrevious(sq, s, e)) && !/^[」』"]?\s?(?:という|といった|との|と(?:いう|言う|言われ|感じ)|って(?:言|い))/u.test(sq.slice(e, e + 8)),
  },
  // A recruitment post that gives women the tea and the serving, or asks for looks (お茶くみなど女の子にしかできない仕事, 若くて
  // かわいい子、待ってます, 美人スタッフ大募集): gender roles and looks imposed, warn. Not 女性ならではの視点 invited, not かわいい子ども
  // たちが待っています, not a birth (出産は女性にしかできない).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:女の子|女子|女|女性|若い子|若い女性)(?:に|で)しか(?:できない|出来ない|できん|務まらない|つとまらない)(?:仕事|役|役割|こと)|(?:お茶くみ|お茶汲み|お茶出し|お酌|酌婦|職場の花|職場に花)[^。！？!?\\n]{0,16}?(?:女の子|女子|女性|女手|女の人)|(?:女の子|女子|女性|女手|女の人)[^。！？!?\\n]{0,16}?(?:お茶くみ|お茶汲み|お茶出し|お酌|職場の花|職場に花)|(?:若くて|若い)?[、\\s]?(?:かわいい|可愛い|カワイイ|かわいか|綺麗な|きれいな|キレイな|美人な?|美人の|美しい|イケメンの?)(?:子(?!ども|供|犬|猫|ヤギ|やぎ|豚|羊|牛|馬|うさぎ)|女の子|女子|女性|お姉さん|娘|人|方|スタッフ|団員|男性|男子)(?:が|を|は|も|、)?[、\\s]?[^。！？!?\\n]{0,8}?(?:待って(?:ます|います|る)|お待ちして|大募集|募集|大歓迎|歓迎|求む|来て(?:ね|ください|ほしい)|集まれ)'),
    need: foldAll(['しか', 'お茶', 'お酌', '酌婦', '職場', 'かわい', '可愛', 'カワイイ', '綺麗', 'きれい', 'キレイ', '美人', '美し', 'イケメン']),
    instead: '性別で役割を決めつけたり、容姿や年齢で人を選ぶ書き方はせず、活動の内容と条件だけを伝えてください（例：「性別・年齢を問わず募集しています」）',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (HATE_TAUGHT.test(withPrevious(sq, s, e))) return false
      const m = sq.slice(s, e)
      // Looks asked for only in a recruitment (募集, 入団, 団員, スタッフ, 仲間).
      if (/かわい|可愛|カワイイ|綺麗|きれい|キレイ|美人|美し|イケメン/u.test(m) && !/しか|お茶|お酌|酌婦|職場/u.test(m)) return RECRUIT138.test(sq)
      return true
    },
  },
  // W13: women told their role in life (女性は若いうちに結婚して子どもを産むのがいちばんの地域貢献ですよ, 女は家庭に入るのが当然,
  // 女性の幸せは結婚して子どもを産むこと): a gender role imposed, warn. Not a birth or health told (女性は産後、体を休めるのが一番),
  // not the stereotype named to be refuted (…のが当然という考えは過去のもの, 女性の仕事は家事だけではありません), not men asked to help.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<![一-龥々])(?:女性|女の人|女の子|女子|女|お嫁さん|嫁|娘)(?:は|って|というもの(?:は)?|たるもの)[、\\s]{0,2}[^。！？!?\\n]{0,24}?(?:産む|生む|産んで育てる|結婚する|嫁ぐ|嫁に行く|お嫁に行く|家庭に入る|家に入る|家を守る|家庭を守る|家事をする|専業主婦になる|子育てに専念する|育児に専念する|夫を支える|夫を立てる|旦那を立てる|男を立てる|家にいる)(?:の|こと)(?:が|こそ)[、\\s]?(?:いちばん|一番|当然|当たり前|あたりまえ|幸せ|しあわせ|務め|つとめ|役目|役割|本分|義務|(?:地域)?貢献|親孝行|美徳|正解|理想|ふさわしい)|(?<![一-龥々])(?:女性|女)の(?:幸せ|しあわせ|務め|役目|役割|本分|義務|生きる道)は[、\\s]?[^。！？!?\\n]{0,16}?(?:結婚|出産|子育て|育児|家事|家庭|産むこと|嫁ぐこと|家を守ること)(?:(?:する)?こと)?(?:です|だ|や|でしょう|ですよ|だよ|に尽きる|にある|しかない|しかありません)?(?=[。！!…w笑\\s]|$|よ|ね)'),
    need: foldAll(['女']),
    instead: '性別で生き方や役割を決めつける書き方はせず、事業の内容と条件だけを伝えてください（例：「結婚や子育てを希望する方を応援します」）',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e) || !notQuoted(sq, s, e)) return false
      if (HATE_TAUGHT.test(withPrevious(sq, s, e))) return false
      const after = sq.slice(e, e + 24)
      return !/^[^。！？!?\n]{0,6}?(?:[」』"]|という|といった|との|と(?:いう|言|い[わっ]|され|考え|思われ|感じ|する)|って(?:言|い)|なんて|などと|ではな|じゃな|ではありませ|とは限ら|わけではな|時代は|考え方|固定観念|思い込み|は古い|は昔)/u.test(after) && !/固定観念|思い込み|役割分担|時代遅れ|古い考え|昔は|かつては/u.test(sentenceText(sq, s, e))
    },
  },
  // W13: people named for what they do not do, asked whether they do not pity their children (毎回理由をつけて来ない親御さん、
  // お子さんがかわいそうだと思いませんか？): shaming in public, warn. Not a child pitied for a circumstance (炎天下で待たされる
  // お子さんがかわいそうだと思いませんか), not a voice quoted.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:[るうくすつぬむぶぐた]|ない|ず|ん|[てで]る|とる)(?:親御さん|親|保護者(?:の方|の皆さん|の皆さま)?|ご家庭|家庭|方|人|お母さん|お父さん|ママ|パパ)(?:たち|達|方|々)?(?:、|は|って|に)[、\\s]{0,2}(?:お子さん|お子様|お子さま|子ども|子供|こども|お孫さん)(?:たち|達)?(?:が|も)[、\\s]?(?:本当に|ほんとうに|ほんとに)?[、\\s]?(?:かわいそう|可哀想|可哀そう|可哀相|気の毒|不憫|ふびん|さみしい|寂しい|さびしい)(?:だ|や)?と(?:は)?(?:思いませんか|思いません[？?]|思わないんですか|思わないのですか|思わないのでしょうか|思わないんでしょうか|思わん(?:と|の|のですか|のか|とですか)|お思いになりませんか|感じませんか|感じないんですか)'),
    need: foldAll(['かわいそ', '可哀', '気の毒', '不憫', 'ふびん', 'さみし', '寂し', 'さびし']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && notTeaching(sq, s, e),
  },
  // W13: a complainant quoted and asked with a laugh whether they even did the basic thing (「電話が全然つながらない」とおっしゃる方、
  // ちゃんとガイダンスどおりに番号押してます？笑, …って言ってる人、ちゃんと読んでます？): mockery, warn. Without a laugh only after
  // ちゃんと / きちんと in a bare question; the span is the question (the quote before it is the complaint, not a mention). Not a request (…とおっしゃる方、まずガイダンスで1番を押していただけますか？), not help offered.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<=(?:と|って)(?:おっしゃる|仰る|おっしゃってる|おっしゃっている|言う|いう|ゆう|言ってる|言っている|言ってくる|お怒りの|お嘆きの|文句を言う|書き込む|書き込んだ|書かれる|書いてる|騒ぐ|騒いでる)(?:方|人|皆さん|皆さま|皆様|方々|人たち|あなた)(?:たち|々)?(?:、|へ|は、)[、\\s]{0,2})(?:(?:ちゃんと|きちんと|ほんとに|本当に|しっかり)[^。！？!?\\n]{0,24}?(?:てます|でます|ています|でいます|てますか|ていますか|てる|でる|てん|ました|ましたか|した|んだ|た|ます|ますか)(?:の|ん)?(?:か|かね|かな)?[？?](?:\\s?(?:笑|[（(]笑[）)]|w+|ｗ+|😏|🤭|🙄|😅))?|(?:まず|そもそも|一度|いちど)[^。！？!?\\n]{0,24}?(?:てます|でます|ています|でいます|てますか|ていますか|てる|でる|ました|ましたか|した|た|ます|ますか)(?:の|ん)?(?:か|かね|かな)?[？?]\\s?(?:笑|[（(]笑[）)]|w+|ｗ+|😏|🤭|🙄|😅))'),
    need: foldAll(['おっしゃ', '仰', '言', 'いう', 'ゆう', 'お怒り', 'お嘆き', '書', '騒']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notTeaching(sq, s, e) && !/ください|いただけ|頂け|もらえ|ご案内|お問い合わせ|ご相談/u.test(sq.slice(s, e)),
  },
  // People named by what they do, called petty (〜とか言ってくる人、ほんと器が小さい, 文句ばかり言う連中は心が狭い, 〜する人って
  // 了見が狭い): contempt, warn. Not a dish (器が小さいので盛り付けは少なめに), not the writer's own (自分は器が小さい).
  // Review (rv58): PETTY is grouped, so its words after the first alternative no longer match alone (心の狭い人にならないよう、
  // 相手の立場を考えましょう: a lesson to all, with no one named).
  {
    rule: 'hostility/confrontational',
    re: phrase(`(?:[るうくすつぬむぶぐた]|ない|[てで]る|とる|よる)(?:人|者|方(?![式法針向面角策])|連中|奴|やつ|輩|人間|大人|年寄り|客)(?:々|たち|達|ら|ども)?(?:、|は|って|ってさ|ってほんと)[、\\s]{0,2}[^。！？!?\\n]{0,8}?(?:${PETTY})`),
    need: foldAll(['器', 'うつわ', '心が狭', '心の狭', '了見', '料簡', '度量', '人間が小さ', '人間の小さ', 'ケツの穴', '尻の穴', 'せこ', 'セコ', 'みみっち', '器量が']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notOwnFault(sq, s, e) && !/^[^。！？!?\n]{0,6}?(?:と|って)(?:思|言|感じ)(?:って|い|っ)(?:てた|ていた|ていました|とった|たけど|たが|ましたが)|^[^。！？!?\n]{0,6}?(?:のかな|かな|かも|でしょうか)/u.test(sq.slice(e, e + 40)),
  },
  // Told not to come if they cannot behave (黙って聞けないなら来なくていいです, ルールを守れないなら来なくて結構, 静かにできない
  // なら参加しなくていい): a brush-off to a group, warn. Not coming made unnecessary (オンラインで申請できるなら来なくていい), not care
  // (体調がすぐれないなら無理に来なくていい).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:守れ|従え|黙って(?:聞け|い(?:ら)?れ|お(?:ら)?れ)|黙っと(?:れ|けれ)|静かに(?:でき|し(?:てい)?(?:ら)?れ)|おとなしく(?:でき|し(?:てい)?(?:ら)?れ)|大人しく(?:でき|し(?:てい)?(?:ら)?れ)|我慢でき|じっとでき|わきまえられ|弁えられ|マナーを守れ)(?:ない|ん|へん|ません)(?:の|ん)?(?:なら|ならば|のなら|んなら|やったら|だったら|のであれば|ようなら)[、\\s]?[^。！？!?\\n]{0,10}?(?:(?:来|こ|参加せ|参加し|傍聴せ|傍聴し|利用せ|利用し|使わ)(?:られ)?(?:なく|ん)(?:て|で)(?:も)?(?:いい|良い|よい|よか|ええ|結構|けっこう|構いません|かまいません|構わん)|(?:来|こ)(?:ないで|んで)(?:ください|下さい|ほしい|欲しい|くれ)|帰って(?:ください|下さい|もらって結構|くれ|ほしい)|出て(?:いけ|行け|いって(?:ください|下さい|ほしい)))'),
    need: foldAll(['なら', 'やったら', 'だったら', 'であれば']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !/体調|具合|熱|風邪|無理|ご無理|オンライン|郵送|配信|中継/u.test(sentenceText(sq, s, e)),
  },
  // People named as a group, then called noisy with what they do as the reason (傍聴していた市民団体の方々、ヤジばかりで本当に
  // うるさい, 花見客の連中、騒いでばかりでうるさい): contempt for residents, warn. Not the noise of a thing (工事の音がうるさい), not
  // feeling asked after (うるさいと感じる方は).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:の)(?:方々|人たち|人達|連中|奴ら|やつら|皆さん|皆様|みなさん)[、,][、\\s]?[^。！？!?\\n]{0,16}?(?:ばかり|ばっかり|ばっか)(?:で|して)[、\\s]?(?:本当に|ほんとに|ほんと|正直|マジで|まじで|もう)?[、\\s]?(?:うるさい|うるさか|うるせー|うるせえ|鬱陶しい|うっとうしい|うざい|迷惑|邪魔)(?:です|だ|ですね|んです|ばい|たい|(?=[。！!…w笑😥😩😓😤💢\\n]|$))'),
    need: foldAll(['うるさ', 'うるせ', '鬱陶し', 'うっとうし', 'うざい', '迷惑', '邪魔']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notOwnFault(sq, s, e),
  },
  // — Blind W11, as kinds —
  // A contemptuous name for a group: the press, officials or residents called rubbish in one katakana compound (マスゴミの皆さん,
  // ゴミ記者, カス議員, クズ役人, 市民はゴミ…: マスゴミ and its kin): an insult. Not a rubbish word of a thing (ゴミ袋, ゴミ拾い,
  // ゴミ出し), not the word named in a lesson («マスゴミ»という言葉), not the writer's own.
  {
    rule: 'hostility/insult',
    re: new RegExp('(?<![ァ-ヺー])(?:マスゴミ|マスカス|マスコミ(?:ども)?(?:は|って)?(?:ゴミ|カス|クズ)(?![ァ-ヺー箱袋拾出置収集処分])|(?:ゴミ|カス|クズ)(?:記者|議員|役人|公務員|官僚|政治家|市民|住民|県民|町民|国民|マスコミ|メディア|新聞|テレビ局|職員|首長|市長|市議|教師|客|老人|親|保護者|ども)(?!会議|団体|運動|の会|センター|課|相談|説明|向け|参加|ボランティア|清掃))', 'gu'),
    need: ['ゴミ', 'カス', 'クズ'],
    squeezed: true,
    instead: INSTEAD.insult,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !HATE_TAUGHT.test(sentenceText(sq, s, e)) && !/^[」』"]?\s?(?:という|といった|との|と(?:いう|言う|呼ぶ|呼ば|揶揄)|って(?:言|い|呼))/u.test(sq.slice(e, e + 8)),
  },
  // A sexual minority, or people who have no children, declared useless to society (子どもを作らない同性カップルは少子化対策の役には
  // 立たない, LGBTの人は生産性がない, 同性婚は社会の役に立たない): discrimination aimed at people, block. Not the prejudice named to be
  // denied (生産性がない、という発言は差別です), not a lesson, not a plan or an event that is of no use.
  {
    rule: 'hostility/discrimination',
    re: phrase(`(?:${SEXUAL_MINORITY}|${CHILDLESS_W12})(?:の(?:人|方|方々|人たち|カップル))?(?:たち|達|ら)?(?:は|って|なんて|なんか|が|も)[、\\s]?[^。！？!?\\n]{0,24}?(?:(?:役|やく)(?:に|には|にも)(?:立た|たた)(?:ない|ん|ず|ぬ)|役立た(?:ない|ず)|生産性(?:が|は|も)?(?:ない|無い|なか|低い|ありません|ゼロ)|(?:社会|国)(?:の|に|にとって)(?:お荷物|負担|迷惑|不要|損失)|(?:存在|いる)(?:価値|意味)(?:が|は)?(?:ない|無い|ありません))`),
    need: foldAll(['役', '生産性', 'お荷物', '負担', '迷惑', '不要', '損失', '価値', '意味']),
    instead: INSTEAD.discrimination,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !HATE_TAUGHT.test(withPrevious(sq, s, e)) && !USELESS_DENIED_W11.test(sq.slice(e, sentenceOf(sq, s, e).end)),
  },
  // Blind W12: a sexual minority or the childless denied public money or consideration (同性カップルに税金を使う必要なんてない,
  // 子どもも産めない人たちに配慮するより少子化対策が先, LGBTへの配慮は必要ない, 同性カップルばかり優遇しすぎ): discrimination
  // aimed at people, block. Not the prejudice named to be denied (…必要はない、という考えは偏見です), not a lesson, not a step the
  // group need not take (同性カップルの方も住民票を移す必要はありません: no money, no consideration).
  {
    rule: 'hostility/discrimination',
    re: phrase(`(?:${SEXUAL_MINORITY}|${CHILDLESS_W12})(?:の(?:人|方|方々|人たち|カップル))?(?:たち|達|ら)?(?:に|には|にまで|なんかに|なんかには|なんかのために|のために|のための|への|へ|を|ばかり|ばっかり|ばかりを|ばかりが|だけ|が|は|って|なんて|なんか)[、\\s]?[^。！？!?\\n]{0,16}?(?:(?:税金|血税|公金|予算|お金|金|補助金|助成金)(?:を|なんか|なんて|まで)?(?:使う|かける|出す|投入する|回す|つぎ込む|注ぎ込む|払う)(?:必要|意味|理由|価値|義理)(?:は|なんて|なんか|も|が)?(?:ない|無い|ありません|なか|ねえ|ねー|ございません)|(?:配慮|支援|優遇|特別扱い|援助)(?:して(?:やる|あげる)|する|される|は|なんて|なんか|など)?(?:必要|意味|理由|義理)(?:は|なんて|なんか|も|が)?(?:ない|無い|ありません|なか|ねえ|ねー)|(?:配慮|支援|優遇|特別扱い)(?:は|なんて|なんか|など)?(?:いら|要ら)(?:ない|ん|ねえ)|(?:優遇|特別扱い|ひいき|贔屓|甘やかし)(?:し|され)?(?:すぎ|過ぎ)|(?:配慮|税金を使う|お金を使う|予算を使う|金を使う|税金を回す|予算を回す)(?:する)?(?:より|くらいなら|ぐらいなら)[、\\s]?[^。！？!?\\n]{0,16}?(?:が先|を先に|が優先|を優先|が大事|が大切|がまし|の方が|のほうが))`),
    need: foldAll(['必要', '意味', '理由', '義理', 'いら', '要ら', 'すぎ', '過ぎ', 'より', 'なら']),
    instead: INSTEAD.discrimination,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !HATE_TAUGHT.test(withPrevious(sq, s, e)) && !USELESS_DENIED_W11.test(sq.slice(e, sentenceOf(sq, s, e).end)),
  },
  // A group refused a public service for who they are: by occupation (医療機関にお勤めのご家庭のお子さんは登園をご遠慮ください,
  // 医療従事者の方のご来店はお断り), nationality (外国人の方の入店はお断りします), origin (〇〇出身の方) or an illness in the family
  // (感染者が出たご家庭のお子さんは登校を控えて): discrimination aimed at people, block. Not a symptom or one's own illness (発熱のある方は
  // 来館をご遠慮ください, インフルエンザにかかったお子さんは登園をお控えください), not the refusal denied (〜を理由にお断りすることはありません).
  {
    rule: 'hostility/discrimination',
    re: new RegExp(`(?:(?:医療機関|病院|医療現場|医療|介護施設|介護現場|介護|福祉施設|高齢者施設|保健所|クリニック|診療所|薬局|空港|検疫|夜の店|接待を伴う飲食店|風俗店?)(?:に|で|の)(?:お勤め|勤め|勤務|働|従事|職)[^。！？!?\\n、]{0,12}?|(?:医療従事者|医療関係者|医療職|看護師|医師|介護職員|介護士|介護職|保健師|救急隊員|消防士|トラック運転手|ドライバー)(?:の|である|をしている|をされている)?[^。！？!?\\n、]{0,8}?|${NATION148}(?:の)?|(?:(?<![ぁ-ゖ])[一-龥]{1,4}|部落|同和地区|被差別部落)出身の|(?:感染者|陽性者|患者|感染歴のある|感染したことのある|感染経験のある)(?:が出た|がいる|のいる|の出た|の)?)(?:方|人|かた|お客様|お客さま|ご家庭|家庭|ご家族|家族|世帯|お子さん|お子様|お子さま|子ども|子供|児童|生徒|園児|保護者)(?:の方)?(?:々|たち|達)?(?:の|は|も|には)?[、\\s]?[^。！？!?\\n]{0,16}?(?:登園|登校|通園|通学|出席|利用|ご利用|入店|来店|ご来店|来館|ご来館|入館|入場|ご入場|参加|ご参加|受診|入居|乗車|ご乗車|宿泊|ご宿泊|入園|入会|来所|来庁|来院|診療|お預かり|預かり|受け入れ|受入れ|契約|ご契約|入居)(?:は|を|の|について(?:は)?)?[、\\s]?(?:当面の間|しばらくの間|当分の間|当面|当分|しばらく)?[、\\s]?(?:ご遠慮|遠慮して|お断り|おことわり|断り|お控え|控えて|禁止|できません|いただけません|不可|認めません|お受けでき(?:ません|ない)|見合わせ)`, 'gu'),
    need: foldAll(['遠慮', '断', '控え', '禁止', 'できません', 'いただけません', '不可', '認めません', 'お受けでき', '見合わせ']),
    instead: INSTEAD.discrimination,
    squeezed: true,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = sentenceText(sq, s, e)
      if (HATE_TAUGHT.test(withPrevious(sq, s, e))) return false
      if (/発熱|熱の|症状|体調|咳|せき|風邪|かぜ|濃厚接触|健康観察|出席停止|待機期間|療養期間/u.test(t)) return false
      return !/^[^。！？!?\n]{0,12}?(?:(?:する|した|される)?(?:こと|ようなこと)(?:は|も)?(?:ありません|ない|ございません|しません)|しません|いたしません)/u.test(sq.slice(e, e + 24))
    },
  },
  // People from elsewhere called a nuisance for coming (県外ナンバーの車で柳川に来るのは迷惑です, 他県の人が来るのは正直迷惑,
  // よそ者に来られると迷惑) or citizens urged to report them (県外ナンバーを見かけたら通報してください): hostility to a group, warn. Not a
  // suspect vehicle reported (不審な県外ナンバーの車), not our apology (県外からお越しの方にご迷惑をおかけします).
  {
    rule: 'hostility/confrontational',
    re: phrase(`(?:県外|他県|他府県|都外|府外|道外|市外|町外|村外|よそ|他所|余所|よその(?:県|町|土地)|都会|東京)(?:ナンバー|者|もん|の(?:人|者|方|もん|連中|車|ナンバー|客)|から(?:の|来た|きた|来る|来られた|来られる)?(?:人|者|方|客|観光客|車|帰省客|来訪者))[^。！？!?\\n]{0,20}?(?:(?:来る|来られる|来られ|来て|入って来|入ってく|来訪|訪れる|うろうろ|うろつ|遊びに来|押しかけ|来るの|来ること)(?:する|している|してる|される|て(?:くる|いる|る))?(?:の|こと|と|ると|られると)?(?:は|が|も)?[、\\s]?(?:正直|本当に|ほんとに|はっきり言って|非常に|大変)?[、\\s]?(?:迷惑|めいわく|はた迷惑|傍迷惑)(?!を(?:お)?かけ|をおかけ)|(?:を|が)?[、\\s]?(?:見かけ|見つけ|目撃し|見た|みかけ|みつけ)(?:たら|た場合は|次第)[^。！？!?\\n]{0,12}?通報)`),
    need: foldAll(['迷惑', 'めいわく', '通報']),
    instead: '住んでいる場所や出身で人を敵視したり、通報を呼びかけたりせず、守ってほしい行動だけを、どなたにも同じように伝えてください（例：「感染対策へのご協力をお願いします」）',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !HATE_TAUGHT.test(withPrevious(sq, s, e)) && !/不審|盗難|事故|当て逃げ|ひき逃げ|あおり|煽り|詐欺|犯人|逃走|ナンバープレート|手配/u.test(sentenceText(sq, s, e)),
  },
  // A citizen's conduct scolded with contempt: noisy, persistent or a nuisance beyond measure (…怒鳴り続けた方がいました。うるさいにも
  // 程があります, しつこいにもほどがある, 迷惑にも程があります): warn, when a person is named in the sentence or the one before. Not a
  // noise of a thing (工事の音がうるさいにも程がある), not the writer's own.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:うるさい|うるさか|やかましい|騒々しい|そうぞうしい|しつこい|しつこか|迷惑|はた迷惑|傍迷惑|図太い|ずうずうしい|厚顔無恥|乱暴|短気|大人げない|大人気ない)(?:に)?も(?:ほど|程)が(?:あ(?:る|り|っ)|ござ)'),
    need: ['ほど', '程'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notOwnFault(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e)
      return /(?:方|人|者|客|連中|利用者|市民|住民|保護者|親|さん|様|男性|女性|男|女|若者|年寄り|議員|記者|クレーマー|あなた|あんた)(?:が|は|も|たち|達|ら|々|、|に)/u.test(t) && !/(?:音|工事|雷|犬|猫|蝉|セミ|カエル|蛙|風|雨|車|バイク|電車|騒音)(?:が|は|の|も)/u.test(sentenceText(sq, s, e))
    },
  },
  // — Blind sets R156I–R159D, as kinds —
  // A curse in the imperative of the passive, in any script (R156I-008: 全員ノロワレロ🙏; 呪われろ, 祟られろ, 轢かれろ): harm wished as a
  // command, block. Not a mention (「呪われろ」という呪文), not a longer word.
  {
    rule: 'hostility/curse',
    re: phrase(PASSIVE_CURSE),
    need: foldAll(['れろ']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => endsPhrase(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  // Harm by an agent (a pest, a boar, a flood) wished on someone's field, home or goods (R159D-093: そんなこと言う人の田んぼは、来年ぜんぶ
  // ウンカにやられたらいいのに; あんたの畑なんかイノシシに荒らされればいい): curse, block. Not a pest warned of (ウンカにやられたら
  // ご連絡ください: no wish), not a thing alone (稲がウンカにやられたら大変).
  {
    rule: 'hostility/curse',
    re: phrase(AGENT_HARM),
    need: foldAll(['らい', 'らよ', 'らえ', 'ばい', 'ばよ', 'ばえ', 'ら良', 'ば良']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && notTeaching(sq, s, e) && WHOSE159.test(sq.slice(sentenceOf(sq, s, e).start, s)),
  },
  // Those who cannot do even the least said to have no standing to criticise (R158A-003: ごみの分別もまともにできない方に、市のやり方を
  // とやかく言われたくないですね; ルールも守れない人に指図されたくない): contempt, warn. Not a child's wish (子どもに「嫌い」と言われたくない).
  {
    rule: 'hostility/confrontational',
    re: phrase(NO_STANDING),
    need: foldAll(['言われ', '指図', '説教']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notOwnFault(sq, s, e),
  },
  // …and the reader's head told to be sorted or cleaned too (R158A-003: 頭の中もいっぺん分別してみたらどうでしょう; 頭の中も大掃除
  // されてはいかが): insult on the head, warn. Not a tidy-up tip (頭の中を整理してから書くと伝わりやすい: no も/こそ, no いかが).
  {
    rule: 'hostility/confrontational',
    re: phrase(HEAD_TOO),
    need: foldAll(['頭']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notOwnFault(sq, s, e),
  },
  // Someone addressed by a complaint or anger they showed, told to learn the least first and only then come (R158A-103: 窓口で「役所は
  // 仕事が遅い」と怒鳴って帰られた方へ。番号札の見方を覚えてから来ていただけると、もっと早くご案内できますよ🙂): sarcasm, warn. Not a
  // first visit helped (初めて来られる方へ。駐車場の場所を覚えてから…: no complaint).
  {
    rule: 'hostility/confrontational',
    re: phrase(LEARN_THEN_COME),
    need: foldAll(['から']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      return ADDRESSED_BY_COMPLAINT.test(withPrevious(sq, s, e)) && notOwnFault(sq, s, e)
    },
  },
  // An excuse quoted and put on people, the staff said used to or tired of it (R159D-069: 返却期限を過ぎてから「知らなかった」と
  // おっしゃる方、毎日のようにいらっしゃるので私たちはもう慣れっこです😊; 「聞いてない」と言う方、もう聞き飽きました): sarcasm, warn. Not
  // visitors who get used to a place (「雪が怖い」とおっしゃる方も、すぐに慣れて楽しんでいます).
  {
    rule: 'hostility/confrontational',
    re: phrase(USED_TO_EXCUSE),
    need: foldAll(['慣れ', 'なれっこ', '聞き飽き', '聞きあき', '耳にタコ', '耳タコ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notTeaching(sq, s, e) && !/申し訳|お詫び|おわび|ご安心/u.test(sentenceText(sq, s, e)),
  },
  // The reader's own fault said as all it would have taken (R159D-144: 定員に達したので締め切っただけです。もっと早く申し込めば
  // よかっただけの話では？; 書類を確認すればよかっただけです): blame turned, warn. Not the writer's own (私がもっと早く気づけばよかった
  // だけの話です), not a regret reported (もっと早く申し込めばよかった、という声).
  {
    rule: 'hostility/confrontational',
    re: phrase(ONLY_HAD_TO),
    need: foldAll(['だけ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notOwnFault(sq, s, e) && !/私|わたし|僕|ぼく|こちら|当方|我々|市が|市の|担当|職員/u.test(sq.slice(sentenceOf(sq, s, e).start, s)),
  },
  // Boredom or weariness supposed with さぞ after someone's repeated or drawn-out act (R156I-002: 同じ内容を3回繰り返して質問される議員が
  // いらっしゃいました。中継をご覧の皆さまも、さぞかし退屈だったことと存じます): sarcasm at that person, warn. Not our own long event with an
  // apology (長い式典で、さぞ退屈だったことと存じます。申し訳ありません), not sympathy (さぞお疲れ).
  {
    rule: 'hostility/confrontational',
    re: phrase(SAZO_BORED),
    need: foldAll(['さぞ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const t = withPrevious(sq, s, e)
      return REPEATED_ACT.test(t) && DOER.test(t) && !/申し訳|お詫び|おわび|失礼いたしました|反省|私ども|私たち|当方/u.test(sq.slice(Math.max(0, s - 200), e + 60))
    },
  },
  // Another town said to have nothing but one thing, ours set against it (R156I-003: お隣の大川市さんは家具くらいしかないけど、柳川には
  // 川下りもうなぎも…😏; 隣町なんてイオンぐらいしかないし): belittling, warn. Not our own (柳川には特急が1本しかないけど), not a joint
  // venture (お隣の市さんは人口が3万人ほどしかないけど、柳川と協力して…).
  {
    rule: 'hostility/confrontational',
    re: phrase(ONLY_THING),
    need: foldAll(['しか']),
    instead: '他の自治体と比べて下げず、柳川の魅力そのものを紹介してください',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const st = sentenceOf(sq, s, e)
      const lead = sq.slice(st.start, s + 1).replace(/柳川/gu, '')
      if (!OTHER_TOWN49.test(lead) && !new RegExp(OTHER_TOWN47, 'u').test(lead)) return false
      const after = sq.slice(e, Math.min(sq.length, e + 60))
      return OURS156.test(after) && !JOINT156.test(sq.slice(st.start, Math.min(sq.length, e + 80)))
    },
  },
  // The reader's opinion put in a past era by an afterthought or called an era's (R156I-034: 「…」とのご意見、ずいぶん時代を先取り
  // されていますね。昭和の、ですが。; お考えがまだ昭和で止まっていらっしゃる): sarcasm, warn. Not history (昭和の街並みを残してほしい
  // とのご意見), not our own.
  {
    rule: 'hostility/confrontational',
    re: phrase(PAST_ERA156),
    need: foldAll(['昭和', '明治', '大正', '戦前', '前世紀', '石器', '江戸', '昔前', '縄文', '化石']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && OPINION.test(withPrevious(sq, s, e)) && notOwnFault(sq, s, e),
  },
  // A group's poor result called steady (R156I-042: 西地区チームは今年も安定の最下位でした; 〇〇さんは安定の遅刻): mockery, warn. Not
  // our own staff team's (職員チームは今年も安定の最下位でした😂), not praise (安定の美味しさ).
  {
    rule: 'hostility/confrontational',
    re: phrase(STEADY_LOSS),
    need: foldAll(['安定']),
    instead: INSTEAD.polite,
    // Blind R165I-054: not the writer's own (or its mascot's) run, thanked for the cheers after it (…ほりわりんは安定の最下位でした🐢
    // でも沿道のみんなの声援で、なんとか完走できたばい！: self-deprecation).
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !OWN_TEAM.test(sentenceText(sq, s, e)) && !CHEERED_ON.test(sq.slice(e, e + 80)),
  },
  // …and a cheer doubted in an aside (R156I-042: 来年こそは頑張りましょう（無理かな？）; 期待してます（たぶん無理）): mock
  // encouragement, warn. Not a cheer (来年も頑張りましょう！), not our own team.
  {
    rule: 'hostility/confrontational',
    re: phrase(DOUBT_ASIDE),
    need: foldAll(['無理', 'むり', 'ムリ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !OWN_TEAM.test(withPrevious(sq, s, e)),
  },
  // People who left or failed written off with a knowing guess at their want of resolve (R156I-080: 「田舎は不便すぎる」と言って1年で
  // 都会へ戻っていった移住者の方もいました。要するに覚悟が足りなかったんでしょうね; 根性が足りんかったんやろ): contempt, warn. Not our own
  // (私たちの準備が足りなかったのでしょう: not a fault of resolve), not advice.
  {
    rule: 'hostility/confrontational',
    re: phrase(WANT_RESOLVE),
    need: foldAll(['足り', '足ら', 'なかった', '無かった']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && PEOPLE.test(withPrevious(sq, s, e)) && !/私|わたし|我々|職員|当方|こちら|市の|僕|自分/u.test(sentenceText(sq, s, e)) && !/^[^。！？!?\n]{0,4}?(?:と|って)(?:反省|振り返|思い|考え)/u.test(sq.slice(e, e + 12)),
  },
  // The reader asked whether they cannot read or understand Japanese (R156I-081: 募集ページにすべて書いてあります。日本語が読めないの
  // でしょうか？; 字も読めんとですか？): insult, block. Not a language service (お子さんが日本語が読めない場合は通訳を), not a question
  // about someone named (外国人の方は日本語が読めないのでしょうか？いいえ…), not reported.
  {
    rule: 'hostility/insult',
    re: phrase(NO_JAPANESE),
    need: foldAll(['日本語', 'にほんご', '字', 'ひらがな']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const st = sentenceOf(sq, s, e)
      const lead = sq.slice(st.start, s)
      if (lead.length > 8 && !/あなた|あんた|お前|おまえ|ご自身|ご自分|そちら|お宅/u.test(lead)) return false
      if (/(?:方|人|子|さん|者|お子|外国|留学生|実習生)(?:は|が|って|も)/u.test(lead)) return false
      const after = sq.slice(e, e + 40)
      if (/^[？?]?\s?(?:と|って)(?:[^。]{0,6})?(?:聞|言|問|思|悩|心配|不安)/u.test(after) || /^[？?]?\s?(?:いいえ|実は|そんなこと|その場合|大丈夫)/u.test(after)) return false
      return !LANGUAGE_HELP.test(withPrevious(sq, s, e) + after)
    },
  },
  // An impossible remedy asked of complainers in sarcasm (R157I-062: 音がうるさいというご意見を多数いただきました。工事なしで快適なトイレが
  // 使える魔法があれば、ぜひ教えていただきたいものです😊; そんな方法があるなら教えてほしいものです): warn. Not a sincere call for ideas
  // (よりよい方法があれば、ぜひ教えてください), not without a complaint.
  {
    rule: 'hostility/confrontational',
    re: phrase(MAGIC),
    need: foldAll(['もの']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && COMPLAINED157.test(withPrevious(sq, s, e)),
  },
  // --- Blind R162I–R166I, as kinds ---
  // クソ as a prefix to a word naming a person, in one run (R162I-011: あんたみたいなｸｿｸﾚｰﾏｰ; クソ客, クソ役人): insult. Not 鼻くそ,
  // やけくそ, へたくそ, not クソ寒い.
  {
    rule: 'hostility/insult',
    re: phrase(KUSO_PERSON),
    need: foldAll(['くそ', '糞']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => ownWords(sq, s, e) && !/^[^。！？!?\n]{0,4}?(?:って|と)(?:言|い[わう]|呼|書|罵)/u.test(sq.slice(e, e + 10)),
  },
  // A death or vanishing wished as a suggestion in the ば-form (R164D-071: そんなに柳川が嫌ならタヒねば？; 死ねば？, 消えれば？): curse.
  {
    rule: 'hostility/curse',
    re: phrase(CURSE_BA_ASK),
    need: foldAll(['ねば', 'れば']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => ownWords(sq, s, e) && notAboutThing(sq, s, e),
  },
  // A lifelong misfortune wished on someone (R165I-014: 割り込みしてきた白いワゴンの人、一生渋滞にはまっとってください🙏; 一生迷っとけ,
  // 一生後悔してください): curse. Not 一生懸命, 一生の思い出, 一生大切にしてください.
  {
    rule: 'hostility/curse',
    re: phrase(LIFELONG_CURSE),
    need: foldAll(['一生']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !/しないよう|せんよう|ないように|ませんように|ないで|防/u.test(sentenceText(sq, s, e)),
  },
  // The addressee's face or looks set below a thing (R165I-042: きみの顔よりはだいぶマシやけん; あなたの顔よりマシ): insult.
  {
    rule: 'hostility/insult',
    re: phrase(FACE_WORSE),
    need: foldAll(['より']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  // People said to be out of their mind (R165I-058: 値段も調べんで来る方がどうかしとると思うけどね; そんな客はどうかしてる): warn.
  {
    rule: 'hostility/confrontational',
    re: phrase(GONE_MAD),
    need: foldAll(['どうかし', 'おかしい']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !/(?:と|って)(?:心配|不安|気に)/u.test(sq.slice(e, e + 12)),
  },
  // Another town's turnout or size put at a fraction of ours with a smirk (R165I-088: 川向こうの町のマラソン大会、参加者はうちの半分も
  // おらんかったらしいです😏 まあ…仕方なかですね〜): warn. Not a plain fact, not a joint venture.
  {
    rule: 'hostility/confrontational',
    re: phrase(FRACTION_OF_OURS),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const ctx = withPrevious(sq, s, e)
      if (!TOWN_THERE.test(ctx.replace(/柳川/gu, '')) || JOINT156.test(ctx)) return false
      return SMIRK166.test(sq.slice(s, Math.min(sq.length, e + 80)))
    },
  },
  // A critic called idle as the condition for a suggestion (R165I-098: …とコメントくださる常連さん、…そんなにお暇なら、…ボランティアに
  // ぜひ; そげん暇なら手伝いに来んね): warn; with a critic in the sentence or the one before. Not お暇なら遊びに来てね.
  {
    rule: 'hostility/confrontational',
    re: phrase(SO_IDLE),
    need: foldAll(['暇', 'ひま']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && (CRITIC.test(withPrevious(sq, s, e)) || CRITIC36.test(withPrevious(sq, s, e))),
  },
  // A wrong done to the event called a favour with くださる and thanked (R166I-068: 場所を独り占めしてくださった一部の方々、…本当に
  // ありがとうございました; ごみを置き去りにしてくださった方、ありがとうございました): sarcasm, warn.
  {
    rule: 'hostility/confrontational',
    re: phrase(WRONG_THANKED),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && THANKS166.test(withNext(sq, s, e)),
  },
  // The head said to hold something other than brains (R166I-087: 脳みその代わりに泥でも詰まっているんじゃないでしょうか; 脳みそ
  // 入ってますか？): insult.
  {
    rule: 'hostility/insult',
    re: phrase(NO_BRAINS),
    need: foldAll(['脳']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !/料理|レシピ|カニ|かに|蟹|エビ|海老|解剖|授業|理科|標本/u.test(sentenceText(sq, s, e)),
  },
  // Someone's way of life doubted (R165I-013: 最前列はいつものおじさん5人…平日の昼間から…人生これでよかとかな): contempt, warn, with
  // people named and no first person. Not 私の人生これでいいのかな.
  {
    rule: 'hostility/confrontational',
    re: phrase(LIFE_DOUBTED),
    need: foldAll(['人生']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const ctx = withPrevious(sq, s, e)
      return LIFE_PEOPLE.test(ctx) && !LIFE_SELF.test(ctx)
    },
  },
  // Someone addressed in a reply told straight out they are a nuisance (R163A-003: @… 文句ばっかり言うなら…来てもらわなくて結構です。
  // 正直迷惑なんで。): insult, in a reply or after an @handle or a pronoun.
  {
    rule: 'hostility/insult',
    re: phrase(NUISANCE_TOLD),
    need: foldAll(['迷惑']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && /^\s*[@＠]|あなた|あんた|お前|おまえ|貴方|そちら/u.test(sq.slice(0, e)) && !/(?:に|には|へ|の)(?:も)?[、\s]?(?:正直|ほんと(?:に)?|本当に|マジで|まじで|はっきり言って|ぶっちゃけ)?[、\s]?迷惑/u.test(sq.slice(Math.max(0, s - 8), e)),
  },
  // The home of those who litter imagined spotless in sarcasm (R163A-148: 空き缶を植え込みに押し込んでいく方は、きっとご自宅もさぞかし
  // きれいにされているんでしょうね): warn, with the doers of a fault before it.
  {
    rule: 'hostility/confrontational',
    re: phrase(SAZO_CLEAN),
    need: foldAll(['さぞ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && LITTERER.test(withPrevious(sq, s, e)),
  },
  // Blind R168A-006, R169D-073 (ORGAN_ASKED): the reader asked whether their eyes, ears or brains are there at all, in any
  // question ending (目ついてないんですか？, 脳みそちゃんと入ってます？, 耳ついとる？): insult.
  {
    rule: 'hostility/insult',
    re: phrase(ORGAN_ASKED),
    need: foldAll(['目', '眼', '耳', '頭', 'あたま', '脳', 'おつむ']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !ORGAN_THING.test(sentenceText(sq, s, e)) && !ORGAN_SELF.test(sentenceText(sq, s, e)),
  },
  // Blind R168A-146 (HARM_PRAYED): harm wished on someone in the prayer form 〜ますように (抜いた人、一生不幸になりますように,
  // 罰が当たりますように, 地獄に落ちますように): curse. Not the good wish 事故に遭いませんように, not a thing or a demon (鬼, コロナ).
  {
    rule: 'hostility/curse',
    re: phrase(HARM_PRAYED),
    need: foldAll(['ように']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && notAboutThing(sq, s, e) && !PRAYED_THING.test(sentenceText(sq, s, e)),
  },
  // Blind R169D-093 (KNEW_IT): a critic asked in mock politeness whether they knew a plain fact, with かね or an eye-roll
  // (…とご意見をくださった方、田んぼが何でできているかご存じでしたかね🙄, 苦情の方、雨が降ると濡れるって知ってましたか🙄): warn.
  // Not trivia asked of everyone (…ってご存じでしたか？実は…), not a quiz.
  {
    rule: 'hostility/confrontational',
    re: phrase(KNEW_IT),
    need: foldAll(['ご存じ', 'ご存知', '知つて', '知ら', 'お分かり']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && CRITIC43.test(withPrevious(sq, s, e)) && !QUIZ.test(sq) && !ORGAN_SELF.test(sentenceText(sq, s, e)),
  },
  // Blind R169D-113 (READ_AGAIN43): the reader told to read again, or slowly, after being told it is written in large or plain
  // letters (大きな字で書いてありますので、もう一度ゆっくりお読みいただければ幸いです, はっきり書いとるけん、もう一回読んでみて): warn,
  // to someone addressed or a critic. Not a notice's "read it carefully" (必ずよくお読みください), not large print offered.
  {
    rule: 'hostility/confrontational',
    re: phrase(READ_AGAIN43),
    need: foldAll(['字', '大きく', 'はつきり', '太字', 'でかでか', '目立つ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && (/^\s*[@＠]/u.test(sq) || ASKER43.test(withPrevious(sq, s, e))),
  },
  // Blind R169D-119 (PRAISE_KOTODE): people named by what they did praised in irony with a bare 〜ことで at the end (…ふさいで
  // いた親御さんたち、今年も本当にお行儀がよろしいことで。, 割り込んでくる方々、ずいぶんお急ぎなことで): warn. Not 〜ことですね,
  // not 何よりです after it, not a couple teased with no fault (ご夫婦、仲のよろしいことで).
  {
    rule: 'hostility/confrontational',
    re: phrase(PRAISE_KOTODE),
    need: foldAll(['ことで']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && (BEHAVING.test(withPrevious(sq, s, e)) || DOERS43.test(withPrevious(sq, s, e))) && !THANKED43.test(withPrevious(sq, s, e)) && !ORGAN_SELF.test(sentenceText(sq, s, e)),
  },
  // --- Blind R171I/R172A, as kinds (stop 44) ---
  // Blind R171I-009 (MORE_GROWN): someone else said far more grown-up or better behaved than people named by a fault
  // (怒鳴り続けてた方、…赤ちゃん連れの方のほうがよっぽど大人でしたよ, 割り込む大人より小学生のほうがずっと行儀がいい): warn.
  // Not a year compared (今年のほうがずっとマナーが良く), not children praised with no fault named.
  {
    rule: 'hostility/confrontational',
    re: phrase(MORE_GROWN),
    need: foldAll(['ほうが', '方が']),
    instead: '人を比べて見下さず、「窓口でのお手続きは順番にご案内しています。ご理解とご協力をお願いします」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && GROWN_FAULT.test(withPrevious(sq, s, e)) && !SELF.test(sentenceText(sq, s, e).replace(/ご?自分|ご自身/gu, '')),
  },
  // Blind R171I-089 (FAIL_PRAISED): people named by what they cannot do even so much as, mock-praised as saying things of another
  // class (さすが、ごみの分別もできん人は言うことが違いますね〜👏, 日本語も読めない方は一味違いますね): warn. Not an expert praised.
  {
    rule: 'hostility/confrontational',
    re: phrase(FAIL_PRAISED),
    need: foldAll(['違', 'ちが', 'ちゃう', 'さすが', '流石', 'ご立派', '大した', 'たいした']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notTeaching(sq, s, e),
  },
  // Blind R172A-054 (MISUSE_THANKED): a misuse thanked with くださる (救急車をタクシー代わりに呼んでくださる皆さま、いつも本当に
  // ありがとうございます…おかげさまで、本当に必要な方のところになかなか行けません): sarcasm, warn, with a loss told after おかげで or
  // a plain wrong (無断で…してくださる方々). Not riders thanked for using a bus as their car (マイカー代わりに使ってくださる皆さま).
  {
    rule: 'hostility/confrontational',
    re: phrase(MISUSE_THANKED),
    need: foldAll(['くださ', '下さ', 'いただ', '頂い']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const next = sq.slice(e, e + 120)
      if (!THANKS166.test(next)) return false
      return LOSS_AFTER.test(next) || WRONG_MISUSE.test(sq.slice(s, e))
    },
  },
  // Blind R172A-009 (NUISANCE_BARE): someone addressed told flatly they are a nuisance in a sentence of its own (あなたの書類が…。
  // もう窓口には来ないでください。迷惑です。): insult, with a pronoun or an @handle before. Not ご迷惑をおかけします, not 迷惑メール.
  {
    rule: 'hostility/insult',
    re: phrase(NUISANCE_BARE),
    need: foldAll(['迷惑']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && /^\s*[@＠]|あなた|あんた|お前|おまえ|貴方/u.test(sq.slice(0, s)) && !/^[^。！？!?\n]{0,10}?(?:と|って)(?:言|い[わうっ]|思|感じ)/u.test(sq.slice(e, e + 14)),
  },
  // Blind R172A-009 (NEVER_COME): someone addressed or at fault told in a request never to come again (もう窓口には来ないで
  // ください, 二度と来ないでほしい, もう顔を出さんでくれんね): curse. Not a safety notice, not a visit no longer needed.
  {
    rule: 'hostility/curse',
    re: phrase(NEVER_COME),
    need: foldAll(['もう', '二度と', '金輪際', '今後一切']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notNoNeed(sq, s, e) && NEVER_COME_WHO.test(withPrevious(sq, s, e)) && !NEVER_COME_OK.test(withPrevious(sq, s, e)),
  },
  // --- Blind R174I–R178A, as kinds (stop 45) ---
  // The reader's failure to understand presumed as the reason for what they are told next, after a repeat or with the reader sent to do it
  // themself (R174I-003: 三度ご説明しておりますが、ご理解いただけないようですので、…ご自身でもう一度お読みいただけますでしょうか).
  {
    rule: 'hostility/confrontational',
    re: phrase(NOT_UNDERSTOOD174),
    need: foldAll(['ので', 'から', 'けん', 'なんで']),
    instead: '相手の理解を責めず、「分かりにくくて申し訳ありません。要点は…です」のように、改めて案内してください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e) || OWN_BLAME.test(sentenceText(sq, s, e))) return false
      return AGAIN.test(withPrevious(sq, s, e)) || ON_YOUR_OWN.test(sq.slice(e, sentenceOf(sq, s, e).end))
    },
  },
  // The asker asked in exasperation how many times they will ask the same thing (R177I-004: なんべん同じこと聞くと？).
  {
    rule: 'hostility/confrontational',
    re: phrase(SAME_ASKED174),
    need: foldAll(['同じ']),
    instead: '繰り返しの質問を責めず、「お問い合わせありがとうございます。…は次のとおりです」のように、答えだけを伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !/お子|子ども|子供|こども|孫/u.test(sentenceText(sq, s, e)),
  },
  // How many times a thing must be handed out before the reader reads it, asked in exasperation (R178A-010: 分別表、何回配れば読んで
  // もらえるんですかね？; not a plan to find out: 何回読み聞かせをすれば覚えてもらえるのか、工夫しています).
  {
    rule: 'hostility/confrontational',
    re: phrase(HOW_MANY_TIMES),
    need: foldAll(['何度', '何回', '何べん', 'なんべん', 'なんど', 'なんかい', '何遍', '何枚']),
    instead: '「分別表は市ホームページでもご覧いただけます」のように、見られる場所だけを伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !/お子|子ども|子供|こども|児童|生徒|園児/u.test(sentenceText(sq, s, e)),
  },
  // A critic said to lack the sense (R177I-012: センスなかモン), with a critic or an addressee in the sentence or the one before.
  {
    rule: 'hostility/confrontational',
    re: phrase(NO_SENSE174),
    need: foldAll(['センス']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e) || /^[、\s]?(?:と|って)(?:言|い[わうっ]|よく|思)/u.test(sq.slice(e, e + 6))) return false
      const sen = sentenceText(sq, s, e)
      return !SELF.test(sen) && (CRITIC.test(withPrevious(sq, s, e)) || SPLASH_CUE.test(withPrevious(sq, s, e)))
    },
  },
  // Something splashed or thrown at a critic as a harm, in character speech too (R177I-012: 『地味』とか言う人には、うなぎのタレ
  // ぶっかけてやるモン😤): threat. Not food served, not a splashing game.
  {
    rule: 'hostility/threat',
    re: phrase(SPLASH),
    need: foldAll(['ぶっかけ', 'ぶっ掛け', 'ひっかけ', '引っかけ', '引っ掛け', '浴びせ', 'あびせ', 'ぶちまけ', '投げつけ', 'なげつけ', 'ぶつけ']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      const before = sq.slice(sentenceOf(sq, s, e).start, s)
      return ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && SPLASH_AT.test(before) && SPLASH_CUE.test(withPrevious(sq, s, e)) && !SPLASH_OK.test(withPrevious(sq, s, e))
    },
  },
  // People who cannot do even the least, named by what they complain, given mock respect (R175A-021: 分別一つできないとおっしゃる
  // 皆さまのご苦労には、まったく頭が下がる思いです; not helpers of people who cannot).
  {
    rule: 'hostility/confrontational',
    re: phrase(FAIL_ADMIRED),
    need: foldAll(['感心', '恐れ入', 'おそれい', '感服', '敬服', '脱帽', '頭が下が', '尊敬']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !FAIL_ADMIRED_OK.test(sentenceText(sq, s, e)),
  },
  // A critic who finds fault every time mock-praised as seeing what others do not (R174I-043: さすが、市のどの投稿にも欠かさずご指摘
  // をくださる方は、着眼点が違いますね).
  {
    rule: 'hostility/confrontational',
    re: phrase(HABIT_CRITIC),
    need: foldAll(['違', 'ちが']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !SELF.test(sentenceText(sq, s, e)),
  },
  // The reader's literacy made a condition before advice, in any dialect (R177I-004: 字ぃ読めんとやったら、まわりの人に読んでもらわんね;
  // not small print, eyesight, a language or a child).
  {
    rule: 'hostility/confrontational',
    re: phrase(CANT_READ_IF),
    need: foldAll(['読め', 'よめ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !CANT_READ_OK.test(sentenceText(sq, s, e)),
  },
  // --- Blind R179I–R181D, as kinds (stop 44) ---
  // The reader told to read first and only then get in touch, after a repeat or with the answer out already (R180A-006).
  {
    rule: 'hostility/confrontational',
    re: phrase(READ_FIRST179),
    need: foldAll(['から']),
    instead: '「詳しくは市ホームページの〇〇のページ（URL）でご案内しています」のように、見られる場所だけを丁寧に伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      return AGAIN.test(win) || ALREADY_OUT.test(win) || ASKED_AGAIN49.test(win)
    },
  },
  // A critic mocked for speaking from behind anonymity, or told that what they cannot say with their face shown should not have been
  // written (R180A-025: 匿名だと随分と強気になれるんですね。顔を出して言えないようなことなら、最初から書かなければいいのに).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${ANON_BOLD}|${FACE_HIDDEN179}`),
    need: foldAll(['匿名', 'とくめい', 'ネット', '画面越し', '顔', '名前', '名乗', '名無し', '実名', '本名', '素性']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !ANON_GENERAL.test(sentenceText(sq, s, e)),
  },
  // Litter left behind thanked as a favour (R181D-018: 河川敷にゴミをきれ〜いに置いて帰ってくださった皆さま、本当にありがとうございました).
  {
    rule: 'hostility/confrontational',
    re: phrase(LITTER_THANKED),
    need: foldAll(['くださ', '下さ', 'いただ', '頂い']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && THANKS166.test(withNext(sq, s, e)) && !LITTER_OK.test(sq.slice(sentenceOf(sq, s, e).start, e)),
  },
  // The neighbours of a nuisance supposed delighted with さぞ (Blind R183I-034: 夜遅くまで花火を楽しまれた皆さま、ご近所の方々もさぞかし
  // 喜んでおられたことでしょう): sarcasm, warn, with the nuisance in the sentence or next to it. Not real joy at good news.
  {
    rule: 'hostility/confrontational',
    re: phrase(NEIGHBOURS_JOY),
    need: foldAll(['さぞ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && NUISANCE183.test(withPrevious(sq, s, e) + withNext(sq, s, e)) && !NUISANCE_MET.test(withPrevious(sq, s, e) + withNext(sq, s, e)),
  },
  // Adults named by a fault asked whether they are really grown-ups (R181D-050: …指示に従わない一部の保護者の方々、本当に大人なんでしょうか).
  {
    rule: 'hostility/confrontational',
    re: phrase(ADULT_Q179),
    need: foldAll(['大人', 'おとな', '社会人', '親', '保護者']),
    instead: '人を見下さず、「誘導員の指示に従っていただくようお願いします」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && GROWN_FAULT.test(withPrevious(sq, s, e)),
  },
  // A colleague or a superior despised in a grumble (R179I-007: …仕事振ってくる係長。自分は5時ちょうどに帰るくせに。ああいう人が上に
  // いる限り、この課は何も変わらんよ): warn. Not the writer's own (私は新人のくせに…).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${BOSS_KUSENI}|${BOSS_ABOVE}`),
    need: foldAll(['くせ', '癖', '上', 'うえ', 'トップ', '管理職', '課長', '係長', '部長', '幹部']),
    instead: '職場への不満は公式アカウントに書かず、上司や同僚と直接話してください。誤って投稿していないか、アカウントを確かめてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (/^(?:ああ|あんな|あげな|あがん)/u.test(sq.slice(s, e))) return true
      return STAFF_ROLE.test(withPrevious(sq, s, e)) && !/私|わたし|僕|ぼく|わたくし/u.test(sentenceText(sq, s, e))
    },
  },
  // さすが … ですね after an eye-roll at a misdeed (R179I-035: …生ごみを出してくださる方がこんなにたくさん🙄 さすが水と文化の町・柳川ですね👏👏).
  {
    rule: 'hostility/confrontational',
    re: phrase(MOCK_SASUGA),
    need: foldAll(['さすが', '流石']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      return EYE_ROLLS.test(win.slice(0, win.length - (sentenceOf(sq, s, e).end - s))) || EYE_ROLLS.test(sq.slice(e, e + 4))
    },
  },
  // --- Blind R184I–R188A, as kinds (stop 46) ---
  // The reader guessed in polite sarcasm not to have read what was published (R184I-003: …載せておりますが、お忙しくてまだ目を通されて
  // いないのかもしれませんね).
  {
    rule: 'hostility/confrontational',
    re: phrase(UNREAD_GUESS),
    need: foldAll(['ない']),
    instead: '読んでいないと決めつけず、「値上げの理由は広報紙9月号2ページでご案内しています」のように、載っている場所だけを伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && ALREADY_OUT.test(withPrevious(sq, s, e)) && !UNREAD_OK.test(withNext(sq, s, e)),
  },
  // The asker talked down to after repeated questions, told it will now be said in easy words (R184I-031).
  {
    rule: 'hostility/confrontational',
    re: phrase(SIMPLER),
    need: foldAll(['言葉', 'ことば', '表現', '言い方', '砕', 'くだ', 'ゆっくり', '最初から']),
    instead: '繰り返しの質問にふれず、「お問い合わせありがとうございます。…は次のとおりです」のように、答えだけを伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      return ASKED_AGAIN184.test(win) && !SIMPLER_OK.test(win)
    },
  },
  // A grumble at people named by what they do, closing on 勘弁してほしい (R185A-045: …って言う常連さん、…ほんと勘弁してほしい).
  {
    rule: 'hostility/confrontational',
    re: phrase(SPARE_ME),
    need: foldAll(['勘弁', 'かんべん']),
    instead: '利用者への不満は書かず、「閉館時間は午後9時です。お早めのご来館をお願いします」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && DOERS185.test(withPrevious(sq, s, e)) && !THING_SPARED.test(sentenceText(sq, s, e)),
  },
  // Mock admiration for a careless act (R185A-070: 雨予報なのに傘持たずに来る皆さん、ほんと勇者ですね👏; R186D-027: …揃えずにお越しになる皆さま。
  // …その度胸には本当に頭が下がります).
  {
    rule: 'hostility/confrontational',
    re: phrase(DARING_PRAISED),
    need: foldAll(['勇者', '猛者', '強者', 'つわもの', 'チャレンジャー', '冒険家', '大物', '命知らず', '度胸', '勇気', '大胆', '肝の太さ', '心臓の強さ', 'チャレンジ精神']),
    instead: '皮肉でほめず、「雨の予報です。傘をお持ちください」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e) || DARING_OK.test(sentenceText(sq, s, e))) return false
      const win = withPrevious(sq, s, e)
      return CARELESS_COME.test(win.slice(0, win.length - (sentenceOf(sq, s, e).end - s)))
    },
  },
  // A grown-up scolded as one after a request (R186D-004: …していただけないものでしょうか。大人なんですから。).
  {
    rule: 'hostility/confrontational',
    re: phrase(GROWN_SCOLD),
    need: foldAll(['から', 'けん', 'けえ']),
    instead: '相手を子ども扱いせず、「乗り合わせでのご来場にご協力をお願いします」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const cur = sentenceOf(sq, s, e)
      if (!/^[\s、]*$/u.test(sq.slice(cur.start, s))) return false
      const win = withPrevious(sq, s, e)
      return ASKED_BEFORE.test(win.slice(0, win.length - (cur.end - cur.start))) && !GROWN_OK.test(withPrevious(sq, s, e) + withNext(sq, s, e))
    },
  },
  // The least effort asked with くらいの … は in a reproachful request (R186D-004: 乗り合わせて来るくらいの工夫はしていただけないものでしょうか).
  {
    rule: 'hostility/confrontational',
    re: phrase(LEAST_EFFORT186),
    need: foldAll(['くらいの', 'ぐらいの']),
    instead: '相手を責めず、「乗り合わせでのご来場にご協力をお願いします」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !SELF.test(sentenceText(sq, s, e)),
  },
  // The reader asked whether they read it properly after a count of times told (R187I-059: これで3回目のご案内になります。上の投稿、
  // ちゃんと読んでいただけましたか？).
  {
    rule: 'hostility/confrontational',
    re: phrase(READ_CHECKED),
    need: foldAll(['ちゃんと', 'ちゃーんと', 'きちんと', 'しっかり', 'よく', '最後まで', '全部']),
    instead: '読んだかを問わず、「給水車の場所は次のとおりです」のように、答えだけをもう一度伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e) || READ_Q_OK.test(withNext(sq, s, e)) || QUIZ.test(sq)) return false
      const win = withPrevious(sq, s, e)
      return AGAIN.test(win) || ALREADY_OUT.test(win) || ABOVE.test(win)
    },
  },
  // Told a thing is found with a little looking, as a reproach, and people who come without reading said never to stop coming (R188A-018).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${EASY_FOUND}|${UNREAD_FLOOD}`),
    need: foldAll(['ば', '後を絶', 'あとを絶']),
    instead: '相手の確認不足を責めず、「必要な書類は市ホームページの一覧でご確認いただけます」のように、確認できる場所を伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !EASY_OK.test(withNext(sq, s, e)),
  },
  // Blind R225R-009 kind: the answer said to be known at once if the asker looked back, in keigo, after a count of times told.
  {
    rule: 'hostility/confrontational',
    re: phrase(EASY_BACK),
    need: foldAll(['れば']),
    instead: '相手の確認不足を責めず、「臨時駐車場は○○です（詳しくは市ホームページ）」のように、答えだけをもう一度伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e) || EASY_OK.test(withNext(sq, s, e))) return false
      const win = withPrevious(sq, s, e)
      return AGAIN.test(win) || ALREADY_OUT.test(win) || ABOVE.test(win) || TOLD_BEFORE.test(win)
    },
  },
  // Blind R189I-004 kind: a complainer described, then a scolding wish (…と窓口で声を荒げる方がいますが、まずは…開けてから来ていただきたい
  // ものです).
  {
    rule: 'hostility/confrontational',
    re: phrase(WISH_SCOLD),
    need: foldAll(['もの', 'ところ']),
    instead: '相手を責めず、「通知は○月○日に発送しました。届いていない場合は納税課へご連絡ください」のように、案内だけを伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e) || WISH_OK.test(sentenceText(sq, s, e))) return false
      const win = withPrevious(sq, s, e)
      return COMPLAINER189.test(win.slice(0, win.length - (sentenceOf(sq, s, e).end - s)))
    },
  },
  // Blind R189I-035 kind: users' ability mocked in surprise at how many cannot (日付の読めない大人がこんなに多いとは驚きです).
  {
    rule: 'hostility/confrontational',
    re: phrase(CANNOT_MANY),
    need: foldAll(['驚', 'びっくり', '信じ', '呆れ', 'あきれ', '情けな', '嘆かわし', '衝撃', '思いません', '思わな', '思わん', '思いもし']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !/アンケート|調査|結果|割合|パーセント|％|%|統計|データ/u.test(sentenceText(sq, s, e)) && !NEED_MET.test(withNext(sq, s, e).slice(e - sentenceOf(sq, s, e).start)),
  },
  // Blind R189I-063 kind: the people who consult blamed for it (正直なところ、親御さんが甘やかしているだけというケースがほとんどです).
  {
    rule: 'hostility/confrontational',
    re: phrase(BLAME_MOST),
    need: foldAll(['ほとんど', '殆ど', '大半', '大多数', '多数', '割']),
    instead: '相談する人を責めず、「食べる量やタイミングを少し変えるだけで改善することもあります。お気軽にご相談ください」のように、支援の中身を伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !BELIEF.test(sq.slice(e)) && !OWN_SIDE189.test(sq.slice(s, e)),
  },
  // Blind R190A-034 kind: sarcastic thanks for something bad (…残してくれた2年生のみなさん、調理員一同「感謝」しとります; ほんに作りがいの
  // あることですばい).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${SCARE_THANKS}|${WORTH_IRONY}`),
    need: foldAll(['感謝', 'ありがと', 'お礼', '御礼', 'どうも', 'がいの', '甲斐の']),
    instead: '皮肉でお礼を言わず、「今日の給食は残りが多めでした。苦手な食材も一口から挑戦してみてね」のように、伝えたいことをそのまま伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      const before = win.slice(0, win.length - (sentenceOf(sq, s, e).end - s))
      return SPOILED190.test(before) && !TAUGHT.test(sentenceText(sq, s, e))
    },
  },
  // Blind R191I-050 kind: a complainer mocked as having time (毎朝お電話をくださる方、本当にお時間があるんですね) and the extra work
  // thanked (おかげさまで担当者の仕事が一つ増えました).
  {
    rule: 'hostility/confrontational',
    re: phrase(`${HAS_TIME}|${WORK_UP}`),
    need: foldAll(['お時間', 'お暇', 'おひま', 'おかげ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !INVITE.test(sq.slice(e, e + 40)) && atCaller(sq, s, e),
  },
  // Blind R192D-005 kind: people who keep getting it wrong told a child could follow it, or to read it slowly once.
  {
    rule: 'hostility/confrontational',
    re: phrase(`${CHILD_EASY}|${READ_AGAIN191}`),
    need: foldAll(['でも', 'だって', 'いかが', 'どう']),
    instead: '相手の理解力に触れず、「変更点は○○と○○の2点です。分からない点はお気軽にお問い合わせください」のように、要点を伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && repeatWrongAround(sq, s, e),
  },
  // Blind R192D-053 kind: residents who do not understand told they are not fit for it (…分からないという方は、選挙に向いていない).
  {
    rule: 'hostility/confrontational',
    re: phrase(UNFIT191),
    need: foldAll(['向いて', '不向き', '資格']),
    instead: '相手の適性を論じず、「投票所は○○小学校です。地図は入場券の裏面にもあります」のように、案内だけを伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !UNFIT_METHOD.test(sq.slice(s, e).replace(/^[^は]*?(?:は|って|が)/u, '')),
  },
  // Blind R192D-022 kind: a wish to harm people (…連中、本当に許せません。見つけたら同じように川へ放り込んでやりたい気分です).
  {
    rule: 'hostility/threat',
    re: phrase(HARM_WISH),
    need: foldAll(['やりた', 'やらな', 'やらも']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && harmedPerson(sq, s, e),
  },
  // … and people named by a wrong they did as 連中, condemned (投げ捨てていった連中、本当に許せません).
  {
    rule: 'hostility/confrontational',
    re: phrase(GANG),
    need: foldAll(['連中']),
    instead: '人を「連中」と呼ばず、「ポイ捨ては条例で禁止されています。ごみはお持ち帰りください」のように、守ってほしいことを伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && (CONDEMN.test(sentenceText(sq, s, e)) || OFFENCE.test(sq.slice(sentenceOf(sq, s, e).start, e))),
  },
  // Blind R191I-004 kind: 民度 used to look down on people (…民度どうなってるの…？).
  {
    rule: 'hostility/insult',
    re: phrase(MINDO),
    need: foldAll(['民度']),
    instead: INSTEAD.insult,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  // Blind R192D-038 kind: sarcastic well-wishing to people who did not help (毎年出てこられない皆さま、…ご自宅で快適にお過ごしくださいね).
  {
    rule: 'hostility/confrontational',
    re: phrase(WELLWISH),
    need: foldAll(['お過ごし', 'おくつろぎ', 'お休み', 'どうぞ']),
    instead: '参加しなかった人を皮肉らず、「次回は○月○日です。ご都合のつく方はぜひご参加ください」のように、次の機会を伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      const before = win.slice(0, win.length - (sentenceOf(sq, s, e).end - s))
      return NONHELPER.test(before) && HABIT191.test(win) && !NEXT_TIME191.test(sentenceText(sq, s, e))
    },
  },
  // Blind R193I-030 kind: mock praise with さぞ of a critic's refinement (…とのこと、さぞかし…な方なんでしょうね).
  {
    rule: 'hostility/confrontational',
    re: phrase(SAZO_PERSON),
    need: foldAll(['さぞ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !SYMPATHY.test(sq.slice(s, e)) && CRITIC193.test(withPrevious(sq, s, e)),
  },
  // Blind R453E-020 kind: the critic's proof asked for in mock eagerness (…とのこと。…ぜひその計算書を拝見したいものです).
  {
    rule: 'hostility/confrontational',
    re: phrase(PROOF_WANTED),
    need: foldAll(['たいもの']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && CRITIC193.test(withPrevious(sq, s, e)),
  },
  // Blind R257P-003 kind: mock humility that puts the town's fare down as too plain for a critic whose refinement is mocked.
  {
    rule: 'hostility/confrontational',
    re: phrase(HUMBLE_FARE),
    need: foldAll(['口', '眼鏡', '気', '好み', '満足']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && REFINED.test(withPrevious(sq, s, e)),
  },
  // Blind R193I-057 kind: critics guessed to lack the sense to judge (…レビュー書いてる人って、たぶん…が分からない人なんでしょうね).
  {
    rule: 'hostility/confrontational',
    re: phrase(CANNOT_TELL),
    need: foldAll(['でしょう', 'だろう', 'やろ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && REVIEWER.test(withPrevious(sq, s, e)) && !TAKEN_BACK.test(sq.slice(e, e + 40)),
  },
  // Blind R194A-007 kind: a wish that people were more tolerant, after their complaints (…心の広い方ばかりだと助かるのですが).
  {
    rule: 'hostility/confrontational',
    re: phrase(TOLERANT_WISH),
    need: foldAll(['ばかり', 'ばつかり', 'ばつか', 'だけ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && COMPLAINED194.test(withPrevious(sq, s, e)),
  },
  // Blind R194A-022 kind: a resident's writing ranked below a child's (小学生の作文の方がまだ筋道が通っている…請求書).
  {
    rule: 'hostility/confrontational',
    re: phrase(BELOW_CHILD194),
    need: foldAll(['方が', 'ほうが']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && ADULT_DOC.test(withPrevious(sq, s, e)),
  },
  // Blind R194A-024 kind: people who do wrong said to learn nothing until it costs them (…払うまで、何もお分かりにならないのでしょう).
  {
    rule: 'hostility/confrontational',
    re: phrase(UNTIL_HURT),
    need: foldAll(['まで']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && COST194.test(sq.slice(sentenceOf(sq, s, e).start, s)) && BEHAVING.test(withPrevious(sq, s, e)),
  },
  // Blind R195D-005 kind: grown-ups mocked that age has not brought a basic skill (二十歳になっても…は別問題のようですね).
  {
    rule: 'hostility/confrontational',
    re: phrase(AGE_NO_SKILL),
    need: foldAll(['なつても', 'なつたのに', 'なつたつて', 'しても', 'したのに', 'したつて']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && LATE195.test(withPrevious(sq, s, e)),
  },
  // Blind R195D-048 kind: common sense prescribed as a shot or a medicine (…より先に常識を打ってもらったほうがいい).
  {
    rule: 'hostility/confrontational',
    re: phrase(SENSE_SHOT),
    need: foldAll(['常識', '良識', 'マナー', 'モラル', '思いやり', '社会性', '協調性', '礼儀', 'デリカシー']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notTeaching(sq, s, e) && BEHAVING.test(withPrevious(sq, s, e)),
  },
  // Blind R195D-062 kind: told to feel a little shame (少しは恥ずかしいと思ってください).
  {
    rule: 'hostility/confrontational',
    re: phrase(FEEL_SHAME),
    need: foldAll(['少しは', 'すこしは', 'ちよつとは', 'ちつとは', '少しぐらい', '少しくらい']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notOwnFault(sq, s, e),
  },
  // Blind R196I-048 kind: someone said to have not even read the papers (…を読まれていないとしか思えない質疑).
  {
    rule: 'hostility/confrontational',
    re: phrase(UNREAD_ONLY),
    need: foldAll(['思え', '考えられ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notOwnFault(sq, s, e) && BODY196.test(sentenceText(sq, s, e)),
  },
  // Blind R197A-032 kind: a reckless act thanked and the burden it made called a favour (…わざわざ…くださる…。おかげさまで…大忙しです).
  {
    rule: 'hostility/confrontational',
    re: phrase(BUSY_THANKS),
    need: foldAll(['おかげ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && DEFIED.test(withPrevious(sq, s, e)),
  },
  // Blind R197A-054 kind: helpers called a burden (…来られた方がいましたが、正直、足手まといでした).
  {
    rule: 'hostility/confrontational',
    re: phrase(BURDEN197),
    need: foldAll(['足手まとい', '足手纏い', 'あしでまとい', 'お荷物']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const before = sq.slice(sentenceOf(sq, s, e).start, s)
      return !SELF.test(before) && !GREW197.test(sentenceText(sq, s, e)) && HELPER197.test(withPrevious(sq, s, e))
    },
  },
  // Blind R198I-006 kind: the reader asked to put themselves in the staff's place too, after a repeated fault (…側の身にもなって…のですが).
  {
    rule: 'hostility/confrontational',
    re: phrase(OWN_PLACE),
    need: foldAll(['にも']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notTeaching(sq, s, e) && REPEAT198.test(withPrevious(sq, s, e)),
  },
  // Blind R198I-026 kind: a wish that people had done the least before coming, trailing off (せめて…てから来ていただけると…んですけどね).
  {
    rule: 'hostility/confrontational',
    re: phrase(LEAST_FIRST),
    need: foldAll(['せめて', '少なくとも']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && REPEAT198.test(withPrevious(sq, s, e)),
  },
  // Blind R199A-019 kind: an unreasonable demand's nerve mock-admired (…返金しろ」と書き込める発想力、見習いたい).
  {
    rule: 'hostility/confrontational',
    re: phrase(MOCK_NERVE),
    need: foldAll(['発想', '想像力', '神経', '度胸', '図太さ', 'メンタル', '精神力', '感性', '胆力', '勇気', '自信', '行動力']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && DEMAND.test(sentenceText(sq, s, e)),
  },
  // Blind R199A-046 kind: people who still cannot understand written off (これで分からない方は、もうお手上げです).
  {
    rule: 'hostility/confrontational',
    re: phrase(WRITTEN_OFF199),
    need: foldAll(['これで', 'ここまで']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  // Blind R200D-032 kind: people named by a fault mock-praised with さぞ as a fine example (…無視して…。さぞ素晴らしいお手本になった).
  {
    rule: 'hostility/confrontational',
    re: phrase(FINE_EXAMPLE),
    need: foldAll(['さぞ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && FAULT200.test(withPrevious(sq, s, e)),
  },
  // Blind R200D-047 kind: people named by a fault written off as deaf to anything said (そういう方には何を言っても響かない).
  {
    rule: 'hostility/confrontational',
    re: phrase(DEAF200),
    need: foldAll(['言つても', 'いつても', '言うても', 'しても']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && notTeaching(sq, s, e) && !NOT_GIVEN_UP.test(sq.slice(e, e + 14)),
  },
]
