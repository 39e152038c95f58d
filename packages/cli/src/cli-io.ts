import type { ProgressStream } from "./progress-bar";

/**
 * Where the CLI writes: its output, and its errors and progress.
 *
 * @example
 * ```ts
 * import type { CliIo } from "@rapport/cli";
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr };
 * ```
 */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: ProgressStream;
}

/**
 * What {@link runCli} runs with besides its arguments and streams: the clock. The runner reads
 * it once, when it starts, and that moment is the `asOf` of the whole run (the import's
 * clock, and the report's moment unless `--as-of` or the data say otherwise).
 *
 * @example
 * ```ts
 * import type { CliOptions } from "@rapport/cli";
 * const options: CliOptions = { now: () => new Date("2024-07-01T00:00:00Z") };
 * ```
 */
export interface CliOptions {
  /** The clock; `bin/rapport` passes the system clock, tests a fixed one. */
  readonly now: () => Date;
}
