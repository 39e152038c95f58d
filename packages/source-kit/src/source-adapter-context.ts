import type * as z from "zod";
import type { ImportCollector } from "./import-collector";

/**
 * The options every import takes: the moment of the import. Records dated after it are
 * rejected (a clock or data error), so that an import is reproducible.
 *
 * @example
 * ```ts
 * import type { SourceImportOptions } from "@rapport/source-kit";
 * const options: SourceImportOptions = { asOf: new Date("2024-06-01T00:00:00Z") };
 * ```
 */
export interface SourceImportOptions {
  /** The moment of the import. */
  readonly asOf: Date;
}

/**
 * Where a definition's `split` puts what it finds in the input: each raw record under its
 * entity, and the parts of the input that are no record, rejected or ignored with the reason.
 *
 * @example
 * ```ts
 * import type { SplitSink } from "@rapport/source-kit";
 * const split = (input: unknown, sink: SplitSink<"group">) => {
 *   for (const raw of (input as { groups?: unknown[] }).groups ?? []) sink.add("group", raw);
 * };
 * ```
 */
export interface SplitSink<Entity extends string> {
  /**
   * Adds a raw record of an entity, to be parsed with that entity's schema and mapped.
   * `known` holds what the split knows of the record that the record does not say (the
   * conversation a thread was found in): the record is parsed as if it had those fields, over
   * its own, without a copy of the record.
   */
  add(entity: Entity, raw: unknown, known?: Readonly<Record<string, unknown>>): void;
  /** Reports a part of the input that cannot be read (a page that is no object…). */
  reject(entity: string, sourceId: string | null, field: string, reason: string): void;
  /** Reports a part of the input deliberately left out (a list the adapter does not import). */
  ignore(entity: string, sourceId: string | null, reason: string): void;
}

/**
 * The parsed records of one import, by entity: what the joins read and may reorder or extend.
 *
 * @example
 * ```ts
 * import type { ParsedRecords } from "@rapport/source-kit";
 * import type * as z from "zod";
 * type Records = ParsedRecords<{ ticket: z.ZodType<{ id: string }> }>; // { ticket: { id: string }[] }
 * ```
 */
export type ParsedRecords<Schemas extends Record<string, z.ZodType>> = {
  [Entity in keyof Schemas]: z.output<Schemas[Entity]>[];
};

/**
 * What a join or a mapper of a definition is given: the moment and options of the import, the
 * import's own state (from the definition's `state`), and `out`, the collector to report to.
 * `out` checks every date of an accepted record against `asOf` and rejects a record dated
 * after it, naming the field (`updatedAt`, `statusHistory[1].at`…).
 *
 * @example
 * ```ts
 * import type { MapContext } from "@rapport/source-kit";
 * const caseId = (context: MapContext, id: string) => context.id(id); // "zendesk:35436"
 * ```
 */
export interface MapContext<
  Options extends SourceImportOptions = SourceImportOptions,
  State = undefined,
> {
  /** The source system: `"zendesk"`. */
  readonly system: string;
  /** `options.asOf`, checked. */
  readonly asOf: Date;
  /** The options of the import, as given. */
  readonly options: Options;
  /** The import's own state, made by the definition's `state()` for each import. */
  readonly state: State;
  /** The collector to report outcomes to (dates checked against `asOf`). */
  readonly out: ImportCollector;
  /** A model id of the system: `id("35436")` is `"zendesk:35436"`. */
  id(sourceId: string): string;
  /** The reference to a record of the system: `{ system: "zendesk", id: "35436" }`. */
  ref(sourceId: string): { readonly system: string; readonly id: string };
  /**
   * Maps records found inside the current one (an Intercom conversation's parts), each
   * guarded as a record of its own: a throw or a missing outcome rejects that one record.
   */
  each<Item extends { readonly id: string }>(
    entity: string,
    items: readonly Item[],
    map: (item: Item) => void,
  ): void;
}

/**
 * What a join is given: a {@link MapContext}, and `parse` to parse raw records found inside
 * other records (Zendesk comments inside audits) with an entity's schema, rejecting the ones
 * that do not parse.
 *
 * @example
 * ```ts
 * import type { JoinContext } from "@rapport/source-kit";
 * type Schemas = { comment: import("zod").ZodType<{ id: string }> };
 * const embedded = (context: JoinContext<Schemas>, raw: unknown) => context.parse("comment", raw);
 * ```
 */
export interface JoinContext<
  Schemas extends Record<string, z.ZodType>,
  Options extends SourceImportOptions = SourceImportOptions,
  State = undefined,
> extends MapContext<Options, State> {
  /** The raw records of an entity as `split` found them, parsed or not. */
  raws(entity: keyof Schemas & string): readonly unknown[];
  /** Parses one raw record of an entity; `undefined` (and a rejection) when it does not parse. */
  parse<Entity extends keyof Schemas & string>(
    entity: Entity,
    raw: unknown,
    note?: string,
  ): z.output<Schemas[Entity]> | undefined;
}
