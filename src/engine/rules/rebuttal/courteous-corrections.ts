/**
 * rebuttal — the critic corrected softly or courteously (4(5), 6(2)): asked to look first and only then give their opinion
 * (まずはそちらをご覧になってからご指摘いただけませんでしょうか), their claim contradicted casually with their words regretted
 * (それ、ちょっと違うんです〜 …って書かれちゃうのは残念です), said a little not to be so with the wording reproached, their post said
 * in honorific speech to have a thing wrong, told to read first then send their opinion (…をよくお読みいただいたうえでご意見を頂戴
 * できれば幸いです). Clean: an invitation to try and send feedback, the city's own correction (正しくは15日です), a form's instruction.
 * These phrases close the check order (`PHRASES` in index.ts).
 */
import { phrase } from '../../words'
import type { Phrase } from './context'
import { COMPLAINT_HEARD, INSTEAD, NOTICE_COMPLAINT, TO_CRITIC } from './context'

/**
 * Blind R394T-049 kind: a complaint heard (使いにくいとのことですが, 分かりにくいとのご意見ですが) answered by asking the critic to read or look
 * first and only then give their opinion, as a polite question (まずはそちらをご覧になってからご意見をいただけますか, 一度お読みになってから
 * ご指摘いただけませんでしょうか, 説明書を読んでからコメントしてもらえますか): the fault put on the critic, a rebuttal. Only after a complaint
 * echoed in the paragraph; not an invitation to try a service and send feedback (ぜひ使ってみてからご感想をお寄せください: no complaint), not
 * where the instructions are told alone (手順はトップ画面に載せています).
 */
export const LOOK_FIRST_ASKED = '(?:読んで|お読みになって|お読みいただいて|目を通して|お目通しいただいて|見て|ご覧になって|ご覧いただいて|確認して|ご確認になって|ご確認いただいて|お確かめになって|確かめて|調べて|お調べになって|試して|お試しになって|使って)(?:みて)?から(?:ご|お)?(?:意見|指摘|批判|評価|感想|コメント|文句|苦情|投稿|発言|お書き|書き込み)(?:を)?(?:いただけ(?:ます|ません)(?:でしょう)?か|いただけ(?:ない|る)でしょうか|いただきたい(?:のですが|と思います|です)|(?:して|なさって)?(?:もらえ|いただけ)(?:ます|ません)(?:でしょう)?か|くださ(?:い|いますか|いませんか)|お願いでき(?:ます|ません)か|お願いします|お願いいたします)'
export const COMPLAINT_ECHOED_ASKED = new RegExp(NOTICE_COMPLAINT.source + '|' + COMPLAINT_HEARD.source, 'u')
export const LOOK_FIRST_ASKED_PHRASES: Phrase[] = [
  {
    re: phrase(LOOK_FIRST_ASKED),
    need: ['から'],
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: COMPLAINT_ECHOED_ASKED,
  },
]

/**
 * Blind R422X-036 kind: a commenter's claim contradicted casually at a sentence's head (それ、ちょっと違うんです〜！, そこは違いますよ,
 * それ全然ちがうんです), the counter-claim told, and the critic's words quoted back as something regretted (…って書かれちゃうのは残念です,
 * …と言われるのは悲しいです, …って思われてるのは寂しいな): the commenter told they are wrong, a rebuttal in any register. Only with both
 * the contradiction and the critic's words regretted in the paragraph (`CRITIC_WORDS_REGRETTED`); a thing told to differ (色が違うんです,
 * 場所がちょっと違うんです), the city's own correction (それ、日付がちょっと違うんです。正しくは15日です) or a regret with no contradiction (…と言われる
 * のは残念ですが、改善に努めます) stay clean.
 */
export const CASUAL_CONTRADICTION = '(?<=^|[。！!？?\\n\\s〜~])(?:それ|そこ|そちら|そいは|それは|そこは)[、,\\s]?(?:ちょっと|ちょっぴり|少し|すこし|全然|ぜんぜん|まったく|全く|完全に)?(?:違うんです|違うんですよ|違うんだよ|違うんよ|違うとです|違いますよ|違いますって|ちがうんです|ちがいますよ|ちがうんだよ)'
/** The critic's words quoted back and regretted (…って書かれちゃうのは残念, …と言われるのは悲しい). */
export const CRITIC_WORDS_REGRETTED = phrase('(?:って|と)(?:書かれ|書き込まれ|言われ|思われ|コメントされ|投稿され|レビューされ)[^。！？!?\\n]{0,10}?(?:残念|悲しい|悲しく|かなしい|寂しい|寂しく|さみしい|さびしい|悔しい|くやしい)', 'u')
export const CASUAL_CONTRADICTION_PHRASES: Phrase[] = [
  {
    re: phrase(CASUAL_CONTRADICTION),
    need: ['違', 'ちが'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: CRITIC_WORDS_REGRETTED,
  },
]

/**
 * Blind R427C-021 kind: a critic's claim taken up with っていうのは / というのは and said (a little) not to be so (…見捨てたっていうのはちょっと
 * 違うかな〜, …というのは少し違うと思います, …っていうのは全然ちがうよ), then the wording reproached (そういう言い方はさみしいです, そんな書き方は
 * 悲しい, ちゃんと見てほしいな, もっと知ってほしい) or regretted (…と言われるのは残念: CRITIC_WORDS_REGRETTED): the commenter told they are
 * wrong, softly. Only with both the denial and the reproach in the paragraph; the city's own correction of a fact (…というのは少し違います。正しくは
 * 15日です), a claim denied with no reproach, or a reproach with no denial stay clean, and so does an apology.
 */
export const CLAIM_SAID_OTHERWISE = '(?:っていうのは|っていうの|って言うのは|というのは|と言うのは|っつうのは)[、,\\s]?(?:ちょっと|ちょっぴり|少し|すこし|全然|ぜんぜん|まったく|全く|完全に|かなり)?(?:違う|ちがう|違います|ちがいます|違いま|違っ|ちがっ)'
export const WORDING_REPROACHED = phrase('(?:そういう|そんな|そのような|こういう|ああいう|その)(?:言い方|いいかた|書き方|かきかた|言われ方|表現|決めつけ|決め付け|見方|とらえ方|捉え方)(?:は|って|を|だと|されると)[^。！？!?\\n]{0,12}?(?:さみし|寂し|さびし|悲し|かなし|残念|つら|辛|悔し|くやし|やめ|控え)|(?:ちゃんと|きちんと|しっかり|よく|もっと|正しく)[、,]?(?:見て|知って|わかって|分かって|理解して|調べて)(?:ほしい|欲しい|もらいたい|もらえたら|もらえると|いただきたい|くれたら|ください)|(?:って|と)(?:書かれ|書き込まれ|言われ|思われ|コメントされ|投稿され)[^。！？!?\\n]{0,10}?(?:残念|悲しい|悲しく|かなしい|寂しい|寂しく|さみしい|さびしい|悔しい|くやしい)', 'u')
/**
 * Blind R427C-054 kind: the commenter's post politely said to have a thing wrong (貴殿のご投稿は…を取り違えておられるようです, ご投稿の内容は
 * …を誤解なさっているご様子です, あなたのコメントは…を読み違えていらっしゃるかと存じます): the critic corrected in honorific speech, a rebuttal in
 * the most courteous register. The post or the commenter the subject, a word of mistaking, an honorific present and a hedge (ようです, ご様子,
 * かと, ものと, と存じ); only where a criticism is answered or in a reply (TO_CRITIC). The city's own mistake (当方が取り違えておりました) or a
 * reader's likely confusion explained (…と取り違えやすいのでご注意ください) stays clean.
 */
export const POST_MISTAKEN = '(?:貴殿|貴方|あなた|貴女|貴職|そちら(?:様)?|投稿者(?:の方|様|さん)?)(?:の|が|は)?(?:ご)?(?:投稿|コメント|書き込み|ご?意見|ご?主張|ご?指摘)?(?:の内容)?(?:は|では|が)[、,]?[^。！？!?\\n]{0,30}?(?:取り違え|取違え|読み違え|見誤|見違え|誤解|誤認|勘違い|思い違い|混同)(?:を)?(?:されて|なさって|して|て)(?:おられ|いらっしゃ|おいで|い|お)[^。！？!?\\n]{0,6}?(?:ようです|ようでございます|ように(?:お見受け|見受け|思われ|存じ)|ご様子|様子です|かと(?:存じ|思われ|思い)|ものと(?:存じ|思われ|思い)|と(?:存じ|思われ)|のでは)'
/**
 * Blind R427C-054 kind: …and told to read first, then send their opinion, in the most courteous words (要綱をよくお読みいただいたうえでご意見を
 * 頂戴できれば幸いです, 資料をご一読のうえでご投稿賜りますよう, お確かめいただいたうえでご意見を賜れれば): the wish aimed at the one who posted
 * (as the R160I-087 phrase reads it with いただければ), with 頂戴 or 賜る. A form's instruction (ご確認のうえ、ご応募ください) stays clean.
 */
export const READ_FIRST_COURTEOUS = '(?:ご確認|確認|ご覧|お読み|ご一読|お調べ|お確かめ|ご精読)(?:の|いただいた|になった|された|した|頂いた)?(?:うえ|上)(?:で)?[、,]?(?:ご|お)?(?:投稿|発言|発信|コメント|書き込み|意見|批判|指摘|お書き|レビュー|口コミ|ご意見)(?:を|など)?[、,]?(?:頂戴(?:できれば|できますと|できましたら|したく|いたしたく|出来れば)|賜(?:れれば|りたく|りますよう|われれば|われますと))'
export const COURTEOUS_CORRECTION_PHRASES: Phrase[] = [
  {
    re: phrase(CLAIM_SAID_OTHERWISE),
    need: ['違', 'ちが'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    notWithApology: true,
    alsoNeeds: WORDING_REPROACHED,
  },
  {
    re: phrase(POST_MISTAKEN),
    need: ['取り違え', '取違え', '読み違え', '見誤', '見違え', '誤解', '誤認', '勘違い', '思い違い', '混同'],
    ...TO_CRITIC,
  },
  {
    re: phrase(READ_FIRST_COURTEOUS),
    need: ['頂戴', '賜'],
    ...TO_CRITIC,
  },
]
