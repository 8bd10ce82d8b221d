/** Formatting shared by the popup and the options page. */
import type { Site, ToneLevel } from '../engine'
import type { Service } from '../registry/model'
import { t, type MessageKey } from './i18n'

export const TONE_LEVELS: readonly ToneLevel[] = [5, 4, 3, 2, 1]

export function serviceLabel(s: Service | Site): string {
  const key: Record<Service, MessageKey> = { x: 'serviceX', facebook: 'serviceFacebook', instagram: 'serviceInstagram', blog: 'serviceBlog', other: 'serviceOther' }
  return t(key[s])
}

/** Remaining time as "2時間15分" / "2 h 15 min". */
export function remaining(ms: number): string {
  const min = Math.max(0, Math.ceil(ms / 60_000))
  const h = Math.floor(min / 60)
  const m = min % 60
  if (h > 0) return m === 0 ? t('durationHours', h) : t('durationHoursMinutes', h, m)
  return t('durationMinutes', m)
}

/** 令和 date of an ISO date (YYYY-MM-DD): 令和7年4月1日. Dates before 令和 use 平成. */
export function warekiDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return iso
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const ymd = y * 10000 + mo * 100 + d
  if (ymd >= 20190501) {
    const n = y - 2018
    return `令和${n === 1 ? '元' : n}年${mo}月${d}日`
  }
  if (ymd >= 19890108) {
    const n = y - 1988
    return `平成${n === 1 ? '元' : n}年${mo}月${d}日`
  }
  return `${y}年${mo}月${d}日`
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Local date of an epoch-ms time as YYYY-MM-DD. */
export function isoDate(at: number): string {
  const d = new Date(at)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Local date and time of an epoch-ms time: 2026-11-24 10:05. */
export function dateTime(at: number): string {
  const d = new Date(at)
  return `${isoDate(at)} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}
