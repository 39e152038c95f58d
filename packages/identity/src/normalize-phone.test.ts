import { describe, expect, it } from "vitest";
import { normalizePhone } from "./normalize-phone";

describe("normalizePhone", () => {
  it("writes national numbers in E.164 with the default region", () => {
    // Ofcom's drama range 07700 900xxx is a UK mobile: +44 7700 900123.
    expect(normalizePhone("07700 900123", { defaultRegion: "gb" })).toEqual({
      ok: true,
      value: "+447700900123",
    });
    expect(normalizePhone("(415) 555-2671", { defaultRegion: "US" })).toEqual({
      ok: true,
      value: "+14155552671",
    });
  });

  it("keeps an international number whatever the default region", () => {
    expect(normalizePhone("+33 1 42 68 53 00", { defaultRegion: "GB" })).toEqual({
      ok: true,
      value: "+33142685300",
    });
    expect(normalizePhone("+44 20 7946 0000")).toEqual({ ok: true, value: "+442079460000" });
  });

  it("reports a number without country code when no region is given, and impossible numbers", () => {
    expect(normalizePhone("020 7946 0000")).toEqual({
      ok: false,
      reason:
        'not a phone number: "020 7946 0000" has no country code and no default region was given',
    });
    expect(normalizePhone("12", { defaultRegion: "GB" })).toEqual({
      ok: false,
      reason: 'not a phone number: "12" has the wrong length for GB',
    });
    expect(normalizePhone("call me", { defaultRegion: "GB" })).toEqual({
      ok: false,
      reason: 'not a phone number: "call me"',
    });
    expect(normalizePhone("+44 20 7946 00000 1").ok).toBe(false);
  });
});
