import type { AgentTeamRow, AgentTeamSortKey } from "./agents-data";
import { sortAgentRows } from "./agents-section";
import { escapeHtml } from "./escape-html";
import { figureCell, formatMedian, formatPercent } from "./section-format";

/** The columns, in the order shown; the first order is the default (and the printed one). */
const COLUMNS: readonly { key: AgentTeamSortKey; title: string; order: string }[] = [
  { key: "cases", title: "Cases", order: "most first" },
  { key: "name", title: "Name", order: "A to Z" },
  { key: "csat", title: "CSAT", order: "best first" },
  { key: "firstReply", title: "First reply (median)", order: "fastest first" },
  { key: "resolution", title: "Resolution (median)", order: "fastest first" },
];
const DEFAULT: AgentTeamSortKey = "cases";

/**
 * The style rules of the sortable tables: each radio button shows its pre-sorted body, its
 * label (the column heading) is marked, focus is visible, and print shows the default order.
 * No script: the radio buttons do the sorting. Also the figure cells of the sections' tables
 * (the value on one line, its interval and n beneath).
 */
export const SORTABLE_CSS = `
.sortable,.sortable .scroll{position:relative}.sortable .sort-radio{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.sortable tbody{display:none}.sortable table{min-width:600px}.sortable caption{text-align:left}
.figure{white-space:nowrap;font-weight:600}td small{display:block;font-size:13px}.sortable label{cursor:pointer;text-decoration:underline dotted}
${COLUMNS.map((c) => `.sort-${c.key}:checked~.scroll .order-${c.key}`).join(",")}{display:table-row-group}
${COLUMNS.map((c) => `.sort-${c.key}:checked~.scroll .by-${c.key}::after`).join(",")}{content:" ▼"}
${COLUMNS.map((c) => `.sort-${c.key}:focus-visible~.scroll .by-${c.key}`).join(",")}{outline:2px solid #1a5fb4;outline-offset:2px}
@media print{.sortable tbody{display:none!important}.sortable tbody.order-${DEFAULT}{display:table-row-group!important}.sortable label::after{content:""!important}}
`;

function rowHtml(row: AgentTeamRow): string {
  return `<tr><th scope="row">${escapeHtml(row.name)}</th><td>${row.cases}</td>${figureCell(
    formatPercent(row.csat),
  )}${figureCell(formatMedian(row.firstReply))}${figureCell(formatMedian(row.resolution))}</tr>`;
}

/**
 * One sortable table without script: a radio button per column (named by its heading's label,
 * reachable with the keyboard: Tab to the group, arrows to change the order), each showing one
 * of the pre-sorted bodies through `:checked ~` rules ({@link SORTABLE_CSS}).
 *
 * @example
 * ```ts
 * import { sortableTable } from "./agents-html"; // internal
 * const html = sortableTable("agents", "Agent", []);
 * ```
 */
export function sortableTable(id: string, what: string, rows: readonly AgentTeamRow[]): string {
  const radios = COLUMNS.map(
    (c) =>
      `<input type="radio" class="sort-radio sort-${c.key}" name="sort-${id}" id="sort-${id}-${c.key}"${
        c.key === DEFAULT ? " checked" : ""
      }>`,
  ).join("");
  const heading = (c: (typeof COLUMNS)[number]) =>
    `<th scope="col"><label for="sort-${id}-${c.key}" class="by-${c.key}"><span class="sr">Sort by </span>${escapeHtml(
      c.key === "name" ? what : c.title,
    )}<span class="sr">, ${c.order}</span></label></th>`;
  const head = `<tr>${heading(COLUMNS[1]!)}${heading(COLUMNS[0]!)}${COLUMNS.slice(2).map(heading).join("")}</tr>`;
  const bodies = COLUMNS.map(
    (c) =>
      `<tbody class="order-${c.key}">${sortAgentRows(rows, c.key).map(rowHtml).join("")}</tbody>`,
  ).join("");
  return `<div class="sortable">${radios}<div class="scroll" tabindex="0"><table><caption class="muted">${escapeHtml(
    what,
  )}s: choose a column heading to sort.</caption><thead>${head}</thead>${bodies}</table></div></div>`;
}
