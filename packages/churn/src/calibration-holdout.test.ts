import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CDNOW_DIR, FIXTURE_LOG, parseCdnowLog, SKIP_NOTICE } from "./__fixtures__/cdnow.fixture";
import { calibrationHoldout } from "./calibration-holdout";
import { cumulativeTransactions } from "./cumulative-transactions";
import { holdoutValidation } from "./holdout-validation";

const cdnowAvailable = existsSync(new URL("CDNOW_sample.txt", CDNOW_DIR));
if (!cdnowAvailable) console.warn(`calibration-holdout.test.ts: ${SKIP_NOTICE}`);

// fitBgNbd on cdnow_customers_summary.csv (see bg-nbd.test.ts).
const CDNOW_FIT = {
  r: 0.24259289847381552,
  alpha: 4.413531423517028,
  a: 0.792886045546799,
  b: 2.4257532871717524,
};
const CAL_END = new Date("1997-09-30T00:00:00Z");
const OBS_END = new Date("1998-06-30T00:00:00Z");
const OPTIONS = {
  calibrationEnd: CAL_END,
  observationEnd: OBS_END,
  unit: "day",
  multiplier: 7,
} as const;

// The shared fixture log plus a holdout: customer 2 buys twice on one day (12.00 and 18.00,
// one period, mean 15.00), customer 5 first buys in the holdout, customer 3 after the end.
const LOG = `${FIXTURE_LOG.trim()}
 00021 0002 19980105  1   12.00
 00021 0002 19980105  1   18.00
 00099 0005 19980105  1   10.00
 00050 0003 19980701  1   10.00
`;

describe("calibrationHoldout", () => {
  it("splits the fixture log as worked out by hand", () => {
    const { customers, skipped } = calibrationHoldout(parseCdnowLog(LOG), OPTIONS);
    // Calibration as the fixture summary (rfmSummary); the holdout runs 1997-10-01 … 1998-06-30,
    // 273 days = 39 weeks. Customer 1: Dec 12 (26.48). Customer 2: one period, mean 15.00.
    expect(customers.map((c) => String(c.customerId))).toEqual(["1", "2", "3", "4"]);
    expect(customers.map((c) => c.frequency)).toEqual([2, 1, 0, 1]);
    expect(customers.map((c) => c.frequencyHoldout)).toEqual([1, 1, 0, 0]);
    expect(customers.map((c) => c.monetaryValueHoldout)).toEqual([2648, 1500, 0, 0]);
    expect(customers.every((c) => c.durationHoldout === 39)).toBe(true);
    expect(customers[0]!.T).toBeCloseTo(272 / 7, 12);
    expect(skipped.map((s) => s.reason)).toEqual([
      "after observationEnd (1998-06-30T00:00:00.000Z)",
      "first purchase after calibrationEnd: not in the calibration summary",
    ]);
  });

  it("rejects an observation end that is not after the calibration end", () => {
    expect(() => calibrationHoldout([], { ...OPTIONS, observationEnd: CAL_END })).toThrow(
      /calibrationHoldout: options.observationEnd: expected an instant after calibrationEnd/,
    );
    expect(() => calibrationHoldout([], { ...OPTIONS, unit: "month" as never })).toThrow(
      RangeError,
    );
    expect(calibrationHoldout([], OPTIONS)).toEqual({ customers: [], skipped: [] });
  });
});

describe("holdoutValidation", () => {
  it("computes errors and buckets by hand on two customers", () => {
    const params = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
    const v = holdoutValidation(
      params,
      [
        { frequency: 2, recency: 30.43, T: 38.86, frequencyHoldout: 3, durationHoldout: 39 },
        { frequency: 0, recency: 0, T: 38.86, frequencyHoldout: 0, durationHoldout: 39 },
      ],
      { maxFrequency: 1 },
    );
    const [e1, e2] = v.expected;
    // E[Y(39) | 2, 30.43, 38.86] = 1.226 (lifetimes' README value for customer 1, see expectedPurchases).
    expect(e1).toBeCloseTo(1.226, 3);
    expect(v.meanAbsoluteError).toBeCloseTo((3 - e1! + e2!) / 2, 12);
    expect(v.rootMeanSquaredError).toBeCloseTo(Math.sqrt(((3 - e1!) ** 2 + e2! ** 2) / 2), 12);
    expect(v.byFrequency).toEqual([
      { frequency: 0, andAbove: false, n: 1, meanActual: 0, meanExpected: e2 },
      { frequency: 1, andAbove: true, n: 1, meanActual: 3, meanExpected: e1 },
    ]);
    const empty = holdoutValidation(params, []);
    expect(empty.meanAbsoluteError).toBeNull();
    expect(() =>
      holdoutValidation(params, [
        { frequency: 0, recency: 0, T: 1, frequencyHoldout: 0.5, durationHoldout: 1 },
      ]),
    ).toThrow(
      "holdoutValidation: customers[0].frequencyHoldout: expected a whole number ≥ 0, received 0.5",
    );
  });
});

describe.skipIf(!cdnowAvailable)("calibration and holdout on CDNOW (../shared/data/cdnow)", () => {
  // Independent computation in plain Python (datetime.date periods, lifetimes' definitions:
  // calibration ≤ 1997-09-30, holdout in (1997-09-30, 1998-06-30], distinct holdout days,
  // mean of the holdout transactions' amounts), and the BG/NBD expectations with
  // scipy.special.hyp2f1 at the calibration fit (r 0.242593, α 4.413531, a 0.792886, b 2.425753).
  const log = cdnowAvailable
    ? parseCdnowLog(readFileSync(new URL("CDNOW_sample.txt", CDNOW_DIR), "utf8"))
    : [];

  it("matches the Python computation for all 2,357 customers", () => {
    const { customers } = calibrationHoldout(log, OPTIONS);
    expect(customers).toHaveLength(2357);
    const ids = customers.map((c) => Number(c.customerId));
    const fh = customers.map((c) => c.frequencyHoldout);
    const mh = customers.map((c) => c.monetaryValueHoldout);
    const sum = (v: number[]) => v.reduce((s, e) => s + e, 0);
    expect(sum(customers.map((c) => c.frequency))).toBe(2457);
    expect(sum(fh)).toBe(1882);
    expect(sum(fh.map((f) => f * f))).toBe(11474);
    // Σ id·fh pins every customer's count to its id.
    expect(sum(fh.map((f, i) => f * ids[i]!))).toBe(2318198);
    expect(fh.filter((f) => f > 0)).toHaveLength(684);
    expect(sum(mh)).toBeCloseTo(2490108.024416092, 4);
    expect(sum(mh.map((m, i) => m * ids[i]!))).toBeCloseTo(2971185792.315098, 1);
    expect(customers.every((c) => c.durationHoldout === 39)).toBe(true);
    const top = customers.find((c) => String(c.customerId) === "1203")!;
    expect([top.frequency, top.frequencyHoldout, top.monetaryValueHoldout]).toEqual([
      6, 34, 3238.8,
    ]);
  });

  it("validates the calibration fit on the holdout as the Python computation does", () => {
    const { customers } = calibrationHoldout(log, OPTIONS);
    // The fit to the published (rounded) calibration summary, as in the Python computation.
    const v = holdoutValidation(CDNOW_FIT, customers);
    // python3: Σ expected 1653.4161472531198, MAE 0.7854543962009661, RMSE 1.6079822763255958.
    expect(v.totalActual).toBe(1882);
    expect(v.totalExpected).toBeCloseTo(1653.4161472531198, 5);
    expect(v.meanAbsoluteError).toBeCloseTo(0.7854543962009661, 8);
    expect(v.rootMeanSquaredError).toBeCloseTo(1.6079822763255958, 8);
    // Buckets x = 0…6 and ≥ 7: n, mean actual, mean expected.
    const python: [number, number, number][] = [
      [1411, 0.23671155209071582, 0.22508598689034945],
      [439, 0.6970387243735763, 0.5231267764820646],
      [214, 1.3925233644859814, 1.0441369602464137],
      [100, 1.56, 1.520291269310802],
      [62, 2.532258064516129, 2.1638879869886836],
      [38, 2.9473684210526314, 2.6538768935050085],
      [29, 3.8620689655172415, 3.5040887704517996],
      [64, 6.359375, 6.157277765028229],
    ];
    expect(v.byFrequency).toHaveLength(8);
    v.byFrequency.forEach((b, k) => {
      expect(b.n).toBe(python[k]![0]);
      expect(b.meanActual).toBeCloseTo(python[k]![1], 12);
      expect(b.meanExpected).toBeCloseTo(python[k]![2], 8);
    });
  });

  it("tracks cumulative repeat transactions as the Python computation does", () => {
    const params = {
      r: 0.24259289847381552,
      alpha: 4.413531423517028,
      a: 0.792886045546799,
      b: 2.4257532871717524,
    };
    const curve = cumulativeTransactions(params, log, {
      observationEnd: OBS_END,
      unit: "day",
      multiplier: 7,
    });
    // python3: 77 weekly points from 1997-01-01; (t, actual, expected) at weeks 1, 39 and 77:
    // (1, 0, 4.405519003169759), (39, 2457, 2501.5387981184103), (77, 4311, 4130.191966596014).
    expect(curve).toHaveLength(77);
    for (const [k, t, actual, expected] of [
      [0, 1, 0, 4.405519003169759],
      [38, 39, 2457, 2501.5387981184103],
      [76, 77, 4311, 4130.191966596014],
    ] as const) {
      expect(curve[k]!.t).toBe(t);
      expect(curve[k]!.actual).toBe(actual);
      expect(curve[k]!.expected).toBeCloseTo(expected, 6);
    }
  });
});
