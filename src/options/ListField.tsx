/**
 * A list edited as a textarea, one entry per line (word lists, allow-lists, own contacts): the
 * shared field of the rules tab and the 別紙1 form. Saves on change (blur), shows a lock when the
 * administrator fixed the list and an optional note (e.g. guideline entries cannot be removed).
 */
import { t } from '../ui/i18n'

export function splitLines(s: string): string[] {
  return s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean)
}

export interface ListFieldProps {
  id: string
  label: string
  values: readonly string[]
  onChange: (values: string[]) => void
  rows?: number
  /** Locked by the administrator: read-only, with a mark. */
  locked?: boolean
  note?: string
  placeholder?: string
  /** Save on every keystroke (forms) instead of on change (settings). */
  live?: boolean
}

export function ListField({ id, label, values, onChange, rows = 5, locked = false, note, placeholder, live = false }: ListFieldProps) {
  const handler = (e: { currentTarget: HTMLTextAreaElement }) => onChange(splitLines(e.currentTarget.value))
  return (
    <div class={`field list-field${locked ? ' locked' : ''}`}>
      <label for={id}>
        {label}
        {locked && <span class="pill lock">{t('optLockedByAdmin')}</span>}
      </label>
      <textarea
        id={id}
        rows={rows}
        readOnly={locked}
        aria-readonly={locked ? 'true' : undefined}
        spellcheck={false}
        placeholder={placeholder}
        value={values.join('\n')}
        aria-describedby={note ? `${id}-note` : undefined}
        {...(live ? { onInput: handler } : { onChange: handler })}
      />
      <small id={`${id}-note`}>
        {note ? `${note} ` : ''}
        {t('optListCount', values.length)}
      </small>
    </div>
  )
}
