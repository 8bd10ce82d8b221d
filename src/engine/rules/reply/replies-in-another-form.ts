/**
 * A reply in another form (4(3), reply/broadcast-only, reply/incident): a post that opens with @mentions (LEADING_MENTIONS: a reply in
 * all but name), a post that opens by addressing one person (先ほどお問い合わせくださった方へ, 山田さんへ: ADDRESSED), and a quote post that
 * answers what the quoted post asked or thanks the one who asked (ご質問にお答えします, この方のおっしゃるとおりです, ご質問をいただきました:
 * ANSWERS). Stays clean: a category of readers addressed (要精密検査と判定された方へ, 申請された方へ, 皆さまへ, 利用者の皆様へ), questions received
 * by many (多くの方からご質問をいただいています: a notice to all), a desk to ask (お問い合わせは観光協会へ). Part of the reply family (index.ts
 * runs the checks in order and reports them).
 */

export const LEADING_MENTIONS = /^\s{0,20}(?:@[A-Za-z0-9_.]{1,30}\s{0,5}){1,10}/u

/**
 * Opening words that address one person: …くださった方へ, …さんへ, 昨日ブログで当市を批判された方へ (a category of readers,
 * 要精密検査と判定された方へ or 申請された方へ, is no one person).
 */
export const ADDRESSED = /^\s{0,4}[^。！？!?\n]{0,24}?(?:くださった|下さった|いただいた|頂いた|してくれた)(?:方|お客様|皆様のうちのお一人)へ|^\s{0,4}(?=[^。！？!?\n]{0,24}?(?:先ほど|さきほど|先程|昨日|昨夜|今朝|本日|今日|先日|ブログ|SNS|投稿|コメント|書き込|問い合わせ|問合せ|連絡|電話|メール|来庁|来館|指摘|批判|意見))[^。！？!?\n]{0,24}?(?:された|なさった)(?:方|お客様)へ|^\s{0,4}[^。！？!?\n\s]{1,12}(?<!皆|みな|お客|客|利用者の|保護者の|関係者の|住民の|市民の)(?:さん|様|さま)へ(?=[。、！!\s]|$)/u
/**
 * Words that answer the post being quoted.
 * Blind R255Q-049 kind: a quote post that tells of one question or inquiry received (ご質問をいただきました。…, お問い合わせを頂きました
 * ので) or thanks the one who asked (お問い合わせいただいた方、ありがとうございました, ご質問くださった方へ, ご質問ありがとうございます):
 * the quoted post is a resident's question and the quote answers it, a reply in effect. Not questions received by many (多くの方から
 * ご質問をいただいています: a notice to all), not a desk to ask (お問い合わせは観光協会へ, 県税事務所へご相談ください).
 */
export const ANSWERS = /(?:ご質問|ご意見|お問い合わせ|ご指摘)(?:に|へ)(?:お答え|回答|ご回答)|(?:この|こちらの)方の(?:おっしゃる|言う|ご指摘)|おっしゃる(?:とおり|通り)です|ご指摘の(?:とおり|通り)です|(?:ご質問|お問い合わせ)(?:いただいた|の)件(?:です|ですが|について)|(?<!(?:多くの|たくさんの|多数の|複数の|数多くの|様々な|さまざまな|同様の|同じ|よく|毎年|例年|皆様から|皆さまから|皆さんから|方々から|方から|市民の皆様から)(?:の)?)(?:ご質問|お問い合わせ|お問合せ)(?:を)?(?:いただき|頂き|いただい|頂い)(?:まし)?た(?=[。！!、]|ので)|(?:ご質問|お問い合わせ|お問合せ|質問)(?:を)?(?:いただいた|頂いた|くださった|下さった|してくださった|された)方(?:[、,へ]|に(?:お礼|感謝)|、?ありがとう)|(?:ご質問|お問い合わせ)(?:を)?(?:いただき)?(?:[、,])?ありがとうございま/u
