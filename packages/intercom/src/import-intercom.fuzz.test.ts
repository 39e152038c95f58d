// Fuzzing importIntercom with mutated real payloads (the project's fixtures, and the recorded
// payloads beside the repository when present): no throw, and every record of the input,
// counted here from the input itself, has its outcome in the report, and the import equals
// the one made with every record through zod (the kit's fuzzImporter).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sourceIdOf } from "@rapport/source-kit";
import { fuzzImporter } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import { workspace } from "./__fixtures__/intercom.fixture";
import { importIntercom } from "./import-intercom";

const asOf = new Date("2026-01-01T00:00:00Z");
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

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
    found.push([entity, sourceIdOf(value)]);
    const list =
      entity === "conversation" && isObject(value) ? value["conversation_parts"] : undefined;
    const parts = isObject(list) ? list["conversation_parts"] : undefined;
    for (const part of Array.isArray(parts) ? parts : [])
      found.push(["conversation_part", sourceIdOf(part)]);
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

const importer = (payload: unknown) => importIntercom(payload, { asOf });
const recordsOf = (payload: unknown) =>
  inputRecords(payload).map(([entity, sourceId]) => ({ entity, sourceId }));

describe("importIntercom fuzzed with mutated payloads", () => {
  it("the fixtures: no throw, every input record reported, as zod would", () => {
    fuzzImporter({ payloads: [workspace], importer, recordsOf, runs: 80 });
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

  it("no throw, every input record reported, as zod would", () => {
    fuzzImporter({ payloads: pages, importer, recordsOf, runs: 25 });
  });
});
