// Every fixture message with each top-level field replaced, in turn, by values of every JSON
// type (or left out), and a fresh messageId on each, so that none is a duplicate: what the
// import reports for them is kept in `__fixtures__/import-reports.json`, so that a faster
// importer can be held to the same reports, byte for byte.
import { allMessages } from "./messages.fixture";

const KEYS = [
  "type",
  "messageId",
  "userId",
  "anonymousId",
  "timestamp",
  "originalTimestamp",
  "receivedAt",
  "sentAt",
  "event",
  "name",
  "groupId",
  "previousId",
  "properties",
  "traits",
  "context",
];

const VALUES: readonly unknown[] = [
  undefined,
  null,
  "",
  "  ",
  "x",
  0,
  42,
  1.5,
  true,
  [],
  ["a"],
  {},
  { email: "new@example.com", plan: "Pro" },
  { traits: { email: "ctx@example.com" }, timezone: "Europe/Paris", locale: "fr-FR" },
  { traits: 3 },
  { timezone: 3 },
  "track",
  "identify",
  "alias",
  "2024-03-01T10:00:00Z",
  "2024-03-01 10:00:00+0100",
  "2099-01-01T00:00:00Z",
  "2024-03-01",
];

function mutations(): unknown[] {
  const out: unknown[] = [...allMessages];
  allMessages.forEach((message, m) => {
    for (const key of KEYS) {
      VALUES.forEach((value, v) => {
        const copy: Record<string, unknown> = { ...message, messageId: `mut-${m}-${key}-${v}` };
        if (key === "messageId") copy["messageId"] = value;
        else if (value === undefined) delete copy[key];
        else copy[key] = value;
        out.push(copy);
      });
    }
  });
  return out;
}

/** The fixture messages and their mutations, as one NDJSON text. */
export const MUTATED_NDJSON: string = mutations()
  .map((message) => JSON.stringify(message))
  .join("\n");

/** The moment of these imports: after the fixtures' dates, before 2099. */
export const MUTATED_AS_OF = new Date("2025-01-01T00:00:00Z");
