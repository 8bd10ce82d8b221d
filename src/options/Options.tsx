/**
 * Options page: one component per tab — 台帳 (RegistryTab), 確認ルール (RulesTab), 送信記録
 * (AuditTab, with the manager's periodic review sheet), 報告と記録 (ReportTab), ブログ・CMS (BlogTab) — and the problems found while reading settings. Storage and
 * permissions are injected (deps.ts) so component tests run it on fakes.
 */
import { useEffect, useState } from 'preact/hooks'
import { loadSettings, type Settings } from '../background/store'
import type { Problem } from '../shared/protocol'
import { t, type MessageKey } from '../ui/i18n'
import { mergeProblems, ProblemList } from '../ui/Problems'
import { AuditTab } from './AuditTab'
import { BlogTab } from './BlogTab'
import type { OptionsDeps } from './deps'
import { RegistryTab } from './RegistryTab'
import { ReportTab } from './ReportTab'
import { RulesTab } from './RulesTab'

export type { OptionsDeps } from './deps'
export { allowedSeverities } from './RulesTab'

type Tab = 'registry' | 'policy' | 'audit' | 'report' | 'blog'

function tabOf(hash: string): Tab {
  if (hash.startsWith('#policy')) return 'policy'
  if (hash.startsWith('#audit')) return 'audit'
  if (hash.startsWith('#blog')) return 'blog'
  if (hash.startsWith('#report')) return 'report'
  return 'registry'
}

export function Options({ deps, initialHash = '' }: { deps: OptionsDeps; initialHash?: string }) {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [background, setBackground] = useState<Problem[]>([])
  const [tab, setTab] = useState<Tab>(tabOf(initialHash))
  const reload = async () => {
    setSettings(await loadSettings(deps.local, deps.managed))
    if (deps.problems) setBackground(await deps.problems().catch(() => []))
  }
  useEffect(() => void reload(), [])
  if (!settings) return <p class="loading">{t('optionsLoading')}</p>
  const tabs: Array<[Tab, MessageKey]> = [['registry', 'optTabRegistry'], ['policy', 'optTabPolicy'], ['audit', 'optTabAudit'], ['report', 'optTabReport'], ['blog', 'optTabBlog']]
  const problems = mergeProblems(settings.problems, background)
  return (
    <main class="options">
      <header class="opt-head">
        <span class="logo" aria-hidden="true" />
        <h1>{t('optionsTitle')}</h1>
        <nav role="tablist" aria-label={t('optionsTitle')}>
          {tabs.map(([id, key]) => (
            <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} class={tab === id ? 'tab active' : 'tab'} onClick={() => setTab(id)}>
              {t(key)}
            </button>
          ))}
        </nav>
      </header>
      <ProblemList problems={problems} />
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'registry' && <RegistryTab deps={deps} settings={settings} reload={reload} initialHash={initialHash} />}
        {tab === 'policy' && <RulesTab deps={deps} settings={settings} reload={reload} />}
        {tab === 'audit' && <AuditTab deps={deps} />}
        {tab === 'report' && <ReportTab deps={deps} />}
        {tab === 'blog' && <BlogTab deps={deps} settings={settings} reload={reload} />}
      </div>
      <footer class="opt-foot">{t('popupPrivacy')}</footer>
    </main>
  )
}
