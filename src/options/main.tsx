import { render } from 'preact'
import '../ui/base.css'
import { t } from '../ui/i18n'

function App() {
  return (
    <main style="padding: 24px">
      <h1>{t('optionsTitle')}</h1>
    </main>
  )
}

render(<App />, document.getElementById('app')!)
