import type { Agent } from "./agent";
import type { CareGesture } from "./care-gesture";
import type { Case } from "./case";
import type { ConsentEvent } from "./consent-event";
import type { Customer } from "./customer";
import type { DataSubjectRequest } from "./data-subject-request";
import type { Interaction } from "./interaction";
import type { JourneyEvent } from "./journey-event";
import type { SurveyResponse } from "./survey-response";
import type { Team } from "./team";
import type { Transaction } from "./transaction";

/**
 * The one entity vocabulary of Rapport: each entity's key (the plural camel-case name every
 * list, store collection and import result uses) and its record kind (the singular name in
 * error messages, consent records and reports). The import lists, a customer's sources, the
 * store's collections and the record kinds are all derived from this table; SQL tables are
 * the keys in snake case (`survey_responses`).
 *
 * @example
 * ```ts
 * import { ENTITY_KINDS } from "@rapport/core";
 * ENTITY_KINDS.surveyResponses; // "surveyResponse"
 * ```
 */
export const ENTITY_KINDS = {
  customers: "customer",
  agents: "agent",
  teams: "team",
  cases: "case",
  interactions: "interaction",
  surveyResponses: "surveyResponse",
  journeyEvents: "journeyEvent",
  consentEvents: "consentEvent",
  transactions: "transaction",
  careGestures: "careGesture",
  dataSubjectRequests: "dataSubjectRequest",
} as const;

/**
 * The key of an entity in {@link ENTITY_KINDS}, e.g. `"surveyResponses"`.
 *
 * @example
 * ```ts
 * import type { EntityKey } from "@rapport/core";
 * const key: EntityKey = "consentEvents";
 * ```
 */
export type EntityKey = keyof typeof ENTITY_KINDS;

/**
 * The record kind of an entity, e.g. `"surveyResponse"`.
 *
 * @example
 * ```ts
 * import type { EntityKind } from "@rapport/core";
 * const kind: EntityKind = "case";
 * ```
 */
export type EntityKind = (typeof ENTITY_KINDS)[EntityKey];

/**
 * Every entity key, in the table's order.
 *
 * @example
 * ```ts
 * import { ENTITY_KEYS } from "@rapport/core";
 * ENTITY_KEYS.length; // 11
 * ```
 */
export const ENTITY_KEYS = Object.keys(ENTITY_KINDS) as readonly EntityKey[];

/**
 * The record type of each entity key.
 *
 * @example
 * ```ts
 * import type { EntityRecords } from "@rapport/core";
 * type Answer = EntityRecords["surveyResponses"]; // SurveyResponse
 * ```
 */
export interface EntityRecords {
  readonly customers: Customer;
  readonly agents: Agent;
  readonly teams: Team;
  readonly cases: Case;
  readonly interactions: Interaction;
  readonly surveyResponses: SurveyResponse;
  readonly journeyEvents: JourneyEvent;
  readonly consentEvents: ConsentEvent;
  readonly transactions: Transaction;
  readonly careGestures: CareGesture;
  readonly dataSubjectRequests: DataSubjectRequest;
}

/**
 * The entities that belong to one customer (they carry a `customerId`, or are the customer).
 *
 * @example
 * ```ts
 * import { CUSTOMER_ENTITY_KEYS } from "@rapport/core";
 * CUSTOMER_ENTITY_KEYS.includes("agents"); // false
 * ```
 */
export const CUSTOMER_ENTITY_KEYS = [
  "customers",
  "cases",
  "interactions",
  "surveyResponses",
  "journeyEvents",
  "consentEvents",
  "transactions",
  "careGestures",
  "dataSubjectRequests",
] as const satisfies readonly EntityKey[];

/**
 * A key of {@link CUSTOMER_ENTITY_KEYS}.
 *
 * @example
 * ```ts
 * import type { CustomerEntityKey } from "@rapport/core";
 * const key: CustomerEntityKey = "cases";
 * ```
 */
export type CustomerEntityKey = (typeof CUSTOMER_ENTITY_KEYS)[number];

/**
 * One list of records per entity: what an import returns and what a store holds.
 *
 * @example
 * ```ts
 * import type { EntityLists } from "@rapport/core";
 * const total = (lists: EntityLists) => lists.cases.length + lists.surveyResponses.length;
 * ```
 */
export type EntityLists = { [K in EntityKey]: EntityRecords[K][] };

/**
 * A new set of empty lists, one per entity.
 *
 * @example
 * ```ts
 * import { emptyEntityLists } from "@rapport/core";
 * emptyEntityLists().surveyResponses.length; // 0
 * ```
 */
export function emptyEntityLists(): EntityLists {
  const lists = {} as Record<EntityKey, unknown[]>;
  for (const key of ENTITY_KEYS) lists[key] = [];
  return lists as EntityLists;
}
