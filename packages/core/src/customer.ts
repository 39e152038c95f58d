import * as z from "zod";
import { DateTimeSchema } from "./date-time";
import { entityCodec, type ParseOptions, type SafeParseResult } from "./entity-codec";
import { CustomerIdSchema } from "./ids";
import { LocaleSchema, TimeZoneSchema } from "./time-zone";
import { ChannelSchema, SourceRefSchema, TimeOfDaySchema } from "./vocabulary";

/**
 * How a customer likes to be contacted: the preferred channels in order, a contact style
 * (`"high-touch"`: a conversation; `"brief"`: one or two sentences), a language and quiet hours
 * in the customer's own time zone (`start` may be later than `end`: 21:00 to 08:00 spans
 * midnight).
 *
 * @example
 * ```ts
 * import { CarePreferencesSchema } from "@rapport/core";
 * CarePreferencesSchema.parse({
 *   channels: ["chat", "email"],
 *   contactStyle: "brief",
 *   quietHours: { start: "21:00", end: "08:00" },
 * });
 * ```
 */
export const CarePreferencesSchema = /* @__PURE__ */ z
  .object({
    channels: z
      .array(ChannelSchema)
      .default([])
      .describe("The channels the customer prefers, most preferred first."),
    contactStyle: z
      .enum(["high-touch", "brief"])
      .optional()
      .describe('`"high-touch"` (a conversation) or `"brief"` (one or two sentences).'),
    language: LocaleSchema.optional().describe(
      'The language to answer in, a BCP 47 tag such as `"en-GB"`.',
    ),
    quietHours: z
      .object({
        start: TimeOfDaySchema.describe("The first minute of quiet, `HH:mm`."),
        end: TimeOfDaySchema.describe("The first minute contact is welcome again, `HH:mm`."),
      })
      .optional()
      .describe(
        "Hours not to contact the customer, `HH:mm` in their own time zone; `start` may be later than `end` (21:00 to 08:00 spans midnight).",
      ),
  })
  .meta({ title: "CarePreferences" });
/**
 * A customer's care preferences. See {@link CarePreferencesSchema}.
 *
 * @example
 * ```ts
 * import type { CarePreferences } from "@rapport/core";
 * const prefs: CarePreferences = { channels: ["phone"], contactStyle: "high-touch" };
 * ```
 */
export type CarePreferences = z.output<typeof CarePreferencesSchema>;

/**
 * A customer: who they are, how to reach them, and how they like to be treated.
 * `externalIds` keeps what each source system calls them.
 *
 * @example
 * ```ts
 * import { CustomerSchema } from "@rapport/core";
 * const customer = CustomerSchema.parse({
 *   id: "cus_1",
 *   name: "Ada Lovelace",
 *   emails: ["ada@example.com"],
 *   timeZone: "Europe/London",
 *   externalIds: [{ system: "zendesk", id: "123" }],
 * });
 * ```
 */
export const CustomerSchema = /* @__PURE__ */ z.object({
  id: CustomerIdSchema.describe("The customer's id."),
  externalIds: z
    .array(SourceRefSchema)
    .default([])
    .describe("What each source system calls the customer."),
  name: z.string().optional().describe("The customer's name."),
  emails: z
    .array(z.email({ error: "expected an e-mail address" }))
    .default([])
    .describe("E-mail addresses."),
  phones: z.array(z.string().min(1)).default([]).describe("Phone numbers, as given."),
  locale: LocaleSchema.optional().describe(
    'The customer\'s locale, a BCP 47 tag such as `"fr-CA"`.',
  ),
  timeZone: TimeZoneSchema.optional().describe(
    'The customer\'s IANA time zone, such as `"Europe/London"`.',
  ),
  organization: z.string().optional().describe("The organization the customer belongs to."),
  segment: z.string().optional().describe('The customer\'s segment, e.g. `"smb"`.'),
  tier: z.string().optional().describe('The customer\'s tier or plan, e.g. `"gold"`.'),
  firstSeenAt: DateTimeSchema.optional().describe("When the customer was first seen."),
  customerSince: DateTimeSchema.optional().describe("When the customer became a customer."),
  preferences: CarePreferencesSchema.default({ channels: [] }).describe(
    "How the customer likes to be contacted.",
  ),
});
/**
 * A customer, in memory (dates as `Date`). See {@link CustomerSchema}.
 *
 * @example
 * ```ts
 * import { parseCustomer, type Customer } from "@rapport/core";
 * const customer: Customer = parseCustomer({ id: "cus_1" });
 * ```
 */
export type Customer = z.output<typeof CustomerSchema>;
/**
 * A customer as JSON on the wire (dates as ISO 8601 strings). See {@link CustomerSchema}.
 *
 * @example
 * ```ts
 * import type { CustomerJson } from "@rapport/core";
 * const json: CustomerJson = { id: "cus_1", firstSeenAt: "2024-01-05T10:00:00Z" };
 * ```
 */
export type CustomerJson = z.input<typeof CustomerSchema>;

const codec = /* @__PURE__ */ entityCodec("Customer", CustomerSchema);

/**
 * Validates unknown input as a {@link Customer}; throws a `RapportValidationError` listing every
 * issue. Unknown fields are dropped; with `{ unknownKeys: "reject" }` each one is an
 * `unknown_key` issue that names the nearest known field.
 *
 * @example
 * ```ts
 * import { parseCustomer } from "@rapport/core";
 * parseCustomer({ id: "cus_1", timeZone: "Europe/Berlin" });
 * parseCustomer({ id: "cus_1", email: "ada@example.com" }, { unknownKeys: "reject" });
 * // throws RapportValidationError: email: `email` is not a field of Customer; did you mean `emails`?
 * ```
 */
export const parseCustomer = (input: unknown, options?: ParseOptions | number): Customer =>
  codec.parse(input, options);
/**
 * Like {@link parseCustomer}, but returns `{ success, data, dropped }` (`dropped` lists the
 * unknown fields it removed) or `{ success, error }`.
 *
 * @example
 * ```ts
 * import { safeParseCustomer } from "@rapport/core";
 * const result = safeParseCustomer({ id: "cus_1", email: "ada@example.com" });
 * if (result.success) console.log(result.dropped); // ["email"]
 * ```
 */
export const safeParseCustomer = (
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<Customer> => codec.safeParse(input, options);
/**
 * Decodes a customer from its JSON form (ISO strings become `Date`s).
 *
 * @example
 * ```ts
 * import { decodeCustomer } from "@rapport/core";
 * decodeCustomer({ id: "cus_1", customerSince: "2023-06-01T00:00:00Z" }).customerSince; // Date
 * ```
 */
export const decodeCustomer = (json: CustomerJson, options?: ParseOptions | number): Customer =>
  codec.decode(json, options);
/**
 * Encodes a customer to JSON (`Date`s become ISO 8601 strings in UTC).
 *
 * @example
 * ```ts
 * import { decodeCustomer, encodeCustomer } from "@rapport/core";
 * JSON.stringify(encodeCustomer(decodeCustomer({ id: "cus_1" })));
 * ```
 */
export const encodeCustomer = (value: Customer): CustomerJson => codec.encode(value);
