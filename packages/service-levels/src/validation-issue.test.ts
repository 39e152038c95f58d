import { describe, expect, it } from "vitest";
import { validationIssue } from "./validation-issue";

describe("validationIssue", () => {
  it("carries the path, the zod-style code and an expected/received message", () => {
    expect(validationIssue(["weekly", "moonday"], "unknown_key", '"monday"', "moonday")).toEqual({
      path: ["weekly", "moonday"],
      code: "unknown_key",
      message: 'expected "monday", received "moonday"',
    });
  });
});
