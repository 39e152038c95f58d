import { expectedMessage, oneOf } from "@rapport/stats";
import { fieldValues, type IdentityRecord } from "./identity-record";

/**
 * How a field's value survives when records of one identity disagree:
 * - `"mostRecent"`: from the record with the latest `updatedAt`;
 * - `"trustedSource"`: from the most trusted system (`trustedSources`, most trusted first);
 * - `"mostFrequent"`: the value most records hold;
 * - `"nonEmpty"`: the first non-empty value, records in code-unit order of their ids.
 *
 * Ties fall back to record order, so the answer never depends on input order.
 *
 * @example
 * ```ts
 * import type { SurvivorshipRule } from "@rapport/identity";
 * const rule: SurvivorshipRule = "mostRecent";
 * ```
 */
export type SurvivorshipRule = "mostRecent" | "trustedSource" | "mostFrequent" | "nonEmpty";

const RULES = ["mostRecent", "trustedSource", "mostFrequent", "nonEmpty"] as const;

/**
 * Options of {@link goldenRecord}.
 *
 * @example
 * ```ts
 * import type { SurvivorshipOptions } from "@rapport/identity";
 * const options: SurvivorshipOptions = {
 *   rules: { name: "trustedSource", phone: "mostRecent" },
 *   trustedSources: ["crm", "zendesk"],
 * };
 * ```
 */
export interface SurvivorshipOptions {
  /** The rule of each field; fields not named use `defaultRule`. */
  readonly rules?: Readonly<Record<string, SurvivorshipRule>>;
  /** The rule of the other fields (default `"nonEmpty"`). */
  readonly defaultRule?: SurvivorshipRule;
  /** Systems, most trusted first; others come after them. */
  readonly trustedSources?: readonly string[];
}

/**
 * A field of the golden record and where it came from.
 *
 * @example
 * ```ts
 * import type { SurvivingValue } from "@rapport/identity";
 * const line = (v: SurvivingValue) => `${v.value} (from ${v.recordId}, ${v.rule})`;
 * ```
 */
export interface SurvivingValue {
  readonly value: string;
  readonly recordId: string;
  readonly system: string | undefined;
  readonly rule: SurvivorshipRule;
}

/**
 * A field whose records disagreed: every value offered, and the one the rule chose.
 *
 * @example
 * ```ts
 * import type { SurvivorshipConflict } from "@rapport/identity";
 * const line = (c: SurvivorshipConflict) => `${c.field}: ${c.offered.length} values, ${c.chosen} by ${c.rule}`;
 * ```
 */
export interface SurvivorshipConflict {
  readonly field: string;
  readonly rule: SurvivorshipRule;
  readonly chosen: string;
  readonly offered: readonly { readonly value: string; readonly recordId: string }[];
}

/**
 * The golden record of one identity's records: per field the surviving value with its
 * provenance, and the fields whose records disagreed (resolved by the rule, and listed).
 *
 * @example
 * ```ts
 * import { goldenRecord } from "@rapport/identity";
 * const golden = goldenRecord(
 *   [
 *     { id: "a", system: "zendesk", fields: { name: "Ada L." }, updatedAt: new Date("2024-01-01") },
 *     { id: "b", system: "crm", fields: { name: "Ada Lovelace" }, updatedAt: new Date("2023-01-01") },
 *   ],
 *   { rules: { name: "trustedSource" }, trustedSources: ["crm"] },
 * );
 * golden.fields.name?.value; // "Ada Lovelace"
 * golden.conflicts[0]?.offered.length; // 2
 * ```
 */
export function goldenRecord(
  records: readonly IdentityRecord[],
  options: SurvivorshipOptions = {},
): { fields: Record<string, SurvivingValue>; conflicts: SurvivorshipConflict[] } {
  if (!Array.isArray(records))
    throw new TypeError(expectedMessage("goldenRecord: records", "an array of records", records));
  const defaultRule = options.defaultRule ?? "nonEmpty";
  for (const [field, rule] of [
    ["defaultRule", defaultRule],
    ...Object.entries(options.rules ?? {}),
  ] as const) {
    if (!(RULES as readonly string[]).includes(rule)) {
      throw new RangeError(expectedMessage(`goldenRecord: rules.${field}`, oneOf(RULES), rule));
    }
  }
  const ordered = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const trust = (system: string | undefined) => {
    const i = system === undefined ? -1 : (options.trustedSources ?? []).indexOf(system);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  const names = [...new Set(ordered.flatMap((r) => Object.keys(r.fields)))].sort();
  const fields: Record<string, SurvivingValue> = {};
  const conflicts: SurvivorshipConflict[] = [];
  for (const field of names) {
    const offered = ordered.flatMap((record, order) =>
      fieldValues(record, field)
        .map((v) => v.trim())
        .filter((v) => v !== "")
        .map((value) => ({ value, record, order })),
    );
    if (offered.length === 0) continue;
    const rule = options.rules?.[field] ?? defaultRule;
    const counts = new Map<string, number>();
    for (const { value } of offered) counts.set(value, (counts.get(value) ?? 0) + 1);
    const score = (o: (typeof offered)[number]): number => {
      switch (rule) {
        case "mostRecent":
          return -(o.record.updatedAt?.getTime() ?? Number.NEGATIVE_INFINITY);
        case "trustedSource":
          return trust(o.record.system);
        case "mostFrequent":
          return -counts.get(o.value)!;
        case "nonEmpty":
          return 0;
      }
    };
    const best = offered.reduce((a, b) => (score(b) < score(a) ? b : a));
    fields[field] = {
      value: best.value,
      recordId: best.record.id,
      system: best.record.system,
      rule,
    };
    if (counts.size > 1) {
      conflicts.push({
        field,
        rule,
        chosen: best.value,
        offered: offered.map((o) => ({ value: o.value, recordId: o.record.id })),
      });
    }
  }
  return { fields, conflicts };
}
