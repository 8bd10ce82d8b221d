/**
 * Whether someone is typing in a hooked composer right now, for the periodic safety nets (the status tick's page health
 * scan, the watcher's re-layout): they wait for a pause in typing instead of landing between two keystrokes, but never
 * longer than `MAX_DEFER_MS`. Work that a change asks for (a composer added, the page changed) is not deferred.
 */

/** A keystroke within this many ms counts as typing now (keystrokes of steady typing are 100–300 ms apart). */
export const TYPING_MS = 800
/** A periodic safety net runs at least this often (ms) however long the typing goes on. */
export const MAX_DEFER_MS = 6000

let lastEditAt = -Infinity

/** A hooked composer's text changed (input event, mutation, composition). `now`: performance.now() in ms. */
export function noteTyping(now = performance.now()): void {
  lastEditAt = now
}

/**
 * Whether a periodic task that last ran at `lastRunAt` (performance.now() ms) should wait: typing now, and it ran
 * less than MAX_DEFER_MS ago.
 */
export function deferForTyping(lastRunAt: number, now = performance.now()): boolean {
  return now - lastEditAt < TYPING_MS && now - lastRunAt < MAX_DEFER_MS
}
