import { escapeHtml } from "./escape-html";
import { SMALL_SAMPLE } from "./figure-unit";
import type { HeadlineCard } from "./headline-figures";

const SPOKEN = { up: "up", down: "down", flat: "unchanged", none: "" } as const;

function trendHtml(card: HeadlineCard): string {
  const t = card.trend;
  if (t === null) return "";
  // The arrow is for the eye; a screen reader hears "up", "down" or "unchanged".
  const [arrow, rest] =
    t.direction === "none" ? ["", t.text] : [t.text.slice(0, 1), t.text.slice(2)];
  const spoken = SPOKEN[t.direction];
  return `<p class="trend ${t.tone}">${arrow === "" ? "" : `<span aria-hidden="true">${arrow}</span> <span class="sr">${spoken}</span>`}${escapeHtml(rest)}<br><span class="verdict">${escapeHtml(t.verdict)}</span></p>`;
}

/**
 * One headline card as HTML: title and what it covers, the value with its unit, n and the
 * interval, the trend, and the small-sample flag.
 *
 * @example
 * ```ts
 * import { cardHtml } from "./headline-html"; // internal
 * declare const card: import("./headline-figures").HeadlineCard;
 * const html = cardHtml(card);
 * ```
 */
export function cardHtml(card: HeadlineCard): string {
  const flag = card.small ? ` <span class="flag">small sample: n &lt; ${SMALL_SAMPLE}</span>` : "";
  const interval =
    card.interval === null ? "" : `<p class="muted">95 % interval ${escapeHtml(card.interval)}</p>`;
  return `<article class="card${card.small ? " small" : ""}">
<h3><a href="#${escapeHtml(card.section)}">${escapeHtml(card.title)}</a> <span class="basis">${escapeHtml(card.basis)}</span></h3>
<p class="value">${escapeHtml(card.value)}<span class="unit">${escapeHtml(card.unit)}</span></p>
${interval}<p class="muted">n = ${card.n} ${escapeHtml(card.counted)}${flag}</p>
${trendHtml(card)}${card.context === null ? "" : `<p class="muted">${escapeHtml(card.context)}</p>`}
</article>`;
}

/**
 * The first screen of the report: a grid of headline cards answering "how are we doing, and
 * is it getting better or worse", each with its uncertainty. Empty when there is no card.
 *
 * @example
 * ```ts
 * import { headlineHtml } from "./headline-html"; // internal
 * declare const cards: import("./headline-figures").HeadlineCard[];
 * const html = headlineHtml(cards);
 * ```
 */
export function headlineHtml(cards: readonly HeadlineCard[]): string {
  if (cards.length === 0) return "";
  return `<div class="cards">${cards.map(cardHtml).join("")}</div>
<p class="muted note">Each figure with its 95 % interval and how many it counts; a trend compares the period with the one before (significant when p &lt; 0.05); "small sample" marks fewer than ${SMALL_SAMPLE}.</p>`;
}
