// nextSendTime against a minute-by-minute walk (the obvious way to honour quiet hours across
// DST: step one minute at a time until the wall clock leaves the window), for 500 instants
// spread over a spring-forward night in Berlin.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { nextSendTime } from "../src/index.ts";

const zone = "Europe/Berlin";
const quiet = { start: "21:00", end: "08:00" };
const nows = Array.from(
  { length: 500 },
  (_, i) => new Date(Date.UTC(2026, 2, 28, 19) + i * 97_000),
);
const format = new Intl.DateTimeFormat("en-GB", {
  timeZone: zone,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const quietAt = (t: number) => {
  const [h, m] = format.format(new Date(t)).split(":").map(Number) as [number, number];
  const minute = h * 60 + m;
  return minute >= 21 * 60 || minute < 8 * 60;
};

runSuite({
  title: "nextSendTime, 500 instants over a spring-forward night (Europe/Berlin, 21:00-08:00)",
  baseline: {
    name: "minute-by-minute walk",
    run: () =>
      nows.map((now) => {
        let t = now.getTime();
        while (quietAt(t)) t += 60_000;
        return t;
      }),
  },
  cases: [
    {
      name: "nextSendTime",
      run: () => nows.map((now) => nextSendTime(quiet, { asOf: now, timeZone: zone })),
    },
  ],
  samples: 9,
});
