import { parseArgs } from "node:util";
import { CALENDAR_PERIODS, type CalendarPeriod, isTimeZone } from "@rapport/core";
import { expectedMessage, oneOf as oneOfText } from "@rapport/stats";
import { checkTenant, DEFAULT_TENANT } from "@rapport/store";
import { SOURCES, type SourceName } from "./sources";
import { UsageError } from "./usage-error";

/**
 * The usage text printed by `rapport --help` and after a usage error.
 *
 * @example
 * ```ts
 * import { USAGE } from "@rapport/cli";
 * console.log(USAGE);
 * ```
 */
export const USAGE = `Usage:
  rapport report <files…> [--source zendesk|intercom|freshdesk|chatwoot|helpscout|segment|csv] [--csv-kind surveyResponses|interactions|cases]
                          [--time-zone <IANA zone>] [--period ${CALENDAR_PERIODS.join("|")}] [--as-of <ISO date-time>]
                          [--locale <BCP 47 tag, e.g. de-DE; default en-GB>]
                          [--schedule schedule.json] [--holidays <file.ics>|<country[-region]>] [--sla-policy policy.json]
                          [--out report.html] [--json report.json] [--title <text>] [--quiet]
  rapport report --from duckdb:<file>|postgres://… [--layout layout.json] [--tenant <id>] [report options…]
  rapport demo            [--out rapport-demo.html] [--json <file>] [--locale <BCP 47 tag>] [--quiet]
  rapport import <files…> --store sqlite:<file> [--tenant <id>] [--source …] [--csv-kind …] [--quiet]
  rapport --help | --version

Exit codes: 0 success; 1 nothing imported, no report written; 2 usage;
  3 report written, but some files could not be read or some records were rejected
  (one line each on stderr).`;

const CSV_KINDS = ["surveyResponses", "interactions", "cases"] as const;

/**
 * Options shared by the commands that read exports.
 *
 * @example
 * ```ts
 * import type { InputOptions } from "@rapport/cli";
 * const input: InputOptions = { files: ["tickets.json"], source: "zendesk", csvKind: null, quiet: false };
 * ```
 */
export interface InputOptions {
  readonly files: readonly string[];
  /** The source of every file, or null to detect each file's own. */
  readonly source: SourceName | null;
  /** What CSV files hold; null to detect from the header. */
  readonly csvKind: (typeof CSV_KINDS)[number] | null;
  readonly quiet: boolean;
}

/**
 * Options of `rapport report` (and `rapport demo`).
 *
 * @example
 * ```ts
 * import type { ReportOptions } from "@rapport/cli";
 * const options: Partial<ReportOptions> = { period: "month", timeZone: "Europe/Berlin" };
 * ```
 */
export interface ReportOptions extends InputOptions {
  readonly timeZone: string;
  /** The BCP 47 locale dates and periods are written in; default `"en-GB"`. */
  readonly locale?: string;
  /** The calendar period of trends (core's `CALENDAR_PERIODS`); default `"month"`. */
  readonly period: CalendarPeriod;
  /** The moment the report describes; null for the latest time found in the data. */
  readonly asOf: Date | null;
  readonly out: string;
  readonly json: string | null;
  readonly title: string;
  /** A JSON file of business hours, as `defineSchedule` takes them; null for none. */
  readonly schedule: string | null;
  /** An iCalendar file, or a country code with an optional region (`DE-BY`), of holidays. */
  readonly holidays: string | null;
  /** A JSON file of SLA policies (one or a list), as `defineSlaPolicy` takes them. */
  readonly slaPolicy: string | null;
  /** A warehouse to report from (`duckdb:<file>` or `postgres://…`) instead of files; null for files. */
  readonly from?: string | null;
  /** A JSON file mapping the warehouse's tables (see docs/warehouse.md); null for the default layout. */
  readonly layout?: string | null;
  /** The tenant whose rows `--from` reads; null for tables without tenants. */
  readonly tenant?: string | null;
}

/**
 * A parsed command line.
 *
 * @example
 * ```ts
 * import { parseCommand } from "@rapport/cli";
 * parseCommand(["report", "tickets.json", "--period", "week"]).command; // "report"
 * ```
 */
export type Command =
  | { readonly command: "help" }
  | { readonly command: "version" }
  | { readonly command: "report"; readonly options: ReportOptions }
  | {
      readonly command: "demo";
      readonly options: Omit<
        ReportOptions,
        "files" | "source" | "csvKind" | "schedule" | "holidays" | "slaPolicy"
      >;
    }
  | {
      readonly command: "import";
      readonly options: InputOptions & { readonly store: string; readonly tenant: string };
    };

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | null {
  if (value === undefined) return null;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(expectedMessage(`--${name}`, oneOfText(allowed), value));
  }
  return value as T;
}

/**
 * Parses the arguments after `rapport`. Throws {@link UsageError} naming the option, the value
 * and what was expected.
 *
 * @example
 * ```ts
 * import { parseCommand } from "@rapport/cli";
 * const command = parseCommand(["report", "export.json", "--time-zone", "Europe/Berlin", "--json", "report.json"]);
 * ```
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const [command, ...files] = positionals;
  const timeZone = values["time-zone"] ?? "UTC";
  if (!isTimeZone(timeZone)) {
    throw new UsageError(
      expectedMessage("--time-zone", 'an IANA time-zone name such as "Europe/Berlin"', timeZone),
    );
  }
  const locale = checkLocaleFlag(values.locale);
  let asOf: Date | null = null;
  if (values["as-of"] !== undefined) {
    asOf = new Date(values["as-of"]);
    if (Number.isNaN(asOf.getTime())) {
      throw new UsageError(expectedMessage("--as-of", "an ISO 8601 date-time", values["as-of"]));
    }
  }
  const report = {
    timeZone,
    locale,
    period: oneOf("period", values.period, CALENDAR_PERIODS) ?? "month",
    asOf,
    json: values.json ?? null,
    quiet: values.quiet ?? false,
  };
  const input = {
    files,
    source: oneOf("source", values.source, SOURCES),
    csvKind: oneOf("csv-kind", values["csv-kind"], CSV_KINDS),
    quiet: values.quiet ?? false,
  };
  switch (command) {
    case "report":
      if (files.length === 0 && values.from === undefined) {
        throw new UsageError("report: expected at least one export file, or --from <warehouse>");
      }
      if (values.from !== undefined && !/^(duckdb:.+|postgres(ql)?:\/\/.+)$/.test(values.from)) {
        throw new UsageError(
          expectedMessage(
            "--from",
            "duckdb:<file> or postgres://user:password@host:5432/database",
            values.from,
          ),
        );
      }
      if (values.layout !== undefined && values.from === undefined) {
        throw new UsageError("report: --layout maps the tables of --from <warehouse>");
      }
      if (values.holidays !== undefined && values.schedule === undefined) {
        throw new UsageError("report: --holidays needs --schedule (the hours they close)");
      }
      return {
        command,
        options: {
          ...input,
          ...report,
          schedule: values.schedule ?? null,
          holidays: values.holidays ?? null,
          slaPolicy: values["sla-policy"] ?? null,
          from: values.from ?? null,
          layout: values.layout ?? null,
          tenant: values.tenant ?? null,
          out: values.out ?? "report.html",
          title: values.title ?? "Rapport care report",
        },
      };
    case "demo":
      for (const flag of ["schedule", "holidays", "sla-policy"] as const) {
        if (values[flag] !== undefined) {
          throw new UsageError(`demo: --${flag} is for report (the demo has its own)`);
        }
      }
      if (files.length > 0)
        throw new UsageError(`demo: expected no files, received ${files.join(" ")}`);
      return {
        command,
        options: {
          ...report,
          out: values.out ?? "rapport-demo.html",
          title: values.title ?? "Rapport demo: Larkspur Outfitters",
        },
      };
    case "import": {
      if (files.length === 0) throw new UsageError("import: expected at least one export file");
      const store = values.store;
      if (store === undefined || !/^sqlite:.+/.test(store)) {
        throw new UsageError(
          `import: --store expected sqlite:<file>, received ${store === undefined ? "nothing" : `"${store}"`}`,
        );
      }
      const tenant = values.tenant ?? DEFAULT_TENANT;
      try {
        checkTenant("import: --tenant", tenant);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      return { command, options: { ...input, store, tenant } };
    }
    case undefined:
      throw new UsageError("expected a command: report, demo or import");
    default:
      throw new UsageError(`unknown command "${command}": expected report, demo or import`);
  }
}

/**
 * The `--locale` value in its canonical form (`de-de` → `de-DE`): a well-formed BCP 47 tag
 * (`Intl.getCanonicalLocales`) that this runtime can write dates in
 * (`Intl.DateTimeFormat.supportedLocalesOf`); anything else is a usage error.
 */
function checkLocaleFlag(value: string | undefined): string {
  if (value === undefined) return "en-GB";
  const expected = 'a BCP 47 language tag this runtime knows, such as "en-GB" or "de-DE"';
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(value)[0];
  } catch {
    canonical = undefined;
  }
  if (canonical === undefined || Intl.DateTimeFormat.supportedLocalesOf(canonical).length === 0) {
    throw new UsageError(expectedMessage("--locale", expected, value));
  }
  return canonical;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      source: { type: "string" },
      "csv-kind": { type: "string" },
      "time-zone": { type: "string" },
      period: { type: "string" },
      "as-of": { type: "string" },
      locale: { type: "string" },
      out: { type: "string" },
      json: { type: "string" },
      title: { type: "string" },
      store: { type: "string" },
      tenant: { type: "string" },
      from: { type: "string" },
      layout: { type: "string" },
      schedule: { type: "string" },
      holidays: { type: "string" },
      "sla-policy": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
