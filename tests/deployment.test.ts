import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { composePolicy, FAMILIES, RULES, WORD_LISTS, type PartialPolicy } from '../src/engine'

const root = join(__dirname, '..')
const json = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as Record<string, unknown>

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; minimum?: number; maximum?: number; additionalProperties?: Schema }

/** The subset of JSON Schema that Chrome's managed_schema uses: type, properties, items, enum, minimum, maximum, additionalProperties. */
function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = []
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value
  if (schema.type && !(schema.type === type || (schema.type === 'number' && type === 'integer'))) return [`${path}: ${type} は ${schema.type} ではありません`]
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: ${String(value)} は ${schema.enum.join('|')} のいずれでもありません`)
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: ${value} < ${schema.minimum}`)
  if (typeof value === 'number' && schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: ${value} > ${schema.maximum}`)
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errors.push(...validate(schema.items!, v, `${path}[${i}]`)))
  if (type === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const sub = schema.properties?.[k] ?? schema.additionalProperties
      if (!sub) errors.push(`${path}.${k}: スキーマにない項目です`)
      else errors.push(...validate(sub, v, `${path}.${k}`))
    }
  }
  return errors
}

/** Lock keys that composePolicy understands (see ManagedLayer.locked). */
function isLockKey(k: string): boolean {
  return (
    ['severities', 'words', 'trustedDomains', 'shorteners', 'contacts', 'repetition', 'quotation', 'tone'].includes(k) ||
    (FAMILIES as readonly string[]).includes(k) ||
    RULES.has(k) ||
    (k.startsWith('words.') && (WORD_LISTS as readonly string[]).includes(k.slice(6))) ||
    ['contacts.phones', 'contacts.emailDomains', 'contacts.addresses', 'contacts.localGovCodes'].includes(k)
  )
}

describe('documented city-wide deployment (docs/deployment.md)', () => {
  const schema = json('src/static/managed_schema.json') as Schema
  const chrome = json('docs/examples/chrome-policy.json') as { '3rdparty': { extensions: Record<string, Record<string, unknown>> } }
  const firefox = json('docs/examples/firefox-policies.json') as { policies: { '3rdparty': { Extensions: Record<string, Record<string, unknown>> } } }
  const configs = [...Object.values(chrome['3rdparty'].extensions), ...Object.values(firefox.policies['3rdparty'].Extensions)]

  it.each(configs.map((c, i) => [i, c]))('example %i matches managed_schema.json and uses known lock keys', (_i, config) => {
    expect(validate(schema, config)).toEqual([])
    for (const k of (config.locked as string[] | undefined) ?? []) expect(isLockKey(k), k).toBe(true)
    const { policy } = composePolicy({ severities: { 'personal-info/mobile': 'off' } }, { policy: config.policy as PartialPolicy, locked: config.locked as string[] })
    // A user's local override cannot switch off a locked family's rule.
    if ((config.locked as string[]).includes('personal-info')) expect(policy.severities['personal-info/mobile']).toBeUndefined()
  })

  it('the validator catches what the schema forbids', () => {
    expect(validate(schema, { registry: [{ tone: 9 }] }).length).toBeGreaterThan(0)
    expect(validate(schema, { policy: { severities: { link: 'loud' } } }).length).toBeGreaterThan(0)
    expect(validate(schema, { unknown: 1 }).length).toBeGreaterThan(0)
  })
})
