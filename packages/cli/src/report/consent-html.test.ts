import { describe, expect, it } from "vitest";
import type { ConsentSection } from "./consent-data";
import { consentHtml } from "./consent-html";

const section: ConsentSection = {
  customers: 5,
  withRecords: 4,
  records: 9,
  period: "2024-03",
  previousPeriod: "2024-02",
  purposes: [
    {
      purpose: "marketing_email",
      allowed: {
        value: 40,
        successes: 2,
        n: 5,
        lower: 11.8,
        upper: 76.9,
        method: "wilson",
        smallSample: true,
      },
      granted: 2,
      denied: 2,
      undecided: 1,
      withdrawals: 1,
      previousWithdrawals: 0,
    },
  ],
  restricted: 1,
  objected: 0,
};

const style = { period: "month", locale: "en-GB" } as const;

describe("consentHtml", () => {
  it("shows each purpose's share with its interval and the counts", () => {
    const { html } = consentHtml(section, style);
    expect(html).toContain(
      '<th scope="row">marketing email</th><td><span class="figure">40.0 %</span> <small class="muted">(11.8 to 76.9), n = 5, small sample</small></td><td>2</td><td>2</td><td>1</td><td>1</td><td>0</td>',
    );
    expect(html).toContain("withdrawals Mar 2024");
    expect(html).toContain("1 customer has asked to restrict processing");
  });

  it("is left out without consent records", () => {
    expect(consentHtml(null, style).html).toBe(null);
  });
});
