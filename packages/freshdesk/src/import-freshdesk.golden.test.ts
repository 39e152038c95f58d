// Golden outputs of importFreshdesk: the full result on every project fixture (and on seeded
// mutations of them), and on the real API responses beside the repository the report in full
// with a digest of the mapped records. Any change in behaviour or in an import report shows
// up as a changed snapshot.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ImportResult } from "@rapport/source-kit";
import { mutatePayload as mutate } from "@rapport/source-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as fixtures from "./__fixtures__/freshdesk.fixture";
import { importFreshdesk } from "./import-freshdesk";

const asOf = new Date("2024-06-01T00:00:00Z");
const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;
const digest = (result: ImportResult) => {
  const { report, ...lists } = result;
  return { report, lists: createHash("sha256").update(JSON.stringify(lists)).digest("hex") };
};

describe("importFreshdesk golden outputs on the project's fixtures", () => {
  it.each(Object.keys(fixtures).sort())("%s", async (name) => {
    const payload = (fixtures as Record<string, unknown>)[name];
    await expect(json(importFreshdesk(payload, { asOf }))).toMatchFileSnapshot(
      `__snapshots__/golden/${name}.json`,
    );
  });

  it("seeded mutations of the account", async () => {
    const mutations = fc.sample(
      fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { minLength: 1, maxLength: 4 }),
      { seed: 17, numRuns: 40 },
    );
    const results = mutations.map((m) =>
      digest(importFreshdesk(mutate(fixtures.account, m), { asOf })),
    );
    await expect(json(results)).toMatchFileSnapshot("__snapshots__/golden/mutated-account.json");
  });
});

const dataDir = fileURLToPath(
  new URL("../../../../shared/data/helpdesk/freshdesk", import.meta.url),
);
const hasData = existsSync(dataDir);
if (!hasData) {
  console.warn(
    "@rapport/freshdesk golden real-data tests skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}

describe.skipIf(!hasData)("importFreshdesk golden reports on real Freshdesk API responses", () => {
  const files = hasData
    ? readdirSync(dataDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  const read = (file: string): unknown => JSON.parse(readFileSync(`${dataDir}/${file}`, "utf8"));
  const realAsOf = new Date("2026-01-01T00:00:00Z");

  it.each(files)("%s", async (file) => {
    await expect(json(digest(importFreshdesk(read(file), { asOf: realAsOf })))).toMatchFileSnapshot(
      `__snapshots__/golden/real-${file}`,
    );
  });

  it("all files together", async () => {
    await expect(
      json(digest(importFreshdesk(files.map(read), { asOf: realAsOf }))),
    ).toMatchFileSnapshot("__snapshots__/golden/real-all.json");
  });
});
