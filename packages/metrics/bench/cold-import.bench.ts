// Start-up: importing the built package in a fresh process, against bare Node. The scores
// (nps, csat, ces, their accumulators and comparisons) need neither zod nor a time-zone
// library; only scoreTrend cuts periods in a time zone. Build first (npm run build).
import { fileURLToPath } from "node:url";
import { coldImportSuite } from "../../../scripts/cold-import.ts";

coldImportSuite({
  dist: fileURLToPath(new URL("../dist/", import.meta.url)),
  title: "cold import of @rapport/metrics (fresh process each)",
  entries: [{ name: "@rapport/metrics", file: "index.js", mustNotLoad: ["zod"] }],
});
