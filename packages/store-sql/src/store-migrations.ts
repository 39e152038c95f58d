import { STORE_ENTITIES } from "@rapport/store";
import { type Kysely, type Migration, sql } from "kysely";
import { SQL_TABLES, type SqlDialectName } from "./sql-tables";

/**
 * The schema migrations of the SQL store, as code (no migration files to ship): one table
 * per repository with indexes for the queries the store runs (by customer and time, by time,
 * and a covering index for score histograms). Ids compare byte-wise in both dialects
 * (`COLLATE "C"` in PostgreSQL), so pages come in the same order everywhere. The second
 * migration adds `data_keys` (each customer's data key, wrapped by the master key) and
 * `suppressions` (suppression records under a hash of the customer id).
 *
 * @example
 * ```ts
 * import { storeMigrations } from "@rapport/store-sql";
 * Object.keys(storeMigrations("sqlite")); // ["0001_care_store", "0002_personal_data_keys"]
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
            create = create
              .addColumn("kind", "text", (c) => c.notNull())
              .addColumn("scale", "text", (c) => c.notNull())
              .addColumn("score", "text", (c) => c.notNull())
              .addColumn("channel", textType)
              .addColumn("agent_id", textType)
              .addColumn("team_id", textType)
              .addColumn("survey_id", textType);
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
    "0002_personal_data_keys": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("data_keys")
          .addColumn("customer_id", idType, (c) => c.primaryKey())
          .addColumn("wrapped", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("suppressions")
          .addColumn("key", textType, (c) => c.primaryKey())
          .addColumn("data", "text", (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable("suppressions").execute();
        await db.schema.dropTable("data_keys").execute();
      },
    },
  };
}
