// Writes src/engine/data/phone-metadata-jp.json: libphonenumber-js's "max" metadata cut down to Japan
// (+81). The full "max" metadata is 157 KB; Japan's part is about 3 KB, which keeps the content script
// small while keeping number-type detection (mobile vs fixed-line) exact.
// Run after upgrading libphonenumber-js: `node scripts/phone-metadata.mjs` (a unit test checks it is current).
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
export function jpMetadata() {
  const max = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8'))
  return { version: max.version, country_calling_codes: { 81: ['JP'] }, countries: { JP: max.countries.JP }, nonGeographic: {} }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = new URL('../src/engine/data/phone-metadata-jp.json', import.meta.url)
  writeFileSync(out, JSON.stringify(jpMetadata()) + '\n')
  console.log(`wrote ${out.pathname}`)
}
