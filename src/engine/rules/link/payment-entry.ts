/**
 * Payment and identity details asked for on a site only pointed at (6(1), link/payment-entry): card or account details to be typed in
 * (こちらのサイトから…クレジットカード番号を入力するだけで), an identity document's photo to be sent (こちらのフォーム…免許証の写真も添付), a city
 * tax or charge to be paid there (固定資産税はこちらのサイトから払えます): `paymentEntry`. Stays clean: the city's contracted payment agent
 * named (収納代行, 指定納付受託者), a payment service, store or bank named as the way (PayPay, コンビニ, 金融機関), a document shown at a desk,
 * and any warning against it (入力しないで, 求めることはありません, 偽サイト). Part of the link family (index.ts runs the checks in order).
 */
import { sentenceOf } from '../../words'
import type { LinkSpan } from './context'

/**
 * Blind R163A-146 kind: a site only pointed at (こちらのサイト, このページ, 下記のURL, ここから), not named, where readers are told to type in
 * card or account details (クレジットカード番号を入力するだけで手続きが完了します, 口座番号と暗証番号をご入力ください): a site the city does not
 * run receiving payment details is what phishing looks like. The details are a card's or an account's (カード番号, 暗証番号, 口座番号,
 * セキュリティコード, カード情報), not a meeting's passcode; the sentence asks for them (入力, 記入, 登録, 送信), it does not warn against
 * them (入力しないで, 求めることはありません, 偽サイト, ご注意) or say they are not needed (入力は不要).
 */
const CARD_DETAILS = /(?:クレジット)?カード(?:の)?番号|クレジットカード(?:の)?情報|カード情報|暗証番号|口座番号|口座情報|セキュリティコード|有効期限とセキュリティ/u
const CARD_ENTRY = /(?:クレジット)?カード(?:の)?番号|クレジットカード(?:の)?情報|カード情報|暗証番号|口座番号|口座情報|セキュリティコード/gu
const ENTRY_VERB = /^[^。！？!?\n]{0,16}?(?:を|も|と|まで|など|等)?[\s、,]?(?:ご)?(?:入力|記入|登録|送信|入れる|入れて|打ち込)/u
const ENTRY_WARNED = /しないで|しない(?:よう|でください)|お控え|ご注意|注意して|気をつけ|気を付け|偽|にせ|ニセ|詐欺|フィッシング|不審|求めることは|お聞きすることは|尋ねることは|(?:あり|ござい)ません|不要|必要(?:は)?(?:あり|ござい)ません|絶対|決して/u
const POINTED_SITE = /(?:こちら|こっち|この|その|下記|以下|次|ここ)(?:の)?(?:サイト|ページ|URL|リンク|フォーム)?(?:から|で|に|は|を|へ|より)|こちら|下記|以下のURL/u
/** The site said to be the city's contracted payment agent (市が契約する…, 収納代行, 指定納付受託者, 公金支払い): an operator named, no bare pointer. */
const CONTRACTED = /市が(?:契約|委託|指定)|市の(?:委託|契約)|委託(?:先|事業者)|(?:収納|決済)代行|指定納付受託者|公金(?:支払|収納|決済)/u
/**
 * Blind R168A-074 kind: a photo or a copy of an identity document to be sent to a site only pointed at (こちらのフォームで受け付けます…本人確認
 * のため免許証の写真も添付してください, マイナンバーカードの画像をアップロードして, 保険証のコピーを送信): an identity document's image is
 * what identity theft collects, never what the city gathers through a form it does not run (a short link hides whose it is). The document
 * (免許証, マイナンバーカード, 保険証, パスポート, 在留カード, 本人確認書類) and a verb of sending it (添付, アップロード, 送信, 送付, 送って);
 * not shown at a desk (窓口で免許証をご提示ください: no sending verb), not warned against (送らないでください, 求めることはありません).
 */
const ID_DOCS = /(?:運転)?免許証|マイナンバーカード|個人番号カード|(?:健康)?保険証|パスポート|旅券|在留カード|本人確認書類|身分証(?:明書)?/gu
const ID_SEND = /^[^。！？!?\n]{0,16}?(?:写真|画像|コピー|写し|両面|表面|裏面|データ|スキャン)?[^。！？!?\n]{0,6}?(?:を|も)?[\s、,]?(?:ご)?(?:添付|アップロード|送信|送付|送って|お送り|貼り付け|貼付)/u
/**
 * Blind R172A-028 kind: a city tax or public charge to be paid on a site only pointed at (固定資産税はスマホで簡単に払えます！こちらのサイトが
 * 便利ですよ https://…, 住民税の納付はこのページからどうぞ): the city's money taken through a site it does not run and the post does not name,
 * what a fake payment site looks like. The charge is the city's (固定資産税, 市県民税, 軽自動車税, 国保税, 保険料, 水道料金) and is paid there
 * (払え, 支払, 納付, 納め, 決済); not when a payment service, a store or a bank is named as the way (PayPay, 楽天ペイ, コンビニ, 金融機関, 地方税
 * お支払サイト: the operator named, a referral the writer can check), nor when it is warned against (偽, ご注意) or said not to be needed.
 */
const PUBLIC_CHARGE = /(?:固定資産|住民|市県民|市民|県民|軽自動車|国民健康保険|国保|都市計画|入湯)税|市税|(?:介護|国民健康|後期高齢者医療)?保険料|(?:上下)?水道料金|保育料|給食費/gu
const CHARGE_PAID = /^[^。！？!?\n]{0,16}?(?:払え|払う|払い|支払|納付|納め|納入|決済)/u
const PAY_OPERATOR = /[A-Za-z]{1,8}\s?(?:Pay|PAY|pay|払い)|ペイ(?!ジ)|ペイジー|Pay-easy|eLTAX|エルタックス|地方税お?支払|コンビニ|銀行|金融機関|郵便局|ゆうちょ|信用金庫|農協|JA|クレジットカード会社/u
/** What the site asks to be typed in or sent: [what, act] (カード番号, 入力; 免許証の画像, 送信), or null. */
export function paymentEntry(t: string, u: LinkSpan): [string, string] | null {
  const from = Math.max(0, u.normStart - 160)
  const to = Math.min(t.length, u.normEnd + 120)
  const near = t.slice(from, to)
  const card = CARD_DETAILS.test(near)
  ID_DOCS.lastIndex = 0
  const id = ID_DOCS.test(near)
  PUBLIC_CHARGE.lastIndex = 0
  const charge = PUBLIC_CHARGE.test(near) && !PAY_OPERATOR.test(near)
  if ((!card && !id && !charge) || CONTRACTED.test(near) || !POINTED_SITE.test(t.slice(Math.max(0, u.normStart - 120), u.normStart) + t.slice(u.normEnd, Math.min(t.length, u.normEnd + 24)))) return null
  // What is asked there, the verb that asks it (within `reach` characters), how the message names it, and the act: card details
  // typed in, an identity document's photo sent, a public charge paid.
  const asks: Array<[boolean, RegExp, RegExp, number, (w: string) => string, string]> = [
    [card, CARD_ENTRY, ENTRY_VERB, 24, (w) => w, '入力'],
    [id, ID_DOCS, ID_SEND, 30, (w) => `${w}の画像`, '送信'],
    [charge, PUBLIC_CHARGE, CHARGE_PAID, 24, (w) => w, '納付'],
  ]
  for (const [asked, what, verb, reach, name, act] of asks) {
    if (!asked) continue
    what.lastIndex = 0
    for (const m of near.matchAll(what)) {
      const a = from + m.index
      const b = a + m[0].length
      if (!verb.test(t.slice(b, b + reach))) continue
      const s = sentenceOf(t, a, b)
      if (ENTRY_WARNED.test(t.slice(s.start, s.end))) continue
      return [name(m[0]), act]
    }
  }
  return null
}
