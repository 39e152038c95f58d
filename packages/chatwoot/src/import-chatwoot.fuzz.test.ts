// Fuzzing importChatwoot with mutated payloads (the project's fixture, and the recorded
// payloads beside the repository when present) through the kit's fuzzImporter: no throw, every
// record of the input, counted here from the input itself, has an outcome with its id in the
// report, and the import equals the one made with every record through zod.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sourceIdOf } from "@rapport/source-kit";
import { fuzzImporter } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import { account, recordedInboxes } from "./__fixtures__/chatwoot.fixture";
import { importChatwoot } from "./import-chatwoot";

const asOf = new Date("2026-01-01T00:00:00Z");
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
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
    found.push(sourceIdOf(value));
    const messages = isObject(value) ? value["messages"] : undefined;
    for (const m of Array.isArray(messages) ? messages : []) found.push(sourceIdOf(m));
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
      else found.push(sourceIdOf(node));
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

const importer = (payload: unknown) => importChatwoot(payload, { asOf });
const recordsOf = (payload: unknown) => inputRecords(payload).map((sourceId) => ({ sourceId }));

describe("importChatwoot fuzzed with mutated payloads", () => {
  it("the fixture: no throw, every input record reported, as zod would", () => {
    fuzzImporter({ payloads: [account], importer, recordsOf, runs: 40 });
  });

  it("arbitrary JSON: no throw, every input record reported, as zod would", () => {
    fuzzImporter({ arbitrary: true, importer, recordsOf, runs: 40 });
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
  it("no throw, every input record reported, as zod would", async () => {
    const payloads: unknown[] = [];
    for (const [file, name] of [
      ["textOnly.ts", "TEXT_ONLY"],
      ["instagram.ts", "INSTAGRAM_MESSAGES"],
      ["simpleEmail.ts", "EMAIL_MESSAGES"],
    ] as const) {
      payloads.push([
        recordedInboxes,
        (await import(/* @vite-ignore */ `${dataDir}/${file}`))[name],
      ]);
    }
    expect(inputRecords(payloads[0])).toHaveLength(3 + 29);
    fuzzImporter({ payloads, importer, recordsOf, runs: 40 });
  });
});
