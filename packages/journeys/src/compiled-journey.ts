import type { JourneyDefinition } from "./journey-definition";

/** A definition's lookups, built once per definition object. */
export interface CompiledJourney {
  readonly stages: ReadonlySet<string>;
  readonly terminal: ReadonlySet<string>;
  /** Allowed moves, keyed `from + "\0" + to`. */
  readonly allowed: ReadonlySet<string>;
}

// A cache keyed by the (frozen) definition: it changes no result, only saves rebuilding sets.
const cache = new WeakMap<JourneyDefinition, CompiledJourney>();

/** The lookup sets of a definition (internal). */
export function compileJourney(definition: JourneyDefinition): CompiledJourney {
  let compiled = cache.get(definition);
  if (compiled === undefined) {
    compiled = {
      stages: new Set(definition.stages),
      terminal: new Set(definition.terminal),
      allowed: new Set(definition.transitions.map(({ from, to }) => `${from}\u0000${to}`)),
    };
    cache.set(definition, compiled);
  }
  return compiled;
}
