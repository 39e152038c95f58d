// The precompiled ticket check must agree with ZendeskTicketSchema: whatever it accepts, the
// schema accepts with an equal output (same fields, same presence, same values); and on
// well-formed tickets it does accept, so that it is used at all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkAgreement, mutatedSamples } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import { tickets } from "./__fixtures__/zendesk.fixture";
import { fastTicket } from "./zendesk-fast-checks";
import { zendeskSchemas } from "./zendesk-payload";

const { ZendeskTicketSchema } = zendeskSchemas();
const records = tickets.tickets;

describe("the precompiled ticket check", () => {
  it("accepts every fixture ticket the schema accepts, with the schema's output", () => {
    const agreement = checkAgreement(fastTicket, ZendeskTicketSchema, records);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.parsed).toBeGreaterThan(1);
    expect(agreement.accepted).toBe(agreement.parsed);
  });

  it("never accepts what the schema refuses, nor differs from it, on mutated tickets", () => {
    const mutated = mutatedSamples(records, { seed: 25 });
    const agreement = checkAgreement(fastTicket, ZendeskTicketSchema, mutated);
    expect(agreement.disagreements).toEqual([]);
    // Some mutations leave a ticket well-formed (a changed subject); most do not.
    expect(agreement.accepted).toBeGreaterThan(0);
    expect(agreement.accepted).toBeLessThan(mutated.length);
  });

  it("turns down the shapes zod reports, so zod gives the reason", () => {
    const first = records[0] as Record<string, unknown>;
    for (const bad of [
      null,
      [],
      "ticket",
      { ...first, id: -1 },
      { ...first, requester_id: "" },
      { ...first, status: undefined },
      { ...first, via: "email" },
      { ...first, created_at: "2024-02-30T00:00:00Z" },
      { ...first, updated_at: "yesterday" },
      { ...first, tags: ["vip", 3] },
    ]) {
      expect(fastTicket(bad)).toBeUndefined();
      expect(ZendeskTicketSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("keeps a via without a channel, and leaves out what the ticket does not have", () => {
    const { via: _via, priority: _priority, ...bare } = records[0] as Record<string, unknown>;
    const checked = fastTicket({ ...bare, via: { source: {} } });
    expect(checked).toEqual(ZendeskTicketSchema.parse({ ...bare, via: { source: {} } }));
    expect(checked && Object.hasOwn(checked, "priority")).toBe(false);
    expect(checked && Object.hasOwn(checked, "via") && checked.via).toBeUndefined();
  });
});

const dataDir = fileURLToPath(new URL("../../../../shared/data/helpdesk/zendesk", import.meta.url));
const hasData = existsSync(dataDir);

describe.skipIf(!hasData)("the precompiled ticket check on real Zendesk tickets", () => {
  it("agrees with the schema on every ticket of the real responses", () => {
    const real = readdirSync(dataDir)
      .filter((file) => file.startsWith("tickets"))
      .flatMap(
        (file) =>
          (JSON.parse(readFileSync(`${dataDir}/${file}`, "utf8")) as { tickets?: unknown[] })
            .tickets ?? [],
      );
    const agreement = checkAgreement(fastTicket, ZendeskTicketSchema, real);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.parsed).toBeGreaterThan(10);
    expect(agreement.accepted).toBe(agreement.parsed);
  });
});
