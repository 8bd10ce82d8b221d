/**
 * The composers the typing bench and the typing profile type into: X's Draft.js editor and
 * Facebook's Lexical post dialog, on the fixture pages served under the real addresses.
 */
import type { Page } from 'playwright-core'
import { FB, fixtureAction, X } from '../tests/e2e/harness'

export interface Target {
  name: string
  url: string
  selector: string
  /** What to do on the page before the editor can be focused (open the post dialog). */
  prepare(page: Page): Promise<void>
}

export const TARGETS: Target[] = [
  { name: 'X (Draft.js)', url: 'https://x.com/home', selector: X.editor, prepare: async () => undefined },
  { name: 'Facebook (Lexical)', url: 'https://www.facebook.com/', selector: FB.editor, prepare: (p) => fixtureAction(p, 'openPost') },
]
