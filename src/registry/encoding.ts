/**
 * Text files from Japanese offices: Excel on Japanese Windows saves CSV in Shift_JIS (CP932), newer
 * tools in UTF-8 (often with a BOM). `decodeText` detects which one a file is and decodes it, or
 * says in Japanese that it is neither; `encodeShiftJis` writes CP932 for Excel. Files are capped in
 * size before anything is decoded.
 */
import Encoding from 'encoding-japanese'

/** The largest file an import or the CLI reads (bytes). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024

export type TextEncodingName = 'UTF-8' | 'Shift_JIS' | 'UTF-16'

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: string }

export function tooLargeMessage(name: string, bytes: number): string {
  return `「${name}」は大きすぎます（${(bytes / 1024 / 1024).toFixed(1)} MB）。${MAX_FILE_BYTES / 1024 / 1024} MB 以下のファイルにしてください。`
}

function utf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  } catch {
    return null
  }
}

/** CP932 through the platform's WHATWG decoder (Shift_JIS there is Windows-31J), else encoding-japanese. */
function shiftJis(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('shift_jis', { fatal: true }).decode(bytes)
  } catch (e) {
    if (e instanceof RangeError) {
      // No shift_jis decoder in this runtime (small-ICU builds): fall back to the library.
      const text = Encoding.convert(bytes, { to: 'UNICODE', from: 'SJIS', type: 'string' })
      return text.includes('\uFFFD') ? null : text
    }
    return null
  }
}

/** Decode a text file that is UTF-8 (with or without BOM) or Shift_JIS (CP932). */
export function decodeText(bytes: Uint8Array, name: string): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: tooLargeMessage(name, bytes.length) }
  // Excel's 「Unicode テキスト」 is UTF-16 with a byte-order mark.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    try {
      const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes)
      return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-16' }
    } catch {
      // Not valid UTF-16 after all: try the others.
    }
  }
  const u = utf8(bytes)
  if (u !== null) return { ok: true, text: u, encoding: 'UTF-8' }
  const detected = Encoding.detect(bytes)
  if (detected === 'SJIS' || detected === false || detected === 'BINARY' || detected === 'UNICODE') {
    const s = shiftJis(bytes)
    // Control characters other than tab and line breaks mean a binary file, not text.
    if (s !== null && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s)) return { ok: true, text: s, encoding: 'Shift_JIS' }
  }
  return {
    ok: false,
    error: `「${name}」の文字コードを判別できません。UTF-8 または Shift_JIS（Excel の「CSV（コンマ区切り）」）で保存し直してください。`,
  }
}

/** Encode text as Shift_JIS (CP932) for Excel; characters CP932 lacks (emoji, some kanji variants) become `&#NNNN;` so nothing is lost silently. */
export function encodeShiftJis(text: string): Uint8Array {
  const codes = Encoding.stringToCode(text)
  const out = Encoding.convert(codes, { to: 'SJIS', from: 'UNICODE', fallback: 'html-entity' }) as number[]
  return new Uint8Array(out)
}
