/**
 * UI text through the browser's i18n (`_locales/ja` is the default, `_locales/en` second).
 * Keys are typed from the Japanese catalogue, so a missing key is a type error.
 */
import type catalogue from '../static/_locales/ja/messages.json'

export type MessageKey = keyof typeof catalogue

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string
  getUILanguage(): string
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } }
  return g.browser?.i18n ?? g.chrome?.i18n
}

/** The message for `key` with `$1`…`$9` substituted; the key itself if the catalogue lacks it. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const msg = api()?.getMessage(key, subs.map(String))
  return msg || key
}

export function uiLanguage(): string {
  return api()?.getUILanguage() ?? 'ja'
}
