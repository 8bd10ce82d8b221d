/**
 * Periodic safety nets (page health scan, re-layout) wait for a pause in typing, but never longer than MAX_DEFER_MS.
 */
import { describe, expect, it } from 'vitest'
import { deferForTyping, MAX_DEFER_MS, noteTyping, TYPING_MS } from '../../src/content/typing'

describe('deferForTyping', () => {
  it.each([
    // [ms since the last keystroke, ms since the task last ran, defer?]
    [0, 0, true],
    [TYPING_MS - 1, 1000, true],
    [TYPING_MS, 1000, false], // a pause: run now
    [10_000, 1000, false],
    [100, MAX_DEFER_MS - 1, true],
    [100, MAX_DEFER_MS, false], // typing for a long time: run anyway
    [0, Infinity, false], // never ran: run now
  ])('keystroke %i ms ago, last run %i ms ago → defer %s', (sinceKey, sinceRun, expected) => {
    const now = 1_000_000
    noteTyping(now - sinceKey)
    expect(deferForTyping(now - sinceRun, now)).toBe(expected)
  })
})
