import * as z from "zod";
import { DateTimeSchema } from "./date-time";
import { entityCodec, type ParseOptions, type SafeParseResult } from "./entity-codec";
import { CONSENT_ACTIONS, LAWFUL_BASES } from "./enumerations";
import { CustomerIdSchema, RecordIdSchema } from "./ids";
import { ChannelSchema, SourceRefSchema } from "./vocabulary";

/**
 * How a consent event can be proven: who captured it, how (`"web_form"`, `"double_opt_in"`,
 * `"verbal"`, …), a reference to the evidence (a form submission id, a call recording), and
 * for a minor the parent or guardian who authorised it.
 *
 * @example
 * ```ts
 * import { ConsentProofSchema } from "@rapport/core";
 * ConsentProofSchema.parse({ capturedBy: "signup-form", method: "web_form", evidenceRef: "sub_981" });
 * ```
 */
export const ConsentProofSchema = /* @__PURE__ */ z
  .object({
    capturedBy: z
      .string()
      .min(1)
      .describe("Who or what captured the consent, e.g. a form or an agent."),
    method: z
      .string()
      .min(1)
      .describe('How it was captured, e.g. `"checkbox"` or `"recorded call"`.'),
    evidenceRef: z.string().optional().describe("Where the evidence is kept."),
    authorizedBy: z
      .object({
        name: z.string().min(1).describe("The name of the person who gave it."),
        relation: z.string().min(1).describe('Their relation to the customer, e.g. `"parent"`.'),
      })
      .optional()
      .describe("Who gave it on the customer's behalf (a guardian, say) and their relation."),
  })
  .meta({ title: "ConsentProof" });

/**
 * One entry of the consent ledger: a customer granted, withdrew, objected to or restricted the
 * processing of their data for a purpose, under a lawful basis and a privacy-notice version,
 * with proof. Entries are never edited: the ledger is replayed to know the state at a moment.
 *
 * Checked: `expiresAt`, where given, is after `capturedAt`.
 *
 * @example
 * ```ts
 * import { ConsentEventSchema } from "@rapport/core";
 * ConsentEventSchema.parse({
 *   id: "ce_1",
 *   customerId: "cus_1",
 *   purpose: "marketing_email",
 *   lawfulBasis: "consent",
 *   action: "grant",
 *   noticeVersion: "2024-01",
 *   capturedAt: "2024-03-01T10:00:00Z",
 *   expiresAt: "2026-03-01T10:00:00Z",
 *   proof: { capturedBy: "preference-centre", method: "web_form" },
 * });
 * ```
 */
export const ConsentEventSchema = /* @__PURE__ */ z
  .object({
    id: RecordIdSchema.describe("The event's id."),
    customerId: CustomerIdSchema.describe("The customer it is about."),
    purpose: z.string().min(1).describe('The purpose, e.g. `"marketing"`.'),
    lawfulBasis: z.enum(LAWFUL_BASES).describe("The GDPR Art. 6 lawful basis."),
    action: z
      .enum(CONSENT_ACTIONS)
      .describe("What happened: a grant, withdrawal, objection or restriction."),
    noticeVersion: z.string().optional().describe("The version of the privacy notice shown."),
    capturedAt: DateTimeSchema.describe("When it was captured."),
    expiresAt: DateTimeSchema.optional().describe("When it expires; after `capturedAt`."),
    channel: ChannelSchema.optional().describe("The channel it was captured on."),
    jurisdiction: z.string().optional().describe('The jurisdiction, e.g. `"EU"`.'),
    proof: ConsentProofSchema.describe("The proof of consent."),
    source: SourceRefSchema.optional().describe("The record in the source system it came from."),
  })
  .superRefine((value, ctx) => {
    if (value.expiresAt && value.expiresAt.getTime() <= value.capturedAt.getTime()) {
      ctx.addIssue({
        code: "custom",
        path: ["expiresAt"],
        input: value.expiresAt,
        message: `expected expiresAt after capturedAt (${value.capturedAt.toISOString()})`,
      });
    }
  });

/**
 * A consent event, in memory (dates as `Date`). See {@link ConsentEventSchema}.
 *
 * @example
 * ```ts
 * import { parseConsentEvent, type ConsentEvent } from "@rapport/core";
 * const value: ConsentEvent = parseConsentEvent({
 *   id: "ce_1",
 *   customerId: "cus_1",
 *   purpose: "marketing_email",
 *   lawfulBasis: "consent",
 *   action: "withdraw",
 *   capturedAt: "2024-03-01T10:00:00Z",
 *   proof: { capturedBy: "unsubscribe-link", method: "email_link" },
 * });
 * ```
 */
export type ConsentEvent = z.output<typeof ConsentEventSchema>;
/**
 * A consent event as JSON on the wire (dates as ISO 8601 strings). See {@link ConsentEventSchema}.
 *
 * @example
 * ```ts
 * import type { ConsentEventJson } from "@rapport/core";
 * const json: ConsentEventJson = {
 *   id: "ce_1",
 *   customerId: "cus_1",
 *   purpose: "analytics",
 *   lawfulBasis: "consent",
 *   action: "grant",
 *   capturedAt: "2024-03-01T10:00:00Z",
 *   proof: { capturedBy: "cookie-banner", method: "web_form" },
 * };
 * ```
 */
export type ConsentEventJson = z.input<typeof ConsentEventSchema>;

const codec = /* @__PURE__ */ entityCodec("ConsentEvent", ConsentEventSchema);

/**
 * Validates unknown input as a {@link ConsentEvent}; throws a `RapportValidationError`
 * listing every issue as `path: expected …, received …`. Unknown fields are dropped; with `{ unknownKeys: "reject" }` each one is an
 * `unknown_key` issue that names the nearest known field.
 *
 * @example
 * ```ts
 * import { parseConsentEvent } from "@rapport/core";
 * parseConsentEvent({
 *   id: "ce_1",
 *   customerId: "cus_1",
 *   purpose: "marketing_email",
 *   lawfulBasis: "consent",
 *   action: "withdraw",
 *   capturedAt: "2024-03-01T10:00:00Z",
 *   proof: { capturedBy: "unsubscribe-link", method: "email_link" },
 * });
 * ```
 */
export const parseConsentEvent = (input: unknown, options?: ParseOptions | number): ConsentEvent =>
  codec.parse(input, options);
/**
 * Like {@link parseConsentEvent}, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseConsentEvent } from "@rapport/core";
 * const result = safeParseConsentEvent({});
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export const safeParseConsentEvent = (
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<ConsentEvent> => codec.safeParse(input, options);
/**
 * Decodes a consent event from its JSON form (ISO 8601 strings become `Date`s).
 *
 * @example
 * ```ts
 * import { decodeConsentEvent } from "@rapport/core";
 * decodeConsentEvent({
 *   id: "ce_1",
 *   customerId: "cus_1",
 *   purpose: "analytics",
 *   lawfulBasis: "consent",
 *   action: "grant",
 *   capturedAt: "2024-03-01T10:00:00Z",
 *   proof: { capturedBy: "cookie-banner", method: "web_form" },
 * });
 * ```
 */
export const decodeConsentEvent = (
  json: ConsentEventJson,
  options?: ParseOptions | number,
): ConsentEvent => codec.decode(json, options);
/**
 * Encodes a consent event to JSON (`Date`s become ISO 8601 strings in UTC); decoding the
 * result gives an equal value.
 *
 * @example
 * ```ts
 * import { decodeConsentEvent, encodeConsentEvent } from "@rapport/core";
 * JSON.stringify(encodeConsentEvent(decodeConsentEvent({
 *   id: "ce_1",
 *   customerId: "cus_1",
 *   purpose: "analytics",
 *   lawfulBasis: "consent",
 *   action: "grant",
 *   capturedAt: "2024-03-01T10:00:00Z",
 *   proof: { capturedBy: "cookie-banner", method: "web_form" },
 * })));
 * ```
 */
export const encodeConsentEvent = (value: ConsentEvent): ConsentEventJson => codec.encode(value);
