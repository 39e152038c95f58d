/**
 * One record to resolve: an id unique in the batch, the system it comes from, and its fields.
 * A field holds one value or several (a customer's e-mails). `updatedAt` lets survivorship
 * take the most recent value.
 *
 * @example
 * ```ts
 * import type { IdentityRecord } from "@rapport/identity";
 * const record: IdentityRecord = {
 *   id: "zendesk:123",
 *   system: "zendesk",
 *   fields: { name: "Ada Lovelace", email: ["ada@example.com"], phone: "+44 20 7946 0000" },
 * };
 * ```
 */
export interface IdentityRecord {
  readonly id: string;
  readonly system?: string;
  readonly fields: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly updatedAt?: Date;
}

/** The values of a field as a list, empty strings kept (blocking reports them). */
export function fieldValues(record: IdentityRecord, field: string): readonly string[] {
  const value = record.fields[field];
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value;
}

/** The first value of a field, without building a list (the hot paths of matching use it). */
export function firstValue(record: IdentityRecord, field: string): string | undefined {
  const value = record.fields[field];
  return value === undefined || typeof value === "string" ? value : value[0];
}
