import { definePurposes } from "@rapport/consent";
import type { ConsentEvent } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { consent, customer } from "./__fixtures__/records";
import { planContact } from "./plan-contact";
import type { PlanContactOptions } from "./plan-contact-options";

const granted = consent({ id: "ce_grant", capturedAt: "2025-01-01T10:00:00Z" });
const withdrawn = consent({
  id: "ce_withdraw",
  action: "withdraw",
  capturedAt: "2025-01-12T10:00:00Z",
});
// Midday in Berlin on a winter Monday.
const noon = new Date("2025-01-13T11:00:00Z");
const options = (
  overrides: Partial<PlanContactOptions> = {},
  ledger: ConsentEvent[] = [granted],
): PlanContactOptions => ({
  purpose: "service_follow_up",
  consent: { ledger },
  asOf: noon,
  channels: ["email", "sms", "phone", "chat"],
  ...overrides,
});

describe("planContact: consent", () => {
  it.each([
    ["no consent on record", [], "no_consent", /service_follow_up: no_consent/],
    ["consent withdrawn", [granted, withdrawn], "no_consent", /consent_withdrawn/],
    [
      "consent expired",
      [
        consent({
          id: "ce_x",
          capturedAt: "2024-01-01T00:00:00Z",
          expiresAt: "2025-01-01T00:00:00Z",
        }),
      ],
      "no_consent",
      /consent_expired/,
    ],
    [
      "another customer's grant",
      [consent({ id: "ce_o", customerId: "cus_2", capturedAt: "2025-01-01T00:00:00Z" })],
      "no_consent",
      /no_consent/,
    ],
    [
      "a grant after now",
      [consent({ id: "ce_f", capturedAt: "2025-06-01T00:00:00Z" })],
      "no_consent",
      /no_consent/,
    ],
  ] as const)("%s → plan null with the reason", (_name, ledger, reason, detail) => {
    const decision = planContact(
      customer({ preferences: { channels: ["email"] } }),
      options({}, [...ledger]),
    );
    expect(decision.plan).toBeNull();
    expect(decision.reason).toBe(reason);
    expect(decision.detail).toMatch(detail);
    expect(decision.considered.every((c) => !c.usable)).toBe(true);
  });

  it("a withdrawal after now does not stop a contact now", () => {
    const later = consent({
      id: "ce_later",
      action: "withdraw",
      capturedAt: "2025-02-01T10:00:00Z",
    });
    const { plan } = planContact(
      customer({ preferences: { channels: ["email"] } }),
      options({}, [granted, later]),
    );
    expect(plan?.evidence).toEqual(["ce_grant"]);
  });

  it("names the consent event that allowed the contact", () => {
    const { plan } = planContact(customer({ preferences: { channels: ["email"] } }), options());
    expect(plan?.evidence).toEqual(["ce_grant"]);
    expect(plan?.consent.reason).toBe("consent_granted");
    expect(plan?.reasons.channel).toContain("consent_granted");
  });

  it("a re-grant after a withdrawal allows again, with the new event as evidence", () => {
    const regrant = consent({ id: "ce_regrant", capturedAt: "2025-01-10T10:00:00Z" });
    const early = consent({ id: "ce_w", action: "withdraw", capturedAt: "2025-01-05T10:00:00Z" });
    const { plan } = planContact(
      customer({ preferences: { channels: ["email"] } }),
      options({}, [granted, early, regrant]),
    );
    expect(plan?.evidence).toEqual(["ce_regrant"]);
  });

  it("per-channel purposes: the channel whose purpose is consented wins", () => {
    const smsGrant = consent({
      id: "ce_sms",
      purpose: "service_sms",
      capturedAt: "2025-01-01T10:00:00Z",
    });
    const decision = planContact(
      customer({ preferences: { channels: ["email", "sms"] } }),
      options({ purpose: { email: "service_email", sms: "service_sms" } }, [smsGrant]),
    );
    expect(decision.plan?.channel).toBe("sms");
    expect(decision.plan?.purpose).toBe("service_sms");
    expect(decision.considered.map((c) => [c.channel, c.rejection])).toEqual([
      ["email", "not_consented"],
      ["sms", null],
    ]);
  });

  it("a purpose resting on contract needs no opt-in", () => {
    const purposes = definePurposes([
      {
        id: "order_updates",
        description: "Updates about your order",
        lawfulBasis: "contract",
        requirement: "none",
      },
    ]);
    const { plan, reason } = planContact(
      customer({ preferences: { channels: ["email"] } }),
      options({ purpose: "order_updates", consent: { ledger: [], purposes } }),
    );
    expect(reason).toBe("planned");
    expect(plan?.consent.reason).toBe("basis_not_consent");
    expect(plan?.evidence).toEqual([]);
  });
});

describe("planContact: channels", () => {
  it.each([
    {
      name: "the first preferred channel",
      prefs: ["chat", "email"],
      offered: ["email", "chat"],
      channel: "chat",
      why: "the customer's first preferred channel",
    },
    {
      name: "preferred channel not offered → the next preferred",
      prefs: ["messaging", "email"],
      offered: ["email", "chat"],
      channel: "email",
      why: "the first of the customer's preferred channels that can be used",
    },
    {
      name: "preferred sms but no phone number → the next preferred",
      prefs: ["sms", "chat"],
      offered: ["sms", "chat"],
      phones: [],
      channel: "chat",
      why: "the first of the customer's preferred channels that can be used",
    },
    {
      name: "no preferred channel offered → the business's first usable channel",
      prefs: ["phone"],
      offered: ["chat", "email"],
      channel: "chat",
      why: "none of the customer's preferred channels can be used",
    },
    {
      name: "no preferences at all → the business's order",
      prefs: [],
      offered: ["email", "chat"],
      channel: "email",
      why: "none of the customer's preferred channels",
    },
  ])("$name", ({ prefs, offered, channel, why, phones }) => {
    const c = customer({
      preferences: { channels: prefs as never },
      ...(phones ? { phones } : {}),
    });
    const { plan } = planContact(c, options({ channels: offered as never }));
    expect(plan?.channel).toBe(channel);
    expect(plan?.reasons.channel).toContain(why);
  });

  it("without fallback, no usable preferred channel → null, no_channel", () => {
    const decision = planContact(
      customer({ preferences: { channels: ["phone", "email"] }, emails: [] }),
      options({ channels: ["chat", "email"], fallback: false }),
    );
    expect(decision.plan).toBeNull();
    expect(decision.reason).toBe("no_channel");
    expect(decision.considered.map((c) => [c.channel, c.rejection])).toEqual([
      ["phone", "not_offered"],
      ["email", "no_address"],
    ]);
    expect(decision.detail).toContain("phone: the business cannot send phone now");
  });

  it("nothing preferred and nothing offered → no_channel", () => {
    const decision = planContact(customer(), options({ channels: [] }));
    expect(decision).toMatchObject({ plan: null, reason: "no_channel" });
    expect(decision.detail).toBe(
      "no channel is preferred by the customer or offered by the business",
    );
  });

  it("a channel without a purpose in the map is skipped", () => {
    const decision = planContact(
      customer({ preferences: { channels: ["chat", "email"] } }),
      options({ purpose: { email: "service_follow_up" } }),
    );
    expect(decision.plan?.channel).toBe("email");
    expect(decision.considered[0]).toMatchObject({ channel: "chat", rejection: "no_purpose" });
  });
});

describe("planContact: time, style, language", () => {
  const night = { start: "21:00", end: "08:00" };
  it.each([
    // 12:00 CET: outside quiet hours, send now.
    [
      "midday in Berlin",
      "Europe/Berlin",
      "2025-01-13T11:00:00Z",
      "2025-01-13T11:00:00Z",
      "send now",
    ],
    // 23:00 CET → 08:00 CET next day = 07:00Z.
    [
      "late evening in Berlin, across midnight",
      "Europe/Berlin",
      "2025-01-13T22:00:00Z",
      "2025-01-14T07:00:00Z",
      "earliest time after them",
    ],
    // Spring-forward night: 23:00 CET on 28 Mar 2026 → 08:00 CEST on 29 Mar = 06:00Z.
    [
      "spring-forward night in Berlin",
      "Europe/Berlin",
      "2026-03-28T22:00:00Z",
      "2026-03-29T06:00:00Z",
      "Europe/Berlin",
    ],
    // Fall-back night: 22:00 EDT on 31 Oct 2026 → 08:00 EST on 1 Nov = 13:00Z.
    [
      "fall-back night in New York",
      "America/New_York",
      "2026-11-01T02:00:00Z",
      "2026-11-01T13:00:00Z",
      "America/New_York",
    ],
  ])("%s", (_name, timeZone, now, expected, why) => {
    const { plan } = planContact(
      customer({ timeZone, preferences: { channels: ["email"], quietHours: night } }),
      options({ asOf: new Date(now) }),
    );
    expect(plan?.sendAt.toISOString()).toBe(new Date(expected).toISOString());
    expect(plan?.timeZone).toBe(timeZone);
    expect(plan?.reasons.sendAt).toContain(why);
  });

  it("consent is asked at now, not at the send time", () => {
    // Granted at 23:30 CET, after now (23:00 CET) but before the send time: not yet allowed.
    const late = consent({ id: "ce_late", capturedAt: "2025-01-13T22:30:00Z" });
    const decision = planContact(
      customer({
        timeZone: "Europe/Berlin",
        preferences: { channels: ["email"], quietHours: night },
      }),
      options({ asOf: new Date("2025-01-13T22:00:00Z") }, [late]),
    );
    expect(decision.reason).toBe("no_consent");
  });

  it("does not plan a send on a consent that expires before the send time", () => {
    // now = 23:00 CET (22:00Z), quiet 21:00-08:00: the send time is 08:00 CET = 07:00Z on the
    // 14th. A grant expiring at 06:00Z is valid now but not then; one expiring at 09:00Z is.
    const expiring = (expiresAt: string) =>
      consent({ id: "ce_exp", capturedAt: "2025-01-01T00:00:00Z", expiresAt });
    const who = customer({
      timeZone: "Europe/Berlin",
      preferences: { channels: ["email"], quietHours: night },
    });
    const asOf = new Date("2025-01-13T22:00:00Z");
    const early = planContact(who, options({ asOf }, [expiring("2025-01-14T06:00:00Z")]));
    expect(early.plan).toBeNull();
    expect(early.reason).toBe("no_consent");
    expect(early.detail).toContain(
      "consent_expired (the consent expires at 2025-01-14T06:00:00.000Z, by the send time 2025-01-14T07:00:00.000Z)",
    );
    // Expiring exactly at the send time is too late as well: a grant holds on [capturedAt, expiresAt).
    expect(planContact(who, options({ asOf }, [expiring("2025-01-14T07:00:00Z")])).plan).toBeNull();
    const later = planContact(who, options({ asOf }, [expiring("2025-01-14T09:00:00Z")]));
    expect(later.plan?.sendAt.toISOString()).toBe("2025-01-14T07:00:00.000Z");
  });

  it("without a time zone, the default zone is used and said", () => {
    const { plan } = planContact(
      customer({ preferences: { channels: ["email"], quietHours: night } }),
      options({ asOf: new Date("2025-01-13T22:00:00Z"), defaultTimeZone: "America/New_York" }),
    );
    // 17:00 EST: not quiet.
    expect(plan?.sendAt.toISOString()).toBe("2025-01-13T22:00:00.000Z");
    expect(plan?.timeZone).toBe("America/New_York");
    expect(plan?.reasons.sendAt).toContain("the customer has no time zone on record");
  });

  it("quiet hours all day → null, always_quiet", () => {
    const decision = planContact(
      customer({
        preferences: { channels: ["email"], quietHours: { start: "00:00", end: "24:00" } },
      }),
      options(),
    );
    expect(decision).toMatchObject({ plan: null, reason: "always_quiet" });
  });

  it.each([
    [
      { contactStyle: "high-touch", language: "de-DE" },
      "en-GB",
      {},
      "high-touch",
      "de-DE",
      "the customer prefers high-touch",
      "the customer's preferred language",
    ],
    [
      {},
      "en-GB",
      {},
      "brief",
      "en-GB",
      "no contact style on record; the default brief",
      "the customer's locale",
    ],
    [
      {},
      undefined,
      { defaultStyle: "high-touch", defaultLanguage: "fr-FR" },
      "high-touch",
      "fr-FR",
      "the default high-touch",
      "the default",
    ],
    [{}, undefined, {}, "brief", null, "the default brief", "no language on record"],
  ] as const)(
    "style and language %#",
    (prefs, locale, extra, style, language, styleWhy, languageWhy) => {
      const { plan } = planContact(
        customer({ ...(locale ? { locale } : {}), preferences: { channels: ["email"], ...prefs } }),
        options(extra as Partial<PlanContactOptions>),
      );
      expect(plan?.style).toBe(style);
      expect(plan?.language).toBe(language);
      expect(plan?.reasons.style).toContain(styleWhy);
      expect(plan?.reasons.language).toContain(languageWhy);
    },
  );
});

describe("planContact: arguments", () => {
  it.each<[string, () => unknown, RegExp]>([
    ["no customer", () => planContact(null as never, options()), /customer: expected a Customer/],
    [
      "bad now",
      () => planContact(customer(), options({ asOf: new Date("x") })),
      /options\.asOf: expected a valid Date/,
    ],
    [
      "channels not an array",
      () => planContact(customer(), options({ channels: "email" as never })),
      /options\.channels: expected an array/,
    ],
    [
      "empty purpose",
      () => planContact(customer(), options({ purpose: "" })),
      /options\.purpose: expected a purpose id/,
    ],
    [
      "bad default zone",
      () => planContact(customer(), options({ defaultTimeZone: "GMT+2" })),
      /options\.defaultTimeZone: expected an IANA/,
    ],
  ])("rejects %s", (_name, call, message) => {
    expect(call).toThrow(message);
  });

  it("does not mutate its inputs", () => {
    const c = customer({ preferences: { channels: ["email"] } });
    const o = options();
    const before = JSON.stringify([c, o]);
    planContact(c, o);
    expect(JSON.stringify([c, o])).toBe(before);
  });
});
