import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { event, HOUR } from "./__fixtures__/journeys.fixture";
import { defaultLifecycle } from "./default-lifecycle";
import { type Funnel, type FunnelOptions, funnel } from "./funnel";
import type { JourneyTimeline } from "./journey-timeline";
import { journeyTimelines } from "./journey-timelines";

const STAGES = ["awareness", "consideration", "purchase", "onboarding"];
// Events may also name stages outside the funnel (one of them excluded in some runs).
const EVENT_STAGES = [...STAGES, "adoption", "churned"];
const START = Date.UTC(2024, 0, 1);
const at = (hours: number) => new Date(START + hours * HOUR);

/** Customers as lists of (stage, hour after 1 January 2024). */
const customersArb = fc.array(
  fc.array(fc.tuple(fc.constantFrom(...EVENT_STAGES), fc.integer({ min: 0, max: 40 * 24 })), {
    maxLength: 7,
  }),
  { maxLength: 12 },
);
const windowArb = fc.option(
  fc.integer({ min: 1, max: 15 * 24 }).map((h) => h * HOUR),
  {
    nil: undefined,
  },
);
const optionsArb = fc.record({
  asOfHours: fc.integer({ min: 0, max: 45 * 24 }),
  within: windowArb,
  stepWithin: fc.option(
    fc.array(fc.option(fc.integer({ min: 1, max: 10 * 24 }).map((h) => h * HOUR)), {
      minLength: 3,
      maxLength: 3,
    }),
    { nil: undefined },
  ),
  order: fc.constantFrom("ordered" as const, "any" as const),
  exclude: fc.boolean(),
});
type Drawn = {
  asOfHours: number;
  within: number | undefined;
  stepWithin: (number | null)[] | undefined;
  order: "ordered" | "any";
  exclude: boolean;
};

const eventsOf = (customers: [string, number][][]) =>
  customers.flatMap((list, c) =>
    list.map(([stage, h]) => event(`c${c}`, stage, at(h).toISOString())),
  );

const optionsOf = (drawn: Drawn): FunnelOptions => ({
  stages: STAGES,
  asOf: at(drawn.asOfHours),
  order: drawn.order,
  ...(drawn.within === undefined ? {} : { within: drawn.within }),
  ...(drawn.stepWithin === undefined ? {} : { stepWithin: drawn.stepWithin }),
  ...(drawn.exclude ? { exclude: ["churned"] } : {}),
});

const counts = (f: Funnel) => f.steps.map((s) => [s.reached, s.inProgress, s.dropped]);

/** The funnel of old, with no notion of censoring: reached by asOf, within `within` of the first step. */
function plainFunnel(timelines: readonly JourneyTimeline[], within: number | undefined) {
  const reached = STAGES.map(() => 0);
  let n = 0;
  for (const { periods } of timelines) {
    if (periods.length > 0) n++;
    let position = periods.findIndex((p) => p.stage === STAGES[0]);
    if (position < 0) continue;
    reached[0]!++;
    const start = periods[position]!.enteredAt.getTime();
    for (let step = 1; step < STAGES.length; step++) {
      const found = periods.findIndex((p, i) => i > position && p.stage === STAGES[step]);
      if (found < 0) break;
      if (within !== undefined && periods[found]!.enteredAt.getTime() - start > within) break;
      reached[step]!++;
      position = found;
    }
  }
  return { n, reached };
}

describe("funnel properties", () => {
  it("property: a customer is in progress exactly while the missed step's window is open", () => {
    fc.assert(
      fc.property(customersArb, optionsArb, (customers, drawn) => {
        const options = optionsOf(drawn);
        const asOfMs = options.asOf.getTime();
        const timelines = journeyTimelines(defaultLifecycle, eventsOf(customers), {
          asOf: at(45 * 24),
        });
        for (const timeline of timelines) {
          const alone = funnel(defaultLifecycle, [timeline], options);
          if (alone.excluded === 1) continue;
          const steps = alone.steps;
          const missed = steps.findIndex(
            (s, k) => k > 0 && s.reached === 0 && steps[0]!.reached === 1,
          );
          if (missed < 0) {
            expect(steps.every((s) => s.inProgress === 0 && s.dropped === 0)).toBe(true);
            continue;
          }
          // The path's times, from the entry into the funnel and the (single) gaps.
          const seen = timeline.periods.filter((p) => p.enteredAt.getTime() <= asOfMs);
          const entries = seen.filter((p) =>
            drawn.order === "any" ? STAGES.includes(p.stage) : p.stage === STAGES[0],
          );
          const startMs = entries[0]!.enteredAt.getTime();
          let previousMs = startMs;
          for (let k = 1; k < missed; k++) previousMs += steps[k]!.medianTimeFromPreviousMs!;
          const own = drawn.stepWithin?.[missed - 1] ?? null;
          const limits = [
            drawn.within === undefined ? Infinity : startMs + drawn.within,
            own === null ? Infinity : previousMs + own,
          ];
          const deadline = Math.min(...limits) === Infinity ? asOfMs : Math.min(...limits);
          const open = asOfMs < deadline;
          // Never dropped while the window is open; never in progress once it has closed.
          expect([steps[missed]!.inProgress, steps[missed]!.dropped]).toEqual(
            open ? [1, 0] : [0, 1],
          );
        }
      }),
      { numRuns: 25 },
    );
  });

  it("property: the counts add up, and the funnel is the sum of its customers", () => {
    fc.assert(
      fc.property(customersArb, optionsArb, (customers, drawn) => {
        const options = optionsOf(drawn);
        const timelines = journeyTimelines(defaultLifecycle, eventsOf(customers), {
          asOf: at(45 * 24),
        });
        const whole = funnel(defaultLifecycle, timelines, options);
        whole.steps.forEach((step, k) => {
          if (k > 0) {
            const previous = whole.steps[k - 1]!.reached;
            expect(step.reached + step.inProgress + step.dropped).toBe(previous);
          }
          if (step.fromPrevious.value !== null)
            expect(step.fromPrevious.value).toBeLessThanOrEqual(100);
          if (step.fromFirst.value !== null) expect(step.fromFirst.value).toBeLessThanOrEqual(100);
        });
        const sum = timelines
          .map((t) => funnel(defaultLifecycle, [t], options))
          .reduce(
            (acc, f) => ({
              n: acc.n + f.n,
              excluded: acc.excluded + f.excluded,
              counts: acc.counts.map((row, k) => row.map((x, i) => x + counts(f)[k]![i]!)),
            }),
            { n: 0, excluded: 0, counts: STAGES.map(() => [0, 0, 0]) },
          );
        expect({ n: whole.n, excluded: whole.excluded, counts: counts(whole) }).toEqual(sum);
        // The curve follows every customer who entered and was not excluded.
        expect(whole.curve.n).toBe(whole.steps[0]!.reached);
        expect(whole.curve.conversions).toBe(whole.steps.at(-1)!.reached);
      }),
      { numRuns: 25 },
    );
  });

  it("property: events after asOf change nothing", () => {
    fc.assert(
      fc.property(
        customersArb,
        optionsArb,
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom(...EVENT_STAGES),
            fc.integer({ min: 1, max: 20 * 24 }),
          ),
          {
            maxLength: 10,
          },
        ),
        (customers, drawn, extra) => {
          const options = optionsOf(drawn);
          const before = eventsOf(customers).filter((e) => e.occurredAt <= options.asOf);
          const later = extra.map(([c, stage, h]) =>
            event(`c${c % 14}`, stage, at(drawn.asOfHours + h).toISOString()),
          );
          const now = journeyTimelines(defaultLifecycle, before, { asOf: options.asOf });
          const afterwards = journeyTimelines(defaultLifecycle, [...before, ...later], {
            asOf: at(drawn.asOfHours + 30 * 24),
          });
          expect(funnel(defaultLifecycle, afterwards, options)).toEqual(
            funnel(defaultLifecycle, now, options),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it("property: with no censoring the result is the plain funnel", () => {
    fc.assert(
      fc.property(customersArb, windowArb, (customers, within) => {
        const events = eventsOf(customers);
        // Every window has closed: asOf is after the last event plus the window.
        const asOf = at(40 * 24 + 15 * 24 + 1);
        const timelines = journeyTimelines(defaultLifecycle, events, { asOf });
        const options = { stages: STAGES, asOf, ...(within === undefined ? {} : { within }) };
        const result = funnel(defaultLifecycle, timelines, options);
        const plain = plainFunnel(timelines, within);
        expect(result.n).toBe(plain.n);
        expect(result.steps.map((s) => s.reached)).toEqual(plain.reached);
        expect(result.steps.map((s) => s.inProgress)).toEqual([0, 0, 0, 0]);
        result.steps.forEach((step, k) => {
          const previous = k === 0 ? plain.n : plain.reached[k - 1]!;
          expect([step.fromPrevious.successes, step.fromPrevious.n]).toEqual([
            plain.reached[k],
            previous,
          ]);
          expect([step.fromFirst.successes, step.fromFirst.n]).toEqual([
            plain.reached[k],
            plain.reached[0],
          ]);
        });
        // Without a window, every step is decided at asOf: the plain funnel at any moment.
        const early = at(20 * 24);
        const soFar = journeyTimelines(defaultLifecycle, events, { asOf: early });
        const byThen = funnel(defaultLifecycle, soFar, { stages: STAGES, asOf: early });
        expect(byThen.steps.map((s) => s.reached)).toEqual(plainFunnel(soFar, undefined).reached);
        expect(byThen.steps.every((s) => s.inProgress === 0)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
