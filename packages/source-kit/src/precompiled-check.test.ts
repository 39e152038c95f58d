import { describe, expect, it } from "vitest";
import * as z from "zod";
import { createImportCollector } from "./import-collector";
import { precompiledCheck } from "./precompiled-check";
import { parseSourceRecords } from "./source-records";

const shape = z.object({ id: z.coerce.string(), name: z.string() });
const seen: unknown[] = [];
// A check that records what it was asked, accepts only objects with a string id and name,
// and marks what it returns, so that the test can tell its output from zod's.
const schema = precompiledCheck(z.object({ id: z.coerce.string(), name: z.string() }), (raw) => {
  seen.push(raw);
  const r = raw as { id?: unknown; name?: unknown } | null;
  if (r !== null && typeof r === "object" && r.name === "boom") throw new Error("defect");
  return typeof r?.id === "string" && typeof r.name === "string"
    ? { id: `${r.id}`, name: `${r.name}!` }
    : undefined;
});

describe("precompiledCheck", () => {
  it("returns the schema itself", () => {
    const plain = z.object({ id: z.string() });
    expect(precompiledCheck(plain, () => undefined)).toBe(plain);
  });

  it("is tried first; zod parses only what it turns down, with zod's own field and reason", () => {
    seen.length = 0;
    const collector = createImportCollector("example");
    const parsed = parseSourceRecords(
      "group",
      [
        { id: "1", name: "Billing" },
        { id: 2, name: "Sales" },
        { id: "3" },
        { id: "4", name: "boom" },
      ],
      schema,
      collector,
    );
    expect(seen).toHaveLength(4);
    // 1 from the check (marked), 2 and 4 from zod (the check said no, or threw), 3 rejected.
    expect(parsed).toEqual([
      { id: "1", name: "Billing!" },
      { id: "2", name: "Sales" },
      { id: "4", name: "boom" },
    ]);
    const zodAlone = createImportCollector("example");
    parseSourceRecords("group", [{ id: "3" }], shape, zodAlone);
    expect(collector.result().report.records).toEqual(zodAlone.result().report.records);
    expect(collector.result().report.records[0]).toMatchObject({ sourceId: "3", field: "name" });
  });
});
