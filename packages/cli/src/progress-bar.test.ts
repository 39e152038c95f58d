import { describe, expect, it } from "vitest";
import { createProgressBar } from "./progress-bar";

function terminal(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, columns: 60, write: (text: string) => writes.push(text) }, writes };
}

describe("createProgressBar", () => {
  it("draws nothing during the first second", () => {
    const { stream, writes } = terminal(true);
    let time = 0;
    const bar = createProgressBar({ stream, total: 4, label: "importing", now: () => time });
    bar.update(1);
    time = 999;
    bar.update(2);
    bar.done();
    expect(writes).toEqual([]);
  });

  it("draws the share done after a second, then clears itself", () => {
    const { stream, writes } = terminal(true);
    let time = 0;
    const bar = createProgressBar({ stream, total: 4, label: "importing", now: () => time });
    time = 1500;
    bar.update(1, "a.json");
    expect(writes[0]).toContain("importing [########----------------------] 25% a.json");
    bar.done();
    expect(writes.at(-1)).toMatch(/^\r {59}\r$/);
  });

  it("stays silent when the stream is not a terminal, or when quiet", () => {
    for (const [isTTY, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const { stream, writes } = terminal(isTTY);
      const bar = createProgressBar({ stream, total: 1, label: "x", quiet, delayMs: 0 });
      bar.update(1);
      bar.done();
      expect(writes).toEqual([]);
    }
  });
});
