import { parseSurveyResponse } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { SWISS } from "./__fixtures__/swiss";
import { keyDrivers } from "./key-drivers";

const DRIVERS = ["Agriculture", "Examination", "Education", "Catholic", "Infant.Mortality"];

describe("keyDrivers on R's swiss data", () => {
  it("LMG equals the Shapley decomposition of exact all-subsets R² from R's lm", () => {
    // Rscript -e 'd<-swiss; ys<-"Fertility"; xs<-c("Agriculture","Examination","Education",
    //   "Catholic","Infant.Mortality"); p<-length(xs); r2<-function(S){ if(length(S)==0)
    //   return(0); summary(lm(reformulate(xs[S],ys),data=d))$r.squared}; sh<-numeric(p);
    //   for(j in 1:p){ o<-setdiff(1:p,j); for(m in 0:(2^(p-1)-1)){ S<-o[bitwAnd(m,
    //   2^(0:(p-2)))>0]; s<-length(S); w<-factorial(s)*factorial(p-s-1)/factorial(p);
    //   sh[j]<-sh[j]+w*(r2(c(S,j))-r2(S))}}; print(sh,digits=12); print(r2(1:p),digits=12)'
    const result = keyDrivers(SWISS, { outcome: "Fertility", drivers: DRIVERS, bootstrap: 0 });
    const lmg = Object.fromEntries(result!.drivers.map((d) => [d.driver, d.lmg.value]));
    expect(lmg.Agriculture).toBeCloseTo(0.0570912207681, 10);
    expect(lmg.Examination).toBeCloseTo(0.1711730289002, 10);
    expect(lmg.Education).toBeCloseTo(0.2601346786244, 10);
    expect(lmg.Catholic).toBeCloseTo(0.1055701503735, 10);
    expect(lmg["Infant.Mortality"]).toBeCloseTo(0.1127659229265, 10);
    expect(result!.rSquared.value).toBeCloseTo(0.706735001593, 10);
    expect(result!.method).toBe("exact");
    expect(result!.drivers.map((d) => d.driver)[0]).toBe("Education");
    expect(result!.n).toBe(47);
  });

  it("Johnson's relative weights match R's eigen decomposition", () => {
    // Rscript -e 'd<-swiss; X<-d[,c("Agriculture","Examination","Education","Catholic",
    //   "Infant.Mortality")]; R<-cor(X); rxy<-cor(X,d$Fertility); e<-eigen(R);
    //   L<-e$vectors%*%diag(sqrt(e$values))%*%t(e$vectors); b<-solve(L)%*%rxy;
    //   print(as.vector((L^2)%*%(b^2)),digits=12)'
    const result = keyDrivers(SWISS, { outcome: "Fertility", drivers: DRIVERS, bootstrap: 0 });
    const rw = Object.fromEntries(result!.drivers.map((d) => [d.driver, d.relativeWeight.value]));
    expect(rw.Agriculture).toBeCloseTo(0.0484168958119, 9);
    expect(rw.Examination).toBeCloseTo(0.1547082498062, 9);
    expect(rw.Education).toBeCloseTo(0.271964104646, 9);
    expect(rw.Catholic).toBeCloseTo(0.1146800299476, 9);
    expect(rw["Infant.Mortality"]).toBeCloseTo(0.1169657213811, 9);
  });

  it("sampled LMG (above maxExact) comes close to the exact shares", () => {
    const result = keyDrivers(SWISS, {
      outcome: "Fertility",
      drivers: DRIVERS,
      bootstrap: 0,
      maxExact: 2,
      permutations: 3000,
      seed: 5,
    });
    expect(result!.method).toBe("sampled");
    const lmg = Object.fromEntries(result!.drivers.map((d) => [d.driver, d.lmg.value]));
    // Each share is the average of 3,000 orders; the sum is R² exactly in every order.
    expect(lmg.Education).toBeCloseTo(0.2601346786244, 2);
    expect(lmg.Agriculture).toBeCloseTo(0.0570912207681, 2);
    const total = Object.values(lmg).reduce((s, v) => s + v, 0);
    expect(total).toBeCloseTo(0.706735001593, 10);
  });

  it("splits effects at the midpoint as R's piecewise lm does", () => {
    // Midpoints of the observed ranges: Agriculture (1.2 + 89.7) / 2, Education (1 + 53) / 2.
    // Rscript -e 'd<-swiss; a<-d$Agriculture; e<-d$Education; f<-lm(d$Fertility ~
    //   pmin(a-45.45,0)+pmax(a-45.45,0)+pmin(e-27,0)+pmax(e-27,0)); print(unname(coef(f)),digits=12)'
    //   → 54.470255 0.00173649599333 -0.13254920622292 -1.06447564650478 -0.69799688833394
    const result = keyDrivers(SWISS, {
      outcome: "Fertility",
      drivers: ["Agriculture", "Education"],
      bootstrap: 0,
    });
    const education = result!.drivers.find((d) => d.driver === "Education")!;
    expect(education.midpoint).toBe(27);
    expect(education.slopeBelow).toBeCloseTo(-1.06447564650478, 8);
    expect(education.slopeAbove).toBeCloseTo(-0.69799688833394, 8);
    const agriculture = result!.drivers.find((d) => d.driver === "Agriculture")!;
    expect(agriculture.midpoint).toBeCloseTo(45.45, 12);
    expect(agriculture.slopeBelow).toBeCloseTo(0.00173649599333, 8);
    expect(agriculture.slopeAbove).toBeCloseTo(-0.13254920622292, 8);
    // Summary of lm(Fertility ~ Agriculture + Education): R² = 0.449248421923.
    expect(result!.rSquared.value).toBeCloseTo(0.449248421923, 10);
  });

  it("gives seeded bootstrap intervals that contain the estimate and repeat with the seed", () => {
    const options = { outcome: "Fertility", drivers: DRIVERS, bootstrap: 60, seed: 3 };
    const a = keyDrivers(SWISS, options)!;
    const b = keyDrivers(SWISS, options)!;
    expect(a).toEqual(b);
    for (const d of a.drivers) {
      expect(d.lmg.interval!.lower).toBeLessThan(d.lmg.value);
      expect(d.lmg.interval!.upper).toBeGreaterThan(d.lmg.value);
      expect(d.relativeWeight.interval!.method).toBe("percentile-bootstrap");
    }
  });
});

describe("keyDrivers on survey responses", () => {
  const response = (id: number, score: number, speed: number, tone: string) =>
    parseSurveyResponse({
      kind: "csat",
      scale: "five_point",
      score,
      id: `r${id}`,
      customerId: "c1",
      respondedAt: "2024-03-01T10:00:00Z",
      items: [
        { questionId: "speed", scale: "seven_point", score: speed },
        { questionId: "tone", scale: "three_point", score: tone },
      ],
    });

  it("reads items by question id, uses the scale midpoint, and counts incomplete rows", () => {
    const rows = [
      response(1, 5, 7, "great"),
      response(2, 2, 2, "okay"),
      response(3, 4, 5, "great"),
      response(4, 1, 1, "not_good"),
      response(5, 3, 4, "okay"),
      response(6, 4, 6, "okay"),
      parseSurveyResponse({
        kind: "csat",
        scale: "five_point",
        score: 3,
        id: "r7",
        customerId: "c1",
        respondedAt: "2024-03-01T10:00:00Z",
      }),
    ];
    const result = keyDrivers(rows, { outcome: "score", drivers: ["speed", "tone"], bootstrap: 0 });
    expect(result!.n).toBe(6);
    expect(result!.incomplete).toBe(1);
    expect(result!.drivers.find((d) => d.driver === "speed")!.midpoint).toBe(4);
    expect(result!.drivers.find((d) => d.driver === "tone")!.midpoint).toBe(2);
  });

  it("returns null with too few rows and names bad options", () => {
    expect(keyDrivers([{ y: 1, x: 2 }], { outcome: "y", drivers: ["x"] })).toBeNull();
    expect(() => keyDrivers([], { outcome: "y", drivers: [] })).toThrow(
      "keyDrivers: options.drivers: expected a non-empty array of keys, received an array of 0",
    );
    expect(() => keyDrivers([], { outcome: "y", drivers: ["y"] })).toThrow(RangeError);
    expect(() => keyDrivers([], { outcome: "y", drivers: ["x"], bootstrap: -1 })).toThrow(
      "keyDrivers: options.bootstrap: expected a whole number ≥ 0, received -1",
    );
  });
});

describe("keyDrivers with a yes/no driver", () => {
  it("enters it as one linear term and still splits the others", () => {
    // Rscript -e 'd<-swiss; a<-d$Agriculture; e<-d$Education; b<-as.integer(d$Catholic>50);
    //   f<-lm(d$Fertility ~ pmin(a-45.45,0)+pmax(a-45.45,0)+pmin(e-27,0)+pmax(e-27,0)+b);
    //   print(unname(coef(f)),digits=12)'
    //   → 48.390051519 -0.123907209635 -0.261999944183 -1.221967075736 -0.6891928134 10.787957576
    const rows = SWISS.map((row) => ({ ...row, catholic: (row.Catholic ?? 0) > 50 ? 1 : 0 }));
    const result = keyDrivers(rows, {
      outcome: "Fertility",
      drivers: ["Agriculture", "Education", "catholic"],
      bootstrap: 0,
    })!;
    const by = Object.fromEntries(result.drivers.map((d) => [d.driver, d]));
    expect(by.catholic!.slopeBelow).toBeNull();
    expect(by.catholic!.kind).toBeNull();
    expect(by.Agriculture!.slopeAbove).toBeCloseTo(-0.261999944183, 8);
    expect(by.Education!.slopeBelow).toBeCloseTo(-1.221967075736, 8);
    expect(by.Education!.slopeAbove).toBeCloseTo(-0.6891928134, 8);
  });
});
