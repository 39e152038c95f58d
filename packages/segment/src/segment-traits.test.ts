import { describe, expect, it } from "vitest";
import { readGroupTraits, readIdentifyTraits } from "./segment-traits";

describe("readIdentifyTraits", () => {
  it("lets top-level traits win over context.traits", () => {
    const result = readIdentifyTraits(
      { email: "top@example.com" },
      { traits: { email: "context@example.com", name: "Ctx" } },
    );
    expect(result).toEqual({ ok: true, traits: { name: "Ctx", emails: ["top@example.com"] } });
  });

  it("prefers the timezone trait over the device's, and treats null traits as absent", () => {
    const result = readIdentifyTraits(
      { timezone: "America/New_York", email: null, phone: 5551234 },
      { timezone: "Europe/Paris" },
    );
    expect(result).toEqual({
      ok: true,
      traits: { timeZone: "America/New_York", phones: ["5551234"] },
    });
  });

  it("joins a first name alone", () => {
    expect(readIdentifyTraits({ firstName: "Ada" }, null)).toEqual({
      ok: true,
      traits: { name: "Ada" },
    });
  });
});

describe("readGroupTraits", () => {
  it("names the organization after the group, else its id", () => {
    expect(readGroupTraits("g1", null)).toEqual({ ok: true, traits: { organization: "g1" } });
    expect(readGroupTraits("g1", { name: 5 })).toEqual({ ok: true, traits: { organization: "5" } });
    expect(readGroupTraits("g1", { plan: true })).toMatchObject({
      ok: false,
      field: "traits.plan",
    });
  });
});
