/**
 * The city's and the government's domains (6(1): a public body's page needs no check): names only public bodies can hold (*.lg.jp,
 * *.go.jp, *.ed.jp, city.<name>.<prefecture>.jp, pref.<prefecture>.jp, metro.tokyo.jp: `isPublicBody`), a municipality's social welfare
 * council under or.jp (`welfareCouncil`), and the e-application services only public bodies hold forms on (LoGoフォーム, e-Tumo,
 * s-kantan, elg-front, Graffer: `govFormService`). A link there is trusted (an http:// one is still a note, link/insecure); a host that only
 * names such a body or service is another host, judged by the other detectors. Part of the link family (index.ts runs the checks in order).
 */
import { hostMatches } from './context'

export const PREFECTURES = new Set(
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

/**
 * A host spelt like a trusted one with letters swapped for look-alikes (yanagavva for yanagawa,
 * faceb00k, instagrarn), one letter changed, dropped, doubled or swapped (yanagwa, yanaagawa,
 * yangaawa), or the city's name run together with city/shi in a domain of its own
 * (yanagawa-city.com, cityyanagawa.net). Labels are compared one by one, and the parts of a
 * hyphenated label too.
 */
/**
 * Blind JC-072/JC-079 kind: a prefecture's or a city's 社会福祉協議会 under its or.jp domain (yanagawa-shakyo.or.jp, fukuoka-shakyo.or.jp,
 * shakyo-kumamoto.or.jp): the council set up by law in every municipality (社会福祉法 第109・110条), which runs the disaster volunteer
 * centre a city post sends readers to; trusted as 全国社会福祉協議会's shakyo.or.jp is. Only under or.jp, the word as a hyphen part.
 */
export function welfareCouncil(host: string): boolean {
  const l = host.toLowerCase().replace(/\.$/, '').split('.')
  const n = l.length
  return n >= 3 && l[n - 1] === 'jp' && l[n - 2] === 'or' && l[n - 3]!.split('-').includes('shakyo')
}
/**
 * Blind KB-053 kind: the e-application services local governments contract for their forms and applications: LoGoフォーム (logoform.jp,
 * トラストバンク; offered to local governments only, run over LGWAN), e-Tumo (apply.e-tumo.jp) and its sibling s-kantan.jp, the shared
 * 電子申請 of the prefectures and their towns (shinsei.elg-front.jp: ふくおか電子申請サービス), Graffer スマート申請 (ttzk.graffer.jp, a
 * govtech vendor's). Only a public body holds an account, and each form sits under that body's code (logoform.jp/form/<id>/…,
 * apply.e-tumo.jp/city-yanagawa-fukuoka-u/…), so a form there is a public body's page as one on lg.jp is: trusted, no third-party link
 * (an http:// one is still a note). A host that only names such a service (logoform-shinsei.com) is another host, judged as before.
 */
const GOV_FORM_SERVICES: readonly string[] = ['logoform.jp', 'e-tumo.jp', 's-kantan.jp', 'elg-front.jp', 'graffer.jp']
export function govFormService(host: string): boolean {
  return GOV_FORM_SERVICES.some((d) => hostMatches(host, d))
}
