/**
 * The CLI: the same engine on draft files, stdin, or JSON Lines (contract in DESIGN.md).
 * `runCli` is pure apart from reading the named file, so tests call it directly.
 */
import { readFileSync, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import * as v from 'valibot'
import { decodeText, MAX_FILE_BYTES, tooLargeMessage } from '../registry/encoding'
import { check, SEVERITY_RANK, type CheckContext, type Finding, type Mode, type Report, type Site, type ToneLevel, type Verdict } from '../engine'

export interface CliResult {
  stdout: string
  stderr: string
  code: number
}

/** Exit codes; 64 and 65 are sysexits' EX_USAGE and EX_DATAERR. */
export const EXIT = { ok: 0, warn: 1, block: 2, usage: 64, data: 65 } as const

const SITES = ['x', 'facebook', 'instagram', 'blog'] as const
const MODES = ['post', 'reply', 'comment', 'quote'] as const

export const USAGE = `使い方 / Usage:
  npm run check -- [options] [FILE]        FILE（省略時は標準入力）の下書きを1件確認します
  npm run --silent check -- --jsonl        標準入力の JSON Lines（1行1投稿）を確認します

Options:
  --json                  結果を JSON で出力 / print the report as JSON
  --jsonl                 JSON Lines を読み書き / read and write JSON Lines
  --site x|facebook|instagram|blog        (default: x)
  --mode post|reply|comment|quote         (default: post)
  --tone 1..5             登録した表現の硬軟度合い / registered tone level (default: 3)
  --approval              管理者の決裁が必要なアカウント / approval required
  --broadcast-only        専ら情報発信（default）/ broadcast-only account (default)
  --no-broadcast-only     返信も行うアカウント / account that replies
  --emergency             災害時モード / emergency mode
  --attachment image|video  添付（繰り返し可）/ attachment (repeatable)
  -h, --help              このヘルプ / this help

Input: UTF-8 (BOM optional) or Shift_JIS (CP932), at most 5 MB.
Exit status: 0 ok/info, 1 warn, 2 block, 64 usage error, 65 unreadable input (encoding, size)`

const JsonlInput = v.object({
  id: v.optional(v.union([v.string(), v.number()])),
  text: v.string('"text" は文字列で指定してください'),
  site: v.optional(v.picklist(SITES, '"site" は x, facebook, instagram, blog のいずれかです')),
  mode: v.optional(v.picklist(MODES, '"mode" は post, reply, comment, quote のいずれかです')),
  tone: v.optional(v.pipe(v.number('"tone" は 1〜5 の整数です'), v.integer('"tone" は 1〜5 の整数です'), v.minValue(1, '"tone" は 1〜5 の整数です'), v.maxValue(5, '"tone" は 1〜5 の整数です'))),
  approval: v.optional(v.boolean('"approval" は true/false です')),
  broadcastOnly: v.optional(v.boolean('"broadcastOnly" は true/false です')),
  emergency: v.optional(v.boolean('"emergency" は true/false です')),
  attachments: v.optional(v.array(v.object({ kind: v.picklist(['image', 'video'] as const, '添付の "kind" は image か video です') }))),
  history: v.optional(v.array(v.string('"history" は文字列の配列です'))),
})

class UsageError extends Error {}
/** The input itself is bad (encoding, size): a data error, reported without the usage text. */
class DataError extends Error {}

function exitFor(verdict: Verdict): number {
  return verdict === 'block' ? EXIT.block : verdict === 'warn' ? EXIT.warn : EXIT.ok
}

function decodeInput(bytes: Uint8Array, name: string): string {
  const decoded = decodeText(bytes, name)
  if (!decoded.ok) throw new DataError(decoded.error)
  return decoded.text
}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        site: { type: 'string' },
        mode: { type: 'string' },
        tone: { type: 'string' },
        approval: { type: 'boolean' },
        'broadcast-only': { type: 'boolean' },
        'no-broadcast-only': { type: 'boolean' },
        emergency: { type: 'boolean' },
        attachment: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (e) {
    throw new UsageError(`オプションが正しくありません: ${(e as Error).message}`)
  }
}

function contextFromOptions(values: ReturnType<typeof parseOptions>['values']): CheckContext {
  const ctx: CheckContext = {}
  if (values.site !== undefined) {
    if (!(SITES as readonly string[]).includes(values.site)) throw new UsageError(`--site は x, facebook, instagram, blog のいずれかです（指定: ${values.site}）`)
    ctx.site = values.site as Site
  }
  if (values.mode !== undefined) {
    if (!(MODES as readonly string[]).includes(values.mode)) throw new UsageError(`--mode は post, reply, comment, quote のいずれかです（指定: ${values.mode}）`)
    ctx.mode = values.mode as Mode
  }
  if (values.tone !== undefined) {
    if (!/^[1-5]$/.test(values.tone)) throw new UsageError(`--tone は 1〜5 の整数です（指定: ${values.tone}）`)
    ctx.tone = Number(values.tone) as ToneLevel
  }
  if (values.approval) ctx.approval = true
  if (values['broadcast-only'] && values['no-broadcast-only']) throw new UsageError('--broadcast-only と --no-broadcast-only は同時に指定できません')
  if (values['broadcast-only']) ctx.broadcastOnly = true
  if (values['no-broadcast-only']) ctx.broadcastOnly = false
  if (values.emergency) ctx.emergency = true
  for (const a of values.attachment ?? []) {
    if (a !== 'image' && a !== 'video') throw new UsageError(`--attachment は image か video です（指定: ${a}）`)
    ;(ctx.attachments ??= []).push({ kind: a })
  }
  return ctx
}

const SEVERITY_JA: Record<Finding['severity'], string> = { block: '送信不可', warn: '要確認', info: '参考' }
const VERDICT_JA: Record<Verdict, string> = {
  ok: '問題は見つかりませんでした',
  info: '参考情報があります（送信できます）',
  warn: '確認が必要な点があります（確認のうえ送信できます）',
  block: 'このままでは送信できません',
}

function position(text: string, offset: number): string {
  let line = 1
  let col = 1
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      col = 1
    } else col++
  }
  return `${line}:${col}`
}

export function formatHuman(text: string, report: Report, name: string): string {
  const lines: string[] = []
  lines.push(`${name}: ${VERDICT_JA[report.verdict]} [${report.verdict}]`)
  for (const f of report.findings) {
    lines.push(`  ${position(text, f.start)}  ${SEVERITY_JA[f.severity]}(${f.severity})  ${f.rule}  ガイドライン${f.clause}`)
    lines.push(`      「${f.excerpt.replace(/\n/g, '⏎')}」${f.count ? `（同じ指摘 ${f.count}か所）` : ''}`)
    lines.push(`      ${f.message}`)
    lines.push(`      → ${f.hint}`)
  }
  if (report.confirmations.length > 0) {
    const c = report.confirmations.map((k) => (k === 'approval' ? '管理者の決裁' : '写っている人の了解（肖像権）'))
    lines.push(`  送信前の確認: ${c.join('、')}`)
  }
  if (report.toneScore !== null) lines.push(`  表現の硬軟（推定）: ${report.toneScore}`)
  const counts = (['block', 'warn', 'info'] as const).map((s) => `${SEVERITY_JA[s]} ${report.findings.filter((f) => f.severity === s).length}`)
  lines.push(`  ${counts.join(' / ')}`)
  return lines.join('\n') + '\n'
}

function jsonlLine(id: unknown, report: Report): string {
  const out: Record<string, unknown> = {}
  if (id !== undefined) out.id = id
  // The same report as --json, one line per input.
  return JSON.stringify({ ...out, ...report })
}

function runJsonl(input: string, base: CheckContext): CliResult {
  const out: string[] = []
  let worst: Verdict = 'ok'
  const lines = input.split(/\r?\n/)
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      out.push(JSON.stringify({ error: `${i + 1}行目: 空行です。1行に1件の JSON オブジェクトを書いてください。` }))
      return
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch (e) {
      out.push(JSON.stringify({ error: `${i + 1}行目: JSON として読めません（${(e as Error).message}）` }))
      return
    }
    const id = typeof parsed === 'object' && parsed !== null && 'id' in parsed ? (parsed as { id: unknown }).id : undefined
    const result = v.safeParse(JsonlInput, parsed)
    if (!result.success) {
      const issue = result.issues[0]
      const path = issue?.path?.map((p) => String(p.key)).join('.') ?? ''
      const err: Record<string, unknown> = {}
      if (id !== undefined) err.id = id
      // A required field that is absent: say so in Japanese (valibot's own message for it is English).
      const message = path && issue?.input === undefined ? `"${path}" がありません` : (issue?.message ?? '入力が正しくありません')
      err.error = `${i + 1}行目${path ? `（${path}）` : ''}: ${message}`
      out.push(JSON.stringify(err))
      return
    }
    const item = result.output
    const report = check(item.text, {
      ...base,
      site: item.site ?? base.site,
      mode: item.mode ?? base.mode,
      tone: (item.tone as ToneLevel | undefined) ?? base.tone,
      approval: item.approval ?? base.approval,
      broadcastOnly: item.broadcastOnly ?? base.broadcastOnly,
      emergency: item.emergency ?? base.emergency,
      attachments: item.attachments ?? base.attachments,
      history: item.history,
    })
    if (SEVERITY_RANK[report.verdict] > SEVERITY_RANK[worst]) worst = report.verdict
    out.push(jsonlLine(item.id, report))
  })
  return { stdout: out.length ? out.join('\n') + '\n' : '', stderr: '', code: exitFor(worst) }
}

/** Run the CLI. `readStdin` is called only when input comes from stdin. */
export function runCli(argv: string[], readStdin: () => Uint8Array): CliResult {
  try {
    const { values, positionals } = parseOptions(argv)
    if (values.help) return { stdout: USAGE + '\n', stderr: '', code: EXIT.ok }
    if (positionals.length > 1) throw new UsageError('ファイルは1つだけ指定できます')
    if (values.json && values.jsonl) throw new UsageError('--json と --jsonl は同時に指定できません')
    const ctx = contextFromOptions(values)
    const file = positionals[0]
    let bytes: Uint8Array
    if (file !== undefined && file !== '-') {
      try {
        const size = statSync(file).isFile() ? statSync(file).size : 0
        if (size > MAX_FILE_BYTES) throw new DataError(tooLargeMessage(file, size))
        bytes = readFileSync(file)
      } catch (e) {
        if (e instanceof DataError) throw e
        const code = (e as NodeJS.ErrnoException).code
        throw new UsageError(
          code === 'ENOENT' ? `ファイルが見つかりません: ${file}` : code === 'EISDIR' ? `フォルダーは指定できません: ${file}` : `ファイルを読めません: ${file}（${code ?? (e as Error).message}）`,
        )
      }
    } else bytes = readStdin()
    const name = file ?? '標準入力'
    const text = decodeInput(bytes, name)
    if (values.jsonl) return runJsonl(text, ctx)
    const report = check(text, ctx)
    const stdout = values.json ? JSON.stringify(report, null, 2) + '\n' : formatHuman(text, report, name)
    return { stdout, stderr: '', code: exitFor(report.verdict) }
  } catch (e) {
    if (e instanceof DataError) return { stdout: '', stderr: `エラー: ${e.message}\n`, code: EXIT.data }
    if (e instanceof UsageError) return { stdout: '', stderr: `エラー: ${e.message}\n\n${USAGE}\n`, code: EXIT.usage }
    throw e
  }
}
