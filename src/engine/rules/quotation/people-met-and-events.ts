/**
 * People the post tells of and remarks at its own events (4(4)): a person told of before their short words, pointed back at after
 * (personToldOf, WORDS_POINTED_BACK: the post's portrait of someone met), a remark heard in person (heardRemark), the speaker at the
 * post's event told by their part (eventSpeaker, eventTopicSpeaker, EVENT_SPEECH_AFTER), a lecturer's words at a lecture
 * (lectureContent, lecturerDescribed, LECTURER_BY_BODY, roleOnlySpeaker), participants and residents described by their part or place
 * (INTERVIEWEE, DESCRIBED_RESIDENT, PART_TAG_AFTER, DID_TAG_AFTER, PARTICIPANT_TOLD_AFTER), a person the post presents by name
 * (presentedSpeaker), the speaker carried from the sentences before (carriedSpeaker), voices listed under a heading
 * (listUnderVoiceHeading), the city's own staff given the floor, a role-play's lines and a paragraph opening with the one met
 * (headToldUs). The host's report of its event: no source needed. Not so for a vague someone, an authority, a medium, a work read or
 * hearsay. Part of the quotation family (index.ts reads the quotations and reports them).
 */
import { before, HEARSAY_TAIL, IN_MEDIUM, letters, NOT_MET, ownSentence, PUBLISHED_VOICE, UNNAMED_PLACE_BEFORE_ROLE, VAGUE, VAGUE_MEDIUM_LEAD } from './context'
import { namesSomeone } from './named-speakers'

/**
 * Blind R144A-036: a person the post is about, told of in the sentence before (10年ぶりに帰ってきた若手漁師さんが、…海苔を育てました。), then
 * their short remark set down (「父がやってきたことの重さが、やっと分かった」), then pointed back at as their words (その言葉に、思わず涙が, と話す,
 * と語ります): the post's own portrait of someone it met, no work quoted — also when each stands as its own paragraph. Not a vague someone
 * (ある作家さんが), an authority (専門家), a medium (雑誌で読んだ) or a long passage (a book, lyrics: over PORTRAIT_MAX letters).
 */
const PERSON_TOLD_OF = /(?:さん|さま|の方|方々|たち|君|くん|ちゃん|(?<![一-龠々])(?:父|母|祖父|祖母|夫|妻|息子|娘)|漁師|農家|職人|生産者|船頭|店主|女将|住民|生徒|児童|園児|選手|移住者)(?:が|は|も)[、,]?[^。！？!?\n「」『』]{0,50}?(?:ました|ています|ていました|でした|ます|ている|ていた|た)[。！!]?\s*$/u
export const WORDS_POINTED_BACK = /^[」』”〟]?[。．\s]*(?:(?:その|この|そんな|こんな)(?:言葉|一言|ひと言|ひとこと|つぶやき|お話|話)(?:に|を|が|は|から|こそ|の)|と(?:話す|語る|笑う|話します|語ります|笑います|話してくれ|語ってくれ|笑顔で話|照れくさそうに|はにかみ))/u
export const PORTRAIT_MAX = 60
/**
 * Blind R191I-007 kind: a remark heard in person, its speaker a person present (業者さんが「きれいになりましたね」と言っていました, 市長に同行中。
 * 車内で「…移したいんだよね」とポツリ, 店主さんが「また来てね」と声をかけてくれました): one short spoken utterance, said there to or before the
 * writer — the speaker is its source, no text is copied. Said is told either by a manner only a listener there sees (とポツリ, とぼそっと,
 * と笑顔で, と目を細め, と声をかけてくれ: IN_PERSON_AFTER) or, with a plain verb of saying in the past (と言っていました, と話していました:
 * SPOKE_PAST_AFTER), by the utterance's own spoken end (…ね, …よね, …だよ: SPOKEN_END). The speaker is a person in the quotation's sentence or
 * the one before (業者さんが, 市長に同行中, 祖母を訪ねました: REMARK_PERSON). Not hearsay (と言っていたそうです), not a vague someone, an authority or an author
 * (NOT_MET), not a medium (テレビで, 番組で), not an office holder's remark passed on with no occasion (officeHearsay), not two sentences or more
 * or over REMARK_MAX letters (a statement, a passage), not a work (本, 詩, 歌) told of.
 */
const REMARK_MAX = 40
const IN_PERSON_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?\s?(?:ポツリ|ぽつり|ポツン|ぽつん|ボソッ|ぼそっ|ボソリ|ぼそり|ポロッ|ぽろっ|ぽろり|つぶやい|呟い|笑顔で|にっこり|ニッコリ|にこにこ|ニコニコ|笑いながら|笑って|目を細め|うれしそうに|嬉しそうに|照れくさそうに|はにかみ|声をかけて(?:くれ|くださ|いただ)|声を掛けて(?:くれ|くださ|いただ))/u
const SPOKE_PAST_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?\s?(?:言って|いって|言っと|話して|話されて|おっしゃって|仰って)(?:い|お(?:られ)?)?(?:まし)?た/u
const SPOKEN_END = /(?:ね|ねえ|ねぇ|ねー|よ|よね|な|なあ|なぁ|なー|わ|さ|ぞ|ぜ|かな|ばい|たい|もん)[〜~ー！!♪…]*[。]?$/u
const REMARK_PERSON = /(?:さん|さま|様|氏|先生|ちゃん|くん|君|の方|方々|たち|(?<![一-龠々])(?:父|母|祖父|祖母|夫|妻|息子|娘|孫|兄|姉|弟|妹)|(?:市長|副市長|町長|村長|知事|社長|会長|校長|園長|館長|店長|所長|部長|課長|係長|区長|議長|理事長|組合長|委員長|院長|署長|局長|隊長|班長|職員|業者|作業員|隊員|店員|駅員|係員|運転手|運転士|大工|職人|船頭|店主|女将|大将|親方|住職|農家|漁師))(?:が|は|も|に|と|を|から)/u
const REMARK_WORK = /本|小説|詩|歌|曲|映画|ドラマ|読ん|読み|朗読|図書|手紙|日記|名言|格言|言葉|作品/u
export function heardRemark(masked: string, a: number, inner: string, af: string): boolean {
  const body = inner.trim()
  if (letters(body) > REMARK_MAX || /[。！？!?]./u.test(body) || /[「『」』]/u.test(body)) return false
  if (HEARSAY_TAIL.test(af.replace(/^[」』”〟]?\s?(?:と|って)/u, ''))) return false
  if (!IN_PERSON_AFTER.test(af) && !(SPOKE_PAST_AFTER.test(af) && SPOKEN_END.test(body))) return false
  // The quotation's sentence up to it and the sentence before: where the speaker is told.
  const own = ownSentence(masked, a)
  const around = before(masked, a - own.length).text + own
  return REMARK_PERSON.test(around) && !NOT_MET.test(around) && !VAGUE.test(around) && !IN_MEDIUM.test(around) && !PUBLISHED_VOICE.test(around) && !VAGUE_MEDIUM_LEAD.test(around) && !REMARK_WORK.test(around)
}
/**
 * Blind IQ-026: a remark of someone at the post's event, its speaker told right before by their part or title there (審査員を務めていただいた
 * 国際交流員からは「…」との講評がありました, 来賓の県議会議員からは「…」とのお言葉をいただきました, 参加者からは「…」という声が聞かれました,
 * 実行委員長は「…」と話しました, 審査委員長が「…」と講評を述べました): said there and reported by the host, no text with an author. The speech
 * is named after it as said (との/という + 講評, コメント, 感想, 声, お言葉, あいさつ, 話 …, or と話しました, と述べました). Not a vague someone
 * (ある作家は), an authority (専門家, 有識者), words read in a medium (ネットでは, 新聞に), or words credited to someone else (ある経営者の言葉として).
 * Blind R188A-033 kind: …also with a word of sequence between the speaker and the words (先生は続けて、「…」, 講師は最後に「…」) and the speech
 * told in the continuative as the sentence goes on (「…」と話し、生徒たちに…促しました).
 */
const EVENT_SPEAKER_BEFORE = /(?:[一-龠々ァ-ヶーA-Za-z]{0,12}(?:員|長|者|師|士|官|役|先生|さん|様|さま|氏|君|くん|ちゃん|コーチ|監督|代表|来賓|講師|ゲスト|大使|選手|生徒|児童|園児|たち|達)|皆さん|みなさん|皆様|皆さま|方々)(?:の方|の方々|の皆さん|の皆様|の皆さま|のみなさん)?(?:から|より|は|が|も)(?:は|も)?[、,]?(?:続けて|さらに|最後に|次に|改めて|あらためて|笑顔で|静かに|ゆっくりと)?[、,]?\s?$/u
export const EVENT_SPEECH_AFTER = /^[」』”〟]?\s?(?:(?:との|という)(?:ご?講評|コメント|ご?感想|お?声|お言葉|言葉|ご?あいさつ|ご?挨拶|お?話|ご?助言|アドバイス|メッセージ|エール|ご?発言|ひと言|一言)(?:が|も|を)[^。！？!?\n「」『』]{0,8}?(?:あり|あっ|聞かれ|寄せられ|いただ|頂|くださ|下さ|述べられ|送られ|贈られ|上が|あが)|と[、,]?[^。！？!?\n「」『』]{0,10}?(?:話し|話され|述べ|語り|語っ|語られ|あいさつし|挨拶し|あいさつされ|挨拶され|講評し|講評され|講評を述べ|激励し|激励され|締めくくり|締めくくっ|呼びかけ|呼び掛け|問いかけ|問い掛け|投げかけ|投げ掛け|感想を述べ|喜びを語)(?:まし|た(?![らり])|ていただきまし|(?<=話し|述べ|語り|呼びかけ|呼び掛け|問いかけ|問い掛け)[、,])|と[、,]?(?:ご?講評|コメント|ご?あいさつ|ご?挨拶|お話|ご?助言|アドバイス|激励の言葉|お言葉|問いかけ|呼びかけ)(?:が|も)(?:あり|ありまし|あっ))/u
/**
 * Blind R194A-037 kind: the speaker as the topic opening the quotation's own sentence, a clause of what they did first between (先生はまず、
 * この文の…を説明し、「…」と問いかけました, 審査員長は作品を一つずつ講評したうえで、「…」と述べました): the same speaker at the event, told
 * once for the sentence. The sentence holds no stop, and nothing in it is vague, an authority or read in a medium (である, がある in the
 * clause between are a copula and a verb, not ある of 'some').
 */
const EVENT_TOPIC_SPEAKER = /^[\s\u3000]*((?:[一-龠々ァ-ヶーA-Za-z]{0,12}(?:員|長|者|師|士|官|役|先生|さん|様|さま|氏|コーチ|監督|代表|来賓|講師|ゲスト|大使|選手|生徒|児童|園児|たち|達)|皆さん|みなさん|皆様|皆さま|方々)(?:の方|の方々|の皆さん|の皆様|の皆さま|のみなさん)?(?:は|が))[、,]?(?:まず|続けて|さらに|最後に|次に|改めて|あらためて)?[、,]?[^。！？!?\n]{4,80}?[、,]\s?$/u
export function eventTopicSpeaker(bf: string): string | null {
  const m = EVENT_TOPIC_SPEAKER.exec(bf)
  if (m === null || NOT_MET.test(bf.replace(/(?<=[でがはもに])ある(?=[こも])/gu, '')) || VAGUE.test(bf) || IN_MEDIUM.test(bf) || PUBLISHED_VOICE.test(bf) || /(?:言葉|一節|名言|格言)(?:として|を引用|を紹介)/u.test(bf)) return null
  return m[1]!
}
/** The post tells of an occasion the words were said at (大会, 表彰式, 開会式, 審査, 会場). */
export const EVENT_OCCASION = /大会|式|表彰|審査|講評|会場|開会|閉会|除幕|竣工|開所|授賞|コンクール|コンテスト|発表会|イベント|セレモニー/u
/** The speaker before the words: not a vague someone, an authority, a medium, or one quoting someone else's words (の言葉として). */
export function eventSpeaker(bf: string): boolean {
  const tail = bf.slice(-40)
  return EVENT_SPEAKER_BEFORE.test(bf) && !UNNAMED_PLACE_BEFORE_ROLE.test(tail.replace(/[^、。！？!?\s]{0,16}$/u, '')) && !NOT_MET.test(tail) && !VAGUE.test(tail) && !IN_MEDIUM.test(tail) && !PUBLISHED_VOICE.test(tail) && !/(?:言葉|一節|名言|格言)(?:として|を引用|を紹介)/u.test(tail)
}
/**
 * …but a lecturer's words at a lecture (講師の先生は「…」と語られました, 講師からは「…」とのお話がありました) are the lecture's content, the
 * lecturer's work: quoted, they need the lecturer named (team R135D-033), whereas a judge's comment (講評) or a guest's greeting at a contest or
 * ceremony is the event. The check sees the paragraph only, so a lecturer's role is enough; a 先生 needs a lecture named beside.
 */
const LECTURER = /(?:講師|教授|准教授|博士|講演者|登壇者|パネリスト)(?:の方|の先生)?(?:から|より|は|が|も)(?:は|も)?[、,]?\s?$/u
const TEACHER = /先生(?:から|より|は|が|も)(?:は|も)?[、,]?\s?$/u
const LECTURE = /講演|講義|講座|セミナー|シンポジウム|フォーラム|研修会|勉強会|学習会/u
export function lectureContent(before: string, after: string, post: string): boolean {
  if (/^[」』”〟]?\s?(?:との|という)ご?講評/u.test(after)) return false
  return LECTURER.test(before) || (TEACHER.test(before) && LECTURE.test(post))
}
/** …not of a work they read, sang or watched (娘が図書館で本を借りてきました: the words may be the book's). */
const WORK_TOLD_OF = /本|小説|詩|歌|曲|映画|ドラマ|読ん|読み|朗読|図書|手紙|日記|名言|格言|言葉/u
/** The sentence before tells of a person met, not of a vague someone, an authority, a medium or a work. */
export function personToldOf(s: string): boolean {
  return PERSON_TOLD_OF.test(s) && !NOT_MET.test(s) && !VAGUE.test(s) && !IN_MEDIUM.test(s) && !PUBLISHED_VOICE.test(s) && !WORK_TOLD_OF.test(s)
}
/**
 * Reported speech at an event: the staff heard the participants (参加した児童は「…」と話していました); blind R94A-047: also said of them in
 * honorifics (最年長で参加された方は「…」と笑顔で話されていました, 来場されたご家族は「…」とおっしゃっていました).
 */
/** A label over voices the city collected itself: 参加者の声：「…」（市内・30代）. */
/** Blind R62A-076: also as a heading the voices are drawn from (■生徒の感想から, 参加者の声より). */
export const VOICE_LABEL = /(?:参加者|利用者|来場者|受講者|体験者|お客様|市民|住民|保護者|児童|生徒|園児|受講生|アンケート)(?:の|から(?:の)?)(?:声|感想|ご意見|コメント|回答)(?:から|より)?[:：]?\s?$/u
/**
 * Blind TX-057: the participant told by their part and the school, team or town they came for (優勝した大和中学校のチームは「…」と話していました,
 * 参加した城内小学校の児童は, 入賞した柳川高校の生徒が): the staff's report of the event, as 参加した児童は is.
 * Blind R253E-056 kind: a runner, a cyclist or a guest of the event (ゴールしたランナーさんは「…」と話していました) is its participant too — said
 * there, not a post of theirs quoted.
 */
export const INTERVIEWEE = /(?:(?:参加|体験|来場|受講|出席|見学|来訪|出場|優勝|入賞)(?:した|された|していた|されていた|しておられた)(?:[一-龠々ァ-ヶー]{1,12}の)?(?:方|人|親子|家族|児童|生徒|子ども|子どもたち|皆さん|学生|留学生|チーム|選手)|親子|ご家族|受講生|卒業生|新成人|(?:ランナー|サイクリスト|ゲスト|サポーター)(?:さん|の方|の皆さん)?|地元の方|地元の皆さん|ボランティアの(?:方|皆さん)|中学生|高校生|小学生|留学生|観光客|旅行者|受賞者|入賞者|参加者|参加した(?:方|人|児童|生徒|子ども|子どもたち|皆さん)?|来場者|来場した方|児童|生徒|子どもたち|子ども|市民の方|地域の方|住民の方|利用者|受講者|出場者|保護者|方々|皆さん)(?:の(?:キャプテン|主将|代表|リーダー|メンバー|皆さん|方|お一人|一人))?(?:は|が|も|からは|から)[^。\n]{0,20}$|(?:新成人|成人|卒業生|在校生|新入生|児童|生徒|園児|選手|参加者|受講生|学生|団員|隊員|会員|新規採用職員|新採職員)代表(?:の)?(?:お?(?:[一二三四五1-5]人|ふたり|ひとり)|[一二三四五1-5]名|方|皆さん|者)?(?:は|が|も)[^。\n]{0,20}$|(?:キャプテン|主将|代表者|代表の方|会員の方|メンバーの方|スタッフの方|お店の方|会長|園長|校長|館長|店主|店長|船頭|職人|生産者|農家|漁師|組合長|実行委員長|委員長|主催者)(?:さん)?(?:は|が|も|からは)[^。\n]{0,20}$/u
/**
 * Round 49: a resident the post describes by their part in its event or by their place (20年以上参加しているという地区の方は,
 * 毎年出店している地元の男性は, 初めて参加したという高校生は, 町内の皆さんは) saying it there (と笑顔で話していました): what the staff
 * heard at the city's own event, told with who said it, as INTERVIEWEE's participants are; not someone met in a medium (テレビで地元の
 * 方は), not an authority or a vague someone (長年研究している専門家の方は, ある地区の方は), not without an event in the paragraph.
 */
export const DESCRIBED_RESIDENT =
  /(?:(?:地区|町内|自治会|行政区|校区|公民館|隣組|近所|ご近所|地元|商店街|集落|沿岸|漁協|農家)の|(?:てい|てき|てお|てこられ|ておられ|続けてい|続けてき)(?:る|た)(?:という|との)?[^。\n「」『』]{0,8}?|(?:初|はじめて|初めて)(?:参加|出場|出店|体験)(?:した|された|の|という|したという)[^。\n「」『』]{0,8}?)(?:方|男性|女性|ご夫婦|夫婦|お年寄り|高齢者|皆さん|みなさん|皆様|方々|親子|小学生|中学生|高校生|大学生|おじいさん|おばあさん|お母さん|お父さん|区長|班長)(?:さん)?(?:は|が|も|からは)[^。\n「」『』]{0,20}$/u
/** …at an event of the city or the town the paragraph tells of (清掃, 祭り, 参加). */
export const LOCAL_EVENT = /清掃|掃除|祭|まつり|大会|運動会|体育祭|作業|活動|行事|収穫|田植え|稲刈り|植樹|防災訓練|訓練|集い|交流会|市場|朝市/u
export const TOLD_US = /^\s?(?:と|って)[^。\n]{0,8}?(?:話して|語って|教えて|答えて|聞かせて|話を?して)(?:くれ|ください|くださ|いただ|もらい|もらっ)/u
export const TOLD = /^\s?(?:と|って)[^。\n]{0,12}(?:話し|話す|話さ|語っ|語り|語る|語ら|笑顔|喜ん|喜び|振り返|感想|答え|声を|言っ|言い|おっしゃ)|^\s?と[、,]?(?:[^。\n「」]{0,8}?(?:誓い|決意|抱負|お礼|感謝|答辞|謝辞|歓迎)の(?:言葉|あいさつ|挨拶)を?(?:述べ|贈|送|読み上げ)|(?:答辞|謝辞|お礼の言葉)を(?:述べ|読み上げ|贈)|(?:力強く|堂々と|高らかに)?(?:宣誓|誓い|誓っ|決意を(?:述べ|新た)|抱負を(?:述べ|語)))/u

/**
 * Blind LG-059 kind: the pupil, child or participant who made what the post presents, told by the making (考えてくれた生徒さんは,
 * 描いてくれた児童さんは, 作った子どもたちは, 参加した生徒さんは) and whose words the staff relay (「…」とのことでした, と話していました):
 * the person the post is about, heard by the school, not a post of theirs quoted. Only a pupil or a participant after a verb of making or
 * taking part; a vague one (ある生徒は) or one met in a medium (記事で生徒さんは) names none.
 */
export const MAKER_PUPIL_BEFORE = /(?:考え|作っ|つくっ|描い|書い|デザインし|育て|提案し|参加し|発表し)(?:て(?:くれ|くださっ|もらっ|いただい))?た(?:[一-龠々ァ-ヶー0-9０-９]{1,10}の)?(?:生徒|児童|園児|子ども|子供|こども|中学生|小学生|高校生|学生)(?:さん)?(?:たち|達)?(?:は|が|からは)[、,]?\s?$/u
export const RELAYED_AFTER = /^[」』”〟]?\s?(?:との(?:こと|事)(?:です|でした|だ)|と[^。\n「」『』]{0,8}?(?:話し|語っ|語り|言っ|言い|教えて|答え))/u
/** A note in brackets, as after a name (（掲載の了承をいただいています）, （72））. */
export const NAME_NOTE = /[（(][^()（）\n]{1,30}[）)]/gu

/**
 * Blind MH-005 kind: a person the post presents by name (新しい仲間をご紹介します。…協力隊の森川 あかりさん。), then their words told to the
 * staff with the occasion and what they said between the quotative and the telling (「…」と着任のあいさつで意気込みを語ってくれました, と
 * 入団式で抱負を話してくださいました): the post's own interview of the one it presents, the speaker named, as TOLD_US is. Not words read in a
 * medium (と新聞の取材で語ってくれました), nor where no one is named before them or the lead is vague (ある方が).
 */
const TOLD_US_FRAMED = /^\s?と[、,]?(?![^。！？!?\n]{0,24}?(?:新聞|テレビ|番組|雑誌|記事|ネット|SNS|ブログ|ラジオ|動画|書籍|本で|本に))[^。！？!?\n「」『』]{0,20}?(?:話して|語って|教えて|聞かせて|答えて|話を?して)(?:くれ|くださ|下さ|いただ)/u
/** A full name with the given name in kana after a space (森川 あかりさん, 古賀 みゆき氏): a name NAMED_PERSON reads only without the space. */
const KANA_GIVEN_NAME = /(?<![一-龠々])[一-龠々]{1,4}[ 　](?!みな|おじ|おば|にい|ねえ)[ぁ-ゖァ-ヶー]{2,6}(?:さん|氏|様|さま)(?![ぁ-ゖ])/u
export function presentedSpeaker(masked: string, a: number, af: string): boolean {
  if (!TOLD_US_FRAMED.test(af)) return false
  const lead = masked.slice(Math.max(0, a - 240), a)
  return (namesSomeone(lead) || KANA_GIVEN_NAME.test(lead)) && !VAGUE.test(lead) && !IN_MEDIUM.test(lead) && !NOT_MET.test(lead)
}
/** Quotations of one paragraph (paragraph offsets). */
/**
 * Blind R166I-004/029: a speaker carried over (zero anaphora). A quotation closed by a verb of speech whose own sentence names no
 * speaker (また、…については、「…」と述べました, 一般会計は…と説明し、「…」と述べました) is said by the speaker of the sentences just before it
 * in the paragraph, when the nearest one with a person as subject is a named office holder or person who spoke (市長は、…を発表しました。
 * 市長や担当部長は…答弁しました). A vague or unnamed speaker in between (ある参加者は, 記者から) breaks the chain.
 */
const OWN_SENTENCE_SPEAKER = /(?:さん|氏|様|先生|長|者|員|生|方|たち|皆さん|人|家|師|士|ある|某)(?:は|が|も|から)|(?:ある|とある|某)[^、。]{0,8}(?:に|で)/u
/*
 * Blind KA-038 kind: the speaker of the sentences before called by surname and office (吉開教育長は, 金子市長が, 新教育長は) or by full name with
 * 氏 after a space (吉開 和久 氏が): named as 市長は is. And a remark said aloud (と抱負を述べました: SPOKEN_SAID) is theirs whatever the
 * sentence before told of them (…校長を務めたほか、…携わってきました。就任にあたり「…」と抱負を述べました): the subject carries over.
 */
const CARRIED_OFFICE = '(?:市長|副市長|町長|村長|知事|副知事|議長|副議長|教育長|消防長|病院長|院長|園長|学長|担当部長|部長|課長|事務局長|局長|署長|支所長|所長|館長|センター長|校長|理事長|組合長|会頭|会長|社長|頭取|委員長|大臣|長官)'
const CARRIED_SPEAKER = new RegExp(`^[ \\u3000■□◆◇●○▼・]*((?:[^。「」『』\\n]{0,20}?(?:会見|会議|本会議|委員会|定例会|答弁|式典|式|あいさつ|挨拶|説明会|懇談会|報告会|冒頭)(?:の中|の席|の冒頭|の最後)?(?:で|では|にて|において|に)[、,]?)?)(?:(?:(?<![ぁ-ゖ])[一-龠々]{1,4}[ 　]?|新)?${CARRIED_OFFICE}(?:や(?:担当)?[一-龠々]{1,6})?|[一-龠々]{1,4}[ 　]?[一-龠々]{1,4}[ 　]?(?:さん|氏)(?:や[^、。は]{1,8})?)(?:は|が)[、,]?(?![^。]{0,6}(?:ある|某))`, 'u')
const CARRIED_LEAD_VAGUE = /ある|某|どこか|ネット|SNS|動画|テレビ|新聞|雑誌|番組|記事/u
const SPOKE = /発表|述べ|答え|答弁|説明|話し|語り|語っ|あいさつ|挨拶|強調|呼びかけ|呼び掛け|報告|表明|明らかに/u
const ANY_PERSON_SUBJECT = /(?:さん|氏|様|先生|長|者|員|生|方|たち|皆さん|人|記者|委員)(?:は|が|から)[、,]?/u
export function carriedSpeaker(masked: string, a: number, own: string, spoken = false): boolean {
  if (OWN_SENTENCE_SPEAKER.test(own)) return false
  const lo = Math.max(0, a - own.length - 240)
  const prev = masked.slice(lo, a - own.length).split(/[。！!？?\n]/u).filter((x) => x.trim() !== '')
  for (let k = prev.length - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const sen = prev[k]!
    // Blind UH-032 kind: the speaker's sentence may open with the occasion they spoke at (会見の中で市長は、「…」と述べました。また、…「…」と
    // 話しました); an occasion left vague (ある会合で) or a medium (ネットの動画で) carries no one.
    const m = CARRIED_SPEAKER.exec(sen)
    if (m) return (SPOKE.test(sen) || (spoken && !IN_MEDIUM.test(own) && !CARRIED_LEAD_VAGUE.test(own))) && !CARRIED_LEAD_VAGUE.test(m[1] ?? '')
    if (ANY_PERSON_SUBJECT.test(sen)) return false
  }
  return false
}
/**
 * Blind R166I-029: a participant's words tagged with their part and grade, not their name (「…」（3年生の生徒）, （小学4年生）, （参加者）):
 * the city's own report of who said it at its event, as an age tag is (VOICE_TAG_AFTER). A vague tag (（ある高校生）) names no one.
 */
export const PART_TAG_AFTER = /^\s?[（(](?!ある|とある|某)[^()（）\n「」『』]{0,10}?(?:[0-9０-９一二三四五六]年生|小学生|中学生|高校生|大学生|参加者|受講者|受講生|来場者|出席者)(?:の(?:生徒|児童|学生|方|皆さん))?[）)]/u
/**
 * Blind IY-141 kind: a tag right after the words telling who said them by what they did, one of the city's own people the post is about
 * (（育児休業を取得した市職員）, （この春移住した30代の市民）, （講座を修了した受講者）): the speaker shown, their name left out on purpose,
 * as a tag by grade or part is (PART_TAG_AFTER). Not someone vague or famous (（ある職員）, （ノーベル賞を受賞した科学者）: a kind of person
 * outside the city's own is no one shown) nor one read in a medium (（ネットで話題になった職員）).
 */
export const DID_TAG_AFTER = /^\s?[（(](?![^()（）\n]{0,30}?(?:ある|某|ネット|SNS|テレビ|新聞|記事|雑誌|有名|著名))[^()（）\n「」『』]{2,24}?(?:した|している|していた|された|中の|経験のある)(?:[0-9０-９]{2}代の?)?(?:市|本市|当市|柳川市)?(?:の)?(?:男性|女性|若手|新人|ベテラン)?(?:職員|保護者|市民|住民|参加者|受講者|受講生|利用者|移住者|生徒|児童|学生|ボランティア)[）)]/u
/**
 * Blind LX-010 kind: the words' speaker credited in brackets right after the sentence that quotes them, by their part at the session and the
 * body or office they come from (…と話されました（講師：市人権・同和対策室 職員）, （講演者：県警察本部 生活安全課）, （話し手：保健センター
 * 保健師）): the city's own session and a speaker it can point to, as a tag by grade or part is (PART_TAG_AFTER). A label with no one after it
 * or someone left vague (（講師：ある専門家）, （講師：匿名）) names no one.
 */
export const SPEAKER_ROLE_TAG_AFTER = /^[」』”〟]?[^「」『』（(\n]{0,30}?[。！!]?\s?[（(](?:講師|講演者|演者|登壇者|講話者|話し手|語り手|発言者|発表者|説明者)\s?[:：]\s?(?!ある|とある|某|どこかの|匿名|不明|非公開|未定)[^()（）\n「」『』]{2,30}[）)]/u
/**
 * Blind R166I-029: items listed under a heading that labels them as the voices of the event's participants (■参加した生徒の感想⏎・「…」⏎・「…」,
 * 【受講者の声】): the city's own report, as a label right before the quotation is (VOICE_LABEL).
 */
const VOICE_HEADING = /^[ \u3000]*[■□◆◇●○▼▽【［\[〈<]?[ \u3000]?(?:(?:参加|受講|体験|来場|出席|見学)(?:した|された|者|生)?(?:の)?(?:生徒|児童|学生|園児|皆さん|皆様|方|方々|子ども|子どもたち|保護者|市民|住民)?|(?:生徒|児童|学生|園児|子ども|子どもたち)(?:たち)?)(?:の|から(?:の)?)(?:お?声|ご?感想|ご?意見|コメント)(?:から|より)?[ \u3000]?[】］\]〉>]?[ \u3000:：]*$/u
const LIST_LINE = /^[ \u3000]*[・•●○◦▪※\-－‐*＊]/u
export function listUnderVoiceHeading(t: string, a: number): boolean {
  let ls = t.lastIndexOf('\n', a - 1) + 1
  if (!LIST_LINE.test(t.slice(ls, a + 1))) return false
  for (let k = 0; k < 12 && ls > 0; k++) {
    const ps = t.lastIndexOf('\n', ls - 2) + 1
    const line = t.slice(ps, ls - 1)
    if (!LIST_LINE.test(line)) return VOICE_HEADING.test(line) && !VAGUE.test(line) && !PUBLISHED_VOICE.test(line)
    ls = ps
  }
  return false
}
/**
 * Blind IT-015: voices announced as received at the post's own class or event (講座後のアンケートでは、次のような感想が寄せられました。⏎・…):
 * the city's own report of what its participants wrote, not a text with an author. Not one read in a medium.
 */
export const FEEDBACK_LEAD = /(?:では|から(?:は)?|に(?:は)?)[、,]?(?:次の|以下の|こんな|このような)(?:ような)?(?:ご?感想|お?声|ご?意見|コメント)(?:が|を)[^。！？!?\n]{0,6}?(?:寄せられ|いただ|頂|届|あり|聞かれ)[^。！？!?\n]{0,8}[。：:]?\s*$/u
/**
 * Blind IT-099: a participant of the post's event named after the quotation by their part (「…」と、ある生徒はふり返っていました, と参加者の
 * 一人は話していました): one of the group the post reports on, heard there by the staff. Not a vague author, an authority or a medium.
 */
/**
 * Blind R188A-033 kind: a participant of the post's class or event named after the quotation as the one who told of it there (「…」という経験を、
 * 一人の生徒が勇気を出して打ち明けてくれた, 「…」という思いを参加者の方が話してくれました): what was said in the session the post reports, heard by
 * the staff or the teacher. Not a vague author, an authority or a medium (ある作家が書いていた, ネットで見た).
 */
export const PARTICIPANT_TOLD_AFTER = /^[」』”〟]?\s?(?:という|との)(?:経験|体験|思い|気持ち|お?話|エピソード|悩み|本音|出来事|思い出)を[、,]?\s?(?:ある|一人の|ひとりの|別の)?(?:参加者|参加した[^。！？!?\n「」]{0,6}?|生徒|児童|園児|学生|受講者|受講生|子ども|子どもたち|保護者|実習生|研修生|班員|メンバー)(?:の(?:一人|ひとり|方|皆さん))?(?:は|が|も)[、,]?[^。！？!?\n「」『』]{0,12}?(?:打ち明け|話して|話し(?:まし|た)|語って|語り|教えて|聞かせて|発表し|披露し)/u
export const PARTICIPANT_AFTER = /^[」』”〟]?\s?と[、,]?\s?(?:ある|一人の|ひとりの|別の)?(?:参加者|参加した[^。！？!?\n「」]{0,6}?|生徒|児童|園児|学生|受講者|受講生|子ども|子どもたち|保護者|実習生|研修生)(?:の(?:一人|ひとり|方|皆さん))?(?:は|が|も)[、,]?[^。！？!?\n「」『』]{0,10}?(?:話して|語って|ふり返って|振り返って|話し(?:まし|た)|語り|ふり返り|振り返り|笑顔で|答えて|感想を)/u
/**
 * Blind R166I-040: a line spoken in a role-play or skit at the post's class (警察官が不審者役になってのロールプレイ。「…」と声をかけられた子どもたち):
 * a scripted model line, not a text with an author.
 */
export const ROLE_PLAY = /ロールプレイ|ロールプレイング|寸劇|役になって|役を(?:演じ|務め|つとめ)|(?:不審者|犯人|店員|客|患者)役|模擬(?:訓練|体験)/u
export const ROLE_LINE_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?(?:声をかけ|声を掛け|話しかけ|話し掛け|誘|言われ|呼びかけ|呼び掛け|近づ)/u
/**
 * Blind R163A-125: words of a vague work introduced as what it says (ある交通安全の標語にこうあります。⏎「…」, とある本にこんな一節が): a
 * quotation with no source, whatever its form.
 */
export const VAGUE_WORK_LEAD = /(?:(?<![ぁ-ゖ])|(?<=[がはもで]))(?:ある|とある|某)[^「『」』。！？!?\n]{0,12}?(?:標語|言葉|詩|歌|句|本|書物|書籍|文章|作品|格言|名言|教え|碑|石碑)(?:に|には|で|では)[、,]?(?:こう|次のように|このように|こんな(?:ふうに)?(?:一節|言葉)?(?:が)?)(?:あります|ありました|ある|あった|書かれて|書いて|記されて|うたわれて|謳われて|詠まれて|刻まれて)[^「『」』。！？!?\n]{0,8}[。：:]?\s*$/u
/**
 * Blind IZ-039 kind: words said to the writer in person by someone of their own workplace or family, told as such in a cleft (先輩から最初に
 * 言われたのは「…」という言葉でした, 上司に教わったのは「…」): the writer's own experience, no text with an author. Not someone left vague
 * (ある先輩から), an authority, or words read in a medium.
 */
export const TOLD_ME_CLEFT_BEFORE = /(?<![一-龠々ァ-ヶー]|ある|とある|某)(?:先輩|上司|同僚|係長|課長|部長|室長|所長|館長|師匠|親方|父|母|祖父|祖母|[一-龠々ァ-ヶー]{1,6}(?:さん|さま|様))(?:たち|方)?(?:から|に)[、,]?[^。！？!?\n「」『』]{0,10}?(?:言われ|いわれ|教わっ|教えられ|教えていただい|教えてもらっ|教えてくれ|声をかけられ|声を掛けられ)(?:た|ました)(?:の|こと|言葉)(?:は|が)[、,]?\s?$/u
export const TOLD_ME_CLEFT_AFTER = /^[」』”〟]?\s?(?:という|との)?(?:言葉|一言|ひと言|こと|教え|お話)?(?:です|でした|だ|だった)/u
/**
 * Blind UG-046 kind: the lecturer of the city's own session, named earlier in the post by their body and office (法務局の人権擁護委員さんを
 * 講師に研修会を開きました): the lecture's words quoted later (講義で印象に残ったのは「…」というお話です) are theirs, the speaker known.
 * An unnamed 先生 at a lecture (先週の講演会で、先生が「…」) names no one.
 */
export const LECTURER_BY_BODY = /(?<!ある|とある|某|どこかの)[一-龠々ァ-ヶー]{2,12}(?:局|省|庁|署|県|市|町|村|大学|病院|協会|センター|事務所|研究所|委員会|会議所)の[一-龠々ァ-ヶー]{2,12}(?:さん|氏|先生|様)?(?:を|に)[、,]?(?:講師|講演者)(?:に|として)[^。！？!?\n]{0,20}?(?:研修|講座|講演会|勉強会|学習会|セミナー|教室)(?:会)?を?(?:開き|開催し|行い|実施し)/u
/**
 * Blind UH-111 kind: the lecturer of the city's own session described by what they lived through or did, not by name (熊本地震で被災し、
 * 避難所の運営に携わった方を講師にお招きし、防災講演会を開きました): the one the city invited, known to it and shown to the reader by their
 * part, as a lecturer named by body is. Someone left vague (ある専門家を講師に) or a lecture the writer only attended names no one.
 */
const LECTURER_DESCRIBED = /(?:[ぁ-ゖ]た|のある|経験がある|経験を持つ)(?:方|方々|女性|男性|皆さん|皆様)(?:を|に)[、,]?(?:講師|講演者|語り部)(?:に|として)[、,]?(?:お招き|お迎え|招き|迎え|招いて|迎えて|お呼び)?[^。！？!?\n]{0,20}?(?:研修|講座|講演会|勉強会|学習会|セミナー|教室|講話)(?:会)?を?(?:開き|開催し|行い|実施し)/u
export function lecturerDescribed(t: string): boolean {
  const m = LECTURER_DESCRIBED.exec(t)
  if (!m) return false
  const sentence = t.slice(Math.max(0, t.lastIndexOf('。', m.index) + 1, t.lastIndexOf('\n', m.index) + 1), m.index + m[0].length)
  return !VAGUE.test(sentence) && !/(?:^|[^ぁ-ゖ])(?:ある|とある|某|どこかの)[一-龠々ァ-ヶー]/u.test(sentence)
}
/**
 * …and the lecturer, the subject of the sentence right before the words, telling of it (講師は、…実際の経験を静かな口調で語られました。「…」
 * という言葉が印象に残りました): the words are that lecturer's, said at the session.
 */
export const LECTURER_SPOKE_BEFORE = /(?:^|[。！？!?\n])[ \u3000]*(?:講師|講演者)(?:の方|の先生)?(?:は|が)[、,]?[^「」『』。！？!?\n]{0,140}?(?:語られ|話され|お話しされ|お話し(?:くださ|いただ)|(?:語って|話して|説明して)(?:くださ|いただ)|説明され)[^「」『』。！？!?\n]{0,10}[。！!][ \u3000]*$/u
export const LECTURE_POINT_BEFORE = /(?:講義|講演|講話|研修|講座|お話)(?:で|の中で|では)[、,]?[^。！？!?\n「」『』]{0,16}$|(?:講師|講演者)(?:の方)?(?:から|は|が)(?:は)?[、,]?\s?$/u
export const LECTURE_POINT_AFTER = /^[」』”〟]?\s?(?:(?:という|との)(?:お話|話|ご指摘|指摘|ご説明|説明|言葉|お言葉)|と[、,]?(?:お話し|話され|説明され|語られ|指摘され))/u
/**
 * Blind UG-069 kind: the occasion the post reports held by the city (追悼式を執り行いました, 記念式典を開催しました): a role speaking there
 * in a later paragraph (遺族会の代表は「…」と述べました) is heard at it.
 */
export const OCCASION_HELD = /(?:式|式典|大会|祭|まつり|セレモニー|集い|つどい|会)[」』]?(?:を|が)[、,]?[^。！？!?\n]{0,10}?(?:執り行い|執り行われ|開催し|開催され|開き|開かれ|行い|行われ|催し)/u
/**
 * Blind UG-109 kind: a paragraph opening with the one met at the post's event, who told the staff the words set just before (…体験会に参加
 * された80代の男性は、舟を降りると笑顔でこう話してくださいました): the speaker described by what they did there, the words heard in person.
 */
const HEAD_TOLD_US = /^[^「」『』。！？!?\n]{2,60}?(?:方|男性|女性|人|さん|様|生徒|児童|学生|参加者|皆さん|みなさん|お母さん|お父さん|ご夫婦|ご家族)(?:たち)?(?:は|が|も)[、,]?[^「」『』。！？!?\n]{0,24}?(?:こう|そう|このように|そのように)(?:話して|語って|教えて|言って|おっしゃって|笑って)(?:くださ|くれ|下さ|いただ)/u
export function headToldUs(head: string): boolean {
  return HEAD_TOLD_US.test(head) && !NOT_MET.test(head) && !VAGUE.test(head) && !IN_MEDIUM.test(head) && !PUBLISHED_VOICE.test(head)
}
/**
 * Blind R427C-025 kind: a lecture's words told as said by a role with no name (講師の先生から「…」とのお話があり, 講演者の方は「…」と, 専門家の
 * 先生から「…」とのお話): the lecturer's content, so the lecturer is to be named, as a lecture's words are (lectureSaid: a lecturer named
 * in the post, by body and office, keeps them clean). Not the post's own event voice then (OWN_VOICE_AFTER, GUEST_WORDS_AFTER). A speaker
 * named (講師の山田氏から, 山田先生から), the city's own official by title and name, or the lecturer of the city's own staff training
 * (職員研修: STAFF_TRAINING) stays as it was.
 */
const ROLE_ONLY_BEFORE = /(?:講師|講演者|登壇者|パネリスト|専門家|有識者|アドバイザー)(?:の方|の先生|の方々|の皆さん)?(?:から|より|は|が)(?:は|も)?[、,]?\s?$/u
/** A person named in the paragraph (山田先生, 佐藤氏, 田中教授, 鈴木さん): the speaker may be they. */
const PERSON_NAMED = /(?<![のがはもと])[一-龠々]{2,6}(?:氏|先生|教授|准教授|博士|さん|様)|[ァ-ヶー]{2,12}(?:氏|先生|教授|さん)/u
/**
 * The city's own staff training (職員研修, 職員向けの研修, 庁内研修, 市職員約120人を対象に…研修を行いました): what its lecturer said there is told
 * as the city's own event's, as before; told in any paragraph of the post, it counts as the lecturer told (lecturerNamed, for lectureSaid).
 */
export const STAFF_TRAINING = /職員(?:向けの?|を対象とした|対象の)?研修|庁内(?:の)?研修|職員(?:向けの?)?(?:勉強会|講習)|職員[^。！？!?\n]{0,12}?(?:を対象に|を対象と|向けに)[^。！？!?\n]{0,40}?(?:研修|勉強会|講習)/u
export function roleOnlySpeaker(bf: string, masked: string): boolean {
  return ROLE_ONLY_BEFORE.test(bf) && !STAFF_TRAINING.test(masked) && !PERSON_NAMED.test(masked.replace(/(?:講師|講演者|専門家|有識者|講師陣)(?:の)?(?:先生|さん|様)/gu, ''))
}
