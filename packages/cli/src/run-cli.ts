import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ImportLists } from "@rapport/source-kit";
import { expectedMessage } from "@rapport/stats";
import { createSqliteStore } from "@rapport/store-sql";
import { EXIT_CODES } from "./exit-codes";
import { mergeImports } from "./merge-imports";
import {
  type Command,
  type InputOptions,
  parseCommand,
  type ReportOptions,
  USAGE,
} from "./parse-command";
import { createProgressBar, type ProgressStream } from "./progress-bar";
import { InputFileError } from "./read-exports";
import { type Inputs, noRecordsLine, readInputs, rejectedLines, summarise } from "./read-inputs";
import { readSchedule } from "./read-schedule";
import { readWarehouseOf } from "./read-warehouse-of";
import { buildReport } from "./report/build-report";
import { renderHtmlReport } from "./report/html-report";
import { resolveCustomers } from "./report/identity-section";
import { summaryText } from "./report/summary-text";
import { reportJson } from "./report-json";
import { stripTerminalControls } from "./strip-terminal-controls";
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
const DEMO_FILES = [
  "zendesk-export.json",
  "intercom-export.json",
  "surveys.csv",
  "events.ndjson",
  "requests.csv",
];
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

/** Writes text that may carry data to the terminal, with every terminal control removed. */
const say = (stream: { write(text: string): unknown }, text: string) =>
  stream.write(stripTerminalControls(text));

async function writeOut(path: string, text: string) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

const progressBar = (options: InputOptions, io: CliIo) => (total: number) =>
  createProgressBar({
    stream: io.stderr,
    total,
    label: "importing",
    quiet: options.quiet,
  });

/**
 * Reads the inputs and says on stderr what was left out; null (after one line saying why) when
 * no record was imported at all.
 */
async function readAll(io: CliIo, reading: Promise<Inputs>): Promise<Inputs | null> {
  const inputs = await reading;
  for (const { file, reason } of inputs.unreadFiles)
    say(io.stderr, `rapport: ${file}: ${reason}\n`);
  for (const { file, reason } of inputs.warnings) {
    say(io.stderr, `rapport: warning: ${file}: ${reason}\n`);
  }
  if (inputs.records > 0) return inputs;
  for (const line of rejectedLines(inputs.files)) say(io.stderr, `${line}\n`);
  say(io.stderr, `rapport: ${noRecordsLine(inputs)}\n`);
  return null;
}

async function report(
  options: ReportOptions,
  io: CliIo,
  now: Date,
  sharedIds: boolean,
): Promise<number> {
  const inputs = await readAll(
    io,
    options.from
      ? readWarehouseOf(options).then((file) => summarise([file], []))
      : readInputs(options, { asOf: options.asOf ?? now, progress: progressBar(options, io) }),
  );
  if (inputs === null) return EXIT_CODES.failed;
  const { files } = inputs;
  const { lists, identity } = resolveCustomers(mergeImports(files, { sharedIds }));
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
    identity,
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  say(io.stdout, summaryText(data));
  await writeOut(options.out, await renderHtmlReport(data));
  say(io.stdout, `\nReport written to ${options.out}\n`);
  if (options.json !== null) {
    const json = reportJson(data, { unreadFiles: inputs.unreadFiles, warnings: inputs.warnings });
    await writeOut(options.json, `${JSON.stringify(json, null, 2)}\n`);
    say(io.stdout, `Figures written to ${options.json}\n`);
  }
  for (const problem of data.problems) {
    say(
      io.stderr,
      `${problem.file}: ${problem.entity} ${problem.sourceId ?? "(no id)"}: ${problem.field ? `${problem.field}: ` : ""}${problem.reason}\n`,
    );
  }
  return inputs.unreadFiles.length > 0 || data.problems.length > 0
    ? EXIT_CODES.partial
    : EXIT_CODES.ok;
}

async function importToStore(
  options: Extract<Command, { command: "import" }>["options"],
  io: CliIo,
  now: Date,
): Promise<number> {
  const inputs = await readAll(
    io,
    readInputs(options, { asOf: now, progress: progressBar(options, io) }),
  );
  if (inputs === null) return EXIT_CODES.failed;
  const lists = mergeImports(inputs.files);
  let store: Awaited<ReturnType<typeof createSqliteStore>>;
  try {
    // better-sqlite3 is loaded here, and only here: report and demo never need it.
    store = await createSqliteStore({ filename: options.store.slice("sqlite:".length) });
  } catch (error) {
    say(io.stderr, `rapport: ${options.store}: ${(error as Error).message}\n`);
    return EXIT_CODES.failed;
  }
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
      dataSubjectRequests: lists.dataSubjectRequests,
    });
    const stored = Object.values(reports).reduce((sum, r) => sum + r.stored, 0);
    say(io.stdout, `Stored ${stored} records in ${options.store}\n`);
    const problems = rejectedLines(inputs.files);
    for (const line of problems) say(io.stderr, `${line}\n`);
    return inputs.unreadFiles.length > 0 || problems.length > 0
      ? EXIT_CODES.partial
      : EXIT_CODES.ok;
  } finally {
    await store.close();
  }
}

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
  try {
    switch (command.command) {
      case "help":
        say(io.stdout, `${USAGE}\n`);
        return 0;
      case "version":
        say(io.stdout, `${VERSION}\n`);
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
      say(io.stderr, `rapport: ${error.message}\n`);
      return EXIT_CODES.failed;
    }
    throw error;
  }
}
