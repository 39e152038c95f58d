import { describe, expect, it } from "vitest";
import { DEFAULT_SEGMENT_STAGES, normalizeEventName, stageLookup } from "./journey-stages";

// The stages of the default lifecycle of @rapport/journeys, which imported events feed.
const STAGES = [
  "awareness",
  "consideration",
  "purchase",
  "onboarding",
  "adoption",
  "retention",
  "advocacy",
  "churned",
];

describe("DEFAULT_SEGMENT_STAGES", () => {
  it("maps the Spec's headline events as documented", () => {
    expect(DEFAULT_SEGMENT_STAGES["Signed Up"]).toBe("onboarding");
    expect(DEFAULT_SEGMENT_STAGES["Trial Started"]).toBe("consideration");
    expect(DEFAULT_SEGMENT_STAGES["Order Completed"]).toBe("purchase");
    expect(DEFAULT_SEGMENT_STAGES["Subscription Cancelled"]).toBe("churned");
    expect(DEFAULT_SEGMENT_STAGES["Product Reviewed"]).toBe("advocacy");
  });

  it.each(Object.entries(DEFAULT_SEGMENT_STAGES))(
    "%s maps to a documented stage",
    (name, stage) => {
      expect(STAGES).toContain(stage);
      expect(stageLookup()(name)).toBe(stage);
    },
  );

  it("is frozen", () => {
    expect(Object.isFrozen(DEFAULT_SEGMENT_STAGES)).toBe(true);
  });
});

describe("stageLookup", () => {
  it("matches names after normalisation", () => {
    expect(normalizeEventName("  Order_Completed--now ")).toBe("order completed now");
    const stageOf = stageLookup();
    expect(stageOf("order_completed")).toBe("purchase");
    expect(stageOf("ORDER COMPLETED")).toBe("purchase");
    expect(stageOf("Something Else")).toBeUndefined();
  });

  it("overrides, removes and replaces defaults", () => {
    const stageOf = stageLookup({ "Demo Booked": "consideration", signed_in: null });
    expect(stageOf("Demo Booked")).toBe("consideration");
    expect(stageOf("Signed In")).toBeUndefined();
    expect(stageOf("Signed Up")).toBe("onboarding");
    const only = stageLookup({ "Demo Booked": "consideration" }, { replaceDefaults: true });
    expect(only("Signed Up")).toBeUndefined();
    expect(only("demo booked")).toBe("consideration");
  });

  it("does not read names from Object.prototype", () => {
    expect(stageLookup()("constructor")).toBeUndefined();
    expect(stageLookup()("__proto__")).toBeUndefined();
  });

  it("throws a TypeError naming a bad stage", () => {
    expect(() => stageLookup({ X: "" })).toThrow(
      new RangeError(
        'stages["X"]: expected a stage name (a non-empty string) or null, received ""',
      ),
    );
  });
});
