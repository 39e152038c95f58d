import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { ImportLists } from "@rapport/source-kit";
import { expectedMessage } from "@rapport/stats";
import { createSqliteStore } from "@rapport/store-sql";
import { mergeImports } from "./merge-imports";
import { type Command, parseCommand, type ReportOptions, USAGE } from "./parse-command";
import { createProgressBar, type ProgressStream } from "./progress-bar";
import { InputFileError, readExports } from "./read-exports";
import { readSchedule } from "./read-schedule";
import { buildReport } from "./report/build-report";
import { renderHtmlReport } from "./report/html-report";
import { summaryText } from "./report/summary-text";
import { UsageError } from "./usage-error";

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

/**
 * The folder of sample exports that ship with the CLI, for `rapport demo`.
 *
 * @example
 * ```ts
 * import { join } from "node:path";
 * import { SAMPLES_DIR } from "@rapport/cli";
 * const zendeskSample = join(SAMPLES_DIR, "zendesk-export.json");
 * ```
 */
export const SAMPLES_DIR = join(moduleDir(), "..", "samples");
const DEMO_FILES = ["zendesk-export.json", "surveys.csv", "events.ndjson"];
// The demo shop's business hours (with England's public holidays) and SLA policy.
const DEMO_SCHEDULE = {
  schedule: "schedule.json",
  holidays: "GB-ENG",
  slaPolicy: "sla-policy.json",
};
// Read at run time so that the version printed is the one released.
const VERSION: string = createRequire(join(moduleDir(), "index.js"))("../package.json").version;

/** This module's folder: `__dirname` in the CommonJS build, `import.meta.url` in the ESM one. */
function moduleDir(): string {
  return typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));
}

function latestTime(lists: ImportLists): Date | null {
  let latest = Number.NEGATIVE_INFINITY;
  const see = (date: Date | undefined) => {
    if (date && date.getTime() > latest) latest = date.getTime();
  };
  for (const c of lists.cases) see(c.updatedAt ?? c.createdAt);
  for (const i of lists.interactions) see(i.occurredAt);
  for (const r of lists.surveyResponses) see(r.respondedAt);
  for (const e of lists.journeyEvents) see(e.occurredAt);
  return Number.isFinite(latest) ? new Date(latest) : null;
}

/** A file as the user would name it: relative to the working directory where that is shorter. */
function displayName(path: string): string {
  const shorter = relative(process.cwd(), path);
  return isAbsolute(path) && !shorter.startsWith("..") ? shorter : path;
}

async function writeOut(path: string, text: string) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

async function report(
  options: ReportOptions,
  io: CliIo,
  now: Date,
  sharedIds: boolean,
): Promise<number> {
  const progress = createProgressBar({
    stream: io.stderr,
    total: options.files.length,
    label: "importing",
    quiet: options.quiet,
  });
  const imported = await readExports(options, { asOf: options.asOf ?? now, progress });
  const files = imported.map((file) => ({ ...file, file: displayName(file.file) }));
  const lists = mergeImports(files, { sharedIds });
  const asOf = options.asOf ?? latestTime(lists) ?? now;
  // Holidays are expanded from the year of the first case to the year after the report's moment.
  const firstYear = Math.min(
    asOf.getUTCFullYear(),
    ...lists.cases.map((c) => c.createdAt.getUTCFullYear()),
  );
  const { schedule, policies } = await readSchedule(options, {
    from: `${firstYear}-01-01`,
    to: `${asOf.getUTCFullYear() + 1}-12-31`,
  });
  const data = buildReport(lists, files, {
    asOf,
    timeZone: options.timeZone,
    period: options.period,
    title: options.title,
    schedule,
    policies,
  });
  io.stdout.write(summaryText(data));
  await writeOut(options.out, await renderHtmlReport(data));
  io.stdout.write(`\nReport written to ${options.out}\n`);
  if (options.json !== null) {
    await writeOut(options.json, `${JSON.stringify(data, null, 2)}\n`);
    io.stdout.write(`Figures written to ${options.json}\n`);
  }
  for (const problem of data.problems) {
    io.stderr.write(
      `${problem.file}: ${problem.entity} ${problem.sourceId ?? "(no id)"}: ${problem.field ? `${problem.field}: ` : ""}${problem.reason}\n`,
    );
  }
  return data.problems.length > 0 ? 1 : 0;
}

async function importToStore(
  options: Extract<Command, { command: "import" }>["options"],
  io: CliIo,
  now: Date,
): Promise<number> {
  const progress = createProgressBar({
    stream: io.stderr,
    total: options.files.length,
    label: "importing",
    quiet: options.quiet,
  });
  const files = await readExports(options, { asOf: now, progress });
  const lists = mergeImports(files);
  const store = await createSqliteStore({ filename: options.store.slice("sqlite:".length) });
  try {
    // One transaction for the whole import: stopped midway, it leaves nothing behind.
    const { reports } = await store.forTenant(options.tenant).upsertAll({
      customers: lists.customers,
      cases: lists.cases,
      interactions: lists.interactions,
      surveyResponses: lists.surveyResponses,
      journeyEvents: lists.journeyEvents,
      consentEvents: lists.consentEvents,
      transactions: lists.transactions,
    });
    const stored = Object.values(reports).reduce((sum, r) => sum + r.stored, 0);
    io.stdout.write(`Stored ${stored} records in ${options.store}\n`);
    const problems = files.flatMap(({ file, result }) =>
      result.report.records
        .filter((r) => r.status === "rejected")
        .map(
          (r) =>
            `${file}: ${r.entity} ${r.sourceId ?? "(no id)"}: ${r.field ? `${r.field}: ` : ""}${r.reason ?? ""}`,
        ),
    );
    for (const line of problems) io.stderr.write(`${line}\n`);
    return problems.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

/**
 * Runs the `rapport` command line and returns its exit code: 0 success, 1 bad input (one line
 * per problem on stderr, naming file, record and field), 2 usage. The clock is read once, when
 * the run starts.
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
    io.stderr.write(`rapport: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    switch (command.command) {
      case "help":
        io.stdout.write(`${USAGE}\n`);
        return 0;
      case "version":
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case "report":
        return await report(command.options, io, now, false);
      case "demo":
        return await report(
          {
            ...command.options,
            files: DEMO_FILES.map((file) => join(SAMPLES_DIR, file)),
            source: null,
            csvKind: null,
            schedule: join(SAMPLES_DIR, DEMO_SCHEDULE.schedule),
            holidays: DEMO_SCHEDULE.holidays,
            slaPolicy: join(SAMPLES_DIR, DEMO_SCHEDULE.slaPolicy),
          },
          io,
          now,
          true,
        );
      case "import":
        return await importToStore(command.options, io, now);
    }
  } catch (error) {
    if (error instanceof InputFileError) {
      io.stderr.write(`rapport: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
