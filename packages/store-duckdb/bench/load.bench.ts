// Loading N survey responses (RAPPORT_BENCH_ROWS, default "100000,1000000") into an empty
// in-memory DuckDB store through the store port (`upsertAll`: validation, JSON, the appender
// into a staging table, one INSERT … SELECT … ON CONFLICT per 50,000 records, one transaction
// each), against DuckDB's own bulk path for the same rows: `read_json` of a JSON-lines file
// holding the rows as the store would write them, inserted into the same table, with the
// same key and indexes. Fresh store per run; alternated rounds (fewer at 10^6: each run takes
// a minute).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import { cpuNow, reportSuite, summarise } from "../../../scripts/bench-harness.ts";
import { npsResponses } from "../../store-sql/bench/responses.ts";
import { createDuckDbStore, type DuckDbCareStore } from "../src/index.ts";

const sizes = (process.env["RAPPORT_BENCH_ROWS"] ?? "100000,1000000").split(",").map(Number);
const CHUNK = 50_000;
const dir = mkdtempSync(join(tmpdir(), "rapport-load-"));

async function freshStore(): Promise<DuckDbCareStore> {
  return createDuckDbStore({ settings: { threads: "2" } });
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
  const tasks = [
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
  const rounds = rows > 200_000 ? 5 : 7;
  const times = tasks.map(() => [] as number[]);
  const cpuTimes = tasks.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      const store = await freshStore();
      const cpu = cpuNow();
      const start = performance.now();
      await tasks[index]!.run(store);
      times[index]!.push(performance.now() - start);
      cpuTimes[index]!.push(cpuNow() - cpu);
      const [count] = (
        await sql<{ n: number }>`select count(*) as n from survey_responses`.execute(store.kysely)
      ).rows;
      if (Number(count?.n) !== rows) throw new Error(`expected ${rows} rows, found ${count?.n}`);
      await store.close();
    }
  }
  reportSuite(
    summarise(
      {
        title: `Load ${rows.toLocaleString("en")} survey responses into an empty DuckDB store (2 threads, in memory)`,
        warmup: 0,
        note: "The baseline is DuckDB's own bulk load of the same rows into the same table; the store also validates each record, writes its JSON and checks versions on conflict.",
      },
      tasks.map((task) => task.name),
      times,
      cpuTimes,
    ),
  );
}
rmSync(dir, { recursive: true, force: true });
