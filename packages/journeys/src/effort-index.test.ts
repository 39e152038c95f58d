import { customerId } from "@rapport/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOUR, kase, touch } from "./__fixtures__/journeys.fixture";
import { effortIndex } from "./effort-index";

// After every record of these tests.
const AS_OF = new Date("2024-04-01T00:00:00Z");

// Customer c1 has four cases. k1 is the eventful one (worked by hand below).
const k0 = kase({
  id: "k0",
  createdAt: "2024-02-20T09:00:00Z",
  solvedAt: "2024-02-23T09:00:00Z",
  tags: ["login"],
});
const k1 = kase({
  id: "k1",
  createdAt: "2024-03-01T09:00:00Z",
  solvedAt: "2024-03-03T09:00:00Z",
  tags: ["billing"],
  statusHistory: [
    { status: "new", at: "2024-03-01T09:00:00Z" },
    { status: "open", at: "2024-03-01T09:05:00Z" },
    { status: "solved", at: "2024-03-02T10:00:00Z" },
    { status: "open", at: "2024-03-02T12:00:00Z" },
    { status: "solved", at: "2024-03-03T09:00:00Z" },
  ],
});
const k2 = kase({
  id: "k2",
  createdAt: "2024-03-05T10:00:00Z",
  firstReplyAt: "2024-03-05T10:30:00Z",
  solvedAt: "2024-03-05T11:00:00Z",
  tags: ["billing"],
});
const k3 = kase({
  id: "k3",
  createdAt: "2024-03-11T09:00:00Z",
  status: "open",
  reopenCount: 2,
  tags: ["login"],
});
const cases = [k3, k1, k0, k2];
const interactions = [
  touch("k1", "customer", "email", "2024-03-01T09:00:00Z"),
  touch("k1", "customer", "email", "2024-03-01T10:00:00Z"),
  touch("k1", "agent", "email", "2024-03-01T13:00:00Z"),
  touch("k1", "agent", "email", "2024-03-01T13:30:00Z", {
    visibility: "private",
    transfer: { to: { kind: "team", id: "team_billing" } },
  }),
  touch("k1", "customer", "chat", "2024-03-01T15:00:00Z"),
  touch("k1", "system", "chat", "2024-03-01T15:01:00Z"),
  touch("k1", "bot", "chat", "2024-03-01T15:30:00Z"),
  touch("k1", "agent", "chat", "2024-03-01T16:00:00Z", {
    transfer: { from: { kind: "agent", id: "agt_1" }, to: { kind: "agent", id: "agt_2" } },
  }),
  touch("k1", "customer", "phone", "2024-03-02T09:00:00Z"),
  touch("k9", "customer", "sms", "2024-03-01T09:30:00Z"), // another case: ignored
];

describe("effortIndex of a case", () => {
  it("counts each component as worked out by hand", () => {
    const effort = effortIndex(k1, { asOf: AS_OF, interactions, cases });
    expect(effort.kind).toBe("case");
    expect(effort.components).toEqual({
      // i1, i2, i5, i9 (private notes and replies are not contacts).
      contacts: 4,
      // email, email, chat, phone: two switches.
      channelSwitches: 2,
      // the private hand-over to billing and the public agent-to-agent transfer.
      transfers: 2,
      // k2 opened 5 Mar, within 7 days of k1 being solved on 3 Mar; k3 (11 Mar) is not.
      repeatContacts: 1,
      // 09:00→13:00 (4 h; the 10:00 message waits with the first) + 15:00→15:30 bot reply
      // (the system message is no reply) + 2 Mar 09:00 unanswered until solved 3 Mar 09:00.
      waitingMs: 28.5 * HOUR,
      // statusHistory: solved → open once (reopenCount says 0).
      reopenings: 1,
    });
    // Composite: 20·(3/4) + 15·(2/3) + 15·(2/3) + 20·(1/2) + 15·(28.5/48) + 15·(1/2)
    //          = 15 + 10 + 10 + 10 + 8.90625 + 7.5 = 61.40625
    expect(effort.contributions.contacts).toBeCloseTo(15, 12);
    expect(effort.contributions.channelSwitches).toBeCloseTo(10, 12);
    expect(effort.contributions.transfers).toBeCloseTo(10, 12);
    expect(effort.contributions.repeatContacts).toBeCloseTo(10, 12);
    expect(effort.contributions.waitingMs).toBeCloseTo(8.90625, 12);
    expect(effort.contributions.reopenings).toBeCloseTo(7.5, 12);
    expect(effort.value).toBeCloseTo(61.40625, 12);
  });

  it("counts a case opened exactly at the end of the repeat window as a repeat", () => {
    // k0 solved 23 Feb 09:00 + 7 days = 1 Mar 09:00 (2024 is a leap year), when k1 opened.
    expect(effortIndex(k0, { asOf: AS_OF, interactions, cases }).components.repeatContacts).toBe(1);
    expect(
      effortIndex(k0, { asOf: AS_OF, interactions, cases, repeatWindowMs: 7 * 24 * HOUR - 1 })
        .components.repeatContacts,
    ).toBe(0);
  });

  it("falls back to the case's first reply time and reopen count without interactions", () => {
    const k2Effort = effortIndex(k2, { asOf: AS_OF, interactions, cases });
    expect(k2Effort.components).toEqual({
      contacts: 1,
      channelSwitches: 0,
      transfers: 0,
      repeatContacts: 1, // k3 opened 11 Mar, within 7 days of k2 solved 5 Mar
      waitingMs: 0.5 * HOUR,
      reopenings: 0,
    });
    expect(k2Effort.value).toBeCloseTo(10.15625, 12); // 15·(0.5/48) + 20·(1/2)
    expect(effortIndex(k3, { asOf: AS_OF, interactions, cases }).value).toBeCloseTo(15, 12); // 15·min(2/2, 1)
  });

  it("lets the caller say what the same issue is", () => {
    const sameTag = (a: { tags: string[] }, b: { tags: string[] }) =>
      a.tags.some((tag) => b.tags.includes(tag));
    const repeats = (record: typeof k0) =>
      effortIndex(record, { asOf: AS_OF, interactions, cases, sameIssue: sameTag }).components
        .repeatContacts;
    expect([k0, k1, k2].map(repeats)).toEqual([0, 1, 0]);
  });

  it("waits for an unanswered message until asOf when the case is unresolved", () => {
    const open = kase({ id: "k5", createdAt: "2024-03-01T09:00:00Z", status: "open" });
    const message = [touch("k5", "customer", "chat", "2024-03-01T09:00:00Z")];
    const options = { interactions: message, cases: [open] };
    // At the moment of the message itself the customer has not waited yet.
    expect(
      effortIndex(open, { ...options, asOf: new Date("2024-03-01T09:00:00Z") }).components
        .waitingMs,
    ).toBe(0);
    expect(
      effortIndex(open, { ...options, asOf: new Date("2024-03-01T21:00:00Z") }).components
        .waitingMs,
    ).toBe(12 * HOUR);
  });

  it("takes other weights and caps", () => {
    const weights = {
      contacts: 0,
      channelSwitches: 0,
      transfers: 0,
      repeatContacts: 0,
      reopenings: 0,
      waitingMs: 1,
    };
    // 100 · (28.5 / 48) = 59.375; with a 24 h cap the wait is maximal.
    expect(effortIndex(k1, { asOf: AS_OF, interactions, cases, weights }).value).toBeCloseTo(
      59.375,
      12,
    );
    expect(
      effortIndex(k1, { asOf: AS_OF, interactions, cases, weights, caps: { waitingMs: 24 * HOUR } })
        .value,
    ).toBe(100);
  });

  it("names the bad option", () => {
    expect(() =>
      effortIndex(k1, { asOf: AS_OF, interactions, cases, weights: { speed: 1 } as never }),
    ).toThrow(
      /options.weights: expected effort components \(one of "contacts" \| .*\), received "speed"/,
    );
    expect(() =>
      effortIndex(k1, { asOf: AS_OF, interactions, cases, caps: { transfers: 0 } }),
    ).toThrow(/options.caps.transfers: expected a positive finite number, received 0/);
    expect(() =>
      effortIndex(k1, {
        asOf: AS_OF,
        interactions,
        cases,
        weights: {
          contacts: 0,
          channelSwitches: 0,
          transfers: 0,
          repeatContacts: 0,
          waitingMs: 0,
          reopenings: 0,
        },
      }),
    ).toThrow(/options.weights: expected weights that are not all 0/);
    expect(() => effortIndex(k1, { asOf: AS_OF, interactions, cases, repeatWindowMs: -1 })).toThrow(
      /options.repeatWindowMs: expected a non-negative number/,
    );
    expect(() => effortIndex(k1, { asOf: AS_OF, interactions: undefined as never, cases })).toThrow(
      TypeError,
    );
    expect(() => effortIndex(k1, { asOf: AS_OF, interactions, cases: {} as never })).toThrow(
      /options.cases/,
    );
    // An invalid asOf would silently stop the wait of an unanswered message at 0.
    expect(() => effortIndex(k1, { interactions, cases, asOf: new Date("x") })).toThrow(
      new RangeError("effortIndex: options.asOf: expected a valid Date, received an invalid Date"),
    );
    // asOf is required: without it the wait of an unanswered message would have no end.
    expect(() => effortIndex(k1, { interactions, cases } as never)).toThrow(
      new TypeError(
        "effortIndex: options.asOf: expected a Date, received nothing (the field is missing)",
      ),
    );
  });
});

describe("effortIndex of a customer", () => {
  it("is the mean over the customer's cases, oldest first", () => {
    const effort = effortIndex(customerId("c1"), { asOf: AS_OF, interactions, cases });
    expect(effort.n).toBe(4);
    expect(effort.cases.map((c) => c.caseId)).toEqual(["k0", "k1", "k2", "k3"]);
    // k0 10 (one repeat), k1 61.40625, k2 10.15625, k3 15 -> 96.5625 / 4.
    expect(effort.value).toBeCloseTo(24.140625, 12);
    expect(effort.components?.contacts).toBe(1.75); // (1 + 4 + 1 + 1) / 4 contacts per case
    expect(effort.components?.reopenings).toBe(0.75);
    const sum = Object.values(effort.contributions ?? {}).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(effort.value!, 12);
  });

  it("is null with n 0 for a customer without cases", () => {
    expect(effortIndex(customerId("c2"), { asOf: AS_OF, interactions, cases })).toEqual({
      kind: "customer",
      customerId: "c2",
      n: 0,
      components: null,
      value: null,
      contributions: null,
      cases: [],
    });
  });

  it("does not mutate its inputs", () => {
    const before = structuredClone({ interactions, cases });
    effortIndex(customerId("c1"), { asOf: AS_OF, interactions, cases });
    expect({ interactions, cases }).toEqual(before);
  });
});

describe("effortIndex properties", () => {
  it("property: the composite stays within 0..100 and is the sum of its contributions", () => {
    const channels = ["email", "chat", "phone"] as const;
    const authors = ["customer", "agent", "bot", "system"] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            author: fc.constantFrom(...authors),
            channel: fc.constantFrom(...channels),
            minute: fc.integer({ min: 0, max: 10_000 }),
            transfer: fc.boolean(),
            private: fc.boolean(),
          }),
          { maxLength: 25 },
        ),
        fc.integer({ min: 0, max: 5 }),
        (specs, reopenCount) => {
          const record = kase({ id: "kp", createdAt: "2024-03-01T00:00:00Z", reopenCount });
          const list = specs.map((s) =>
            touch(
              "kp",
              s.author,
              s.channel,
              new Date(Date.UTC(2024, 2, 1) + s.minute * 60_000).toISOString(),
              {
                ...(s.private ? { visibility: "private" as const } : {}),
                ...(s.transfer ? { transfer: { to: { kind: "team" as const, id: "t" } } } : {}),
              },
            ),
          );
          const effort = effortIndex(record, { asOf: AS_OF, interactions: list, cases: [record] });
          expect(effort.value).toBeGreaterThanOrEqual(0);
          expect(effort.value).toBeLessThanOrEqual(100 + 1e-9);
          const sum = Object.values(effort.contributions).reduce((a, b) => a + b, 0);
          expect(sum).toBeCloseTo(effort.value, 9);
          expect(effort.components.waitingMs).toBeGreaterThanOrEqual(0);
          expect(effort.components.contacts).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
