import type * as z from "zod";
import type { ImportCollector } from "./import-collector";
import { precompiledCheckOf } from "./precompiled-check";
import { zodRecordIssue } from "./record-issue";

/**
 * The id a platform gave a raw record (`id`, a number or a non-empty string), as a string;
 * `null` when it has none, so that a report can still say which record it means.
 *
 * @example
 * ```ts
 * import { sourceIdOf } from "@rapport/source-kit";
 * sourceIdOf({ id: 35436, status: "open" }); // "35436"
 * sourceIdOf("garbage"); // null
 * ```
 */
export function sourceIdOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, "id")) return null;
  const id = (value as { id: unknown }).id;
  return typeof id === "number" || (typeof id === "string" && id.length > 0) ? String(id) : null;
}

/**
 * Parses raw records of one entity with a source's own payload schema: the valid ones are
 * returned, and each invalid one is rejected in the collector with its id, field and reason
 * (and `note`, in brackets, where the record was found). A schema that throws (a defect)
 * rejects that record alone. A schema given a check by {@link precompiledCheck} is run only
 * on the records its check turns down.
 *
 * @example
 * ```ts
 * import { createImportCollector, parseSourceRecords } from "@rapport/source-kit";
 * import * as z from "zod";
 *
 * const collector = createImportCollector("zendesk");
 * const tickets = parseSourceRecords("ticket", [{ id: 1, status: "open" }, { id: 2 }], z.object({ id: z.number(), status: z.string() }), collector);
 * tickets.length; // 1; ticket 2 is rejected: "status: …"
 * ```
 */
export function parseSourceRecords<Schema extends z.ZodType>(
  entity: string,
  raws: readonly unknown[] | undefined,
  schema: Schema,
  collector: ImportCollector,
  note?: string,
): z.output<Schema>[] {
  return parseRecordsKnowing(entity, raws, undefined, schema, collector, note);
}

/** What the split knows of some raw records, by their index (see `SplitSink.add`). */
export type KnownFields = readonly (Readonly<Record<string, unknown>> | undefined)[];

/**
 * {@link parseSourceRecords}, each record read as if it had the fields `knowns` gives it at its
 * index, over its own; internal to the kit.
 */
export function parseRecordsKnowing<Schema extends z.ZodType>(
  entity: string,
  raws: readonly unknown[] | undefined,
  knowns: KnownFields | undefined,
  schema: Schema,
  collector: ImportCollector,
  note?: string,
): z.output<Schema>[] {
  const parsed: z.output<Schema>[] = [];
  if (raws === undefined) return parsed;
  const check = precompiledCheckOf<z.output<Schema>>(schema);
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index];
    const known = typeof raw === "object" && raw !== null ? knowns?.[index] : undefined;
    if (check !== undefined) {
      let fast: z.output<Schema> | undefined;
      try {
        fast = check(raw);
      } catch {
        fast = undefined;
      }
      if (fast !== undefined) {
        // The check accepted the record's own fields; the known ones are valid by the split.
        if (known !== undefined) Object.assign(fast as object, known);
        parsed.push(fast);
        continue;
      }
    }
    let result: z.ZodSafeParseResult<z.output<Schema>>;
    try {
      result = schema.safeParse(known === undefined ? raw : { ...(raw as object), ...known });
    } catch (error) {
      collector.reject(
        entity,
        sourceIdOf(raw),
        "(root)",
        `unexpected error while parsing the record: ${String(error)}`,
      );
      continue;
    }
    if (result.success) parsed.push(result.data);
    else {
      const { field, reason } = zodRecordIssue(result.error);
      collector.reject(entity, sourceIdOf(raw), field, note ? `${reason} (${note})` : reason);
    }
  }
  return parsed;
}

/**
 * The reason given for a record dated after the import's `asOf`: a clock or data error.
 *
 * @example
 * ```ts
 * import { afterAsOfReason } from "@rapport/source-kit";
 * afterAsOfReason(new Date("2030-01-01T00:00:00Z"), new Date("2026-01-01T00:00:00Z"));
 * // "expected a time not after asOf (2026-01-01T00:00:00.000Z), received 2030-01-01T00:00:00.000Z"
 * ```
 */
export function afterAsOfReason(at: Date, asOf: Date): string {
  return `expected a time not after asOf (${asOf.toISOString()}), received ${at.toISOString()}`;
}
