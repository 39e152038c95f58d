// Fuzzing importZendesk with mutated real payloads (the project's fixtures, and the real API
// responses beside the repository when present): no throw, and every record of the input,
// counted here from the input itself, has its outcome in the report, and the import equals
// the one made with every record through zod (the kit's fuzzImporter).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sourceIdOf } from "@rapport/source-kit";
import { fuzzImporter } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import { account } from "./__fixtures__/zendesk.fixture";
import { importZendesk } from "./import-zendesk";

const asOf = new Date("2026-01-01T00:00:00Z");
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

// The record keys of a Zendesk response body, as the Support API documents them.
const LISTS: Record<string, string> = {
  tickets: "ticket",
  users: "user",
  groups: "group",
  comments: "comment",
  audits: "audit",
  satisfaction_ratings: "satisfaction_rating",
  ticket_metrics: "ticket_metric",
  metric_sets: "ticket_metric",
};
const SINGLES: Record<string, string> = {
  ticket: "ticket",
  user: "user",
  group: "group",
  comment: "comment",
  audit: "audit",
  satisfaction_rating: "satisfaction_rating",
  ticket_metric: "ticket_metric",
};

/** The records of the input: [entity, id] of each, comments inside audits included. */
function inputRecords(payload: unknown): [string, string | null][] {
  const found: [string, string | null][] = [];
  const record = (entity: string, value: unknown) => {
    found.push([entity, sourceIdOf(value)]);
    const events = entity === "audit" && isObject(value) ? value["events"] : undefined;
    for (const event of Array.isArray(events) ? events : []) {
      if (isObject(event) && (event["type"] === "Comment" || event["type"] === "VoiceComment")) {
        found.push(["comment", sourceIdOf(event)]);
      }
    }
  };
  for (const page of Array.isArray(payload) ? payload : [payload]) {
    if (!isObject(page)) continue;
    for (const [key, value] of Object.entries(page)) {
      if (Object.hasOwn(LISTS, key) && Array.isArray(value)) {
        for (const item of value) record(LISTS[key]!, item);
      } else if (Object.hasOwn(SINGLES, key) && value !== null && value !== undefined) {
        record(SINGLES[key]!, value);
      }
    }
  }
  return found;
}

const importer = (payload: unknown) => importZendesk(payload, { asOf });
const recordsOf = (payload: unknown) =>
  inputRecords(payload).map(([entity, sourceId]) => ({ entity, sourceId }));

describe("importZendesk fuzzed with mutated payloads", () => {
  it("the fixtures: no throw, every input record reported, as zod would", () => {
    fuzzImporter({ payloads: [account], importer, recordsOf, runs: 80 });
  });

  it("the counter counts what a hand count of the fixture gives", () => {
    // counted in the fixture file: users 4 + groups 1 + tickets 3 + audits 5 (with 4 comments
    // inside) + comments 2 + ticket metrics 2 + satisfaction ratings 6 = 27
    expect(inputRecords(account)).toHaveLength(27);
  });
});

const dataDir = fileURLToPath(new URL("../../../../shared/data/helpdesk/zendesk", import.meta.url));
const hasData = existsSync(dataDir);
if (!hasData) {
  console.warn(
    "@rapport/zendesk fuzz tests on real payloads skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}

describe.skipIf(!hasData)("importZendesk fuzzed with mutated real API responses", () => {
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
