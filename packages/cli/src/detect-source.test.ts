import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectSource } from "./detect-source";

describe("detectSource", () => {
  it.each([
    ["export.json", '{"tickets":[{"id":1,"status":"open"}],"next_page":null}', "zendesk"],
    ["t.json", '{"ticket":{"id":1,"status":"solved"}}', "zendesk"],
    ["r.json", '{"satisfaction_ratings":[],"count":0}', "zendesk"],
    ["fd.json", '{"tickets":[{"id":1,"status":2,"priority":1}]}', "freshdesk"],
    ["fd.json", '[{"id":1,"status":5,"source":3}]', "freshdesk"],
    ["ic.json", '{"type":"conversation.list","conversations":[]}', "intercom"],
    ["ic.json", '[{"type":"conversation","id":"1"}]', "intercom"],
    [
      "cw.json",
      '{"data":{"meta":{},"payload":[{"id":7,"inbox_id":1,"status":"open","meta":{}}]}}',
      "chatwoot",
    ],
    [
      "cw.json",
      '[{"id":5295,"conversation_id":1016,"message_type":0,"status":"sent"}]',
      "chatwoot",
    ],
    ["cw.json", '{"event":"message_created","id":1,"message_type":"incoming"}', "chatwoot"],
    [
      "hs.json",
      '{"_embedded":{"conversations":[{"id":1,"status":"closed"}]},"page":{"number":1}}',
      "helpscout",
    ],
    ["hs.json", '{"id":1,"rating":"great","conversationId":123}', "helpscout"],
    ["ev.json", '{"batch":[{"type":"track","event":"Signed Up"}]}', "segment"],
    ["ev.json", '[{"type":"identify","userId":"u1"}]', "segment"],
    ["ev.ndjson", '{"type":"track","event":"x"}\n{"type":"page"}', "segment"],
    ["ev.txt", '{"type":"track","event":"x"}\n{"type":"page"}', "segment"],
    ["a.csv", "anything", "csv"],
    ["a.txt", "customer_id,kind,score\n1,nps,9", "csv"],
    ["fd.json", '[[{"id":1,"name":"Ann"}],[{"id":9,"status":2,"source":1}]]', "freshdesk"],
    ["ic.json", '[{"type":"admin.list","admins":[]},{"type":"conversation.list"}]', "intercom"],
    ["a.json", "[[1],[2]]", null],
    ["a.json", '{"hello":1}', null],
    ["a.json", "{not json", null],
    ["a.ndjson", "{not json", null],
    ["a.txt", "plain words", null],
  ])("%s %s -> %s", (file, text, expected) => {
    expect(detectSource(file, text)).toBe(expected);
  });
});

const helpdesk = fileURLToPath(new URL("../../../../shared/data/helpdesk/", import.meta.url));
const hasData = existsSync(helpdesk);
if (!hasData) {
  console.warn(
    "detectSource real-payload tests skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}

describe.skipIf(!hasData)("detectSource on the real payloads", () => {
  const files = (source: string, dir = source) =>
    hasData
      ? readdirSync(`${helpdesk}${dir}`)
          .filter((f) => f.endsWith(".json"))
          .map((f) => [source, `${helpdesk}${dir}/${f}`] as const)
      : [];
  it.each([
    ...files("zendesk"),
    ...files("freshdesk"),
    ...files("intercom"),
    ...files("intercom", "intercom/derived"),
  ])("%s: %s is its source's or undetected, never another's", (source, path) => {
    const detected = detectSource(path, readFileSync(path, "utf8"));
    expect([source, null]).toContain(detected);
  });

  it("detects the ticket, audit and rating responses and the webhooks", () => {
    const at = (path: string) => detectSource(path, readFileSync(`${helpdesk}${path}`, "utf8"));
    expect(at("zendesk/tickets_1.json")).toBe("zendesk");
    expect(at("zendesk/ticket_audits_1.json")).toBe("zendesk");
    expect(at("zendesk/satisfaction_ratings_1.json")).toBe("zendesk");
    expect(at("freshdesk/all_tickets.json")).toBe("freshdesk");
    expect(at("intercom/intercom-go-conversation.json")).toBe("intercom");
    expect(at("intercom/derived/webhook-conversation-admin-closed.payload.json")).toBe("intercom");
  });

  it("detects chatwoot's recorded messages, as JSON, and no other source claims them", async () => {
    for (const [file, name] of [
      ["textOnly.ts", "TEXT_ONLY"],
      ["instagram.ts", "INSTAGRAM_MESSAGES"],
      ["simpleEmail.ts", "EMAIL_MESSAGES"],
    ]) {
      // TypeScript modules exporting the message lists: their JSON is what an export holds.
      const messages = (await import(/* @vite-ignore */ `${helpdesk}chatwoot/${file}`))[name!];
      expect([file, detectSource("messages.json", JSON.stringify(messages))]).toEqual([
        file,
        "chatwoot",
      ]);
    }
  });
});
