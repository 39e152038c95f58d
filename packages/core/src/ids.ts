import { expectedMessage } from "@rapport/stats";
import * as z from "zod";

// The one rule for ids: every id field of an entity is branded, and every parameter that
// takes an id takes the branded type. The brand's name says how to make one, so that the
// type error a plain string gets (`Type 'string' is not assignable to type
// '$brand<"CustomerId (make one with customerId() or parseCustomer())">'`) is its own fix.

const idString = (entity: string, make: string) => {
  const error = `expected a ${entity} id (a non-empty string; make one with ${make})`;
  return z.string({ error }).min(1, { error });
};

function makeId(fn: string, entity: string, value: unknown): string {
  if (typeof value !== "string") {
    throw new TypeError(expectedMessage(`${fn}: value`, `a ${entity} id (a string)`, value));
  }
  if (value.length === 0) {
    throw new RangeError(expectedMessage(`${fn}: value`, `a non-empty ${entity} id`, value));
  }
  return value;
}

/**
 * Identifies a customer. A branded string: a plain string, or another entity's id, does not
 * type-check where a `CustomerId` is expected, and the type error names the way out: make one
 * with {@link customerId}, or get it by parsing a customer.
 *
 * @example
 * ```ts
 * import { CustomerIdSchema } from "@rapport/core";
 * const id = CustomerIdSchema.parse("cus_42"); // CustomerId
 * ```
 */
export const CustomerIdSchema = /* @__PURE__ */ idString("customer", 'customerId("…")')
  .brand<"CustomerId (make one with customerId() or parseCustomer())">()
  .meta({ title: "CustomerId" });
/**
 * A customer's id. See {@link CustomerIdSchema}; make one with {@link customerId}.
 *
 * @example
 * ```ts
 * import { customerId, type CustomerId } from "@rapport/core";
 * const id: CustomerId = customerId("cus_42");
 * ```
 */
export type CustomerId = z.output<typeof CustomerIdSchema>;

/**
 * Identifies an agent (a person or a bot answering customers). Make one with {@link agentId}.
 *
 * @example
 * ```ts
 * import { AgentIdSchema } from "@rapport/core";
 * AgentIdSchema.parse("agt_7");
 * ```
 */
export const AgentIdSchema = /* @__PURE__ */ idString("agent", 'agentId("…")')
  .brand<"AgentId (make one with agentId() or parseAgent())">()
  .meta({ title: "AgentId" });
/**
 * An agent's id. See {@link AgentIdSchema}; make one with {@link agentId}.
 *
 * @example
 * ```ts
 * import { agentId, type AgentId } from "@rapport/core";
 * const id: AgentId = agentId("agt_7");
 * ```
 */
export type AgentId = z.output<typeof AgentIdSchema>;

/**
 * Identifies a team of agents. Make one with {@link teamId}.
 *
 * @example
 * ```ts
 * import { TeamIdSchema } from "@rapport/core";
 * TeamIdSchema.parse("team_billing");
 * ```
 */
export const TeamIdSchema = /* @__PURE__ */ idString("team", 'teamId("…")')
  .brand<"TeamId (make one with teamId() or parseTeam())">()
  .meta({ title: "TeamId" });
/**
 * A team's id. See {@link TeamIdSchema}; make one with {@link teamId}.
 *
 * @example
 * ```ts
 * import { teamId, type TeamId } from "@rapport/core";
 * const id: TeamId = teamId("team_billing");
 * ```
 */
export type TeamId = z.output<typeof TeamIdSchema>;

/**
 * Identifies a case (a ticket or a conversation). Make one with {@link caseId}.
 *
 * @example
 * ```ts
 * import { CaseIdSchema } from "@rapport/core";
 * CaseIdSchema.parse("case_1001");
 * ```
 */
export const CaseIdSchema = /* @__PURE__ */ idString("case", 'caseId("…")')
  .brand<"CaseId (make one with caseId() or parseCase())">()
  .meta({ title: "CaseId" });
/**
 * A case's id. See {@link CaseIdSchema}; make one with {@link caseId}.
 *
 * @example
 * ```ts
 * import { caseId, type CaseId } from "@rapport/core";
 * const id: CaseId = caseId("case_1001");
 * ```
 */
export type CaseId = z.output<typeof CaseIdSchema>;

/**
 * Identifies one record of any entity other than the four above (an interaction, a survey
 * response, an event, a transaction, a gesture). Unique within its entity. Make one with
 * {@link recordId}.
 *
 * @example
 * ```ts
 * import { RecordIdSchema } from "@rapport/core";
 * RecordIdSchema.parse("int_1");
 * ```
 */
export const RecordIdSchema = /* @__PURE__ */ idString("record", 'recordId("…")')
  .brand<"RecordId (make one with recordId() or by parsing the record)">()
  .meta({ title: "RecordId" });
/**
 * The id of an interaction, survey response, journey event, consent event, transaction or
 * gesture. See {@link RecordIdSchema}; make one with {@link recordId}.
 *
 * @example
 * ```ts
 * import { recordId, type RecordId } from "@rapport/core";
 * const id: RecordId = recordId("int_1");
 * ```
 */
export type RecordId = z.output<typeof RecordIdSchema>;

/**
 * Makes a {@link CustomerId} from a string: the way to turn an id you hold (from a URL, a
 * database, a test) into the branded type every function that takes a customer's id expects.
 * Throws a `TypeError` for a value that is not a string and a `RangeError` for an empty one.
 * Needs no zod.
 *
 * @example
 * ```ts
 * import { customerId } from "@rapport/core";
 * customerId("cus_42");
 * customerId(""); // throws RangeError: customerId: value: expected a non-empty customer id, received ""
 * ```
 */
export const customerId = (value: string): CustomerId =>
  makeId("customerId", "customer", value) as CustomerId;
/**
 * Makes an {@link AgentId} from a string. Throws a `TypeError` for a value that is not a
 * string and a `RangeError` for an empty one.
 *
 * @example
 * ```ts
 * import { agentId } from "@rapport/core";
 * agentId("agt_7");
 * ```
 */
export const agentId = (value: string): AgentId => makeId("agentId", "agent", value) as AgentId;
/**
 * Makes a {@link TeamId} from a string. Throws a `TypeError` for a value that is not a string
 * and a `RangeError` for an empty one.
 *
 * @example
 * ```ts
 * import { teamId } from "@rapport/core";
 * teamId("team_billing");
 * ```
 */
export const teamId = (value: string): TeamId => makeId("teamId", "team", value) as TeamId;
/**
 * Makes a {@link CaseId} from a string. Throws a `TypeError` for a value that is not a string
 * and a `RangeError` for an empty one.
 *
 * @example
 * ```ts
 * import { caseId } from "@rapport/core";
 * caseId("case_1001");
 * ```
 */
export const caseId = (value: string): CaseId => makeId("caseId", "case", value) as CaseId;
/**
 * Makes a {@link RecordId} (the id of an interaction, survey response, event, transaction or
 * gesture) from a string. Throws a `TypeError` for a value that is not a string and a
 * `RangeError` for an empty one.
 *
 * @example
 * ```ts
 * import { recordId } from "@rapport/core";
 * recordId("int_1");
 * ```
 */
export const recordId = (value: string): RecordId =>
  makeId("recordId", "record", value) as RecordId;
