import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fastObject, field, INVALID } from "./fast-object";
import { mutatePayload } from "./mutate-payload";

const nonEmpty = (value: unknown) =>
  typeof value === "string" && value.length > 0 ? value : undefined;
// One schema and its check, field by field.
const schema = z.object({
  id: z.string().min(1),
  name: z.string().nullish(),
  open: z.boolean().nullish(),
  extra: z.unknown().optional(),
  owner: z.object({ id: z.string().min(1), type: z.string().nullish() }).nullish(),
  tags: z.array(z.string()).nullish(),
});
const check = fastObject<z.output<typeof schema>>({
  id: field.required(nonEmpty),
  name: field.nullish(field.text),
  open: field.nullish(field.boolean),
  extra: field.unknown,
  owner: field.nullish(
    field.object({ id: field.required(nonEmpty), type: field.nullish(field.text) }),
  ),
  tags: field.nullish(field.array(field.text)),
});
const record = {
  id: "1",
  name: "Ada",
  open: true,
  extra: { any: [1] },
  owner: { id: "9", type: "agent", colour: "red" },
  tags: ["vip"],
  unknown: 3,
};

describe("fastObject", () => {
  it("returns what the schema returns: named fields only, in order, present as given", () => {
    const fast = check(record);
    expect(fast).toStrictEqual(schema.parse(record));
    expect(Object.keys(fast ?? {})).toEqual(["id", "name", "open", "extra", "owner", "tags"]);
    expect(check({ id: "1", name: undefined })).toStrictEqual({ id: "1", name: undefined });
    expect(check({ id: "1" })).toStrictEqual({ id: "1" });
    // A new array, as zod makes.
    expect(check(record)?.tags).not.toBe(record.tags);
  });

  it("refuses what the schema refuses: a missing or bad required field, a bad nested one", () => {
    for (const bad of [
      null,
      [],
      "x",
      {},
      { id: "" },
      { id: "1", open: "yes" },
      { id: "1", owner: {} },
      { id: "1", tags: [1] },
      { id: "1", owner: [] },
    ]) {
      expect(check(bad)).toBeUndefined();
      expect(schema.safeParse(bad).success).toBe(false);
    }
  });

  it("agrees with the schema on mutated records: never accepts more, never differs", () => {
    const samples = fc.sample(
      fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { minLength: 1, maxLength: 3 }),
      {
        seed: 3,
        numRuns: 300,
      },
    );
    let accepted = 0;
    for (const changes of samples) {
      const raw = mutatePayload(record, changes);
      const fast = check(raw);
      const parsed = schema.safeParse(raw);
      if (fast !== undefined) {
        accepted++;
        expect(parsed.success).toBe(true);
        expect(fast).toStrictEqual(parsed.data);
      } else expect(parsed.success).toBe(false);
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it("has readers that answer INVALID for the wrong shape", () => {
    expect([
      field.text(1),
      field.boolean("true"),
      field.required(nonEmpty)(""),
      field.array(field.text)("a"),
    ]).toEqual([INVALID, INVALID, INVALID, INVALID]);
    expect(field.nullish(field.text)(null)).toBeNull();
  });
});
