// The agents table sorted in a real headless Chromium, with the mouse and with the keyboard
// only, and printed: no script on the page, the radio buttons and the style sheet do it all.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { AgentTeamRow } from "../src/report/agents-data";
import { agentsHtml } from "../src/report/agents-html";
import { reportPage } from "../src/report/report-page";
import { findChromium } from "./find-chromium";

const executablePath = findChromium();
if (!executablePath) {
  console.warn("sortable-table browser test skipped: Chromium not found (see CONTRIBUTING.md).");
}

const none = { value: null, n: 0, lower: null, upper: null, method: null };
const row = (name: string, cases: number, csat: number | null, firstReply: number) =>
  ({
    id: `zendesk:${name}`,
    name,
    cases,
    csat: csat === null ? none : { ...none, value: csat, n: 4 },
    firstReply: { ...none, value: firstReply, n: cases },
    resolution: none,
  }) satisfies AgentTeamRow;
const agents = [row("Cy", 5, 50, 30), row("Ada", 3, 75, 150), row("Bo", 1, null, 10)];
const page = reportPage({ title: "Sorting", lang: "en", subtitle: "", headline: "" }, [
  agentsHtml({ csatScale: "binary", agents, teams: [], unassignedCases: 0, noTeamCases: 0 }),
]);

/** The agents' names in the order the reader sees them. */
const shown = (p: Page) =>
  p.locator("tbody:visible th[scope=row]").evaluateAll((cells) => cells.map((c) => c.textContent));

describe.skipIf(!executablePath)("the sortable agents table in Chromium", () => {
  it("sorts by mouse and by keyboard, without script, and prints the default order", async () => {
    const context = await chromium.launchPersistentContext(
      mkdtempSync(join(tmpdir(), "rapport-chromium-")),
      {
        executablePath: executablePath!,
        viewport: { width: 900, height: 700 },
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
      },
    );
    try {
      expect(page).not.toContain("<script");
      const p = await context.newPage();
      await p.setContent(page);
      expect(await shown(p)).toEqual(["Cy", "Ada", "Bo"]); // most cases first
      // A mouse click on the heading (at its centre: no actionability wait, which needs frames
      // that a loaded headless browser may not paint in time).
      const heading = (await p.locator('label[for="sort-agents-csat"]').boundingBox())!;
      await p.mouse.click(heading.x + heading.width / 2, heading.y + heading.height / 2);
      expect(await shown(p)).toEqual(["Ada", "Cy", "Bo"]); // best first, none last
      // Keyboard only: Tab reaches the checked radio button; the arrows move along the headings
      // (cases, name, CSAT, first reply, resolution).
      await p.setContent(page);
      const focused = () => p.locator(":focus").getAttribute("id");
      // Past the jump link, Tab lands on the group, at its checked button.
      await p.keyboard.press("Tab");
      await p.keyboard.press("Tab");
      expect(await focused()).toBe("sort-agents-cases");
      await p.keyboard.press("ArrowRight");
      expect(await shown(p)).toEqual(["Ada", "Bo", "Cy"]); // by name
      await p.keyboard.press("ArrowRight");
      await p.keyboard.press("ArrowRight");
      expect(await shown(p)).toEqual(["Bo", "Cy", "Ada"]); // first reply 10, 30, 150 min
      await p.emulateMedia({ media: "print" });
      expect(await shown(p)).toEqual(["Cy", "Ada", "Bo"]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
