/**
 * Internal addresses and hosts (5(1)): private IPv4 addresses (spelt out with spaces too), Windows share, file:// and drive paths,
 * intranet host names, admin or login URLs told with the staff side or a way in, host names after a server word or with a role
 * suffix (申請受付サーバー（shinsei-ap01）), a staff network's name with its key (SSID / key pairs) and Wi-Fi QR payloads. Stays clean: public
 * addresses and URLs, a public network's placeholder QR, a staff network named where a secret with its value was already found (that
 * finding covers it). Part of the security family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import type { Doc } from '../../doc'
import type { DraftFinding } from '../../rule'
import { AWARENESS, isAdvice, MAX_HITS, NETWORK, next, sentenceText } from './context'

/** Private IPv4 ranges (RFC 1918). Octet ranges are checked in code. */
export const PRIVATE_IP = /(?<![\d.])(10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.\d{1,2}(?:\.\d{1,3}){2})(?![\d.])/g
/**
 * Blind R73A-066: a private IPv4 address spelt out with spaces between its characters (１ ９ ２ . １ ６ ８ . ４ ０ . １ ２, 10 . 20 . 3 . 15,
 * 1 7 2.1 6.0.8) so that a check for the address misses it: the squeezed view drops " . " between digits, so it is read in the norm view,
 * each octet one to three digits with at most one space between them and at most two spaces around each dot. Only a match with a space
 * is this (PRIVATE_IP reads the rest). Bounded: every quantifier has a limit.
 */
export const SPACED_IP = /(?<![\d.] {0,2})\d(?: ?\d){0,2}(?: {0,2}\. {0,2}\d(?: ?\d){0,2}){3}(?! {0,2}[\d.])/g
/** \\server\share (the yen sign is a backslash on Japanese keyboards), file:// URLs and drive paths (Z:\共有\観光課). */
export const SHARE_PATH = /(?:[\\¥]{2}[A-Za-z0-9._-]{1,63}[\\¥][^\s\\¥]{1,100}|file:\/{2,3}[^\s]{1,200}|(?<![A-Za-z0-9])[A-Za-z]:[\\¥][^\s\\¥]{1,60}(?:[\\¥][^\s\\¥]{1,60}){0,8})/g
export const MAY_VALUE = /[!-~]{4}/
// What a pattern cannot match without (a cheap test before the full pattern; its words are in FOLDED_WORDS.host).
export const MAY_HOST = /\.(?:local|lan|internal|intra|corp|lgwan)|localhost:|https?:\/\/[A-Za-z0-9-]{1,63}[:/]/i
export const INTRANET_HOST =
  /(?<![A-Za-z0-9.-])((?:[A-Za-z0-9-]{1,63}\.){1,4}(?:local|lan|internal|intra|corp|localdomain|lgwan)|localhost:\d{2,5}|(?<=https?:\/\/)[A-Za-z0-9-]{1,63}(?::\d{2,5})?(?=\/|$|\s))(?![A-Za-z0-9.-])/gi

/**
 * Blind R107A-025: the entrance of a system's staff side published as a URL (パブコメの受付フォームの管理画面、https://admin.…/pubcom/login
 * から入れます; 管理者ページはこちら→ …/wp-admin/; 職員用のログイン画面（…/staff/login）): an admin console is internal, its address a
 * target for attacks whatever its password. The URL is an admin one by its host (admin., cms., manage.) or its path (/admin, /wp-admin,
 * /manage, /dashboard), with the sentence naming a staff side or a way in (管理画面, 管理者ページ, ログイン, 入れます); a bare login path
 * (/login) only with a staff side named (管理画面, 職員用, 担当者以外): the residents' own login page (電子申請のログイン画面) is public.
 */
const ADMIN_URL = /https?:\/\/([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6})(?::\d{2,5})?(\/[!#-'*-;=?-~]{0,200})?/gu
const ADMIN_HOST = /^(?:admin|administrator|cms|manage|manager|mgr|backoffice|backend|dashboard|console|staff)[0-9-]{0,4}\./iu
// Blind R394T-030 kind: 管理 romanised as a path (/kanri/, /kanrisha/) is the admin side as /admin/ is.
const ADMIN_PATH = /\/(?:wp-admin|wp-login\.php|admin|administrator|manage|management|manager|dashboard|console|backend|backoffice|staff|cms|kanri|kanrisha)(?:[\/?#.]|$)/iu
const LOGIN_PATH = /\/(?:login|signin|sign-in|logon|auth)(?:[\/?#.]|$)/iu
/** The staff side named: 管理画面, 管理者ページ, 職員用, 担当者以外. */
const STAFF_SIDE = /管理画面|管理者(?:ページ|画面|サイト|用|ログイン|メニュー)|管理(?:用|者用)?(?:の)?(?:ページ|サイト|システム|ツール|URL)|職員(?:用|専用|向け)(?:の)?(?:ページ|画面|ログイン|サイト|URL|システム)|(?:担当|担当者|職員|関係者)(?:以外|だけ|のみ)|CMS|バックヤード|管理者権限/u
/** …or a way in: ログイン, 入れます, アクセスして. */
const ADMIN_WAY_IN = /ログイン|サインイン|入れ(?:ます|る|るけん|るので|ます?よ)|入って|アクセス(?:して|でき|する)|ブックマーク/u
export function adminUrls(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  ADMIN_URL.lastIndex = 0
  for (let m = ADMIN_URL.exec(t), n = 0; m && n < 20; m = ADMIN_URL.exec(t), n++) {
    const host = m[1]!
    const path = m[2] ?? ''
    // An IP address is read as one (security/internal-address).
    if (/^[0-9.]+$/u.test(host)) continue
    const admin = ADMIN_HOST.test(host) || ADMIN_PATH.test(path)
    const login = LOGIN_PATH.test(path)
    if (!admin && !login) continue
    const s = sentenceText(t, m.index, m.index + m[0].length)
    const around = t.slice(Math.max(0, m.index - 60), Math.min(t.length, m.index + m[0].length + 40))
    if (!STAFF_SIDE.test(around) && !(admin && ADMIN_WAY_IN.test(s))) continue
    const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'security/admin-url', start, end })
  }
}

/** A host name given by its keyword: サーバー名は KANKO-SV01, PC名：YNG-PC023. */
export const HOST_NAME =
  /(?:サーバー?名|ホスト名|コンピューター?名|端末名|PC名|共有フォルダ名?|共有ドライブ名?|ファイルサーバー?|NAS)(?: ?(?:は|:|=|→))? ?([A-Za-z][A-Za-z0-9_-]{1,30}[0-9_-][A-Za-z0-9_-]{0,30}\$?)(?![A-Za-z0-9_.-])/gu
/**
 * Blind R261D-011 kind: an internal server's host name given in brackets after the word server (申請受付サーバー（shinsei-ap01）, 基幹系サーバ
 * (jyuki-db02)): a name with a role suffix of a server farm (-ap01, -db02, -fs1, -sv03, -web01) points at the inside network, even in an
 * apology. A name on the LGWAN (….lgwan) is INTRANET_HOST's. A product or a version in brackets (サーバー（Windows2019）, サーバー（AWS）)
 * has no role suffix and is not this.
 */
export const ROLE_HOST = /(?:サーバー?|サーバ機|ホスト|端末)\( ?([A-Za-z][A-Za-z0-9]{1,20}-(?:ap|app|db|fs|sv|srv|svr|web|dc|ad|file|mail|nas|bk|bkup|log)[0-9]{1,3})(?=\))/giu
/**
 * Blind R158A-136: the name (SSID) of a network kept for staff, given next to its staff label (職員用の「yngw-staff」には接続できません,
 * 職員向けWi-FiのSSIDは yngw-staff, 庁内ネットワーク「YNGW-LAN」): the public need not know it, and it points at the inside network. The
 * name is quoted or labelled (SSID, ネットワーク名) right after the label, in a paragraph about a network. The visitors' network
 * (来庁者の方は「Yanagawa_Free」), a staff network named with no name (職員用のWi-Fiはご利用いただけません) and a name before the label
 * (「Yanagawa_Free」は職員用ではありません) are not this.
 */
export const STAFF_NETWORK =
  /(?:職員|庁内|内部|業務|スタッフ|staff)(?:用|向け|専用)?(?:の)?(?:(?:wi-?fi|無線LAN|無線|ネットワーク|回線|アクセスポイント|LAN)(?:の)?)?(?:(?:SSID|ネットワーク名)(?: ?(?:は|:|=))? ?([A-Za-z0-9][A-Za-z0-9_.-]{2,31})|[「『"]([A-Za-z0-9][A-Za-z0-9_.-]{2,31})[」』"])/giu
/** The label is one of staff or the inside: 用, 向け, 専用 after 職員, or 庁内 and 内部 before a network word. */
export const STAFF_NETWORK_LABEL = /^(?:職員|業務|スタッフ|staff)(?:用|向け|専用)|^(?:庁内|内部)(?:用|向け|専用)?(?:の)?(?:wi-?fi|無線|ネットワーク|回線|LAN|アクセスポイント)/iu

/** Every match of `re` (a share path, an intranet host) in the norm view, as an internal host. */
export function internalHosts(re: RegExp, doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  for (let m = next(re, t, true); m; m = next(re, t)) {
    const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'security/internal-host', start, end })
  }
}

/**
 * Team R8-028 kind: a network's name and its key as a bare pair, pointed at with an arrow or a colon in a post about Wi-Fi (スタッフ用の
 * ほうが速いから、こっそりこっち使ってね→ yngw-staff / Sage🎎mon2024): the key is a word of letters and digits, here and there broken by an
 * emoji so a filter will not see it; it is still the key. The name is letters (and _ . -), the key mixes letters and digits once the emoji
 * are taken out, and Wi-Fi or a network is named in the sentence or the one before. A pair in running text with no pointer (Wi-Fi / LAN2
 * の比較) and one in a lesson (パスワードは…のように作りましょう) are not this.
 */
const NETWORK_PAIR =
  /(?:→|⇒|➡|:|：|は)\s?([A-Za-z][A-Za-z0-9_.-]{2,31}) ?[/／] ?((?:[!-.0-~]|\p{Extended_Pictographic}|\uFE0F|\u200D){6,48})(?![!-~])/gu
export function findNetworkPair(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  for (const m of t.matchAll(NETWORK_PAIR)) {
    const key = m[2]!.replace(/[^!-~]/gu, '')
    if (key.length < 6 || !/[A-Za-z]/u.test(key) || !/[0-9]/u.test(key) || /^https?/iu.test(m[1]!)) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const around = t.slice(Math.max(0, s.start - 80), s.end)
    if (!NETWORK.test(around) || AWARENESS.test(t.slice(s.start, s.end)) || isAdvice(t.slice(s.start, s.end))) continue
    const { start, end } = doc.fromNorm(m.index + m[0].indexOf(m[1]!), m.index + m[0].length)
    emit({ rule: 'security/credential', start, end, data: { label: 'Wi-Fi' } })
  }
}

/**
 * Blind R231Q-023 kind: the text a Wi-Fi QR code holds, pasted as is (WIFI:S:SAGEMON-HQ;T:WPA;P:hina0311tsurushi;;): its P: field is the
 * network's key in the clear. Each field ends at its ; (bounded: at most five fields of 64 characters before P:). A field with no value
 * (P:;) or a placeholder (P:パスワード, P:xxxx) in a lesson on the format is not one.
 */
const WIFI_QR = /WIFI:(?:[^;\n]{0,64};){0,5}?P:((?:[^;\\\n]|\\.){4,63});/giu
const WIFI_QR_PLACEHOLDER = /^(?:パスワード|password|pass|x+|\*+|\.+|…+|〇+|○+|＊+|ｘ+)$/iu
export function findWifiQr(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  for (let m = next(WIFI_QR, t, true), n = 0; m && n < MAX_HITS; m = next(WIFI_QR, t), n++) {
    if (WIFI_QR_PLACEHOLDER.test(m[1]!) || /[<>{}［］\[\]]/u.test(m[1]!)) continue
    const s = sentenceAround(t, Math.max(0, m.index - 1), m.index)
    if (AWARENESS.test(t.slice(s.start, m.index))) continue
    const at = m.index + m[0].length - m[1]!.length - 1
    const { start, end } = doc.fromNorm(at, at + m[1]!.length)
    emit({ rule: 'security/credential', start, end, data: { label: 'Wi-Fi' } })
  }
}
