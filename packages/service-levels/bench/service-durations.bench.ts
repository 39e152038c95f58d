// Service durations of 100,000 cases in business time against the same figures in calendar
// time, in one run: every figure of `serviceDurations` (first reply, next reply, first and full
// resolution, requester wait, agent wait, on-hold) with `businessTimeMeasure` as the measure.
// The cases are made up, deterministically (a linear congruential generator): created from
// January to June 2026 (across New York's and London's spring-forward), each with an opening
// message, replies, a status history and about one in five reopened.
import type { Case, CaseStatus, Interaction } from "@rapport/core";
import { runSuite } from "../../../scripts/bench-harness.ts";
// metrics from its source: this package does not depend on it (metrics never depends on this one).
import { calendarAndBusinessDurations, serviceDurations } from "../../metrics/src/index.ts";
import { businessTimeBetween, businessTimeMeasure, defineSchedule } from "../src/index.ts";

const MINUTE = 60_000;
const CASES = 100_000;

let state = 7;
const random = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};
const minutes = (max: number) => Math.floor(random() * max) * MINUTE;

const cases: Case[] = [];
const interactions: Interaction[] = [];
const from = Date.UTC(2026, 0, 1);
for (let i = 0; i < CASES; i++) {
  const id = `c${i}` as Case["id"];
  const created = from + minutes(181 * 1440);
  const history: { status: CaseStatus; at: Date }[] = [];
  const say = (
    at: number,
    kind: "customer" | "agent",
    visibility: "public" | "private" = "public",
  ) =>
    interactions.push({
      id: `${id}-${interactions.length}`,
      customerId: "u1",
      caseId: id,
      channel: "email",
      direction: kind === "customer" ? "inbound" : "outbound",
      author: kind === "agent" ? { kind, id: `a${i % 40}` } : { kind },
      visibility,
      occurredAt: new Date(at),
      tags: [],
    } as unknown as Interaction);
  say(created, "customer");
  let t = created + minutes(3 * 1440);
  if (random() < 0.3) say(t - MINUTE, "agent", "private");
  history.push({ status: "open", at: new Date(created + MINUTE) });
  say(t, "agent");
  history.push({ status: "pending", at: new Date(t) });
  const rounds = Math.floor(random() * 3);
  for (let round = 0; round < rounds; round++) {
    t += minutes(2 * 1440);
    say(t, "customer");
    history.push({ status: "open", at: new Date(t) });
    if (random() < 0.2) {
      t += minutes(1440);
      history.push({ status: "on_hold", at: new Date(t) });
      t += minutes(2 * 1440);
      history.push({ status: "open", at: new Date(t) });
    }
    t += minutes(1440);
    say(t, "agent");
    history.push({ status: "pending", at: new Date(t) });
  }
  const solved = random() < 0.85;
  if (solved) {
    t += minutes(1440);
    history.push({ status: "solved", at: new Date(t) });
    if (random() < 0.2) {
      t += minutes(3 * 1440);
      say(t, "customer");
      history.push({ status: "open", at: new Date(t) });
      t += minutes(1440);
      say(t, "agent");
      history.push({ status: "solved", at: new Date(t) });
    }
  }
  cases.push({
    id,
    customerId: "u1",
    channel: "email",
    status: solved ? "solved" : "pending",
    priority: "normal",
    assigneeId: `a${i % 40}`,
    teamId: i % 2 === 0 ? "americas" : "emea",
    createdAt: new Date(created),
    reopenCount: 0,
    tags: [],
    statusHistory: history,
  } as unknown as Case);
}

const day = [{ from: "09:00", to: "17:00" }];
const weekdays = { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day };
const newYork = defineSchedule({
  timeZone: "America/New_York",
  weekly: weekdays,
  holidays: ["2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-07-03"].map((date) => ({
    date,
  })),
});
const london = defineSchedule({
  timeZone: "Europe/London",
  weekly: weekdays,
  holidays: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25"].map((date) => ({
    date,
  })),
});
const options = { interactions };
const oneSchedule = businessTimeMeasure(newYork);
const perTeam = businessTimeMeasure((c) => (c.teamId === "emea" ? london : newYork));

// Same figures both ways, checked once before timing: the per-case clock against
// businessTimeBetween on every span.
const viaBetween = serviceDurations(cases, {
  ...options,
  measure: (a, b) => businessTimeBetween(a, b, newYork),
});
const viaClock = serviceDurations(cases, { ...options, measure: oneSchedule });
if (JSON.stringify(viaBetween) !== JSON.stringify(viaClock)) {
  throw new Error("businessTimeMeasure and businessTimeBetween disagree");
}
const spans = interactions.length;
console.log(
  `${CASES.toLocaleString("en-US")} cases, ${spans.toLocaleString("en-US")} interactions; median first reply ${viaClock.firstReply.median?.toFixed(1)} business min (calendar ${serviceDurations(cases, options).firstReply.median?.toFixed(1)} min)`,
);

const results = runSuite({
  title: "Every service duration of 100,000 cases: business time vs calendar time",
  baseline: {
    name: "serviceDurations, calendar time",
    run: () => serviceDurations(cases, options),
  },
  cases: [
    {
      name: "serviceDurations, businessTimeMeasure(one schedule)",
      run: () => serviceDurations(cases, { ...options, measure: oneSchedule }),
    },
    {
      name: "serviceDurations, businessTimeMeasure(schedule of each case's team)",
      run: () => serviceDurations(cases, { ...options, measure: perTeam }),
    },
    {
      name: "calendarAndBusinessDurations (both, attributed once)",
      run: () => calendarAndBusinessDurations(cases, { ...options, business: oneSchedule }),
    },
    {
      name: "serviceDurations, businessTimeBetween as the measure (walks each span's days)",
      run: () =>
        serviceDurations(cases, {
          ...options,
          measure: (a, b) => businessTimeBetween(a, b, newYork),
        }),
    },
  ],
  samples: 7,
  warmup: 1,
  target: { maxRatio: 3 },
});
const worst = Math.max(results[1]!.ratio, results[2]!.ratio);
console.log(
  `business time ≤ 3× calendar time: ${worst <= 3 ? "yes" : "NO"} (${worst.toFixed(2)}×)`,
);
