import { describe, expect, it } from "vitest";
import { eachBody } from "./each-body";

describe("eachBody", () => {
  it("reads each object with where it sits, and rejects anything else as a page", () => {
    const seen: [unknown, string][] = [];
    const rejected: unknown[][] = [];
    const sink = { reject: (...args: unknown[]) => rejected.push(args) };
    eachBody([{ a: 1 }, [{ b: 2 }, "x"], null], sink, "a body", (node, where) => {
      seen.push([node, where]);
    });
    expect(seen).toEqual([
      [{ a: 1 }, "[0]"],
      [{ b: 2 }, "[1][0]"],
    ]);
    expect(rejected).toEqual([
      ["page", null, "[1][1]", 'expected a body, received "x"'],
      ["page", null, "[2]", "expected a body, received null"],
    ]);
  });

  it("calls a lone body at the root", () => {
    const seen: string[] = [];
    eachBody({ a: 1 }, { reject: () => undefined }, "a body", (_, where) => seen.push(where));
    expect(seen).toEqual(["(root)"]);
  });
});
