/**
 * Reading an imported registry file (kept apart from io.ts so the background does not bundle the
 * Shift_JIS tables of encoding-japanese; only the options page and the CLI read files).
 */
import { decodeText } from './encoding'
import { parseRegistryCsv, parseRegistryJson, type ParseResult } from './io'

/**
 * Read an imported file (bytes): size cap, UTF-8 or Shift_JIS (CP932, Excel's default on Japanese
 * Windows), then JSON or CSV by name and content.
 */
export function parseRegistryFile(bytes: Uint8Array, name: string): ParseResult {
  const decoded = decodeText(bytes, name)
  if (!decoded.ok) return { ok: false, errors: [decoded.error] }
  const text = decoded.text
  const json = /\.json$/i.test(name) || text.trimStart().startsWith('{') || text.trimStart().startsWith('[')
  return json ? parseRegistryJson(text) : parseRegistryCsv(text)
}

