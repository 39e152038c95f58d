import { RapportValidationError } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { defineJourney, type JourneyDefinitionInput } from "./journey-definition";
import { JourneyDefinitionError } from "./journey-definition-error";

const valid: JourneyDefinitionInput = {
  stages: ["trial", "active", "cancelled"],
  transitions: [
    { from: "trial", to: "active" },
    { from: "trial", to: "cancelled" },
    { from: "active", to: "cancelled" },
  ],
  initial: "trial",
  terminal: ["cancelled"],
};

function issuesOf(input: JourneyDefinitionInput) {
  try {
    defineJourney(input);
  } catch (error) {
    expect(error).toBeInstanceOf(JourneyDefinitionError);
    return (error as JourneyDefinitionError).issues.map((issue) => ({
      path: issue.path.join("."),
      message: issue.message,
    }));
  }
  throw new Error("expected defineJourney to throw");
}

describe("defineJourney", () => {
  it("returns the definition as frozen data of the same shape", () => {
    const journey = defineJourney(valid);
    expect(journey).toEqual(valid);
    expect(Object.isFrozen(journey)).toBe(true);
    expect(Object.isFrozen(journey.stages)).toBe(true);
    expect(Object.isFrozen(journey.transitions[0])).toBe(true);
    expect(journey.stages).not.toBe(valid.stages);
  });

  it("defaults terminal to none", () => {
    const { terminal, ...rest } = valid;
    expect(defineJourney({ ...rest, transitions: rest.transitions }).terminal).toEqual([]);
  });

  it("names the unknown stage of a transition, with its path", () => {
    const issues = issuesOf({
      ...valid,
      transitions: [...valid.transitions, { from: "active", to: "paused" }],
    });
    expect(issues).toEqual([
      {
        path: "transitions.3.to",
        message: 'stage "paused" is not one of the stages ("trial", "active", "cancelled")',
      },
    ]);
  });

  it("names an unreachable stage", () => {
    const issues = issuesOf({
      ...valid,
      stages: [...valid.stages, "vip"],
      transitions: [...valid.transitions, { from: "vip", to: "active" }],
    });
    expect(issues).toEqual([
      { path: "stages.3", message: 'stage "vip" is not reachable from the initial stage "trial"' },
    ]);
  });

  it("names a terminal stage that has a transition out of it", () => {
    const issues = issuesOf({
      ...valid,
      transitions: [...valid.transitions, { from: "cancelled", to: "active" }],
    });
    expect(issues).toEqual([
      {
        path: "transitions.3.from",
        message:
          'stage "cancelled" is terminal: no transition may leave it (found one to "active")',
      },
    ]);
  });

  it("reports every problem at once: duplicates, self-moves, unknown initial and terminal", () => {
    const issues = issuesOf({
      stages: ["a", "b", "a", ""],
      transitions: [
        { from: "a", to: "b" },
        { from: "a", to: "b" },
        { from: "b", to: "b" },
        { from: "x", to: "y" },
      ],
      initial: "z",
      terminal: ["q"],
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      "stages.2",
      "stages.3",
      "initial",
      "terminal.0",
      "transitions.1",
      "transitions.2",
      "transitions.3.from",
      "transitions.3.to",
    ]);
    expect(issues[0]?.message).toBe('stage "a" is listed twice');
    expect(issues[2]?.message).toMatch(/^initial stage "z" is not one of the stages/);
    expect(issues[3]?.message).toMatch(/^terminal stage "q"/);
    expect(issues[5]?.message).toMatch(/stage "b" to itself/);
  });

  it("rejects an empty or missing list of stages and transitions", () => {
    const issues = issuesOf({ stages: [], transitions: undefined, initial: "a" } as never);
    expect(issues.map((issue) => issue.path)).toEqual(["stages", "transitions", "initial"]);
  });

  it("puts the stage in the error message people read", () => {
    expect(() =>
      defineJourney({ ...valid, transitions: [{ from: "trial", to: "active" }] }),
    ).toThrow(/stages\[2\]: stage "cancelled" is not reachable/);
  });

  it("does not mutate its input", () => {
    const input = structuredClone(valid);
    defineJourney(input);
    expect(input).toEqual(valid);
  });
});

describe("JourneyDefinitionError", () => {
  it("reads like core's validation errors: a header, then one `path: message` line per issue", () => {
    const error = new JourneyDefinitionError([
      { path: [], code: "invalid_type", message: "expected an object" },
      { path: ["transitions", 0, "to"], code: "invalid_value", message: 'stage "x" is unknown' },
    ]);
    expect(error.message).toBe(
      'Invalid JourneyDefinition (2 issues):\n  - (root): expected an object\n  - transitions[0].to: stage "x" is unknown',
    );
    // One error type for every validation in Rapport: catch RapportValidationError, read issues.
    expect(error).toBeInstanceOf(RapportValidationError);
    expect(error.name).toBe("RapportValidationError");
    expect(error.entity).toBe("JourneyDefinition");
    expect(
      new JourneyDefinitionError([{ path: ["initial"], code: "invalid_value", message: "m" }])
        .message,
    ).toMatch(/^Invalid JourneyDefinition \(1 issue\):/);
  });
});
