import { RapportValidationError } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { ChurnModelSchema } from "./churn-model-schema";
import { isChurnSignalName } from "./churn-signals";
import { defaultChurnModel } from "./default-churn-model";
import { defineChurnModel } from "./define-churn-model";
import { termInput } from "./term-input";

const valid = {
  name: "mine",
  intercept: -2,
  terms: [{ signal: "reopenedCases", weight: 0.5, cap: 5 }],
  bands: { medium: 0.3, high: 0.6 },
};

describe("defineChurnModel", () => {
  it("accepts a valid model and fills defaults", () => {
    const model = defineChurnModel(valid);
    expect(model.terms[0]).toEqual({
      signal: "reopenedCases",
      weight: 0.5,
      cap: 5,
      transform: "identity",
      center: 0,
    });
  });

  it("accepts the default model", () => {
    expect(defineChurnModel(defaultChurnModel)).toEqual(defaultChurnModel);
    expect(ChurnModelSchema.safeParse(defaultChurnModel).success).toBe(true);
  });

  it("rejects an unknown signal, naming it and its path", () => {
    const bad = { ...valid, terms: [...valid.terms, { signal: "mood", weight: 1 }] };
    expect(() => defineChurnModel(bad)).toThrow(RapportValidationError);
    expect(() => defineChurnModel(bad)).toThrow(
      /terms\[1\]\.signal: expected a known signal \(.*\), received "mood"/,
    );
  });

  it("rejects a bad weight, naming the value", () => {
    const nan = { ...valid, terms: [{ signal: "transfers", weight: Number.NaN }] };
    expect(() => defineChurnModel(nan)).toThrow(
      /terms\[0\]\.weight: expected a weight \(a finite number\), received NaN/,
    );
    const text = { ...valid, terms: [{ signal: "transfers", weight: "high" }] };
    expect(() => defineChurnModel(text)).toThrow(
      /terms\[0\]\.weight: expected a weight.*received "high"/,
    );
  });

  it("lists every problem: duplicate signals, band order, empty name", () => {
    try {
      defineChurnModel({
        ...valid,
        name: "",
        terms: [
          { signal: "transfers", weight: 1 },
          { signal: "transfers", weight: 2 },
        ],
        bands: { medium: 0.7, high: 0.6 },
      });
      expect.unreachable();
    } catch (error) {
      const issues = (error as RapportValidationError).issues.map((i) => i.path.join("."));
      expect(issues).toEqual(expect.arrayContaining(["name", "bands.medium", "terms.1.signal"]));
      expect((error as Error).message).toMatch(
        /expected each signal once, received "transfers" again/,
      );
    }
  });
});

describe("termInput", () => {
  const term = {
    signal: "transfers" as const,
    weight: 1,
    transform: "identity" as const,
    center: 0,
  };
  it("caps, transforms and centres", () => {
    expect(termInput({ ...term, cap: 10 }, 12)).toBe(10);
    expect(termInput({ ...term, cap: 10 }, -12)).toBe(-10);
    expect(termInput({ ...term, transform: "log1p" }, Math.E - 1)).toBeCloseTo(1, 14);
    expect(termInput({ ...term, transform: "log1p" }, -(Math.E - 1))).toBeCloseTo(-1, 14);
    expect(termInput({ ...term, center: 7 }, 9)).toBe(2);
    expect(termInput({ ...term, center: 7 }, null)).toBe(0);
    expect(() => termInput(term, Number.NaN)).toThrow(
      "signals.transfers: expected a number or null, received NaN",
    );
  });
  it("knows the signal names", () => {
    expect(isChurnSignalName("transfers")).toBe(true);
    expect(isChurnSignalName("mood")).toBe(false);
  });
});
