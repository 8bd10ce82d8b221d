/**
 * A work borrowed from another's site or work (4(4)): an image or a text the writer says they took (お借りしました, 転載しました:
 * `borrowedWork`, reported by index.ts when no paragraph credits it). Stays clean: the city's own site or a free material site
 * (OWN_OR_FREE_SOURCE), and leave or a credit anywhere in the post (許可を得て, 提供：, ©, 出典: BORROW_CREDIT). Part of the quotation
 * family (index.ts reads the quotations and reports them).
 */
import type { Doc } from '../../doc'
import type { QuotationFacts } from './context'

/**
 * Blind R149I-045: an image or a text the writer says they took from another's site or work (防犯教室のスライドに、アニメ『ほしぞら
 * パトロール』の公式サイトから画像をお借りしました; ネットから写真を拝借しました; 雑誌の記事を…から転載しました; イラストは…のホームページ
 * からお借りしています): someone's work reused on the city's account, which needs its holder's leave or a credit (許可を得て, 提供：, ©, 出典)
 * somewhere in the post. The source is a medium or a work (サイト, ホームページ, ネット, SNS, アニメ, 映画, 『…』), not a person or a body
 * that lent the thing itself (地域の方から昔の写真をお借りしました, 図書館から本をお借りしました); the city's own site and free material
 * sites (フリー素材, いらすとや) are not another's work.
 */
const BORROW_SOURCE =
  '(?:サイト|ホームページ|ＨＰ|(?<![A-Za-z])HP|ページ|ブログ|ネット|インターネット|ウェブ|(?<![A-Za-z])(?:Web|WEB|SNS|Instagram|Twitter|YouTube|Pinterest)|インスタ|ツイッター|ユーチューブ|画像検索|検索|アニメ|漫画|マンガ|まんが|映画|ドラマ|番組|ゲーム|絵本|雑誌|新聞|書籍|写真集|』)'
const BORROW_MATERIAL = '(?:画像|写真|イラスト|キャラクター|キャラ|(?<![\\p{Script=Han}])絵|図版|動画|映像|ロゴ|素材|記事|文章|文面)'
const BORROW_VERB = '(?:お借り|拝借|借り(?:て|ま|た)|転載(?:し|さ|い)|使わせて(?:いただ|もら|頂)|無断で(?:使|使用|掲載))'
const WORK_BORROWED = new RegExp(
  `${BORROW_SOURCE}(?:の(?:ページ|画像|写真|記事|投稿|公式ページ))?(?:から|より)[、,]?[^。！？!?\\n]{0,16}?${BORROW_MATERIAL}(?:など|等)?(?:を|も)?[、,]?[^。！？!?\\n、,]{0,8}?${BORROW_VERB}|${BORROW_MATERIAL}(?:は|も|を)[、,]?[^。！？!?\\n]{0,24}?${BORROW_SOURCE}(?:から|より)[、,]?${BORROW_VERB}|${BORROW_SOURCE}(?:で|に|上で|上に)[^。！？!?\\n]{0,8}?(?:見つけ|みつけ|あっ|載っ|のっ|出てき|拾っ)[^。！？!?\\n]{0,10}?${BORROW_MATERIAL}(?:を|も)?[、,]?${BORROW_VERB}`,
  'gu',
)
/** The city's own site or a free material site named as the source: no one else's work. */
const OWN_OR_FREE_SOURCE = /(?:(?<![\p{Script=Han}])|柳川)市(?:役所)?(?:の)?(?:公式)?(?:ホームページ|サイト|ＨＰ|HP|ページ)$|(?:本市|当市|当課|自分|私|わたし|僕|うち)(?:の)?[^。！？!?\n]{0,6}$|フリー|無料素材|素材サイト|いらすとや|著作権フリー/u
/** Leave or a credit for a borrowed work (許可を得て, 許諾, 提供：, ©, 出典, クレジット, a URL). */
const BORROW_CREDIT =
  /許可を(?:得|え|いただ|頂|もら|取)|(?:ご)?許可(?:済|を受け)|許諾|了承を(?:得|いただ|頂)|承諾を(?:得|いただ|頂)|快諾|(?:ご)?提供(?:[:：]|いただ|頂|を受け|して(?:いただ|もら|くださ))|[©Ⓒ]|\([Cc]\)|（[Cc]）|出典|引用元|クレジット|(?:写真|画像|イラスト)[:：]|https?:\/\/|利用規約|ガイドラインに(?:沿|基づ|従)/u

/** Marks the paragraph's borrowing of another's work, and whether it credits one (paragraph offsets). */
export function borrowedWork(doc: Doc, facts: QuotationFacts): void {
  const t = doc.norm.text
  facts.credit = BORROW_CREDIT.test(t)
  if (!/借|転載|使わせて|無断で/u.test(t)) return
  WORK_BORROWED.lastIndex = 0
  for (let m = WORK_BORROWED.exec(t); m; m = WORK_BORROWED.exec(t)) {
    const src = new RegExp(BORROW_SOURCE, 'u').exec(m[0])
    const at = src ? m.index + src.index : m.index
    if (OWN_OR_FREE_SOURCE.test(t.slice(Math.max(0, at - 12), at + (src ? src[0].length : 0)))) continue
    const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
    facts.borrowed = { start, end, what: '他者のサイトや作品から借りた画像・文章' }
    return
  }
}
