import { decodeCustomer } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { catalog } from "./__fixtures__/ledger.fixture";
import { redactForPurpose } from "./redact-for-purpose";

const customer = decodeCustomer({
  id: "cus_1",
  name: "Ada Lovelace",
  emails: ["ada@example.com"],
  phones: ["+44 20 0000 0000"],
  organization: "Analytical Engines",
});

describe("redactForPurpose", () => {
  it("keeps only the purpose's fields (and the id) when allowed", () => {
    const out = redactForPurpose(customer, {
      purpose: catalog.byId.get("marketing_email")!,
      allowed: true,
    });
    // marketing_email lists emails, locale, name; locale is unset so it is left out.
    expect(out).toEqual({ id: "cus_1", emails: ["ada@example.com"], name: "Ada Lovelace" });
  });

  it("keeps only the id when not allowed", () => {
    expect(
      redactForPurpose(customer, { purpose: catalog.byId.get("marketing_email")!, allowed: false }),
    ).toEqual({ id: "cus_1" });
  });

  it("keeps every field for a purpose that lists none, as a copy", () => {
    const out = redactForPurpose(customer, {
      purpose: catalog.byId.get("service_emails")!,
      allowed: true,
    });
    expect(out).toEqual(customer);
    expect(out).not.toBe(customer);
  });
});
