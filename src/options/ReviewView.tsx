/**
 * The printable review sheet (A4, 令和 dates) for the manager's periodic review (4(1)): one
 * account, one period, each send with its result, verdict, findings and confirmations (the text
 * only where the administrator enabled keeping it), and a 確認欄 (確認日・確認者印・所見).
 * Official wording: Japanese in every UI language.
 */
import { useEffect, useState } from 'preact/hooks'
import { readAudit } from '../background/store'
import { t } from '../ui/i18n'
import { confirmedText, findingsText, RESULT_LABEL, resultOf } from './audit'
import type { OptionsDeps } from './deps'
import { periodText, reviewSheet, SHEET_RESULT, reviewToCsv, warekiDateTime, type ReviewQuery, type ReviewSheet } from './review'

const VERDICT_LABEL: Record<string, string> = { ok: '指摘なし', info: '参考', warn: '要確認', block: '送信不可' }

export function ReviewPage({ sheet, printedOn }: { sheet: ReviewSheet; printedOn: string }) {
  const c = sheet.counts
  return (
    <article class="sheet review" aria-label="発言内容の定期確認票">
      <p class="date">作成日　{printedOn}</p>
      <h1>発言内容の定期確認票</h1>
      <p class="body">ソーシャルメディア活用ガイドライン4(1)に基づき、公式アカウントの発言内容を確認しました。</p>
      <table class="form summary">
        <tbody>
          <tr>
            <th>アカウント</th>
            <td>{sheet.accountLabel}</td>
          </tr>
          <tr>
            <th>確認の対象期間</th>
            <td>{periodText(sheet.query, [...sheet.entries, ...sheet.events])}</td>
          </tr>
          <tr>
            <th>件数</th>
            <td>
              送信 {c.sent + c.confirmed}件（うち指摘を確認して送信 {c.confirmed}件）／ 送信を止めた {c.blocked}件 ／ 取りやめ {c.cancelled}件
            </td>
          </tr>
        </tbody>
      </table>
      <h2 class="sheet-h">送信の記録</h2>
      {sheet.entries.length === 0 ? (
        <p class="body">この期間の送信記録はありません。</p>
      ) : (
        <table class="form rows">
          <thead>
            <tr>
              <th class="c-when">日時</th>
              <th class="c-result">結果</th>
              <th class="c-verdict">判定</th>
              <th>指摘・確認した項目</th>
              {sheet.hasText && <th class="c-text">投稿の文章</th>}
            </tr>
          </thead>
          <tbody>
            {sheet.entries.map((e, i) => (
              <tr key={`${e.at}-${i}`} data-result={resultOf(e)}>
                <td class="c-when">{warekiDateTime(e.at)}</td>
                <td class="c-result">{SHEET_RESULT[resultOf(e)] ?? RESULT_LABEL[resultOf(e)]}</td>
                <td class="c-verdict">{e.verdict ? VERDICT_LABEL[e.verdict] : ''}</td>
                <td>
                  {findingsText(e) || '—'}
                  {confirmedText(e) && <span class="note">確認：{confirmedText(e)}</span>}
                </td>
                {sheet.hasText && <td class="c-text">{e.text ?? '（保存なし）'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!sheet.hasText && <p class="note">投稿の文章は保存していません（管理者が「送信した文章を保存する」をオンにした場合のみ記載されます）。各投稿の内容はアカウントのタイムラインで確認してください。</p>}
      {sheet.events.length > 0 && (
        <>
          <h2 class="sheet-h">緊急時の対応・報告</h2>
          <ul class="events">
            {sheet.events.map((e, i) => (
              <li key={`${e.at}-${i}`}>
                {warekiDateTime(e.at)}　{e.detail}
              </li>
            ))}
          </ul>
        </>
      )}
      <table class="form confirm-box">
        <tbody>
          <tr>
            <th>確認日</th>
            <td>令和　　年　　月　　日</td>
            <th rowspan={2} class="stamp-h">
              確認者印
            </th>
            <td rowspan={2} class="stamp" />
          </tr>
          <tr>
            <th>確認者（職・氏名）</th>
            <td />
          </tr>
          <tr>
            <th>所見</th>
            <td colSpan={3} class="tall" />
          </tr>
        </tbody>
      </table>
    </article>
  )
}

/** The print page (`?print=review&account=…&from=…&to=…`): reads the log, prints, exports CSV. */
export function ReviewView({ deps, query }: { deps: OptionsDeps; query: ReviewQuery }) {
  const [sheet, setSheet] = useState<ReviewSheet | null>(null)
  useEffect(() => void readAudit(deps.local).then((log) => setSheet(reviewSheet(log.entries, query))), [])
  if (!sheet) return null
  const today = deps.today()
  return (
    <div class="print-view">
      <div class="print-bar no-print">
        <button type="button" class="btn" onClick={() => window.print()}>
          {t('optPrint')}
        </button>
        <button type="button" class="btn secondary" data-action="review-csv" onClick={() => deps.download(`post-guard-review-${query.account.replace(/[^a-z0-9_.-]/gi, '_')}-${today}.csv`, reviewToCsv(sheet), 'text/csv')}>
          {t('reviewCsv')}
        </button>
        <span>{t('optPrintHint')}</span>
      </div>
      <ReviewPage sheet={sheet} printedOn={warekiDateTime(deps.now?.() ?? Date.now()).replace(/ .*/, '')} />
    </div>
  )
}
