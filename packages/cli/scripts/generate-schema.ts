// Writes report.schema.json, the JSON Schema of what `rapport report --json` writes, from the
// TypeScript type `ReportJson` (src/report-json.ts) with ts-json-schema-generator:
// `npm run schema -w @rapport/cli` after changing a type of the report. With `--check` it
// writes nothing and fails while the committed file differs from what it would write (the
// package's `check:package` runs it so).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { reportSchema } from "./report-schema.ts";

const target = fileURLToPath(new URL("../report.schema.json", import.meta.url));
const schema = reportSchema();
if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(target, "utf8");
  } catch {
    // Missing: reported below like any difference.
  }
  if (committed !== schema) {
    console.error(
      "report.schema.json is not what the types of ReportJson give: run `npm run schema -w @rapport/cli` and commit it",
    );
    process.exit(1);
  }
  console.log("report.schema.json is current");
} else {
  writeFileSync(target, schema);
  console.log("wrote report.schema.json");
}
