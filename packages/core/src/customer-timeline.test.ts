import { describe, expect, it } from "vitest";
import { careHistory } from "./__fixtures__/care-history";
import { parseCareGesture } from "./care-gesture";
import { parseCase } from "./case";
import { parseConsentEvent } from "./consent-event";
import { parseCustomer } from "./customer";
import { customerSnapshot } from "./customer-snapshot";
import { customerTimeline } from "./customer-timeline";
import { customerId } from "./ids";
import { parseInteraction } from "./interaction";
import { parseJourneyEvent } from "./journey-event";
import { parseSurveyResponse } from "./survey-response";
import { parseTransaction } from "./transaction";

const sources = {
  customers: careHistory.customers.map(parseCustomer),
  interactions: careHistory.interactions.map(parseInteraction),
  cases: careHistory.cases.map(parseCase),
  surveyResponses: careHistory.responses.map(parseSurveyResponse),
  journeyEvents: careHistory.journeyEvents.map(parseJourneyEvent),
  consentEvents: careHistory.consentEvents.map(parseConsentEvent),
  transactions: careHistory.transactions.map(parseTransaction),
  careGestures: careHistory.gestures.map(parseCareGesture),
};
const ada = customerId("cus_ada");

describe("customerTimeline", () => {
  it("orders everything that happened with one customer by time, across channels", () => {
    const timeline = customerTimeline(ada, sources);
    expect(timeline.map((item) => `${item.kind}:${item.record.id}`)).toEqual([
      // 2024-01-01T00:00Z: journey event, consent grant and transaction share the instant:
      // ordered by kind (journey, consent, transaction), as documented.
      "journey_event:ev_1",
      "consent_event:ce_1",
      "transaction:tx_1",
      // 09:00Z: int_1, and int_3 written as 10:00+01:00 (the same instant), then the case
      // created at that instant (interactions come before cases), then int_2 at 09:30Z.
      "interaction:int_1",
      "interaction:int_3",
      "case:case_1",
      "interaction:int_2",
      "response:r3",
      "response:r4",
      "gesture:g_1",
      "response:r1",
      "response:r2",
      "consent_event:ce_2",
      "interaction:int_4",
      "case:case_2",
    ]);
  });

  it("tags each item with its channel where it has one", () => {
    const channels = customerTimeline(ada, sources).map((item) => item.channel);
    expect(channels.slice(3, 7)).toEqual(["email", "phone", "email", "email"]);
    expect(channels[0]).toBeUndefined();
  });

  it("leaves other customers out and does not change its inputs", () => {
    const before = JSON.stringify(sources);
    const bob = customerTimeline(customerId("cus_bob"), sources);
    expect(bob.map((item) => item.record.id)).toEqual(["int_5"]);
    expect(JSON.stringify(sources)).toBe(before);
  });

  it("keeps the given order for equal times of the same kind", () => {
    const at = "2024-05-01T00:00:00Z";
    const same = ["b", "a", "c"].map((id) =>
      parseInteraction({
        id,
        customerId: "cus_ada",
        channel: "web",
        direction: "inbound",
        author: { kind: "customer" },
        occurredAt: at,
      }),
    );
    expect(customerTimeline(ada, { interactions: same }).map((i) => i.record.id)).toEqual([
      "b",
      "a",
      "c",
    ]);
  });

  it("is empty for a customer with no records", () => {
    expect(customerTimeline(customerId("nobody"), sources)).toEqual([]);
  });
});

describe("customerSnapshot", () => {
  it("summarises the customer as of a moment", () => {
    const snapshot = customerSnapshot(ada, sources, new Date("2024-03-02T00:00:00Z"));
    expect(snapshot.openCases.map((c) => c.id)).toEqual(["case_2"]);
    expect(snapshot.lastContact).toEqual({
      at: new Date("2024-03-01T12:00:00Z"),
      channel: "chat",
      direction: "inbound",
    });
    expect(snapshot.latest.nps?.id).toBe("r2");
    expect(snapshot.latest.csat?.id).toBe("r3");
    expect(snapshot.latest.ces?.score).toBe(6);
    // Inbound contacts: int_4 (2024-03-01) is within 30 days; int_1 (2024-01-10) is 52 days
    // before 2024-03-02, so within 90 but not 30.
    expect(snapshot.contacts).toEqual({ last30Days: 1, last90Days: 2 });
    expect(snapshot.preferredChannel).toBe("chat");
    expect(snapshot.contactStyle).toBe("brief");
    // The grant of 2024-01-01 was withdrawn on 2024-02-20.
    expect(snapshot.marketingConsent).toEqual({
      missing: true,
      purposes: [{ purpose: "marketing", granted: false }],
    });
  });

  it("sees only what had happened by asOf", () => {
    const snapshot = customerSnapshot(ada, sources, new Date("2024-01-10T09:15:00Z"));
    expect(snapshot.openCases.map((c) => c.id)).toEqual(["case_1"]);
    // int_3 at 09:00Z is public and as late as int_1; the later one in the input wins.
    expect(snapshot.lastContact?.channel).toBe("phone");
    expect(snapshot.latest).toEqual({ csat: null, nps: null, ces: null });
    expect(snapshot.marketingConsent.missing).toBe(false);
  });

  it("ignores private notes as contacts", () => {
    const snapshot = customerSnapshot(ada, sources, new Date("2024-01-10T09:45:00Z"));
    expect(snapshot.lastContact?.at).toEqual(new Date("2024-01-10T09:00:00Z"));
  });

  it("treats an expired grant as missing consent", () => {
    const grant = parseConsentEvent({
      ...careHistory.consentEvents[0],
      expiresAt: "2024-01-31T00:00:00Z",
    });
    const at = (iso: string) =>
      customerSnapshot(ada, { consentEvents: [grant] }, new Date(iso)).marketingConsent.missing;
    expect(at("2024-01-30T23:59:59Z")).toBe(false);
    expect(at("2024-01-31T00:00:00Z")).toBe(true);
  });

  it("knows nothing of a customer without records", () => {
    const snapshot = customerSnapshot(
      customerId("nobody"),
      sources,
      new Date("2024-03-02T00:00:00Z"),
      {
        marketingPurposes: ["marketing", "newsletter"],
      },
    );
    expect(snapshot.openCases).toEqual([]);
    expect(snapshot.lastContact).toBeNull();
    expect(snapshot.preferredChannel).toBeNull();
    expect(snapshot.contactStyle).toBeNull();
    expect(snapshot.marketingConsent.purposes).toHaveLength(2);
  });
});
