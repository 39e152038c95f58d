import { safeParseCase } from "@rapport/core";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { addCase } from "./add-case";
import { withoutFastPaths } from "./fast-paths";
import { createImportCollector } from "./import-collector";
import { precompiledCheck } from "./precompiled-check";
import { parseSourceRecords } from "./source-records";

describe("withoutFastPaths", () => {
  it("parses with the schema, not its precompiled check, and only while it runs", () => {
    // A check that marks what it returns, to tell which path parsed the record.
    const schema = precompiledCheck(z.object({ id: z.string() }), (raw) =>
      typeof (raw as { id?: unknown }).id === "string" ? { id: "from the check" } : undefined,
    );
    const parse = () =>
      parseSourceRecords("group", [{ id: "7" }], schema, createImportCollector("x"));
    expect(parse()).toEqual([{ id: "from the check" }]);
    expect(withoutFastPaths(parse)).toEqual([{ id: "7" }]);
    expect(parse()).toEqual([{ id: "from the check" }]);
  });

  it("sends every case through the schema's parse", () => {
    let parsed = 0;
    const counting = (input: unknown) => {
      parsed++;
      return safeParseCase(input);
    };
    const fields = {
      id: "x:1",
      customerId: "x:7",
      channel: "email",
      status: "open",
      createdAt: new Date("2024-05-01T09:00:00Z"),
    } as const;
    addCase(createImportCollector("x"), "ticket", "1", fields, counting);
    expect(parsed).toBe(0);
    withoutFastPaths(() => addCase(createImportCollector("x"), "ticket", "1", fields, counting));
    expect(parsed).toBe(1);
  });

  it("turns the fast paths on again after a throw", () => {
    expect(() =>
      withoutFastPaths(() => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    const schema = precompiledCheck(z.object({ id: z.string() }), () => ({ id: "check" }));
    expect(parseSourceRecords("g", [{ id: "1" }], schema, createImportCollector("x"))).toEqual([
      { id: "check" },
    ]);
  });
});
