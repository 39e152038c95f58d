import { type Customer, parseCustomer } from "@rapport/core";
import type { CustomerTraits } from "./segment-traits";

interface Draft {
  readonly key: string;
  firstSeenAt: number;
  readonly fields: Map<keyof CustomerTraits, { value: unknown; at: number }>;
  readonly emails: Map<string, number>;
  readonly phones: Map<string, number>;
}

/**
 * The customers an import is building, one per user seen: their earliest message, and each
 * trait's latest value (emails and phones latest first).
 */
export class CustomerDrafts {
  private readonly drafts = new Map<string, Draft>();

  /** The draft of a user (made on first sight), its first-seen time moved back to `at`. */
  seen(key: string, at: number): Draft {
    let draft = this.drafts.get(key);
    if (draft === undefined) {
      draft = { key, firstSeenAt: at, fields: new Map(), emails: new Map(), phones: new Map() };
      this.drafts.set(key, draft);
    }
    draft.firstSeenAt = Math.min(draft.firstSeenAt, at);
    return draft;
  }

  /** Merges the traits of one message, dated `at`, into a user's draft. */
  merge(key: string, traits: CustomerTraits, at: number): void {
    const draft = this.seen(key, at);
    for (const [field, value] of Object.entries(traits) as [keyof CustomerTraits, unknown][]) {
      if (field === "emails" || field === "phones") {
        const seen = draft[field];
        for (const item of value as string[]) seen.set(item, Math.max(seen.get(item) ?? at, at));
        continue;
      }
      const current = draft.fields.get(field);
      if (current === undefined || current.at <= at) draft.fields.set(field, { value, at });
    }
  }

  /** The customers, in the order first seen. */
  customers(system: string): Customer[] {
    return [...this.drafts.values()].map((draft) => toCustomer(system, draft));
  }
}

/** The traits a draft holds besides emails and phones, in the order of the customer schema. */
const TRAIT_ORDER = ["name", "locale", "timeZone", "organization", "tier"] as const;

function toCustomer(system: string, draft: Draft): Customer {
  const latestFirst = (seen: Map<string, number>) =>
    [...seen.entries()].sort((a, b) => b[1] - a[1]).map(([value]) => value);
  const fields: Record<string, unknown> = {};
  for (const [field, { value }] of draft.fields) fields[field] = value;
  const anonymous = draft.key.startsWith("anonymous:");
  const id = `${system}:${draft.key}`;
  const externalIds = anonymous ? [] : [{ system, id: draft.key }];
  const emails = latestFirst(draft.emails);
  const phones = latestFirst(draft.phones);
  const firstSeenAt = new Date(draft.firstSeenAt);
  // Every trait was checked as it was read (e-mail addresses, zones and locales by the same
  // rules as the schema's), so the customer is built as the schema builds it: its fields in
  // its order, the optional ones only when known. A trait the reader does not know goes
  // through the schema.
  let known = 0;
  const customer: Record<string, unknown> = { id, externalIds };
  if (fields["name"] !== undefined) customer["name"] = fields["name"];
  customer["emails"] = emails;
  customer["phones"] = phones;
  for (const field of TRAIT_ORDER) {
    if (fields[field] === undefined) continue;
    known++;
    if (field !== "name") customer[field] = fields[field];
  }
  customer["firstSeenAt"] = firstSeenAt;
  if (fields["customerSince"] !== undefined) {
    known++;
    customer["customerSince"] = fields["customerSince"];
  }
  customer["preferences"] = { channels: [] };
  if (known === draft.fields.size) return customer as Customer;
  return parseCustomer({ ...fields, id, externalIds, emails, phones, firstSeenAt });
}
