/**
 * security — 5(1): セキュリティに関わる情報を発信しない.
 * Structured disclosures are critical: a password or PIN with its value, an internal (private)
 * IP address, a Windows share path or an intranet host name. Words about the city's own security
 * arrangements (警備体制, 巡回ルート, サーバ室 …, policy list `security`) are a warning: a crime-
 * prevention notice may legitimately mention 防犯カメラ, so the writer confirms.
 */
import { CLAUSES } from '../clauses'
import type { RuleFamily } from '../rule'

// Keyword, an optional separator, then the value. Every quantifier is bounded: linear time.
const CREDENTIAL =
  /(?<![A-Za-z])(パスワード|暗証番号|パスコード|password|passwd|PIN(?:コード)?)(?![A-Za-z])[\s]{0,3}(?:は|:|=|を)?[\s]{0,3}([!-~]{4,64})/giu
/** Private IPv4 ranges (RFC 1918). Octet ranges are checked in code. */
const PRIVATE_IP = /(?<![\d.])(10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.\d{1,2}(?:\.\d{1,3}){2})(?![\d.])/g
/** \\server\share (the yen sign is a backslash on Japanese keyboards) and file:// URLs. */
const SHARE_PATH = /(?:[\\¥]{2}[A-Za-z0-9._-]{1,63}[\\¥][^\s\\¥]{1,100}|file:\/{2,3}[^\s]{1,200})/g
const MAY_VALUE = /[!-~]{4}/
// What each pattern cannot match without (cheap tests before the full patterns).
const CREDENTIAL_WORD = /パスワード|暗証番号|パスコード|passw|pin/i
const MAY_IP = /(?:10|192|172)\./
const MAY_HOST = /\.(?:local|lan|internal|intra|corp)|localhost:/i
const INTRANET_HOST = /(?<![A-Za-z0-9.-])((?:[A-Za-z0-9-]{1,63}\.){1,4}(?:local|lan|internal|intra|corp|localdomain)|localhost:\d{2,5})(?![A-Za-z0-9-])/gi

/** The next match of a global pattern (from the start when `first`), without matchAll's copy of the pattern. */
function next(re: RegExp, t: string, first = false): RegExpExecArray | null {
  if (first) re.lastIndex = 0
  return re.exec(t)
}

function privateIp(ip: string): boolean {
  const o = ip.split('.').map(Number)
  if (o.length !== 4 || o.some((n) => n > 255)) return false
  if (o[0] === 172) return o[1]! >= 16 && o[1]! <= 31
  return true
}

export const security: RuleFamily = {
  id: 'security',
  meta: {
    clauses: [CLAUSES['5(1)']],
    title: 'セキュリティ情報',
    titleEn: 'Security information',
    words: {
      security: [
        '巡回時間', '巡回ルート', '警備体制', '警備の手薄', '警備が手薄', '防犯カメラの位置', '防犯カメラの設置場所', '防犯カメラの死角', '鍵の保管場所',
        '鍵の隠し場所', '合鍵の場所', '金庫の場所', 'サーバ室', 'サーバー室', 'サーバールーム', 'lgwan', '管理者アカウント', '管理者権限',
        '!防犯パトロール', '!lgwan-asp',
      ],
    },
    rules: {
      'security/credential': {
        title: 'パスワード・暗証番号',
        titleEn: 'Credential with its value',
        severity: 'block',
        floor: 'warn',
        message: '「{label}」とその値が書かれています。パスワードや暗証番号はセキュリティ情報で、公開すると不正利用につながります。',
        hint: '値を削除してください。利用者に伝える必要がある場合は、個別に安全な方法で連絡してください。',
      },
      'security/internal-address': {
        title: '内部IPアドレス',
        titleEn: 'Internal IP address',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は庁内ネットワークなどの内部IPアドレスです。システム構成はセキュリティ情報です。',
        hint: '内部アドレスを削除してください。画面の写真やコピーに写り込んでいないかも確認してください。',
      },
      'security/internal-host': {
        title: '内部サーバー・共有フォルダ',
        titleEn: 'Internal host or share',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は庁内のサーバー名・共有フォルダなどの内部情報です。',
        hint: '内部のサーバー名やフォルダの場所を削除してください。',
      },
      'security/arrangement': {
        title: '警備・防犯の手の内',
        titleEn: 'Security arrangements',
        severity: 'warn',
        floor: 'info',
        message: '「{excerpt}」は庁舎や施設の警備・システムに関わる内容です。防犯上の手の内を明かすことにならないか確認してください。',
        hint: '公表済みの防犯情報でなければ、具体的な時間・場所・構成を書かないでください。',
      },
    },
  },
  run({ doc, emit }) {
    const t = doc.norm.text
    // Every structured disclosure has a run of four printable ASCII characters, or a ¥/\\ path.
    const ascii = MAY_VALUE.test(t)
    if (ascii) {
      if (CREDENTIAL_WORD.test(t)) for (let m = next(CREDENTIAL, t, true); m; m = next(CREDENTIAL, t)) {
        const value = m[2]!
        // "********" is already masked; "8文字" is a rule, not a value (no ASCII run of 4).
        if (/^[*•●x]+$/i.test(value)) continue
        const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
        emit({ rule: 'security/credential', start, end, data: { label: m[1]! } })
      }
      if (MAY_IP.test(t)) for (let m = next(PRIVATE_IP, t, true); m; m = next(PRIVATE_IP, t)) {
        if (!privateIp(m[1]!)) continue
        const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
        emit({ rule: 'security/internal-address', start, end })
      }
    }
    if (ascii || t.includes('\\') || t.includes('¥')) {
      for (const re of ascii && MAY_HOST.test(t) ? [SHARE_PATH, INTRANET_HOST] : [SHARE_PATH]) {
        for (let m = next(re, t, true); m; m = next(re, t)) {
          const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
          emit({ rule: 'security/internal-host', start, end })
        }
      }
    }
    for (const h of doc.hits('security')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'security/arrangement', start, end, mention: h.mention })
    }
  },
}
