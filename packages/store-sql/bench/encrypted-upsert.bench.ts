// What encryption of personal fields costs: a bulk upsert of 5,000 survey responses, each
// with a comment (a personal field) and 1,250 distinct customers (1,250 data keys to make),
// then reading them all back, on SQLite :memory:, with and without an encryptionKey.
import type { SurveyResponse } from "@rapport/core";
import { generateEncryptionKey } from "@rapport/store";
import { runAsyncSuite } from "../../../scripts/bench-harness-async.ts";
import { createSqliteStore, type SqlCareStore } from "../src/index.ts";
import { npsResponses } from "./responses.ts";

const COUNT = 5_000;
const responses = npsResponses(0, COUNT).map((r, i) => ({
  ...r,
  customerId: `c${i % 1_250}`,
  comment: `The printer in room ${i} caught fire again`,
})) as SurveyResponse[];

const roundTrip = async (root: SqlCareStore) => {
  const store = root.forTenant("bench");
  const report = await store.surveyResponses.upsert(responses);
  if (report.stored !== COUNT) throw new Error(`stored ${report.stored}`);
  let read = 0;
  for await (const page of store.surveyResponses.stream({ limit: 1000 })) read += page.length;
  if (read !== COUNT) throw new Error(`read ${read}`);
};

await runAsyncSuite({
  title: `SQLite: upsert and read back ${COUNT.toLocaleString("en")} survey responses with comments`,
  samples: 5,
  warmup: 1,
  target: { maxRatio: 4 },
  note: "Baseline: the same store without an encryptionKey, the same rows written and read back; the ratio is what sealing the personal fields (a data key made per customer, AES-GCM per record through Web Crypto) costs.",
  baseline: {
    name: "plain JSON (no encryptionKey)",
    setup: () => createSqliteStore({ filename: ":memory:" }),
    run: roundTrip,
    teardown: (store: SqlCareStore) => store.close(),
  },
  cases: [
    {
      name: "personal fields sealed (AES-GCM per record, a data key per customer)",
      setup: () =>
        createSqliteStore({ filename: ":memory:", encryptionKey: generateEncryptionKey() }),
      run: roundTrip,
      teardown: (store: SqlCareStore) => store.close(),
    },
  ],
});
