import { describe, expect, it } from "vitest";
import { AGE_OF_DIGITAL_CONSENT, ageAt, ageOfConsent } from "./age-of-consent";

describe("AGE_OF_DIGITAL_CONSENT", () => {
  it("covers the 27 EU member states within GDPR Art. 8's bounds (13 to 16)", () => {
    const eu =
      "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split(" ");
    expect(eu).toHaveLength(27);
    for (const code of eu) {
      const age = AGE_OF_DIGITAL_CONSENT[code];
      expect(age, code).toBeGreaterThanOrEqual(13);
      expect(age, code).toBeLessThanOrEqual(16);
    }
  });
});

describe("ageOfConsent", () => {
  it("looks up the jurisdiction, then its country part, then the GDPR default of 16", () => {
    expect(ageOfConsent("DE")).toBe(16);
    expect(ageOfConsent("fr")).toBe(15);
    expect(ageOfConsent("ES")).toBe(14);
    expect(ageOfConsent("US-CA")).toBe(13);
    expect(ageOfConsent("ZZ")).toBe(16);
    expect(ageOfConsent(undefined)).toBe(16);
  });

  it("uses a table given instead, falling back to 16 where it has no EU entry", () => {
    expect(ageOfConsent("XX", { XX: 18 })).toBe(18);
    expect(ageOfConsent("YY", { XX: 18 })).toBe(16);
    expect(ageOfConsent(undefined, { EU: 15 })).toBe(15);
  });
});

describe("ageAt", () => {
  it("counts whole years on the UTC calendar", () => {
    const born = new Date("2010-06-15T00:00:00Z");
    expect(ageAt(born, new Date("2026-06-14T23:59:59Z"))).toBe(15);
    expect(ageAt(born, new Date("2026-06-15T00:00:00Z"))).toBe(16);
    expect(ageAt(born, new Date("2026-05-20T00:00:00Z"))).toBe(15);
    expect(ageAt(born, new Date("2026-07-01T00:00:00Z"))).toBe(16);
  });

  it("has a 29 February child turn a year older on 1 March in common years", () => {
    const leap = new Date("2008-02-29T00:00:00Z");
    expect(ageAt(leap, new Date("2021-02-28T12:00:00Z"))).toBe(12);
    expect(ageAt(leap, new Date("2021-03-01T00:00:00Z"))).toBe(13);
  });
});

describe("ageAt: bad input", () => {
  it("names the invalid date instead of returning NaN", () => {
    expect(() => ageAt(new Date("nope"), new Date("2026-01-01T00:00:00Z"))).toThrow(
      new RangeError("ageAt: birthDate: expected a valid Date, received an invalid Date"),
    );
    expect(() => ageAt(new Date("2010-01-01T00:00:00Z"), new Date(Number.NaN))).toThrow(
      new RangeError("ageAt: at: expected a valid Date, received an invalid Date"),
    );
  });
});
