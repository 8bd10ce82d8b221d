/** What the options page needs from the browser (injected so component tests run it on fakes). */
import type { Settings, StorageArea } from '../background/store'
import type { Problem } from '../shared/protocol'

export interface OptionsDeps {
  local: StorageArea
  managed: StorageArea | null
  /** Ask the browser for a host permission (must run inside the click handler). */
  requestHost: (origin: string) => Promise<boolean>
  /** Save a file (download): text is written as UTF-8, bytes as they are. */
  download: (name: string, data: string | Uint8Array, type: string) => void
  /** Open a print view of a form for a record. */
  openPrint: (form: 'form1' | 'form2', id: string) => void
  today: () => string
  newId: () => string
  /** Problems the background knows of (failed writes, refused requests). */
  problems?: () => Promise<Problem[]>
  now?: () => number
  /** Open the printable periodic review sheet (4(1)) of one account and period. */
  openReview?: (q: { account: string; from: string; to: string }) => void
}

export interface ViewProps {
  deps: OptionsDeps
  settings: Settings
  reload: () => Promise<void>
}
