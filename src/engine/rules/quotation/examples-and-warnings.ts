/**
 * Quotations given as examples (4(4)): a scam's or a bad trader's wording quoted in a warning (EXAMPLE_CONTEXT, SCAM_MESSAGE_AFTER,
 * SCAM_CONTENT_AFTER, IMPOSTOR_LINE_AFTER, circulatingMessage), remarks quoted as instances of a kind or a harm (EXAMPLE_AFTER,
 * EXAMPLE_KIND_AFTER, EXAMPLE_HARM_AFTER, HARM_BACK_AFTER, HARM_LISTED_AFTER, OWNED_BEFORE, EXCUSE_WORDS_AFTER), a typical worry as an
 * example (worryFrame), ad copy behind a trick (EXAMPLE_AD_AFTER), a common belief set right (beliefCorrected), a quiz's statements and
 * choices (QUIZ_CONTEXT, QUIZ_AFTER, QUIZ_INNER, quizChoices), quotations side by side (QUOTE_RUN), a message the city received set out
 * on its own lines (messageSetOut) and a list of cases under a lead (casesLead, listedCase). These are the post's own specimens: no
 * source needed. Not so when the specimen is a named work or read in a medium. Part of the quotation family (index.ts reads the
 * quotations and reports them).
 */
import type { RuleInput } from '../../rule'
import { letters, PUBLISHED_VOICE } from './context'

/** A quiz: a statement to judge, then its answer (○×クイズです…「…」…答えは×). */
export const QUIZ_CONTEXT = /クイズ|問題です|Q[.．:：]|[〇○]×/u
export const QUIZ_ANSWER = /答え(?:は|：|:)|正解(?:は|：|:)|A[.．:：]/u
/**
 * Blind R202A-024 kind: Q. and A. mark a page of questions and answers as much as a quiz; words told as someone's speech in it (以前テレビで
 * あるお医者さんが「…」と話されていて) are quoted from them, not a statement to judge.
 */
export const SPOKEN_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?\s?(?:お話し|話さ|話し|話して|言っ|言わ|いっ|おっしゃ|語っ|語ら|述べ)/u
/**
 * A warning against scams: the quoted messages are the scam's, shown as examples (「未納です。本日中に…」). Blind HO-056: in やさしい日本語
 * the call or the message itself is called a lie, with a comma or spaces between the words (「…」という でんわ は、うそ です; うその でんわ).
 */
export const SCAM_CONTEXT = /(?<![A-Za-z])(?:[Ss]cam(?:s|mers?)?|[Ff]raud(?:s|sters?|ulent)?|[Pp]hishing)(?![A-Za-z])|さぎ|(?:でんわ|めーる|メール|てがみ|電話|はがき|ハガキ|SMS|メッセージ)\s?(?:は|も)[、,]?\s?(?:うそ|ウソ|嘘|にせもの|ニセモノ|偽物)|(?:うそ|ウソ|嘘|にせ|ニセ)の\s?(?:でんわ|電話|めーる|メール|てがみ|手紙|はがき|ハガキ|SMS|メッセージ)|(?<![A-Za-z])(?:[Ff]ake|[Bb]ogus|[Ss]uspicious)\s(?:(?:phone|tele)\s)?(?:calls?|e-?mails?|messages?|texts?|SMS|letters?|websites?|sites?|visitors?)(?![A-Za-z])|不審な|詐欺|なりすまし|成りすまし|架空(?:の)?[\p{Script=Han}ァ-ヶー]{0,6}?請求|フィッシング|偽の(?:メール|メッセージ|電話|サイト)|にせの/u
/**
 * Blind KE-035 kind: a message sent by an impostor or a fraud, quoted in a warning (柳川市の公式アカウントをかたる偽のアカウントから、「…を送って
 * ください」というDMが届いた; 市を名乗るアカウントから「当選しました…」というメッセージ; 身に覚えのない「未払い料金が…」というメール): the
 * message is named by its kind right after the quotation (という/との DM, メール, SMS, 電話, 通知, 手紙) and the paragraph calls its sender
 * false (偽の, かたる, 名乗る, 装った, なりすまし, 身に覚えのない, 不審な) or tells readers not to answer it (返信せず, ブロック, 開かない,
 * お尋ねすることは一切ありません; a bare ご注意ください is any warning's, 土砂災害にご注意ください too). The fraud's words, shown as the specimen of the trick; no one's text to cite. (A publication's or a person's words,
 * という記事, と話した, are no message of this kind.)
 */
export const SCAM_MESSAGE_AFTER =
  /^[」』”〟]?\s?(?:という|との|といった|などの|のような)(?:内容の|文面の|文言の)?(?:DM|ダイレクトメッセージ|ダイレクトメール|メール|Eメール|SMS|ショートメール|ショートメッセージ|メッセージ|電話|LINE|通知|はがき|ハガキ|手紙|封書|文書|書き込み|コメント|連絡|勧誘)(?![\p{Script=Han}ァ-ヶー])/u
/**
 * Blind KH-015 kind (misc60): the message given as the content of one the paragraph names by its kind (架空料金請求のSMSが…確認されています。「…
 * 本日中にご連絡ください」という内容で、…; …というはがきが届いています。文面は「…」という内容です): the quotative names what the message says, its
 * kind told before (SMS, メール, 電話, はがき); read with a false sender or advice not to answer, as SCAM_MESSAGE_AFTER is.
 */
export const SCAM_CONTENT_AFTER = /^[」』”〟]?\s?(?:という|との|といった)(?:内容|文面|文言|趣旨)(?:で|の|です|でした|が|と|に|も)/u
export const MESSAGE_KIND = /DM|ダイレクトメッセージ|ダイレクトメール|メール|SMS|ショートメール|ショートメッセージ|メッセージ|電話|LINE|通知|はがき|ハガキ|手紙|封書|文書/u
export const SCAM_SENDER =
  /(?:アカウント|公式|市|市役所|役所|課|係|職員|担当者?|警察|警察官|銀行|銀行員|業者|事業者|団体|協会|省|庁|機構|センター|会社)(?:を|の名(?:前)?を)(?:かた|騙|名乗|装|よそお)(?:る|り|って|った|い)|(?:偽|ニセ|にせ)(?:の)?(?:アカウント|DM|ページ|サイト|LINE|通知|SMS|ショートメール|ショートメッセージ|メッセージ|メール|電話|はがき|ハガキ|請求|業者|職員|窓口)|偽物|なりすまし|成りすまし|乗っ取られ|身に覚えのない|心当たりのない|不審な|(?:怪しい|あやしい)(?:DM|メール|SMS|電話|メッセージ|サイト|アカウント|リンク|URL)|詐欺|フィッシング/u
export const SCAM_ADVICE =
  /返信(?:せず|しない|しないで|は(?:せず|しない))|ブロック(?:して|を)|(?:開か|クリックせ|クリックし|アクセスせ|アクセスし|タップせ|タップし|入力せ|入力し|応じ)(?:ず|ないで)|(?:お尋ね|お聞き|お伺い|求め|要求|依頼|お願い)する(?:ことは|ことも)(?:一切|決して)?(?:ありません|ございません)|相手にしないで|削除してください/u
/**
 * Blind KD-047 kind: a resident's typical worry or question voiced in brackets as an example, the post then answering it (「急に熱が出たけれど、
 * 病院へ行くべき？」「救急車を呼んでいいのか分からない」。そんなときは、#7119を; 「…不安」。そのような場合は; 「…どうしよう」と不安なときは;
 * 「…のかな」と思ったら): what anyone might say, given as the case the service is for, no one's text to cite. Read after the run of quotations
 * (the frame follows the last), and only when the words are a worry or a question (WORRY_INNER); a saying (「人生は短い…」とあります) has
 * no such frame.
 * Blind KX-057 kind: …also framed in the dialect's demonstrative (「…」――そげん時は, こがん場合は) and a change noticed in a neighbour (「近所の
 * おばあちゃんを見かけなくなった」, 「様子がおかしい」) as the worry the desk is for.
 */
const WORRY_EXAMPLE_AFTER =
  /^[」』”〟]?[\s。、…―—‐ー\-－!！?？]{0,4}(?:(?:そんな|こんな|そういう|こういう|そのような|このような|そうした|こうした|そげん|こげん|そがん|こがん|そぎゃん|こぎゃん|そげな|こげな)(?:とき|時|場合|ときこそ|時こそ|方|かた|あなた|お悩み|悩み|不安|心配|疑問)(?:は|に|こそ|も|には|、|,|の|を|で)|(?:と|って)[、,]?(?:迷った|迷う|迷われた|悩んだ|悩む|困った|困る|お困りの|お悩みの|不安な|不安に(?:なった|感じた|思った)|心配な|心配になった|思った|感じた|気になった|気になる)(?:とき|時|ら|場合|方)(?:は|に|こそ|も|には|、|,|の)?)/u
export const WORRY_INNER =
  /[？?]|分から|わから|どうし|どうすれ|どうやって|迷|不安|心配|困|大丈夫|いいの|いいか|べき|かな|かしら|だろう|でしょうか|のか|かも|苦し|つら|辛い|しんど|眠れ|できない|できそうにない|(?:見かけ|見え|姿を見|顔を見|会わ|出て(?:こ|き))(?:ない|ん|なく|ません)|様子が(?:おかし|変|いつもと)|気にな/u
/** Someone named as who said it, right before (田中選手は「…不安だった」。そんな不安を…): their words, not a typical worry. */
export const WORRY_SPEAKER_BEFORE = /(?:さん|氏|様|さま|先生|選手|監督|コーチ|長|者|家|員|師|士|官)(?:は|が|も|の|から)[、,]?\s?$/u
export function worryFrame(masked: string, b: number): boolean {
  const rest = masked.slice(b, b + 240)
  return WORRY_EXAMPLE_AFTER.test(rest.slice(QUOTE_RUN.exec(rest)![0].length))
}
/** Quotations given as examples of a scam or of wording to avoid (詐欺の手口の紹介). */
/**
 * Blind GZ-131: kinds of post shown as the risk they carry (次のような投稿から、自宅や学校、留守の時間がわかってしまうことがあります。⏎・「明日
 * から家族で3泊4日の旅行！」（留守がわかる）, こんな書き込みは特定される危険があります): an awareness post's examples of what not to post, no
 * one's text. Kinds merely shown (次のような投稿を見つけました, こんな投稿が話題です) tell no risk.
 */
const RISKY_POSTS = '(?:次の|こんな|このような|以下の|こうした|そのような|下記の)(?:ような)?(?:投稿|書き込み|つぶやき|ツイート|ポスト|発信|写真|コメント)[^。！？!?\\n]{0,30}?(?:(?:わか|分か|知られ|ばれ|バレ)(?:って|て)しま|特定さ|狙われ|危険|危な|トラブル|炎上|被害|悪用|要注意|注意が必要|気をつけ|気を付け)'
/**
 * Blind HO-046: the lines a bad trader presses people with, shown as examples (次のような言葉で契約を迫る業者が現れることがあります。⏎⏎「市の
 * 委託業者です。…」, こんな話で工事を勧める業者, 悪質な訪問業者, 台風に便乗した…): the trader's pitch, no one's text to cite. Lines merely
 * introduced (次のような言葉で締めくくりました) press no one.
 */
const PRESSING_LINES = '(?:次の|以下の|こんな|このような|そのような|下記の)(?:ような)?(?:言葉|セリフ|台詞|誘い文句|うたい文句|謳い文句|口実|話|言い方|説明)で[^。！？!?\\n]{0,20}?(?:契約|勧誘|購入|支払|振り?込|迫|誘|持ちかけ|だま|騙|売りつけ|売り付け|押し付け|工事を(?:勧め|すすめ)|近づ|(?:上がり|あがり|入り|はいり)込)|悪質な[^。！？!?\\n]{0,4}?(?:業者|訪問|勧誘|販売)|(?:災害|台風|地震|豪雨|大雨|水害)に便乗'
/**
 * Blind HR-081: a trader's pitch quoted, then the city saying it does no such thing (市はこのような回収を行っていません, 市の職員がこうした
 * 訪問をすることはありません, 柳川市ではそのような電話はしていません), or the trader named by what it claims (無料回収をうたう業者, 市の委託を
 * 名乗る業者): the pitch is what the post warns of, no one's text to cite.
 */
const CITY_DISOWNS = '(?:柳川市|本市|当市|市役所|市)(?:の職員)?(?:は|では|が)[、,]?(?:この|その|こう|そう|あの)(?:ような|いった|した)[^。！？!?\\n]{0,16}?(?:を|は)[、,]?(?:一切|決して)?(?:行って|おこなって|して|実施して|依頼して|委託して|許可して|お願いして|案内して)(?:い|お)(?:ません|りません)|(?:柳川市|本市|当市|市役所|市)(?:の職員)?(?:が|から)[^。！？!?\\n]{0,20}?(?:する|行う|おこなう|お願いする|求める)ことは(?:一切|決して)?(?:ありません|ございません)|(?:を|と)(?:うたう|うたった|謳う|謳った|称する|称して|名乗る|名乗って)(?:悪質な)?(?:業者|事業者|者|電話|訪問|勧誘|トラック)'
/**
 * Blind HU-097: the same disowning in English (The Immigration Services Agency does not ask for payment by phone, The city will never ask for
 * your bank details, Police never ask you to transfer money): a body saying it does not ask for money or personal data, so the call or
 * message quoted is what the post warns of. Asking for something else (does not charge admission) or nothing denied is no warning.
 */
const DISOWNS_EN = '(?<![A-Za-z])(?:(?:does|do|will|would)\\s(?:not|never)|never|doesn[\'’]t|don[\'’]t|won[\'’]t)\\s(?:ask|request|demand|collect)s?\\s(?:you\\s|anyone\\s|residents\\s)?(?:for|to)?\\s?[^.!?\\n]{0,30}?(?:payments?|pay\\b|money|fees?|cash|transfers?|bank|credit card|card numbers?|PIN|passwords?|account|personal (?:information|details|data))(?![A-Za-z])'
/*
 * Blind ID-046: a message residents received, set out to warn (次のようなショートメッセージが届いています。⏎⏎「…」⏎（…市内で確認された
 * 不審メッセージの文面）): the specimen the warning is about, told to be going round (出回っています, 確認されています, or captioned so; not 届いた方はいませんか？). Words the city wants to pass on (届けたい言葉) are no specimen.
 */
export const EXAMPLE_CONTEXT = new RegExp(`${RISKY_POSTS}|${PRESSING_LINES}|${CITY_DISOWNS}|${DISOWNS_EN}|${/詐欺|悪質商法|[\p{Script=Han}ァ-ヶー]{1,6}商法|訪問販売|押し売り|押し買い|悪質な勧誘|不審な(?:訪問|人物|者)|不審な?(?:ショート)?(?:電話|メール|メッセージ|SMS|はがき|ハガキ|手紙|封書|文書|郵便物|DM)|手口|なりすまし|成りすまし|(?:職員|市役所|役所|警察官?|銀行員?|業者|担当者|係員)を(?:名乗|装|かた)(?:る|り|って|った)|(?:を|から)(?:聞き出そう|聞き出す|聞き出し|だまし取|騙し取|だまし取ろう|騙し取ろう)|架空(?:の)?[\p{Script=Han}ァ-ヶー]{0,6}?請求|還付金|払い戻し|(?:聞かれ|尋ねられ|求められ)ても[、,]?(?:絶対に|決して)?(?:答え|教え|応じ)|勧誘の言葉|記入例|文例|例文|フィッシング|偽(?:の)?(?:メール|SMS|サイト)|(?:といった|のような|などの)(?:メール|SMS|ショートメール|ショートメッセージ|電話|連絡|手紙|はがき|勧誘|メッセージ|DM)|(?:次の|以下の|下記の|こんな|このような|こういった|こうした|こげな|こがん|こげん)(?:ような)?(?:ショートメッセージ|ショートメール|メッセージ|メール|SMS|電話|はがき|ハガキ|手紙|封書|文書|通知)(?:が|も)[、,]?[^。！？!?\n「『]{0,12}?(?:出回っ|確認され|相次い|送りつけられ|送り付けられ)(?:て(?:い|お)(?:ます|る|ります)|と(?:ります|る))(?=[。！!\n]|$)|[（(][^（）()\n]{0,30}?(?:確認され|届いた|届けられ|出回っ)[^（）()\n]{0,12}?(?:文面|文言)[）)]/u.source}`, 'u')
/** A remark quoted as an example of what is said, taken up right after as one of a kind (「…」――こうした言葉は、今も聞かれます)
 * or as the harm it does (そんな一言が傷つけます); not a saying recalled (こんな言葉があります, そんな言葉を思い出す), which has an author. */
export const EXAMPLE_AFTER = /^[」』”〟]?[^。！？!?\n「『]{0,6}?[。―ー—…、\s]*[^。！？!?\n「『]{0,16}?(?:(?:こうした|このような|そうした|そのような)(?:心ない|何気ない)?(?:言葉|一言|ひと言|発言|書き込み|言い方|貼り紙|張り紙|落書き|問いかけ)|(?:こんな|そんな)(?:心ない|何気ない)?(?:言葉|一言|ひと言|発言|書き込み|言い方|貼り紙|張り紙|落書き|問いかけ)[^。！？!?\n]{0,24}?(?:傷つ|苦し|悩|差別|偏見|ハラスメント|いじめ|禁止|狭め|許され|人権|違反))/u
/**
 * Remarks or signs quoted as instances of a kind the post then names (「…」「…」――そんな小さな変化に気づいたら, 「…」――何気ない
 * ひとことに思い込みが, 「…」と怒鳴る、生活費を渡さない――これらも暴力です): examples of what is said or seen, no one's text.
 */
export const EXAMPLE_KIND_AFTER = /^[」』”〟]?(?:[\s、]*[「『][^」』\n]{1,40}[」』]){0,4}[^。！？!?\n「『]{0,6}?[。―ー—…、\s]*(?:(?:こんな|そんな|こうした|このような|そうした|そのような|そういった|こういった)(?:小さな|ささいな|ちょっとした|身近な|日常の)?(?:変化|様子|サイン|場面|経験|悩み|不安|困りごと|お困りごと|気づき|異変|行動|行為|症状|状態|ケース|とき|時)|(?:何気ない|心ない|無意識の|悪気のない|軽い気持ちの)(?:言葉|一言|ひとこと|ひと言|発言|声かけ|言動)|と(?:怒鳴|どな|責め|脅|罵|ののし|なじ|言い放|命令す|強要す)(?:る|す|られる|される)[、,]|[^。！？!?\n]{0,30}?これら(?:も|は)(?:すべて|全て)?(?:暴力|虐待|ハラスメント|いじめ|差別))/u
/**
 * Blind R72A-148: remarks quoted as instances of a kind of words, which the same sentence then classes as abuse or harassment (「誰のおかげで
 * 生活できていると思っているんだ」といった言葉や、生活費を渡さないこともDVにあたります, 「…」などの発言はパワハラです, 「…」のような暴言も
 * 虐待に当たります): an awareness post's example of what abusers say, no one's text. Words called one kind (という言葉) and a class not said
 * of them (…という言葉が心に残りました) are no example.
 * Blind JE-005 kind (decmaskq5): refusals a shop might say, set out as examples of a kind of conduct the same sentence classes as
 * discrimination (・「車いすの方の入店はお断りしています」⏎といった一律の対応は、不当な差別的取扱いにあたる): a notice's instances of what not
 * to do, no one's text.
 */
const HARM_KIND = '(?:差別的(?:な)?取り?扱い|不当な取り?扱い|DV|暴力|虐待|ハラスメント|パワハラ|セクハラ|モラハラ|カスハラ|マタハラ|パタハラ|アカハラ|いじめ|イジメ|差別|人権侵害|ストーカー行為|つきまとい)'
export const EXAMPLE_HARM_AFTER = new RegExp(
  `^[」』”〟]?(?:[\\s、]{0,3}[「『][^」』\\n]{1,40}[」』]){0,4}\\s?(?:といった|のような|などの|など[、,]?の?|みたいな)(?:心ない|ひどい|乱暴な|威圧的な|脅す(?:ような)?|見下す(?:ような)?|[一-龠々]{1,4}(?:的な|な|の))?(?:言葉|発言|言動|暴言|一言|ひとこと|ひと言|言い方|物言い|罵声|脅し|メッセージ|書き込み|対応|応対|扱い|取り?扱い|断り方|接し方|態度|行為)[^。！？!?\\n]{0,40}?${HARM_KIND}(?:[（(][^()（）\\n]{0,16}[）)])?(?:に(?:あた|当た|該当|含ま)|です|とな|にな|とされ|の(?:一つ|ひとつ|一種|典型))`,
  'u',
)
/**
 * Blind R143I-026: a remark quoted as an instance of a harm the next sentence names by pointing back at it (「あの地区の出身の人とは
 * 結婚させない」。今もこうした差別が残っています, 「…」。このような偏見が, 「…」――そうしたハラスメントを): a human-rights post's example of
 * what is said, no one's text. A harm named without pointing back (差別について考えましょう) is no such frame.
 */
/**
 * Blind R254L-053 kind: the words set out are pointed back at as words that hurt (“Go back to your country.” 「外国人は出ていけ」⏎こうした
 * 言葉は、人の尊厳を深く傷つけます, このような発言は人を追い詰めます): an awareness post shows what not to say — a mention, not a text quoted.
 * Words pointed back at as moving or wise (こうした言葉に励まされ) are no such frame.
 * Blind KR-018 kind (fix-DM): …or as words said without thinking, pointed back at by この/その (「男のくせに泣くな」「…」⏎何気なく口にした
 * この言葉が、誰かの可能性を狭めている, ついかけてしまうその一言が子どもを縛っている): the harm may narrow, bind or take away.
 */
const HURTFUL_WORDS = '(?:言葉|発言|言動|書き込み|一言|ひと言|ひとこと)(?:は|が|も|で|によって|によって、)[、,]?[^。！？!?\\n「『」』]{0,24}?(?:傷つけ|傷付け|きずつけ|深く傷|苦しめ|追い詰め|追いつめ|おとしめ|貶め|踏みにじ|否定し|脅かし|おびやかし|狭め|せばめ|奪っ|奪い|縛っ|縛り|しばっ)'
export const HARM_BACK_AFTER = new RegExp(
  `^[」』”〟]?(?:[\\s、]{0,3}[「『][^」』\\n]{1,40}[」』]){0,4}[^。！？!?\\n「『]{0,6}?[。―ー—…、\\s]*[^。！？!?\\n「『」』]{0,12}?(?:(?:こうした|このような|そうした|そのような|こういった|そういった|こんな|そんな)(?:心ない|根強い|いわれのない|いわれなき|理不尽な|不当な|身近な|無意識の)?(?:${HARM_KIND}|偏見|差別的な?(?:言動|発言|言葉)|暴言|${HURTFUL_WORDS})|(?:何気なく|なにげなく|つい|うっかり|軽い気持ちで|悪気なく|無意識に)[^。！？!?\\n「『」』]{0,8}?(?:この|その|これらの)${HURTFUL_WORDS})(?![一-龠々ァ-ヶ])`,
  'u',
)
/**
 * Blind TS-073: a remark quoted as what an abuser says, one of the acts listed in the same sentence (「誰のおかげで…」と繰り返し責める、
 * 生活費を渡さない、交友関係を制限する。), then the list pointed back at as a harm (これらもDVにあたります, こうしたことは虐待です, …と
 * 怒鳴るのもハラスメントです): an awareness post's example of what is said, no one's text. The act is a verb of saying hard things (責める,
 * 怒鳴る, ののしる, 脅す, 否定する …); a remark not pointed back at as a harm (…と責める人もいます) is no such frame.
 */
export const HARM_LISTED_AFTER = new RegExp(
  `^[」』”〟]?(?:と|って)[^。！？!?\\n「『]{0,12}?(?:責め|怒鳴|どな|ののし|罵|なじ|脅|おど|言い続け|言い放|否定|見下|馬鹿にし|バカにし|非難|けなし|貶)[^。！？!?\\n「『」』]{0,60}?(?:。\\s?)?[^。！？!?\\n「『」』]{0,8}?(?:これら|これ|こうしたこと|こうした行為|このような行為|このようなこと|そうしたこと|いずれも|どれも|のも|ことも|ことは)(?:の行為)?(?:も|は|が)?[、,]?(?:すべて|全て|みな|立派な|れっきとした)?${HARM_KIND}(?:[（(][^()（）\\n]{0,16}[）)])?(?:に(?:あた|当た|該当|含ま)|です|とな|にな|とされ|の(?:一つ|ひとつ|一種|典型))`,
  'u',
)
/**
 * Blind IA-037: short remarks quoted as the words a harm is brushed aside with, the sentence saying the words hide or excuse it
 * (いじめは「いじられているだけ」「ふざけているだけ」という言葉で見過ごされがちです, 「しつけのつもり」といった言い訳で虐待が正当化される,
 * 「仲がいいから」のような一言で済ませていませんか): what people say, given as an example of a kind, no one's text to cite. A line that
 * merely ends or opens a work (という言葉で締めくくられた, で知られる) or moved someone (という言葉で背中を押された) is not brushed aside;
 * words someone owns (ある作家の「…」, 市長が「…」) or read in a medium (雑誌で読んだ「…」) are theirs, not an example.
 */
/** The quotation is someone's: their name or a vague one right before it (作家の「…」, ある方が「…」). */
export const OWNED_BEFORE = /(?:の|が)\s?$|ある[^「『」』。！？!?\n]{0,12}$/u
export const EXCUSE_WORDS_AFTER = /^[」』”〟]?(?:[\s、・]{0,3}[「『][^」』\n]{1,30}[」』]){0,4}\s?(?:という|といった|のような|などの|みたいな|って)(?:言葉|一言|ひとこと|ひと言|言い訳|言いわけ|言い分|言い方|口実|理由)(?:で|によって|に隠れて|の陰で|のもとで)[、,]?[^。！？!?\n「『]{0,16}?(?:見過ご|見逃|見落と|片付け|片づけ|かたづけ|済ま[させ]|すま[させ]|ごまか|誤魔化|正当化|軽視|軽く扱|見えにくく|見えなく|覆い隠|隠さ|隠れ|放置|矮小化|うやむやに|受け流|流さ)/u
/**
 * Round 43: a worry or question residents bring to the city, quoted, then taken up in the next sentence as one of its kind that
 * the staff hear (「入院したら、この子はどうなるんだろう」。見守り訪問の中で、こうした不安をうかがうことが増えています / そうした
 * ご相談が寄せられています): the residents' voice, heard by the city, not a text with an author. Blind R134A-112: so is a remark at the
 * post's own event taken up as such a one described (「…？」⏎今日のおはなし会で、そんなかわいい質問がありました).
 */
export const VOICE_HEARD_AFTER = /^[」』”〟]?(?:[\s、]*[「『][^」』\n]{1,40}[」』]){0,4}[^。！？!?\n「『]{0,6}?[。―ー—…、\s]*[^。！？!?\n「『」』]{0,30}?(?:(?:こうした|このような|そうした|そのような|そういった|こういった|同じような|同様の|こんな|そんな)(?:お?悩み|不安|ご?相談|お?声|ご?心配|疑問|ご?質問|お?問い合わせ|お?困りごと|ご?要望)(?:を|が|も|は)[^。！？!?\n]{0,8}?(?:うかが|伺|お聞き|聞く|聞き|聞かれ|受け|寄せられ|いただ|頂|届|増え|多く)|(?:こんな|そんな)(?:[ぁ-ゖ一-龠々]{1,5}(?:い|な)[ 　]?)?(?:ご?質問|疑問|お?声|つぶやき|ひと言|一言|ご?感想)(?:が|も)[^。！？!?\n]{0,6}?(?:ありました|あがりました|上がりました|出ました|飛び出しました|聞かれました|聞こえました)|(?:こうした|このような|そうした|そのような|そういった|こういった|こんな|そんな)(?:お?悩み|不安|ご?心配|疑問|ご?質問|お?困りごと)に[^。！？!?\n]{0,4}?(?:答え|こたえ|応え|お答え|お応え|寄り添)|(?:そんな|こんな|そう|こう)(?:ふうに|風に|ように)[^。！？!?\n]{0,4}?(?:感じ|思|悩|迷|不安に)[^。！？!?\n]{0,40}?(?:方|人|保護者|お母さん|お父さん|声|ご相談))/u
/**
 * Blind R203I-008 kind: a message the city received, set out alone on its own line in several sentences, then pointed back at as one such
 * received (「…いつも満車。…誰も注意しない」⏎こうした声をいただきました): someone's text reproduced word for word, as a block quote of a received
 * voice is (round 47), so it needs its sender or their leave. A worry or question heard (こうした不安をうかがう, そんなご相談) stays the
 * city's own report, as does a one-sentence voice or one inside a sentence.
 */
const MESSAGE_RECEIVED_AFTER = /^[」』]?[ \u3000]*\n[ \u3000]*(?:こうした|このような|こういった|こんな|そうした|このような)(?:お?声|ご?意見|投稿|書き込み|メッセージ|お便り|おたより|コメント)(?:を|が)[^。！？!?\n]{0,8}?(?:いただ|頂|寄せられ|届)/u
export function messageSetOut(t: string, a: number, b: number): boolean {
  if (a > 0 && t[a - 1] !== '\n') return false
  const inner = t.slice(a + 1, b - 1)
  // two sentences or more: a stop with more words after it
  return letters(inner) >= 30 && /[。！!？?][^。！？!?]{4,}/u.test(inner) && MESSAGE_RECEIVED_AFTER.test(t.slice(b - 1, b + 40))
}
/**
 * Blind HU-095: ad copy quoted, then taken up in the next sentence as the kind of ad behind the trouble the post warns of (「初回限定 実質0円。
 * …」。このような広告から申し込んだところ、…という相談が寄せられた; こうしたうたい文句に注意, そんな宣伝にだまされて): the pitch the city
 * warns against, no one's text to cite. An ad merely praised or shown (このような広告が話題です) tells no trouble.
 */
export const EXAMPLE_AD_AFTER = /^[」』”〟]?[^。！？!?\n「『]{0,6}?[。―ー—…、\s]*[^。！？!?\n「『」』]{0,16}?(?:こうした|このような|そうした|そのような|そういった|こういった|こんな|そんな|あのような)(?:広告|宣伝|表示|うたい文句|謳い文句|誘い文句|売り文句|宣伝文句|キャッチコピー|広告文|チラシ|ダイレクトメール|DM|勧誘)[^。！？!?\n]{0,60}?(?:相談|トラブル|被害|苦情|解約でき|高額な?請求|だまされ|騙され|注意|気をつけ|気を付け|ご用心|要注意)/u
/** A list of quotations side by side (「…」「…」と話し合い): the quotative after the last is said of each. */
export const QUOTE_RUN = /^\s*(?:[、,・]?[「『“〝][^「」『』“”〝〟\n]{0,80}[」』”〟]\s*){0,4}/u
/** The quotations side by side right before this one (生徒からは「…」「…」): read back past them to who gave them. */
export const QUOTE_RUN_BEFORE = /(?:[「『“〝][^「」『』“”〝〟\n]{0,80}[」』”〟][、,・\s]{0,2}){1,4}$/u
/** A statement put to the readers as a quiz (「…」○か×か?, 「…」正しいでしょうか): the city's own question. */
export const QUIZ_AFTER = /^[」』”〟]?\s?(?:[○〇◯]\s?(?:か|or|・|\/)?\s?[×✕✖]\s?(?:か)?|[○〇◯][？?]\s?[×✕✖][？?]|(?:は|って)?(?:正しい|本当|ほんと|ホント)(?:でしょうか|ですか|か|？|\?)|どっち(?:でしょう)?[？?]|(?:YES|NO|はい|いいえ)[？?・])/u
/**
 * Blind HM-007: a list of bracketed items under a line that names them as consultations or worries the office receives (たとえば、こんな
 * 相談が寄せられています。⏎⏎・「クラスのLINEグループから、自分だけ外された」⏎・「…」, 次のようなご質問をいただきます：): the city's own
 * illustration of what people bring to it, not someone's text needing a source. The lead closes its line, the items are list lines right
 * under it (in the same paragraph or opening the next one). Consultations read in a medium (ネットの掲示板にこんな相談が書き込まれていました,
 * 新聞の人生相談にこんな…が載っていました) are someone's text: the lead names no receiving, or a medium.
 */
const CASES_LEAD = /(?:こんな|次のような|以下のような|このような|こういった|次の|以下の)(?:ご?相談|お?悩み|お?困りごと|ご?質問|お?問い合わせ|ご?心配|ケース|事例|相談例)(?:が|を|も|は|に)?[^。！？!?\n]{0,20}?(?:寄せられ|あり|届い|届き|受け|いただ|頂|多く|増え|聞か|お聞き|伺|うかが)[^。！？!?\n]{0,12}[。：:！!]?[ \u3000]*$|(?:よくある|主な|代表的な)(?:ご?相談|お?悩み|ご?質問|お?問い合わせ|お?困りごと)(?:の例|例|事例|の事例)(?:を|は|です)[^。！？!?\n]{0,12}?[。：:！!]?[ \u3000]*$/u
/** A list line's mark (・, ※, -, 1., 1) or ①, which the norm view reads as 1). */
const ITEM_MARK = '[ \\u3000]*(?:[・•●○◦▪■□◆◇※\\-－‐*＊]|[0-9０-９#]{1,2}[.．、)）]?|[①-⑳])'
const CASE_ITEM = new RegExp(`^${ITEM_MARK}[ \\u3000]*$`, 'u')
const ITEM_LINE = new RegExp(`^${ITEM_MARK}`, 'u')
export const CASE_OPEN = new RegExp(`^\\s*${ITEM_MARK}[ \\u3000]*[「『]`, 'u')
export function casesLead(line: string): boolean {
  return CASES_LEAD.test(line) && !PUBLISHED_VOICE.test(line) && !/掲示板|書き込|載って|番組|ブログ|テレビ/u.test(line)
}
/** Where a quotation at `a` stands in a list of cases: under a lead in its paragraph ('under'), in a list opening the paragraph ('head'), or neither. */
export function listedCase(t: string, a: number): 'under' | 'head' | null {
  let ls = t.lastIndexOf('\n', a - 1) + 1
  if (!CASE_ITEM.test(t.slice(ls, a))) return null
  // Up over the items above (each a list line, or its continuation) to the line that leads them.
  for (let k = 0; k < 12; k++) {
    if (ls === 0) return 'head'
    const ps = t.lastIndexOf('\n', ls - 2) + 1
    const line = t.slice(ps, ls - 1)
    if (letters(line) === 0 || ITEM_LINE.test(line)) {
      ls = ps
      continue
    }
    return casesLead(line) ? 'under' : null
  }
  return null
}

/**
 * Blind UG-040 kind: the post's own quiz question, its choice of marks inside the brackets (「…。○か×か？」, 「…は本当でしょうか？」 after
 * ○×クイズ): a statement put to the reader to judge, not someone's text.
 */
export const QUIZ_INNER = /(?:^|[。、！!？?\s])[ \u3000]?(?:[○〇◯⭕]\s?(?:か|or|・|\/)?\s?[×✕✖❌]\s?(?:か|でしょうか)?|[○〇◯⭕][？?]\s?[×✕✖❌])[？?]?$/u
/**
 * Blind UH-072 kind: the post's own quiz question with its numbered choices inside the brackets (「…は、およそ何キロでしょう？ ①… ②… ③…」,
 * 「…はどれ？ A. … B. …」): a question put to the reader with answers to pick from, not someone's text. Choices with no question before
 * them (「①…②…」 read in a book) or a question with none after it stay quotations.
 */
const QUIZ_CHOICE_TEXT = '[^①-⑳「」『』？?\\n]{1,30}'
const QUIZ_CHOICES_INNER = new RegExp(
  `[？?][ \u3000]*\\n?[ \u3000]*(?:①${QUIZ_CHOICE_TEXT}②${QUIZ_CHOICE_TEXT}(?:③${QUIZ_CHOICE_TEXT}(?:④${QUIZ_CHOICE_TEXT})?)?|[AＡ][.．:：)）]${QUIZ_CHOICE_TEXT}[BＢ][.．:：)）]${QUIZ_CHOICE_TEXT}(?:[CＣ][.．:：)）]${QUIZ_CHOICE_TEXT}(?:[DＤ][.．:：)）]${QUIZ_CHOICE_TEXT})?)?)$`,
  'u',
)
/** The raw text inside the brackets (the circled numbers fold to digits in the norm view, so the choices are read on the raw one). */
export function quizChoices(doc: RuleInput['doc'], a: number, b: number): boolean {
  const { start, end } = doc.fromNorm(a, b)
  return QUIZ_CHOICES_INNER.test(doc.raw.slice(start + 1, end - 1).trimEnd())
}
/**
 * Blind UG-050 kind: the city's own staff given the floor right before their words (担当者から一言。「…」, 担当職員からのメッセージ：「…」):
 * the account's own voice, as 「…」と担当の保健師は話します is. Not someone of another body or left vague (ある専門家から一言).
 */
export const OWN_STAFF_FLOOR_BEFORE = /(?<![一-龠々ァ-ヶー]|ある|とある|某|他の|よその)(?:担当者|担当職員|担当の職員|担当課|担当係|係員)(?:さん)?(?:から|より)(?:の)?(?:一言|ひと言|ひとこと|メッセージ|コメント|アドバイス|お知らせ|ご案内)[。：:！!]?\s?$/u
/**
 * Blind UG-077 kind: an impostor's words quoted as the example of a trick the post warns of (「市の…から来ました」と言って家に上がり込み、…
 * 契約を迫る事例が報告されています): the caller's lie, shown so the reader knows it, with the case or the trick named in the sentence.
 * Blind LC-008 kind: …or the trader who comes to the door with it named, also in 筑後弁 (「…点検しますけん」っち言うて家に来る業者).
 */
export const IMPOSTOR_LINE_AFTER = /^[」』”〟]?\s?(?:と|って|っち|ち)[、,]?(?:言って|いって|言うて|いうて|ゆうて|言い|名乗って|名乗り|偽って|偽り|称して|装って|持ちかけ|持ち掛け)[^。！？!?\n「」『』]{0,50}?(?:事例|ケース|手口|被害|トラブル|不審な|(?:来る|くる|来た|きた|訪ねて(?:来|く)る|訪問する|上がり込む|あがり込む)(?:業者|事業者|営業|セールス))/u
/**
 * Blind LK-046 kind: a common belief in brackets, called a misunderstanding right after (「しつけのためなら叩いても仕方ない」――これは誤解です,
 * 「…」。実はこれ、思い込みなんです): an awareness post's own specimen of what not to think, no one's text to credit (`beliefCorrected`).
 */
const BELIEF_CORRECTED_AFTER = /^[\s」』”〟。、―—‐\-…~〜]{0,6}(?:実は|じつは)?[、,]?(?:これ|それ|この考え|その考え|このような考え)(?:は|って|も)?[、,\s]{0,2}(?:実は|じつは)?[、,]?(?:よくある|大きな|全くの|まったくの|典型的な|根強い)?(?:誤解|思い込み|思い違い|勘違い|間違い|誤り|迷信|俗説)(?:です|なんです|でした|だ|[。！!])/u
export function beliefCorrected(after: string): boolean {
  return BELIEF_CORRECTED_AFTER.test(after)
}

/**
 * Blind LM-049 kind: a call or a message quoted as one going round in the city (「こちらは〇〇通信です。…」という自動音声の電話が市内で確認されて
 * います, 「…」というSMSが相次いでいます), the post telling readers not to call back or where to turn (折り返さず, 188へ, 警察にご相談): the
 * caller's words are the specimen warned of, no one's text to cite (`circulatingMessage`). A message the account received and answers, or a
 * post that gives no advice, is not this.
 */
const CIRCULATING_AFTER =
  /^[」』”〟]?\s?(?:という|との|といった|などの|のような)[^。！？!?\n「」『』、]{0,10}?(?:DM|メール|SMS|ショートメール|ショートメッセージ|メッセージ|電話|自動音声|音声ガイダンス|はがき|ハガキ|手紙|封書|文書|通知)(?:が|も)[、,]?[^。！？!?\n]{0,12}?(?:確認され|相次|出回|多発|増え|寄せられ|かかって(?:き|く)|届いて)/u
const CALL_BACK_ADVICE =
  /折り返さ(?:ず|ないで)|折り返し(?:の)?(?:電話|連絡)?(?:は|を)?(?:せず|しないで|しない)|(?:電話|連絡)(?:を|は)?(?:せず|しないで)|(?<![0-9０-９#＃-])(?:188|＃9110|#9110)(?![0-9０-９])|(?:警察|消費生活センター|消費者ホットライン)(?:へ|に|まで)[、,]?(?:ご)?(?:相談|連絡|通報)/u
export function circulatingMessage(after: string, masked: string): boolean {
  return CIRCULATING_AFTER.test(after) && (CALL_BACK_ADVICE.test(masked) || SCAM_ADVICE.test(masked))
}
