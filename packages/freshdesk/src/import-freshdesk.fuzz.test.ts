// Fuzzing importFreshdesk with mutated real payloads (the project's fixtures, and the recorded
// API responses beside the repository when present): no throw, and every record of the input,
// counted here from the input itself, has its outcome in the report, and the import equals
// the one made with every record through zod (the kit's fuzzImporter).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sourceIdOf } from "@rapport/source-kit";
import { fuzzImporter } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import { account } from "./__fixtures__/freshdesk.fixture";
import { importFreshdesk } from "./import-freshdesk";

const asOf = new Date("2026-01-01T00:00:00Z");
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const LIST_KEYS = [
  "tickets",
  "conversations",
  "contacts",
  "agents",
  "groups",
  "satisfaction_ratings",
];

/**
 * The records of the input, by id: Freshdesk records carry no type, so a record is any item
 * of a list (a bare list, `results`, a keyed list), a lone object, or a conversation embedded
 * in a ticket.
 */
function inputRecords(payload: unknown): (string | null)[] {
  const found: (string | null)[] = [];
  const record = (value: unknown) => {
    found.push(sourceIdOf(value));
    const embedded =
      isObject(value) && Array.isArray(value["conversations"]) && "requester_id" in value;
    if (embedded) for (const c of value["conversations"] as unknown[]) found.push(sourceIdOf(c));
  };
  const object = (node: Record<string, unknown>) => {
    const lists = Object.entries(node).filter(
      ([key, value]) => (LIST_KEYS.includes(key) || key === "results") && Array.isArray(value),
    );
    const looksKeyed = lists.length > 0 && !("requester_id" in node) && !("ratings" in node);
    if (looksKeyed)
      for (const [, list] of lists) for (const item of list as unknown[]) record(item);
    else record(node);
  };
  const pages = Array.isArray(payload) ? payload : [payload];
  for (const page of pages) {
    if (Array.isArray(page)) for (const item of page) record(item);
    else if (isObject(page)) object(page);
  }
  return found;
}

const importer = (payload: unknown) => importFreshdesk(payload, { asOf });
const recordsOf = (payload: unknown) => inputRecords(payload).map((sourceId) => ({ sourceId }));

describe("importFreshdesk fuzzed with mutated payloads", () => {
  it("the fixtures: no throw, every input record reported, as zod would", () => {
    fuzzImporter({ payloads: [account], importer, recordsOf, runs: 80 });
  });

  it("the counter counts what a hand count of the fixture gives", () => {
    // counted in the fixture file: contacts 2 + agents 1 + groups 1 + tickets 5 (with
    // 1 conversation embedded in ticket 21) + conversations 3 + satisfaction ratings 4 = 17
    expect(inputRecords(account)).toHaveLength(17);
  });
});

const dataDir = fileURLToPath(
  new URL("../../../../shared/data/helpdesk/freshdesk", import.meta.url),
);
const hasData = existsSync(dataDir);
if (!hasData) {
  console.warn(
    "@rapport/freshdesk fuzz tests on real payloads skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}

describe.skipIf(!hasData)("importFreshdesk fuzzed with mutated recorded API responses", () => {
  const pages = hasData
    ? readdirSync(dataDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => JSON.parse(readFileSync(`${dataDir}/${f}`, "utf8")) as unknown)
    : [];

  it("no throw, every input record reported, as zod would", () => {
    fuzzImporter({ payloads: pages, importer, recordsOf, runs: 25 });
  });
});
