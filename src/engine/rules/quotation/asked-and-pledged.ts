/**
 * Two kinds of words in brackets that are the post's own material, not a text needing a source (4(4)), found by blind wave 95:
 * a question the city is asked now and then, quoted to answer it (ASKED_AT_TIMES_AFTER), and a promise the participants of the
 * city's own class made there (`pledgeAtOwnEvent`). Part of the quotation family (index.ts reads the quotations and reports them).
 */
import { IN_MEDIUM, PUBLISHED_VOICE, VAGUE, VAGUE_MEDIUM_LEAD } from './context'
import { OWN_EVENT } from './voices-received'

/**
 * Blind R457J-025 kind: a question residents put to the city, told as one it is asked at times (「…らしい」と聞かれることがありますが、
 * …; 「…」とたずねられることが多いのですが; 「…」というご質問をいただくことがあります; 「…」とのお問い合わせを受けることがよくあります): the
 * account's own paraphrase of a common question it then answers, as with よく聞かれます (ASKED_OFTEN_AFTER), the frequency told after the verb
 * (ことがある, ことが多い). Not a saying that is said (「…」と言われることがあります stays a quotation), nor words read in a medium (index.ts).
 */
export const ASKED_AT_TIMES_AFTER =
  /^\s?(?:と|って)[、,]?(?:聞かれ|きかれ|訊かれ|尋ねられ|たずねられ|質問され|問われ)る(?:こと|ケース|場合)(?:が|も)[、,]?(?:よく|時々|ときどき|たまに|しばしば|たびたび)?(?:あり|ある|あっ|多|少なくな)|^\s?(?:という|との)(?:ご?質問|お?問い?合わせ|お問合せ|お?尋ね|ご相談)(?:を)?(?:いただく|頂く|受ける|寄せられる|お受けする)(?:こと|ケース|場合)(?:が|も)[、,]?(?:よく|時々|ときどき|たまに|しばしば|たびたび)?(?:あり|ある|あっ|多|少なくな)/u

/**
 * Blind R458K-023 kind: a promise the participants of the city's own class made there, in their words (子どもたちには「…」と約束してもらいました;
 * 参加者全員で「…」と誓いました; 生徒たちは「…」と宣言してくれました): said at the post's own event, reported by the host, no text with an author.
 * The participants are named right before the words (子ども, 児童, 生徒, 参加者 …) and the post tells of its class or event (OWN_EVENT). Not
 * a vague someone, words read in a medium or a published voice.
 */
const PLEDGERS_BEFORE = /(?:子ども|子供|こども|児童|生徒|園児|参加者|受講者|受講生|利用者|みんな|皆さん|みなさん|全員)(?:たち|達|の皆さん|のみなさん|全員)?(?:には|に|とは|と|が|は|も|で|全員で|みんなで)[、,]?[^。！？!?\n「」『』]{0,12}?$/u
const PLEDGE_AFTER = /^[」』”〟]?\s?と[、,]?[^。！？!?\n「」『』]{0,8}?(?:(?:約束|宣言|決意表明|指切り)(?:を)?(?:し(?:て(?:もらい|もらっ|くれ|いただ|頂|くださ)|まし|た)|さ(?:せ|れ)|交わし|かわし)|誓(?:い(?:まし|合)|っ(?:た|て)))/u
export function pledgeAtOwnEvent(bf: string, runAfter: string, masked: string): boolean {
  return PLEDGE_AFTER.test(runAfter) && PLEDGERS_BEFORE.test(bf) && OWN_EVENT.test(masked) && !VAGUE.test(bf) && !IN_MEDIUM.test(bf) && !PUBLISHED_VOICE.test(bf) && !VAGUE_MEDIUM_LEAD.test(bf)
}
