import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { response } from "./__fixtures__/survey-responses.fixture";
import { ces } from "./ces";
import { csat } from "./csat";
import { groupScores } from "./group-scores";
import { nps } from "./nps";

const responses = [
  response({ kind: "nps", score: 10, channel: "email", agentId: "ag_1" }),
  response({ kind: "nps", score: 3, channel: "chat", agentId: "ag_1" }),
  response({ kind: "nps", score: 6, channel: "email", agentId: "ag_2" }),
  response({ kind: "nps", score: 9, agentId: "ag_2" }),
  response({ kind: "csat", scale: "binary", score: "good", channel: "email" }),
  response({ kind: "csat", scale: "binary", score: "bad", channel: "chat" }),
  response({ kind: "csat", scale: "five_point", score: 5, channel: "chat" }),
  response({ kind: "ces", scale: "seven_point", score: 6, channel: "chat" }),
  response({ kind: "ces", scale: "seven_point", score: 2, channel: "chat" }),
];

describe("groupScores", () => {
  it("scores each channel like scoring its responses alone, the unkeyed group last", () => {
    const result = groupScores(responses, "channel", "nps");
    expect(result.groups.map((g) => g.key)).toEqual(["chat", "email", null]);
    expect(result.groups[0]!.score).toEqual(nps([3]));
    expect(result.groups[1]!.score).toEqual(nps([10, 6]));
    expect(result.groups[2]!.score).toEqual(nps([9]));
    // 3 CSAT + 2 CES responses are another metric: counted, not mixed in.
    expect(result.skipped).toEqual({ otherMetric: 5, otherScale: 0, outOfRange: 0 });
  });

  it("groups by agent or by any key function (e.g. a customer tier)", () => {
    expect(
      groupScores(responses, "agentId", "nps").groups.map((g) => [g.key, g.score.value]),
    ).toEqual([
      ["ag_1", 0],
      ["ag_2", 0],
    ]);
    const tier = (r: (typeof responses)[number]) => (r.score === 10 ? "vip" : "standard");
    const byTier = groupScores(responses, tier, "nps");
    expect(byTier.groups.map((g) => [g.key, g.score.n])).toEqual([
      ["standard", 3],
      ["vip", 1],
    ]);
  });

  it("scores CSAT on one scale and counts the other scale as skipped", () => {
    const binary = groupScores(responses, "channel", "csat");
    expect(binary.groups.map((g) => [g.key, g.score.value])).toEqual([
      ["chat", 0],
      ["email", 100],
    ]);
    expect(binary.skipped).toMatchObject({ otherMetric: 6, otherScale: 1 });
    const five = groupScores(responses, "channel", "csat", { scale: "five_point" });
    expect(five.groups[0]!.score).toEqual(csat([5], { scale: "five_point" }));
    expect(five.skipped.otherScale).toBe(2);
  });

  it("scores CES with options passed through", () => {
    const result = groupScores(responses, "channel", "ces", { level: 0.9, minSample: 2 });
    expect(result.groups[0]!.score).toEqual(ces([6, 2], { level: 0.9, minSample: 2 }));
  });

  it("gives no groups for no responses", () => {
    expect(groupScores([], "teamId", "nps")).toEqual({
      groups: [],
      skipped: { otherMetric: 0, otherScale: 0, outOfRange: 0 },
    });
  });

  it("rejects an unknown metric, scale or key", () => {
    expect(() => groupScores(responses, "channel", "effort" as "ces")).toThrow(
      'groupScores: metric: expected one of "nps" | "csat" | "ces", received "effort"',
    );
    expect(() => groupScores(responses, "channel", "csat", { scale: "seven_point" })).toThrow(
      'groupScores: options.scale: expected one of "binary" | "five_point" for csat, received "seven_point"',
    );
    expect(() => groupScores(responses, "tier" as "channel", "nps")).toThrow(
      /key: expected a function or one of "channel" \| .*received "tier"/,
    );
  });
});

describe("groupScores (properties)", () => {
  it("partitions the responses: each group scores exactly its own", () => {
    const channels = ["email", "chat", "phone", undefined] as const;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.constantFrom(...channels)), {
          maxLength: 60,
        }),
        (entries) => {
          const input = entries.map(([score, channel]) =>
            response(channel ? { kind: "nps", score, channel } : { kind: "nps", score }),
          );
          const { groups } = groupScores(input, "channel", "nps");
          expect(groups.reduce((sum, g) => sum + g.score.n, 0)).toBe(input.length);
          for (const group of groups) {
            const own = input
              .filter((r) => (r.channel ?? null) === group.key)
              .map((r) => r.score as number);
            expect(group.score).toEqual(nps(own));
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
