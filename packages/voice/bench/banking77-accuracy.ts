// Accuracy and macro-F1 of the contact-reason model on BANKING77's test split (Casanueva et
// al. 2020, CC BY 4.0), read from ../shared/data/text/banking77 beside the repository.
// Slow (trains on 10,003 texts), so never part of `npm test`:
//   npx tsx packages/voice/bench/banking77-accuracy.ts
import { existsSync, readFileSync } from "node:fs";
import { percentile, proportion, seededRandom } from "@rapport/stats";
import { classifyContactReason, trainContactReasons } from "../src/index.ts";

const DIR = new URL("../../../../shared/data/text/banking77/", import.meta.url);

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

function read(name: string): { text: string; reason: string }[] {
  const [header, ...rows] = parseCsv(readFileSync(new URL(name, DIR), "utf8"));
  if (header?.join(",") !== "text,category") throw new Error(`${name}: unexpected header`);
  return rows.map(([text, reason]) => ({ text: text!, reason: reason! }));
}

function macroF1(
  truth: readonly string[],
  predicted: readonly string[],
  labels: readonly string[],
) {
  let sum = 0;
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < truth.length; i++) {
      if (predicted[i] === label && truth[i] === label) tp++;
      else if (predicted[i] === label) fp++;
      else if (truth[i] === label) fn++;
    }
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return sum / labels.length;
}

if (!existsSync(new URL("train.csv", DIR))) {
  console.log("../shared/data/text/banking77 is absent: nothing to measure");
} else {
  const train = read("train.csv");
  const test = read("test.csv");
  const labels = [...new Set(train.map((e) => e.reason))].sort();
  console.log(`BANKING77: ${train.length} train, ${test.length} test, ${labels.length} reasons`);
  const configs = [
    {
      name: "multinomial logistic regression (TF-IDF 1-2 grams)",
      options: { method: "logistic" as const, epochs: 30 },
    },
    {
      name: "multinomial naive Bayes (same features)",
      options: { method: "naive-bayes" as const },
    },
  ];
  for (const { name, options } of configs) {
    const started = performance.now();
    const model = trainContactReasons(train, { ...options, seed: 1 });
    const trainMs = performance.now() - started;
    const predicted = test.map(
      (e) => classifyContactReason(model, e.text, { threshold: 0 }).reason,
    );
    const truth = test.map((e) => e.reason);
    const correct = predicted.filter((p, i) => p === truth[i]).length;
    const accuracy = proportion(correct, test.length);
    const f1 = macroF1(truth, predicted, labels);
    const next = seededRandom(7);
    const draws: number[] = [];
    for (let b = 0; b < 500; b++) {
      const picks = Array.from({ length: test.length }, () => Math.floor(next() * test.length));
      draws.push(
        macroF1(
          picks.map((i) => truth[i]!),
          picks.map((i) => predicted[i]!),
          labels,
        ),
      );
    }
    draws.sort((a, b) => a - b);
    const unknown = test.filter(
      (e) => classifyContactReason(model, e.text).reason === "unknown",
    ).length;
    console.log(
      `${name}: accuracy ${accuracy.value?.toFixed(2)} % (95 % Wilson ${accuracy.interval?.lower.toFixed(2)}–${accuracy.interval?.upper.toFixed(2)}), ` +
        `macro-F1 ${(f1 * 100).toFixed(2)} (95 % bootstrap ${(percentile(draws, 0.025)! * 100).toFixed(2)}–${(percentile(draws, 0.975)! * 100).toFixed(2)}), ` +
        `"unknown" at the default threshold 0.4: ${unknown} of ${test.length}; ` +
        `vocabulary ${model.vocabulary.length} terms, trained in ${(trainMs / 1000).toFixed(1)} s, model JSON ${(JSON.stringify(model).length / 1e6).toFixed(1)} MB`,
    );
  }
}
