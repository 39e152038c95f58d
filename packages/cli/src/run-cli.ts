import { createRequire } from "node:module";
import { join } from "node:path";
import { expectedMessage } from "@rapport/stats";
import type { CliIo, CliOptions } from "./cli-io";
import { EXIT_CODES } from "./exit-codes";
import { type Command, parseCommand, USAGE } from "./parse-command";
import { moduleDir } from "./samples-dir";
import { say } from "./say";
import { UsageError } from "./usage-error";

// Read at run time so that the version printed is the one released.
const VERSION: string = createRequire(join(moduleDir(), "index.js"))("../package.json").version;

/**
 * Runs the `rapport` command line and returns its exit code ({@link EXIT_CODES}): 0 every file
 * read and every record imported; 1 nothing imported (or a file the run needs unreadable), no
 * report written; 2 usage (no arguments, a bad flag); 3 the report written from the good files
 * and records, with each file left out and each record rejected on its own line of stderr. The
 * clock is read once, when the run starts.
 *
 * @example
 * ```ts
 * import { runCli } from "@rapport/cli";
 * const code = await runCli(
 *   ["report", "export.json", "--json", "report.json"],
 *   { stdout: process.stdout, stderr: process.stderr },
 *   { now: () => new Date() },
 * );
 * process.exitCode = code;
 * ```
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  options: CliOptions,
): Promise<number> {
  if (typeof options?.now !== "function") {
    throw new TypeError(expectedMessage("runCli: options.now", "a clock () => Date", options?.now));
  }
  // The moment of the run: the clock is read once, when it starts.
  const now = options.now();
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(io.stderr, `rapport: ${error.message}\n\n${USAGE}\n`);
    return EXIT_CODES.usage;
  }
  if (command.command === "help") {
    say(io.stdout, `${USAGE}\n`);
    return 0;
  }
  if (command.command === "version") {
    say(io.stdout, `${VERSION}\n`);
    return 0;
  }
  // Loaded here, not at the top: the importers, the report and its charts take most of the
  // CLI's start-up, and usage, help and version need none of them.
  const { runDataCommand } = await import("./run-command");
  return runDataCommand(command, io, now);
}
