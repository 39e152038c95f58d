import { escapeHtml } from "./escape-html";
import type { EstimateFigure, ShareFigure } from "./section-figures";

const UNITS = [
  { name: "min", minutes: 1, digits: 0 },
  { name: "h", minutes: 60, digits: 1 },
  { name: "days", minutes: 1440, digits: 1 },
] as const;

/** The unit a duration reads best in: minutes below an hour, hours up to three days, else days. */
const unitOf = (minutes: number) =>
  minutes < 60 ? UNITS[0] : minutes < 72 * 60 ? UNITS[1] : UNITS[2];

/**
 * A duration in minutes as a person reads it: `42 min`, `13.5 h`, `3.2 days`.
 *
 * @example
 * ```ts
 * import { formatMinutes } from "./section-format"; // internal
 * formatMinutes(810); // "13.5 h"
 * ```
 */
export function formatMinutes(minutes: number): string {
  const unit = unitOf(minutes);
  return `${(minutes / unit.minutes).toFixed(unit.digits)} ${unit.name}`;
}

/**
 * A median in minutes with its interval and n, the interval in the median's unit:
 * `37.3 h (26.0 to 112.8 h), n = 32`; `–, n = 0` without one.
 *
 * @example
 * ```ts
 * import { formatMedian } from "./section-format"; // internal
 * formatMedian({ value: 2238, n: 32, lower: 1560, upper: 6768, method: "order-statistics" }); // "37.3 h (26.0 to 112.8 h), n = 32"
 * ```
 */
export function formatMedian(figure: EstimateFigure): string {
  if (figure.value === null) return `–, n = ${figure.n}`;
  const unit = unitOf(figure.value);
  const shown = (m: number) => (m / unit.minutes).toFixed(unit.digits);
  const interval =
    figure.lower !== null && figure.upper !== null
      ? ` (${shown(figure.lower)} to ${shown(figure.upper)} ${unit.name})`
      : "";
  return `${shown(figure.value)} ${unit.name}${interval}, n = ${figure.n}`;
}

/**
 * A percentage with its interval and n: `40.0 % (11.8 to 76.9), n = 5`; `–, n = 0` without
 * one; `small sample` flagged where the share says so.
 *
 * @example
 * ```ts
 * import { formatPercent } from "./section-format"; // internal
 * formatPercent({ value: 50, n: 2, lower: 9.5, upper: 90.5, method: "wilson" }); // "50.0 % (9.5 to 90.5), n = 2"
 * ```
 */
export function formatPercent(figure: EstimateFigure | ShareFigure): string {
  if (figure.value === null) return `–, n = ${figure.n}`;
  const interval =
    figure.lower !== null && figure.upper !== null
      ? ` (${figure.lower.toFixed(1)} to ${figure.upper.toFixed(1)})`
      : "";
  const small = "smallSample" in figure && figure.smallSample ? ", small sample" : "";
  return `${figure.value.toFixed(1)} %${interval}, n = ${figure.n}${small}`;
}

/**
 * A figure as a table cell: the value on its own line, its interval and n beneath it in small
 * type, so that narrow columns wrap between them rather than inside the figure.
 *
 * @example
 * ```ts
 * import { figureCell } from "./section-format"; // internal
 * figureCell("40.0 % (11.8 to 76.9), n = 5"); // '<td><span class="figure">40.0 %</span> <small class="muted">(11.8 to 76.9), n = 5</small></td>'
 * ```
 */
export function figureCell(text: string): string {
  const cut = text.search(/ \(|, n = /);
  if (cut < 0) return `<td><span class="figure">${escapeHtml(text)}</span></td>`;
  const rest = text.slice(cut).replace(/^,? /, "");
  return `<td><span class="figure">${escapeHtml(text.slice(0, cut))}</span> <small class="muted">${escapeHtml(rest)}</small></td>`;
}
