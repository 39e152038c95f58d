// fitBgNbd side by side with the SciPy anchor (../shared/anchors/bgnbd_scipy.py: the lifetimes
// likelihood, scipy's BFGS with finite-difference gradients), both fitting the same files in the
// same run: the CDNOW summary and 200,000 synthetic customers from the anchor's own generator.
// Then 1,000,000 customers, grouping included, and the cold import of the customer-value entry.
// Child processes load the built package (dist): run `npm run build` first.
//
// bench-processes: 1 (it starts the SciPy anchor as a process of its own, and one fit of 200,000 customers takes minutes)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, runSuite } from "../../../scripts/bench-harness.ts";
import { bgNbdLogLikelihood, fitBgNbd, fitGammaGamma, simulateBgNbd } from "../src/index.ts";

const shared = (path: string) =>
  fileURLToPath(new URL(`../../../../shared/${path}`, import.meta.url));
const cdnowCsv = shared("data/cdnow/cdnow_customers_summary.csv");
const anchor = shared("anchors/bgnbd_scipy.py");
const synth = shared("anchors/bgnbd_synth.py");
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const python = process.env.PYTHON ?? "python3";
// The anchor's fairness note: keep numpy's large temporaries off mmap (changes no number).
const anchorEnv = {
  ...process.env,
  MALLOC_MMAP_THRESHOLD_: "1000000000",
  MALLOC_TRIM_THRESHOLD_: "1000000000",
};

const readCsv = (path: string) =>
  readFileSync(path, "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [, x, tx, T] = line.split(",").map(Number);
      return { frequency: x!, recency: tx!, T: T! };
    });

interface AnchorRun {
  fitMs: number;
  processMs: number;
  line: string;
}

function runAnchor(csv: string): AnchorRun {
  const start = performance.now();
  const line = execFileSync(python, [anchor, csv], { encoding: "utf8", env: anchorEnv }).trim();
  const processMs = performance.now() - start;
  const fitMs = Number(/fit_ms=([\d.]+)/.exec(line)?.[1]);
  return { fitMs, processMs, line };
}

// The first fit in a fresh Node process (cold JIT), timed inside it, and the whole process.
function firstFitInFreshProcess(csv: string): { fitMs: number; processMs: number } {
  const script = `
    import { readFileSync } from "node:fs";
    import { fitBgNbd } from ${JSON.stringify(join(dist, "customer-value.js"))};
    const rows = readFileSync(${JSON.stringify(csv)}, "utf8").trim().split(/\\r?\\n/).slice(1)
      .map((l) => { const [, x, tx, T] = l.split(",").map(Number); return { frequency: x, recency: tx, T }; });
    const t = performance.now(); fitBgNbd(rows); console.log(performance.now() - t);`;
  const start = performance.now();
  const out = execFileSync("node", ["--input-type=module", "-e", script], { encoding: "utf8" });
  return { fitMs: Number(out.trim()), processMs: performance.now() - start };
}

const haveAnchor =
  existsSync(anchor) &&
  existsSync(cdnowCsv) &&
  existsSync(join(dist, "customer-value.js")) &&
  spawnSync(python, ["-c", "import scipy"]).status === 0;
const rows: string[] = [];
const table = (name: string, ours: number, theirs: number) =>
  rows.push(
    `| ${name} | ${ours.toFixed(1)} ms | ${theirs.toFixed(1)} ms | ${(theirs / ours).toFixed(1)}× |`,
  );

if (haveAnchor) {
  // CDNOW: the anchor's in-process fit time (7 fresh processes, median) against the median of
  // repeated in-process fits here.
  const customers = readCsv(cdnowCsv);
  const anchorRuns = Array.from({ length: 7 }, () => runAnchor(cdnowCsv));
  console.log(`anchor: ${anchorRuns[0]!.line}`);
  const published = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
  const [, fitCase] = runSuite({
    title: "fitBgNbd on CDNOW (2,357 customers)",
    baseline: {
      name: "one log-likelihood pass",
      run: () => bgNbdLogLikelihood(published, customers),
    },
    cases: [{ name: "fitBgNbd", run: () => fitBgNbd(customers) }],
    samples: 21,
  });
  const fit = fitBgNbd(customers)!;
  console.log(
    `CDNOW fit: r ${fit.r.toFixed(4)}, alpha ${fit.alpha.toFixed(4)}, a ${fit.a.toFixed(4)}, b ${fit.b.toFixed(4)}, LL ${fit.logLikelihood.toFixed(6)}, ${fit.iterations} iterations, ${fit.evaluations} evaluations`,
  );
  // Gamma-Gamma on CDNOW's 946 repeat buyers, by the same BFGS.
  const spend = readFileSync(
    shared("data/cdnow/cdnow_customers_summary_with_transactions.csv"),
    "utf8",
  )
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [, x, , , zbar] = line.split(",").map(Number);
      return { frequency: x!, monetaryValue: zbar! };
    });
  const spendTimes = Array.from({ length: 25 }, () => {
    const start = performance.now();
    fitGammaGamma(spend);
    return performance.now() - start;
  });
  console.log(
    `fitGammaGamma on CDNOW (946 repeat buyers): median ${median(spendTimes).toFixed(1)} ms of 25`,
  );
  const fresh = Array.from({ length: 5 }, () => firstFitInFreshProcess(cdnowCsv));
  table("CDNOW, median in-process fit", fitCase!.medianMs, median(anchorRuns.map((r) => r.fitMs)));
  table(
    "CDNOW, first fit in a fresh process",
    median(fresh.map((f) => f.fitMs)),
    median(anchorRuns.map((r) => r.fitMs)),
  );
  table(
    "CDNOW, whole process",
    median(fresh.map((f) => f.processMs)),
    median(anchorRuns.map((r) => r.processMs)),
  );

  // 200,000 synthetic customers, written once by the anchor's generator (seed 7).
  const synthCsv = join(tmpdir(), "rapport-bgnbd-synth-200000.csv");
  if (!existsSync(synthCsv)) execFileSync(python, [synth, "200000", synthCsv]);
  const large = readCsv(synthCsv);
  const largeAnchor = Array.from({ length: 3 }, () => runAnchor(synthCsv));
  console.log(`anchor (200,000): ${largeAnchor[0]!.line}`);
  const largeTimes: number[] = [];
  let largeFit = fitBgNbd(large)!;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    largeFit = fitBgNbd(large)!;
    largeTimes.push(performance.now() - start);
  }
  console.log(
    `200,000 fit: r ${largeFit.r.toFixed(4)}, alpha ${largeFit.alpha.toFixed(4)}, a ${largeFit.a.toFixed(4)}, b ${largeFit.b.toFixed(4)}, LL ${largeFit.logLikelihood.toFixed(4)}, ${largeFit.evaluations} evaluations`,
  );
  table(
    "200,000 synthetic, median fit",
    median(largeTimes),
    median(largeAnchor.map((r) => r.fitMs)),
  );
} else {
  console.warn(
    "anchor comparison skipped: needs ../shared (data and anchors), python3 with scipy, and a build (dist)",
  );
}

// 1,000,000 customers on a daily grid, grouping included (one timed fit: seconds).
const truth = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
const million = simulateBgNbd(truth, {
  customers: 1_000_000,
  seed: 2005,
  T: [52, 104],
  resolution: 1 / 7,
});
fitBgNbd(million.slice(0, 20_000));
const before = process.cpuUsage();
const start = performance.now();
const f = fitBgNbd(million)!;
const wallMs = performance.now() - start;
const used = process.cpuUsage(before);
const error = (key: "r" | "alpha" | "a" | "b") =>
  `${key} ${f[key].toFixed(4)} (${(((f[key] - truth[key]) / truth[key]) * 100).toFixed(2)} %)`;
console.log(
  `\n1,000,000 customers: ${(wallMs / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU (target < 3 s), ${f.evaluations} evaluations, converged ${f.converged}`,
);
console.log(`recovered: ${error("r")}, ${error("alpha")}, ${error("a")}, ${error("b")}`);

if (rows.length > 0) {
  console.log("\n## fitBgNbd against the SciPy anchor, same run");
  console.log("| case | Rapport | SciPy anchor | speed-up |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const row of rows) console.log(row);
}
