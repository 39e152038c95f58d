import * as z from "zod";
import { DateTimeSchema } from "./date-time";
import { entityCodec, type ParseOptions, type SafeParseResult } from "./entity-codec";
import { CaseIdSchema, CustomerIdSchema, RecordIdSchema } from "./ids";
import { ChannelSchema, SourceRefSchema, TagsSchema } from "./vocabulary";

/**
 * Who wrote or made an interaction: the customer, an agent (with the agent's id), a bot, or the
 * system (automations, notifications).
 *
 * @example
 * ```ts
 * import { AuthorSchema } from "@rapport/core";
 * AuthorSchema.parse({ kind: "agent", id: "agt_1" });
 * ```
 */
export const AuthorSchema = /* @__PURE__ */ z
  .object({
    kind: z
      .enum(["customer", "agent", "bot", "system"])
      .describe("Who wrote or said it: the customer, an agent, a bot or the system."),
    id: z.string().min(1).optional().describe("The author's id, where known."),
  })
  .meta({ title: "Author" });

/**
 * One end of a transfer: an agent or a team, by id.
 *
 * @example
 * ```ts
 * import { HandlerSchema } from "@rapport/core";
 * HandlerSchema.parse({ kind: "team", id: "team_2" });
 * ```
 */
export const HandlerSchema = /* @__PURE__ */ z
  .object({
    kind: z.enum(["agent", "team"]).describe("An agent or a team."),
    id: z.string().min(1).describe("The agent's or team's id."),
  })
  .meta({ title: "Handler" });

/**
 * One touch between a customer and the business on any channel: a message, a call, a chat
 * turn, a note. `visibility: "private"` marks an internal note the customer never saw (it is
 * not a reply). `transfer` records a hand-over between agents or teams. `sentiment` runs from
 * -1 (negative) to 1 (positive).
 *
 * @example
 * ```ts
 * import { InteractionSchema } from "@rapport/core";
 * InteractionSchema.parse({
 *   id: "int_1",
 *   customerId: "cus_1",
 *   caseId: "case_1",
 *   channel: "email",
 *   direction: "inbound",
 *   author: { kind: "customer" },
 *   occurredAt: "2024-03-01T09:30:00+01:00",
 * });
 * ```
 */
export const InteractionSchema = /* @__PURE__ */ z.object({
  id: RecordIdSchema.describe("The interaction's id."),
  customerId: CustomerIdSchema.describe("The customer it was with."),
  caseId: CaseIdSchema.optional().describe("The case it belongs to, if any."),
  channel: ChannelSchema.describe("The channel it happened on."),
  direction: z
    .enum(["inbound", "outbound"])
    .describe('`"inbound"` (from the customer) or `"outbound"` (to them).'),
  author: AuthorSchema.describe("Who wrote or said it."),
  visibility: z
    .enum(["public", "private"])
    .default("public")
    .describe('`"public"` (the customer sees it) or `"private"` (an internal note).'),
  occurredAt: DateTimeSchema.describe("When it happened."),
  durationSeconds: z
    .number()
    .nonnegative()
    .optional()
    .describe("How long it took, for calls and chats."),
  transfer: z
    .object({
      from: HandlerSchema.optional().describe("Who handed over, where known."),
      to: HandlerSchema.describe("Who took over."),
    })
    .optional()
    .describe("A hand-over from one agent or team to another."),
  sentiment: z
    .number()
    .min(-1)
    .max(1)
    .optional()
    .describe("Sentiment from -1 (negative) to 1 (positive), where scored."),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, { error: "expected an ISO 639 language code such as en" })
    .optional()
    .describe('The language it was written in, an ISO 639 code such as `"en"`, where detected.'),
  text: z
    .string()
    .optional()
    .describe("The message as written, where the source gives it and the import keeps it."),
  tags: TagsSchema.describe("Free-form tags, in the order given."),
  source: SourceRefSchema.optional().describe("The record in the source system it came from."),
});

/**
 * An interaction, in memory (dates as `Date`). See {@link InteractionSchema}.
 *
 * @example
 * ```ts
 * import { parseInteraction, type Interaction } from "@rapport/core";
 * const value: Interaction = parseInteraction({
 *   id: "int_1",
 *   customerId: "cus_1",
 *   channel: "chat",
 *   direction: "inbound",
 *   author: { kind: "customer" },
 *   occurredAt: "2024-03-01T09:30:00Z",
 * });
 * ```
 */
export type Interaction = z.output<typeof InteractionSchema>;
/**
 * An interaction as JSON on the wire (dates as ISO 8601 strings). See {@link InteractionSchema}.
 *
 * @example
 * ```ts
 * import type { InteractionJson } from "@rapport/core";
 * const json: InteractionJson = {
 *   id: "int_1",
 *   customerId: "cus_1",
 *   channel: "phone",
 *   direction: "outbound",
 *   author: { kind: "agent", id: "agt_1" },
 *   occurredAt: "2024-03-01T09:30:00Z",
 *   durationSeconds: 300,
 * };
 * ```
 */
export type InteractionJson = z.input<typeof InteractionSchema>;

const codec = /* @__PURE__ */ entityCodec("Interaction", InteractionSchema);

/**
 * Validates unknown input as an {@link Interaction}; throws a `RapportValidationError`
 * listing every issue as `path: expected …, received …`. Unknown fields are dropped; with `{ unknownKeys: "reject" }` each one is an
 * `unknown_key` issue that names the nearest known field.
 *
 * @example
 * ```ts
 * import { parseInteraction } from "@rapport/core";
 * parseInteraction({
 *   id: "int_1",
 *   customerId: "cus_1",
 *   channel: "chat",
 *   direction: "inbound",
 *   author: { kind: "customer" },
 *   occurredAt: "2024-03-01T09:30:00Z",
 * });
 * ```
 */
export const parseInteraction = (input: unknown, options?: ParseOptions | number): Interaction =>
  codec.parse(input, options);
/**
 * Like {@link parseInteraction}, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseInteraction } from "@rapport/core";
 * const result = safeParseInteraction({});
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export const safeParseInteraction = (
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<Interaction> => codec.safeParse(input, options);
/**
 * Decodes an interaction from its JSON form (ISO 8601 strings become `Date`s).
 *
 * @example
 * ```ts
 * import { decodeInteraction } from "@rapport/core";
 * decodeInteraction({
 *   id: "int_1",
 *   customerId: "cus_1",
 *   channel: "phone",
 *   direction: "outbound",
 *   author: { kind: "agent", id: "agt_1" },
 *   occurredAt: "2024-03-01T09:30:00Z",
 *   durationSeconds: 300,
 * });
 * ```
 */
export const decodeInteraction = (
  json: InteractionJson,
  options?: ParseOptions | number,
): Interaction => codec.decode(json, options);
/**
 * Encodes an interaction to JSON (`Date`s become ISO 8601 strings in UTC); decoding the
 * result gives an equal value.
 *
 * @example
 * ```ts
 * import { decodeInteraction, encodeInteraction } from "@rapport/core";
 * JSON.stringify(encodeInteraction(decodeInteraction({
 *   id: "int_1",
 *   customerId: "cus_1",
 *   channel: "phone",
 *   direction: "outbound",
 *   author: { kind: "agent", id: "agt_1" },
 *   occurredAt: "2024-03-01T09:30:00Z",
 *   durationSeconds: 300,
 * })));
 * ```
 */
export const encodeInteraction = (value: Interaction): InteractionJson => codec.encode(value);
