#!/usr/bin/env node
// Scaffolds packages/<name> from scripts/package-template so that the new package passes
// every gate from its first commit: build, types, lint, tests with coverage, publint, attw,
// size budget and docs. Usage: npm run new-package <name> ["one-line description"] [--no-install]
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const skipInstall = args.includes("--no-install");
const [name, description = `Rapport ${name} package.`] = args.filter(
  (arg) => arg !== "--no-install",
);

if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error("usage: npm run new-package <name> [description]  (name: lower-case, a-z0-9-)");
  process.exit(2);
}
const target = join(root, "packages", name);
if (existsSync(target)) {
  console.error(`packages/${name} already exists`);
  process.exit(1);
}

cpSync(join(root, "scripts", "package-template"), target, { recursive: true });
cpSync(join(root, "LICENSE"), join(target, "LICENSE"));
// changesets adds each release above this heading.
writeFileSync(join(target, "CHANGELOG.md"), `# @rapport/${name}\n`);

function fill(path) {
  const text = readFileSync(path, "utf8")
    .replaceAll("__NAME__", name)
    .replaceAll("__DESCRIPTION__", description);
  writeFileSync(path, text);
}
for (const file of ["package.json", "vitest.config.ts"]) fill(join(target, file));
// git keeps no empty folders, so the template has no src/ of its own.
mkdirSync(join(target, "src"), { recursive: true });

const exportName = "packageName";
writeFileSync(
  join(target, "src", "package-name.ts"),
  `/**
 * The npm name of this package, for log lines and error messages.
 *
 * @example
 * \`\`\`ts
 * import { ${exportName} } from "@rapport/${name}";
 * console.log(${exportName}); // "@rapport/${name}"
 * \`\`\`
 */
export const ${exportName} = "@rapport/${name}";
`,
);
writeFileSync(
  join(target, "src", "package-name.test.ts"),
  `import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ${exportName} } from "./package-name";

describe("${exportName}", () => {
  it("matches the name in package.json", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(${exportName}).toBe(manifest.name);
  });
});
`,
);
writeFileSync(join(target, "src", "index.ts"), `export { ${exportName} } from "./package-name";\n`);
writeFileSync(
  join(target, "README.md"),
  `# @rapport/${name}

${description}

\`\`\`sh
npm install @rapport/${name}
\`\`\`

Part of [Rapport](https://github.com/rapport-care/rapport): the domain logic of customer care.
`,
);

// The docs site depends on every package so that turbo builds them before typedoc runs.
const docsManifestPath = join(root, "docs", "package.json");
const docsManifest = JSON.parse(readFileSync(docsManifestPath, "utf8"));
docsManifest.dependencies = { ...docsManifest.dependencies, [`@rapport/${name}`]: "*" };
docsManifest.dependencies = Object.fromEntries(Object.entries(docsManifest.dependencies).sort());
writeFileSync(docsManifestPath, `${JSON.stringify(docsManifest, null, 2)}\n`);

if (!skipInstall) {
  execFileSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
}
console.log(`\ncreated packages/${name}: ${readdirSync(join(target, "src")).join(", ")}`);
console.log(
  "next: write src/, add keywords of its own to package.json (the release check wants two\n" +
    "besides rapport and customer-care), then `npx changeset` to describe the new package.",
);
