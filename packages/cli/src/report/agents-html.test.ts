import { describe, expect, it } from "vitest";
import type { AgentsSection, AgentTeamRow } from "./agents-data";
import { agentsHtml } from "./agents-html";
import { SORTABLE_CSS } from "./sortable-table";

const none = { value: null, n: 0, lower: null, upper: null, method: null };
const row = (name: string, cases: number, csat: number | null, firstReply: number | null) =>
  ({
    id: `zendesk:${name}`,
    name,
    cases,
    csat: csat === null ? none : { value: csat, n: 4, lower: 20, upper: 90, method: "wilson" },
    firstReply: firstReply === null ? none : { ...none, value: firstReply, n: cases },
    resolution: none,
  }) satisfies AgentTeamRow;
const section: AgentsSection = {
  csatScale: "binary",
  agents: [row("Cy", 5, 50, 30), row("Ada", 3, 75, 150), row("Bo", 1, null, null)],
  teams: [],
  unassignedCases: 2,
  noTeamCases: 0,
};

/** The names of each pre-sorted body, in its order. */
function bodies(html: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [, key, body] of html.matchAll(/<tbody class="order-(\w+)">(.*?)<\/tbody>/g)) {
    out[key!] = [...body!.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]!);
  }
  return out;
}

describe("agentsHtml", () => {
  it("writes one pre-sorted body per column, the default order checked", () => {
    const { html } = agentsHtml(section);
    expect(bodies(html!)).toEqual({
      cases: ["Cy", "Ada", "Bo"],
      name: ["Ada", "Bo", "Cy"],
      csat: ["Ada", "Cy", "Bo"], // 75, 50, none
      firstReply: ["Cy", "Ada", "Bo"], // 30 min, 2.5 h, none
      resolution: ["Ada", "Bo", "Cy"], // none at all: by name
    });
    // Five radio buttons, one checked (volume), each named by the label of its heading.
    expect(html!.match(/type="radio"/g)).toHaveLength(5);
    expect(html!.match(/ checked>/g)).toHaveLength(1);
    expect(html).toContain('id="sort-agents-cases" checked>');
    expect(html).toContain('<label for="sort-agents-csat" class="by-csat">');
    expect(html).toContain(
      '<td><span class="figure">2.5 h</span> <small class="muted">n = 3</small></td>',
    );
    expect(html).toContain("2 cases assigned to no agent");
    expect(html).not.toContain("<h3>Teams</h3>");
  });

  it("shows one body per checked radio button, and the default order in print", () => {
    expect(SORTABLE_CSS).toContain(".sort-name:checked~.scroll .order-name");
    expect(SORTABLE_CSS).toMatch(/@media print\{[^\n]*tbody\.order-cases\{display:table-row-group/);
    expect(SORTABLE_CSS).not.toMatch(/sort-radio\{[^}]*display:none/); // still focusable
  });

  it("is left out without a section, saying what would fill it", () => {
    const empty = agentsHtml(null);
    expect(empty.html).toBe(null);
    expect(empty.whenEmpty).toMatch(/assigned to agents or teams/);
  });
});
