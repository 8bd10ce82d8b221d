/**
 * Prints the engine's pattern needs as JSON: { [patternKey(source)]: literal words | 0 }. Run by the builds
 * (scripts/literal-define.ts), under Node with the engine's own code.
 *
 * Every gated pattern of the rule families (gate.ts) is tried on a paragraph only when one of the literal
 * words it cannot match without occurs; working those words out means reading ~500 pattern sources
 * (literals.ts), ~200 ms of a page's main thread on each page load of X or Facebook. The build does it once.
 */
import { prepare } from '../src/engine'
import { literalTable } from '../src/engine/literals'

prepare()
process.stdout.write(JSON.stringify(literalTable()))
