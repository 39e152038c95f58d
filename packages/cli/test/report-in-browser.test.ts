// The HTML report opened in a real headless Chromium, at a phone width and a desktop width, on
// the demo and on the real Zendesk export folder: every chart is titled and has its data
// table, nothing logs an error, the page asks for nothing but itself, no text overflows its
// box, and print hides the navigation and opens the data tables. Screenshots are kept in
// test-artifacts/.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeImports } from "../src/merge-imports";
import { buildReport } from "../src/report/build-report";
import { renderHtmlReport } from "../src/report/html-report";
import { runCli } from "../src/run-cli";
import { findChromium } from "./find-chromium";
import { layoutProblems } from "./layout-problems";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const out = `${packageDir}test-artifacts/`;
const zendesk = fileURLToPath(
  new URL("../../../../shared/data/helpdesk/zendesk/", import.meta.url),
);
const executablePath = findChromium();
if (!executablePath) {
  console.warn(
    "browser test skipped: Chromium not found. Install it (Debian: `apt-get install chromium`, or run scripts/services.sh as root) or set CHROMIUM_PATH.",
  );
}
const hasZendesk = existsSync(zendesk);
if (!hasZendesk) {
  console.warn(
    "browser test of the Zendesk folder skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}

const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;
const clock = { now: () => new Date("2027-01-01T00:00:00Z") };
const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };

/** Writes the report of `args` once, to test-artifacts/<name>.html. */
async function writeReport(name: string, args: readonly string[]): Promise<string> {
  const file = `${out}${name}.html`;
  const code = await runCli([...args, "--out", file, "--quiet"], quiet, clock);
  expect(code).toBe(0);
  return file;
}

let browser: Browser | undefined;
beforeAll(async () => {
  if (!executablePath) return;
  mkdirSync(out, { recursive: true });
  browser = await chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function check(name: string, file: string): Promise<void> {
  const url = pathToFileURL(file).href;
  for (const size of WIDTHS) {
    const context = await browser!.newContext({
      viewport: { width: size.width, height: size.height },
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(url, { waitUntil: "load" });
      await page.screenshot({ path: `${out}${name}-${size.name}-first-screen.png` });
      await page.screenshot({ path: `${out}${name}-${size.name}.png`, fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
      expect(await page.locator("script, link, iframe, img").count()).toBe(0);

      // Every chart: an image with a title and a description, and its data table.
      const charts = await page.locator("figure").evaluateAll((figures) =>
        figures.map((f) => ({
          role: f.querySelector("svg")?.getAttribute("role"),
          title: f.querySelector("svg > title")?.textContent ?? "",
          desc: f.querySelector("svg > desc")?.textContent ?? "",
          rows: f.querySelectorAll("details table tbody tr").length,
        })),
      );
      for (const chart of charts) {
        expect(chart).toMatchObject({ role: "img" });
        expect(chart.title.length).toBeGreaterThan(3);
        expect(chart.desc.length).toBeGreaterThan(3);
        expect(chart.rows).toBeGreaterThan(0);
      }
      // Every jump link leads to a section with its heading.
      const targets = await page
        .locator("nav a")
        .evaluateAll((links) =>
          links.map((a) => document.querySelector(`${a.getAttribute("href")} > h2`)?.textContent),
        );
      expect(targets.length).toBeGreaterThan(0);
      for (const heading of targets) expect(heading).toBeTruthy();

      expect(await page.evaluate(layoutProblems)).toEqual([]);

      // Printed: no navigation, the data tables open.
      await page.emulateMedia({ media: "print" });
      expect(await page.locator("nav").isVisible()).toBe(false);
      if (charts.length > 0)
        expect(await page.locator("figure table").first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  }
}

describe.skipIf(!executablePath)("the HTML report in Chromium", () => {
  it("shows the demo at phone and desktop width: titled charts with data, no overflow, no request", async () => {
    const file = await writeReport("demo", ["demo"]);
    await check("demo", file);
    const page = await browser!.newPage();
    await page.goto(pathToFileURL(file).href);
    // The demo has every kind of chart: scores, service levels, churn, journey and effort.
    expect(await page.locator("figure svg").count()).toBeGreaterThanOrEqual(12);
    expect(await page.locator(".cards .card").count()).toBe(7);
    expect(await page.title()).toBe("Rapport demo: Larkspur Outfitters");
    await page.close();
  }, 120_000);

  it.skipIf(!hasZendesk)(
    "shows the real Zendesk folder at phone and desktop width",
    async () => {
      const file = await writeReport("zendesk", ["report", zendesk]);
      await check("zendesk", file);
    },
    120_000,
  );

  it("finds overflow: text wider than its box, and a box past the viewport outside a scroller", async () => {
    const page = await browser!.newPage({ viewport: { width: 390, height: 844 } });
    await page.setContent(`<body style="margin:0">
<p style="width:60px;white-space:nowrap">a line much wider than its box</p>
<div style="width:500px">wide</div>
<div style="overflow-x:auto"><table><tr><td style="white-space:nowrap">${"x".repeat(120)}</td></tr></table></div>
</body>`);
    const problems = await page.evaluate(layoutProblems);
    await page.close();
    expect(problems).toEqual([
      expect.stringMatching(/^the page scrolls sideways: 500 > 390$/),
      expect.stringMatching(/^p "a line much wider than its box" overflows its box: \d+ > 60$/),
      expect.stringMatching(/^div "wide" runs past the viewport: 0 to 500 of 390$/),
    ]);
  });

  it("shows a report of no records with no chart, only what data would fill it", async () => {
    const data = buildReport(mergeImports([]), [], {
      asOf: clock.now(),
      timeZone: "UTC",
      period: "month",
      title: "Nothing yet",
    });
    const file = `${out}empty.html`;
    writeFileSync(file, await renderHtmlReport(data));
    await check("empty", file);
    const page = await browser!.newPage();
    await page.goto(pathToFileURL(file).href);
    expect(await page.locator("figure, svg, .card").count()).toBe(0);
    expect(await page.locator("#not-shown li").count()).toBeGreaterThanOrEqual(8);
    await page.close();
  }, 60_000);
});
