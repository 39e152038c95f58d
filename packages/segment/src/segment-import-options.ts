import { requireAsOf } from "@rapport/source-kit";
import { expectedMessage, oneOf } from "@rapport/stats";

/**
 * What to do with a message that has an `anonymousId` but no `userId`:
 * - `"resolve"` (default): attribute it to the user that another message of the same import
 *   links that `anonymousId` to (a message carrying both ids, or an `alias`); ignore it, with
 *   the reason, when there is no such link or more than one;
 * - `"ignore"`: ignore it, with the reason;
 * - `"customer"`: import the visitor as a customer of their own, `<system>:anonymous:<anonymousId>`.
 *
 * @example
 * ```ts
 * import type { AnonymousPolicy } from "@rapport/segment";
 * const policy: AnonymousPolicy = "resolve";
 * ```
 */
export type AnonymousPolicy = "resolve" | "ignore" | "customer";

/**
 * Options of {@link importSegment}.
 *
 * @example
 * ```ts
 * import type { SegmentImportOptions } from "@rapport/segment";
 * const options: SegmentImportOptions = {
 *   system: "rudderstack",
 *   stages: { "Demo Booked": "consideration" },
 *   asOf: new Date("2024-04-01T00:00:00Z"),
 * };
 * ```
 */
export interface SegmentImportOptions {
  /** The time of the import: messages dated after it are rejected (a wrong client clock, a typo). */
  readonly asOf: Date;
  /** The system named in ids, source references and the report: `"segment"` by default. */
  readonly system?: string;
  /** Event name → journey stage, over {@link DEFAULT_SEGMENT_STAGES}; `null` removes a stage. */
  readonly stages?: Readonly<Record<string, string | null>>;
  /** Use only `stages`, not the defaults. */
  readonly replaceDefaultStages?: boolean;
  /** Messages with an `anonymousId` and no `userId`; see {@link AnonymousPolicy}. */
  readonly anonymous?: AnonymousPolicy;
  /** Import `page` and `screen` calls as journey events (`Viewed <name> Page`); off by default. */
  readonly pageViews?: boolean;
  /**
   * Consent category (a key of `context.consent.categoryPreferences` in a
   * `"Segment Consent Preference Updated"` event) → the purpose its consent events are for;
   * a category not listed keeps its name in snake case (`"DataSharing"` → `"data_sharing"`).
   */
  readonly consentPurposes?: Readonly<Record<string, string>>;
}

const ANONYMOUS_POLICIES: readonly AnonymousPolicy[] = ["resolve", "ignore", "customer"];

/** Checks the options of an import; throws a `TypeError` or `RangeError` naming the option. */
export function checkSegmentOptions(options: SegmentImportOptions) {
  const asOf = requireAsOf("importSegment", options?.asOf);
  const system = options.system ?? "segment";
  if (typeof system !== "string" || !/^[a-z0-9][a-z0-9._-]*$/.test(system)) {
    throw new (typeof system === "string" ? RangeError : TypeError)(
      expectedMessage(
        "importSegment: options.system",
        'a lower-case system name such as "segment"',
        system,
      ),
    );
  }
  const anonymous = options.anonymous ?? "resolve";
  if (!ANONYMOUS_POLICIES.includes(anonymous)) {
    throw new (typeof anonymous === "string" ? RangeError : TypeError)(
      expectedMessage("importSegment: options.anonymous", oneOf(ANONYMOUS_POLICIES), anonymous),
    );
  }
  const consentPurposes = options.consentPurposes ?? {};
  const where = "importSegment: options.consentPurposes";
  if (
    typeof consentPurposes !== "object" ||
    consentPurposes === null ||
    Array.isArray(consentPurposes)
  ) {
    throw new TypeError(expectedMessage(where, "an object of category → purpose", consentPurposes));
  }
  for (const [category, purpose] of Object.entries(consentPurposes)) {
    if (typeof purpose !== "string" || purpose.trim() === "") {
      throw new (typeof purpose === "string" ? RangeError : TypeError)(
        expectedMessage(
          `${where}[${JSON.stringify(category)}]`,
          "a non-empty purpose name",
          purpose,
        ),
      );
    }
  }
  return { system, asOf, anonymous, consentPurposes };
}
