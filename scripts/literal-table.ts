/**
 * The engine's pattern needs, worked out at build time for the bundles (vite.config.ts, vite.lib.config.ts).
 *
 * Every gated pattern of the rule families (gate.ts) is tried on a paragraph only when one of the literal
 * words it cannot match without occurs; working those words out means reading ~500 pattern sources
 * (literals.ts), ~200 ms of a page's main thread on each page load of X or Facebook. The build does it once,
 * with the engine's own code under Node, and writes the result into the bundle as `__POST_GUARD_LITERALS__`
 * (a `define`): { [patternKey(source)]: literal words | 0 }. A pattern whose key is not in the table (a
 * pattern changed since the build, or made at run time) is worked out as before, so the table can make a
 * check faster, never different (tests/engine/literal-table.test.ts compares it with the built engine).
 */
import { prepare } from '../src/engine'
import { literalTable } from '../src/engine/literals'

/** The `define` entry of the table: `{ __POST_GUARD_LITERALS__: '<JSON>' }`. */
export function literalDefine(): Record<string, string> {
  prepare()
  return { __POST_GUARD_LITERALS__: JSON.stringify(literalTable()) }
}
