/** Picks the adapter for a page from the one host list (hosts.ts); other hosts are blogs an admin enabled. */
import { blog } from './blog'
import { facebook } from './facebook'
import { hostEntry, type BuiltInSite } from './hosts'
import { instagram } from './instagram'
import type { SiteAdapter } from './types'
import { x } from './x'

const ADAPTERS: Record<BuiltInSite, SiteAdapter> = { x, facebook, instagram }

export function adapterFor(host: string): SiteAdapter {
  const entry = hostEntry(host)
  if (!entry) return blog
  const adapter = ADAPTERS[entry.site]
  return entry.alsoCheckAs ? { ...adapter, alsoCheckAs: entry.alsoCheckAs } : adapter
}

export { blog, facebook, instagram, x }
export type { SiteAdapter } from './types'
