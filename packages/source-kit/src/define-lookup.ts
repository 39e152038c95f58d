import { expectedMessage, oneOf } from "@rapport/stats";

/**
 * What {@link defineLookup} takes: the field the codes come from, the table from the
 * platform's codes to the model's values, and what a missing or an unlisted code becomes.
 *
 * @example
 * ```ts
 * import type { LookupDefinition } from "@rapport/source-kit";
 * const status: LookupDefinition<"open" | "solved"> = {
 *   field: "status",
 *   table: { open: "open", done: "solved" },
 * };
 * ```
 */
export interface LookupDefinition<Value> {
  /** The field of the platform's record the codes are read from: `"status"`, `"via.channel"`. */
  readonly field: string;
  /** The platform's codes and the model value each becomes. */
  readonly table: Readonly<Record<string | number, Value>>;
  /** Whether the codes are integers (Freshdesk's `status: 2`) rather than words. */
  readonly integerCodes?: boolean;
  /** What a missing code (`null` or `undefined`) becomes; without it, a missing code is refused. */
  readonly missing?: Value;
  /** What a code not in the table becomes; without it, such a code is refused. */
  readonly otherwise?: Value;
  /** The import option that adds codes of an account's own (`"statusMap"`), named in the message. */
  readonly overrideOption?: string;
}

/**
 * A table from a platform's codes to the model's values, made by {@link defineLookup}, that
 * writes its own "expected one of …" text for the codes it refuses.
 *
 * @example
 * ```ts
 * import { defineLookup } from "@rapport/source-kit";
 * const priority = defineLookup({ field: "priority", table: { low: "low", high: "high" } });
 * priority.get("high"); // "high"
 * priority.reason("urgent"); // 'expected one of "low" | "high", received "urgent"'
 * ```
 */
export interface Lookup<Value> {
  /** The field of the platform's record the codes are read from. */
  readonly field: string;
  /** The table, frozen. */
  readonly table: Readonly<Record<string | number, Value>>;
  /** What the lookup accepts, in words: `one of "low" | "high" or null`. */
  readonly expected: string;
  /** The value of a code, looking in `overrides` first; `undefined` when the code is refused. */
  get(code: unknown, overrides?: Readonly<Record<string | number, Value>>): Value | undefined;
  /** Why a code is refused, as an import report says it: `expected one of …, received …`. */
  reason(code: unknown): string;
}

/**
 * Defines a lookup table from a platform's codes (statuses, priorities, channels…) to the
 * model's values. Codes are matched exactly: words against word keys, integers against
 * integer keys (`integerCodes`), never `"2"` for `2`; `__proto__` and other inherited names
 * are never codes. The refusal message is written from the table itself with `oneOf` and
 * `expectedMessage` of `@rapport/stats`, so that it always lists what the table holds.
 *
 * @param definition - The field, the table, and what a missing or an unlisted code becomes.
 * @returns The {@link Lookup}.
 *
 * @example
 * ```ts
 * import { defineLookup } from "@rapport/source-kit";
 *
 * const status = defineLookup({
 *   field: "status",
 *   table: { 2: "open", 3: "pending", 4: "solved", 5: "closed" },
 *   integerCodes: true,
 *   overrideOption: "statusMap",
 * });
 * status.get(4); // "solved"
 * status.get(6, { 6: "on_hold" }); // "on_hold"
 * status.reason(9); // "expected one of 2 | 3 | 4 | 5 (or a code given in statusMap), received 9"
 * ```
 */
export function defineLookup<Value>(definition: LookupDefinition<Value>): Lookup<Value> {
  const { field, integerCodes = false, missing, otherwise, overrideOption } = definition;
  const table = Object.freeze({ ...definition.table });
  const codes = Object.keys(table).map((key) => (integerCodes ? Number(key) : key));
  const expected = `${oneOf(codes)}${overrideOption ? ` (or a code given in ${overrideOption})` : ""}${missing === undefined ? "" : " or null"}`;
  const isCode = (code: unknown): code is string | number =>
    integerCodes ? typeof code === "number" && Number.isInteger(code) : typeof code === "string";
  return {
    field,
    table,
    expected,
    get(code, overrides) {
      if (code === null || code === undefined) return missing;
      if (!isCode(code)) return undefined;
      if (overrides && Object.hasOwn(overrides, code)) return overrides[code];
      return Object.hasOwn(table, code) ? table[code] : otherwise;
    },
    reason: (code) => expectedMessage("", expected, code),
  };
}
