// The questions the demo's NPS survey asks beside "how likely are you to recommend us": four
// five-point items whose answers lean on the overall score by known weights, support the most
// and value the least, so the report's key drivers have a truth to find. They draw on a
// random stream of their own, so adding them leaves every other sample byte as it was.

/** The item columns of the demo's survey file, in order, as `importCsv` reads them. */
export const ITEM_COLUMNS = [
  "item:support:csat5",
  "item:product:csat5",
  "item:delivery:csat5",
  "item:value:csat5",
  "reason",
];

// How strongly each item follows the overall score (0 = not at all), and its own noise.
const LEANS = [
  { lean: 0.9, noise: 0.5 },
  { lean: 0.6, noise: 0.8 },
  { lean: 0.3, noise: 1.0 },
  { lean: 0.15, noise: 1.0 },
];

// Why a detractor scored low, the reason a follow-up question records.
const REASONS = ["slow_support", "product_quality", "late_delivery", "price"];

/**
 * The item and reason cells of one NPS answer: each item is the score mapped onto 1–5, pulled
 * toward the middle by how little it leans on it, plus noise; detractors give the reason
 * their lowest item names.
 */
export function npsItemCells(score: number, random: () => number): string {
  const onFive = 1 + (score / 10) * 4;
  const items = LEANS.map(({ lean, noise }) => {
    const value = 3 + lean * (onFive - 3) + (random() + random() - 1) * 2 * noise;
    return Math.min(5, Math.max(1, Math.round(value)));
  });
  const lowest = items.indexOf(Math.min(...items));
  const reason = score <= 6 ? REASONS[lowest]! : "";
  return [...items, reason].join(",");
}

/** The empty item and reason cells of an answer to another survey. */
export const NO_ITEM_CELLS = ITEM_COLUMNS.map(() => "").join(",");
