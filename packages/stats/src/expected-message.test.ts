import { describe, expect, it } from "vitest";
import { describeValue } from "./describe-value";
import { expectedMessage } from "./expected-message";
import { oneOf } from "./one-of";

describe("expectedMessage", () => {
  it("names where, what was expected and what was received", () => {
    expect(expectedMessage("nps: scores[3]", "an integer from 0 to 10", 11)).toBe(
      "nps: scores[3]: expected an integer from 0 to 10, received 11",
    );
    expect(expectedMessage("", "a string", 4)).toBe("expected a string, received 4");
  });

  it("describes values without echoing records", () => {
    expect(describeValue({ email: "a@example.com" })).toBe("an object");
    expect(describeValue([1, 2, 3])).toBe("an array of 3");
    expect(describeValue(undefined)).toBe("nothing (the field is missing)");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(new Date(Number.NaN))).toBe("an invalid Date");
    expect(describeValue(new Date("2026-01-02T03:04:05Z"))).toBe("Date 2026-01-02T03:04:05.000Z");
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(10n)).toBe("a bigint");
    expect(describeValue(true)).toBe("true");
    expect(describeValue(-Infinity)).toBe("-Infinity");
    expect(describeValue(() => 1)).toBe("a function");
    expect(describeValue(Symbol("s"))).toBe("a symbol");
    expect(describeValue("x".repeat(100))).toBe(`"${"x".repeat(56)}…`);
  });

  it("writes a choice one way", () => {
    expect(oneOf(["day", "week"])).toBe('one of "day" | "week"');
    expect(oneOf(["only"])).toBe('"only"');
  });
});
