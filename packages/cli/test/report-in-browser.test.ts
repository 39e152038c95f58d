// The HTML report opened in a real headless Chromium: the charts rendered, nothing logged an
// error, and the page made no network request. A screenshot is kept as a test artifact.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { findChromium } from "./find-chromium";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const out = `${packageDir}test-artifacts/`;
const executablePath = findChromium();
if (!executablePath) {
  console.warn(
    "browser test skipped: Chromium not found. Install it (Debian: `apt-get install chromium`, or run scripts/services.sh as root) or set CHROMIUM_PATH.",
  );
}

describe.skipIf(!executablePath)("the HTML report in Chromium", () => {
  it("renders every chart offline, with no console error and no network request", async () => {
    mkdirSync(out, { recursive: true });
    await new Promise<void>((resolve, reject) =>
      execFile(
        process.execPath,
        [`${packageDir}dist/cli.js`, "demo", "--out", `${out}browser.html`, "--quiet"],
        (error) => (error ? reject(error) : resolve()),
      ),
    );
    const context = await chromium.launchPersistentContext(
      mkdtempSync(join(tmpdir(), "rapport-chromium-")),
      {
        executablePath: executablePath!,
        viewport: { width: 1280, height: 900 },
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      },
    );
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("request", (request) => requests.push(request.url()));
      const url = pathToFileURL(`${out}browser.html`).href;
      await page.goto(url, { waitUntil: "load" });
      const charts = await page.locator("figure svg").count();
      const marks = await page.locator("figure svg path, figure svg rect").count();
      await page.screenshot({ path: `${out}report.png`, fullPage: true });
      expect(charts).toBeGreaterThanOrEqual(8);
      expect(marks).toBeGreaterThan(50);
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
      expect(await page.title()).toBe("Rapport demo: Larkspur Outfitters");
    } finally {
      await context.close();
    }
    // The demo is built in a child process first: on a loaded machine that alone takes most
    // of the default 30 s.
  }, 120_000);
});
