/**
 * Where a progress bar writes: stderr, or anything with `write` and a TTY flag.
 *
 * @example
 * ```ts
 * import type { ProgressStream } from "@rapport/cli";
 * const stream: ProgressStream = process.stderr;
 * ```
 */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * A progress bar on a terminal stream, for work that takes more than a second. It draws
 * nothing for work that finishes sooner, nothing when the stream is not a terminal (logs and
 * pipes stay clean) and nothing when `quiet` is set.
 *
 * @example
 * ```ts
 * import { createProgressBar } from "@rapport/cli";
 * const bar = createProgressBar({ stream: process.stderr, total: 3, label: "importing" });
 * for (let i = 1; i <= 3; i++) bar.update(i);
 * bar.done();
 * ```
 */
export interface ProgressBar {
  /** Reports how many units are done. */
  update(done: number, detail?: string): void;
  /** Clears the bar. */
  done(): void;
}

/**
 * Options of {@link createProgressBar}.
 *
 * @example
 * ```ts
 * import type { ProgressBarOptions } from "@rapport/cli";
 * const options: ProgressBarOptions = { stream: process.stderr, total: 10, label: "reading" };
 * ```
 */
export interface ProgressBarOptions {
  readonly stream: ProgressStream;
  readonly total: number;
  readonly label: string;
  readonly quiet?: boolean;
  /** Milliseconds before the bar first shows (default 1000). */
  readonly delayMs?: number;
  /** The clock, in milliseconds (default `Date.now`). */
  readonly now?: () => number;
}

/**
 * Creates a {@link ProgressBar}.
 *
 * @example
 * ```ts
 * import { createProgressBar } from "@rapport/cli";
 * const bar = createProgressBar({ stream: process.stderr, total: 100, label: "importing" });
 * bar.update(50, "tickets.json");
 * bar.done();
 * ```
 */
export function createProgressBar(options: ProgressBarOptions): ProgressBar {
  const { stream, total, label } = options;
  const now = options.now ?? Date.now;
  const start = now();
  const enabled = !options.quiet && stream.isTTY === true;
  const delay = options.delayMs ?? 1000;
  let drawn = false;

  return {
    update(done, detail = "") {
      if (!enabled || now() - start < delay) return;
      const width = 30;
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(share * width);
      const line = `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round(share * 100)}% ${detail}`;
      const columns = stream.columns ?? 80;
      stream.write(
        `\r${line.slice(0, columns - 1).padEnd(Math.min(columns - 1, line.length + 2))}`,
      );
      drawn = true;
    },
    done() {
      if (drawn) stream.write(`\r${" ".repeat((stream.columns ?? 80) - 1)}\r`);
      drawn = false;
    },
  };
}
