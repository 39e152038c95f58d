import type * as z from "zod";
import type { FastCheck } from "./precompiled-check";

/**
 * One record on which a precompiled check and its schema disagree: the check accepted it and
 * the schema did not, or the two returned different outputs.
 *
 * @example
 * ```ts
 * import type { CheckDisagreement } from "@rapport/source-kit/testing";
 * const say = (d: CheckDisagreement) => `record ${d.index}: ${d.why}`;
 * ```
 */
export interface CheckDisagreement {
  /** The record's index in the list given. */
  readonly index: number;
  /** The raw record. */
  readonly raw: unknown;
  /** What differs. */
  readonly why: string;
}

/**
 * How a precompiled check fared against its schema on a list of records, from
 * {@link checkAgreement}.
 *
 * @example
 * ```ts
 * import type { CheckAgreement } from "@rapport/source-kit/testing";
 * const used = (a: CheckAgreement) => a.accepted / Math.max(1, a.parsed);
 * ```
 */
export interface CheckAgreement {
  /** How many records the check accepted. */
  readonly accepted: number;
  /** How many records the schema parsed. */
  readonly parsed: number;
  /** Every record on which the two disagree; a sound check has none. */
  readonly disagreements: readonly CheckDisagreement[];
}

/** Where two outputs first differ (own keys in order, Dates by instant, arrays by item). */
function difference(fast: unknown, zod: unknown, path: string): string | undefined {
  if (fast instanceof Date || zod instanceof Date) {
    return fast instanceof Date && zod instanceof Date && fast.getTime() === zod.getTime()
      ? undefined
      : `${path || "(root)"}: ${String(fast)} against ${String(zod)}`;
  }
  if (typeof fast !== "object" || fast === null || typeof zod !== "object" || zod === null) {
    return Object.is(fast, zod)
      ? undefined
      : `${path || "(root)"}: ${JSON.stringify(fast)} against ${JSON.stringify(zod)}`;
  }
  if (Array.isArray(fast) !== Array.isArray(zod)) return `${path || "(root)"}: array or not`;
  const fastKeys = Object.keys(fast);
  const zodKeys = Object.keys(zod);
  if (fastKeys.join("\u0000") !== zodKeys.join("\u0000")) {
    return `${path || "(root)"}: fields ${fastKeys.join(", ")} against ${zodKeys.join(", ")}`;
  }
  for (const key of fastKeys) {
    const inner = difference(
      (fast as Record<string, unknown>)[key],
      (zod as Record<string, unknown>)[key],
      path ? `${path}.${key}` : key,
    );
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/**
 * Holds a precompiled check (see `precompiledCheck`) to its zod schema on a list of records:
 * every record the check accepts must parse with the schema to the same output (the same own
 * fields in the same order, equal values, Dates at the same instant). Feed it the fixtures,
 * the real payloads and mutated records (`mutatePayload` with fast-check), and assert that
 * `disagreements` is empty, that `accepted` equals `parsed` on well-formed records (the check
 * is used), and that `accepted` is less than the list's length on mutated ones (it refuses).
 *
 * @param check - The precompiled check.
 * @param schema - The schema it stands in for.
 * @param records - The raw records.
 * @returns The counts and the disagreements.
 *
 * @example
 * ```ts
 * import { fastObject, field } from "@rapport/source-kit";
 * import { checkAgreement } from "@rapport/source-kit/testing";
 * import * as z from "zod";
 *
 * const schema = z.object({ id: z.string(), name: z.string().nullish() });
 * const check = fastObject({ id: field.required((v) => (typeof v === "string" ? v : undefined)), name: field.nullish(field.text) });
 * const agreement = checkAgreement(check, schema, [{ id: "1", name: "Ada" }, { id: 2 }]);
 * agreement.disagreements.length; // 0
 * agreement.accepted; // 1
 * ```
 */
export function checkAgreement(
  check: FastCheck<unknown>,
  schema: z.ZodType,
  records: readonly unknown[],
): CheckAgreement {
  let accepted = 0;
  let parsed = 0;
  const disagreements: CheckDisagreement[] = [];
  records.forEach((raw, index) => {
    const fast = check(raw);
    const zod = schema.safeParse(raw);
    if (zod.success) parsed++;
    if (fast === undefined) return;
    accepted++;
    const why = zod.success
      ? difference(fast, zod.data, "")
      : "the check accepted a record the schema refuses";
    if (why !== undefined) disagreements.push({ index, raw, why });
  });
  return { accepted, parsed, disagreements };
}
