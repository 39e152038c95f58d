import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importSegment } from "./import-segment";
import { allMessages } from "./messages.fixture";
import { splitSegmentInput } from "./segment-input";

// Later than any instant the generators make, so that asOf rejects nothing by accident.
const asOf = new Date("2100-01-01T00:00:00Z");
const STATUSES = new Set(["accepted", "rejected", "duplicate", "ignored"]);

/**
 * Every input record is in the report once: `expected` records, counted by the caller where it
 * can be (the splitter's count otherwise, for inputs whose shape only the splitter knows).
 */
function checkAccounting(input: unknown, expected = splitSegmentInput(input).length) {
  const { report } = importSegment(input, { asOf });
  expect(report.records).toHaveLength(expected);
  for (const record of report.records) {
    expect(STATUSES.has(record.status)).toBe(true);
    if (record.status === "rejected") expect(record.field && record.reason).toBeTruthy();
    if (record.status === "ignored") expect(record.reason).toBeTruthy();
  }
}

/** Replaces the value at one key of a message (or deletes it) with arbitrary JSON. */
const mutated = fc
  .tuple(
    fc.constantFrom(...allMessages),
    fc.constantFrom(
      "type",
      "messageId",
      "userId",
      "anonymousId",
      "timestamp",
      "event",
      "traits",
      "properties",
      "context",
      "groupId",
      "previousId",
      "name",
    ),
    fc.option(fc.jsonValue(), { nil: undefined }),
  )
  .map(([message, key, value]) => ({ ...message, [key]: value }));

describe("importSegment under fuzzing", () => {
  it("never throws on arbitrary values and accounts for every record", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        checkAccounting(input);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary JSON text or JSON batches", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.array(fc.jsonValue()).map((batch) => ({ batch })),
        ),
        (input) => {
          checkAccounting(input, typeof input === "string" ? undefined : input.batch.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on mutated real-shaped messages, alone or in NDJSON", () => {
    fc.assert(
      fc.property(fc.array(mutated, { maxLength: 8 }), (messages) => {
        // One record per message: as an array, and as NDJSON (one message a line).
        checkAccounting(messages, messages.length);
        checkAccounting(
          messages.map((message) => JSON.stringify(message)).join("\n"),
          messages.length,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("lets __proto__ keys do nothing", () => {
    const text = JSON.stringify({
      type: "identify",
      messageId: "p1",
      userId: "u1",
      timestamp: "2024-01-01T00:00:00Z",
      traits: { email: "a@example.com" },
      properties: {},
    })
      .replace('"traits":{', '"traits":{"__proto__":{"polluted":"traits"},')
      .replace('"properties":{', '"properties":{"__proto__":{"polluted":"properties"}')
      .replace('{"type"', '{"__proto__":{"polluted":"root","type":"group"},"type"');
    const track = `{"__proto__":{"event":"Signed Up"},"type":"track","messageId":"p2","userId":"u1","timestamp":"2024-01-01T00:00:00Z","event":"Order Completed","properties":{"__proto__":{"polluted":1},"a":1}}`;
    const { customers, journeyEvents, report } = importSegment(`${text}\n${track}`, { asOf });
    expect(report.accepted).toBe(2);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(customers[0])).toBe(Object.prototype);
    expect((customers[0] as unknown as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(customers[0]!.emails).toEqual(["a@example.com"]);
    expect(journeyEvents[0]!.name).toBe("Order Completed");
    expect(journeyEvents[0]!.properties).toEqual({ a: 1 });
    expect((journeyEvents[0]!.properties as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
