import type { ConsentDecision } from "@rapport/consent";
import type { Channel, CustomerId, RecordId } from "@rapport/core";

/**
 * Why a channel was not chosen:
 * - `not_offered`: the business cannot send on it now;
 * - `no_address`: the customer has no e-mail address (email) or phone number (phone, sms);
 * - `no_purpose`: no purpose is given for this channel;
 * - `not_consented`: consent does not allow the purpose (see `consent`).
 *
 * @example
 * ```ts
 * import type { ChannelRejection } from "@rapport/care-policies";
 * const reason: ChannelRejection = "not_consented";
 * ```
 */
export type ChannelRejection = "not_offered" | "no_address" | "no_purpose" | "not_consented";

/**
 * One channel that was considered, and why it was or was not chosen.
 *
 * @example
 * ```ts
 * import type { ChannelCheck } from "@rapport/care-policies";
 * const check: ChannelCheck = {
 *   channel: "sms", preferred: true, usable: false, rejection: "not_offered",
 *   detail: "the business cannot send sms now", consent: null,
 * };
 * ```
 */
export interface ChannelCheck {
  /** The channel. */
  readonly channel: Channel;
  /** Whether the customer listed it among their preferred channels. */
  readonly preferred: boolean;
  /** Whether it could be used. */
  readonly usable: boolean;
  /** Why not, or `null` when usable. */
  readonly rejection: ChannelRejection | null;
  /** In a sentence for people. */
  readonly detail: string;
  /** The consent decision for the channel's purpose, where consent was asked. */
  readonly consent: ConsentDecision | null;
}

/**
 * A contact to make: channel, time, style and language, with the reason for each.
 *
 * @example
 * ```ts
 * import type { ContactPlan } from "@rapport/care-policies";
 * const line = (p: ContactPlan) => `${p.channel} at ${p.sendAt.toISOString()} (${p.style})`;
 * ```
 */
export interface ContactPlan {
  /** The customer. */
  readonly customerId: CustomerId;
  /** The channel to use. */
  readonly channel: Channel;
  /** The purpose id consent was asked for. */
  readonly purpose: string;
  /** The earliest send instant outside the customer's quiet hours. */
  readonly sendAt: Date;
  /** The time zone the quiet hours were read in. */
  readonly timeZone: string;
  /** `high-touch` (a conversation) or `brief` (one or two sentences). */
  readonly style: "high-touch" | "brief";
  /** The language (BCP 47), or `null` when unknown. */
  readonly language: string | null;
  /** The consent event(s) that allowed it (ids from the ledger). */
  readonly evidence: readonly RecordId[];
  /** The consent decision behind it. */
  readonly consent: ConsentDecision;
  /** Why each choice was made. */
  readonly reasons: {
    /** Why this channel. */
    readonly channel: string;
    /** Why this send time. */
    readonly sendAt: string;
    /** Why this style. */
    readonly style: string;
    /** Why this language. */
    readonly language: string;
  };
}

/**
 * Why {@link planContact} came out as it did: `planned`, or why no contact is allowed
 * (`no_consent`: consent allows the purpose on no usable channel; `no_channel`: no channel
 * is offered, reachable and given a purpose; `always_quiet`: the quiet hours cover the whole day).
 *
 * @example
 * ```ts
 * import type { ContactReason } from "@rapport/care-policies";
 * const reason: ContactReason = "no_consent";
 * ```
 */
export type ContactReason = "planned" | "no_consent" | "no_channel" | "always_quiet";

/**
 * The answer of {@link planContact}: a plan, or `plan: null` with the reason.
 *
 * @example
 * ```ts
 * import type { ContactDecision } from "@rapport/care-policies";
 * const say = (d: ContactDecision) => d.plan ? `send by ${d.plan.channel}` : `do not contact: ${d.detail}`;
 * ```
 */
export interface ContactDecision {
  /** The contact to make, or `null` when no contact is allowed. */
  readonly plan: ContactPlan | null;
  /** Why (a stable code). */
  readonly reason: ContactReason;
  /** Why, in a sentence for people. */
  readonly detail: string;
  /** Every channel considered, in the order considered. */
  readonly considered: readonly ChannelCheck[];
}
