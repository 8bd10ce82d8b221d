/** ブログ・CMS tab: hosts an administrator enabled (the browser asks for permission per site). */
import { useState } from 'preact/hooks'
import { t } from '../ui/i18n'
import type { ViewProps } from './deps'

export function BlogTab({ deps, settings, reload }: ViewProps) {
  const [host, setHost] = useState('')
  const [error, setError] = useState('')
  const add = async (e: Event) => {
    e.preventDefault()
    let h = host.trim().toLowerCase()
    try {
      h = new URL(h.includes('://') ? h : `https://${h}`).hostname
    } catch {
      return setError(t('optHostInvalid'))
    }
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(h)) return setError(t('optHostInvalid'))
    const granted = await deps.requestHost(`https://${h}/*`)
    if (!granted) return setError(t('optHostDenied', h))
    setError('')
    setHost('')
    await deps.local.set({ blogHosts: [...new Set([...settings.blogHosts, h])] })
    await reload()
  }
  return (
    <section class="card" aria-labelledby="blog-title">
      <h2 id="blog-title">{t('optBlogTitle')}</h2>
      <p class="lead">{t('optBlogLead')}</p>
      <form class="toolbar" onSubmit={add}>
        <label class="search">
          <span>{t('optHostLabel')}</span>
          <input value={host} onInput={(e) => setHost(e.currentTarget.value)} placeholder="blog.example.jp" />
        </label>
        <button type="submit" class="btn">
          {t('optHostAdd')}
        </button>
      </form>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {settings.blogHosts.length === 0 ? (
        <p class="empty">{t('optHostEmpty')}</p>
      ) : (
        <ul class="hosts">
          {settings.blogHosts.map((h) => (
            <li key={h}>
              <code>{h}</code>
              <button
                type="button"
                class="link"
                onClick={async () => {
                  await deps.local.set({ blogHosts: settings.blogHosts.filter((x) => x !== h) })
                  await reload()
                }}
              >
                {t('optHostRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
