// Fuzzing importHelpScout with mutated payloads (the project's fixture, and the PHP SDK's
// payloads beside the repository when present) through the kit's fuzzImporter: no throw, every
// record of the input, counted here from the input itself, has an outcome with its id in the
// report, and the import equals the one made with every record through zod.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sourceIdOf } from "@rapport/source-kit";
import { fuzzImporter } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import { account } from "./__fixtures__/helpscout.fixture";
import { sdkPayloads } from "./__fixtures__/sdk-payloads.fixture";
import { importHelpScout } from "./import-helpscout";

const asOf = new Date("2026-01-01T00:00:00Z");
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
// The `_embedded` lists of the Mailbox API whose items are records the importer maps.
const LISTS = new Set(["conversations", "threads", "customers", "users", "teams", "ratings"]);

/** The ids of the input's records (null for a record without one), embedded threads included. */
function inputRecords(payload: unknown): (string | null)[] {
  const found: (string | null)[] = [];
  const record = (value: unknown) => {
    found.push(sourceIdOf(value));
    if (!isObject(value)) return;
    const embedded = value["_embedded"];
    const inner = isObject(embedded) ? embedded["threads"] : undefined;
    const threads = Array.isArray(inner) ? inner : value["threads"];
    for (const t of Array.isArray(threads) ? threads : []) found.push(sourceIdOf(t));
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
    const embedded = node["_embedded"];
    if ("id" in node) record(node);
    else if (isObject(embedded)) {
      for (const [key, value] of Object.entries(embedded)) {
        if (!Array.isArray(value)) found.push(null);
        else if (key === "threads") for (const t of value) found.push(sourceIdOf(t));
        else if (LISTS.has(key)) value.forEach(record);
        else for (const item of value) found.push(sourceIdOf(item));
      }
    } else if (!("page" in node)) found.push(null);
  };
  visit(payload);
  return found;
}

const importer = (payload: unknown) => importHelpScout(payload, { asOf });
const recordsOf = (payload: unknown) => inputRecords(payload).map((sourceId) => ({ sourceId }));

describe("importHelpScout fuzzed with mutated payloads", () => {
  it("the fixture: no throw, every input record reported, as zod would", () => {
    fuzzImporter({ payloads: [account], importer, recordsOf, runs: 40 });
  });

  it("arbitrary JSON: no throw, every input record reported, as zod would", () => {
    fuzzImporter({ arbitrary: true, importer, recordsOf, runs: 100 });
  });

  it("the counter counts what a hand count of the fixture gives", () => {
    // users 3 + teams 1 + customers 1 + conversation 123 with 10 threads + 3 conversations
    // + 2 listed threads + 1 lone thread + 4 ratings + 1 mailbox = 27
    expect(inputRecords(account)).toHaveLength(27);
  });
});

const dataDir = fileURLToPath(
  new URL("../../../../shared/data/helpdesk/helpscout", import.meta.url),
);
const hasData = existsSync(dataDir);
if (!hasData) {
  console.warn(
    "@rapport/helpscout fuzz tests on the SDK's payloads skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}

describe.skipIf(!hasData)("importHelpScout fuzzed with the SDK's payloads, mutated", () => {
  it("no throw, every input record reported, as zod would", () => {
    const sdk = sdkPayloads((file) => readFileSync(`${dataDir}/${file}`, "utf8"));
    const payloads = [
      sdk.getConversations(1, 3, true),
      [sdk.getConversation(1), sdk.getThreads(1, 3)],
      [sdk.getCustomers(1, 2), sdk.getEmails(1), sdk.getMailboxes(1, 1)],
    ];
    // 3 conversations + 3 embedded threads
    expect(inputRecords(payloads[0])).toHaveLength(6);
    fuzzImporter({ payloads, importer, recordsOf, runs: 40 });
  });
});
