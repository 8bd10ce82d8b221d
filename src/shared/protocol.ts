/**
 * Messages between the content scripts, the background service worker and the popup.
 * No draft text ever crosses these: only verdicts, counts, rule ids and fingerprints.
 */
import type { Fingerprint, Policy, Site, ToneLevel, Verdict } from '../engine'

/** The account a page acts as, as detected by a site adapter. */
export interface ActingAccount {
  site: Site
  /** X/Instagram handle without @, Facebook page/profile path segment. */
  handle?: string
  /** Display name when the page shows one. */
  name?: string
  /** Canonical profile URL. */
  url?: string
}

export type Registration = 'registered' | 'unregistered' | 'retired' | 'unknown'

/** What the background tells a content script about the acting account. */
export interface AccountContext {
  registration: Registration
  /** Registry record id when registered or retired. */
  recordId?: string
  accountName?: string
  tone: ToneLevel
  approval: boolean
  broadcastOnly: boolean
  emergency: boolean
  /** Epoch ms when emergency mode switches itself off. */
  emergencyUntil?: number
  policy: Policy
  history: Fingerprint[]
}

export interface ComposerStatus {
  verdict: Verdict
  findings: number
  block: number
  warn: number
  info: number
  mode: string
}

/** Protection status of one tab (popup and badge). */
export interface TabStatus {
  site: Site
  url: string
  protected: boolean
  /** Why the page is not protected, when it is not (i18n message key). */
  reason?: string
  composers: number
  account: ActingAccount | null
  /** The focused (or last edited) composer's state. */
  focused: ComposerStatus | null
  updatedAt: number
}

export type Request =
  | { type: 'context'; account: ActingAccount | null; site: Site }
  | { type: 'status'; status: TabStatus }
  | { type: 'sent'; site: Site; account: ActingAccount | null; fingerprint: Fingerprint | null; verdict: Verdict; rules: string[]; confirmed: string[] }
  | { type: 'tab-status'; tabId: number }
  | { type: 'set-emergency'; minutes: number | null }

export const MESSAGE_SOURCE = 'post-guard'
