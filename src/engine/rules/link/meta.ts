/**
 * The link family's metadata (リンク): its rule ids with default severity, the guideline's floor, message and
 * hint templates, its clauses and default word lists. Kept apart from the readers so the background, popup and
 * options page can read it without loading the rules (tests/engine/families.test.ts checks that it imports no reader).
 */
import { CLAUSES } from '../../clauses'
import type { FamilyMeta } from '../../rule'

export const meta: FamilyMeta = {
  clauses: [CLAUSES['6(1)']],
  title: 'リンク',
  titleEn: 'Links',
  rules: {
    'link/shortener': {
      title: '短縮URL',
      titleEn: 'URL shortener',
      severity: 'warn',
      floor: 'info',
      message: '「{host}」は短縮URLです。{how}リンク先が分からず、なりすましや改ざんを見分けられないため、原則使用しません。',
      hint: '「{excerpt}」を、リンク先の正式なURL（例：https://www.city.yanagawa.fukuoka.jp/…）に書き換えてください（XやFacebookでは、長いURLも自動で短く表示されます）。',
    },
    // Blind R161A-103: a host dressed as the city, a public body or a trusted service (city-yanagawa.com, e-tax-nta-refund.com,
    // faceb00k.com) is how phishing sites are named: sending readers there is refused, not confirmed (a warning about one, quoted, is a note).
    'link/lookalike': {
      title: '似せたドメイン',
      titleEn: 'Look-alike domain',
      severity: 'block',
      floor: 'info',
      message: '「{host}」は市や公的機関、信頼できるサイトに似せた名前ですが、その正式なドメインではありません。偽サイト（フィッシング）のおそれがあります。',
      hint: '市のページなら「https://www.city.yanagawa.fukuoka.jp/…」のように正しいドメインのURLに書き換え、公式サイトから辿って確認してください。',
    },
    // Blind R163A-103 kind: a link through an affiliate network's redirect (px.a8.net/svt/ejp?a8mat=…, hb.afl.rakuten.co.jp, amazon.co.jp/…?tag=…-22)
    // earns its poster a commission on what readers buy: the city promoting one business for pay, refused (a warning about one, quoted, is a note).
    'link/affiliate': {
      title: 'アフィリエイトリンク',
      titleEn: 'Affiliate link',
      severity: 'block',
      floor: 'info',
      message: '「{host}」はアフィリエイト（成果報酬型広告）のリンクです。購入されると紹介者に報酬が入る仕組みで、市が特定の事業者を宣伝し利益を得ていると受け取られます。',
      hint: 'アフィリエイトリンクは削除してください。事業者を紹介する必要があれば、市の方針に沿って公平に、公式ページへの通常のリンクで案内してください。',
    },
    // Blind R163A-146 kind: readers sent by a bare pointer (こちらのサイト) to a site the city does not run to type in card or account details
    // (クレジットカード番号を入力するだけで): what phishing asks, never what the city asks on another's site. Blind R168A-074 kind: or to send
    // a photo of an identity document there (こちらのフォームで…免許証の写真も添付してください, forms.gle/…).
    'link/payment-entry': {
      title: '外部サイトでのカード情報・本人確認書類の送信',
      titleEn: 'Card details or identity documents asked on a third-party site',
      severity: 'block',
      floor: 'info',
      message: '「{host}」は市の信頼済みドメインではない外部サイトですが、そこで{what}を{act}するよう案内しています。偽サイト（フィッシング）への誘導と区別できず、被害につながるおそれがあります。',
      hint: '支払いや寄附、申請の案内は、市の公式ページか、市が契約している事業者の名前を明記した正式なページへのリンクにしてください。運営者が確認できないサイトでの{what}の{act}は案内しないでください。',
    },
    // Blind R265G-032 kind (mlink11): a warning about an impersonating or fake account that links straight to it (こちらがなりすまし
    // アカウントです→ https://x.com/…) sends readers to the account it warns them off.
    'link/impostor': {
      title: 'なりすまし・偽アカウントへのリンク',
      titleEn: 'Link to an impersonating or fake account',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は、投稿が注意を呼びかけているなりすまし・偽のアカウントへのリンクです。リンクを押した読み手をそのアカウントに誘導し、閲覧やフォローを増やすおそれがあります。',
      hint: 'リンクは削除し、「@…」のアカウント名や表示名を書いて注意を呼びかけてください。市の公式アカウントへのリンクを添えると、読み手が本物を確かめられます。',
    },
    'link/personal-source': {
      title: '個人の発信へのリンク',
      titleEn: 'Link to a personal page or account',
      severity: 'warn',
      floor: 'off',
      message: '「{host}」は{what}です。市の公式情報ではないものを、確かな情報源として案内することになります。',
      hint: '市の公式ページや公的機関のページ（…lg.jp、…go.jp）へのリンクに置き換えるか、「個人の方の投稿です」のように市の情報でないことを明記してください。',
    },
    'link/third-party': {
      title: '外部サイトへのリンク',
      titleEn: 'Third-party link',
      severity: 'warn',
      floor: 'off',
      message: '「{host}」は市の信頼済みドメインではない外部サイトです。リンク先の内容や運営者を確認してから掲載してください。',
      hint: '内容を確認済みで問題がなければこのまま送信できます。よく使う提携先は、オプション画面の「信頼するドメイン」に登録できます。',
    },
    'link/insecure': {
      title: '暗号化されていないリンク',
      titleEn: 'Insecure http link',
      severity: 'info',
      floor: 'off',
      message: '暗号化されていない http:// のリンクです。',
      hint: 'リンク先が https:// に対応していれば、「{secure}」のように https:// のURLに書き換えてください。',
    },
  },
}
