import { existsSync, readFileSync } from "node:fs";
import { pearsonCorrelation } from "@rapport/stats";
import { describe, expect, it } from "vitest";
import { SKIP_NOTICE, TEXT_DIR } from "./__fixtures__/shared-text";
import { sentimentOf } from "./sentiment-of";

describe("sentimentOf", () => {
  // The documented examples of VADER's reference implementation (its README, vaderSentiment
  // 3.x), each with its published compound and shares.
  it.each([
    ["VADER is smart, handsome, and funny.", 0.8316, 0.746, 0, 0.254],
    ["VADER is smart, handsome, and funny!", 0.8439, 0.752, 0, 0.248],
    ["VADER is very smart, handsome, and funny.", 0.8545, 0.701, 0, 0.299],
    ["VADER is VERY SMART, handsome, and FUNNY.", 0.9227, 0.754, 0, 0.246],
    ["VADER is VERY SMART, handsome, and FUNNY!!!", 0.9342, 0.767, 0, 0.233],
    ["The book was good.", 0.4404, 0.492, 0, 0.508],
    ["At least it isn't a horrible book.", 0.431, 0.363, 0, 0.637],
    ["Today SUX!", -0.5461, 0, 0.779, 0.221],
    [
      "The plot was good, but the characters are uncompelling and the dialog is not great.",
      -0.7042,
      0.094,
      0.327,
      0.579,
    ],
  ])("%s → %d", (text, compound, positive, negative, neutral) => {
    const sentiment = sentimentOf(text);
    expect(sentiment.compound).toBeCloseTo(compound, 4);
    expect(sentiment.positive).toBeCloseTo(positive, 3);
    expect(sentiment.negative).toBeCloseTo(negative, 3);
    expect(sentiment.neutral).toBeCloseTo(neutral, 3);
  });

  it("negates in any case, as the reference does", () => {
    // Lower case "not good" is −0.3412 (valence 1.9 × −0.74 = −1.406; −1.406/√(1.406²+15)).
    expect(sentimentOf("not good").compound).toBeCloseTo(-0.3412, 4);
    expect(sentimentOf("Not good").compound).toBeCloseTo(-0.3412, 4);
    // All capitals: no capital differential, so the same as lower case.
    expect(sentimentOf("NOT GOOD").compound).toBeCloseTo(-0.3412, 4);
    // Negated "bad" (−2.5 × −0.74 = 1.85): 1.85/√(1.85²+15) = 0.431.
    expect(sentimentOf("Not bad at all").compound).toBeCloseTo(0.431, 4);
  });

  it("gives a neutral text compound 0 and rejects what is not a string", () => {
    expect(sentimentOf("")).toEqual({ compound: 0, positive: 0, negative: 0, neutral: 1 });
    expect(sentimentOf("The parcel is at the depot.").compound).toBe(0);
    expect(() => sentimentOf(42 as unknown as string)).toThrow(
      new TypeError("sentimentOf: text: expected a string, received 42"),
    );
  });
});

const TWEETS = new URL("vader/tweets_GroundTruth.txt", TEXT_DIR);
const tweets = existsSync(TWEETS);
if (!tweets) console.warn(`sentiment-of.test.ts: ${SKIP_NOTICE}`);

/** The rows of VADER's tab-separated ground truth: id, human mean, text. */
const readTweets = () =>
  readFileSync(TWEETS, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
    .map((line) => {
      const [id, mean, text] = line.split("\t");
      return { id: Number(id), mean: Number(mean), text: text ?? "" };
    });

describe.skipIf(!tweets)("sentimentOf on VADER's rated tweets (../shared/data/text)", () => {
  it("correlates with the human mean as the paper reports", () => {
    const all = readTweets();
    expect(all.length).toBe(4200);
    // Every tenth tweet keeps the test fast; all 4,200 give r = 0.8783 (README, measured by
    // bench/vader-tweets.ts), against 0.881 in Hutto & Gilbert (2014), Table 3.
    const rows = all.filter((row) => row.id % 10 === 0);
    const compound = rows.map((row) => sentimentOf(row.text).compound);
    const r = pearsonCorrelation(
      compound,
      rows.map((row) => row.mean),
    );
    expect(rows.length).toBe(420);
    // Measured on these 420: r = 0.8480.
    expect(r.value).toBeCloseTo(0.848, 3);
    const tone = (v: number) => (v >= 0.05 ? 1 : v <= -0.05 ? -1 : 0);
    const agree = rows.filter((row, i) => tone(row.mean) === tone(compound[i]!)).length;
    // 391 of 420 in the same class as the human mean at VADER's ±0.05 thresholds.
    expect(agree).toBe(391);
  });
});
