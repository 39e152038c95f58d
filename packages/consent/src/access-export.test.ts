import { describe, expect, it } from "vitest";
import { C1, catalog } from "./__fixtures__/ledger.fixture";
import { sources } from "./__fixtures__/sources.fixture";
import { accessExport } from "./access-export";

describe("accessExport", () => {
  const asOf = new Date("2024-06-01T00:00:00Z");
  const data = accessExport(C1, sources, {
    asOf,
    purposes: catalog,
    entityPurposes: { interaction: ["service_emails", "support"], transaction: ["invoices"] },
  });

  it("has one section per entity, always, holding only the customer's records", () => {
    expect(data.format).toBe("rapport.access-export/1");
    expect(data.customerId).toBe("cus_1");
    expect(data.generatedAt).toBe(asOf);
    expect(data.sections.map((s) => s.entity)).toEqual([
      "customer",
      "case",
      "interaction",
      "surveyResponse",
      "journeyEvent",
      "consentEvent",
      "transaction",
      "careGesture",
      "dataSubjectRequest",
    ]);
    expect(data.sections.map((s) => s.records.length)).toEqual([1, 1, 1, 1, 1, 5, 2, 1, 1]);
  });

  it("names the purposes each part is used for, described from the catalog", () => {
    // Sections follow RECORD_KINDS: customer, case, interaction, …
    expect(data.sections[2]?.purposes).toEqual([
      { id: "service_emails", description: "Order and account e-mails", lawfulBasis: "contract" },
      { id: "support", description: "support", lawfulBasis: null },
    ]);
    expect(data.sections[0]?.purposes).toEqual([]);
  });

  it("includes the consent decisions at that moment and survives a JSON round trip", () => {
    const marketing = data.consent.find((d) => d.purpose === "marketing_email");
    expect(marketing).toMatchObject({ state: "denied", evidence: ["ce_2"] });
    const json = JSON.parse(JSON.stringify(data));
    expect(json.generatedAt).toBe("2024-06-01T00:00:00.000Z");
    expect(json.sections[0].records[0].name).toBe("Ada");
  });

  it("works without a catalog", () => {
    const bare = accessExport(C1, sources, { asOf });
    expect(bare.consent.map((d) => d.purpose)).toEqual([
      "ad_sharing",
      "analytics",
      "marketing_email",
    ]);
    expect(bare.sections.every((s) => s.purposes.length === 0)).toBe(true);
  });
});
