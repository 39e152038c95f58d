import * as z from "zod";
import { entityCodec, type ParseOptions, type SafeParseResult } from "./entity-codec";
import { TeamIdSchema } from "./ids";
import { TimeZoneSchema } from "./time-zone";
import { SourceRefSchema } from "./vocabulary";

/**
 * A team of agents, with the time zone its calendar (budgets, business hours) follows.
 *
 * @example
 * ```ts
 * import { TeamSchema } from "@rapport/core";
 * TeamSchema.parse({ id: "team_1", name: "Billing", timeZone: "Europe/Dublin" });
 * ```
 */
export const TeamSchema = /* @__PURE__ */ z.object({
  id: TeamIdSchema.describe("The team's id."),
  name: z.string().min(1).describe("The team's name."),
  timeZone: TimeZoneSchema.optional().describe("The IANA time zone of the team's business hours."),
  skills: z.array(z.string()).default([]).describe("Skills, for routing."),
  externalIds: z
    .array(SourceRefSchema)
    .default([])
    .describe("What each source system calls the team."),
});

/**
 * A team, in memory (dates as `Date`). See {@link TeamSchema}.
 *
 * @example
 * ```ts
 * import { parseTeam, type Team } from "@rapport/core";
 * const value: Team = parseTeam({ id: "team_1", name: "Billing" });
 * ```
 */
export type Team = z.output<typeof TeamSchema>;
/**
 * A team as JSON on the wire (dates as ISO 8601 strings). See {@link TeamSchema}.
 *
 * @example
 * ```ts
 * import type { TeamJson } from "@rapport/core";
 * const json: TeamJson = { id: "team_1", name: "Billing", timeZone: "Europe/Dublin" };
 * ```
 */
export type TeamJson = z.input<typeof TeamSchema>;

const codec = /* @__PURE__ */ entityCodec("Team", TeamSchema);

/**
 * Validates unknown input as a {@link Team}; throws a `RapportValidationError`
 * listing every issue as `path: expected …, received …`. Unknown fields are dropped; with `{ unknownKeys: "reject" }` each one is an
 * `unknown_key` issue that names the nearest known field.
 *
 * @example
 * ```ts
 * import { parseTeam } from "@rapport/core";
 * parseTeam({ id: "team_1", name: "Billing" });
 * ```
 */
export const parseTeam = (input: unknown, options?: ParseOptions | number): Team =>
  codec.parse(input, options);
/**
 * Like {@link parseTeam}, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseTeam } from "@rapport/core";
 * const result = safeParseTeam({});
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export const safeParseTeam = (
  input: unknown,
  options?: ParseOptions | number,
): SafeParseResult<Team> => codec.safeParse(input, options);
/**
 * Decodes a team from its JSON form (ISO 8601 strings become `Date`s).
 *
 * @example
 * ```ts
 * import { decodeTeam } from "@rapport/core";
 * decodeTeam({ id: "team_1", name: "Billing", timeZone: "Europe/Dublin" });
 * ```
 */
export const decodeTeam = (json: TeamJson, options?: ParseOptions | number): Team =>
  codec.decode(json, options);
/**
 * Encodes a team to JSON (`Date`s become ISO 8601 strings in UTC); decoding the
 * result gives an equal value.
 *
 * @example
 * ```ts
 * import { decodeTeam, encodeTeam } from "@rapport/core";
 * JSON.stringify(encodeTeam(decodeTeam({ id: "team_1", name: "Billing", timeZone: "Europe/Dublin" })));
 * ```
 */
export const encodeTeam = (value: Team): TeamJson => codec.encode(value);
