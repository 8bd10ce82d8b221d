/** Picks the adapter for a page. x.com, Facebook and Instagram are built in; other hosts are blogs an admin enabled. */
import { blog } from './blog'
import { facebook } from './facebook'
import { instagram } from './instagram'
import type { SiteAdapter } from './types'
import { x } from './x'

export function adapterFor(host: string): SiteAdapter {
  switch (host) {
    case 'x.com':
    case 'twitter.com':
    case 'mobile.x.com':
    case 'mobile.twitter.com':
      return x
    case 'www.facebook.com':
    case 'web.facebook.com':
      return facebook
    case 'www.instagram.com':
      return instagram
    default:
      return blog
  }
}

export { blog, facebook, instagram, x }
export type { SiteAdapter } from './types'
