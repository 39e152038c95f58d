/**
 * The exit codes of `rapport`, as `docs/cli.md` lists them:
 *
 * - `ok` (0): every file was read and every record imported (warnings, such as a payload with
 *   0 records beside others that have some, go to stderr and do not change it);
 * - `failed` (1): nothing to report: no record was imported from any file, or a file the run
 *   needs (`--schedule`, `--sla-policy`, `--layout`, the `--from` warehouse) cannot be read; no
 *   report is written, and the last line on stderr says why;
 * - `usage` (2): the command line cannot be run as written (no arguments, an unknown command or
 *   option, a bad value); the usage follows on stderr;
 * - `partial` (3): the report was written from the good files and records, but some files could
 *   not be read or some records were rejected: each is one line on stderr and is listed in the
 *   `--json` figures (`unreadFiles`, `problems`).
 *
 * @example
 * ```ts
 * import { EXIT_CODES, runCli } from "@rapport/cli";
 * const code = await runCli(["demo", "--quiet"], { stdout: process.stdout, stderr: process.stderr }, { now: () => new Date() });
 * if (code === EXIT_CODES.partial) console.warn("the report leaves some input out");
 * ```
 */
export const EXIT_CODES = { ok: 0, failed: 1, usage: 2, partial: 3 } as const;
