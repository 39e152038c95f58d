// Start-up: importing the built package in a fresh process, against bare Node, for the
// customer-alive models' entry (`@rapport/churn/customer-value`, which must load neither zod,
// nor @rapport/core, nor a time-zone library: the bench fails if it does), for the main entry
// (which must not load zod; it summarises transaction logs on core's calendar, in a time zone)
// and for the schema entry (the zod schemas of churn models). Build first (npm run build).
import { fileURLToPath } from "node:url";
import { coldImportSuite } from "../../../scripts/cold-import.ts";

coldImportSuite({
  dist: fileURLToPath(new URL("../dist/", import.meta.url)),
  title: "cold import of @rapport/churn (fresh process each)",
  entries: [
    {
      name: "@rapport/churn/customer-value",
      file: "customer-value.js",
      mustNotLoad: ["zod", "@rapport/core", "time-zone library"],
    },
    { name: "@rapport/churn (main entry)", file: "index.js", mustNotLoad: ["zod"] },
    { name: "@rapport/churn/schema", file: "schema.js" },
  ],
});
