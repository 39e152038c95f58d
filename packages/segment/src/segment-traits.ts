import { isLocale, isTimeZone } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import * as z from "zod";
import { parseSegmentCreatedAt } from "./segment-instant";

/**
 * The customer fields read from one message's traits (`identify`) or group traits (`group`).
 *
 * @example
 * ```ts
 * import type { CustomerTraits } from "@rapport/segment";
 * const traits: CustomerTraits = { name: "Ada Lovelace", emails: ["ada@example.com"] };
 * ```
 */
export interface CustomerTraits {
  /** `name`, or `firstName` and `lastName` joined with a space. */
  readonly name?: string;
  /** `email`. */
  readonly emails?: readonly string[];
  /** `phone`. */
  readonly phones?: readonly string[];
  /** `timezone` (traits first, then `context.timezone`), an IANA name. */
  readonly timeZone?: string;
  /** `locale` (traits first, then `context.locale`), a BCP 47 tag. */
  readonly locale?: string;
  /** `company.name` (or `company` as a string); for a group, its `name` or id. */
  readonly organization?: string;
  /** `plan`. */
  readonly tier?: string;
  /** `createdAt`: when the account was created. */
  readonly customerSince?: Date;
}

/**
 * The outcome of reading traits: the fields, or the trait at fault and why.
 *
 * @example
 * ```ts
 * import { readIdentifyTraits, type TraitsResult } from "@rapport/segment";
 * const result: TraitsResult = readIdentifyTraits({ email: "nope" }, undefined);
 * if (!result.ok) console.log(result.field, result.reason);
 * ```
 */
export type TraitsResult =
  | {
      /** The traits could be read. */
      readonly ok: true;
      /** The customer fields found. */
      readonly traits: CustomerTraits;
    }
  | {
      /** A trait could not be read. */
      readonly ok: false;
      /** The trait's path, e.g. `traits.email`. */
      readonly field: string;
      /** What was expected and what was received. */
      readonly reason: string;
    };

type Traits = Readonly<Record<string, unknown>>;

const email = z.email();

const present = (value: unknown): boolean => value !== undefined && value !== null && value !== "";

class TraitError {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {}
}

function text(traits: Traits, key: string): string | undefined {
  const value = traits[key];
  if (!present(value)) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string" || value.trim() === "") {
    throw new TraitError(`traits.${key}`, expectedMessage("", "a string", value));
  }
  return value.trim();
}

function contextText(context: Traits | undefined, key: string, check: (v: string) => boolean) {
  const value = context?.[key];
  // Device context is a fallback only: an odd value from a device does not sink the message.
  return typeof value === "string" && check(value) ? value : undefined;
}

function read(traits: Traits, context: Traits | undefined): CustomerTraits {
  const out: { -readonly [K in keyof CustomerTraits]: CustomerTraits[K] } = {};
  const first = text(traits, "firstName");
  const last = text(traits, "lastName");
  const name = text(traits, "name") ?? ([first, last].filter(Boolean).join(" ") || undefined);
  if (name !== undefined) out.name = name;
  const mail = text(traits, "email");
  if (mail !== undefined) {
    if (!email.safeParse(mail).success) {
      throw new TraitError("traits.email", expectedMessage("", "an e-mail address", mail));
    }
    out.emails = [mail];
  }
  const phone = text(traits, "phone");
  if (phone !== undefined) out.phones = [phone];
  const zone = text(traits, "timezone") ?? contextText(context, "timezone", isTimeZone);
  if (zone !== undefined) {
    if (!isTimeZone(zone)) {
      throw new TraitError(
        "traits.timezone",
        expectedMessage("", 'an IANA time-zone name such as "Europe/Berlin"', zone),
      );
    }
    out.timeZone = zone;
  }
  const locale = text(traits, "locale") ?? contextText(context, "locale", isLocale);
  if (locale !== undefined) {
    if (!isLocale(locale)) {
      throw new TraitError(
        "traits.locale",
        expectedMessage("", 'a BCP 47 language tag such as "en-GB"', locale),
      );
    }
    out.locale = locale;
  }
  const company = traits["company"];
  if (present(company)) {
    const companyName =
      typeof company === "object" && company !== null && !Array.isArray(company)
        ? text(company as Traits, "name")
        : text(traits, "company");
    if (companyName !== undefined) out.organization = companyName;
  }
  const plan = text(traits, "plan");
  if (plan !== undefined) out.tier = plan;
  const createdAt = traits["createdAt"];
  if (present(createdAt)) {
    const since = parseSegmentCreatedAt(createdAt);
    if (since === null) {
      throw new TraitError(
        "traits.createdAt",
        expectedMessage(
          "",
          "an ISO 8601 date-time with an offset, a date YYYY-MM-DD or a Unix time",
          createdAt,
        ),
      );
    }
    out.customerSince = since;
  }
  return out;
}

function guard(run: () => CustomerTraits): TraitsResult {
  try {
    return { ok: true, traits: run() };
  } catch (error) {
    if (error instanceof TraitError) return { ok: false, field: error.field, reason: error.reason };
    throw error;
  }
}

/**
 * Reads the customer fields of an `identify` call: `traits` merged over `context.traits` (where
 * RudderStack puts them), with `context.timezone` and `context.locale` as fallbacks. A trait
 * that is present but malformed makes the result name it; missing or `null` traits are skipped.
 *
 * @example
 * ```ts
 * import { readIdentifyTraits } from "@rapport/segment";
 * readIdentifyTraits(
 *   { firstName: "Ada", lastName: "Lovelace", company: { name: "Analytical Engines" } },
 *   { timezone: "Europe/London" },
 * );
 * // { ok: true, traits: { name: "Ada Lovelace", timeZone: "Europe/London", organization: "Analytical Engines" } }
 * ```
 */
export function readIdentifyTraits(
  traits: Traits | null | undefined,
  context: (Traits & { readonly traits?: unknown }) | null | undefined,
): TraitsResult {
  const contextTraits = context?.traits;
  const merged: Record<string, unknown> = Object.create(null);
  if (contextTraits !== null && typeof contextTraits === "object") {
    Object.assign(merged, contextTraits);
  }
  if (traits) Object.assign(merged, traits);
  return guard(() => read(merged, context ?? undefined));
}

/**
 * Reads a `group` call: the organization (the group's `name` trait, else its id) and the plan.
 *
 * @example
 * ```ts
 * import { readGroupTraits } from "@rapport/segment";
 * readGroupTraits("grp_1", { name: "Initech", plan: "Enterprise" });
 * // { ok: true, traits: { organization: "Initech", tier: "Enterprise" } }
 * ```
 */
export function readGroupTraits(groupId: string, traits: Traits | null | undefined): TraitsResult {
  return guard(() => {
    const source = traits ?? {};
    const name = text(source, "name");
    const plan = text(source, "plan");
    return { organization: name ?? groupId, ...(plan === undefined ? {} : { tier: plan }) };
  });
}
