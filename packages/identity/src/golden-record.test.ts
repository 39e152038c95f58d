import { describe, expect, it } from "vitest";
import { goldenRecord } from "./golden-record";
import type { IdentityRecord } from "./identity-record";

const records: IdentityRecord[] = [
  {
    id: "b",
    system: "zendesk",
    fields: { name: "Ada L.", phone: "+441", city: "" },
    updatedAt: new Date("2024-03-01"),
  },
  {
    id: "a",
    system: "crm",
    fields: { name: "Ada Lovelace", phone: "+442", city: "London" },
    updatedAt: new Date("2023-01-01"),
  },
  { id: "c", system: "intercom", fields: { name: "Ada L.", phone: "+443" } },
];

describe("goldenRecord", () => {
  it("takes each field by its rule and says where it came from", () => {
    const golden = goldenRecord(records, {
      rules: { name: "mostFrequent", phone: "mostRecent" },
      trustedSources: ["crm"],
    });
    expect(golden.fields.name).toEqual({
      value: "Ada L.",
      recordId: "b",
      system: "zendesk",
      rule: "mostFrequent",
    });
    expect(golden.fields.phone).toEqual({
      value: "+441",
      recordId: "b",
      system: "zendesk",
      rule: "mostRecent",
    });
    // nonEmpty: the first non-empty value in record order (a before b).
    expect(golden.fields.city).toEqual({
      value: "London",
      recordId: "a",
      system: "crm",
      rule: "nonEmpty",
    });
  });

  it("prefers the most trusted source, and lists every conflicting field", () => {
    const golden = goldenRecord(records, {
      defaultRule: "trustedSource",
      trustedSources: ["intercom", "zendesk"],
    });
    expect(golden.fields.name?.recordId).toBe("c");
    expect(golden.fields.phone?.value).toBe("+443");
    expect(golden.conflicts.map((c) => c.field)).toEqual(["name", "phone"]);
    expect(golden.conflicts[0]).toEqual({
      field: "name",
      rule: "trustedSource",
      chosen: "Ada L.",
      offered: [
        { value: "Ada Lovelace", recordId: "a" },
        { value: "Ada L.", recordId: "b" },
        { value: "Ada L.", recordId: "c" },
      ],
    });
  });

  it("does not depend on the order of the records", () => {
    const options = { rules: { name: "mostRecent" as const }, trustedSources: ["crm"] };
    expect(goldenRecord([...records].reverse(), options)).toEqual(goldenRecord(records, options));
  });

  it("rejects wrong arguments", () => {
    expect(() => goldenRecord("x" as never)).toThrow(TypeError);
    expect(() => goldenRecord(records, { rules: { name: "loudest" as never } })).toThrow(
      new RangeError(
        'goldenRecord: rules.name: expected one of "mostRecent" | "trustedSource" | "mostFrequent" | "nonEmpty", received "loudest"',
      ),
    );
  });
});
