import { describe, expect, it } from "vitest";
import { describeJsonError } from "./describe-json-error";

describe("describeJsonError", () => {
  it("names the line and column of the first error, counted by hand", () => {
    // Line 4 is `  ]`: the bracket after a trailing comma sits in column 3.
    expect(describeJsonError('{\n  "tickets": [\n    {"id": 1},\n  ]\n}')).toBe(
      "not valid JSON at line 4, column 3: expected a value",
    );
    // `{"a":}`: the `}` where a value belongs is the 6th character.
    expect(describeJsonError('{"a":}')).toBe(
      "not valid JSON at line 1, column 6: expected a value",
    );
    // `{"a" 1}`: the 1 stands where the colon belongs, at column 6.
    expect(describeJsonError('{"a" 1}')).toBe(
      'not valid JSON at line 1, column 6: expected ":" after a property name',
    );
    // `// x` at the start: JSON has no comments.
    expect(describeJsonError('// x\n{"a": 1}')).toBe(
      "not valid JSON at line 1, column 1: a comment, which JSON does not allow",
    );
  });

  it("says a file is truncated, with where it ends, and says an empty file is empty", () => {
    // `{"tickets": [{"id": 1},` is 23 characters on one line: it ends at column 23.
    expect(describeJsonError('{"tickets": [{"id": 1},')).toBe(
      "truncated: the file ends at line 1, column 23, before the JSON is complete",
    );
    // A string cut off on line 2: `  "name": "Ad` is 13 characters, so it ends at column 13.
    expect(describeJsonError('{\n  "name": "Ad')).toBe(
      "truncated: the file ends at line 2, column 13, before the JSON is complete",
    );
    expect(describeJsonError("")).toBe("an empty file");
    expect(describeJsonError(" \n\t")).toBe("holds only white space");
  });

  it("is null for valid JSON, a leading byte-order mark included", () => {
    expect(describeJsonError('{"tickets": []}')).toBeNull();
    expect(describeJsonError("\uFEFF[1, 2]")).toBeNull();
  });
});
