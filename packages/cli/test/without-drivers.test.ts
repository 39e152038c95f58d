// The light install: with better-sqlite3 and pg made impossible to resolve (as after
// `npm install --omit=optional`), report and demo run (test/cli.test.ts runs every command so),
// and `import --store sqlite:` says in one line what to install.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const hook = fileURLToPath(new URL("fixtures/without-drivers.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "rapport-drivers-"));

function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", hook, ...args],
      { cwd: packageDir, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("without better-sqlite3 and pg", () => {
  it("cannot load them: the hook blocks import() and require alike", async () => {
    const probe = await node([
      "--input-type=module",
      "-e",
      `import { createRequire } from "node:module";
       const require = createRequire(process.cwd() + "/");
       const failed = [];
       for (const load of [() => import("better-sqlite3"), () => import("pg"), async () => require("better-sqlite3"), async () => require("pg")])
         await load().then(() => {}, (e) => failed.push(e.code));
       console.log(failed.join(" "));`,
    ]);
    expect(probe.stdout.trim()).toBe(
      "ERR_MODULE_NOT_FOUND ERR_MODULE_NOT_FOUND MODULE_NOT_FOUND MODULE_NOT_FOUND",
    );
  });

  it.concurrent("rapport import --store sqlite: exits 1 with one line naming what to install", async () => {
    const store = `sqlite:${join(dir, "care.db")}`;
    const { code, stdout, stderr } = await node([
      "dist/cli.js",
      "import",
      "samples/surveys.csv",
      "--store",
      store,
      "--quiet",
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `rapport: ${store}: SQLite stores need better-sqlite3: npm install better-sqlite3\n`,
    );
  });

  it.concurrent("rapport report --from postgres:// exits 1 with one line naming what to install", async () => {
    const { code, stderr } = await node([
      "dist/cli.js",
      "report",
      "--from",
      "postgres://rapport@127.0.0.1:1/none",
      "--out",
      join(dir, "pg.html"),
      "--quiet",
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "rapport: postgres://rapport@127.0.0.1:1/none: --from postgres: needs pg: npm install pg\n",
    );
  });
});
