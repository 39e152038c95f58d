import * as z from "zod";
import { entityCodec, type ParseOptions, type SafeParseResult } from "./entity-codec";
import { AGENT_ROLES } from "./enumerations";
import { AgentIdSchema, TeamIdSchema } from "./ids";
import { SourceRefSchema } from "./vocabulary";

/**
 * An agent: a person (or a bot) who answers customers, with skills and a team.
 *
 * @example
 * ```ts
 * import { AgentSchema } from "@rapport/core";
 * AgentSchema.parse({ id: "agt_1", name: "Grace", skills: ["billing"], teamId: "team_1" });
 * ```
 */
export const AgentSchema = /* @__PURE__ */ z.object({
  id: AgentIdSchema.describe("The agent's id."),
  name: z.string().min(1).describe("The agent's name."),
  email: z
    .email({ error: "expected an e-mail address" })
    .optional()
    .describe("The agent's e-mail address."),
  role: z
    .enum(AGENT_ROLES)
    .default("agent")
    .describe("The agent's role; it decides which care gestures they may grant."),
  skills: z.array(z.string()).default([]).describe("Skills, for routing."),
  teamId: TeamIdSchema.optional().describe("The agent's team."),
  isBot: z.boolean().default(false).describe("Whether the agent is a bot."),
  externalIds: z
    .array(SourceRefSchema)
    .default([])
    .describe("What each source system calls the agent."),
});

/**
 * An agent, in memory (dates as `Date`). See {@link AgentSchema}.
 *
 * @example
 * ```ts
 * import { parseAgent, type Agent } from "@rapport/core";
 * const value: Agent = parseAgent({ id: "agt_1", name: "Grace" });
 * ```
 */
export type Agent = z.output<typeof AgentSchema>;
/**
 * An agent as JSON on the wire (dates as ISO 8601 strings). See {@link AgentSchema}.
 *
 * @example
 * ```ts
 * import type { AgentJson } from "@rapport/core";
 * const json: AgentJson = { id: "agt_1", name: "Grace", role: "team_lead" };
 * ```
 */
export type AgentJson = z.input<typeof AgentSchema>;

const codec = /* @__PURE__ */ entityCodec("Agent", AgentSchema);

/**
 * Validates unknown input as an {@link Agent}; throws a `RapportValidationError`
 * listing every issue as `path: expected …, received …`. Unknown fields are dropped; with `{ unknownKeys: "reject" }` each one is an
 * `unknown_key` issue that names the nearest known field.
 *
 * @example
 * ```ts
 * import { parseAgent } from "@rapport/core";
 * parseAgent({ id: "agt_1", name: "Grace" });
 * ```
 */
export const parseAgent = (input: unknown, options?: ParseOptions | number): Agent =>
  codec.parse(input, options);
/**
 * Like {@link parseAgent}, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseAgent } from "@rapport/core";
 * const result = safeParseAgent({});
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export const safeParseAgent = (
  input: unknown,
  options?: ParseOptions | number,
): SafeParseResult<Agent> => codec.safeParse(input, options);
/**
 * Decodes an agent from its JSON form (ISO 8601 strings become `Date`s).
 *
 * @example
 * ```ts
 * import { decodeAgent } from "@rapport/core";
 * decodeAgent({ id: "agt_1", name: "Grace", role: "team_lead" });
 * ```
 */
export const decodeAgent = (json: AgentJson, options?: ParseOptions | number): Agent =>
  codec.decode(json, options);
/**
 * Encodes an agent to JSON (`Date`s become ISO 8601 strings in UTC); decoding the
 * result gives an equal value.
 *
 * @example
 * ```ts
 * import { decodeAgent, encodeAgent } from "@rapport/core";
 * JSON.stringify(encodeAgent(decodeAgent({ id: "agt_1", name: "Grace", role: "team_lead" })));
 * ```
 */
export const encodeAgent = (value: Agent): AgentJson => codec.encode(value);
