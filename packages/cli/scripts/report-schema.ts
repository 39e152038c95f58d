// The JSON Schema of `rapport report --json`, generated from the type `ReportJson`, as text.
import { fileURLToPath } from "node:url";
import { createGenerator } from "ts-json-schema-generator";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** The schema as the committed file holds it: two-space JSON with a final newline. */
export function reportSchema(): string {
  const schema = createGenerator({
    path: `${packageDir}src/report-json.ts`,
    tsconfig: `${packageDir}tsconfig.json`,
    type: "ReportJson",
    // A reader of an older version meets new fields: the layout may grow without a new version.
    additionalProperties: true,
    skipTypeCheck: true,
    jsDoc: "extended",
    sortProps: true,
  }).createSchema("ReportJson");
  const document = {
    $schema: schema.$schema,
    $id: "https://github.com/rapport-care/rapport/blob/main/packages/cli/report.schema.json",
    title: "rapport report --json",
    description:
      "Every figure of a Rapport care report, as `rapport report --json` writes it. Generated from the TypeScript type ReportJson of @rapport/cli by `npm run schema -w @rapport/cli`.",
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
