// Run with `npm run test:scripts` (part of `npm test`): the harness on a fake clock, and the
// README splice.
import assert from "node:assert/strict";
import { test } from "node:test";
import { formatTable, measureSuite, median, quantile, summarise } from "./bench-harness.ts";
import { type PackageResults, spliceReadme } from "./bench-report.ts";

test("median and quantiles interpolate between order statistics", () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  // R: quantile(c(1, 2, 3, 4, 10), c(0.25, 0.75)) gives 2 and 4.
  assert.equal(quantile([10, 1, 4, 2, 3], 0.25), 2);
  assert.equal(quantile([10, 1, 4, 2, 3], 0.75), 4);
});

test("alternates baseline and case, and reports median, min, max, spread and ratios", () => {
  // The fake clock advances only when a task runs: the baseline costs 10, 12, 10, 30, 10 in its
  // five timed rounds and the case 20 each time.
  let clock = 0;
  const baselineCosts = [99, 10, 12, 10, 30, 10];
  const order: string[] = [];
  const record = measureSuite(
    {
      title: "fake",
      samples: 5,
      warmup: 1,
      target: { maxRatio: 1.9 },
      baseline: {
        name: "base",
        run: () => {
          order.push("b");
          clock += baselineCosts.shift()!;
        },
      },
      cases: [
        {
          name: "case",
          run: () => {
            order.push("c");
            clock += 20;
          },
        },
      ],
    },
    () => clock,
    () => clock * 2,
  );
  // One warm-up each, then rounds in alternating order: b c, c b, b c, c b, b c.
  assert.deepEqual(order.join(""), "bc" + "bccbbccbbc");
  const [base, subject] = record.results;
  assert.equal(record.rounds, 5);
  assert.deepEqual(
    [base!.medianMs, base!.minMs, base!.maxMs, base!.runs, base!.ratio],
    [10, 10, 30, 5, 1],
  );
  // Quartiles of 10, 10, 10, 12, 30 are 10 and 12: spread (12 - 10) / 10.
  assert.equal(base!.spread, 0.2);
  assert.equal(subject!.medianMs, 20);
  assert.equal(subject!.ratio, 2);
  assert.equal(subject!.spread, 0);
  // Per round: 20/10, 20/12, 20/10, 20/30, 20/10.
  assert.deepEqual(subject!.roundRatio, { min: 20 / 30, max: 2 });
  // The CPU clock (here twice the wall clock) gives its own figures: the same ratios.
  assert.equal(base!.cpu!.medianMs, 20);
  assert.equal(subject!.cpu!.medianMs, 40);
  assert.equal(subject!.cpu!.ratio, 2);
  assert.deepEqual(subject!.cpu!.roundRatio, { min: 20 / 30, max: 2 });
  // The target (1.9×) is judged on CPU time: its median ratio of 2 misses it.
  const table = formatTable(record);
  assert.ok(
    table.includes("| CPU median | CPU spread | CPU ratio (target ≤ 1.9×) | worst round (CPU) |"),
  );
  assert.ok(
    table.includes(
      "| case | 20.00 ms | 20.00 ms – 20.00 ms | 2.00× | 40.00 ms | 0 % | 2.00× ✗ | 2.00× |",
    ),
  );
});

test("never runs fewer than five rounds", () => {
  let clock = 0;
  const record = measureSuite(
    {
      title: "short",
      samples: 2,
      warmup: 0,
      baseline: { name: "b", run: () => (clock += 1) },
      cases: [],
    },
    () => clock,
    () => clock,
  );
  assert.equal(record.results[0]!.runs, 5);
});

const results: PackageResults = {
  package: "@rapport/x",
  files: {
    "a.bench.ts": {
      date: "2026-01-02T03:04:05.000Z",
      machine: {
        cores: 2,
        cpu: "Test CPU",
        node: "v20.0.0",
        platform: "linux x64",
        loadAverage: [1, 2],
      },
      suites: [
        summarise(
          { title: "A", warmup: 1, target: { maxRatio: 1.5 } },
          ["base", "fast"],
          [
            [10, 10, 10, 10, 10],
            [12, 12, 12, 12, 16],
          ],
        ),
      ],
    },
    "b.bench.ts": {
      date: "2026-01-02T03:04:05.000Z",
      machine: {
        cores: 2,
        cpu: "Test CPU",
        node: "v20.0.0",
        platform: "linux x64",
        loadAverage: [1, 2],
      },
      suites: [
        summarise(
          { title: "B", warmup: 1 },
          ["shaky", "other"],
          [
            [10, 5, 20, 10, 30],
            [10, 10, 10, 10, 10],
          ],
        ),
      ],
    },
  },
};

test("splices generated tables between the markers and keeps the rest of the README", () => {
  const readme = [
    "# x",
    "",
    "Intro.",
    "",
    "<!-- bench:start a.bench.ts -->",
    "old figures",
    "<!-- bench:end -->",
    "",
    "Between.",
    "",
    "<!-- bench:start b.bench.ts -->",
    "<!-- bench:end -->",
    "",
    "End.",
    "",
  ].join("\n");
  const spliced = spliceReadme(readme, results);
  assert.ok(spliced.startsWith("# x\n\nIntro.\n\n<!-- bench:start a.bench.ts -->\n"));
  assert.ok(spliced.endsWith("<!-- bench:end -->\n\nEnd.\n"));
  assert.ok(!spliced.includes("old figures"));
  assert.ok(spliced.includes("2026-01-02: 2 cores (Test CPU), Node v20.0.0, load average 1 → 2"));
  // The case's worst round is 16/10: over the target although its median (1.20×) is within.
  assert.ok(
    spliced.includes("| fast | 12.00 ms | 12.00 ms – 16.00 ms | 0 % | 1.20× ✓ (median) | 1.60× |"),
  );
  // The shaky baseline: quartiles 10 and 20 over a median of 10 is a spread of 100 %.
  assert.ok(
    spliced.includes("| shaky (baseline) | 10.00 ms | 5.00 ms – 30.00 ms | 100 % ⚠ unstable |"),
  );
  assert.ok(spliced.includes("spread (100 %) is over 30 %"));
  // Splicing again gives the same text: the block is regenerated, not appended.
  assert.equal(spliceReadme(spliced, results), spliced);
});

test("refuses a marker naming a bench file without results", () => {
  assert.throws(
    () => spliceReadme("<!-- bench:start c.bench.ts -->\n<!-- bench:end -->\n", results),
    /no results for c\.bench\.ts/,
  );
});

test("renders a table of other figures as it was recorded, beside the suites", () => {
  const withFigures: PackageResults = {
    package: "@rapport/x",
    files: {
      "memory.bench.ts": {
        date: "2026-01-02T03:04:05.000Z",
        machine: {
          cores: 2,
          cpu: "Test CPU",
          node: "v20.0.0",
          platform: "linux x64",
          loadAverage: [1, 2],
        },
        suites: [
          {
            figures: {
              title: "peak heap",
              columns: ["how", "records", "peak"],
              rows: [
                ["streamed", 100, "8 MB"],
                ["at once", 100, "24 MB"],
              ],
              note: "Sampled after every page.",
            },
          },
        ],
      },
    },
  };
  const spliced = spliceReadme(
    "<!-- bench:start memory.bench.ts -->\n<!-- bench:end -->\n",
    withFigures,
  );
  assert.ok(
    spliced.includes(
      "**peak heap**\n\n| how | records | peak |\n| --- | ---: | ---: |\n| streamed | 100 | 8 MB |\n| at once | 100 | 24 MB |\n\nSampled after every page.",
    ),
  );
  // No timing table, so no legend of timing columns.
  assert.ok(!spliced.includes("Wall: elapsed time"));
});
