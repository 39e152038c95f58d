// Loading N survey responses (RAPPORT_BENCH_ROWS, default "100000,1000000") into an empty
// in-memory DuckDB store through the store port (`upsertAll`: validation, JSON, the appender
// into a staging table, one INSERT … SELECT … ON CONFLICT per 50,000 records, one transaction
// each), against DuckDB's own bulk path for the same rows: `read_json` of a JSON-lines file
// holding the rows as the store would write them, inserted into the same table, with the
// same key and indexes. Fresh store per run; alternated rounds (fewer at 10^6: each run takes
// a minute).
//
// bench-processes: 1 (at 10^6 rows each run takes a minute, so three processes would take most of an hour)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { type AsyncBenchTask, runAsyncSuite } from "../../../scripts/bench-harness-async.ts";
import { npsResponses } from "../../store-sql/bench/responses.ts";
import { createDuckDbStore, type DuckDbCareStore } from "../src/index.ts";

const sizes = (process.env["RAPPORT_BENCH_ROWS"] ?? "100000,1000000").split(",").map(Number);
const CHUNK = 50_000;
const dir = mkdtempSync(join(tmpdir(), "rapport-load-"));

async function freshStore(): Promise<DuckDbCareStore> {
  return createDuckDbStore({ settings: { threads: "2" } });
}

async function checkAndClose(store: DuckDbCareStore, rows: number): Promise<void> {
  const [count] = (
    await sql<{ n: number }>`select count(*) as n from survey_responses`.execute(store.kysely)
  ).rows;
  if (Number(count?.n) !== rows) throw new Error(`expected ${rows} rows, found ${count?.n}`);
  await store.close();
}

for (const rows of sizes) {
  const responses = npsResponses(0, rows);
  // The rows as the store writes them (the JSON of each record in `data`), for read_json.
  const file = join(dir, `responses-${rows}.jsonl`);
  writeFileSync(
    file,
    responses
      .map((r) =>
        JSON.stringify({
          tenant: "bench",
          id: r.id,
          customer_id: r.customerId,
          at_ms: r.respondedAt.getTime(),
          updated_ms: null,
          data: JSON.stringify(r),
          kind: r.kind,
          scale: r.scale,
          score: String(r.score),
          channel: r.channel ?? null,
          agent_id: r.agentId ?? null,
          team_id: r.teamId ?? null,
          survey_id: r.surveyId ?? null,
        }),
      )
      .join("\n"),
  );
  const tasks: AsyncBenchTask<DuckDbCareStore>[] = [
    {
      name: "DuckDB's read_json of the same rows into the same table (INSERT … SELECT)",
      run: async (store: DuckDbCareStore) => {
        await sql`insert into survey_responses
          (tenant, id, customer_id, at_ms, updated_ms, data, kind, scale, score, channel, agent_id, team_id, survey_id)
          select tenant, id, customer_id, at_ms, updated_ms, data, kind, scale, score, channel, agent_id, team_id, survey_id
          from read_json(${sql.lit(file)}, format = 'newline_delimited', columns = {
            tenant: 'VARCHAR', id: 'VARCHAR', customer_id: 'VARCHAR', at_ms: 'BIGINT',
            updated_ms: 'BIGINT', data: 'VARCHAR', kind: 'VARCHAR', scale: 'VARCHAR',
            score: 'VARCHAR', channel: 'VARCHAR', agent_id: 'VARCHAR', team_id: 'VARCHAR',
            survey_id: 'VARCHAR'})`.execute(store.kysely);
      },
    },
    {
      name: `store.upsertAll, ${CHUNK.toLocaleString("en")} records a call`,
      run: async (store: DuckDbCareStore) => {
        const tenant = store.forTenant("bench");
        for (let i = 0; i < rows; i += CHUNK) {
          await tenant.upsertAll({ surveyResponses: responses.slice(i, i + CHUNK) });
        }
      },
    },
  ];
  // A fresh store before each run and the row count checked after it, both untimed.
  const fresh = {
    setup: freshStore,
    teardown: (store: DuckDbCareStore) => checkAndClose(store, rows),
  };
  const [baseline, ...cases] = tasks.map((task) => ({ ...task, ...fresh }));
  await runAsyncSuite({
    title: `Load ${rows.toLocaleString("en")} survey responses into an empty DuckDB store (2 threads, in memory)`,
    samples: rows > 200_000 ? 5 : 7,
    warmup: 0,
    note: "The baseline is DuckDB's own bulk load of the same rows into the same table; the store also validates each record, writes its JSON and checks versions on conflict.",
    baseline: baseline!,
    cases,
  });
}
rmSync(dir, { recursive: true, force: true });
