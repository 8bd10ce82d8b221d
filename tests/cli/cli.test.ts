import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT, runCli } from '../../src/cli/run'
import { encodeShiftJis, MAX_FILE_BYTES } from '../../src/registry/encoding'

const enc = new TextEncoder()
const stdin = (s: string | Uint8Array) => () => (typeof s === 'string' ? enc.encode(s) : s)

describe('CLI (DESIGN.md contract)', () => {
  it('prints a Japanese report and exits 2 on a block', () => {
    const r = runCli([], stdin('私の携帯は090-1234-5678です'))
    expect(r.code).toBe(EXIT.block)
    expect(r.stdout).toContain('personal-info/mobile')
    expect(r.stdout).toMatch(/携帯電話番号/)
  })
  it('exits 0 on a clean post and 1 on a warning', () => {
    expect(runCli([], stdin('本日は市民まつりです。')).code).toBe(0)
    expect(runCli([], stdin('詳細は https://bit.ly/abc')).code).toBe(1)
  })
  it('prints the report as JSON with --json and honours the options', () => {
    const r = runCli(['--json', '--mode', 'reply', '--approval', '--attachment', 'image'], stdin('ご質問ありがとうございます'))
    const report = JSON.parse(r.stdout)
    expect(report.verdict).toBe('warn')
    expect(report.findings[0].rule).toBe('reply/broadcast-only')
    expect(report.confirmations).toEqual(['approval', 'portrait'])
    expect(runCli(['--json', '--mode', 'reply', '--no-broadcast-only'], stdin('ご質問ありがとうございます')).code).toBe(0)
  })
  it('reads a UTF-8 file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-cli-'))
    const file = join(dir, 'draft.txt')
    writeFileSync(file, '\ufeffバカじゃないの')
    expect(runCli([file], stdin('')).code).toBe(EXIT.block)
  })
  it('answers usage errors in Japanese with exit 64', () => {
    for (const argv of [['--tone', '9'], ['--site', 'mixi'], ['--bogus'], ['a.txt', 'b.txt'], ['/nonexistent/file.txt']]) {
      const r = runCli(argv, stdin('x'))
      expect(r.code).toBe(EXIT.usage)
      expect(r.stderr).toMatch(/[ぁ-んァ-ヶ一-龠]/)
    }
  })
  it('JSON Lines: one output line per input line, bad lines get an error and the run goes on', () => {
    const input = [
      JSON.stringify({ id: 1, text: '本日は晴天です。' }),
      '{not json',
      JSON.stringify({ id: 3, text: 'バカ', site: 'x' }),
      JSON.stringify({ id: 4, text: 'x', tone: 7 }),
      JSON.stringify({ id: 5, text: '柳川の川下りは春の風物詩です。ぜひお越しください。', history: ['柳川の川下りは春の風物詩です。ぜひお越しください！'] }),
    ].join('\n')
    const r = runCli(['--jsonl'], stdin(input))
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines).toHaveLength(5)
    expect(lines[0]).toMatchObject({ id: 1, verdict: 'ok', findings: [] })
    expect(lines[1].error).toMatch(/JSON/)
    expect(lines[2]).toMatchObject({ id: 3, verdict: 'block' })
    // The same finding fields and report fields as --json.
    const json = JSON.parse(runCli(['--json', '--site', 'x'], stdin('バカ')).stdout)
    expect(lines[2]).toEqual({ id: 3, ...json })
    expect(Object.keys(lines[2].findings[0]).sort()).toEqual(['clause', 'clauseTitle', 'end', 'excerpt', 'family', 'hint', 'message', 'rule', 'severity', 'start'])
    expect(lines[2]).toHaveProperty('toneScore')
    expect(lines[3]).toMatchObject({ id: 4 })
    expect(lines[3].error).toContain('tone')
    expect(lines[4].findings.map((f: { rule: string }) => f.rule)).toContain('repetition/duplicate')
    expect(r.code).toBe(EXIT.block)
  })
  it('reports input that is neither UTF-8 nor Shift_JIS as a data error (65), without the usage text', () => {
    const r = runCli([], stdin(new Uint8Array([0x82, 0xa0, 0xff, 0x00, 0x01])))
    expect(r.code).toBe(EXIT.data)
    expect(r.stderr).toMatch(/文字コードを判別できません。UTF-8 または Shift_JIS/)
    expect(r.stderr).not.toContain('使い方')
  })
  it('reads a Shift_JIS (CP932) file from Windows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-cli-'))
    const file = join(dir, 'draft-sjis.txt')
    // 「私の携帯は090-1234-5678です①」 in CP932 (① is a Windows extension).
    writeFileSync(file, Buffer.from(encodeShiftJis('私の携帯は090-1234-5678です①')))
    const r = runCli([file], stdin(''))
    expect(r.code).toBe(EXIT.block)
    expect(r.stdout).toContain('personal-info/mobile')
  })
  it('refuses a file over the size cap with a clear message (65)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-cli-'))
    const file = join(dir, 'huge.txt')
    writeFileSync(file, Buffer.alloc(MAX_FILE_BYTES + 1, 0x61))
    const r = runCli([file], stdin(''))
    expect(r.code).toBe(EXIT.data)
    expect(r.stderr).toMatch(/大きすぎます.*5 MB 以下/)
  })
})
