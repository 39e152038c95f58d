import { describe, expect, it } from "vitest";
import * as z from "zod";
import { checkAgreement } from "./check-agreement";

const schema = z.object({
  id: z.string(),
  at: z.string().transform((s) => new Date(s)),
  tags: z.array(z.string()).optional(),
});
const good = [
  { id: "1", at: "2024-01-01T00:00:00Z", tags: ["a"] },
  { id: "2", at: "2024-01-02T00:00:00Z" },
];

describe("checkAgreement", () => {
  it("counts a sound check's acceptances and finds no disagreement", () => {
    const sound = (raw: unknown) => {
      const r = raw as { id?: unknown; at?: unknown; tags?: unknown };
      if (typeof r?.id !== "string" || typeof r.at !== "string") return undefined;
      return "tags" in r && Array.isArray(r.tags)
        ? { id: r.id, at: new Date(r.at), tags: [...r.tags] }
        : "tags" in r
          ? undefined
          : { id: r.id, at: new Date(r.at) };
    };
    expect(checkAgreement(sound, schema, [...good, { id: 3 }])).toEqual({
      accepted: 2,
      parsed: 2,
      disagreements: [],
    });
  });

  it("names what differs: a refused record accepted, a field order, an instant, a value", () => {
    const sloppy = (raw: unknown) => {
      const r = raw as { id: unknown; at: string };
      if (r.id === "order") return { at: new Date(r.at), id: r.id };
      if (r.id === "late") return { id: r.id, at: new Date(0) };
      if (r.id === "value") return { id: "other", at: new Date(r.at) };
      return { id: r.id, at: new Date(r.at) };
    };
    const at = "2024-01-01T00:00:00Z";
    const { disagreements } = checkAgreement(sloppy, schema, [
      { id: 7, at },
      { id: "order", at },
      { id: "late", at },
      { id: "value", at },
    ]);
    expect(disagreements.map((d) => [d.index, d.why])).toEqual([
      [0, "the check accepted a record the schema refuses"],
      [1, "(root): fields at, id against id, at"],
      [2, `at: ${String(new Date(0))} against ${String(new Date(at))}`],
      [3, 'id: "other" against "value"'],
    ]);
  });
});
