// scoreCounts over 1,000,000 survey responses in a SQLite file, against the bare SQL
// GROUP BY a hand-written query would run. The rows are generated inside SQLite (setup, not
// timed) with the store's own schema.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runAsyncSuite } from "../../../scripts/bench-harness-async.ts";
import { createSqliteStore } from "../src/index.ts";

const COUNT = 1_000_000;
const dir = mkdtempSync(join(tmpdir(), "rapport-bench-"));
const filename = join(dir, "care.db");
const store = await createSqliteStore({ filename });
const raw = new Database(filename);
const start = Date.parse("2024-01-01T00:00:00Z");
raw.exec(`
  insert into survey_responses (tenant, id, customer_id, at_ms, data, kind, scale, score, channel, agent_id, team_id, survey_id)
  with recursive seq(i) as (select 0 union all select i + 1 from seq where i < ${COUNT - 1})
  select 'acme', printf('r%08d', i), 'c' || (i % 50000), ${start} + (i * 7919993) % ${366 * 86_400_000},
         json_object('id', printf('r%08d', i)), 'nps', 'zero_to_ten', cast((i * 7) % 11 as text),
         case when i % 3 = 0 then 'email' else 'chat' end, null, 'team-' || (i % 5), null
  from seq;
  analyze;
`);
const bare = raw.prepare(
  "select scale, score, count(*) as n from survey_responses where tenant = 'acme' and kind = 'nps' group by scale, score",
);
const bareMonthly = raw.prepare(
  "select team_id, strftime('%Y-%m', at_ms / 1000, 'unixepoch') as month, scale, score, count(*) as n from survey_responses where tenant = 'acme' and kind = 'nps' group by 1, 2, 3, 4",
);
const check = await store.forTenant("acme").scoreCounts({ metric: "nps" });
if (check[0]?.n !== COUNT) throw new Error(`expected ${COUNT} responses, counted ${check[0]?.n}`);

const grouped = [
  {
    name: "bare SQL: GROUP BY team, UTC month (strftime), scale, score",
    run: () => bareMonthly.all(),
  },
  {
    name: "scoreCounts({ metric, groupBy: teamId, period: month, timeZone: Europe/Berlin })",
    run: () =>
      store.forTenant("acme").scoreCounts({
        metric: "nps",
        groupBy: "teamId",
        period: "month",
        timeZone: "Europe/Berlin",
      }),
  },
];
const task = (name: string, run: () => unknown) => ({ name, run });
// The grouped cases take several seconds each; RAPPORT_BENCH_FULL=1 adds them.
const full = process.env["RAPPORT_BENCH_FULL"] === "1";
await runAsyncSuite({
  title: `SQLite: score histograms over ${COUNT.toLocaleString("en")} NPS responses`,
  samples: 5,
  warmup: 1,
  target: { maxRatio: 2 },
  note: "Baseline: the bare GROUP BY scale, score a hand-written query would run on the same file, the floor for any histogram; the ratio is what the store adds (the tenant and kind filter through Kysely, and for months the zone's calendar bucketing by a CASE tree of period starts).",
  baseline: task("bare SQL: GROUP BY scale, score", () => bare.all()),
  cases: [
    task("scoreCounts({ metric })", () => store.forTenant("acme").scoreCounts({ metric: "nps" })),
    task("scoreCounts({ metric, period: month, timeZone: Europe/Berlin })", () =>
      store
        .forTenant("acme")
        .scoreCounts({ metric: "nps", period: "month", timeZone: "Europe/Berlin" }),
    ),
    ...(full ? [grouped[0]!, grouped[1]!] : []),
  ],
});
raw.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
