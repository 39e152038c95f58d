import type * as z from "zod";
import { fastPathsOn } from "./fast-paths";

/**
 * A hand-written check of one payload shape, for {@link precompiledCheck}: the parsed record
 * when `raw` is well-formed (exactly what the schema would return: the same fields, in the
 * schema's order, the same transforms), or `undefined` when it is not, or when the check is
 * unsure. It never throws and never reports: on `undefined` the schema parses the record and
 * says what is wrong.
 *
 * @example
 * ```ts
 * import type { FastCheck } from "@rapport/source-kit";
 * const group: FastCheck<{ id: string; name: string }> = (raw) => {
 *   const r = raw as { id?: unknown; name?: unknown } | null;
 *   return typeof r?.id === "string" && typeof r.name === "string" ? { id: r.id, name: r.name } : undefined;
 * };
 * ```
 */
export type FastCheck<Output> = (raw: unknown) => Output | undefined;

const CHECKS = new WeakMap<z.ZodType, FastCheck<unknown>>();

/**
 * Gives a payload schema a precompiled check: {@link parseSourceRecords} (and so every adapter
 * defined with {@link defineSourceAdapter}) tries the check first and runs the zod schema only
 * on the records the check turns down, so that well-formed records skip zod's per-field work
 * while a malformed one is still rejected with zod's own field and reason, word for word. The
 * check must agree with the schema: whatever it accepts the schema accepts, with an equal
 * output (test it so, on fixtures and on mutated payloads). Returns the schema itself.
 *
 * @param schema - The payload schema of one entity.
 * @param check - The hand-written check (see {@link FastCheck}).
 * @returns `schema`, now checked first by `check`.
 *
 * @example
 * ```ts
 * import { createImportCollector, parseSourceRecords, precompiledCheck } from "@rapport/source-kit";
 * import * as z from "zod";
 *
 * const schema = precompiledCheck(z.object({ id: z.string(), name: z.string() }), (raw) => {
 *   const r = raw as { id?: unknown; name?: unknown } | null;
 *   return typeof r?.id === "string" && typeof r.name === "string" ? { id: r.id, name: r.name } : undefined;
 * });
 * const collector = createImportCollector("example");
 * parseSourceRecords("group", [{ id: "1", name: "Billing" }, { id: "2" }], schema, collector).length; // 1
 * collector.result().report.records[0]?.field; // "name", as zod reports it
 * ```
 */
export function precompiledCheck<Schema extends z.ZodType>(
  schema: Schema,
  check: FastCheck<z.output<Schema>>,
): Schema {
  CHECKS.set(schema, check as FastCheck<unknown>);
  return schema;
}

/** The precompiled check of a schema, if it has one; internal to the kit. */
export function precompiledCheckOf<Output>(schema: z.ZodType): FastCheck<Output> | undefined {
  return fastPathsOn() ? (CHECKS.get(schema) as FastCheck<Output> | undefined) : undefined;
}
