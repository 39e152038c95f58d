// What the commands that read data do: report, demo and import. It is loaded only when one of
// them runs (runCli imports it dynamically), so that usage, help and version load none of the
// importers, the report or its charts.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ImportLists } from "@rapport/source-kit";
import { createSqliteStore } from "@rapport/store-sql";
import type { CliIo } from "./cli-io";
import { EXIT_CODES } from "./exit-codes";
import { InputFileError } from "./input-file-error";
import { mergeImports } from "./merge-imports";
import type { Command, InputOptions, ReportOptions } from "./parse-command";
import { createProgressBar } from "./progress-bar";
import { type Inputs, noRecordsLine, readInputs, rejectedLines, summarise } from "./read-inputs";
import { readSchedule } from "./read-schedule";
import { readWarehouseOf } from "./read-warehouse-of";
import { buildReport } from "./report/build-report";
import { renderHtmlReport } from "./report/html-report";
import { resolveCustomers } from "./report/identity-section";
import { summaryText } from "./report/summary-text";
import { reportJson } from "./report-json";
import { SAMPLES_DIR } from "./samples-dir";
import { say } from "./say";

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

/** A command that reads data: every command but help and version. */
export type DataCommand = Exclude<Command, { command: "help" | "version" }>;

/**
 * Runs a command that reads data and returns its exit code; a file the run cannot read at all
 * ends it with one line naming the file and exit code 1.
 *
 * @example
 * ```ts
 * // runCli loads this module only for report, demo and import:
 * const { runDataCommand } = await import("./run-command");
 * const code = await runDataCommand(command, io, new Date());
 * ```
 */
export async function runDataCommand(command: DataCommand, io: CliIo, now: Date): Promise<number> {
  try {
    switch (command.command) {
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
