import { escapeHtml } from "./escape-html";
import type { IdentitySection } from "./identity-data";
import { displayName, readableId } from "./readable-id";
import type { ReportSectionHtml } from "./report-section";

const list = (items: readonly string[]) => items.map(escapeHtml).join("<br>");

/**
 * The HTML of the "One customer, many systems" section.
 *
 * @example
 * ```ts
 * import { identityHtml } from "./identity-html"; // internal
 * identityHtml({ records: 0, customers: 0, bySystem: [], byRule: [], merged: [], disagreements: [], conflicts: [], unidentified: [], invalid: [] });
 * ```
 */
export function identityHtml(section: IdentitySection | null): ReportSectionHtml {
  const base = {
    id: "one-customer",
    title: "One customer, many systems",
    whenEmpty: "Import customers from two or more systems to see how they are joined.",
  };
  if (section === null || section.records === 0) return { ...base, html: null };
  const systems = section.bySystem.map((s) => `${escapeHtml(s.system)} ${s.records}`).join(", ");
  const rules =
    section.byRule.length === 0
      ? "no records were joined"
      : section.byRule.map((r) => `${r.joins} joined by ${escapeHtml(r.rule)}`).join(", ");
  const merged = section.merged
    .map(
      (m) =>
        `<tr><td>${escapeHtml(displayName(m.name, m.customerId))}</td><td>${list(m.systems)}</td><td>${list(m.recordIds)}</td><td>${list(m.via)}</td></tr>`,
    )
    .join("");
  const conflicts = section.conflicts
    .map((c) => `<tr><td>${list(c.records)}</td><td>${escapeHtml(c.reason)}</td></tr>`)
    .join("");
  const disagreements = section.disagreements
    .map(
      (d) =>
        `<tr><td>${escapeHtml(readableId(d.customerId))}</td><td>${escapeHtml(d.field)}</td><td>${escapeHtml(d.chosen)}</td><td>${list(d.offered)}</td></tr>`,
    )
    .join("");
  const invalid = section.invalid
    .map(
      (i) =>
        `<tr><td>${escapeHtml(i.recordId)}</td><td>${escapeHtml(i.field)}</td><td>${escapeHtml(i.value)}</td><td>${escapeHtml(i.reason)}</td></tr>`,
    )
    .join("");
  const html = `<p>${section.records} customer records (${systems}) are ${section.customers} customers: ${rules}.${
    section.unidentified.length > 0
      ? ` ${section.unidentified.length} records have no usable e-mail, phone or id and stay customers of their own.`
      : ""
  }</p>
${merged === "" ? "" : `<div class="scroll" tabindex="0"><table><tr><th>customer</th><th>systems</th><th>records</th><th>joined by</th></tr>${merged}</table></div>`}
${conflicts === "" ? "" : `<h3>Left for a person to review (${section.conflicts.length})</h3><div class="scroll" tabindex="0"><table><tr><th>records</th><th>why they were not merged</th></tr>${conflicts}</table></div>`}
${disagreements === "" ? "" : `<h3>Records that disagree (${section.disagreements.length})</h3><div class="scroll" tabindex="0"><table><tr><th>customer</th><th>field</th><th>kept (first non-empty)</th><th>offered</th></tr>${disagreements}</table></div>`}
${invalid === "" ? "" : `<h3>Values not used to join (${section.invalid.length})</h3><div class="scroll" tabindex="0"><table><tr><th>record</th><th>field</th><th>value</th><th>reason</th></tr>${invalid}</table></div>`}`;
  return { ...base, html };
}
