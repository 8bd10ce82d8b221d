/**
 * The profile the tab shows: for a registered account, whether it states the operator, the purpose
 * and (専ら情報発信) that it does not reply (4(1)), with the text to add built from the registry
 * record; for an unregistered account that claims 柳川市, the impersonation steps (6(3)).
 */
import { judgeProfile, REPORT_PAGES } from '../registry/impersonation'
import type { AccountRecord } from '../registry/model'
import { checkProfile, type ProfileItem } from '../registry/profile'
import type { ProfileInfo } from '../shared/protocol'
import { t, type MessageKey } from '../ui/i18n'

const ITEM_KEY: Record<ProfileItem, MessageKey> = { operator: 'profileOperator', purpose: 'profilePurpose', noReply: 'profileNoReply' }

export function ProfileSection({ profile, records }: { profile: ProfileInfo; records: readonly AccountRecord[] }) {
  const j = judgeProfile(records, profile)
  if (j.kind === 'none') return null
  const who = `${profile.name ?? ''} ${profile.handle ? `@${profile.handle}` : ''}`.trim()
  if (j.kind === 'impersonation') {
    const report = profile.site === 'blog' ? undefined : REPORT_PAGES[profile.site]
    return (
      <section class="card profile impersonation" aria-labelledby="profile-h" data-testid="profile-impersonation">
        <h2 id="profile-h" class="section-title">{t('profileTitle')}</h2>
        <div class="notice bad" role="alert">
          <strong>{t('impersonationTitle')}</strong>
          <p class="claimant">{j.similarTo ? t('impersonationWhoSimilar', who, j.similarTo.accountName) : t('impersonationWho', who)}</p>
          <ol class="imp-steps">
            <li>
              {t('impersonationStepReport')}
              {report && (
                <>
                  {' '}
                  <a href={report} target="_blank" rel="noopener noreferrer">
                    {t('impersonationReportLink')}
                  </a>
                </>
              )}
            </li>
            <li>{t('impersonationStepWebsite')}</li>
            <li>{t('impersonationStepPress')}</li>
            <li>{t('impersonationStepKikaku')}</li>
          </ol>
        </div>
      </section>
    )
  }
  const check = checkProfile(profile, j.record)
  const rows: Array<[ProfileItem, boolean | null]> = [
    ['operator', check.operator],
    ['purpose', check.purpose],
    ['noReply', check.noReply],
  ]
  return (
    <section class="card profile" aria-labelledby="profile-h" data-testid="profile-check">
      <h2 id="profile-h" class="section-title">{t('profileTitle')}</h2>
      <p class="sub">{t('profileOwn', j.record.accountName || who)}</p>
      <ul class="profile-items">
        {rows
          .filter(([, ok]) => ok !== null)
          .map(([item, ok]) => {
            const missing = check.missing.find((m) => m.item === item)
            return (
              <li key={item} class={ok ? 'ok' : 'missing'} data-item={item}>
                <span class={`mark ${ok ? 'ok' : 'missing'}`}>{ok ? t('profileStated') : t('profileMissing')}</span>
                <span class="label">{t(ITEM_KEY[item])}</span>
                {missing && (
                  <p class="suggestion">
                    {t('profileAddText')}
                    <q data-testid={`suggest-${item}`}>{missing.suggestion}</q>
                  </p>
                )}
              </li>
            )
          })}
      </ul>
      <p class="sub">{check.missing.length === 0 ? t('profileAllStated') : t('profileHint')}</p>
    </section>
  )
}
