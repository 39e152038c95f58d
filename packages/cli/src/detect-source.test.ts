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
