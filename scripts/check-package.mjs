#!/usr/bin/env node
// Packs the package in the current directory once and runs both publishing linters on the
// tarball a user would download: publint (package.json and files) and
// @arethetypeswrong/cli (types resolve for ESM and CJS consumers under every resolution mode).
// The linters run straight from the workspace's node_modules with this Node, not through npx,
// which spends a second or more per call resolving them on a busy machine.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (pkg, name) => {
  const dir = join(root, "node_modules", pkg);
  const { bin } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return join(dir, typeof bin === "string" ? bin : bin[name]);
};

const workDir = mkdtempSync(join(tmpdir(), "rapport-pack-"));
try {
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", workDir], { encoding: "utf8" }),
  );
  const tarball = join(workDir, packed.filename);
  const run = (script, args) =>
    execFileSync(process.execPath, [script, ...args], { stdio: "inherit" });
  run(bin("publint", "publint"), ["run", "--strict", tarball]);
  run(bin("@arethetypeswrong/cli", "attw"), [tarball, "--format", "table-flipped"]);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
