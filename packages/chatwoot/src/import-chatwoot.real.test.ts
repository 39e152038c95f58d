// importChatwoot on the message payloads recorded from chatwoot installations (chatwoot's
// mobile app keeps them as Storybook mock data; see the README beside them). The expected
// counts were taken from the files themselves, not from the importer:
//   node -e 'const a = vm.runInNewContext("(" + text without "export const X =" + ")");
//            count by message_type, status, private, sender.type, conversation_id'
// textOnly: 29 messages: type 0 ×10, 1 ×13 (2 private, 1 "failed", 1 in conversation 43 that
// no contact wrote in), 2 (activity) ×4, 3 (template) ×2; instagram: 34, 6 of them activity;
// simpleEmail: 5, 3 of them incoming_email.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { recordedInboxes } from "./__fixtures__/chatwoot.fixture";
import { chatwootAdapter } from "./chatwoot-adapter";
import { importChatwoot } from "./import-chatwoot";

const dataDir = fileURLToPath(
  new URL("../../../../shared/data/helpdesk/chatwoot", import.meta.url),
);
const hasData = existsSync(dataDir);
if (!hasData) {
  console.warn(
    "@rapport/chatwoot tests on recorded payloads skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}
const asOf = new Date("2026-01-01T00:00:00Z");
const load = async (file: string, name: string): Promise<unknown[]> =>
  (await import(/* @vite-ignore */ `${dataDir}/${file}`))[name];

describe.skipIf(!hasData)("importChatwoot on recorded payloads", () => {
  it("textOnly: 23 accepted, 5 ignored (4 activity lines, 1 failed send), 1 rejected", async () => {
    const payload = await load("textOnly.ts", "TEXT_ONLY");
    expect(chatwootAdapter.recognise(payload)).toBe(true);
    const { report, interactions } = importChatwoot([recordedInboxes, payload], { asOf });
    // The 3 inboxes are reported too.
    expect(report).toMatchObject({ accepted: 23 + 3, ignored: 5, rejected: 1, duplicates: 0 });
    const rejected = report.records.filter((r) => r.status === "rejected");
    expect(rejected).toEqual([
      expect.objectContaining({ entity: "message", field: "conversation_id" }),
    ]);
    expect(rejected[0]?.reason).toContain("conversation 43");
    // 10 incoming from the contact, 13 - 1 failed - 1 rejected = 11 outgoing, 2 templates
    const by = (d: string) => interactions.filter((i) => i.direction === d).length;
    expect([by("inbound"), by("outbound")]).toEqual([10, 13]);
    expect(interactions.filter((i) => i.visibility === "private")).toHaveLength(2);
    expect(interactions.filter((i) => i.author.kind === "bot")).toHaveLength(2);
    expect(new Set(interactions.map((i) => i.customerId))).toEqual(new Set(["chatwoot:599"]));
    // 1732710571 s: python3 -c "from datetime import *; print(datetime.fromtimestamp(1732710571, timezone.utc))"
    expect(interactions[0]?.occurredAt).toEqual(new Date("2024-11-27T12:29:31.000Z"));
  });

  it("textOnly without its inbox: the web widget's messages are rejected, naming the inbox", async () => {
    const { report } = importChatwoot(await load("textOnly.ts", "TEXT_ONLY"), { asOf });
    expect(report).toMatchObject({ accepted: 0, ignored: 5, rejected: 24 });
    expect(
      new Set(report.records.filter((r) => r.status === "rejected").map((r) => r.field)),
    ).toEqual(new Set(["inbox_id", "conversation_id"]));
  });

  it("instagram: 28 messages on a social channel, 6 activity lines ignored", async () => {
    const { report, interactions } = importChatwoot(
      [recordedInboxes, await load("instagram.ts", "INSTAGRAM_MESSAGES")],
      { asOf },
    );
    expect(report).toMatchObject({ accepted: 28 + 3, ignored: 6, rejected: 0 });
    expect(new Set(interactions.map((i) => i.channel))).toEqual(new Set(["social"]));
    expect(new Set(interactions.map((i) => i.caseId))).toEqual(
      new Set(["chatwoot:23731", "chatwoot:26942", "chatwoot:23724"]),
    );
    // one outgoing message has no sender: the system's
    expect(interactions.filter((i) => i.author.kind === "system")).toHaveLength(1);
  });

  it("simpleEmail: an e-mail conversation, read as e-mail from its incoming e-mails alone", async () => {
    const { report, interactions } = importChatwoot(
      await load("simpleEmail.ts", "EMAIL_MESSAGES"),
      { asOf },
    );
    expect(report).toMatchObject({ accepted: 5, ignored: 0, rejected: 0 });
    // ids and message_type in file order: 60913 0, 60914 1, 60915 0, 60916 1, 60917 0
    expect(interactions.map((i) => [i.id, i.channel, i.direction])).toEqual([
      ["chatwoot:60913", "email", "inbound"],
      ["chatwoot:60914", "email", "outbound"],
      ["chatwoot:60915", "email", "inbound"],
      ["chatwoot:60916", "email", "outbound"],
      ["chatwoot:60917", "email", "inbound"],
    ]);
  });
});
