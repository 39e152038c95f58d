import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SurveyResponseSchema, safeParseSurveyResponse } from "./survey-response";
import { checkSurveyResponse } from "./survey-response-check";
import { keyReporting } from "./unknown-keys";

/** What zod alone says of `raw`: the record, or `undefined` if it fails or has unknown keys. */
const byZod = (raw: unknown) => {
  const strict = keyReporting(SurveyResponseSchema).safeParse(raw);
  return strict.success ? strict.data : undefined;
};

const ABSENT = Symbol("absent");
const KEEP = Symbol("the shape's own value");
/** Mostly one of the valid values, now and then absent, `undefined` or an invalid one. */
const field = <T>(valid: readonly T[], invalid: readonly unknown[], optional = true) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...valid, ...(optional ? [ABSENT] : [])), weight: 6 },
    { arbitrary: fc.constantFrom(ABSENT, undefined, ...invalid), weight: 1 },
  );
const shapes = [
  { kind: "nps", scale: ABSENT, score: 9 },
  { kind: "nps", scale: "zero_to_ten", score: 0 },
  { kind: "csat", scale: "binary", score: "bad" },
  { kind: "csat", scale: "five_point", score: 5 },
  { kind: "ces", scale: "seven_point", score: 6 },
  { kind: "ces", scale: "five_point", score: 2 },
  { kind: "happiness", scale: ABSENT, score: "great" },
  { kind: "happiness", scale: "three_point", score: "not_good" },
];
const records = fc
  .record({
    shape: fc.constantFrom(...shapes),
    kind: field([KEEP], ["NPS", "survey"], false),
    scale: field([KEEP], ["ten", "binary", "seven_point"], false),
    score: field([KEEP], [11, -1, 2.5, Number.NaN, "7", "good", "meh", 7], false),
    id: field(["r1"], ["", 1], false),
    customerId: field(["c1"], ["", null], false),
    caseId: field(["case-1"], [""]),
    agentId: field(["a1"], [7]),
    teamId: field(["t1"], [""]),
    channel: field(["email", "chat"], ["fax"]),
    respondedAt: field(
      [
        new Date("2024-03-01T10:00:00Z"),
        "2024-03-01T10:00:00Z",
        "2024-03-01T10:00:00.123+01:00",
        "2024-02-29T23:59:59-03:00",
      ],
      [
        new Date(Number.NaN),
        "2023-02-29T10:00:00Z",
        "2024-03-01T10:00:00",
        "2024-03-01",
        1_709_287_200_000,
      ],
      false,
    ),
    comment: field(["Quick and kind"], [3]),
    surveyId: field(["post-case"], [false]),
    items: field([ABSENT], [[], [{ question: "q", scale: "five_point", score: 4 }]]),
    colour: field([ABSENT], ["red"]),
  })
  .map(({ shape, ...drawn }) => {
    const record: Record<string, unknown> = {};
    for (const [key, drawnValue] of Object.entries(drawn)) {
      const chosen = drawnValue === KEEP ? shape[key as keyof typeof shape] : drawnValue;
      if (chosen !== ABSENT) record[key] = chosen;
    }
    return record;
  });

/** A record of the shape the check reads: no key it leaves to zod, no field set to undefined. */
const commonShape = (record: Record<string, unknown>) =>
  !("items" in record) &&
  !("colour" in record) &&
  Object.values(record).every((fieldValue) => fieldValue !== undefined);

describe("checkSurveyResponse", () => {
  it("returns exactly what the schema returns, key order included, for every valid record of the common shape, and leaves the rest to zod", () => {
    let accepted = 0;
    fc.assert(
      fc.property(records, (raw) => {
        const fast = checkSurveyResponse(raw);
        const zod = byZod(raw);
        // Every valid record of the common shape takes the fast path.
        if (zod !== undefined && commonShape(raw)) expect(fast).toBeDefined();
        if (fast === undefined) return;
        accepted++;
        expect(zod).toBeDefined();
        expect(fast).toEqual(zod);
        expect(Object.keys(fast)).toEqual(Object.keys(zod!));
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
      }),
      { numRuns: 4_000, seed: 20261204 },
    );
    // Well-formed records are drawn often enough for the comparison to mean something.
    expect(accepted).toBeGreaterThan(400);
  });

  it("takes each kind and scale of the common shape, and keeps the Date it was given", () => {
    const respondedAt = new Date("2024-03-01T10:00:00Z");
    const base = { id: "r1", customerId: "c1", respondedAt };
    const shapes = [
      { kind: "nps", score: 9 },
      { kind: "csat", scale: "binary", score: "good" },
      { kind: "csat", scale: "five_point", score: 4 },
      { kind: "ces", scale: "seven_point", score: 7 },
      { kind: "ces", scale: "five_point", score: 1 },
      { kind: "happiness", score: "okay" },
    ];
    for (const shape of shapes) {
      const raw = { ...shape, ...base, teamId: "t1", channel: "email", comment: "ok" };
      const fast = checkSurveyResponse(raw);
      expect(fast, JSON.stringify(shape)).toEqual(byZod(raw));
      expect(fast?.respondedAt).toBe(respondedAt);
    }
    expect(checkSurveyResponse({ kind: "nps", score: 9, ...base })?.scale).toBe("zero_to_ten");
  });

  it("leaves to zod what it does not read, so the errors and dropped keys are zod's", () => {
    const base = {
      kind: "nps",
      score: 9,
      id: "r1",
      customerId: "c1",
      respondedAt: "2024-03-01T10:00:00Z",
    };
    expect(checkSurveyResponse({ ...base, colour: "red" })).toBeUndefined();
    expect(checkSurveyResponse({ ...base, items: [] })).toBeUndefined();
    expect(checkSurveyResponse({ ...base, comment: undefined })).toBeUndefined();
    expect(checkSurveyResponse({ ...base, score: 11 })).toBeUndefined();
    expect(checkSurveyResponse([base])).toBeUndefined();
    const inherited = Object.assign(Object.create({ colour: "red" }), base);
    expect(checkSurveyResponse(inherited)).toBeUndefined();
    const result = safeParseSurveyResponse(inherited);
    expect(result.success && result.dropped).toEqual(["colour"]);
    const refused = safeParseSurveyResponse({ ...base, score: 11 });
    expect(refused.success).toBe(false);
    if (!refused.success)
      expect(refused.error.issues[0]?.message).toMatch(/expected an integer from 0 to 10/);
  });
});
