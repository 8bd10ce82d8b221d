import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JS build script without types
import { jpMetadata } from '../../scripts/phone-metadata.mjs'

describe('bundled phone metadata', () => {
  it('is the installed libphonenumber-js metadata for Japan (rerun scripts/phone-metadata.mjs after upgrading)', () => {
    const bundled = JSON.parse(readFileSync(new URL('../../src/engine/data/phone-metadata-jp.json', import.meta.url), 'utf8'))
    expect(bundled).toEqual(jpMetadata())
  })
})
