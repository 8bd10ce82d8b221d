/** Styles of the in-page UI (inside shadow roots, so the sites' CSS cannot reach them and they cannot leak). */

const BASE = `
:host { all: initial; }
* { box-sizing: border-box; }
.shield { display: inline-block; width: 14px; height: 14px; flex: none; background: currentColor;
  -webkit-mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3z'/%3E%3C/svg%3E") center / contain no-repeat;
  mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3z'/%3E%3C/svg%3E") center / contain no-repeat; }
.finding-top { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.chip { display: inline-flex; align-items: center; padding: 1px 8px; border-radius: 999px; font-size: 11px; font-weight: 700; color: #fff; letter-spacing: .02em; }
.chip.block { background: #b91c1c; } .chip.warn { background: #b45309; } .chip.info { background: #1d4ed8; }
.clause { font-size: 11px; color: #57534e; }
.count { font-size: 11px; color: #57534e; margin-left: auto; }
.excerpt { display: block; margin: 0 0 6px; padding: 4px 8px; border-left: 3px solid #d6d3d1; background: #fafaf9; color: #1c1917; font-size: 13px; quotes: "「" "」"; word-break: break-all; }
.message { margin: 0 0 4px; font-size: 13px; line-height: 1.6; color: #1c1917; }
.hint { margin: 0; font-size: 12px; line-height: 1.6; color: #44403c; }
.hint::before { content: "→ "; color: #78716c; }
`

const FONT = `font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, system-ui, sans-serif;`

export const OVERLAY_CSS = `${BASE}
.badge { position: fixed; pointer-events: auto; display: inline-flex; align-items: center; gap: 4px; height: 22px; padding: 0 8px 0 6px;
  border-radius: 999px; border: 1px solid rgba(0,0,0,.08); ${FONT} font-size: 12px; font-weight: 700; line-height: 1; cursor: pointer;
  box-shadow: 0 1px 3px rgba(0,0,0,.18); color: #fff; background: #15803d; transition: background-color .15s; }
.badge.ok { background: rgba(21, 128, 61, .85); font-weight: 600; }
.badge.info { background: #1d4ed8; } .badge.warn { background: #b45309; } .badge.block { background: #b91c1c; }
.badge:focus-visible { outline: 3px solid #facc15; outline-offset: 2px; }
.badge[hidden] { display: none; }
.panel, .card { position: fixed; pointer-events: auto; ${FONT} background: #fff; color: #1c1917; border-radius: 12px;
  box-shadow: 0 10px 30px rgba(0,0,0,.18), 0 1px 3px rgba(0,0,0,.12); border: 1px solid #e7e5e4; }
.panel { max-height: min(60vh, 480px); overflow: auto; padding: 10px 12px 8px; }
/* A hover card is a tooltip: nothing in it is pressed, and it must never catch a press meant for the page (a send button under it). */
.card { pointer-events: none; }
.panel[hidden], .card[hidden] { display: none; }
.panel-head { display: flex; align-items: center; gap: 6px; color: #15803d; margin-bottom: 8px; }
.panel-head strong { color: #1c1917; font-size: 14px; flex: 1; }
.close { border: 0; background: transparent; font-size: 20px; line-height: 1; cursor: pointer; color: #57534e; padding: 2px 6px; border-radius: 6px; }
.close:hover { background: #f5f5f4; }
.findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.finding { padding: 8px 10px; border-radius: 8px; border: 1px solid #e7e5e4; border-left-width: 4px; outline: none; }
.finding.block { border-left-color: #b91c1c; } .finding.warn { border-left-color: #b45309; } .finding.info { border-left-color: #1d4ed8; }
.finding:hover, .finding:focus-visible { background: #fafaf9; }
.empty { margin: 4px 0 8px; font-size: 13px; color: #15803d; }
.foot { margin: 8px 0 0; font-size: 11px; color: #78716c; }
.card { padding: 10px 12px; border-left: 4px solid #1d4ed8; }
.card.block { border-left-color: #b91c1c; } .card.warn { border-left-color: #b45309; }
.box { position: fixed; pointer-events: none; border-bottom: 2px solid; border-radius: 2px; }
.box.block { border-color: #dc2626; background: rgba(220,38,38,.12); } .box.warn { border-color: #d97706; background: rgba(217,119,6,.12); }
.box.info { border-color: #2563eb; border-bottom-style: dotted; }
`

export const DIALOG_CSS = `${BASE}
.backdrop { position: fixed; inset: 0; background: rgba(28, 25, 23, .45); display: flex; align-items: center; justify-content: center; ${FONT} z-index: 2147483647; }
.dialog { width: min(520px, calc(100vw - 32px)); max-height: calc(100vh - 48px); overflow: auto; background: #fff; color: #1c1917; border-radius: 14px;
  box-shadow: 0 20px 50px rgba(0,0,0,.3); padding: 20px 22px 18px; }
.title { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; font-size: 17px; }
.title .shield { width: 20px; height: 20px; }
.dialog.block .title { color: #b91c1c; } .dialog.confirm .title { color: #b45309; }
.lead { margin: 0 0 12px; font-size: 13px; line-height: 1.7; color: #44403c; }
.notice { margin: 0 0 12px; padding: 8px 10px; border-radius: 6px; background: #fef3c7; border: 1px solid #f59e0b; font-size: 13px; line-height: 1.7; color: #78350f; }
.notice.parts { background: #f5f5f4; border-color: #d6d3d1; color: #44403c; }
.findings { list-style: none; margin: 0 0 14px; padding: 0; display: grid; gap: 8px; max-height: 40vh; overflow: auto; }
.finding { padding: 8px 10px; border-radius: 8px; border: 1px solid #e7e5e4; border-left-width: 4px; }
.finding.block { border-left-color: #b91c1c; } .finding.warn { border-left-color: #b45309; } .finding.info { border-left-color: #1d4ed8; }
fieldset { border: 1px solid #e7e5e4; border-radius: 10px; margin: 0 0 14px; padding: 10px 12px; display: grid; gap: 8px; }
legend { font-size: 12px; color: #57534e; padding: 0 4px; }
label { display: flex; gap: 8px; align-items: flex-start; font-size: 13px; line-height: 1.6; cursor: pointer; }
input[type=checkbox] { width: 18px; height: 18px; margin: 2px 0 0; accent-color: #15803d; flex: none; }
.actions { display: flex; justify-content: flex-end; gap: 8px; flex-wrap: wrap; }
button { ${FONT} font-size: 14px; font-weight: 700; border-radius: 999px; padding: 8px 18px; cursor: pointer; border: 1px solid transparent; }
button.primary { background: #15803d; color: #fff; }
button.primary:disabled { background: #a8a29e; cursor: not-allowed; }
button.secondary { background: #fff; color: #1c1917; border-color: #d6d3d1; }
button:focus-visible { outline: 3px solid #facc15; outline-offset: 2px; }
.note { margin: 10px 0 0; font-size: 11px; color: #78716c; }
`

export const BANNER_CSS = `
:host { all: initial; }
.banner { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); z-index: 2147483646; display: flex; gap: 10px; align-items: center;
  max-width: calc(100vw - 32px); padding: 10px 14px; border-radius: 12px; background: #fffbeb; color: #78350f; border: 1px solid #f59e0b;
  box-shadow: 0 8px 24px rgba(0,0,0,.18); ${FONT} font-size: 13px; line-height: 1.5; pointer-events: auto; }
.banner strong { font-weight: 700; white-space: nowrap; flex: none; }
.banner button { ${FONT} border: 0; background: transparent; color: #78350f; font-size: 18px; cursor: pointer; padding: 0 4px; }
`

export const IMPERSONATION_CSS = `
:host { all: initial; }
.banner { position: fixed; right: 16px; top: 16px; z-index: 2147483646; width: min(420px, calc(100vw - 32px));
  padding: 12px 14px; border-radius: 12px; background: #fef2f2; color: #7f1d1d; border: 1px solid #dc2626; border-left-width: 5px;
  box-shadow: 0 8px 24px rgba(0,0,0,.2); ${FONT} font-size: 13px; line-height: 1.6; pointer-events: auto; }
.head { display: flex; align-items: flex-start; gap: 8px; }
.head strong { flex: 1; font-size: 14px; font-weight: 700; }
.who { margin: 4px 0 6px; color: #450a0a; word-break: break-all; }
ol { margin: 0; padding-left: 1.4em; display: grid; gap: 2px; }
a { color: #1d4ed8; }
.close { ${FONT} border: 0; background: transparent; color: #7f1d1d; font-size: 18px; line-height: 1; cursor: pointer; padding: 0 4px; }
`
