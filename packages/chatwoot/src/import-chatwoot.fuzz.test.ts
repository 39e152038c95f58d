// Fuzzing importChatwoot with mutated payloads (the project's fixture, and the recorded
// payloads beside the repository when present): no throw, and every record of the input,
// counted here from the input itself, has an outcome with its id in the report.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ImportReport, mutatePayload as mutate, unreportedRecords } from "@rapport/source-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { account, recordedInboxes } from "./__fixtures__/chatwoot.fixture";
import { importChatwoot } from "./import-chatwoot";

const asOf = new Date("2026-01-01T00:00:00Z");
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const idOf = (v: unknown) => {
  const id = isObject(v) ? v["id"] : undefined;
  return typeof id === "number" || (typeof id === "string" && id !== "") ? String(id) : null;
};
// The webhook events whose body is a record, as chatwoot's webhook guide lists them.
const RECORD_EVENTS = new Set([
  "conversation_created",
  "conversation_updated",
  "conversation_status_changed",
  "message_created",
  "message_updated",
  "contact_created",
  "contact_updated",
]);

/** The ids of the input's records (null for a record without one), embedded messages included. */
function inputRecords(payload: unknown): (string | null)[] {
  const found: (string | null)[] = [];
  const record = (value: unknown) => {
    found.push(idOf(value));
    const messages = isObject(value) ? value["messages"] : undefined;
    for (const m of Array.isArray(messages) ? messages : []) found.push(idOf(m));
  };
  const list = (items: unknown) => {
    if (Array.isArray(items)) items.forEach(record);
    else if (isObject(items)) record(items);
    else found.push(null);
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!isObject(node)) {
      found.push(null);
      return;
    }
    if (typeof node["event"] === "string") {
      if (RECORD_EVENTS.has(node["event"])) record(node);
      else found.push(idOf(node));
      return;
    }
    const data = node["data"];
    if (isObject(data) && "payload" in data) list(data["payload"]);
    else if ("payload" in node) list(node["payload"]);
    else record(node);
  };
  visit(payload);
  return found;
}

/** Each input record takes one outcome with its id from the report. */
function expectEveryRecordReported(payload: unknown, report: ImportReport) {
  const inputs = inputRecords(payload).map((sourceId) => ({ sourceId }));
  expect(unreportedRecords(inputs, report)).toEqual([]);
}

const mutations = fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), {
  minLength: 1,
  maxLength: 4,
});

describe("importChatwoot fuzzed with mutated payloads", () => {
  it("the fixture: no throw, every input record reported", () => {
    fc.assert(
      fc.property(mutations, (m) => {
        const payload = mutate(account, m);
        expectEveryRecordReported(payload, importChatwoot(payload, { asOf }).report);
      }),
      { numRuns: 40 },
    );
  });

  it("arbitrary JSON: no throw, every input record reported", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (payload) => {
        expectEveryRecordReported(payload, importChatwoot(payload, { asOf }).report);
      }),
      { numRuns: 40 },
    );
  });

  it("the counter counts what a hand count of the fixture gives", () => {
    // inboxes 3 + agents 3 + teams 1 + contacts 2 + conversations 4 (+1 embedded message)
    // + messages 8 + webhook message 1 + CSAT 2 + typing event 1 = 26
    expect(inputRecords(account)).toHaveLength(26);
  });
});

const dataDir = fileURLToPath(
  new URL("../../../../shared/data/helpdesk/chatwoot", import.meta.url),
);
const hasData = existsSync(dataDir);
if (!hasData) {
  console.warn(
    "@rapport/chatwoot fuzz tests on recorded payloads skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}

describe.skipIf(!hasData)("importChatwoot fuzzed with mutated recorded payloads", () => {
  it("no throw, every input record reported", async () => {
    const pages: unknown[] = [];
    for (const [file, name] of [
      ["textOnly.ts", "TEXT_ONLY"],
      ["instagram.ts", "INSTAGRAM_MESSAGES"],
      ["simpleEmail.ts", "EMAIL_MESSAGES"],
    ] as const) {
      pages.push([recordedInboxes, (await import(/* @vite-ignore */ `${dataDir}/${file}`))[name]]);
    }
    expect(inputRecords(pages[0])).toHaveLength(3 + 29);
    fc.assert(
      fc.property(fc.nat({ max: pages.length - 1 }), mutations, (index, m) => {
        const payload = mutate(pages[index], m);
        expectEveryRecordReported(payload, importChatwoot(payload, { asOf }).report);
      }),
      { numRuns: 40 },
    );
  });
});
