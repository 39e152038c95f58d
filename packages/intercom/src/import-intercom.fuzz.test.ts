// Fuzzing importIntercom with mutated real payloads (the project's fixtures, and the recorded
// payloads beside the repository when present): no throw, and every record of the input,
// counted here from the input itself, has its outcome in the report.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ImportReport, mutatePayload, unreportedRecords } from "@rapport/source-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { workspace } from "./__fixtures__/intercom.fixture";
import { importIntercom } from "./import-intercom";

const asOf = new Date("2026-01-01T00:00:00Z");
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const idOf = (v: unknown) => {
  const id = isObject(v) ? v["id"] : undefined;
  return typeof id === "number" || (typeof id === "string" && id !== "") ? String(id) : null;
};

// Intercom's list keys and record types, as its REST API documents them.
const LISTS: Record<string, string> = {
  conversations: "conversation",
  contacts: "contact",
  admins: "admin",
  teams: "team",
};
const TYPES: Record<string, string> = {
  conversation: "conversation",
  contact: "contact",
  user: "contact",
  lead: "contact",
  admin: "admin",
  team: "team",
};

/** The records of the input: [entity, id] of each, conversation parts included. */
function inputRecords(payload: unknown): [string, string | null][] {
  const found: [string, string | null][] = [];
  const record = (entity: string, value: unknown) => {
    found.push([entity, idOf(value)]);
    const list =
      entity === "conversation" && isObject(value) ? value["conversation_parts"] : undefined;
    const parts = isObject(list) ? list["conversation_parts"] : undefined;
    for (const part of Array.isArray(parts) ? parts : [])
      found.push(["conversation_part", idOf(part)]);
  };
  const page = (node: unknown, depth: number) => {
    if (!isObject(node)) return;
    const type = typeof node["type"] === "string" ? (node["type"] as string) : undefined;
    if (type === "notification_event" && depth < 2) {
      const data = node["data"];
      page(isObject(data) ? data["item"] : undefined, depth + 1);
    } else if (type !== undefined && Object.hasOwn(TYPES, type)) record(TYPES[type]!, node);
    for (const [key, value] of Object.entries(node)) {
      if (!Array.isArray(value)) continue;
      if (Object.hasOwn(LISTS, key)) for (const item of value) record(LISTS[key]!, item);
      if (key === "data") {
        for (const item of value) {
          const itemType =
            isObject(item) && typeof item["type"] === "string" ? item["type"] : "contact";
          record(Object.hasOwn(TYPES, itemType) ? TYPES[itemType]! : itemType, item);
        }
      }
    }
  };
  for (const node of Array.isArray(payload) ? payload : [payload]) page(node, 0);
  return found;
}

/** Every input record, counted from the input, has an outcome of its entity and id. */
function expectEveryRecordReported(payload: unknown, report: ImportReport) {
  const inputs = inputRecords(payload).map(([entity, sourceId]) => ({ entity, sourceId }));
  expect(unreportedRecords(inputs, report)).toEqual([]);
}

const mutations = fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), {
  minLength: 1,
  maxLength: 4,
});

describe("importIntercom fuzzed with mutated payloads", () => {
  it("the fixtures: no throw, every input record reported", () => {
    fc.assert(
      fc.property(mutations, (m) => {
        const payload = mutatePayload(workspace, m);
        expectEveryRecordReported(payload, importIntercom(payload, { asOf }).report);
      }),
      { numRuns: 80 },
    );
  });

  it("the counter counts what a hand count of the fixture gives", () => {
    // counted in the fixture file: admins 2 + teams 1 + contacts 2 (in data) + conversations 5
    // + the parts of conversation 1295 (1001-1012) 12 + of conversation 1297 1 = 23
    expect(inputRecords(workspace)).toHaveLength(23);
  });
});

const dataDir = fileURLToPath(
  new URL("../../../../shared/data/helpdesk/intercom", import.meta.url),
);
const hasData = existsSync(dataDir);
if (!hasData) {
  console.warn(
    "@rapport/intercom fuzz tests on real payloads skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}

describe.skipIf(!hasData)("importIntercom fuzzed with mutated recorded payloads", () => {
  const files = hasData
    ? [
        ...readdirSync(dataDir).filter((f) => f.endsWith(".json")),
        ...readdirSync(`${dataDir}/derived`).map((f) => `derived/${f}`),
      ].sort()
    : [];
  const pages = files.map((f) => JSON.parse(readFileSync(`${dataDir}/${f}`, "utf8")) as unknown);

  it("no throw, every input record reported", () => {
    fc.assert(
      fc.property(fc.nat({ max: Math.max(0, pages.length - 1) }), mutations, (index, m) => {
        const payload = mutatePayload(pages[index], m);
        expectEveryRecordReported(payload, importIntercom(payload, { asOf }).report);
      }),
      { numRuns: 25 },
    );
  });
});
