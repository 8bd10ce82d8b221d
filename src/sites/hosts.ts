/**
 * The one list of hosts the content script runs on and the site adapter each uses. The manifest's
 * content-script matches and host permissions are generated from it (vite.config.ts), and
 * `adapterFor` reads it; tests/sites/hosts.test.ts checks the built manifest against it.
 * No DOM or browser API here: the build config imports this file.
 */
export type BuiltInSite = 'x' | 'facebook' | 'instagram'
/** Adapters of hosts that need their own, though the engine is told one of the built-in sites. */
export type SpecialAdapter = 'business-suite'

export interface SiteHost {
  host: string
  site: BuiltInSite
  what: string
  /** Other sites a draft here also goes to (Meta Business Suite posts to Facebook and Instagram from one composer). */
  alsoCheckAs?: BuiltInSite[]
  /** The host's own adapter (sites/<adapter>.ts) instead of the site's; the engine is still told `site`. */
  adapter?: SpecialAdapter
}

export const SITE_HOSTS: readonly SiteHost[] = [
  { host: 'x.com', site: 'x', what: 'X' },
  { host: 'twitter.com', site: 'x', what: 'X (old address)' },
  { host: 'mobile.x.com', site: 'x', what: 'X mobile layout' },
  { host: 'mobile.twitter.com', site: 'x', what: 'X mobile layout (old address)' },
  { host: 'pro.x.com', site: 'x', what: 'X Pro (TweetDeck)' },
  { host: 'www.facebook.com', site: 'facebook', what: 'Facebook' },
  { host: 'web.facebook.com', site: 'facebook', what: 'Facebook (web.)' },
  { host: 'm.facebook.com', site: 'facebook', what: 'Facebook mobile' },
  { host: 'business.facebook.com', site: 'facebook', what: 'Meta Business Suite', alsoCheckAs: ['instagram'], adapter: 'business-suite' },
  { host: 'www.instagram.com', site: 'instagram', what: 'Instagram' },
]

/** Match patterns of the built-in hosts (content_scripts.matches and host_permissions). */
export function contentMatches(): string[] {
  return SITE_HOSTS.map((h) => `https://${h.host}/*`)
}

/** The host list's entry for a host name (exact match), or null for any other host. */
export function hostEntry(host: string): SiteHost | null {
  return SITE_HOSTS.find((h) => h.host === host) ?? null
}
