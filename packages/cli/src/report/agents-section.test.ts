import {
  decodeSurveyResponse,
  parseAgent,
  parseCase,
  parseTeam,
  type SurveyResponseJson,
} from "@rapport/core";
import { describe, expect, it } from "vitest";
import type { AgentTeamRow } from "./agents-data";
import { agentsSection, sortAgentRows } from "./agents-section";

const at = (minutes: number) => new Date(Date.UTC(2024, 2, 4, 9, minutes)).toISOString();
// Every case opens at 09:00; first reply and solve `fr` and `solved` minutes later.
const kase = (id: string, fr: number, solved: number | null, more: Record<string, string> = {}) =>
  parseCase({
    id,
    customerId: "u1",
    channel: "email",
    status: solved === null ? "open" : "solved",
    createdAt: at(0),
    firstReplyAt: at(fr),
    ...(solved === null ? {} : { solvedAt: at(solved) }),
    ...more,
  });

// Ada (team Billing) and Bo (no team); a bot; zendesk:9000 is in no agent list.
const agents = [
  parseAgent({ id: "a1", name: "Ada Berg", teamId: "t1" }),
  parseAgent({ id: "a2", name: "Bo Chen" }),
  parseAgent({ id: "b1", name: "Answer Bot", isBot: true }),
];
const teams = [parseTeam({ id: "t1", name: "Billing" }), parseTeam({ id: "t2", name: "Shipping" })];
const cases = [
  kase("c1", 10, 60, { assigneeId: "a1" }), // team Billing through Ada
  kase("c2", 30, 120, { assigneeId: "a1", teamId: "t2" }),
  kase("c3", 20, null, { assigneeId: "a1" }), // Billing through Ada
  kase("c4", 5, 30, { assigneeId: "a2", teamId: "t2" }),
  kase("c5", 50, 300, { assigneeId: "a2" }), // no team
  kase("c6", 40, null, { assigneeId: "zendesk:9000" }), // no team
  kase("c7", 15, null, { teamId: "t1" }), // unassigned
  kase("c8", 1, 2, { assigneeId: "b1" }), // the bot's: no agent row, no team
];
const csat = (id: string, score: "good" | "bad", more: Partial<SurveyResponseJson> = {}) =>
  decodeSurveyResponse({
    id,
    kind: "csat",
    scale: "binary",
    score,
    customerId: "u1",
    respondedAt: at(500),
    ...more,
  } as SurveyResponseJson);
const surveyResponses = [
  csat("r1", "good", { agentId: "a1" } as never), // Ada, Billing through Ada
  csat("r2", "good", { agentId: "a1" } as never),
  csat("r3", "bad", { agentId: "a1" } as never),
  csat("r4", "good", { caseId: "c4" } as never), // Bo and Shipping, through case c4
  csat("r5", "bad", { agentId: "a2", caseId: "c5" } as never), // Bo, no team
  csat("r6", "good", { teamId: "t2" } as never), // Shipping, no agent
  // One five-point answer: the binary scale has more answers, so it is not mixed in.
  decodeSurveyResponse({
    id: "r7",
    kind: "csat",
    scale: "five_point",
    score: 5,
    agentId: "a1",
    customerId: "u1",
    respondedAt: at(500),
  } as SurveyResponseJson),
];
const data = { cases, interactions: [], agents, teams, surveyResponses };

const row = (rows: readonly AgentTeamRow[], name: string) => rows.find((r) => r.name === name)!;

describe("agentsSection", () => {
  const section = agentsSection(data)!;

  it("counts each agent's cases and medians by hand, bots left out, names or bare ids", () => {
    expect(section.csatScale).toBe("binary");
    // Default order: most cases first, then by name.
    expect(section.agents.map((r) => [r.name, r.cases])).toEqual([
      ["Ada Berg", 3],
      ["Bo Chen", 2],
      ["9000", 1],
    ]);
    const ada = row(section.agents, "Ada Berg");
    // First replies 10, 30, 20 → median 20 (n = 3: too few for a 95 % order-statistics interval).
    expect(ada.firstReply).toEqual({ value: 20, n: 3, lower: null, upper: null, method: null });
    // Solved: c1 after 60, c2 after 120 → 90.
    expect(ada.resolution).toMatchObject({ value: 90, n: 2 });
    const bo = row(section.agents, "Bo Chen");
    expect(bo.firstReply.value).toBe(27.5); // 5 and 50
    expect(bo.resolution.value).toBe(165); // 30 and 300
    expect(row(section.agents, "9000").resolution).toMatchObject({ value: null, n: 0 });
    expect(section.unassignedCases).toBe(1); // c7
  });

  it("scores CSAT per agent with Wilson intervals", () => {
    // Ada: 2 good of 3. scipy.stats.binomtest(2, 3).proportion_ci(method="wilson") ×100.
    const ada = row(section.agents, "Ada Berg").csat;
    expect(ada.n).toBe(3);
    expect(ada.value).toBeCloseTo(66.6667, 3);
    expect(ada.lower).toBeCloseTo(20.76596008, 6);
    expect(ada.upper).toBeCloseTo(93.850805528, 6);
    // Bo: r4 (through its case) good, r5 bad: binomtest(1, 2) → 9.4531 to 90.5469.
    const bo = row(section.agents, "Bo Chen").csat;
    expect([bo.value, bo.n]).toEqual([50, 2]);
    expect(bo.lower).toBeCloseTo(9.453120573, 6);
    expect(row(section.agents, "9000").csat).toMatchObject({ value: null, n: 0 });
  });

  it("gives teams from the case, else its agent, and scores them", () => {
    expect(section.teams.map((r) => [r.name, r.cases])).toEqual([
      ["Billing", 3], // c1, c3 through Ada; c7 directly
      ["Shipping", 2], // c2, c4
    ]);
    expect(section.noTeamCases).toBe(3); // c5, c6, c8
    const billing = row(section.teams, "Billing");
    expect(billing.firstReply.value).toBe(15); // 10, 20, 15
    expect(billing.resolution).toMatchObject({ value: 60, n: 1 });
    expect(billing.csat.n).toBe(3); // r1-r3 through Ada
    expect(billing.csat.value).toBeCloseTo(66.6667, 3);
    const shipping = row(section.teams, "Shipping");
    expect(shipping.firstReply.value).toBe(17.5); // 30 and 5
    expect(shipping.resolution.value).toBe(75); // 120 and 30
    // r4 (case c4) and r6 (the team itself): 2 of 2; binomtest(2, 2) → 34.2380 to 100.
    expect(shipping.csat).toMatchObject({ value: 100, n: 2, upper: 100 });
    expect(shipping.csat.lower).toBeCloseTo(34.238022751, 6);
  });

  it("sorts by every column, rows without the figure last", () => {
    const names = (key: Parameters<typeof sortAgentRows>[1]) =>
      sortAgentRows(section.agents, key).map((r) => r.name);
    expect(names("name")).toEqual(["9000", "Ada Berg", "Bo Chen"]);
    expect(names("cases")).toEqual(["Ada Berg", "Bo Chen", "9000"]);
    expect(names("csat")).toEqual(["Ada Berg", "Bo Chen", "9000"]); // 66.7, 50, none
    expect(names("firstReply")).toEqual(["Ada Berg", "Bo Chen", "9000"]); // 20, 27.5, 40
    expect(names("resolution")).toEqual(["Ada Berg", "Bo Chen", "9000"]); // 90, 165, none
    const teamNames = sortAgentRows(section.teams, "firstReply").map((r) => r.name);
    expect(teamNames).toEqual(["Billing", "Shipping"]); // 15, 17.5
    expect(sortAgentRows(section.teams, "csat").map((r) => r.name)).toEqual([
      "Shipping",
      "Billing",
    ]);
  });

  it("gives the median's order-statistics interval once there are enough cases", () => {
    // First replies 1..9 minutes. scipy.stats.quantile_test([1..9], q=5).confidence_interval()
    // → (2, 8).
    const nine = Array.from({ length: 9 }, (_, i) =>
      kase(`n${i}`, i + 1, null, { assigneeId: "a2" }),
    );
    const bo = agentsSection({ ...data, cases: nine, surveyResponses: [] })!.agents[0]!;
    expect(bo.firstReply).toEqual({
      value: 5,
      n: 9,
      lower: 2,
      upper: 8,
      method: "order-statistics",
    });
  });

  it("is null without assigned cases or rated answers", () => {
    expect(agentsSection({ ...data, cases: [kase("c9", 1, null)], surveyResponses: [] })).toBe(
      null,
    );
  });
});
