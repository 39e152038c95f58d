import { safeParseCase, safeParseSurveyResponse } from "@rapport/core";
import { createImportCollector } from "@rapport/source-kit";
import {
  resolveLayout,
  type WarehouseLayout,
  type WarehouseLayoutInput,
} from "@rapport/sql-metrics";
import { type Kysely, PostgresDialect, type RawBuilder, sql } from "kysely";
import type { ImportedFile } from "./read-exports";

/**
 * Where `rapport report --from` reads: `duckdb:<file>` or a PostgreSQL URI.
 *
 * @example
 * ```ts
 * import { parseWarehouseUrl } from "@rapport/cli";
 * parseWarehouseUrl("duckdb:care.duckdb"); // { engine: "duckdb", target: "care.duckdb" }
 * ```
 */
export function parseWarehouseUrl(from: string): { engine: "duckdb" | "postgres"; target: string } {
  if (/^duckdb:.+/.test(from)) return { engine: "duckdb", target: from.slice("duckdb:".length) };
  if (/^postgres(ql)?:\/\/.+/.test(from)) return { engine: "postgres", target: from };
  throw new RangeError(
    `--from: expected duckdb:<file> or postgres://user:password@host:5432/database, received "${from}"`,
  );
}

/** A URI without its password, for the report's list of inputs. */
function displayName(from: string): string {
  return from.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, "$1:***@");
}

async function open(from: string): Promise<Kysely<never>> {
  const { engine, target } = parseWarehouseUrl(from);
  const { Kysely } = await import("kysely");
  if (engine === "duckdb") {
    // Loaded only when asked for: DuckDB's binary is an optional dependency of the CLI.
    const [{ DuckDBInstance }, { DuckDbDialect }] = await Promise.all([
      import("@duckdb/node-api"),
      import("@rapport/store-duckdb"),
    ]).catch((error: unknown) => {
      throw new Error(
        `--from duckdb: needs the optional packages @rapport/store-duckdb and @duckdb/node-api (npm install @rapport/store-duckdb): ${String(error)}`,
      );
    });
    const instance = await DuckDBInstance.create(target, { access_mode: "READ_ONLY" });
    const connection = await instance.connect();
    return new Kysely<never>({
      dialect: new DuckDbDialect({
        connection,
        onDestroy: () => {
          connection.closeSync();
          instance.closeSync();
        },
      }),
    });
  }
  const { default: pg } = await import("pg").catch((error: unknown) => {
    const code = (error as { code?: unknown }).code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw error;
    throw new Error("--from postgres: needs pg: npm install pg", { cause: error });
  });
  return new Kysely<never>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target, max: 2 }) }),
  });
}

const toMs = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  return Number(value);
};
const iso = (value: unknown): string | undefined => {
  const ms = toMs(value);
  return ms === null ? undefined : new Date(ms).toISOString();
};
const text = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : String(value);

function select(
  columns: Record<string, string>,
  table: string,
  tenant: string | null,
): RawBuilder<Record<string, unknown>> {
  const list = sql.join(
    Object.entries(columns).map(([as, column]) => sql`${sql.ref(column)} as ${sql.id(as)}`),
  );
  const where = tenant === null ? sql`` : sql` where ${sql.ref("tenant")} = ${tenant}`;
  return sql<Record<string, unknown>>`select ${list} from ${sql.table(table)}${where}`;
}

async function responses(db: Kysely<never>, layout: WarehouseLayout, tenant: string | null) {
  const l = layout.surveyResponses;
  const { table, timeUnit: _unit, ...columns } = l;
  const rows = await select(columns, table, tenant).execute(db);
  return rows.rows.map((row) => ({
    id: text(row["id"]),
    customerId: text(row["customerId"]),
    kind: text(row["kind"]),
    scale: text(row["scale"]),
    score: row["scale"] === "binary" ? text(row["score"]) : Number(row["score"]),
    respondedAt: iso(row["respondedAt"]),
    agentId: text(row["agentId"]),
    teamId: text(row["teamId"]),
    channel: text(row["channel"]),
    surveyId: text(row["surveyId"]),
    caseId: text(row["caseId"]),
  }));
}

async function cases(db: Kysely<never>, layout: WarehouseLayout, tenant: string | null) {
  const { table, timeUnit: _unit, ...columns } = layout.cases;
  const rows = await select(columns, table, tenant).execute(db);
  return rows.rows.map((row) => ({
    id: text(row["id"]),
    customerId: text(row["customerId"]),
    status: text(row["status"]),
    channel: text(row["channel"]),
    assigneeId: text(row["assigneeId"]),
    teamId: text(row["teamId"]),
    createdAt: iso(row["createdAt"]),
    firstReplyAt: iso(row["firstReplyAt"]),
    solvedAt: iso(row["solvedAt"]),
    closedAt: iso(row["closedAt"]),
    reopenCount: Number(row["reopenCount"] ?? 0),
  }));
}

/** Drops the fields a row left NULL, as an export would leave them out. */
const defined = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

/**
 * Reads the survey responses and cases of a warehouse laid out as `docs/warehouse.md`
 * documents (or as `layout` maps it), for `rapport report --from`. Every row is parsed by
 * core like any export: rows that fail are reported with their field and reason, never
 * dropped silently. The DuckDB file is opened read-only; DuckDB and PostgreSQL drivers are
 * loaded only when used. With `tenant`, only that tenant's rows are read (the Rapport stores'
 * `tenant` column). A table that does not exist is an error naming it.
 *
 * @example
 * ```ts
 * import { readWarehouse } from "@rapport/cli";
 * const file = await readWarehouse("duckdb:care.duckdb", { layout: { cases: { table: "tickets" } } });
 * file.result.surveyResponses.length;
 * ```
 */
export async function readWarehouse(
  from: string,
  options: { readonly layout?: WarehouseLayoutInput; readonly tenant?: string | null } = {},
): Promise<ImportedFile> {
  const layout = resolveLayout(options.layout ?? {});
  const tenant = options.tenant ?? null;
  const db = await open(from);
  try {
    const collector = createImportCollector("warehouse");
    for (const json of await responses(db, layout, tenant)) {
      collector.add(
        "surveyResponses",
        "surveyResponse",
        json.id ?? "(no id)",
        safeParseSurveyResponse(defined(json)),
      );
    }
    for (const json of await cases(db, layout, tenant)) {
      collector.add("cases", "case", json.id ?? "(no id)", safeParseCase(defined(json)));
    }
    return {
      file: displayName(from),
      files: [displayName(from)],
      source: "warehouse",
      result: collector.result(),
    };
  } finally {
    await db.destroy();
  }
}
