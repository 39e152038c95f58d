import { type ConsentEvent, customerId, recordId, safeParseConsentEvent } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import type { SegmentMessage } from "./segment-message";

/**
 * The `track` event Segment Consent Management sends whenever a user sets or changes their
 * consent preferences; its `context.consent.categoryPreferences` holds category → boolean.
 *
 * @example
 * ```ts
 * import { SEGMENT_CONSENT_EVENT } from "@rapport/segment";
 * SEGMENT_CONSENT_EVENT; // "Segment Consent Preference Updated"
 * ```
 */
export const SEGMENT_CONSENT_EVENT = "Segment Consent Preference Updated";

/** The proof method written when the message does not name its consent platform. */
const DEFAULT_METHOD = "consent-preference-event";

/**
 * A consent category's default purpose: its name in snake case, as the consent ledger names
 * purposes (`"DataSharing"` → `"data_sharing"`, `"Site Performance"` → `"site_performance"`).
 *
 * @example
 * ```ts
 * import { consentPurposeOf } from "@rapport/segment";
 * consentPurposeOf("DataSharing"); // "data_sharing"
 * consentPurposeOf("C0002"); // "c0002"
 * ```
 */
export function consentPurposeOf(category: string): string {
  return category
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toLowerCase();
}

/** The consent events of one message, or the field at fault and why; internal. */
export type ConsentReading =
  | { readonly ok: true; readonly events: readonly ConsentEvent[] }
  | { readonly ok: false; readonly field: string; readonly reason: string };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

const fail = (field: string, reason: string): ConsentReading => ({ ok: false, field, reason });

/**
 * Reads a {@link SEGMENT_CONSENT_EVENT} message into one consent event per category: `true` a
 * `grant`, `false` a `withdraw` (a "no": the ledger reads it as denied whether or not a grant
 * came before), lawful basis `consent`, proof captured by the system, its method the
 * `context.consent.source` the sender names (else `"consent-preference-event"`), its evidence
 * the message id. Ids are `<system>:<messageId>:consent:<category>`, so a re-import gives the
 * same ids. Internal to the package.
 */
export function readConsentEvents(
  message: SegmentMessage,
  ids: {
    readonly system: string;
    readonly messageId: string;
    readonly customer: string;
    readonly at: Date;
  },
  purposes: Readonly<Record<string, string>>,
): ConsentReading {
  const context = message.context as Record<string, unknown> | null | undefined;
  const consent = context?.["consent"];
  if (!isPlainObject(consent)) {
    return fail(
      "context.consent",
      expectedMessage("", "an object with categoryPreferences (category → true or false)", consent),
    );
  }
  const preferences = consent["categoryPreferences"];
  const field = "context.consent.categoryPreferences";
  if (!isPlainObject(preferences)) {
    return fail(field, expectedMessage("", "an object of category → true or false", preferences));
  }
  const categories = Object.keys(preferences);
  if (categories.length === 0) {
    return fail(
      field,
      "expected at least one category (an empty object names no category to record)",
    );
  }
  const rawSource = consent["source"];
  if (rawSource !== undefined && rawSource !== null && typeof rawSource !== "string") {
    return fail("context.consent.source", expectedMessage("", "a string", rawSource));
  }
  const method = typeof rawSource === "string" && rawSource.trim() !== "" ? rawSource.trim() : "";
  const { system, messageId, customer, at } = ids;
  const events: ConsentEvent[] = [];
  for (const category of categories) {
    const value = preferences[category];
    const where = `${field}.${category}`;
    if (typeof value !== "boolean") return fail(where, expectedMessage("", "true or false", value));
    const purpose = Object.hasOwn(purposes, category)
      ? purposes[category]!
      : consentPurposeOf(category);
    if (purpose === "") {
      return fail(where, `expected a category name with a letter or digit, received "${category}"`);
    }
    const parsed = safeParseConsentEvent({
      id: recordId(`${system}:${messageId}:consent:${category}`),
      customerId: customerId(customer),
      purpose,
      lawfulBasis: "consent",
      action: value ? "grant" : "withdraw",
      capturedAt: at,
      proof: { capturedBy: system, method: method || DEFAULT_METHOD, evidenceRef: messageId },
      source: { system, id: messageId },
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail(where, issue?.message ?? "not a valid consent event");
    }
    events.push(parsed.data);
  }
  return { ok: true, events };
}
