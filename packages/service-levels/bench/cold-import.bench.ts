// Start-up: importing the built package in a fresh process, against bare Node. The
// business-time entry (schedules, businessTimeBetween, addBusinessTime, isOpen, nextOpening)
// must load neither zod, nor holiday data, nor date-fns' calendar functions. Build first (npm run build).
import { fileURLToPath } from "node:url";
import { coldImportSuite } from "../../../scripts/cold-import.ts";

coldImportSuite({
  dist: fileURLToPath(new URL("../dist/", import.meta.url)),
  title: "cold import of @rapport/service-levels (fresh process each)",
  entries: [
    {
      name: "@rapport/service-levels/business-time",
      file: "business-time.js",
      mustNotLoad: ["zod", "holiday data", "date-fns"],
    },
    { name: "@rapport/service-levels (main entry)", file: "index.js" },
  ],
});
