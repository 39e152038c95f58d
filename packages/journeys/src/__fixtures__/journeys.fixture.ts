// Small hand-written fixtures in the shapes of @rapport/core, built through its decoders so
// they are exactly what parsed data looks like.
import {
  type Case,
  type CaseJson,
  decodeCase,
  decodeInteraction,
  decodeJourneyEvent,
  decodeSurveyResponse,
  type Interaction,
  type InteractionJson,
  type JourneyEvent,
  type SurveyResponse,
} from "@rapport/core";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

let counter = 0;

/** A journey event; `at` is an ISO 8601 time with offset. */
export function event(
  customer: string,
  stage: string | undefined,
  at: string,
  id?: string,
): JourneyEvent {
  counter++;
  return decodeJourneyEvent({
    id: id ?? `ev_${counter}`,
    customerId: customer,
    name: stage === undefined ? "Page Viewed" : `Entered ${stage}`,
    occurredAt: at,
    ...(stage === undefined ? {} : { stage }),
  });
}

/** A case with sensible defaults. */
export function kase(fields: Partial<CaseJson> & { id: string; createdAt: string }): Case {
  return decodeCase({ customerId: "c1", channel: "email", status: "solved", ...fields });
}

/** A public interaction on a case. */
export function touch(
  caseId: string,
  author: "customer" | "agent" | "bot" | "system",
  channel: InteractionJson["channel"],
  at: string,
  extra: Partial<InteractionJson> = {},
): Interaction {
  counter++;
  return decodeInteraction({
    id: `int_${counter}`,
    customerId: "c1",
    caseId,
    channel,
    direction: author === "customer" ? "inbound" : "outbound",
    author: author === "agent" ? { kind: "agent", id: "agt_1" } : { kind: author },
    occurredAt: at,
    ...extra,
  });
}

/** A CES answer about a case. */
export function ces(
  caseId: string | undefined,
  score: number,
  at = "2024-03-10T10:00:00Z",
  scale: "seven_point" | "five_point" = "seven_point",
): SurveyResponse {
  counter++;
  return decodeSurveyResponse({
    kind: "ces",
    scale,
    score,
    id: `r_${counter}`,
    customerId: "c1",
    respondedAt: at,
    ...(caseId === undefined ? {} : { caseId }),
  });
}

/**
 * A realistic lifecycle: three customers of a subscription product.
 * - c1: awareness 1 Jan, consideration 3 Jan, purchase 10 Jan, onboarding 10 Jan 12:00,
 *   adoption 20 Jan (still there on 1 Mar).
 * - c2: awareness 2 Jan, consideration 5 Jan (stuck there).
 * - c3: awareness 1 Jan, consideration 2 Jan, purchase 4 Jan, onboarding 5 Jan, churned 15 Jan.
 */
export function lifecycleEvents(): JourneyEvent[] {
  return [
    event("c1", "awareness", "2024-01-01T00:00:00Z"),
    event("c2", "awareness", "2024-01-02T00:00:00Z"),
    event("c3", "awareness", "2024-01-01T00:00:00Z"),
    event("c1", "consideration", "2024-01-03T00:00:00Z"),
    event("c1", undefined, "2024-01-04T00:00:00Z"),
    event("c2", "consideration", "2024-01-05T00:00:00Z"),
    event("c3", "consideration", "2024-01-02T00:00:00Z"),
    event("c3", "purchase", "2024-01-04T00:00:00Z"),
    event("c1", "purchase", "2024-01-10T00:00:00Z"),
    event("c1", "onboarding", "2024-01-10T12:00:00Z"),
    event("c3", "onboarding", "2024-01-05T00:00:00Z"),
    event("c3", "churned", "2024-01-15T00:00:00Z"),
    event("c1", "adoption", "2024-01-20T00:00:00Z"),
  ];
}

export const LIFECYCLE_AS_OF = new Date("2024-03-01T00:00:00Z");
