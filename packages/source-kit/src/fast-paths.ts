// Internal to the kit: whether the fast paths (precompiled checks, cases built without zod) are
// on. They always are, except inside `withoutFastPaths` of the testing entry, which runs an
// import the slow way, every record through its zod schema, to compare the two.

let enabled = true;

/** Whether the fast paths are on. */
export const fastPathsOn = (): boolean => enabled;

/**
 * Runs `run` with the fast paths off: every record is parsed by its zod schema and every case
 * added through `safeParseCase`, as if no adapter had a precompiled check. The import an
 * adapter makes this way is the reference its fast import must equal, record for record and
 * line for line of its report. Synchronous: the fast paths are on again when it returns.
 *
 * @param run - The import to run the slow way.
 * @returns What `run` returns.
 *
 * @example
 * ```ts
 * import { withoutFastPaths } from "@rapport/source-kit/testing";
 * declare const importDesk: (payload: unknown) => unknown;
 * const payload = { issues: [] };
 * JSON.stringify(importDesk(payload)) === JSON.stringify(withoutFastPaths(() => importDesk(payload))); // true
 * ```
 */
export function withoutFastPaths<T>(run: () => T): T {
  const before = enabled;
  enabled = false;
  try {
    return run();
  } finally {
    enabled = before;
  }
}
