import { parseAgent } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { caseOf } from "./__fixtures__/cases.fixture";
import { groupServiceDurations } from "./group-service-durations";
import { serviceDurations } from "./service-durations";

const at = (hhmm: string) => `2024-03-01T${hhmm}:00Z`;
// First replies after 10, 20, 30, 40 and 50 minutes.
const cases = [
  caseOf({ id: "c1", assigneeId: "ag_1", teamId: "billing", firstReplyAt: at("09:10") }),
  caseOf({ id: "c2", assigneeId: "ag_1", channel: "chat", firstReplyAt: at("09:20") }),
  caseOf({ id: "c3", assigneeId: "ag_2", channel: "chat", firstReplyAt: at("09:30") }),
  caseOf({ id: "c4", teamId: "billing", firstReplyAt: at("09:40") }),
  caseOf({ id: "c5", assigneeId: "ag_2", firstReplyAt: at("09:50") }),
];
const medians = (result: ReturnType<typeof groupServiceDurations>) =>
  result.groups.map((group) => [group.key, group.durations.firstReply.median]);

describe("groupServiceDurations", () => {
  it("groups by the assigned agent, unassigned cases last", () => {
    expect(medians(groupServiceDurations(cases, "agentId"))).toEqual([
      ["ag_1", 15],
      ["ag_2", 40],
      [null, 40],
    ]);
  });

  it("groups by team, taking the assignee's team where the case has none", () => {
    const agents = [parseAgent({ id: "ag_2", name: "Ada", teamId: "tech" })];
    // billing: c1 (10), c4 (40); tech: c3, c5 via ag_2 (30, 50); none: c2 (20).
    expect(medians(groupServiceDurations(cases, "teamId", { agents }))).toEqual([
      ["billing", 25],
      ["tech", 40],
      [null, 20],
    ]);
  });

  it("groups by channel or a key function, each group as its cases alone", () => {
    const byChannel = groupServiceDurations(cases, "channel");
    expect(medians(byChannel)).toEqual([
      ["chat", 25],
      ["email", 40],
    ]);
    const email = cases.filter((c) => c.channel === "email");
    expect(byChannel.groups[1]!.durations).toEqual(serviceDurations(email));
    const early = groupServiceDurations(cases, (c) =>
      c.firstReplyAt!.getTime() < Date.parse(at("09:30")) ? "early" : undefined,
    );
    expect(medians(early)).toEqual([
      ["early", 15],
      [null, 40],
    ]);
  });

  it("rejects an unknown key with a RangeError naming the choices", () => {
    expect(() => groupServiceDurations(cases, "priority" as never)).toThrow(
      new RangeError(
        'groupServiceDurations: key: expected a function or one of "agentId" | "teamId" | "channel", received "priority"',
      ),
    );
  });
});
