import { describe, expect, it } from "vitest";
import { splitSegmentInput } from "./segment-input";

describe("splitSegmentInput", () => {
  it("locates each message of an array, a batch and NDJSON", () => {
    expect(splitSegmentInput([{ a: 1 }, { b: 2 }]).map((item) => item.at)).toEqual(["[0]", "[1]"]);
    expect(splitSegmentInput({ batch: [{ a: 1 }] })).toEqual([{ at: "batch[0]", value: { a: 1 } }]);
    expect(splitSegmentInput({ type: "track" })).toEqual([
      { at: "(root)", value: { type: "track" } },
    ]);
    expect(splitSegmentInput('{"a":1}\n\n{"batch":[{"b":2},{"c":3}]}\n[1')).toEqual([
      { at: "line 1", value: { a: 1 } },
      { at: "line 3 batch[0]", value: { b: 2 } },
      { at: "line 3 batch[1]", value: { c: 3 } },
      { at: "line 4", error: expect.stringMatching(/^not valid JSON/) },
    ]);
  });

  it("reports a line that is valid JSON but not a message", () => {
    expect(splitSegmentInput('{"a":1}\n"text"')).toEqual([
      { at: "line 1", value: { a: 1 } },
      { at: "line 2", error: expect.stringMatching(/received string/) },
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSegmentInput("\uFEFF \r\n")).toEqual([]);
  });
});
