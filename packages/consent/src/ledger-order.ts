import type { ConsentEvent } from "@rapport/core";

// At the same instant the most restrictive action sorts last, so it is the one that wins.
const RESTRICTIVENESS: Readonly<Record<ConsentEvent["action"], number>> = {
  grant: 0,
  withdraw: 1,
  object: 2,
  restrict: 3,
};

/**
 * Orders consent events for replay: by `capturedAt`; at the same instant the most restrictive
 * action comes last (grant < withdraw < object < restrict), so that it wins; then by id, so
 * that any arrival order gives the same replay. Use with `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * import { compareConsentEvents } from "@rapport/consent";
 * import type { ConsentEvent } from "@rapport/core";
 * declare const ledger: ConsentEvent[];
 * const replay = [...ledger].sort(compareConsentEvents);
 * ```
 */
export function compareConsentEvents(a: ConsentEvent, b: ConsentEvent): number {
  return (
    a.capturedAt.getTime() - b.capturedAt.getTime() ||
    RESTRICTIVENESS[a.action] - RESTRICTIVENESS[b.action] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
