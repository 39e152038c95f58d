// The precompiled checks must agree with the zod schemas they stand in for: whatever a check
// accepts, its schema accepts with an equal output (same fields, same presence, same values);
// and on well-formed records the check does accept, so that it is used at all.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkAgreement, mutatedSamples } from "@rapport/source-kit/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conversations, tickets } from "./__fixtures__/freshdesk.fixture";
import { fastConversation, fastTicket } from "./freshdesk-fast-checks";
import { freshdeskSchemas } from "./freshdesk-payload";
import { freshdeskTime } from "./freshdesk-values";

const { FreshdeskTicketSchema, FreshdeskConversationSchema } = freshdeskSchemas();
const cases = [
  { name: "ticket", records: tickets, check: fastTicket, schema: FreshdeskTicketSchema },
  {
    name: "conversation",
    records: conversations,
    check: fastConversation,
    schema: FreshdeskConversationSchema,
  },
] as const;

describe.each(cases)("the precompiled $name check", ({ records, check, schema }) => {
  it("accepts every fixture record the schema accepts, with the schema's output", () => {
    const agreement = checkAgreement(check, schema, records);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.parsed).toBeGreaterThan(0);
    expect(agreement.accepted).toBe(agreement.parsed);
  });

  it("never accepts what the schema refuses, nor differs from it, on mutated records", () => {
    const mutated = mutatedSamples(records, { seed: 25 });
    const agreement = checkAgreement(check, schema, mutated);
    expect(agreement.disagreements).toEqual([]);
    // Some mutations leave a record well-formed (a changed subject); most do not.
    expect(agreement.accepted).toBeGreaterThan(0);
    expect(agreement.accepted).toBeLessThan(mutated.length);
  });

  it("turns down the shapes zod reports, so zod gives the reason", () => {
    const first = records[0] as Record<string, unknown>;
    for (const bad of [
      null,
      [],
      "ticket",
      { ...first, id: -1 },
      { ...first, created_at: "2024-02-30T00:00:00Z" },
      { ...first, id: undefined },
    ]) {
      expect(check(bad)).toBeUndefined();
      expect(schema.safeParse(bad).success).toBe(false);
    }
  });
});

describe("freshdeskTime", () => {
  // The reading the schema used before: the engine's parser, then the day checked against
  // the month's last day (a second Date).
  const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
  const reference = (value: string): number | undefined => {
    if (!ISO.test(value)) return undefined;
    const date = new Date(value);
    const monthEnd = new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)), 0));
    return !Number.isNaN(date.getTime()) && Number(value.slice(8, 10)) <= monthEnd.getUTCDate()
      ? date.getTime()
      : undefined;
  };
  const pad = (n: number, width: number) => String(n).padStart(width, "0");

  it("reads every date-time the engine's parser reads, to the same instant", () => {
    const stamps = fc.sample(
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
          fc.integer({ min: 0, max: 61 }),
          fc.constantFrom("Z", "+01:00", "-0530", ".123Z", "z", ""),
        )
        .map(
          ([y, mo, d, h, mi, s, end]) =>
            `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${end}`,
        ),
      { seed: 16, numRuns: 2000 },
    );
    for (const stamp of [
      ...stamps,
      "2024-02-29T10:00:00Z",
      "2023-02-29T10:00:00Z",
      "0050-01-01T00:00:00Z",
      "1900-02-29T00:00:00Z",
      "2000-02-29T23:59:59Z",
    ]) {
      expect([stamp, freshdeskTime(stamp)?.getTime()]).toEqual([stamp, reference(stamp)]);
    }
    expect(freshdeskTime("2024-02-29T10:00:00Z")?.toISOString()).toBe("2024-02-29T10:00:00.000Z");
    expect(freshdeskTime("2023-02-29T10:00:00Z")).toBeUndefined();
  });
});

const dataDir = fileURLToPath(
  new URL("../../../../shared/data/helpdesk/freshdesk", import.meta.url),
);
const hasData = existsSync(dataDir);
if (!hasData) {
  console.warn(
    "@rapport/freshdesk fast-check agreement on real data skipped: ../shared/data not found",
  );
}

describe.skipIf(!hasData)("the precompiled checks on real Freshdesk API responses", () => {
  it("agree with the schemas on every ticket and conversation", () => {
    const read = (file: string) =>
      JSON.parse(readFileSync(`${dataDir}/${file}`, "utf8")) as unknown[];
    const ticketsRead = read("all_tickets.json");
    const conversationsRead = read("conversations.json");
    for (const [check, schema, records] of [
      [fastTicket, FreshdeskTicketSchema, ticketsRead],
      [fastConversation, FreshdeskConversationSchema, conversationsRead],
    ] as const) {
      const agreement = checkAgreement(check, schema, records);
      expect(agreement.disagreements).toEqual([]);
      expect(agreement.parsed).toBeGreaterThan(0);
      expect(agreement.accepted).toBe(agreement.parsed);
    }
  });
});
