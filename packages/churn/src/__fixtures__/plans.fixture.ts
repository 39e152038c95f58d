// Days to cancellation of 24 made-up subscribers, 12 on a monthly plan and 12 on an annual
// one, followed for a year (`false`: still subscribed at the last look, censored). The worked
// example of "Comparing survival curves" in docs/churn.md. Written for these tests.
export const PLANS = {
  durations: [
    12, 30, 31, 45, 60, 60, 75, 90, 120, 150, 180, 200, 40, 95, 150, 200, 365, 365, 365, 300, 250,
    365, 365, 365,
  ],
  observed: [
    true,
    true,
    true,
    true,
    true,
    false,
    true,
    true,
    true,
    false,
    true,
    false,
    true,
    true,
    false,
    true,
    false,
    false,
    false,
    true,
    true,
    false,
    false,
    false,
  ],
  plan: [...new Array<string>(12).fill("monthly"), ...new Array<string>(12).fill("annual")],
} as const;
