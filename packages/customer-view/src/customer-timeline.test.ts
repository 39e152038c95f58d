import { customerId, parseInteraction } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { ada, sources } from "./__fixtures__/care-sources";
import { customerTimeline } from "./customer-timeline";

describe("customerTimeline", () => {
  it("orders everything that happened with one customer by time, across channels", () => {
    const timeline = customerTimeline(ada, sources);
    expect(timeline.map((item) => `${item.kind}:${item.record.id}`)).toEqual([
      // 2024-01-01T00:00Z: journey event, consent grant and transaction share the instant:
      // ordered by kind (journey, consent, transaction), as documented.
      "journeyEvent:ev_1",
      "consentEvent:ce_1",
      "transaction:tx_1",
      // 09:00Z: int_1, and int_3 written as 10:00+01:00 (the same instant), then the case
      // created at that instant (interactions come before cases), then int_2 at 09:30Z.
      "interaction:int_1",
      "interaction:int_3",
      "case:case_1",
      "interaction:int_2",
      "surveyResponse:r3",
      "surveyResponse:r4",
      "careGesture:g_1",
      "surveyResponse:r1",
      "surveyResponse:r2",
      "consentEvent:ce_2",
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
    expect(customerTimeline(customerId("nobody"), {})).toEqual([]);
  });

  it("refuses a customer id that is not a string, saying how to make one", () => {
    expect(() => customerTimeline(42 as never, sources)).toThrow(
      new TypeError(
        'customerTimeline: customerId: expected a CustomerId (make one with customerId("…")), received 42',
      ),
    );
  });
});
