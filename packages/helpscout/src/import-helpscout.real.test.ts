// importHelpScout on the Mailbox API 2.0 bodies that the Help Scout PHP SDK's tests build
// (tests/Payloads/*.php beside the repository, see the README there), read from the PHP source
// as it is. The expected values are read off the PHP arrays: getConversations(1, 12, true)
// gives 10 conversations (ids 1-10, status closed, closedAt 2017-04-21T14:43:24Z, primary
// customer 238604, assignee 256, tag "vip"), each with one embedded thread (id 1) that has no
// createdAt of its own; getThreads(1, 3) gives threads 1-3 of /conversations/1 (type customer,
// status active, customer 256, createdAt 2017-04-21T14:39:56Z).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sdkPayloads } from "./__fixtures__/sdk-payloads.fixture";
import { helpScoutAdapter } from "./helpscout-adapter";
import { importHelpScout } from "./import-helpscout";

const dataDir = fileURLToPath(
  new URL("../../../../shared/data/helpdesk/helpscout", import.meta.url),
);
const hasData = existsSync(dataDir);
if (!hasData) {
  console.warn(
    "@rapport/helpscout tests on the SDK's payloads skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}
const asOf = new Date("2026-01-01T00:00:00Z");
const count = (records: readonly { entity: string; status: string; field?: string }[]) => {
  const counts: Record<string, number> = {};
  for (const r of records) {
    const key = `${r.entity} ${r.status}${r.field ? ` ${r.field}` : ""}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

describe.skipIf(!hasData)("importHelpScout on the PHP SDK's payloads", () => {
  const sdk = hasData
    ? sdkPayloads((file) => readFileSync(`${dataDir}/${file}`, "utf8"))
    : undefined;

  it("a page of 10 conversations with their threads embedded", () => {
    const page = sdk!.getConversations(1, 12, true);
    expect(helpScoutAdapter.recognise(page)).toBe(true);
    const { report, cases } = importHelpScout(page, { asOf });
    expect(count(report.records)).toEqual({
      "conversation accepted": 10,
      // the SDK's embedded thread carries its createdAt inside createdBy, not on the thread
      "thread rejected createdAt": 10,
    });
    expect(cases.map((c) => c.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `helpscout:${i + 1}`),
    );
    expect(cases[0]).toEqual({
      id: "helpscout:1",
      customerId: "helpscout:238604",
      subject: "Need Help",
      channel: "email",
      status: "closed",
      priority: "normal",
      assigneeId: "helpscout:256",
      createdAt: new Date("2017-04-21T14:39:56Z"),
      updatedAt: new Date("2017-04-21T14:43:24Z"),
      solvedAt: new Date("2017-04-21T14:43:24Z"),
      closedAt: new Date("2017-04-21T14:43:24Z"),
      reopenCount: 0,
      tags: ["vip"],
      statusHistory: [{ status: "closed", at: new Date("2017-04-21T14:43:24Z") }],
      source: { system: "helpscout", id: "1" },
    });
  });

  it("a conversation and its thread list: threads joined by the page's link", () => {
    const { report, cases, interactions } = importHelpScout(
      [sdk!.getConversation(1), sdk!.getThreads(1, 3)],
      { asOf },
    );
    expect(count(report.records)).toEqual({ "conversation accepted": 1, "thread accepted": 3 });
    expect(interactions.map((i) => [i.id, i.caseId, i.customerId, i.channel, i.direction])).toEqual(
      [
        ["helpscout:1", "helpscout:1", "helpscout:256", "email", "inbound"],
        ["helpscout:2", "helpscout:1", "helpscout:256", "email", "inbound"],
        ["helpscout:3", "helpscout:1", "helpscout:256", "email", "inbound"],
      ],
    );
    expect(cases[0]?.statusHistory).toEqual([
      { status: "open", at: new Date("2017-04-21T14:39:56Z") },
      { status: "closed", at: new Date("2017-04-21T14:43:24Z") },
    ]);
  });

  it("customers, their e-mail list, mailboxes and empty pages", () => {
    const { report, customers } = importHelpScout(
      [
        sdk!.getCustomers(1, 12),
        sdk!.getEmails(1),
        sdk!.getMailboxes(1, 2),
        sdk!.getMailboxes(1, 0),
        sdk!.getConversations(1, 0),
      ],
      { asOf },
    );
    expect(count(report.records)).toEqual({
      "customer accepted": 10,
      "emails ignored": 1,
      "mailboxes ignored": 2,
    });
    expect(customers[0]).toMatchObject({
      id: "helpscout:1",
      name: "Big Bird",
      organization: "Sesame Street",
      firstSeenAt: new Date("2017-04-21T14:39:56Z"),
    });
  });
});
