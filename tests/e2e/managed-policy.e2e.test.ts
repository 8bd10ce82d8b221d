/**
 * City-wide deployment, the way IT departments do it (docs/deployment.md): Chromium reads an
 * enterprise policy from /etc/chromium/policies/managed/*.json; its `3rdparty` → extensions → <id>
 * section reaches Post Guard as storage.managed. The test build gets a stable extension id from a
 * manifest `key` (a copy of dist/ with the key added), and the policy is removed afterwards.
 */
import { createHash, generateKeyPairSync } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIST, focusEditor, launch, typeText, waitForVerdict, X, type Harness } from './harness'

const POLICY_DIR = '/etc/chromium/policies/managed'
const POLICY_FILE = join(POLICY_DIR, 'post-guard-e2e.json')

/** A manifest key and the extension id Chromium derives from it (sha256 of the public key, a–p). */
function stableKey(): { key: string; id: string } {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const der = publicKey.export({ type: 'spki', format: 'der' })
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32)
  return { key: der.toString('base64'), id: [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('') }
}

const managedRecord = {
  id: 'managed-x',
  department: '総務部 秘書広報課',
  manager: '柳川 太郎',
  service: 'x',
  serviceName: 'X',
  accountName: '柳川市公式（配布）',
  url: 'https://x.com/yanagawa_city',
  purpose: '市政情報の発信',
  introduction: '柳川市の公式アカウントです。',
  tone: 4,
  approval: true,
  contactPerson: '水郷 花子',
  contact: '0944-73-8111',
  filedOn: '2025-04-01',
  broadcastOnly: true,
  ownContacts: { phones: ['0944-73-8111'], emailDomains: [], addresses: [], domains: [] },
  status: 'active',
}

let h: Harness
let dist = ''
beforeAll(async () => {
  const { key, id } = stableKey()
  dist = mkdtempSync(join(tmpdir(), 'post-guard-managed-'))
  cpSync(DIST, dist, { recursive: true })
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>
  writeFileSync(join(dist, 'manifest.json'), JSON.stringify({ ...manifest, key }))
  // Installing a policy needs root (as an IT department has); without it the test fails, never skips.
  mkdirSync(POLICY_DIR, { recursive: true })
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({
      '3rdparty': {
        extensions: {
          [id]: {
            registry: [managedRecord],
            policy: { severities: { 'link/third-party': 'block' } },
            locked: ['link'],
          },
        },
      },
    }),
  )
  h = await launch({ dist })
  expect(h.extensionId).toBe(id)
  await h.context.route(/^chrome-extension:\/\//, (route) => route.continue())
})
afterAll(async () => {
  await h?.close()
  if (existsSync(POLICY_FILE)) rmSync(POLICY_FILE)
  if (dist) rmSync(dist, { recursive: true, force: true })
})

describe('a managed policy installed as an IT department would', () => {
  it('reaches the extension as storage.managed, and its registry and locked rule are in force in the page, popup and options', async () => {
    const managed = await h.serviceWorker!.evaluate(async () => {
      for (let i = 0; i < 50; i++) {
        const m = await chrome.storage.managed.get(null)
        if (Array.isArray(m.registry)) return m
        await new Promise((r) => setTimeout(r, 100))
      }
      return chrome.storage.managed.get(null)
    })
    expect((managed.registry as Array<{ id: string }>).map((r) => r.id)).toEqual(['managed-x'])
    expect(managed.locked).toEqual(['link'])

    // A user switches links off locally: the administrator's lock keeps the managed severity.
    await h.serviceWorker!.evaluate(() => chrome.storage.local.set({ policy: { severities: { link: 'off', 'link/third-party': 'off' } } }))
    const page: Page = await h.page('https://x.com/home')
    await focusEditor(page, X.editor)
    await typeText(page, '詳しくは https://example.com/event をご覧ください。')
    await waitForVerdict(page, X.editor, 'block')

    // The popup shows the managed record for the acting account.
    const tab = await h.serviceWorker!.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0]!.id!)
    const popup = await h.context.newPage()
    await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tab=${tab}`)
    await popup.locator('.acct-name').waitFor()
    expect(await popup.locator('.acct-name').textContent()).toBe('柳川市公式（配布）')

    // The options page shows the lock: the link rule cannot be changed.
    const options = await h.context.newPage()
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#policy`)
    const select = options.getByLabel('リンク', { exact: true })
    await select.waitFor()
    expect(await select.isDisabled()).toBe(true)
  })
})
