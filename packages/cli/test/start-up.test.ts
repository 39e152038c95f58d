// Usage, help and version answer without loading the importers, the report or its charts:
// with those packages made impossible to resolve, they still work, while demo, which needs
// them, cannot start (which shows that the packages really are blocked).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const hook = fileURLToPath(new URL("fixtures/without-drivers.mjs", import.meta.url));
// What `rapport report` needs and a command line does not: the importers, the analyses the
// report runs, and the chart library.
const REPORT_PACKAGES = [
  "@rapport/zendesk",
  "@rapport/intercom",
  "@rapport/csv",
  "@rapport/voice",
  "@rapport/metrics",
  "@rapport/churn",
  "@rapport/store-sql",
  "vega",
];

function rapport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", hook, "dist/cli.js", ...args],
      {
        cwd: packageDir,
        timeout: 60_000,
        env: { ...process.env, BLOCKED_PACKAGES: REPORT_PACKAGES.join(",") },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("start-up without the report's packages", () => {
  it.concurrent("rapport --version prints the version", async () => {
    const { code, stdout } = await rapport(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.concurrent("rapport --help prints the usage", async () => {
    const { code, stdout } = await rapport(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("rapport report");
  });

  it.concurrent("a bad command line exits 2 with the usage", async () => {
    const { code, stderr } = await rapport(["report", "--period", "fortnight"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--period");
  });

  it.concurrent("rapport demo cannot start: the packages are really blocked", async () => {
    const { code, stderr } = await rapport(["demo", "--quiet"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot find (package|module) '(@rapport\/|vega)/);
  });
});
