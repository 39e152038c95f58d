import { z } from "zod";

const idString = (entity: string) =>
  z.string({ error: `expected a ${entity} id (a non-empty string)` }).min(1, {
    error: `expected a ${entity} id (a non-empty string)`,
  });

/**
 * Identifies a customer. A branded string: a plain string, or another entity's id, does not
 * type-check where a `CustomerId` is expected. Make one with {@link customerId}.
 *
 * @example
 * ```ts
 * import { CustomerIdSchema } from "@rapport/core";
 * const id = CustomerIdSchema.parse("cus_42"); // CustomerId
 * ```
 */
export const CustomerIdSchema = /* @__PURE__ */ idString("customer").brand<"CustomerId">();
/**
 * A customer's id. See {@link CustomerIdSchema}.
 *
 * @example
 * ```ts
 * import { customerId, type CustomerId } from "@rapport/core";
 * const id: CustomerId = customerId("cus_42");
 * ```
 */
export type CustomerId = z.output<typeof CustomerIdSchema>;

/**
 * Identifies an agent (a person or a bot answering customers).
 *
 * @example
 * ```ts
 * import { AgentIdSchema } from "@rapport/core";
 * AgentIdSchema.parse("agt_7");
 * ```
 */
export const AgentIdSchema = /* @__PURE__ */ idString("agent").brand<"AgentId">();
/**
 * An agent's id. See {@link AgentIdSchema}.
 *
 * @example
 * ```ts
 * import { agentId, type AgentId } from "@rapport/core";
 * const id: AgentId = agentId("agt_7");
 * ```
 */
export type AgentId = z.output<typeof AgentIdSchema>;

/**
 * Identifies a team of agents.
 *
 * @example
 * ```ts
 * import { TeamIdSchema } from "@rapport/core";
 * TeamIdSchema.parse("team_billing");
 * ```
 */
export const TeamIdSchema = /* @__PURE__ */ idString("team").brand<"TeamId">();
/**
 * A team's id. See {@link TeamIdSchema}.
 *
 * @example
 * ```ts
 * import { teamId, type TeamId } from "@rapport/core";
 * const id: TeamId = teamId("team_billing");
 * ```
 */
export type TeamId = z.output<typeof TeamIdSchema>;

/**
 * Identifies a case (a ticket or a conversation).
 *
 * @example
 * ```ts
 * import { CaseIdSchema } from "@rapport/core";
 * CaseIdSchema.parse("case_1001");
 * ```
 */
export const CaseIdSchema = /* @__PURE__ */ idString("case").brand<"CaseId">();
/**
 * A case's id. See {@link CaseIdSchema}.
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
 * response, an event, a transaction, a gesture). Unique within its entity.
 *
 * @example
 * ```ts
 * import { RecordIdSchema } from "@rapport/core";
 * RecordIdSchema.parse("int_1");
 * ```
 */
export const RecordIdSchema = /* @__PURE__ */ idString("record").brand<"RecordId">();
/**
 * The id of an interaction, survey response, journey event, consent event, transaction or
 * gesture. See {@link RecordIdSchema}.
 *
 * @example
 * ```ts
 * import { recordId, type RecordId } from "@rapport/core";
 * const id: RecordId = recordId("int_1");
 * ```
 */
export type RecordId = z.output<typeof RecordIdSchema>;

/**
 * Makes a {@link CustomerId} from a string, checking that it is not empty.
 *
 * @example
 * ```ts
 * import { customerId } from "@rapport/core";
 * customerId("cus_42");
 * ```
 */
export const customerId = (value: string): CustomerId => CustomerIdSchema.parse(value);
/**
 * Makes an {@link AgentId} from a string, checking that it is not empty.
 *
 * @example
 * ```ts
 * import { agentId } from "@rapport/core";
 * agentId("agt_7");
 * ```
 */
export const agentId = (value: string): AgentId => AgentIdSchema.parse(value);
/**
 * Makes a {@link TeamId} from a string, checking that it is not empty.
 *
 * @example
 * ```ts
 * import { teamId } from "@rapport/core";
 * teamId("team_billing");
 * ```
 */
export const teamId = (value: string): TeamId => TeamIdSchema.parse(value);
/**
 * Makes a {@link CaseId} from a string, checking that it is not empty.
 *
 * @example
 * ```ts
 * import { caseId } from "@rapport/core";
 * caseId("case_1001");
 * ```
 */
export const caseId = (value: string): CaseId => CaseIdSchema.parse(value);
/**
 * Makes a {@link RecordId} from a string, checking that it is not empty.
 *
 * @example
 * ```ts
 * import { recordId } from "@rapport/core";
 * recordId("int_1");
 * ```
 */
export const recordId = (value: string): RecordId => RecordIdSchema.parse(value);
