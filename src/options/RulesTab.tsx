/**
 * 確認ルール tab: the severity of each rule family and rule within the guideline's floors, word
 * lists, trusted domains and public contacts. Labels, defaults and floors come from the engine's
 * metadata (FAMILY_METAS[i].meta, RULES, familyFloor); what the administrator locked is read-only
 * here and ignored by the background whatever storage says (engine composePolicy).
 */
import { useState } from 'preact/hooks'
import { CRITICAL_LISTS, DEFAULT_POLICY, FAMILY_METAS, familyFloor, RULES, isBelow, WORD_LISTS, type Family, type PartialPolicy, type Severity, type SeveritySetting, type WordListName } from '../engine/meta'
import type { RuleMeta } from '../engine'
import { FIELD_LABEL } from '../registry/io'
import { t, uiLanguage, type MessageKey } from '../ui/i18n'
import type { ViewProps } from './deps'
import { ListField } from './ListField'

const SEVERITY_CHOICES: SeveritySetting[] = ['block', 'warn', 'info', 'off']
export const SEVERITY_KEY: Record<SeveritySetting, MessageKey> = { block: 'severityBlock', warn: 'severityWarn', info: 'severityInfo', off: 'optSeverityOff' }

/** The severities a family may be given: none below the guideline's floor of its rules (engine metadata). */
export function allowedSeverities(family: Family): SeveritySetting[] {
  const floor = familyFloor(family)
  return SEVERITY_CHOICES.filter((s) => !isBelow(s, floor))
}

/** The severities a rule may be given: none below its floor. */
export function allowedForRule(meta: RuleMeta): SeveritySetting[] {
  return SEVERITY_CHOICES.filter((s) => !isBelow(s, meta.floor))
}

const LIST_KEY: Record<WordListName, MessageKey> = {
  confidential: 'listConfidential', security: 'listSecurity', undecided: 'listUndecided', policyNouns: 'listPolicyNouns', rumour: 'listRumour',
  insults: 'listInsults', violence: 'listViolence', confrontational: 'listConfrontational', decency: 'listDecency', discrimination: 'listDiscrimination',
  rebuttal: 'listRebuttal', disaster: 'listDisaster', tragedy: 'listTragedy', slang: 'listSlang',
}

export function RulesTab({ deps, settings, reload }: ViewProps) {
  const [policy, setPolicy] = useState<PartialPolicy>(settings.policy)
  const [saved, setSaved] = useState(false)
  const [codeError, setCodeError] = useState<string | null>(null)
  const english = !uiLanguage().startsWith('ja')
  const title = (meta: { title: string; titleEn: string }) => (english ? meta.titleEn : meta.title)
  const locked = new Set(settings.managed.locked)
  const managedPolicy = settings.managed.policy
  const familyLocked = (f: Family) => locked.has('severities') || locked.has(f)
  const ruleLocked = (id: string) => locked.has('severities') || locked.has(id) || locked.has(id.split('/')[0]!)
  const listLocked = (name: WordListName) => locked.has('words') || locked.has(`words.${name}`)
  const contactLocked = (k: string) => locked.has('contacts') || locked.has(`contacts.${k}`)
  /** The value shown: the administrator's when locked, else this device's, else the administrator's, else the default. */
  const sev = (id: string, isLocked: boolean): SeveritySetting | 'default' =>
    (isLocked ? managedPolicy.severities?.[id] : (policy.severities?.[id] ?? managedPolicy.severities?.[id])) ?? 'default'
  const listValue = (name: WordListName) => {
    const own = (listLocked(name) ? undefined : policy.words?.[name]) ?? managedPolicy.words?.[name] ?? DEFAULT_POLICY.words[name]
    // A critical list always keeps the guideline's words (engine composePolicy): show what is in force.
    if (!CRITICAL_LISTS.has(name)) return own
    const base = DEFAULT_POLICY.words[name]
    return [...base, ...own.filter((w) => !base.includes(w))]
  }
  /** An overridden setting as people know it: 「携帯電話番号」, 「語句の一覧：侮辱」. */
  const overriddenLabel = (key: string): string => {
    if (key.startsWith('words.')) return `${t('optWordLists')}：${t(LIST_KEY[key.slice(6) as WordListName] ?? 'optWordLists')}`
    if (key === 'contacts.localGovCodes') return t('optLocalGovCodesLabel')
    if (key.startsWith('contacts.')) return FIELD_LABEL[`ownContacts.${key.slice(9)}`] ?? key
    if (key === 'trustedDomains') return t('optTrustedDomainsLabel')
    const rule = RULES.get(key)
    if (rule) return title(rule.meta)
    const family = FAMILY_METAS.find((f) => f.id === key)
    return family ? title(family.meta) : key
  }
  const save = async (next: PartialPolicy) => {
    setPolicy(next)
    await deps.local.set({ policy: next })
    await reload()
    setSaved(true)
  }
  const setSeverity = (id: string, value: string) => {
    const severities = { ...policy.severities }
    if (value === 'default') delete severities[id]
    else severities[id] = value as SeveritySetting
    void save({ ...policy, severities })
  }
  return (
    <section class="card" aria-labelledby="policy-title">
      <div class="section-head">
        <h2 id="policy-title">{t('optPolicyTitle')}</h2>
        <button type="button" class="btn secondary" onClick={() => void save({})}>
          {t('optReset')}
        </button>
      </div>
      <p class="lead">{t('optPolicyLead')}</p>
      {locked.size > 0 && <p class="notice">{t('optLockedNote')}</p>}
      {settings.overridden.length > 0 && (
        <p class="notice warn-note" role="status">
          {t('optOverridden', settings.overridden.map(overriddenLabel).join('、'))}
        </p>
      )}
      {saved && (
        <p class="notice ok" role="status">
          {t('optPolicySaved')}
        </p>
      )}
      <div class="families">
        {FAMILY_METAS.map((f) => {
          const isLocked = familyLocked(f.id)
          const rules = Object.entries(f.meta.rules) as Array<[string, RuleMeta]>
          return (
            <section class="family" key={f.id}>
              <div class="family-head">
                <div class="family-name">
                  <h3>
                    <label for={`sev-${f.id}`}>{title(f.meta)}</label>
                  </h3>
                  <span class="clause" title={f.meta.clauses.map((c) => `${c.id} ${c.title}`).join('\n')}>
                    {t('optClauses', f.meta.clauses.map((c) => c.id).join('・'))}
                  </span>
                </div>
                <div class="family-setting">
                  <select id={`sev-${f.id}`} disabled={isLocked} value={sev(f.id, isLocked)} onChange={(e) => setSeverity(f.id, e.currentTarget.value)}>
                    <option value="default">{t('optSeverityPerRule')}</option>
                    {allowedSeverities(f.id).map((s) => (
                      <option key={s} value={s}>
                        {t('optAllRules', t(SEVERITY_KEY[s]))}
                      </option>
                    ))}
                  </select>
                  {isLocked && <span class="pill lock">{t('optLockedByAdmin')}</span>}
                </div>
              </div>
              <details class="rules">
                <summary>{t('optRulesOf', rules.length)}</summary>
                <table class="records rule-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('optRule')}</th>
                      <th scope="col">{t('optDefault')}</th>
                      <th scope="col">{t('optSeverity')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rules.map(([id, meta]) => {
                      const rl = ruleLocked(id)
                      const inherited = policy.severities?.[f.id] ?? managedPolicy.severities?.[f.id]
                      return (
                        <tr key={id}>
                          <td>
                            <label for={`sev-${id}`}>{title(meta)}</label>
                          </td>
                          <td class="default">
                            {t('optDefaultIs', t(SEVERITY_KEY[meta.severity]))}
                            {meta.floor !== 'off' && <div class="floor">{t('optFloorIs', t(SEVERITY_KEY[meta.floor]))}</div>}
                          </td>
                          <td>
                            <select id={`sev-${id}`} disabled={rl} value={sev(id, rl)} onChange={(e) => setSeverity(id, e.currentTarget.value)}>
                              <option value="default">{inherited ? t('optFollowFamily', t(SEVERITY_KEY[inherited])) : t('optDefaultOption', t(SEVERITY_KEY[meta.severity as Severity]))}</option>
                              {allowedForRule(meta).map((s) => (
                                <option key={s} value={s}>
                                  {t(SEVERITY_KEY[s])}
                                </option>
                              ))}
                            </select>
                            {rl && <span class="pill lock">{t('optLockedByAdmin')}</span>}
                          </td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </details>
            </section>
          )
        })}
      </div>
      <h3>{t('optWordLists')}</h3>
      <p class="lead">{t('optWordListsLead')}</p>
      <div class="grid lists">
        {WORD_LISTS.map((name) => (
          <ListField
            key={name}
            id={`list-${name}`}
            label={t(LIST_KEY[name])}
            values={listValue(name)}
            locked={listLocked(name)}
            note={CRITICAL_LISTS.has(name) ? t('optCriticalList') : undefined}
            onChange={(values) => void save({ ...policy, words: { ...policy.words, [name]: values } })}
          />
        ))}
      </div>
      <h3>{t('optTrustedDomains')}</h3>
      <div class="grid">
        <ListField
          id="trusted"
          label={t('optTrustedDomainsLabel')}
          rows={6}
          values={(locked.has('trustedDomains') ? undefined : policy.trustedDomains) ?? managedPolicy.trustedDomains ?? DEFAULT_POLICY.trustedDomains}
          locked={locked.has('trustedDomains')}
          onChange={(values) => void save({ ...policy, trustedDomains: values })}
        />
        {(['phones', 'emailDomains', 'addresses'] as const).map((k) => (
          <ListField
            key={k}
            id={`contacts-${k}`}
            label={FIELD_LABEL[`ownContacts.${k}`]!}
            rows={6}
            values={(contactLocked(k) ? undefined : policy.contacts?.[k]) ?? managedPolicy.contacts?.[k] ?? DEFAULT_POLICY.contacts[k]}
            locked={contactLocked(k)}
            onChange={(values) => void save({ ...policy, contacts: { ...policy.contacts, [k]: values } })}
          />
        ))}
        <ListField
          id="contacts-localGovCodes"
          label={t('optLocalGovCodesLabel')}
          note={t('optLocalGovCodesNote')}
          rows={2}
          values={(contactLocked('localGovCodes') ? undefined : policy.contacts?.localGovCodes) ?? managedPolicy.contacts?.localGovCodes ?? DEFAULT_POLICY.contacts.localGovCodes}
          locked={contactLocked('localGovCodes')}
          onChange={(values) => {
            // Full-width digits typed with the IME are the same code; anything else is refused here, before it reaches storage
            // (where one bad entry would set aside the whole contacts section).
            const codes = values.map((v) => v.normalize('NFKC').trim())
            const bad = codes.filter((c) => !/^[0-9]{5,6}$/u.test(c))
            if (bad.length > 0) return setCodeError(t('optLocalGovCodesInvalid', bad.join('、')))
            setCodeError(null)
            void save({ ...policy, contacts: { ...policy.contacts, localGovCodes: codes } })
          }}
        />
        {codeError && (
          <p class="notice error" role="alert">
            {codeError}
          </p>
        )}
      </div>
    </section>
  )
}
