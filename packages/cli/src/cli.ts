#!/usr/bin/env node
import { runCli } from "./run-cli";
import { stripTerminalControls } from "./strip-terminal-controls";

// The entry point: the one place that reads the system clock, handed to the runner.
runCli(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr },
  { now: () => new Date() },
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure: one line, not a stack trace, unless asked for.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(stripTerminalControls(`rapport: unexpected error: ${message}\n`));
    if (process.env["RAPPORT_DEBUG"]) console.error(error);
    process.exitCode = 1;
  },
);
