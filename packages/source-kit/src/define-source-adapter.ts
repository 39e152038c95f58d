import type * as z from "zod";
import { checkedCollector } from "./checked-collector";
import type { Lookup } from "./define-lookup";
import { createImportCollector } from "./import-collector";
import type { ImportResult } from "./import-report";
import { requireAsOf } from "./require-as-of";
import type {
  JoinContext,
  MapContext,
  ParsedRecords,
  SourceImportOptions,
  SplitSink,
} from "./source-adapter-context";
import { parseRecordsKnowing, parseSourceRecords, sourceIdOf } from "./source-records";

/**
 * The declarative definition of a source adapter, for {@link defineSourceAdapter}:
 * - `system`: the source system, the prefix of every id (`zendesk:35436`);
 * - `recognise(input)`: whether an input looks like this platform's (the CLI asks each adapter);
 * - `split(input, sink)`: the input's raw records by entity (and what is no record, reported);
 * - `schemas`: the platform's payload schema of each entity (zod, lenient to unknown fields),
 *   or a function that builds them on first use; records are parsed in this order, and the
 *   ones that do not parse are rejected with the field and the reason;
 * - `lookups`: the code tables of the platform (see {@link defineLookup});
 * - `state()`: a fresh state for each import, for the joins to fill and the mappers to read;
 * - `joins`: per entity, what is truly source-specific, run just before that entity's records
 *   are mapped (index audits by ticket, parse conversations embedded in tickets…);
 * - `map`: per entity, in the order to map them, the mapper of one parsed record. Each record
 *   is guarded: a throw rejects that record with the error, and so does returning without
 *   an outcome. Nothing is ever unreported.
 *
 * @example
 * ```ts
 * import type { SourceAdapterDefinition } from "@rapport/source-kit";
 * type Definition = SourceAdapterDefinition<Record<string, import("zod").ZodType>>;
 * ```
 */
export interface SourceAdapterDefinition<
  Schemas extends Record<string, z.ZodType>,
  Options extends SourceImportOptions = SourceImportOptions,
  State = undefined,
> {
  /** The source system: `"zendesk"`. */
  readonly system: string;
  /** The importer's name, for messages; `import` and the system capitalised by default. */
  readonly caller?: string;
  /** Whether an input looks like this platform's payload. */
  recognise(input: unknown): boolean;
  /** Splits the input into raw records by entity, reporting what is no record. */
  split(input: unknown, sink: SplitSink<keyof Schemas & string>): void;
  /** The payload schema of each entity, or a function that builds them on first use. */
  readonly schemas: Schemas | (() => Schemas);
  /** The platform's code tables. */
  readonly lookups?: Readonly<Record<string, Lookup<unknown>>>;
  /** A fresh state for each import. */
  state?(options: Options): State;
  /** Source-specific joins, by the entity they run before. */
  readonly joins?: {
    readonly [Entity in keyof Schemas]?: (
      records: ParsedRecords<Schemas>,
      context: JoinContext<Schemas, Options, State>,
    ) => void;
  };
  /** The mapper of one parsed record, by entity, in the order to map them. */
  readonly map: {
    readonly [Entity in keyof Schemas]: (
      record: z.output<Schemas[Entity]>,
      context: MapContext<Options, State>,
    ) => void;
  };
}

/**
 * A source adapter, made by {@link defineSourceAdapter}.
 *
 * @example
 * ```ts
 * import type { SourceAdapter } from "@rapport/source-kit";
 * const first = (adapters: readonly SourceAdapter[], input: unknown) =>
 *   adapters.find((adapter) => adapter.recognise(input))?.system;
 * ```
 */
export interface SourceAdapter<Options extends SourceImportOptions = SourceImportOptions> {
  /** The source system: `"zendesk"`. */
  readonly system: string;
  /** The platform's code tables. */
  readonly lookups: Readonly<Record<string, Lookup<unknown>>>;
  /** Whether an input looks like this platform's payload; never throws. */
  recognise(input: unknown): boolean;
  /**
   * Imports a payload: every input record accepted, rejected (field and reason), a duplicate
   * or ignored (reason). Throws only on a bad `options.asOf` (`TypeError`, `RangeError`).
   */
  import(input: unknown, options: Options): ImportResult;
}

/**
 * Defines a source adapter from its parts (see {@link SourceAdapterDefinition}): the kit splits
 * the input, parses each record with its schema, runs the joins and maps each record, guarding
 * every one, so that an adapter is one folder of small files with no scaffolding of its own.
 *
 * @param definition - The system, `recognise`, `split`, `schemas`, `lookups`, `state`, `joins`
 *   and `map`.
 * @returns The {@link SourceAdapter}.
 *
 * @example
 * ```ts
 * import { safeParseTeam } from "@rapport/core";
 * import { defineSourceAdapter } from "@rapport/source-kit";
 * import * as z from "zod";
 *
 * const example = defineSourceAdapter({
 *   system: "example",
 *   recognise: (input) => typeof input === "object" && input !== null && "groups" in input,
 *   split(input, sink) {
 *     for (const raw of (input as { groups?: unknown[] }).groups ?? []) sink.add("group", raw);
 *   },
 *   schemas: { group: z.object({ id: z.coerce.string(), name: z.string() }) },
 *   map: {
 *     group(group, { out, id, ref }) {
 *       out.add("teams", "group", group.id, safeParseTeam({ id: id(group.id), name: group.name, externalIds: [ref(group.id)] }));
 *     },
 *   },
 * });
 * const { teams, report } = example.import({ groups: [{ id: 1, name: "Level 1" }, { id: 2 }] }, { asOf: new Date("2024-06-01T00:00:00Z") });
 * teams.length; // 1
 * report.rejected; // 1: group 2 has no name
 * ```
 */
export function defineSourceAdapter<
  Schemas extends Record<string, z.ZodType>,
  Options extends SourceImportOptions = SourceImportOptions,
  State = undefined,
>(definition: SourceAdapterDefinition<Schemas, Options, State>): SourceAdapter<Options> {
  const { system, map } = definition;
  const joins: NonNullable<typeof definition.joins> = definition.joins ?? {};
  const caller = definition.caller ?? `import${system.charAt(0).toUpperCase()}${system.slice(1)}`;
  let built: Schemas | undefined;
  const schemas = () => {
    built ??=
      typeof definition.schemas === "function"
        ? (definition.schemas as () => Schemas)()
        : definition.schemas;
    return built;
  };
  const order = Object.keys(map) as (keyof Schemas & string)[];

  return {
    system,
    lookups: Object.freeze({ ...definition.lookups }),
    recognise(input) {
      try {
        return definition.recognise(input) === true;
      } catch {
        return false;
      }
    },
    import(input, options) {
      const asOf = requireAsOf(caller, options?.asOf);
      const collector = createImportCollector(system);
      const checked = checkedCollector(collector, asOf);
      const raws = new Map<string, unknown[]>();
      const knowns = new Map<string, (Readonly<Record<string, unknown>> | undefined)[]>();
      try {
        definition.split(input, {
          add(entity, raw, known) {
            let list = raws.get(entity);
            if (list === undefined) {
              list = [];
              raws.set(entity, list);
            }
            if (known !== undefined) {
              let fields = knowns.get(entity);
              if (fields === undefined) {
                fields = [];
                knowns.set(entity, fields);
              }
              fields[list.length] = known;
            }
            list.push(raw);
          },
          reject: collector.reject,
          ignore: collector.ignore,
        });
      } catch (error) {
        collector.reject("payload", null, "(root)", `unexpected error: ${String(error)}`);
        return collector.result();
      }
      const all = schemas();
      const records = {} as ParsedRecords<Schemas>;
      for (const entity of Object.keys(all) as (keyof Schemas & string)[]) {
        records[entity] = parseRecordsKnowing(
          entity,
          raws.get(entity),
          knowns.get(entity),
          all[entity]!,
          collector,
        );
      }
      // Maps one record so that it always ends with an outcome (see guardRecord): a throw or
      // a return without one rejects that record alone, and the import goes on.
      function mapGuarded<Item, Context>(
        entity: string,
        sourceId: string | null,
        mapItem: (item: Item, context: Context) => void,
        item: Item,
        mapContext?: Context,
      ): void {
        checked.track(entity, sourceId);
        try {
          mapItem(item, mapContext as Context);
          if (!checked.touched()) {
            collector.reject(entity, sourceId, "(root)", "the adapter gave this record no outcome");
          }
        } catch (error) {
          collector.reject(
            entity,
            sourceId,
            "(root)",
            `unexpected error while mapping the record: ${String(error)}`,
          );
        }
        checked.restore();
      }
      const context: JoinContext<Schemas, Options, State> = {
        system,
        asOf,
        options,
        state: definition.state ? definition.state(options) : (undefined as State),
        out: checked.out,
        id: (sourceId) => `${system}:${sourceId}`,
        ref: (sourceId) => ({ system, id: sourceId }),
        each(entity, items, mapItem) {
          // Per item: no closure, the same guard as the records' below.
          for (let index = 0; index < items.length; index++) {
            const item = items[index]!;
            mapGuarded(entity, item.id, mapItem, item);
          }
        },
        raws: (entity) => raws.get(entity) ?? [],
        parse(entity, raw, note) {
          return parseSourceRecords(entity, [raw], all[entity]!, collector, note)[0];
        },
      };
      for (const entity of Object.keys(joins) as (keyof Schemas & string)[]) {
        if (!Object.hasOwn(map, entity)) runJoin(entity);
      }
      function runJoin(entity: keyof Schemas & string) {
        const join = joins[entity];
        if (!join) return;
        try {
          join(records, context);
        } catch (error) {
          collector.reject(
            entity,
            null,
            "(root)",
            `unexpected error while joining: ${String(error)}`,
          );
        }
      }
      for (const entity of order) {
        runJoin(entity);
        const mapper = map[entity];
        const list = records[entity] ?? [];
        // Per record: no closure, the same guard as guardRecord's (a throw or no outcome
        // rejects the record alone).
        for (let index = 0; index < list.length; index++) {
          const record = list[index]!;
          mapGuarded(entity, sourceIdOf(record), mapper, record, context);
        }
      }
      return collector.result();
    },
  };
}
