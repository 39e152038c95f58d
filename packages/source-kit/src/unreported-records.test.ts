import { describe, expect, it } from "vitest";
import type { ImportOutcome, ImportReport } from "./import-report";
import { mutatePayload } from "./mutate-payload";
import { unreportedRecords } from "./unreported-records";

const report = (records: Partial<ImportOutcome>[]) =>
  ({ records: records.map((r) => ({ status: "accepted", ...r })) }) as unknown as ImportReport;

describe("unreportedRecords", () => {
  it("matches each input record to one outcome of its entity and id", () => {
    const outcomes = report([
      { entity: "ticket", sourceId: "1" },
      { entity: "comment", sourceId: "1" },
      { entity: "user", sourceId: null },
    ]);
    expect(
      unreportedRecords(
        [
          { entity: "ticket", sourceId: "1" },
          { entity: "comment", sourceId: "1" },
          { entity: "user", sourceId: null },
          { entity: "ticket", sourceId: "1" }, // a second ticket 1 needs a second outcome
          { entity: "user", sourceId: "9" },
        ],
        outcomes,
      ),
    ).toEqual([
      { entity: "ticket", sourceId: "1" },
      { entity: "user", sourceId: "9" },
    ]);
  });

  it("lets a record without an entity take any outcome of its id, after the named ones", () => {
    const outcomes = report([
      { entity: "ticket", sourceId: "5" },
      { entity: "conversation", sourceId: "7" },
    ]);
    expect(
      unreportedRecords([{ sourceId: "7" }, { entity: "ticket", sourceId: "5" }], outcomes),
    ).toEqual([]);
    expect(
      unreportedRecords([{ sourceId: "5" }, { entity: "ticket", sourceId: "5" }], outcomes),
    ).toEqual([{ sourceId: "5" }]);
  });
});

describe("mutatePayload", () => {
  it("replaces the value at the chosen path of a copy, and leaves the input alone", () => {
    const input = { tickets: [{ id: 1, status: "open" }] };
    // paths in walk order: tickets, tickets[0], tickets[0].id, tickets[0].status
    expect(mutatePayload(input, [[3, null]])).toEqual({ tickets: [{ id: 1, status: null }] });
    expect(mutatePayload(input, [[6, "x"]])).toEqual({ tickets: [{ id: "x", status: "open" }] });
    expect(
      mutatePayload(input, [
        [1, 0],
        [0, []],
      ]),
    ).toEqual({ tickets: [] });
    expect(input).toEqual({ tickets: [{ id: 1, status: "open" }] });
  });

  it("puts a copy of each replacement, so one used twice cannot make the payload cyclic", () => {
    // fast-check can hand the same generated object to two mutations. The first puts it at
    // `a`; the second picks path 1, which is then `a.x`, inside it. Writing the object itself
    // there would make `a.x` the object holding it, a cycle that JSON.stringify cannot end.
    const replacement = { x: 1 };
    const mutated = mutatePayload({ a: 1 }, [
      [0, replacement],
      [1, replacement],
    ]);
    expect(mutated).toEqual({ a: { x: { x: 1 } } });
    expect(JSON.stringify(mutated)).toBe('{"a":{"x":{"x":1}}}');
    expect(replacement).toEqual({ x: 1 });
  });

  it("returns a copy of a payload without paths", () => {
    expect(mutatePayload(42, [[0, "x"]])).toBe(42);
  });
});
