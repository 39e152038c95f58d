import { describe, expect, it } from "vitest";
import { normalizeEmail } from "./normalize-email";

describe("normalizeEmail", () => {
  it("trims and lower-cases, keeping dots and tags without provider rules", () => {
    expect(normalizeEmail("  Ada.Lovelace+care@Example.COM ")).toEqual({
      ok: true,
      value: "ada.lovelace+care@example.com",
    });
  });

  it("applies Gmail's dots and tags, and Outlook's tags only, with provider rules", () => {
    expect(normalizeEmail("Ada.Lovelace+care@googlemail.com", { providerRules: true })).toEqual({
      ok: true,
      value: "adalovelace@gmail.com",
    });
    expect(normalizeEmail("ada.lovelace+care@outlook.com", { providerRules: true })).toEqual({
      ok: true,
      value: "ada.lovelace@outlook.com",
    });
    expect(normalizeEmail("a.b+c@example.com", { providerRules: true })).toEqual({
      ok: true,
      value: "a.b+c@example.com",
    });
  });

  it("reports malformed addresses with the reason", () => {
    expect(normalizeEmail("ada.example.com")).toEqual({
      ok: false,
      reason: "not an e-mail address: no @",
    });
    expect(normalizeEmail("@example.com")).toEqual({
      ok: false,
      reason: "not an e-mail address: nothing before @",
    });
    expect(normalizeEmail("ada@")).toEqual({
      ok: false,
      reason: "not an e-mail address: no domain after @",
    });
    expect(normalizeEmail("ada lovelace@example.com").ok).toBe(false);
    expect(normalizeEmail("ada..l@example.com").ok).toBe(false);
    expect(normalizeEmail("ada@localhost")).toEqual({
      ok: false,
      reason: 'not an e-mail address: the domain "localhost" is malformed',
    });
    expect(normalizeEmail("+tag@gmail.com", { providerRules: true }).ok).toBe(false);
  });
});
