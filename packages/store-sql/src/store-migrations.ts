import { STORE_ENTITIES } from "@rapport/store";
import { type Kysely, type Migration, sql } from "kysely";
import { SQL_TABLES, type SqlDialectName } from "./sql-tables";

type Column = [name: string, type: ReturnType<typeof sql>, notNull: boolean];

function surveyColumns(textType: ReturnType<typeof sql>): Column[] {
  return [
    ["kind", sql`text`, true],
    ["scale", sql`text`, true],
    ["score", sql`text`, true],
    ["channel", textType, false],
    ["agent_id", textType, false],
    ["team_id", textType, false],
    ["survey_id", textType, false],
  ];
}

/**
 * The schema migrations of the SQL store, as code (no migration files to ship). The first
 * made one table per repository; the second (`0002_tenancy`) puts every row in a tenant: a
 * `tenant` column leads every primary key and index, so one tenant's queries never touch
 * another's rows, and rows stored before it belong to `DEFAULT_TENANT` (`"default"`). It also
 * adds `updated_ms` (a record's version, see `recordVersion`; `null` for rows migrated) and
 * the `deliveries` table (the delivery ids each tenant has applied). Ids compare byte-wise in
 * every dialect (`COLLATE "C"` in PostgreSQL; DuckDB and SQLite compare bytes by default), so
 * pages come in the same order everywhere.
 * The third adds `data_keys` (each customer's data key per tenant, wrapped by the master key)
 * and `suppressions` (suppression records under a hash of the customer id). The fourth
 * adds `data_subject_requests` to a database made before that entity.
 *
 * @example
 * ```ts
 * import { storeMigrations } from "@rapport/store-sql";
 * Object.keys(storeMigrations("sqlite")); // ["0001_care_store", "0002_tenancy", "0003_personal_data_keys", "0004_data_subject_requests"]
 * ```
 */
export function storeMigrations(dialect: SqlDialectName): Record<string, Migration> {
  const idType = dialect === "postgres" ? sql`text collate "C"` : sql`text`;
  const textType = dialect === "postgres" ? sql`text collate "C"` : sql`text`;
  return {
    "0001_care_store": {
      async up(db: Kysely<unknown>) {
        for (const entity of STORE_ENTITIES) {
          const table = SQL_TABLES[entity];
          let create = db.schema
            .createTable(table)
            .addColumn("id", idType, (c) => c.primaryKey())
            .addColumn("customer_id", idType, (c) => c.notNull())
            .addColumn("at_ms", "bigint", (c) => c.notNull())
            .addColumn("data", "text", (c) => c.notNull());
          if (entity === "surveyResponses") {
            for (const [name, type, notNull] of surveyColumns(textType)) {
              create = create.addColumn(name, type, (c) => (notNull ? c.notNull() : c));
            }
          }
          await create.execute();
          await db.schema
            .createIndex(`${table}_by_customer`)
            .on(table)
            .columns(["customer_id", "at_ms", "id"])
            .execute();
          await db.schema
            .createIndex(`${table}_by_time`)
            .on(table)
            .columns(["at_ms", "id"])
            .execute();
        }
        await db.schema
          .createIndex("survey_responses_scores")
          .on("survey_responses")
          .columns(["kind", "at_ms", "scale", "score"])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        for (const entity of STORE_ENTITIES)
          await db.schema.dropTable(SQL_TABLES[entity]).execute();
      },
    },
    "0002_tenancy": {
      async up(db: Kysely<unknown>) {
        await db.schema.dropIndex("survey_responses_scores").execute();
        for (const entity of STORE_ENTITIES) {
          const table = SQL_TABLES[entity];
          const old = `${table}_v1`;
          await db.schema.dropIndex(`${table}_by_customer`).execute();
          await db.schema.dropIndex(`${table}_by_time`).execute();
          await db.schema.alterTable(table).renameTo(old).execute();
          const extra = entity === "surveyResponses" ? surveyColumns(textType) : [];
          let create = db.schema
            .createTable(table)
            .addColumn("tenant", idType, (c) => c.notNull())
            .addColumn("id", idType, (c) => c.notNull())
            .addColumn("customer_id", idType, (c) => c.notNull())
            .addColumn("at_ms", "bigint", (c) => c.notNull())
            .addColumn("updated_ms", "bigint")
            .addColumn("data", "text", (c) => c.notNull());
          for (const [name, type, notNull] of extra) {
            create = create.addColumn(name, type, (c) => (notNull ? c.notNull() : c));
          }
          await create.addPrimaryKeyConstraint(`${table}_pk`, ["tenant", "id"]).execute();
          const columns = ["id", "customer_id", "at_ms", "data", ...extra.map(([name]) => name)];
          const list = sql.join(columns.map((c) => sql.ref(c)));
          await sql`insert into ${sql.table(table)} (tenant, ${list})
            select 'default', ${list} from ${sql.table(old)}`.execute(db);
          await db.schema.dropTable(old).execute();
          await db.schema
            .createIndex(`${table}_by_customer`)
            .on(table)
            .columns(["tenant", "customer_id", "at_ms", "id"])
            .execute();
          await db.schema
            .createIndex(`${table}_by_time`)
            .on(table)
            .columns(["tenant", "at_ms", "id"])
            .execute();
        }
        await db.schema
          .createIndex("survey_responses_scores")
          .on("survey_responses")
          .columns(["tenant", "kind", "at_ms", "scale", "score"])
          .execute();
        await db.schema
          .createTable("deliveries")
          .addColumn("tenant", idType, (c) => c.notNull())
          .addColumn("id", idType, (c) => c.notNull())
          .addPrimaryKeyConstraint("deliveries_pk", ["tenant", "id"])
          .execute();
      },
    },
    "0003_personal_data_keys": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("data_keys")
          .addColumn("tenant", idType, (c) => c.notNull())
          .addColumn("customer_id", idType, (c) => c.notNull())
          .addColumn("wrapped", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("data_keys_pk", ["tenant", "customer_id"])
          .execute();
        await db.schema
          .createTable("suppressions")
          .addColumn("tenant", idType, (c) => c.notNull())
          .addColumn("key", textType, (c) => c.notNull())
          .addColumn("data", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("suppressions_pk", ["tenant", "key"])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable("suppressions").execute();
        await db.schema.dropTable("data_keys").execute();
      },
    },
    "0004_data_subject_requests": {
      // A database made before data-subject requests existed lacks their table. On a new
      // database the migrations above already made it (they create a table per store entity,
      // and the entity list now holds it), hence "if not exists"; the shape is 0002's.
      async up(db: Kysely<unknown>) {
        const table = SQL_TABLES.dataSubjectRequests;
        await db.schema
          .createTable(table)
          .ifNotExists()
          .addColumn("tenant", idType, (c) => c.notNull())
          .addColumn("id", idType, (c) => c.notNull())
          .addColumn("customer_id", idType, (c) => c.notNull())
          .addColumn("at_ms", "bigint", (c) => c.notNull())
          .addColumn("updated_ms", "bigint")
          .addColumn("data", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint(`${table}_pk`, ["tenant", "id"])
          .execute();
        await db.schema
          .createIndex(`${table}_by_customer`)
          .ifNotExists()
          .on(table)
          .columns(["tenant", "customer_id", "at_ms", "id"])
          .execute();
        await db.schema
          .createIndex(`${table}_by_time`)
          .ifNotExists()
          .on(table)
          .columns(["tenant", "at_ms", "id"])
          .execute();
      },
    },
  };
}
