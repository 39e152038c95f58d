import type {
  Case,
  Customer,
  CustomerId,
  DataSubjectRequest,
  EntityLists,
  SurveyResponse,
} from "@rapport/core";
import { describe, expect, it } from "vitest";
import { CUSTOMER_IDENTITY_RULES, identityRecordsOf } from "./identity-records-of";
import { resolveIdentities } from "./resolve-identities";
import { unifyImports } from "./unify-imports";

const customer = (id: string, extra: Partial<Customer>): Customer =>
  ({
    id: id as CustomerId,
    externalIds: [],
    emails: [],
    phones: [],
    preferences: { channels: [] },
    ...extra,
  }) as Customer;
const zendesk: Partial<EntityLists> = {
  customers: [
    customer("zendesk:1", {
      name: "Ada Lovelace",
      emails: ["ada@example.com"],
      externalIds: [{ system: "zendesk", id: "1" }],
    }),
    customer("zendesk:2", {
      name: "Alan",
      emails: ["alan@example.com"],
      externalIds: [{ system: "zendesk", id: "2" }],
    }),
  ],
  cases: [{ id: "c1", customerId: "zendesk:1" } as unknown as Case],
  dataSubjectRequests: [{ id: "d1", customerId: "zendesk:1" } as unknown as DataSubjectRequest],
};
const intercom: Partial<EntityLists> = {
  customers: [
    customer("intercom:a", {
      emails: ["ADA@example.com"],
      phones: ["+442079460000"],
      externalIds: [{ system: "intercom", id: "a" }],
    }),
  ],
  surveyResponses: [{ id: "s1", customerId: "intercom:a" } as unknown as SurveyResponse],
};

describe("identityRecordsOf and unifyImports", () => {
  it("builds identity records from customers", () => {
    expect(identityRecordsOf(zendesk.customers!.slice(0, 1))).toEqual([
      {
        id: "zendesk:1",
        system: "zendesk",
        fields: {
          name: "Ada Lovelace",
          email: ["ada@example.com"],
          phone: [],
          externalId: ["zendesk:1"],
        },
      },
    ]);
    expect(identityRecordsOf([customer("c42", {})])[0]).toEqual({
      id: "c42",
      fields: { name: undefined, email: [], phone: [], externalId: [] },
    });
  });

  it("rewrites every record onto the canonical customer and keeps the id map both ways", () => {
    const records = identityRecordsOf([...zendesk.customers!, ...intercom.customers!]);
    const resolution = resolveIdentities(records, CUSTOMER_IDENTITY_RULES);
    const unified = unifyImports([zendesk, intercom], resolution);
    expect(unified.lists.customers.map((c) => c.id)).toEqual(["intercom:a", "zendesk:2"]);
    const ada = unified.lists.customers[0]!;
    expect(ada.name).toBe("Ada Lovelace");
    expect(ada.emails).toEqual(["ADA@example.com", "ada@example.com"]);
    expect(ada.externalIds).toEqual([
      { system: "intercom", id: "a" },
      { system: "zendesk", id: "1" },
    ]);
    expect(unified.lists.cases[0]?.customerId).toBe("intercom:a");
    expect(unified.lists.surveyResponses[0]?.customerId).toBe("intercom:a");
    expect(unified.lists.dataSubjectRequests[0]?.customerId).toBe("intercom:a");
    expect(unified.toCanonical).toEqual({
      "zendesk:1": "intercom:a",
      "zendesk:2": "zendesk:2",
      "intercom:a": "intercom:a",
    });
    expect(unified.fromCanonical).toEqual({
      "intercom:a": ["intercom:a", "zendesk:1"],
      "zendesk:2": ["zendesk:2"],
    });
    // The inputs are untouched.
    expect(zendesk.cases![0]?.customerId).toBe("zendesk:1");
    expect(() => unifyImports("x" as never, resolution)).toThrow(TypeError);
  });
});
