/**
 * Printable forms filled from a record, laid out like the guideline's annexes for A4:
 * 別紙1 ソーシャルメディア利用届出書 and 別紙2 ソーシャルメディア廃止届出書 (dates in 令和).
 * The forms are official Japanese documents, so their wording is Japanese in every UI language.
 */
import type { AccountRecord } from '../registry/model'
import { SERVICE_LABEL } from '../registry/model'
import { TONE_LEVELS, warekiDate } from '../ui/format'
import { t } from '../ui/i18n'

function Service({ r }: { r: AccountRecord }) {
  return (
    <span class="choices">
      {(['x', 'facebook', 'instagram', 'blog', 'other'] as const).map((s) => (
        <span key={s} class={r.service === s ? 'circled' : ''}>
          {s === 'other' ? `その他（${r.service === 'other' ? r.serviceName : '　　　　'}）` : s === 'blog' && r.service === 'blog' && r.serviceName ? `ブログ（${r.serviceName}）` : SERVICE_LABEL[s].replace('（旧Twitter）', '')}
        </span>
      ))}
    </span>
  )
}

export function Form1({ record: r }: { record: AccountRecord }) {
  return (
    <article class="sheet" aria-label="別紙1">
      <p class="annex">別紙1</p>
      <p class="date">{warekiDate(r.filedOn)}</p>
      <h1>ソーシャルメディア利用届出書</h1>
      <p class="to">柳川市長　様</p>
      <p class="from">
        所属名　<span class="fill">{r.department}</span>
        <br />
        所属長名　<span class="fill">{r.manager}</span>
      </p>
      <p class="body">柳川市ソーシャルメディア活用ガイドラインに基づき、次のとおりソーシャルメディアの利用を届け出ます。</p>
      <table class="form">
        <tbody>
          <tr>
            <th>利用するサービス</th>
            <td>
              <Service r={r} />
            </td>
          </tr>
          <tr>
            <th>アカウント名（ページ名）</th>
            <td>{r.accountName}</td>
          </tr>
          <tr>
            <th>URL</th>
            <td class="mono">{r.url}</td>
          </tr>
          <tr>
            <th>情報発信の内容</th>
            <td class="tall">{r.purpose}</td>
          </tr>
          <tr>
            <th>市公式Webサイトでの紹介文</th>
            <td class="tall">{r.introduction}</td>
          </tr>
          <tr>
            <th>表現の硬軟度合い</th>
            <td>
              <span class="scale">
                <span>硬い</span>
                {TONE_LEVELS.map((lv) => (
                  <span key={lv} class={r.tone === lv ? 'circled' : ''}>
                    {lv}
                  </span>
                ))}
                <span>柔らかい</span>
              </span>
              <small class="note">5：市公式Webサイトと同程度 … 1：くだけた表現</small>
            </td>
          </tr>
          <tr>
            <th>管理者の決裁</th>
            <td>
              <span class="choices">
                <span class={r.approval ? 'circled' : ''}>要</span>
                <span class={!r.approval ? 'circled' : ''}>不要</span>
              </span>
            </td>
          </tr>
          <tr>
            <th>返信（リプライ）</th>
            <td>{r.broadcastOnly ? '専ら情報発信（原則として返信しない。災害時を除く）' : '返信を行う'}</td>
          </tr>
          <tr>
            <th>担当者名</th>
            <td>{r.contactPerson}</td>
          </tr>
          <tr>
            <th>連絡先</th>
            <td>{r.contact}</td>
          </tr>
        </tbody>
      </table>
    </article>
  )
}

export function Form2({ record: r }: { record: AccountRecord }) {
  return (
    <article class="sheet" aria-label="別紙2">
      <p class="annex">別紙2</p>
      <p class="date">{r.retirement?.filedOn ? warekiDate(r.retirement.filedOn) : '令和　　年　　月　　日'}</p>
      <h1>ソーシャルメディア廃止届出書</h1>
      <p class="to">柳川市長　様</p>
      <p class="from">
        所属名　<span class="fill">{r.department}</span>
        <br />
        所属長名　<span class="fill">{r.manager}</span>
      </p>
      <p class="body">次のとおりソーシャルメディアの利用を廃止しますので届け出ます。</p>
      <table class="form">
        <tbody>
          <tr>
            <th>利用していたサービス</th>
            <td>
              <Service r={r} />
            </td>
          </tr>
          <tr>
            <th>アカウント名（ページ名）</th>
            <td>{r.accountName}</td>
          </tr>
          <tr>
            <th>URL</th>
            <td class="mono">{r.url}</td>
          </tr>
          <tr>
            <th>廃止の理由</th>
            <td class="tall">{r.retirement?.reason ?? ''}</td>
          </tr>
          <tr>
            <th>廃止日</th>
            <td>{r.retirement?.date ? warekiDate(r.retirement.date) : ''}</td>
          </tr>
          <tr>
            <th>担当者名</th>
            <td>{r.contactPerson}</td>
          </tr>
          <tr>
            <th>連絡先</th>
            <td>{r.contact}</td>
          </tr>
        </tbody>
      </table>
    </article>
  )
}

export function PrintView({ form, record, onPrint }: { form: 'form1' | 'form2'; record: AccountRecord | null; onPrint: () => void }) {
  if (!record) return <p class="notice error">{t('optRecordNotFound')}</p>
  return (
    <div class="print-view">
      <div class="print-bar no-print">
        <button type="button" class="btn" onClick={onPrint}>
          {t('optPrint')}
        </button>
        <span>{t('optPrintHint')}</span>
      </div>
      {form === 'form1' ? <Form1 record={record} /> : <Form2 record={record} />}
    </div>
  )
}
