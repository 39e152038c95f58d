#!/usr/bin/env node
// Packs the package in the current directory once and runs both publishing linters on the
// tarball a user would download: publint (package.json and files) and
// @arethetypeswrong/cli (types resolve for ESM and CJS consumers under every resolution mode).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const workDir = mkdtempSync(join(tmpdir(), "rapport-pack-"));
try {
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", workDir], { encoding: "utf8" }),
  );
  const tarball = join(workDir, packed.filename);
  execFileSync("npx", ["publint", "run", "--strict", tarball], { stdio: "inherit" });
  execFileSync("npx", ["attw", tarball, "--format", "table-flipped"], { stdio: "inherit" });
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
