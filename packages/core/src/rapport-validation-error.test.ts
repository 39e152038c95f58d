import { describe, expect, it } from "vitest";
import { formatPath, RapportValidationError } from "./rapport-validation-error";

describe("RapportValidationError", () => {
  it("lists every issue on its own line with its path", () => {
    const error = new RapportValidationError("Case", [
      {
        path: ["status"],
        code: "invalid_value",
        message: 'expected one of "new" | "open", received "asap"',
      },
      {
        path: ["statusHistory", 2, "at"],
        code: "custom",
        message: "expected status changes in time order",
      },
    ]);
    expect(error.message).toBe(
      'Invalid Case (2 issues):\n  - status: expected one of "new" | "open", received "asap"\n' +
        "  - statusHistory[2].at: expected status changes in time order",
    );
    expect(error.name).toBe("RapportValidationError");
    expect(error).toBeInstanceOf(Error);
    expect(error.entity).toBe("Case");
  });

  it("says issue in the singular for one", () => {
    const error = new RapportValidationError("Team", [
      { path: [], code: "invalid_type", message: "expected an object" },
    ]);
    expect(error.message).toBe("Invalid Team (1 issue):\n  - (root): expected an object");
  });
});

describe("formatPath", () => {
  it.each([
    [[], "(root)"],
    [["a"], "a"],
    [["a", 0, "b"], "a[0].b"],
    [[0, "id"], "[0].id"],
  ] as const)("%j -> %s", (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
