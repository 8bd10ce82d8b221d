/**
 * Messages between the content scripts, the background service worker and the extension pages
 * (popup, options): one request → response map (`Protocol`), so a request type names both its
 * payload and its answer. The background validates every request (background/messages.ts) and
 * checks who asks; `createClient` gives the senders a typed `request(type, payload)`.
 * No draft text ever crosses these: only verdicts, counts, rule ids and fingerprints — except the
 * sent text in `sent.text`, which a content script adds only when the context says
 * `keepSentText` (an administrator enabled keeping it in the audit log).
 *
 * Wire format (unchanged for existing senders): `{ type, ...payload }`.
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
  /**
   * Other accounts the same draft is posted from at once (Meta Business Suite: the Instagram
   * account selected beside the Page). One without a handle is selected but unknown: it is treated
   * as unregistered. The context of the whole is the strictest of all of them.
   */
  also?: ActingAccount[]
}

export type Registration = 'registered' | 'unregistered' | 'retired' | 'unknown'

/** What the background tells a content script about the acting account. */
export interface AccountContext {
  registration: Registration
  /** Registry record id when registered or retired. */
  recordId?: string
  accountName?: string
  /** 廃止日 (YYYY-MM-DD) when the account is retired. */
  retiredOn?: string
  tone: ToneLevel
  approval: boolean
  broadcastOnly: boolean
  emergency: boolean
  /** Epoch ms when emergency mode switches itself off. */
  emergencyUntil?: number
  policy: Policy
  history: Fingerprint[]
  /**
   * True when tone/approval/broadcast-only are the guideline's strictest assumptions rather than
   * a registered record's values (unregistered or unknown account): the UI marks them 「仮」.
   */
  provisional?: boolean
  /** Settings that could not be read and were skipped (count; details via `problems`). */
  problems?: number
  /**
   * An incident checklist is open for this account: 'flaming' (炎上, ガイドライン6(2)) while a
   * 炎上 checklist is started and not closed. Rebuttals and replies then need confirmation with
   * the checklist's reminder.
   */
  incident?: 'flaming'
  /** The administrator enabled keeping the sent text in the audit log: send it with `sent`. */
  keepSentText?: boolean
}

/** The incident playbooks of the guideline: 6(2) 炎上, 6(3) 成りすまし, 6(4) 乗っ取り. */
export type IncidentKind = 'flaming' | 'impersonation' | 'hijack'

/** One incident checklist of an account. */
export interface IncidentState {
  kind: IncidentKind
  startedAt: number
  closedAt?: number
  /** Step id → when it was ticked. */
  ticks: Record<string, number>
}

export interface ComposerStatus {
  verdict: Verdict
  findings: number
  block: number
  warn: number
  info: number
  mode: string
}

/** The profile page the tab shows (4(1), 6(3)): whose it is and what it says about itself. */
export interface ProfileInfo {
  site: Site
  /** Handle without @ (X/Instagram), page path segment (Facebook). */
  handle?: string
  name?: string
  /** The profile's self-description (X bio, Instagram bio, Facebook page intro). */
  bio?: string
}

/** The background's judgement of a profile page (6(3)). */
export interface ProfileVerdict {
  registration: 'registered' | 'retired' | 'unregistered'
  /** Not registered, yet claims 柳川市 or imitates a registered account. */
  impersonation: { reasons: Array<'name' | 'handle' | 'lookalike'>; similarTo?: string } | null
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
  /** The profile page shown, when the tab shows one. */
  profile?: ProfileInfo | null
  updatedAt: number
}

/** What happened to a post at the send gesture (audit log). */
export type SendOutcome = 'sent' | 'blocked' | 'cancelled'

/** A setting, record or message that was skipped or could not be written, reported to people. */
export interface Problem {
  /** Stable key (one entry per key; the latest wins). */
  key: string
  source: 'local' | 'managed' | 'message' | 'audit' | 'history' | 'registry'
  /** What happened and what was done about it, in Japanese. */
  message: string
  at: number
}

/** Answer to `set-emergency`. */
export type EmergencyResult = { ok: true; emergencyUntil: number | null } | { ok: false; error: string }

/** Every request and its response. */
export interface Protocol {
  /** Content script (about its own tab's account) or extension page: the account's context. */
  context: { request: { account: ActingAccount | null; site: Site }; response: AccountContext }
  /** Content script: its tab's protection status. */
  status: { request: { status: TabStatus }; response: boolean }
  /**
   * Content script: inject the rule engine (`engine.js`) into the asking frame (content/engine.ts). Answers
   * once the file has run there; a refusal or an error means the page cannot be checked.
   */
  engine: { request: Record<never, never>; response: boolean }
  /**
   * Content script: start the engine host (Chrome's offscreen document, src/offscreen/) if it is not running, for
   * typing checks off the page's main thread (src/shared/engine-port.ts). Answers whether it runs: false where the
   * browser has no offscreen documents (Firefox); the page then checks with its own engine.
   */
  'engine-host': { request: Record<never, never>; response: boolean }
  /**
   * Content script: a post was sent (or, with `outcome`, blocked/cancelled) — history fingerprint
   * and audit entry. `confirmed` counts only when `trusted` is not false (the content script says
   * whether the confirmations came from trusted input).
   */
  sent: {
    request: {
      site: Site
      account: ActingAccount | null
      fingerprint: Fingerprint | null
      verdict: Verdict
      rules: string[]
      confirmed: string[]
      outcome?: SendOutcome
      trusted?: boolean
      /** The sent text: only when the context said `keepSentText` (stored bounded, else ignored). */
      text?: string
    }
    response: boolean
  }
  /** Extension page only: a tab's protection status. */
  'tab-status': { request: { tabId: number }; response: TabStatus | null }
  /** Extension page only: emergency mode for 15 min – 24 h (`minutes`), or off (`null`). */
  'set-emergency': { request: { minutes: number | null }; response: EmergencyResult }
  /** Extension page only: the problems the background knows of (skipped records, failed writes, refused messages). */
  problems: { request: Record<string, never>; response: Problem[] }
  /**
   * Extension page only: start, tick, untick or close an incident checklist of an account
   * (recorded in the audit log). Answers the account's checklists after the change.
   */
  incident: {
    request: { account: ActingAccount; kind: IncidentKind; action: 'start' | 'tick' | 'untick' | 'close'; step?: string }
    response: Partial<Record<IncidentKind, IncidentState>>
  }
  /** Content script: whether the profile page it shows is registered, or claims 柳川市 without being registered (6(3)). */
  profile: { request: { profile: ProfileInfo }; response: ProfileVerdict }
  /** Extension page only: a report of an important mention was copied or opened as e-mail (audit log; never the text). */
  reported: { request: { account: ActingAccount | null; via: 'clipboard' | 'mail' }; response: boolean }
}

export type MessageType = keyof Protocol
export type RequestOf<K extends MessageType> = { type: K } & Protocol[K]['request']
export type ResponseOf<K extends MessageType> = Protocol[K]['response']

/** Any request, as it goes over `runtime.sendMessage`. */
export type Request = { [K in MessageType]: RequestOf<K> }[MessageType]

/** The background's answer to a request it refused (bad shape, wrong sender). */
export interface Refusal {
  error: string
}

export function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && typeof (x as Refusal).error === 'string' && Object.keys(x).length === 1
}

export class RequestRefused extends Error {}

export type Client = <K extends MessageType>(type: K, payload: Protocol[K]['request']) => Promise<ResponseOf<K>>

/** A typed client over `runtime.sendMessage` (injected so tests and each context bring their own). */
export function createClient(sendMessage: (message: unknown) => Promise<unknown>): Client {
  return async (type, payload) => {
    const answer = await sendMessage({ ...payload, type })
    if (isRefusal(answer)) throw new RequestRefused(answer.error)
    return answer as ResponseOf<typeof type>
  }
}

export const MESSAGE_SOURCE = 'post-guard'
