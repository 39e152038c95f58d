import { expectedMessage } from "@rapport/stats";
import fc from "fast-check";
import { withoutFastPaths } from "./fast-paths";
import type { ImportReport } from "./import-report";
import { mutatePayload } from "./mutate-payload";
import { type InputRecord, unreportedRecords } from "./unreported-records";

/**
 * What {@link fuzzImporter} fuzzes: an importer, the payloads to mutate, and how to count the
 * records of a payload from the payload itself.
 *
 * @example
 * ```ts
 * import type { FuzzImporterOptions } from "@rapport/source-kit/testing";
 * const options: FuzzImporterOptions = {
 *   payloads: [{ groups: [{ id: 1, name: "Billing" }] }],
 *   importer: () => ({ report: { source: "example", accepted: 0, rejected: 0, duplicates: 0, ignored: 0, records: [] } }),
 *   recordsOf: () => [],
 * };
 * ```
 */
export interface FuzzImporterOptions {
  /** The payloads to mutate (fixtures, real recorded responses); unused with `arbitrary`. */
  readonly payloads?: readonly unknown[];
  /** Imports one payload (with its `asOf` and options). */
  readonly importer: (payload: unknown) => { readonly report: ImportReport };
  /**
   * The records of a payload, counted from the payload itself (never from the importer's own
   * collector): the entity where the payload says it, and the source id.
   */
  readonly recordsOf: (payload: unknown) => readonly InputRecord[];
  /** Arbitrary JSON values instead of mutated payloads. */
  readonly arbitrary?: boolean;
  /** Payloads tried (default 100; `RAPPORT_FUZZ_RUNS` in the environment searches deeper). */
  readonly runs?: number;
  /** fast-check's seed, to replay a failure. */
  readonly seed?: number;
}

// Up to 4 values of a payload replaced by arbitrary JSON: the malformed records an importer
// must survive.
const mutations = fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), {
  minLength: 1,
  maxLength: 4,
});

function runsFrom(runs: number | undefined): number {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env?.["RAPPORT_FUZZ_RUNS"];
  const deeper = env === undefined ? Number.NaN : Number(env);
  return Number.isSafeInteger(deeper) && deeper > 0 ? deeper : (runs ?? 100);
}

function expectEveryRecordReported(options: FuzzImporterOptions, payload: unknown): void {
  const result = options.importer(payload);
  const missing = unreportedRecords(options.recordsOf(payload), result.report);
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} input record(s) without an outcome in the report: ${JSON.stringify(missing.slice(0, 5))}`,
    );
  }
  const fast = JSON.stringify(result);
  const slow = JSON.stringify(withoutFastPaths(() => options.importer(payload)));
  if (fast !== slow) {
    throw new Error(`the fast paths import differently from zod: ${firstDifference(fast, slow)}`);
  }
}

/** Where two JSON texts first differ, with a little context. */
function firstDifference(fast: string, slow: string): string {
  let at = 0;
  while (at < fast.length && fast[at] === slow[at]) at++;
  const from = Math.max(0, at - 60);
  return `fast …${fast.slice(from, at + 60)}… against zod …${slow.slice(from, at + 60)}…`;
}

/**
 * Fuzzes an importer with fast-check: each payload is one of `payloads` with up to 4 of its
 * values replaced by arbitrary JSON (see `mutatePayload`), or arbitrary JSON itself with
 * `arbitrary`. The importer must not throw; every record of the payload, as `recordsOf`
 * counts it from the payload, must have its outcome in the report (see `unreportedRecords`);
 * and the import must equal, records and report alike, the one made with the fast paths off
 * (see {@link withoutFastPaths}: every record through its zod schema).
 * Throws fast-check's report of the smallest failing payload otherwise, so that a test is one
 * call. Needs `fast-check` (a peer dependency of this entry).
 *
 * @param options - The importer, the payloads, `recordsOf`, and the runs (see {@link FuzzImporterOptions}).
 *
 * @example
 * ```ts
 * import { fuzzImporter } from "@rapport/source-kit/testing";
 * import { exampleAdapter } from "./example-adapter";
 *
 * const asOf = new Date("2026-01-01T00:00:00Z");
 * fuzzImporter({
 *   payloads: [{ groups: [{ id: 1, name: "Billing" }, { id: 2, name: "Sales" }] }],
 *   importer: (payload) => exampleAdapter.import(payload, { asOf }),
 *   recordsOf: (payload) =>
 *     ((payload as { groups?: { id?: unknown }[] }).groups ?? []).map((group) => ({
 *       entity: "group",
 *       sourceId: typeof group?.id === "number" ? String(group.id) : null,
 *     })),
 *   runs: 40,
 * });
 * ```
 */
export function fuzzImporter(options: FuzzImporterOptions): void {
  const numRuns = runsFrom(options.runs);
  const parameters = options.seed === undefined ? { numRuns } : { numRuns, seed: options.seed };
  if (options.arbitrary) {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (payload) => {
        expectEveryRecordReported(options, payload);
      }),
      parameters,
    );
    return;
  }
  const payloads = options.payloads ?? [];
  if (payloads.length === 0) {
    throw new RangeError(
      expectedMessage("fuzzImporter: options.payloads", "at least one payload", payloads),
    );
  }
  fc.assert(
    fc.property(fc.nat({ max: payloads.length - 1 }), mutations, (index, changes) => {
      expectEveryRecordReported(options, mutatePayload(payloads[index], changes));
    }),
    parameters,
  );
}
