/**
 * How the values of an identifier field are normalised before they join: `"email"` and
 * `"phone"` through {@link normalizeEmail} and {@link normalizePhone}, `"external"` an id that
 * keeps its system (`zendesk:123`), `"exact"` trimmed and lower-cased.
 *
 * @example
 * ```ts
 * import type { IdentifierKind } from "@rapport/identity";
 * const kind: IdentifierKind = "phone";
 * ```
 */
export type IdentifierKind = "email" | "phone" | "external" | "exact";

/**
 * One deterministic rule, in Segment Unify's model: records sharing a value of the identifier
 * join, the lower `priority` first (1 is the strongest), and one identity holds at most `limit`
 * distinct values of it. `unique: true` is a limit of one (per system, for external ids): two
 * records with different values never merge, through any other identifier; the join is
 * reported as a conflict instead.
 *
 * @example
 * ```ts
 * import type { IdentifierRule } from "@rapport/identity";
 * const externalId: IdentifierRule = { kind: "external", priority: 1, unique: true };
 * const email: IdentifierRule = { priority: 2, limit: 5 };
 * ```
 */
export interface IdentifierRule {
  /** How values are normalised; by default `"email"` for a field named `email`, `"phone"` for `phone`, else `"exact"`. */
  readonly kind?: IdentifierKind;
  /** The order of joining, 1 first. */
  readonly priority: number;
  /** The most distinct values one identity may hold (default: no limit). */
  readonly limit?: number;
  /** A limit of one (per system for external ids); a join that breaks it is a conflict. */
  readonly unique?: boolean;
}

/**
 * The comparator of a field in probabilistic matching; each gives agreement levels, the first
 * the strongest:
 * - `"exact"`: equal, or not;
 * - `"name"`: equal, Jaro-Winkler ≥ 0.92, ≥ 0.80, else;
 * - `"text"`: equal, Levenshtein distance 1, 2, else;
 * - `"date"`: equal, one character apart (a shifted digit), two, else;
 * - `"email"`: equal, the same local part, Jaro-Winkler ≥ 0.88, else;
 * - `"phone"`: equal digits, the same last seven digits, else.
 *
 * @example
 * ```ts
 * import type { ComparatorName } from "@rapport/identity";
 * const compare: Record<string, ComparatorName> = { surname: "name", dob: "date" };
 * ```
 */
export type ComparatorName = "exact" | "name" | "text" | "date" | "email" | "phone";

/**
 * The m and u probabilities of a Fellegi-Sunter model, per field and agreement level, and the
 * prior share of matches among candidate pairs (`lambda`). {@link resolveIdentities} estimates
 * them by EM unless they are given.
 *
 * @example
 * ```ts
 * import type { MatchModel } from "@rapport/identity";
 * const model: MatchModel = {
 *   lambda: 0.3,
 *   fields: { surname: { m: [0.9, 0.05, 0.03, 0.02], u: [0.01, 0.02, 0.07, 0.9] } },
 * };
 * ```
 */
export interface MatchModel {
  /** The prior probability that a candidate pair is a match. */
  readonly lambda: number;
  /** Per field, m (among matches) and u (among non-matches) of each agreement level. */
  readonly fields: Readonly<
    Record<string, { readonly m: readonly number[]; readonly u: readonly number[] }>
  >;
}

/**
 * The rules of {@link resolveIdentities}.
 *
 * @example
 * ```ts
 * import type { IdentityRules } from "@rapport/identity";
 * const rules: IdentityRules = {
 *   identifiers: {
 *     externalId: { kind: "external", priority: 1, unique: true },
 *     email: { priority: 2 },
 *     phone: { priority: 3 },
 *   },
 *   blocked: ["support@example.com", "*@example.org"],
 *   defaultRegion: "GB",
 * };
 * ```
 */
export interface IdentityRules {
  /** The deterministic identifiers, by field name. */
  readonly identifiers?: Readonly<Record<string, IdentifierRule>>;
  /**
   * Normalised values that never join anything, besides the built-in ones (`""`, `0`,
   * `anonymous`, `unknown`, `n/a`, `none`, `null`, and `noreply@…`, `no-reply@…`,
   * `donotreply@…`). A leading or trailing `*` matches any text: `"*@example.org"`.
   */
  readonly blocked?: readonly string[];
  /** Probabilistic matching: the comparator of each field. */
  readonly compare?: Readonly<Record<string, ComparatorName>>;
  /**
   * Blocking rules: only pairs equal on all fields of at least one rule are compared (default:
   * one rule per compared field). Keeps matching sub-quadratic.
   */
  readonly blocking?: readonly (readonly string[])[];
  /** Blocks larger than this are left out and reported (default 1,000 records). */
  readonly maxBlockSize?: number;
  /** The match probability from which a pair joins (default 0.95). */
  readonly matchThreshold?: number;
  /** Pairs from this probability up to the match threshold are returned for review (default 0.5). */
  readonly reviewThreshold?: number;
  /** A fixed model instead of the EM estimate (e.g. one estimated on a larger batch). */
  readonly model?: MatchModel;
  /** The seed of the random pairs that estimate u (default 1). */
  readonly seed?: number;
  /** The region of phone numbers without a country code, e.g. `"GB"`. */
  readonly defaultRegion?: string;
  /** Apply e-mail providers' rules for dots and `+tags` (see {@link normalizeEmail}). */
  readonly providerRules?: boolean;
}
