// How the cost of resolveIdentities grows from 10^4 to 10^6 generated customer records, in both
// modes. Each size runs in its own process so that its peak memory is its own:
//   npx tsx bench/resolve-scale.bench.ts            (every size)
//   SIZE=100000 npx tsx bench/resolve-scale.bench.ts  (one size)
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { type IdentityRules, linkageQuality, resolveIdentities } from "../src/index.ts";
import { generateCustomers } from "./generate-customers.ts";

const DETERMINISTIC: IdentityRules = {
  identifiers: { email: { priority: 1 }, phone: { priority: 2 } },
  defaultRegion: "GB",
};
const PROBABILISTIC: IdentityRules = {
  ...DETERMINISTIC,
  compare: { first_name: "name", surname: "name", dob: "date", email: "email", city: "exact" },
  blocking: [["surname", "dob"], ["first_name", "dob"], ["email"]],
};

function measure(size: number): void {
  const { records, truth } = generateCustomers(size);
  // Baseline: a hand-written grouping of exact e-mails in a Map, the least any resolver does.
  let start = performance.now();
  const byEmail = new Map<string, string[]>();
  for (const r of records) {
    const email = r.fields.email;
    if (typeof email === "string") byEmail.set(email, [...(byEmail.get(email) ?? []), r.id]);
  }
  const baseline = performance.now() - start;
  for (const [mode, rules] of [
    ["deterministic", DETERMINISTIC],
    ["probabilistic", PROBABILISTIC],
  ] as const) {
    start = performance.now();
    const result = resolveIdentities(records, rules);
    const ms = performance.now() - start;
    const q = linkageQuality(
      result.identities.map((i) => i.recordIds),
      truth,
    );
    const peak = process.resourceUsage().maxRSS / 1024;
    console.log(
      `| ${size.toLocaleString("en")} | ${mode} | ${(ms / 1000).toFixed(2)} s | ${(ms / baseline).toFixed(0)}× | ${peak.toFixed(0)} MB | ${q.pairwise.precision.value?.toFixed(2)} % | ${q.pairwise.recall.value?.toFixed(2)} % |`,
    );
  }
}

const one = process.env.SIZE;
if (one !== undefined) {
  measure(Number(one));
} else {
  console.log(
    "\n## resolveIdentities on generated customer records (one run per size, own process)",
  );
  console.log(
    "| records | mode | time | ratio to a Map of exact e-mails | peak RSS | pairwise precision | pairwise recall |",
  );
  console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const size of [10_000, 100_000, 1_000_000]) {
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      stdio: "inherit",
      env: { ...process.env, SIZE: String(size) },
    });
  }
}
