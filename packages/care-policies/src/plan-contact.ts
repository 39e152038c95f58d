import { type ConsentDecision, evaluateConsent } from "@rapport/consent";
import { type Channel, type Customer, checkTimeZone, isTimeZone } from "@rapport/core";
import { checkDate, expectedMessage } from "@rapport/stats";
import { checkOptions } from "./check-arguments";
import type { ChannelCheck, ChannelRejection, ContactDecision } from "./contact-decision";
import type { PlanContactOptions } from "./plan-contact-options";
import { nextSendTime } from "./quiet-hours";

/**
 * Plans a personal, consent-aware contact: the first of the customer's preferred channels that
 * the business offers now, that reaches them (an e-mail address for email, a phone number for
 * phone and sms) and whose purpose `@rapport/consent` allows at `asOf` (`evaluateConsent`; the
 * consent events that allowed it are the plan's `evidence`); then, when `fallback` is on, the
 * other offered channels in the business's order. The send time is the earliest instant at or
 * after `asOf` outside the customer's quiet hours on their own wall clock (see
 * {@link nextSendTime}); consent is asked for at `asOf`, and a consent that expires at or before
 * the send time is not used. Style and language follow the
 * customer's preferences (else their locale, else the defaults), with the reason for each.
 * Returns `plan: null` with the reason when no contact is allowed.
 *
 * @example
 * ```ts
 * import { decodeConsentEvent, decodeCustomer } from "@rapport/core";
 * import { planContact } from "@rapport/care-policies";
 *
 * const customer = decodeCustomer({
 *   id: "cus_1", emails: ["ada@example.com"], timeZone: "Europe/Berlin",
 *   preferences: { channels: ["email"], contactStyle: "brief", quietHours: { start: "21:00", end: "08:00" } },
 * });
 * const ledger = [decodeConsentEvent({
 *   id: "ce_1", customerId: "cus_1", purpose: "service_follow_up", lawfulBasis: "consent",
 *   action: "grant", capturedAt: "2025-01-01T10:00:00Z",
 *   proof: { capturedBy: "signup-form", method: "web_form" },
 * })];
 * const { plan } = planContact(customer, {
 *   purpose: "service_follow_up",
 *   consent: { ledger },
 *   asOf: new Date("2025-06-02T04:00:00Z"), // 06:00 in Berlin: still quiet
 *   channels: ["email", "chat"],
 * });
 * plan?.channel; // "email"
 * plan?.sendAt.toISOString(); // "2025-06-02T06:00:00.000Z" (08:00 CEST)
 * plan?.evidence; // ["ce_1"]
 * ```
 */
export function planContact(customer: Customer, options: PlanContactOptions): ContactDecision {
  const fn = "planContact";
  if (typeof customer !== "object" || customer === null || typeof customer.id !== "string") {
    throw new TypeError(expectedMessage(`${fn}: customer`, "a Customer with an id", customer));
  }
  checkOptions(fn, options, "an object { purpose, consent, asOf, channels }");
  checkDate(`${fn}: options.asOf`, options.asOf);
  if (!Array.isArray(options.channels)) {
    throw new TypeError(
      expectedMessage(`${fn}: options.channels`, "an array of channels", options.channels),
    );
  }
  const purpose = options.purpose;
  if (
    !(typeof purpose === "string" && purpose.length > 0) &&
    !(typeof purpose === "object" && purpose !== null)
  ) {
    throw new TypeError(
      expectedMessage(
        `${fn}: options.purpose`,
        "a purpose id or a map of channel to purpose id",
        purpose,
      ),
    );
  }
  const defaultTimeZone = options.defaultTimeZone ?? "UTC";
  checkTimeZone(`${fn}: options.defaultTimeZone`, defaultTimeZone);
  const preferences = customer.preferences ?? { channels: [] };
  const preferred = preferences.channels ?? [];
  const offered = new Set(options.channels);
  const order: Channel[] = [...preferred];
  if (options.fallback ?? true) {
    for (const channel of options.channels) if (!order.includes(channel)) order.push(channel);
  }

  // The send time is known before a channel is chosen: a consent that runs out by then is no use.
  const zoneKnown = isTimeZone(customer.timeZone);
  const timeZone = zoneKnown ? (customer.timeZone as string) : defaultTimeZone;
  const quietHours = preferences.quietHours;
  const next = quietHours
    ? nextSendTime(quietHours, { asOf: options.asOf, timeZone })
    : options.asOf;

  const ledger = [...options.consent.ledger];
  const considered: ChannelCheck[] = [];
  const asked = new Map<string, ConsentDecision>();
  let chosen: { channel: Channel; purpose: string; consent: ConsentDecision } | null = null;
  for (const channel of order) {
    const isPreferred = preferred.includes(channel);
    const reject = (
      rejection: ChannelRejection,
      detail: string,
      consent: ConsentDecision | null = null,
    ) =>
      considered.push({
        channel,
        preferred: isPreferred,
        usable: false,
        rejection,
        detail,
        consent,
      });
    if (!offered.has(channel)) {
      reject("not_offered", `the business cannot send ${channel} now`);
      continue;
    }
    if (!reachable(customer, channel)) {
      reject(
        "no_address",
        `the customer has no ${channel === "email" ? "e-mail address" : "phone number"}`,
      );
      continue;
    }
    const channelPurpose = typeof purpose === "string" ? purpose : purpose[channel];
    if (channelPurpose === undefined) {
      reject("no_purpose", `no purpose is given for ${channel}`);
      continue;
    }
    let consent = asked.get(channelPurpose);
    if (!consent) {
      consent = evaluateConsent(ledger, {
        customerId: customer.id,
        purpose: channelPurpose,
        asOf: options.asOf,
        ...(options.consent.purposes ? { purposes: options.consent.purposes } : {}),
        ...(options.consent.jurisdiction ? { jurisdiction: options.consent.jurisdiction } : {}),
        ...(options.consent.signals ? { signals: options.consent.signals } : {}),
        ...(options.consent.subject ? { subject: options.consent.subject } : {}),
        ...(options.consent.suppressions ? { suppressions: options.consent.suppressions } : {}),
      });
      asked.set(channelPurpose, consent);
    }
    if (!consent.allowed) {
      reject("not_consented", `${channelPurpose}: ${consent.reason} (${consent.detail})`, consent);
      continue;
    }
    if (
      next !== null &&
      consent.expiresAt !== null &&
      consent.expiresAt.getTime() <= next.getTime()
    ) {
      reject(
        "not_consented",
        `${channelPurpose}: consent_expired (the consent expires at ${consent.expiresAt.toISOString()}, by the send time ${next.toISOString()})`,
        consent,
      );
      continue;
    }
    considered.push({
      channel,
      preferred: isPreferred,
      usable: true,
      rejection: null,
      detail: `${channelPurpose} allowed: ${consent.reason}`,
      consent,
    });
    chosen = { channel, purpose: channelPurpose, consent };
    break;
  }

  if (!chosen) {
    const refused = considered.filter((c) => c.rejection === "not_consented");
    if (refused.length > 0) {
      return {
        plan: null,
        reason: "no_consent",
        detail: `consent allows no contact: ${refused.map((c) => `${c.channel}: ${c.detail}`).join("; ")}`,
        considered,
      };
    }
    return {
      plan: null,
      reason: "no_channel",
      detail:
        considered.length === 0
          ? "no channel is preferred by the customer or offered by the business"
          : `no channel can be used: ${considered.map((c) => `${c.channel}: ${c.detail}`).join("; ")}`,
      considered,
    };
  }

  if (next === null) {
    return {
      plan: null,
      reason: "always_quiet",
      detail: `the customer's quiet hours (${quietHours!.start}-${quietHours!.end}) cover the whole day`,
      considered,
    };
  }
  const sendAt: Date = next;
  const zoneWhy = zoneKnown
    ? `the customer's time zone ${timeZone}`
    : `${timeZone} (the customer has no time zone on record)`;
  const sendWhy = !quietHours
    ? "no quiet hours on record; send now"
    : next.getTime() === options.asOf.getTime()
      ? `outside quiet hours ${quietHours.start}-${quietHours.end} in ${zoneWhy}; send now`
      : `quiet hours ${quietHours.start}-${quietHours.end} in ${zoneWhy}; the earliest time after them`;

  const style = preferences.contactStyle ?? options.defaultStyle ?? "brief";
  const styleWhy = preferences.contactStyle
    ? `the customer prefers ${style}`
    : `no contact style on record; the default ${style}`;
  const language = preferences.language ?? customer.locale ?? options.defaultLanguage ?? null;
  const languageWhy = preferences.language
    ? "the customer's preferred language"
    : customer.locale
      ? "the customer's locale (no preferred language on record)"
      : language
        ? "no language on record; the default"
        : "no language on record";
  const { channel } = chosen;
  const channelWhy = preferred.includes(channel)
    ? preferred[0] === channel
      ? `the customer's first preferred channel; ${chosen.purpose} allowed (${chosen.consent.reason})`
      : `the first of the customer's preferred channels that can be used; ${chosen.purpose} allowed (${chosen.consent.reason})`
    : `none of the customer's preferred channels can be used; the business's first usable channel; ${chosen.purpose} allowed (${chosen.consent.reason})`;
  return {
    plan: {
      customerId: customer.id,
      channel,
      purpose: chosen.purpose,
      sendAt,
      timeZone,
      style,
      language,
      evidence: chosen.consent.evidence,
      consent: chosen.consent,
      reasons: { channel: channelWhy, sendAt: sendWhy, style: styleWhy, language: languageWhy },
    },
    reason: "planned",
    detail: `${channel} at ${sendAt.toISOString()}, ${style}${language ? `, in ${language}` : ""}`,
    considered,
  };
}

function reachable(customer: Customer, channel: Channel): boolean {
  if (channel === "email") return (customer.emails ?? []).length > 0;
  if (channel === "phone" || channel === "sms") return (customer.phones ?? []).length > 0;
  return true;
}
