import { defineJourney, type JourneyDefinition } from "./journey-definition";

const POST_PURCHASE = ["purchase", "onboarding", "adoption", "retention", "advocacy"] as const;

/**
 * The customer lifecycle that ships with Rapport: awareness → consideration → purchase →
 * onboarding → adoption → retention → advocacy (and back from advocacy to retention), with
 * `churned` reachable from every post-purchase stage, `win_back` from `churned`, and a
 * won-back customer either buying again (`purchase`) or churning again. No stage is terminal:
 * a churned customer can always be won back.
 *
 * @example
 * ```ts
 * import { defaultLifecycle, defineJourney } from "@rapport/journeys";
 * // Add repeat purchases from retention to the default lifecycle.
 * const mine = defineJourney({
 *   ...defaultLifecycle,
 *   transitions: [...defaultLifecycle.transitions, { from: "retention", to: "purchase" }],
 * });
 * ```
 */
export const defaultLifecycle: JourneyDefinition = /* @__PURE__ */ defineJourney({
  stages: [
    "awareness",
    "consideration",
    "purchase",
    "onboarding",
    "adoption",
    "retention",
    "advocacy",
    "churned",
    "win_back",
  ],
  transitions: [
    { from: "awareness", to: "consideration" },
    { from: "consideration", to: "purchase" },
    { from: "purchase", to: "onboarding" },
    { from: "onboarding", to: "adoption" },
    { from: "adoption", to: "retention" },
    { from: "retention", to: "advocacy" },
    { from: "advocacy", to: "retention" },
    ...POST_PURCHASE.map((from) => ({ from, to: "churned" })),
    { from: "churned", to: "win_back" },
    { from: "win_back", to: "purchase" },
    { from: "win_back", to: "churned" },
  ],
  initial: "awareness",
  terminal: [],
});
