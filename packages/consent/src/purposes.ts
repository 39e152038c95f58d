import type { Customer, LawfulBasis } from "@rapport/core";
import {
  RapportValidationError,
  type ValidationIssue,
  type ValidationIssueCode,
  validationIssue,
} from "@rapport/core";
import { oneOf } from "@rapport/stats";

/**
 * How a purpose relates to the customer's choice:
 * - `"opt_in"`: needs an explicit, affirmative grant first (GDPR Art. 6(1)(a), Art. 7);
 * - `"opt_out"`: allowed until the customer says no (e.g. CCPA/CPRA "sale or sharing",
 *   §1798.120; processing on legitimate interests, which an objection stops, Art. 21);
 * - `"none"`: rests on a basis that the customer's consent does not switch on or off
 *   (contract, legal obligation; Art. 6(1)(b)-(c)).
 *
 * @example
 * ```ts
 * import type { ConsentRequirement } from "@rapport/consent";
 * const requirement: ConsentRequirement = "opt_in";
 * ```
 */
export type ConsentRequirement = "opt_in" | "opt_out" | "none";

/**
 * The customer fields a purpose may use (see {@link redactForPurpose}).
 *
 * @example
 * ```ts
 * import type { CustomerField } from "@rapport/consent";
 * const fields: CustomerField[] = ["emails", "locale"];
 * ```
 */
export type CustomerField = keyof Customer;

/**
 * A purpose as the business declares it, before validation.
 *
 * @example
 * ```ts
 * import type { PurposeDefinition } from "@rapport/consent";
 * const marketing: PurposeDefinition = {
 *   id: "marketing_email",
 *   description: "News and offers by e-mail",
 *   lawfulBasis: "consent",
 *   requirement: "opt_in",
 *   retentionDays: 730,
 * };
 * ```
 */
export interface PurposeDefinition {
  /** A stable id, used in the ledger's `purpose` field: `"marketing_email"`. */
  readonly id: string;
  /** What the customer is shown: what is collected, why, and how it helps them. */
  readonly description: string;
  /** The lawful basis it rests on (GDPR Art. 6(1)). */
  readonly lawfulBasis: LawfulBasis;
  /** Whether the customer must opt in, may opt out, or has no say (see {@link ConsentRequirement}). */
  readonly requirement: ConsentRequirement;
  /** How long data kept for this purpose may be kept, in days (24-hour days). */
  readonly retentionDays?: number;
  /** Whether it sells or shares personal data (CCPA/CPRA §1798.120): a GPC signal opts out of it. */
  readonly sellsOrShares?: boolean;
  /** The customer fields it may use; all of them when left out. `id` is always kept. */
  readonly fields?: readonly CustomerField[];
}

/**
 * A validated purpose: a {@link PurposeDefinition} with its defaults filled in.
 *
 * @example
 * ```ts
 * import { definePurposes, type Purpose } from "@rapport/consent";
 * const [analytics]: readonly Purpose[] = definePurposes([
 *   { id: "analytics", description: "Product analytics", lawfulBasis: "consent", requirement: "opt_in" },
 * ]).purposes;
 * ```
 */
export interface Purpose extends PurposeDefinition {
  /** Whether it sells or shares personal data; `false` unless declared. */
  readonly sellsOrShares: boolean;
}

/**
 * A version of the privacy notice. `materialChanges` lists the purposes whose change in this
 * version is material: consent given under an earlier version no longer counts for them
 * (fresh consent is needed, GDPR Art. 7 and Art. 13(3)); other purposes keep their consent.
 *
 * @example
 * ```ts
 * import type { PrivacyNotice } from "@rapport/consent";
 * const notice: PrivacyNotice = {
 *   version: "2025-01",
 *   publishedAt: new Date("2025-01-15T00:00:00Z"),
 *   materialChanges: ["analytics"],
 * };
 * ```
 */
export interface PrivacyNotice {
  /** The version, as recorded in a consent event's `noticeVersion`. */
  readonly version: string;
  /** When it took effect. */
  readonly publishedAt: Date;
  /** Where customers can read it (used as the receipt's policy URL). */
  readonly url?: string;
  /** Purposes changed materially in this version; their earlier consents no longer count. */
  readonly materialChanges?: readonly string[];
}

/**
 * The validated purposes and privacy notices of a business, as {@link definePurposes} returns
 * them. `byId` looks a purpose up by its id: a `Map`, so that no id (`"constructor"`,
 * `"__proto__"`) can resolve to something inherited.
 *
 * @example
 * ```ts
 * import { definePurposes } from "@rapport/consent";
 * const catalog = definePurposes([
 *   { id: "billing", description: "Invoices", lawfulBasis: "legal_obligation", requirement: "none" },
 * ]);
 * catalog.byId.get("billing")?.lawfulBasis; // "legal_obligation"
 * ```
 */
export interface PurposeCatalog {
  /** Every purpose, in the order given. */
  readonly purposes: readonly Purpose[];
  /** The purposes by id. */
  readonly byId: ReadonlyMap<string, Purpose>;
  /** The privacy notices, oldest first. */
  readonly notices: readonly PrivacyNotice[];
}

/**
 * Options of {@link definePurposes}.
 *
 * @example
 * ```ts
 * import type { DefinePurposesOptions } from "@rapport/consent";
 * const options: DefinePurposesOptions = { notices: [{ version: "2025-01", publishedAt: new Date("2025-01-01T00:00:00Z") }] };
 * ```
 */
export interface DefinePurposesOptions {
  /** The versions of the privacy notice, in any order. */
  readonly notices?: readonly PrivacyNotice[];
}

const LAWFUL_BASIS_VALUES: readonly string[] = [
  "consent",
  "contract",
  "legal_obligation",
  "vital_interests",
  "public_task",
  "legitimate_interests",
];
const REQUIREMENTS: readonly string[] = ["opt_in", "opt_out", "none"];

/**
 * Validates a business's purposes (and, optionally, its privacy-notice versions) and returns
 * them as a {@link PurposeCatalog}. Throws a `RapportValidationError` listing every problem:
 * an empty or duplicate id, a missing description, an unknown lawful basis or requirement,
 * consent required without the consent basis (or the other way round: GDPR Art. 6(1)(a)
 * consent is always opt-in, Art. 4(11)), a retention that is not a positive whole number of
 * days, a notice without a version or a valid date, a material change naming an unknown purpose.
 *
 * @example
 * ```ts
 * import { definePurposes } from "@rapport/consent";
 * const catalog = definePurposes(
 *   [
 *     { id: "marketing_email", description: "News and offers", lawfulBasis: "consent", requirement: "opt_in" },
 *     { id: "ad_sharing", description: "Sharing with ad partners", lawfulBasis: "legitimate_interests", requirement: "opt_out", sellsOrShares: true },
 *     { id: "billing", description: "Invoices we must keep", lawfulBasis: "legal_obligation", requirement: "none", retentionDays: 3650 },
 *   ],
 *   { notices: [{ version: "2024-01", publishedAt: new Date("2024-01-01T00:00:00Z") }] },
 * );
 * catalog.purposes.length; // 3
 * ```
 */
export function definePurposes(
  definitions: readonly PurposeDefinition[],
  options: DefinePurposesOptions = {},
): PurposeCatalog {
  const issues: ValidationIssue[] = [];
  const issue = (
    path: PropertyKey[],
    expected: string,
    received: unknown,
    code: ValidationIssueCode = "invalid_value",
  ) => issues.push(validationIssue(path, code, expected, received));
  if (!Array.isArray(definitions)) {
    throw new RapportValidationError("PurposeDefinition[]", [
      validationIssue([], "invalid_type", "an array of purposes", definitions),
    ]);
  }
  const byId = new Map<string, Purpose>();
  const purposes: Purpose[] = [];
  definitions.forEach((definition, index) => {
    const at = (field: string): PropertyKey[] => [index, field];
    if (typeof definition !== "object" || definition === null) {
      issue([index], "a purpose definition object", definition, "invalid_type");
      return;
    }
    if (typeof definition.id !== "string" || definition.id.length === 0) {
      issue(at("id"), "a non-empty string", definition.id, "invalid_type");
    } else if (byId.has(definition.id)) {
      issue(at("id"), "a unique purpose id", definition.id);
    }
    if (typeof definition.description !== "string" || definition.description.trim() === "") {
      issue(at("description"), "a description shown to customers", definition.description);
    }
    if (!LAWFUL_BASIS_VALUES.includes(definition.lawfulBasis)) {
      issue(at("lawfulBasis"), oneOf(LAWFUL_BASIS_VALUES), definition.lawfulBasis);
    }
    if (!REQUIREMENTS.includes(definition.requirement)) {
      issue(at("requirement"), oneOf(REQUIREMENTS), definition.requirement);
    } else if (
      LAWFUL_BASIS_VALUES.includes(definition.lawfulBasis) &&
      (definition.requirement === "opt_in") !== (definition.lawfulBasis === "consent")
    ) {
      issue(
        at("requirement"),
        definition.lawfulBasis === "consent"
          ? '"opt_in" for the consent basis (consent is given by a clear affirmative act)'
          : `"opt_out" or "none" for the ${definition.lawfulBasis} basis ("opt_in" needs the consent basis)`,
        definition.requirement,
      );
    }
    const days = definition.retentionDays;
    if (days !== undefined && !(Number.isInteger(days) && days > 0)) {
      issue(at("retentionDays"), "a positive whole number of days", days);
    }
    if (definition.sellsOrShares !== undefined && typeof definition.sellsOrShares !== "boolean") {
      issue(at("sellsOrShares"), "a boolean", definition.sellsOrShares, "invalid_type");
    }
    if (definition.fields !== undefined && !Array.isArray(definition.fields)) {
      issue(at("fields"), "an array of customer field names", definition.fields, "invalid_type");
    }
    const purpose: Purpose = { ...definition, sellsOrShares: definition.sellsOrShares === true };
    purposes.push(purpose);
    if (typeof definition.id === "string" && !byId.has(definition.id)) {
      byId.set(definition.id, purpose);
    }
  });
  const notices = [...(options.notices ?? [])];
  const versions = new Set<string>();
  notices.forEach((notice, index) => {
    if (typeof notice.version !== "string" || notice.version === "") {
      issue(["notices", index, "version"], "a non-empty string", notice.version);
    } else if (versions.has(notice.version)) {
      issue(["notices", index, "version"], "a unique notice version", notice.version);
    }
    versions.add(notice.version);
    if (!(notice.publishedAt instanceof Date) || Number.isNaN(notice.publishedAt.getTime())) {
      issue(["notices", index, "publishedAt"], "a valid Date", notice.publishedAt);
    }
    (notice.materialChanges ?? []).forEach((purposeId, changeIndex) => {
      if (!byId.has(purposeId)) {
        issue(
          ["notices", index, "materialChanges", changeIndex],
          "a defined purpose id",
          purposeId,
        );
      }
    });
  });
  if (issues.length > 0) throw new RapportValidationError("PurposeDefinition[]", issues);
  notices.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
  return { purposes, byId, notices };
}
