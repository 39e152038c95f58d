// sentimentOf against the human ratings of VADER's ground truth (Hutto & Gilbert 2014, MIT),
// read from ../shared/data/text/vader beside the repository:
//   npx tsx packages/voice/bench/vader-tweets.ts
import { existsSync, readFileSync } from "node:fs";
import { pearsonCorrelation } from "@rapport/stats";
import { sentimentOf } from "../src/index.ts";

const DIR = new URL("../../../../shared/data/text/vader/", import.meta.url);
const tone = (v: number) => (v >= 0.05 ? 1 : v <= -0.05 ? -1 : 0);

for (const name of ["tweets_GroundTruth.txt", "amazonReviewSnippets_GroundTruth.txt"]) {
  const file = new URL(name, DIR);
  if (!existsSync(file)) {
    console.log(`${name} is absent: nothing to measure`);
    continue;
  }
  const rows = readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
    .map((line) => line.split("\t"));
  const human = rows.map((row) => Number(row[1]));
  const compound = rows.map((row) => sentimentOf(row[2] ?? "").compound);
  const r = pearsonCorrelation(compound, human);
  const agree = human.filter((h, i) => tone(h) === tone(compound[i]!)).length;
  console.log(
    `${name}: ${rows.length} texts, Pearson r = ${r.value?.toFixed(4)} (95 % ${r.interval?.lower.toFixed(4)}–${r.interval?.upper.toFixed(4)}), ` +
      `same class at ±0.05: ${agree} (${((agree / rows.length) * 100).toFixed(1)} %)`,
  );
}
