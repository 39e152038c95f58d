import { describe, expect, it } from "vitest";
import { defaultLifecycle } from "./default-lifecycle";
import { defineJourney } from "./journey-definition";

const has = (from: string, to: string) =>
  defaultLifecycle.transitions.some((t) => t.from === from && t.to === to);

describe("defaultLifecycle", () => {
  it("runs awareness → … → advocacy in order", () => {
    expect(defaultLifecycle.initial).toBe("awareness");
    const main = ["awareness", "consideration", "purchase", "onboarding", "adoption"];
    const path = [...main, "retention", "advocacy"];
    expect(defaultLifecycle.stages.slice(0, 7)).toEqual(path);
    for (let i = 1; i < path.length; i++) expect(has(path[i - 1]!, path[i]!)).toBe(true);
  });

  it("lets every post-purchase stage, and only those, churn; win-back comes from churned", () => {
    const churning = defaultLifecycle.transitions
      .filter((t) => t.to === "churned")
      .map((t) => t.from);
    expect(churning).toEqual([
      "purchase",
      "onboarding",
      "adoption",
      "retention",
      "advocacy",
      "win_back",
    ]);
    expect(has("awareness", "churned")).toBe(false);
    expect(has("consideration", "churned")).toBe(false);
    expect(defaultLifecycle.transitions.filter((t) => t.to === "win_back")).toEqual([
      { from: "churned", to: "win_back" },
    ]);
    expect(has("win_back", "purchase")).toBe(true);
  });

  it("can be extended as data", () => {
    const mine = defineJourney({
      ...defaultLifecycle,
      transitions: [...defaultLifecycle.transitions, { from: "retention", to: "purchase" }],
    });
    expect(mine.transitions).toHaveLength(defaultLifecycle.transitions.length + 1);
  });
});
