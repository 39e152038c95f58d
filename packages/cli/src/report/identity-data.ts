/**
 * The report section "One customer, many systems": how many customer records became how many
 * customers, by which rule, the customers found in several systems, and what is left for a
 * person to review.
 *
 * @example
 * ```ts
 * import type { IdentitySection } from "@rapport/cli";
 * const line = (s: IdentitySection) => `${s.records} records → ${s.customers} customers`;
 * ```
 */
export interface IdentitySection {
  /** Customer records read, across every system. */
  readonly records: number;
  /** Customers they became. */
  readonly customers: number;
  /** Records per system. */
  readonly bySystem: readonly { readonly system: string; readonly records: number }[];
  /** Joins made, per identifier. */
  readonly byRule: readonly { readonly rule: string; readonly joins: number }[];
  /** Customers made of more than one record (the first 20 by size). */
  readonly merged: readonly {
    readonly customerId: string;
    readonly name: string | null;
    readonly systems: readonly string[];
    readonly recordIds: readonly string[];
    readonly via: readonly string[];
  }[];
  /**
   * Fields on which the records of one customer disagree (two names), the value kept (the first
   * non-empty one, in id order) and every value offered.
   */
  readonly disagreements: readonly {
    readonly customerId: string;
    readonly field: string;
    readonly chosen: string;
    readonly offered: readonly string[];
  }[];
  /** Joins refused by merge protection, for a person to review. */
  readonly conflicts: readonly { readonly records: readonly string[]; readonly reason: string }[];
  /** Records with no usable identifier: each is a customer of its own. */
  readonly unidentified: readonly string[];
  /** Malformed e-mails and phones, never used to join. */
  readonly invalid: readonly {
    readonly recordId: string;
    readonly field: string;
    readonly value: string;
    readonly reason: string;
  }[];
}
