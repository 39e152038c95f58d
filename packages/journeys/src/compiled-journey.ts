import type { JourneyDefinition } from "./journey-definition";

/** A definition's lookups, built once per definition object. */
export interface CompiledJourney {
  /** Each stage's number: its position in `definition.stages`. */
  readonly numbers: ReadonlyMap<string, number>;
  /** 1 where stage number `i` is terminal. */
  readonly terminal: Uint8Array;
  /**
   * 1 where the move from stage `i` to stage `j` is allowed, at `i * stages + j`: a lookup by
   * numbers, so checking a move allocates nothing (a string key would build one per event).
   */
  readonly allowed: Uint8Array;
  /** How many stages. */
  readonly stages: number;
}

// A cache keyed by the (frozen) definition: it changes no result, only saves rebuilding tables.
const cache = new WeakMap<JourneyDefinition, CompiledJourney>();

/** The lookup tables of a definition (internal). */
export function compileJourney(definition: JourneyDefinition): CompiledJourney {
  let compiled = cache.get(definition);
  if (compiled === undefined) {
    const numbers = new Map<string, number>();
    for (const stage of definition.stages)
      if (!numbers.has(stage)) numbers.set(stage, numbers.size);
    const stages = numbers.size;
    const terminal = new Uint8Array(stages);
    for (const stage of definition.terminal) {
      const number = numbers.get(stage);
      if (number !== undefined) terminal[number] = 1;
    }
    const allowed = new Uint8Array(stages * stages);
    for (const { from, to } of definition.transitions) {
      const source = numbers.get(from);
      const target = numbers.get(to);
      if (source !== undefined && target !== undefined) allowed[source * stages + target] = 1;
    }
    compiled = { numbers, terminal, allowed, stages };
    cache.set(definition, compiled);
  }
  return compiled;
}
