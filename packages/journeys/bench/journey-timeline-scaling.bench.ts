// journeyTimelines from 10^4 to 2·10^6 events (20 events a customer), grouped by customer as an
// export gives them and in no particular order as a merged stream gives them: the cost per
// event, which stays flat when the work is linear, and the peak memory against the input's.
// A third order repeats the grouped sizes with a different input for every call, and two more
// run the largest grouped input as calls on slices of it (see ORDERS).
// Each size runs in its own Node process (a fresh heap, its own peak RSS); within it,
// journeyTimelines alternates with a linear baseline, one pass that reads each event's
// customer and time, so the ratio to it is read net of the machine's load.
//
// Why the baseline is steady: it allocates nothing, so when it simply followed
// journeyTimelines it was charged for the collection of journeyTimelines' garbage that fell in
// it, and at 10^6 and 2·10^6 events its spread was 61-63 %. Each timed run now starts after a
// full collection (outside the timing), so every run is charged for the collections its own
// allocations cause and for nothing else; and each run repeats the work over at least
// 4·10^6 events, so that no run is shorter than about 50 ms. A full collection still leaves
// its background threads sweeping the old generation after it returns; with the collection
// alone the baseline's spread was 48-120 % at 10^6 and 2·10^6 events, so the process runs
// with concurrent sweeping off and each run also waits (untimed) until the process is idle.
//
// bench-processes: 1 (each size and order already runs in a process of its own)
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { cpuNow, reportSuite, summarise } from "../../../scripts/bench-harness.ts";
import { defaultLifecycle, journeyTimelines } from "../src/index.ts";
import { journeyEvents, shuffled } from "./journey-events.ts";

const SIZES = [10_000, 100_000, 1_000_000, 2_000_000];
// The orders, and the sizes each is run at. "distinct": grouped input, but each run calls
// journeyTimelines once on each of 2·10^6 / size different inputs rather than repeating the
// call on one, so that at every size the events come from memory and not from the cache a
// previous call warmed; what then still grows with the size is the cost of the output.
// "sliced" and "sliced, kept": the largest grouped input again, but in calls on slices of
// SLICE events, each slice's timelines dropped or all of them kept, in processes of their own:
// the same work as one call, without (or with) its output kept alive while it runs.
const ORDERS = {
  grouped: SIZES,
  shuffled: SIZES,
  distinct: [10_000, 100_000, 2_000_000],
  sliced: [2_000_000],
  "sliced, kept": [2_000_000],
};
// The events of one call in the sliced orders.
const SLICE = 20_000;
const child = process.argv.indexOf("--events");

if (child < 0) {
  const rows: string[] = [];
  for (const [order, sizes] of Object.entries(ORDERS)) {
    // The smallest size's cost per event (journeyTimelines, linear pass), which each larger
    // size is judged against.
    let smallest: string[] = [];
    for (const size of sizes) {
      const run = spawnSync(
        process.execPath,
        [
          ...process.execArgv,
          "--expose-gc",
          // The sweeping that follows each untimed collection is then done by the main thread
          // when it next allocates, never by background threads during the next timed run
          // (see settle below).
          "--no-concurrent-sweeping",
          fileURLToPath(import.meta.url),
          "--events",
          `${size}`,
          order,
          ...smallest,
        ],
        { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
      );
      process.stdout.write(run.stdout.replace(/^(ROW|PER_EVENT) .*\n/gm, ""));
      const row = /^ROW (.*)$/m.exec(run.stdout)?.[1];
      if (row) rows.push(row);
      const perEvent = /^PER_EVENT (\S+) (\S+)$/m.exec(run.stdout);
      if (size === SIZES[0] && perEvent) smallest = ["--smallest", perEvent[1]!, perEvent[2]!];
    }
  }
  console.log("\n## journeyTimelines per event, and peak memory against the input's");
  console.log(
    "| events | order | journeyTimelines per event | linear pass per event (baseline) | ratio | input (heap) | peak RSS above the start | peak / input |",
  );
  console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows) console.log(row);
} else {
  const size = Number(process.argv[child + 1]);
  const order = process.argv[child + 2] ?? "";
  if (!(order in ORDERS))
    throw new Error(
      `--events: expected one of the orders ${Object.keys(ORDERS)
        .map((name) => `"${name}"`)
        .join(", ")}, received "${order}"`,
    );
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("run with --expose-gc (the parent process does)");
  const asOf = new Date(Date.UTC(2025, 6, 1));
  gc();
  const before = process.memoryUsage();
  const copies = order === "distinct" ? Math.max(1, Math.round(2_000_000 / size)) : 1;
  const inputs =
    order === "shuffled"
      ? [shuffled(journeyEvents(size / 20, 20))]
      : Array.from({ length: copies }, (_, copy) => journeyEvents(size / 20, 20, 42 + copy));
  gc();
  // The input's size: what its objects take on the heap once garbage is collected.
  const input = process.memoryUsage().heapUsed - before.heapUsed;
  const sliced = order.startsWith("sliced");
  const keep = order === "sliced, kept";
  const calls = sliced
    ? Array.from({ length: size / SLICE }, (_, at) =>
        inputs[0]!.slice(at * SLICE, (at + 1) * SLICE),
      )
    : inputs;
  // Every call of one run over the inputs, the timelines counted (and, sliced and kept, held
  // until the last call returns).
  const callAll = () => {
    let count = 0;
    const kept: unknown[] = [];
    for (const events of calls) {
      const timelines = journeyTimelines(defaultLifecycle, events, { asOf });
      count += timelines.length;
      if (keep) kept.push(timelines);
    }
    // A use of the kept timelines after the last call, so that they are alive until then.
    if (kept.length !== (keep ? calls.length : 0)) throw new Error("every slice's timelines kept");
    return count;
  };
  // The first calls, before any timing, for the peak.
  const timelines = callAll();
  const peak = process.resourceUsage().maxRSS * 1024 - before.rss;
  if (timelines !== (size / 20) * copies) throw new Error("one timeline per customer expected");
  // Each run covers at least 4·10^6 events, repeating the calls on small inputs.
  const repeat = Math.max(1, Math.round(4_000_000 / (size * copies)));
  const tasks = [
    {
      name: "one pass reading each event's customerId and occurredAt",
      run: () => {
        let sum = 0;
        for (let r = 0; r < repeat; r++)
          for (const events of inputs)
            for (const event of events) sum += event.occurredAt.getTime() + event.customerId.length;
        return sum;
      },
    },
    {
      name: sliced
        ? `journeyTimelines in ${calls.length} calls on slices of ${SLICE.toLocaleString("en-US")} events`
        : "journeyTimelines",
      run: () => {
        let sum = 0;
        for (let r = 0; r < repeat; r++) sum += callAll();
        return sum;
      },
    },
  ];
  // Nine rounds at every size: from 10^6 events on, a run of the linear pass reads every event
  // from memory and varies with what the other processes of the machine do to the caches, and
  // with five rounds one disturbed round was enough to take its spread over 30 %.
  const rounds = 9;
  const warmup = size >= 1_000_000 ? 1 : 3;
  const wall = tasks.map(() => [] as number[]);
  const cpu = tasks.map(() => [] as number[]);
  let sink = 0;
  // Waits, outside the timing, until the collector's background threads are done: a full
  // collection returns while they still sweep the old generation (500 MB at 2·10^6 events),
  // and that CPU time fell in whichever run came next. The process sleeps in steps of 20 ms
  // until two steps in a row cost it under 1 ms of CPU time (at most 3 s).
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const settle = () => {
    let quiet = 0;
    for (let step = 0; step < 150 && quiet < 2; step++) {
      const before = cpuNow();
      Atomics.wait(pause, 0, 0, 20);
      quiet = cpuNow() - before < 1 ? quiet + 1 : 0;
    }
  };
  const timeOnce = (index: number, record: boolean) => {
    gc(); // outside the timing: every run starts from a collected heap
    settle();
    const cpuStart = cpuNow();
    const start = performance.now();
    sink += tasks[index]!.run();
    const elapsed = performance.now() - start;
    const cpuElapsed = cpuNow() - cpuStart;
    if (record) {
      wall[index]!.push(elapsed);
      cpu[index]!.push(cpuElapsed);
    }
  };
  const indices = tasks.map((_, index) => index);
  for (const index of indices) for (let i = 0; i < warmup; i++) timeOnce(index, false);
  for (let round = 0; round < rounds; round++)
    for (const index of round % 2 === 0 ? indices : [...indices].reverse()) timeOnce(index, true);
  if (sink === -1) console.log(sink);
  // What each order runs, in words, for the suite's title.
  const customersInWords = `${(size / 20).toLocaleString("en-US")} customers × 20`;
  const eventsInWords = `${size.toLocaleString("en-US")} events`;
  const suiteTitle = () => {
    if (order === "distinct")
      return `${eventsInWords}, grouped, a call on each of ${copies} different inputs (${customersInWords} each), ${repeat} call(s) on each a run`;
    if (sliced) {
      const kept = keep
        ? "all their timelines kept until the last call returns"
        : "each slice's timelines dropped";
      return `${eventsInWords}, grouped (${customersInWords}), in calls on slices of ${SLICE.toLocaleString("en-US")} events, ${kept}, ${repeat} time(s) a run`;
    }
    return `${eventsInWords}, ${order} (${customersInWords}), ${repeat} call(s) a run`;
  };
  const record = summarise(
    {
      title: suiteTitle(),
      warmup,
    },
    tasks.map((task) => task.name),
    wall,
    cpu,
  );
  const [baseline, ours] = record.results;
  // Per event in CPU time, the figure judged across sizes.
  const perEvent = (ms: number) => (ms * 1e6) / (size * copies * repeat);
  const ns = (ms: number) => `${perEvent(ms).toFixed(0)} ns`;
  const oursNs = perEvent(ours!.cpu!.medianMs);
  const linearNs = perEvent(baseline!.cpu!.medianMs);
  console.log(`PER_EVENT ${oursNs} ${linearNs}`);
  // The target (the cost per event at most 1.5× that at 10^4 events) and, as a second line,
  // the same growth of the linear pass and the ratio to it, which tell work from memory.
  const given = process.argv.indexOf("--smallest");
  let growth = "";
  if (given >= 0) {
    const [smallOurs, smallLinear] = [1, 2].map((at) => Number(process.argv[given + at]));
    const factor = oursNs / smallOurs!;
    growth =
      ` Against 10,000 events: journeyTimelines costs ${factor.toFixed(2)}× as much an event (target ≤ 1.5×: ${factor <= 1.5 ? "✓" : "✗"}).` +
      ` Not the target, for reading it: the linear pass costs ${(linearNs / smallLinear!).toFixed(2)}× as much an event, and journeyTimelines is ${(oursNs / linearNs).toFixed(1)}× the linear pass here against ${(smallOurs! / smallLinear!).toFixed(1)}× at 10,000 events.`;
  }
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
  const memory =
    input > 4e6
      ? `input ${mb(input)} on the heap${copies > 1 ? ` (all ${copies} inputs)` : ""}, peak RSS ${mb(peak)} above the start, ${(peak / input).toFixed(2)}× the input`
      : `input ${mb(input)} on the heap, too small for the peak RSS to mean anything`;
  reportSuite({
    ...record,
    note: `Per event (CPU time): journeyTimelines ${ns(ours!.cpu!.medianMs)}, the linear pass ${ns(baseline!.cpu!.medianMs)}; ${memory}.${growth}`,
  });
  console.log(
    `ROW | ${size.toLocaleString("en-US")} | ${order === "distinct" ? "grouped, different inputs" : order} | ${ns(ours!.cpu!.medianMs)} | ${ns(baseline!.cpu!.medianMs)} | ${ours!.cpu!.ratio.toFixed(1)}× | ${mb(input)} | ${mb(peak)} | ${(peak / input).toFixed(2)}× |`,
  );
}
