/** Picks the adapter for a page from the one host list (hosts.ts); other hosts are blogs an admin enabled. */
import { blog } from './blog'
import { businessSuite } from './business-suite'
import { facebook } from './facebook'
import { hostEntry, type BuiltInSite, type SpecialAdapter } from './hosts'
import { instagram } from './instagram'
import type { SiteAdapter } from './types'
import { x } from './x'

const ADAPTERS: Record<BuiltInSite, SiteAdapter> = { x, facebook, instagram }
const SPECIAL: Record<SpecialAdapter, SiteAdapter> = { 'business-suite': businessSuite }

/** The adapter for a host: its own (hosts.ts `adapter`), else its site's, with the host's `alsoCheckAs`; any other host is a blog. */
export function adapterFor(host: string): SiteAdapter {
  const entry = hostEntry(host)
  if (!entry) return blog
  const adapter = entry.adapter ? SPECIAL[entry.adapter] : ADAPTERS[entry.site]
  return entry.alsoCheckAs ? { ...adapter, alsoCheckAs: entry.alsoCheckAs } : adapter
}

export { blog, businessSuite, facebook, instagram, x }
export type { SiteAdapter } from './types'
