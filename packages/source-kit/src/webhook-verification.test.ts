import { describe, expect, it } from "vitest";
import { checkWebhookOptions, staleRequestReason } from "./webhook-verification";

const asOf = new Date(Date.UTC(2024, 2, 1, 9, 31));

describe("checkWebhookOptions", () => {
  it("fills in the 300 s window", () => {
    expect(checkWebhookOptions("verifyX", { secret: "s", asOf })).toEqual({
      secret: "s",
      asOf,
      toleranceSeconds: 300,
    });
  });

  it("refuses options from the app that cannot be right", () => {
    expect(() => checkWebhookOptions("verifyX", { secret: "", asOf })).toThrow(
      new TypeError('verifyX: options.secret: expected a non-empty string, received ""'),
    );
    expect(() => checkWebhookOptions("verifyX", { secret: "s", asOf: "now" as never })).toThrow(
      new TypeError('verifyX: options.asOf: expected a Date, received "now"'),
    );
    expect(() => checkWebhookOptions("verifyX", null as never)).toThrow(TypeError);
    expect(() =>
      checkWebhookOptions("verifyX", { secret: "s", asOf, toleranceSeconds: "5" as never }),
    ).toThrow(TypeError);
    expect(() =>
      checkWebhookOptions("verifyX", { secret: "s", asOf, toleranceSeconds: -1 }),
    ).toThrow(
      new RangeError(
        "verifyX: options.toleranceSeconds: expected a finite number of seconds ≥ 0, received -1",
      ),
    );
  });
});

describe("staleRequestReason", () => {
  const options = { secret: "s", asOf, toleranceSeconds: 300 };
  it("accepts a signature within the window on either side, edges included", () => {
    expect(staleRequestReason(asOf.getTime() - 300_000, options)).toBeUndefined();
    expect(staleRequestReason(asOf.getTime() + 300_000, options)).toBeUndefined();
  });

  it("says how far outside the window a signature is, and on which side", () => {
    expect(staleRequestReason(asOf.getTime() - 301_000, options)).toBe(
      "stale: signed 301 s before asOf, more than the 300 s allowed",
    );
    expect(staleRequestReason(asOf.getTime() + 3_600_000, options)).toBe(
      "stale: signed 3600 s after asOf, more than the 300 s allowed",
    );
  });
});
