import * as z from "zod";
import { CHANNELS } from "./enumerations";

/**
 * A channel: one of {@link CHANNELS}.
 *
 * @example
 * ```ts
 * import { ChannelSchema } from "@rapport/core";
 * ChannelSchema.parse("sms"); // "sms"
 * ```
 */
export const ChannelSchema = /* @__PURE__ */ z.enum(CHANNELS).meta({ title: "Channel" });
/**
 * A channel such as `"email"` or `"chat"`.
 *
 * @example
 * ```ts
 * import type { Channel } from "@rapport/core";
 * const preferred: Channel[] = ["chat", "email"];
 * ```
 */
export type Channel = z.output<typeof ChannelSchema>;

/**
 * A reference to the record in another system that something came from, or is known as
 * there: `{ system: "zendesk", id: "35436" }`.
 *
 * @example
 * ```ts
 * import { SourceRefSchema } from "@rapport/core";
 * SourceRefSchema.parse({ system: "zendesk", id: "35436" });
 * ```
 */
export const SourceRefSchema = /* @__PURE__ */ z
  .object({
    /** The system's name in lower case: `"zendesk"`, `"intercom"`, `"freshdesk"`, `"csv"`… */
    system: z
      .string()
      .min(1)
      .describe(
        'The system\'s name in lower case: `"zendesk"`, `"intercom"`, `"freshdesk"`, `"csv"`…',
      ),
    /** The record's id in that system. */
    id: z.string().min(1).describe("The record's id in that system."),
    /** A link to the record, where the system has one. */
    url: z.url().optional().describe("A link to the record, where the system has one."),
  })
  .meta({ title: "SourceRef" });
/**
 * Where a record came from, or what another system calls it. See {@link SourceRefSchema}.
 *
 * @example
 * ```ts
 * import type { SourceRef } from "@rapport/core";
 * const ref: SourceRef = { system: "intercom", id: "5310" };
 * ```
 */
export type SourceRef = z.output<typeof SourceRefSchema>;

/**
 * An amount of money in integer minor units (cents, pence; yen have none) and an ISO 4217
 * currency code. Integers only: binary fractions cannot hold 0.10 exactly.
 *
 * @example
 * ```ts
 * import { MoneySchema } from "@rapport/core";
 * MoneySchema.parse({ amount: 1999, currency: "EUR" }); // €19.99
 * ```
 */
export const MoneySchema = /* @__PURE__ */ z
  .object({
    amount: z
      .int({ error: "expected an integer amount in minor units (e.g. 1999 for 19.99)" })
      .describe("The amount in integer minor units (1999 for 19.99)."),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 currency code such as "EUR"' })
      .describe('The ISO 4217 currency code, e.g. `"EUR"`.'),
  })
  .meta({ title: "Money" });
/**
 * Money in minor units. See {@link MoneySchema}.
 *
 * @example
 * ```ts
 * import type { Money } from "@rapport/core";
 * const refund: Money = { amount: 500, currency: "USD" };
 * ```
 */
export type Money = z.output<typeof MoneySchema>;

/**
 * A wall-clock time of day, `HH:mm` on a 24-hour clock (`"00:00"` to `"24:00"`).
 *
 * @example
 * ```ts
 * import { TimeOfDaySchema } from "@rapport/core";
 * TimeOfDaySchema.parse("21:30");
 * ```
 */
export const TimeOfDaySchema = /* @__PURE__ */ z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'expected a time of day "HH:mm"' })
  .meta({ title: "TimeOfDay" });

/**
 * Free-form tags, kept in the order given.
 *
 * @example
 * ```ts
 * import { TagsSchema } from "@rapport/core";
 * TagsSchema.parse(undefined); // []
 * ```
 */
export const TagsSchema = /* @__PURE__ */ z.array(z.string()).default([]);
