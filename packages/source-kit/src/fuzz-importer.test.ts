import { describe, expect, it } from "vitest";
import * as z from "zod";
import { defineSourceAdapter } from "./define-source-adapter";
import { fuzzImporter } from "./fuzz-importer";
import { createImportCollector } from "./import-collector";
import { precompiledCheck } from "./precompiled-check";

// A toy importer: one outcome per item of `groups` with an id, none for the others.
const importer = (payload: unknown) => {
  const out = createImportCollector("toy");
  const groups = (payload as { groups?: unknown } | null)?.groups;
  for (const group of Array.isArray(groups) ? groups : []) {
    const id = (group as { id?: unknown } | null)?.id;
    if (typeof id === "number") out.ignore("group", String(id), "a toy");
  }
  return out.result();
};
const recordsOf = (payload: unknown) => {
  const groups = (payload as { groups?: unknown } | null)?.groups;
  return (Array.isArray(groups) ? groups : []).map((group) => {
    const id = (group as { id?: unknown } | null)?.id;
    return { entity: "group", sourceId: typeof id === "number" ? String(id) : null };
  });
};
const payloads = [{ groups: [{ id: 1 }, { id: 2 }] }];

/** What fuzzImporter threw: fast-check's report, with the failure itself as its cause. */
function failure(run: () => void): string {
  try {
    run();
  } catch (error) {
    const cause = (error as Error).cause;
    return `${(error as Error).message}\n${cause instanceof Error ? cause.message : ""}`;
  }
  return "no failure";
}

describe("fuzzImporter", () => {
  it("passes an importer that reports every record it counts", () => {
    const all = (payload: unknown) => {
      const out = createImportCollector("toy");
      for (const record of recordsOf(payload)) out.ignore("group", record.sourceId, "a toy");
      return out.result();
    };
    expect(() => fuzzImporter({ payloads, importer: all, recordsOf, runs: 30 })).not.toThrow();
    expect(() =>
      fuzzImporter({ arbitrary: true, importer: all, recordsOf, runs: 30 }),
    ).not.toThrow();
  });

  it("fails an importer that drops a record once a mutation makes an id no number", () => {
    // Mutating either id (or the list) drops a record: fast-check finds one within 200 runs.
    const found = failure(() =>
      fuzzImporter({ payloads, importer, recordsOf, runs: 200, seed: 7 }),
    );
    expect(found).toMatch(/Property failed/);
    expect(found).toMatch(/1 input record\(s\) without an outcome in the report/);
  });

  it("fails an importer whose fast path imports differently from zod", () => {
    // The check trims names, the schema does not: the two paths disagree on every group.
    const schema = precompiledCheck(z.object({ id: z.number(), name: z.string() }), (raw) => {
      const { id, name } = (raw ?? {}) as { id?: unknown; name?: unknown };
      return typeof id === "number" && typeof name === "string"
        ? { id, name: name.trim() }
        : undefined;
    });
    const desk = defineSourceAdapter({
      system: "desk",
      recognise: () => true,
      split(input, sink) {
        const groups = (input as { groups?: unknown } | null)?.groups;
        for (const raw of Array.isArray(groups) ? groups : []) sink.add("group", raw);
      },
      schemas: { group: schema },
      map: {
        group(group, { out }) {
          out.ignore("group", String(group.id), `named "${group.name}"`);
        },
      },
    });
    const asOf = new Date("2024-06-01T00:00:00Z");
    const found = failure(() =>
      fuzzImporter({
        // Three groups: most mutations leave some of them as they were.
        payloads: [
          {
            groups: [
              { id: 1, name: " Billing " },
              { id: 2, name: " Sales " },
              { id: 3, name: " Support " },
            ],
          },
        ],
        importer: (payload) => desk.import(payload, { asOf }),
        recordsOf,
        runs: 20,
      }),
    );
    expect(found).toMatch(/the fast paths import differently from zod/);
  });

  it("fails an importer that throws", () => {
    const throwing = () => {
      throw new Error("boom");
    };
    expect(
      failure(() => fuzzImporter({ payloads, importer: throwing, recordsOf, runs: 5 })),
    ).toMatch(/Property failed after 1 tests[\s\S]*boom/);
  });

  it("wants a payload to mutate", () => {
    expect(() => fuzzImporter({ payloads: [], importer, recordsOf })).toThrow(RangeError);
  });
});
