import { escapeHtml } from "./escape-html";
import type { ReportSectionHtml } from "./report-section";
import { REPORT_STYLE } from "./report-style";

/**
 * What the page shows above its sections.
 *
 * @example
 * ```ts
 * import type { ReportPageHead } from "./report-page"; // internal
 * const head: ReportPageHead = { title: "Care report", lang: "en", subtitle: "As of 30 Oct 2026", headline: "" };
 * ```
 */
export interface ReportPageHead {
  readonly title: string;
  /** The page's language tag, e.g. "en-GB". */
  readonly lang: string;
  /** One line under the title: the moment, the zone and the totals (plain text). */
  readonly subtitle: string;
  /** The first screen, as HTML: the headline cards. */
  readonly headline: string;
}

/**
 * Lays out the report page: the title, the headline, jump links to every section shown, the
 * sections in order (each a `<section id>` with its `<h2>`), and at the end one line for each
 * section left out, saying what data would fill it. One self-contained file: the style is
 * inline, and there is no script and nothing to fetch.
 *
 * @example
 * ```ts
 * import { reportPage } from "./report-page"; // internal
 * const html = reportPage({ title: "Care", lang: "en-GB", subtitle: "", headline: "" }, [
 *   { id: "nps", title: "NPS", html: null, whenEmpty: "Add survey answers with an NPS question to see this." },
 * ]);
 * ```
 */
export function reportPage(head: ReportPageHead, sections: readonly ReportSectionHtml[]): string {
  const shown = sections.filter((s) => s.html !== null);
  const omitted = sections.filter((s) => s.html === null);
  const links = [
    ...shown.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`),
    ...(omitted.length > 0 ? ['<li><a href="#not-shown">Not shown</a></li>'] : []),
  ].join("");
  const body = shown
    .map(
      (s) =>
        `<section id="${escapeHtml(s.id)}">\n<h2>${escapeHtml(s.title)}</h2>\n${s.html}\n</section>`,
    )
    .join("\n");
  const notShown =
    omitted.length === 0
      ? ""
      : `<section id="not-shown" class="omitted"><h2>Not shown</h2><ul>${omitted
          .map((s) => `<li><b>${escapeHtml(s.title)}</b>: ${escapeHtml(s.whenEmpty)}</li>`)
          .join("")}</ul></section>`;
  return `<!doctype html>
<html lang="${escapeHtml(head.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(head.title)}</title><style>${REPORT_STYLE}</style></head>
<body>
<div class="page"><header><h1>${escapeHtml(head.title)}</h1>
<p class="muted">${escapeHtml(head.subtitle)}</p>
${head.headline}</header></div>
<nav aria-label="Sections"><ul>${links}</ul></nav>
<main class="page">
${body}
${notShown}
</main></body></html>
`;
}
