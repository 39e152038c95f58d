import type { Case, CaseId, CustomerId, Interaction } from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import { checkInstant } from "./check-instant";

/**
 * The names of the effort components, in the order they are reported.
 *
 * @example
 * ```ts
 * import { EFFORT_COMPONENTS } from "@rapport/journeys";
 * EFFORT_COMPONENTS.length; // 6
 * ```
 */
export const EFFORT_COMPONENTS = [
  "contacts",
  "channelSwitches",
  "transfers",
  "repeatContacts",
  "waitingMs",
  "reopenings",
] as const;

/**
 * One of {@link EFFORT_COMPONENTS}.
 *
 * @example
 * ```ts
 * import type { EffortComponent } from "@rapport/journeys";
 * const worst: EffortComponent = "transfers";
 * ```
 */
export type EffortComponent = (typeof EFFORT_COMPONENTS)[number];

/**
 * What a case cost the customer, as observed.
 *
 * @example
 * ```ts
 * import type { EffortComponents } from "@rapport/journeys";
 * const hoursWaiting = (c: EffortComponents) => c.waitingMs / 3_600_000;
 * ```
 */
export interface EffortComponents {
  /** Public messages the customer sent on the case (at least 1: opening it was a contact). */
  readonly contacts: number;
  /** Times the customer's next message came on another channel than the one before. */
  readonly channelSwitches: number;
  /** Hand-overs between agents or teams (interactions with a `transfer`). */
  readonly transfers: number;
  /** Later cases of the same customer about the same issue, opened while this one was unresolved or within the repeat window after. */
  readonly repeatContacts: number;
  /** Milliseconds the customer waited for a public reply from an agent or bot. */
  readonly waitingMs: number;
  /** Times the case was reopened after being solved or closed. */
  readonly reopenings: number;
}

/**
 * The effort of one case: its components, the composite 0-100 and what each component
 * contributed to it (the contributions add up to `value`).
 *
 * @example
 * ```ts
 * import type { CaseEffort } from "@rapport/journeys";
 * const main = (e: CaseEffort) =>
 *   Object.entries(e.contributions).sort((a, b) => b[1] - a[1])[0]?.[0];
 * ```
 */
export interface CaseEffort {
  /** Discriminates a case's effort from a customer's. */
  readonly kind: "case";
  /** The case. */
  readonly caseId: CaseId;
  /** Its customer. */
  readonly customerId: CustomerId;
  /** The observed components. */
  readonly components: EffortComponents;
  /** The composite effort, 0 (effortless) to 100. */
  readonly value: number;
  /** Each component's share of `value`, in points. */
  readonly contributions: Readonly<Record<EffortComponent, number>>;
}

/**
 * The effort of one customer: the mean over their cases of each component, of the composite
 * and of the contributions; `null` figures when they have no case (`n` is 0).
 *
 * @example
 * ```ts
 * import type { CustomerEffort } from "@rapport/journeys";
 * const label = (e: CustomerEffort) => (e.value === null ? "no cases" : `${e.value.toFixed(0)}/100`);
 * ```
 */
export interface CustomerEffort {
  /** Discriminates a customer's effort from a case's. */
  readonly kind: "customer";
  /** The customer. */
  readonly customerId: CustomerId;
  /** How many cases the figures are computed from. */
  readonly n: number;
  /** The mean of each component per case (contacts per case, …), or `null`. */
  readonly components: EffortComponents | null;
  /** The mean composite effort of the cases, or `null`. */
  readonly value: number | null;
  /** The mean contribution of each component, or `null`. */
  readonly contributions: Readonly<Record<EffortComponent, number>> | null;
  /** Each case's effort, oldest case first. */
  readonly cases: readonly CaseEffort[];
}

/**
 * Options of {@link effortIndex}: the data, and how the composite is scaled.
 *
 * @example
 * ```ts
 * import type { EffortOptions } from "@rapport/journeys";
 * const options: EffortOptions = {
 *   asOf: new Date("2024-04-01T00:00:00Z"), interactions: [], cases: [], repeatWindowMs: 3 * 86_400_000,
 * };
 * ```
 */
export interface EffortOptions {
  /** Interactions; those of other cases or without a case are ignored. */
  readonly interactions: readonly Interaction[];
  /** Cases; used for the customer's cases and to find repeat contacts. */
  readonly cases: readonly Case[];
  /** How soon after a case is resolved a new case counts as a repeat contact (default 7 days). */
  readonly repeatWindowMs?: number;
  /** Whether a later case is about the same issue as an earlier one (default: always). */
  readonly sameIssue?: (earlier: Case, later: Case) => boolean;
  /**
   * The moment of the measure (required): where a customer message is still unanswered and
   * the case unresolved, the customer has waited up to it.
   */
  readonly asOf: Date;
  /** Relative weight of each component in the composite (defaults: {@link DEFAULT_EFFORT_WEIGHTS}). */
  readonly weights?: Partial<Record<EffortComponent, number>>;
  /** The value at which each component counts as maximal effort (defaults: {@link DEFAULT_EFFORT_CAPS}). */
  readonly caps?: Partial<Record<EffortComponent, number>>;
}

const DAY_MS = 86_400_000;

/**
 * The default weights of the composite (they add up to 100, so a weight is the most points a
 * component can give). Repeat contacts and extra contacts weigh most, as the effort research
 * found repeat contacts the strongest driver of disloyalty (Dixon, Freeman & Toman, "Stop
 * Trying to Delight Your Customers", HBR 2010). The weights are Rapport's choice, not
 * published values: check them against your own CES answers with {@link effortVsCes}.
 *
 * @example
 * ```ts
 * import { DEFAULT_EFFORT_WEIGHTS } from "@rapport/journeys";
 * DEFAULT_EFFORT_WEIGHTS.repeatContacts; // 20
 * ```
 */
export const DEFAULT_EFFORT_WEIGHTS: Readonly<Record<EffortComponent, number>> = Object.freeze({
  contacts: 20,
  channelSwitches: 15,
  transfers: 15,
  repeatContacts: 20,
  waitingMs: 15,
  reopenings: 15,
});

/**
 * The default caps: the value at which a component counts as maximal effort. For `contacts`
 * the cap applies to the contacts beyond the first (4 extra contacts = maximal).
 *
 * @example
 * ```ts
 * import { DEFAULT_EFFORT_CAPS } from "@rapport/journeys";
 * DEFAULT_EFFORT_CAPS.waitingMs / 3_600_000; // 48 hours
 * ```
 */
export const DEFAULT_EFFORT_CAPS: Readonly<Record<EffortComponent, number>> = Object.freeze({
  contacts: 4,
  channelSwitches: 3,
  transfers: 3,
  repeatContacts: 2,
  waitingMs: 48 * 3_600_000,
  reopenings: 2,
});

const RESOLVED = new Set(["solved", "closed"]);

function settings(options: EffortOptions) {
  if (!Array.isArray(options?.interactions)) {
    throw new TypeError(
      expectedMessage(
        "effortIndex: options.interactions",
        "an array of interactions",
        options?.interactions,
      ),
    );
  }
  if (!Array.isArray(options.cases)) {
    throw new TypeError(
      expectedMessage("effortIndex: options.cases", "an array of cases", options.cases),
    );
  }
  const repeatWindowMs = options.repeatWindowMs ?? 7 * DAY_MS;
  if (!(typeof repeatWindowMs === "number" && repeatWindowMs >= 0)) {
    const message = expectedMessage(
      "effortIndex: options.repeatWindowMs",
      "a non-negative number of milliseconds",
      repeatWindowMs,
    );
    throw typeof repeatWindowMs === "number" ? new RangeError(message) : new TypeError(message);
  }
  const asOfMs = checkInstant("effortIndex: options.asOf", options.asOf);
  const merge = (
    field: "weights" | "caps",
    given: Partial<Record<string, number>> | undefined,
    defaults: Readonly<Record<EffortComponent, number>>,
  ) => {
    for (const [key, value] of Object.entries(given ?? {})) {
      if (!(EFFORT_COMPONENTS as readonly string[]).includes(key)) {
        throw new RangeError(
          expectedMessage(
            `effortIndex: options.${field}`,
            `effort components (${oneOf(EFFORT_COMPONENTS)})`,
            key,
          ),
        );
      }
      const ok = field === "weights" ? value! >= 0 : value! > 0;
      if (!(typeof value === "number" && Number.isFinite(value) && ok)) {
        const message = expectedMessage(
          `effortIndex: options.${field}.${key}`,
          `a ${field === "weights" ? "non-negative" : "positive"} finite number`,
          value,
        );
        throw typeof value === "number" ? new RangeError(message) : new TypeError(message);
      }
    }
    return { ...defaults, ...given } as Record<EffortComponent, number>;
  };
  const weights = merge("weights", options.weights, DEFAULT_EFFORT_WEIGHTS);
  const caps = merge("caps", options.caps, DEFAULT_EFFORT_CAPS);
  const totalWeight = EFFORT_COMPONENTS.reduce((sum, key) => sum + weights[key], 0);
  if (totalWeight === 0) {
    throw new RangeError(
      expectedMessage(
        "effortIndex: options.weights",
        "weights that are not all 0",
        options.weights,
      ),
    );
  }
  return {
    repeatWindowMs,
    sameIssue: options.sameIssue ?? (() => true),
    asOfMs,
    weights,
    caps,
    totalWeight,
  };
}

type Settings = ReturnType<typeof settings>;

const isReply = (interaction: Interaction) =>
  interaction.author.kind === "agent" || interaction.author.kind === "bot";

function reopeningsOf(record: Case): number {
  let fromHistory = 0;
  record.statusHistory.forEach((change, index) => {
    const previous = record.statusHistory[index - 1];
    if (previous && RESOLVED.has(previous.status) && !RESOLVED.has(change.status)) fromHistory++;
  });
  return Math.max(record.reopenCount, fromHistory);
}

function caseEffort(
  record: Case,
  interactions: readonly Interaction[],
  customerCases: readonly Case[],
  s: Settings,
): CaseEffort {
  // Stable time order (equal times keep the order given).
  const ordered = interactions
    .map((interaction, index) => ({ interaction, index }))
    .sort(
      (a, b) =>
        a.interaction.occurredAt.getTime() - b.interaction.occurredAt.getTime() ||
        a.index - b.index,
    )
    .map(({ interaction }) => interaction);
  let contacts = 0;
  let channelSwitches = 0;
  let transfers = 0;
  let waitingMs = 0;
  let lastChannel: string | undefined;
  let waitingSince: number | undefined;
  for (const interaction of ordered) {
    if (interaction.transfer !== undefined) transfers++;
    if (interaction.visibility !== "public") continue;
    const time = interaction.occurredAt.getTime();
    if (interaction.author.kind === "customer") {
      contacts++;
      if (lastChannel !== undefined && interaction.channel !== lastChannel) channelSwitches++;
      lastChannel = interaction.channel;
      waitingSince ??= time;
    } else if (isReply(interaction) && waitingSince !== undefined) {
      waitingMs += time - waitingSince;
      waitingSince = undefined;
    }
  }
  const resolvedMs = (record.solvedAt ?? record.closedAt)?.getTime();
  if (contacts === 0) {
    // No customer message among the interactions: the case itself was the contact.
    contacts = 1;
    if (record.firstReplyAt !== undefined) {
      waitingMs = record.firstReplyAt.getTime() - record.createdAt.getTime();
    }
  } else if (waitingSince !== undefined) {
    // The last customer message was never answered: it waited until resolution (or asOf).
    const end = resolvedMs ?? s.asOfMs;
    if (end !== undefined && end > waitingSince) waitingMs += end - waitingSince;
  }
  const createdMs = record.createdAt.getTime();
  const repeatUntil =
    resolvedMs === undefined ? Number.POSITIVE_INFINITY : resolvedMs + s.repeatWindowMs;
  let repeatContacts = 0;
  for (const other of customerCases) {
    const otherMs = other.createdAt.getTime();
    if (other.id !== record.id && otherMs > createdMs && otherMs <= repeatUntil) {
      if (s.sameIssue(record, other)) repeatContacts++;
    }
  }
  const components: EffortComponents = {
    contacts,
    channelSwitches,
    transfers,
    repeatContacts,
    waitingMs,
    reopenings: reopeningsOf(record),
  };
  const contributions = {} as Record<EffortComponent, number>;
  let value = 0;
  for (const key of EFFORT_COMPONENTS) {
    // The first contact is no extra effort; everything else counts from 0.
    const raw = key === "contacts" ? components.contacts - 1 : components[key];
    const scaled = Math.min(raw / s.caps[key], 1);
    contributions[key] = (100 * s.weights[key] * scaled) / s.totalWeight;
    value += contributions[key];
  }
  return {
    kind: "case",
    caseId: record.id,
    customerId: record.customerId,
    components,
    value,
    contributions,
  };
}

function mean(efforts: readonly CaseEffort[], pick: (effort: CaseEffort) => number): number {
  return efforts.reduce((sum, effort) => sum + pick(effort), 0) / efforts.length;
}

/**
 * The effort of one case.
 *
 * @example
 * ```ts
 * import { parseCase } from "@rapport/core";
 * import { effortIndex } from "@rapport/journeys";
 * const record = parseCase({ id: "k1", customerId: "c1", channel: "email", status: "open", createdAt: "2024-03-01T09:00:00Z" });
 * effortIndex(record, { asOf: new Date("2024-04-01T00:00:00Z"), interactions: [], cases: [record] }).value; // 0
 * ```
 */
export function effortIndex(record: Case, options: EffortOptions): CaseEffort;
/**
 * The effort of one customer, over all their cases in `options.cases`.
 *
 * @example
 * ```ts
 * import { customerId } from "@rapport/core";
 * import { effortIndex } from "@rapport/journeys";
 * effortIndex(customerId("c1"), { asOf: new Date("2024-04-01T00:00:00Z"), interactions: [], cases: [] }).value; // null
 * ```
 */
export function effortIndex(customer: CustomerId, options: EffortOptions): CustomerEffort;
/**
 * The effort a customer spent getting help, observed rather than asked, for one case or for
 * one customer (the mean over their cases). Components: contacts per case, channel switches,
 * transfers between agents or teams, repeat contacts about the same issue (a later case opened
 * while the case was unresolved or within `repeatWindowMs`, 7 days by default, after it was
 * solved), time waiting for a public reply, and reopenings (the larger of `reopenCount` and
 * the reopenings seen in `statusHistory`).
 *
 * The composite: each component is scaled to 0..1 by its cap (`min(x / cap, 1)`; contacts
 * count from the second one), weighted, and put on 0..100:
 * `value = 100 · Σ wᵢ · min(xᵢ / capᵢ, 1) / Σ wᵢ`; `contributions` holds each term. The
 * components follow the effort drivers of Dixon, Freeman & Toman (HBR 2010); the weights and
 * caps are Rapport's defaults, to be checked against CES answers ({@link effortVsCes}).
 *
 * @example
 * ```ts
 * import { customerId, parseCase, parseInteraction } from "@rapport/core";
 * import { effortIndex } from "@rapport/journeys";
 * const cases = [parseCase({ id: "k1", customerId: "c1", channel: "email", status: "solved", createdAt: "2024-03-01T09:00:00Z", solvedAt: "2024-03-02T09:00:00Z" })];
 * const interactions = [
 *   parseInteraction({ id: "i1", customerId: "c1", caseId: "k1", channel: "email", direction: "inbound", author: { kind: "customer" }, occurredAt: "2024-03-01T09:00:00Z" }),
 *   parseInteraction({ id: "i2", customerId: "c1", caseId: "k1", channel: "email", direction: "outbound", author: { kind: "agent", id: "a1" }, occurredAt: "2024-03-01T21:00:00Z" }),
 * ];
 * effortIndex(customerId("c1"), { asOf: new Date("2024-04-01T00:00:00Z"), interactions, cases }).components?.waitingMs; // 43_200_000 (12 hours)
 * ```
 */
export function effortIndex(
  subject: Case | CustomerId,
  options: EffortOptions,
): CaseEffort | CustomerEffort {
  const s = settings(options);
  const customer = typeof subject === "string" ? subject : subject.customerId;
  const customerCases = options.cases.filter((record) => record.customerId === customer);
  if (typeof subject !== "string") {
    const mine = options.interactions.filter((interaction) => interaction.caseId === subject.id);
    return caseEffort(subject, mine, customerCases, s);
  }
  const byCase = new Map<string, Interaction[]>();
  for (const interaction of options.interactions) {
    if (interaction.customerId !== customer || interaction.caseId === undefined) continue;
    const list = byCase.get(interaction.caseId);
    if (list === undefined) byCase.set(interaction.caseId, [interaction]);
    else list.push(interaction);
  }
  const cases = [...customerCases]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((record) => caseEffort(record, byCase.get(record.id) ?? [], customerCases, s));
  if (cases.length === 0) {
    return {
      kind: "customer",
      customerId: customer,
      n: 0,
      components: null,
      value: null,
      contributions: null,
      cases,
    };
  }
  const components = {} as Record<EffortComponent, number>;
  const contributions = {} as Record<EffortComponent, number>;
  for (const key of EFFORT_COMPONENTS) {
    components[key] = mean(cases, (effort) => effort.components[key]);
    contributions[key] = mean(cases, (effort) => effort.contributions[key]);
  }
  return {
    kind: "customer",
    customerId: customer,
    n: cases.length,
    components,
    value: mean(cases, (effort) => effort.value),
    contributions,
    cases,
  };
}
