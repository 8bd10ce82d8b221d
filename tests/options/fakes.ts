import ja from '../../src/static/_locales/ja/messages.json'
import type { StorageArea } from '../../src/background/store'

/** browser.i18n backed by the Japanese catalogue ($1… substituted), as the browser does. */
export function installI18n(): void {
  const catalogue = ja as Record<string, { message: string }>
  ;(globalThis as { chrome?: unknown }).chrome = {
    i18n: {
      getMessage: (key: string, subs: string[] = []) => catalogue[key]?.message.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '') ?? '',
      getUILanguage: () => 'ja',
    },
  }
}

/** An in-memory storage area with the StorageArea shape of browser.storage.local. */
export class FakeStorage implements StorageArea {
  data: Record<string, unknown> = {}
  writes = 0
  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const clone = structuredClone(this.data)
    if (keys === null || keys === undefined) return clone
    const list = typeof keys === 'string' ? [keys] : keys
    return Object.fromEntries(list.filter((k) => k in clone).map((k) => [k, clone[k]]))
  }
  async set(items: Record<string, unknown>): Promise<void> {
    this.writes++
    Object.assign(this.data, structuredClone(items))
  }
}
