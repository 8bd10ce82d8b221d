#!/usr/bin/env node
/**
 * `npm run setup`: everything the tests need beyond node_modules.
 * Installs Debian's Chromium (driven by playwright-core for the e2e tests and screenshots), its
 * language files (so the extension's UI is Japanese), the Noto CJK fonts (so screenshots show Japanese) and
 * the Noto colour emoji font (staff write 🎉 and ⚠; without it screenshots show empty boxes) when they are missing. Nothing is downloaded from
 * anywhere but Debian's package mirrors; no browser is downloaded by npm.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const FONT_DIR = '/usr/share/fonts/opentype/noto'

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`)
  execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
}

const installed = (pkg) => spawnSync('dpkg', ['-s', pkg], { stdio: 'ignore' }).status === 0
const missing = []
if (!existsSync(CHROMIUM)) missing.push('chromium')
// Chromium's own language files: without them the extension's UI (browser.i18n) falls back to English.
if (!installed('chromium-l10n')) missing.push('chromium-l10n')
if (!existsSync(FONT_DIR)) missing.push('fonts-noto-cjk')
if (!installed('fonts-noto-color-emoji')) missing.push('fonts-noto-color-emoji')

if (missing.length === 0) {
  console.log(`setup: Chromium (${CHROMIUM}), its language files, the Noto CJK and colour emoji fonts are installed.`)
} else {
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  const sudo = root ? [] : ['sudo']
  if (!root && spawnSync('sudo', ['-n', 'true']).status !== 0) {
    console.error(`setup: please install ${missing.join(' ')} (apt-get install -y ${missing.join(' ')}) as root, then run npm test.`)
    process.exit(1)
  }
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args))
  apt(['update'])
  apt(['install', '-y', '--no-install-recommends', ...missing])
}
const version = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' })
console.log(`setup: ${(version.stdout || version.stderr || '').trim()}`)
