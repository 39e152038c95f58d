import type { Customer, CustomerId } from "@rapport/core";
import { emptyImportLists } from "@rapport/source-kit";
import { describe, expect, it } from "vitest";
import { identityHtml } from "./identity-html";
import { resolveCustomers } from "./identity-section";

const customer = (id: string, system: string, extra: Partial<Customer>): Customer =>
  ({
    id: id as CustomerId,
    externalIds: [{ system, id: id.slice(id.indexOf(":") + 1) }],
    emails: [],
    phones: [],
    preferences: { channels: [] },
    ...extra,
  }) as Customer;

describe("resolveCustomers", () => {
  it("merges by e-mail across systems, keeps two users of one system apart, reports bad values", () => {
    const lists = emptyImportLists();
    lists.customers.push(
      customer("zendesk:1", "zendesk", { name: "Ada", emails: ["team@example.com"] }),
      customer("zendesk:2", "zendesk", { name: "Alan", emails: ["team@example.com"] }),
      customer("intercom:a", "intercom", { name: "Ada L.", emails: ["TEAM@example.com"] }),
      customer("intercom:b", "intercom", { phones: ["12"] }),
    );
    lists.cases.push({ id: "c1", customerId: "intercom:a" } as never);
    const { lists: unified, identity } = resolveCustomers(lists);
    // intercom:a joins zendesk:1 (first in id order); zendesk:2 would make two Zendesk ids.
    expect(identity).toMatchObject({
      records: 4,
      customers: 3,
      bySystem: [
        { system: "intercom", records: 2 },
        { system: "zendesk", records: 2 },
      ],
      byRule: [{ rule: "email", joins: 1 }],
      merged: [
        {
          customerId: "intercom:a",
          name: "Ada L.",
          recordIds: ["intercom:a", "zendesk:1"],
          via: ["email team@example.com"],
        },
      ],
      // The name kept is the first non-empty in id order: intercom:a's.
      disagreements: [
        { customerId: "intercom:a", field: "name", chosen: "Ada L.", offered: ["Ada L.", "Ada"] },
      ],
      conflicts: [{ records: ["intercom:a", "zendesk:2"] }],
      // intercom:b's phone is malformed, but its Intercom id still identifies it.
      unidentified: [],
    });
    expect(identity.invalid[0]).toMatchObject({
      recordId: "intercom:b",
      field: "phone",
      value: "12",
    });
    expect(unified.cases[0]?.customerId).toBe("intercom:a");
    const html = identityHtml(identity).html;
    expect(html).toContain(
      "4 customer records (intercom 2, zendesk 2) are 3 customers: 1 joined by email.",
    );
    expect(html).toContain("Left for a person to review (1)");
    expect(html).toContain("Values not used to join (1)");
    expect(html).toContain("Records that disagree (1)");
    expect(identityHtml(null).html).toBeNull();
  });
});
