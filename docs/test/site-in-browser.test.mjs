// The built site (`npm run docs` writes api/) opened in headless Chromium from file:// and over
// http: every icon's <use> points at a symbol of the page itself and draws, no request fails
// and nothing logs an error. turbo runs this after the docs task (docs/turbo.json).
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { delimiter, extname, join, normalize } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

const site = fileURLToPath(new URL("../api/", import.meta.url));
const PAGES = ["index.html", "modules/_rapport_cli.html", "documents/Command_line.html"];

function findChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && existsSync(configured)) return configured;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of ["chromium", "chromium-browser"]) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

const chromiumPath = findChromium();
const built = existsSync(join(site, "index.html"));
const skip = !chromiumPath
  ? "Chromium not found: install it (Debian: `apt-get install chromium`, or scripts/services.sh as root) or set CHROMIUM_PATH"
  : !built
    ? "the site is not built: run `npm run docs` (turbo runs it before this test)"
    : false;
if (skip) console.warn(`docs browser test skipped: ${skip}`);

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

describe("the docs site in Chromium", { skip }, () => {
  let context;
  let server;
  let origin;
  before(async () => {
    const { chromium } = await import("playwright-core");
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "rapport-docs-")), {
      executablePath: chromiumPath,
      viewport: { width: 1280, height: 900 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
      // Chromium asks for a favicon on its own over http; the site has none.
      if (path === "/favicon.ico") {
        response.writeHead(204).end();
        return;
      }
      const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
      if (!file.startsWith(site) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      });
      response.end(readFileSync(file));
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${server.address().port}/`;
  });
  after(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  });

  // Every <use> of the page: its href, whether it names a symbol of the page, and its width.
  const icons = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll("use")].map((use) => {
        const href = use.getAttribute("href") ?? "";
        const target = href.startsWith("#") ? document.getElementById(href.slice(1)) : null;
        const svg = use.closest("svg");
        const shown = svg !== null && svg.getClientRects().length > 0;
        return { href, resolved: target?.tagName === "symbol", shown, width: use.getBBox().width };
      }),
    );

  for (const [scheme, base] of [
    ["file://", () => pathToFileURL(site).href],
    ["http", () => origin],
  ]) {
    it(`draws every icon from ${scheme}, with no failed request and no console error`, async () => {
      for (const path of PAGES) {
        const page = await context.newPage();
        const errors = [];
        const failed = [];
        const requested = [];
        page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
        page.on("pageerror", (e) => errors.push(e.message));
        page.on("requestfailed", (r) => failed.push(r.url()));
        page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
        page.on("request", (r) => requested.push(r.url()));
        await page.goto(new URL(path, base()).href, { waitUntil: "load" });
        // The navigation is drawn by a script after load, with icons of its own.
        await page.waitForSelector(".tsd-navigation use", { timeout: 10_000 });
        const found = await icons(page);
        assert.ok(found.length >= 5, `${path}: ${found.length} icons`);
        assert.deepEqual(
          found.filter((i) => !i.resolved).map((i) => i.href),
          [],
          `${path}: unresolved`,
        );
        const blank = found.filter((i) => i.shown && !(i.width > 0)).map((i) => i.href);
        assert.deepEqual(blank, [], `${path}: icons drawn with no width`);
        assert.deepEqual(
          requested.filter((u) => u.includes("icons.svg")),
          [],
          path,
        );
        assert.deepEqual(failed, [], `${path}: failed requests`);
        assert.deepEqual(errors, [], `${path}: console errors`);
        await page.close();
      }
    });
  }
});
