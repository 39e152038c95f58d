import { describe, expect, it } from "vitest";
import { RapportValidationError } from "./rapport-validation-error";
import { validationIssue } from "./validation-issue";

describe("validationIssue", () => {
  it("carries path, code, expected, received and the one message form", () => {
    expect(validationIssue(["targets", 0, "minutes"], "too_small", "a number > 0", -5)).toEqual({
      path: ["targets", 0, "minutes"],
      code: "too_small",
      expected: "a number > 0",
      received: "-5",
      message: "expected a number > 0, received -5",
    });
  });

  it("reads like every other validation error once thrown", () => {
    const error = new RapportValidationError("SlaTarget", [
      validationIssue(["metric"], "invalid_value", 'one of "first_reply" | "resolution"', "x"),
    ]);
    expect(error.message).toBe(
      'Invalid SlaTarget (1 issue):\n  - metric: expected one of "first_reply" | "resolution", received "x"',
    );
  });
});
