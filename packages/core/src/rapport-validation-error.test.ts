import { describe, expect, it } from "vitest";
import { formatPath, RapportValidationError } from "./rapport-validation-error";
import { describeReceived } from "./zod-issues";

describe("RapportValidationError", () => {
  it("lists every issue on its own line with its path", () => {
    const error = new RapportValidationError("Case", [
      { path: ["status"], message: 'expected one of "new" | "open", received "asap"' },
      { path: ["statusHistory", 2, "at"], message: "expected status changes in time order" },
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
    const error = new RapportValidationError("Team", [{ path: [], message: "expected an object" }]);
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

describe("describeReceived", () => {
  it.each([
    [undefined, "nothing (the field is missing)"],
    [null, "null"],
    [42, "42"],
    [Number.NaN, "NaN"],
    ["x", '"x"'],
    [[1, 2], "an array of 2"],
    [{ a: 1 }, "an object"],
    [new Date(Number.NaN), "an invalid Date"],
    [new Date(0), "Date 1970-01-01T00:00:00.000Z"],
    ["y".repeat(100), `"${"y".repeat(56)}…`],
  ])("%s", (value, text) => {
    expect(describeReceived(value)).toBe(text);
  });
});
