/**
 * link — 6(1): 第三者のサイトへのリンクは内容を確認し、短縮URLは原則使用しない.
 * URLs come from linkify-it (Doc.urls). Shorteners hide where a link goes (warn); a host that
 * is neither trusted nor a public body (lg.jp, go.jp, city.<name>.<prefecture>.jp …) is a third-party link the
 * writer must have checked (warn); a host that dresses up as a trusted one (city-yanagawa.com,
 * city.yanagawa.fukuoka.jp.example.com, punycode) is a warning of its own; plain http is a note.
 * Trusted-domain entries may use * for one label (e.g. *.example.jp).
 */
import { CLAUSES } from '../clauses'
import type { RuleFamily } from '../rule'

const PREFECTURES = new Set(
  ('hokkaido aomori iwate miyagi akita yamagata fukushima ibaraki tochigi gunma saitama chiba tokyo kanagawa niigata toyama ' +
    'ishikawa fukui yamanashi nagano gifu shizuoka aichi mie shiga kyoto osaka hyogo nara wakayama tottori shimane okayama ' +
    'hiroshima yamaguchi tokushima kagawa ehime kochi fukuoka saga nagasaki kumamoto oita miyazaki kagoshima okinawa').split(' '),
)

/**
 * Domains only public bodies can hold: *.lg.jp, *.go.jp, *.ed.jp, and the local-government names
 * reserved under the prefecture domains (city.<name>.<prefecture>.jp, pref.<prefecture>.jp, metro.tokyo.jp).
 */
export function isPublicBody(host: string): boolean {
  const l = host.toLowerCase().replace(/\.$/, '').split('.')
  const n = l.length
  if (n < 2 || l[n - 1] !== 'jp') return false
  if (n >= 3 && ['lg', 'go', 'ed'].includes(l[n - 2]!)) return true
  if (n >= 3 && l[n - 3] === 'pref' && PREFECTURES.has(l[n - 2]!)) return true
  if (n >= 3 && l[n - 3] === 'metro' && l[n - 2] === 'tokyo') return true
  if (n >= 4 && ['city', 'town', 'vill'].includes(l[n - 4]!) && PREFECTURES.has(l[n - 2]!)) return true
  return false
}

/** Whether `host` is `pattern` or a subdomain of it; `*` in the pattern stands for one label. */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '').split('.')
  const p = pattern.toLowerCase().replace(/^\*\./, '').split('.')
  if (h.length < p.length) return false
  const tail = h.slice(h.length - p.length)
  return p.every((label, k) => label === '*' || label === tail[k])
}

/**
 * A host dressed up as a trusted one: punycode, a trusted domain embedded in another
 * (city.yanagawa.fukuoka.jp.example.com), or a local-government name with hyphens (city-yanagawa.com).
 */
export function isLookalike(host: string, trusted: readonly string[]): boolean {
  if (host.startsWith('xn--') || host.includes('.xn--')) return true
  const dotted = host.replace(/-/g, '.')
  for (const d of trusted) {
    if (!d.includes('.') || d.includes('*')) continue
    if (host.includes(d + '.')) return true
    const m = /^(city|town|vill|pref)\.([a-z0-9-]+)\./.exec(d)
    if (m && dotted.includes(`${m[1]}.${m[2]}`)) return true
  }
  return false
}

export const link: RuleFamily = {
  id: 'link',
  meta: {
    clauses: [CLAUSES['6(1)']],
    title: 'リンク',
    titleEn: 'Links',
    rules: {
      'link/shortener': {
        title: '短縮URL',
        titleEn: 'URL shortener',
        severity: 'warn',
        floor: 'info',
        message: '「{host}」は短縮URLです。リンク先が分からず、なりすましや改ざんを見分けられないため、原則使用しません。',
        hint: 'リンク先の正式なURLをそのまま書いてください（Xでは長いURLも自動で短く表示されます）。',
      },
      'link/lookalike': {
        title: '似せたドメイン',
        titleEn: 'Look-alike domain',
        severity: 'warn',
        floor: 'info',
        message: '「{host}」は市や信頼できるサイトに似ていますが、登録されたドメインではありません。偽サイトのおそれがあります。',
        hint: 'リンク先のドメインが正しいか、公式サイトから辿って確認してください。',
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
        hint: 'リンク先が https:// に対応していれば、https:// のURLに書き換えてください。',
      },
    },
  },
  run({ doc, policy, emit }) {
    const urls = doc.urls
    if (urls.length === 0) return
    const trusted = policy.trustedDomains
    for (const u of urls) {
      const host = u.host
      const where = { start: u.start, end: u.end }
      if (policy.shorteners.some((s) => hostMatches(host, s))) {
        emit({ rule: 'link/shortener', ...where, data: { host } })
        continue
      }
      if (isPublicBody(host) || trusted.some((d) => hostMatches(host, d))) {
        if (/^http:\/\//i.test(u.url)) {
          emit({ rule: 'link/insecure', ...where })
        }
        continue
      }
      const lookalike = isLookalike(host, trusted)
      if (lookalike) {
        emit({ rule: 'link/lookalike', ...where, data: { host } })
        continue
      }
      emit({ rule: 'link/third-party', ...where, data: { host } })
    }
  },
}
