import { readFile } from "node:fs/promises";
import { formatPath, RapportValidationError } from "@rapport/core";
import {
  defineSchedule,
  defineSlaPolicy,
  type Holiday,
  type Schedule,
  type ScheduleInput,
  type SlaPolicy,
  type SlaPolicyInput,
} from "@rapport/service-levels";
import { holidaysFromICalendar, publicHolidays } from "@rapport/service-levels/holidays";
import { expectedMessage } from "@rapport/stats";
import { InputFileError } from "./input-file-error";

/**
 * The files and codes behind the report's business hours and SLA policies.
 *
 * @example
 * ```ts
 * import type { ScheduleFiles } from "@rapport/cli";
 * const files: ScheduleFiles = { schedule: "hours.json", holidays: "DE-BY", slaPolicy: "sla.json" };
 * ```
 */
export interface ScheduleFiles {
  /** A JSON file of business hours, as `defineSchedule` takes them; null for none. */
  readonly schedule: string | null;
  /** An iCalendar file, or a country code with an optional region, of holidays; null for none. */
  readonly holidays: string | null;
  /** A JSON file of one SLA policy or a list of them; null for none. */
  readonly slaPolicy: string | null;
}

/**
 * What {@link readSchedule} made: the schedule (with its holidays) and the SLA policies.
 *
 * @example
 * ```ts
 * import type { ReadSchedule } from "@rapport/cli";
 * const hasSla = (read: ReadSchedule) => read.policies.length > 0;
 * ```
 */
export interface ReadSchedule {
  readonly schedule: Schedule | null;
  readonly policies: readonly SlaPolicy[];
  /** How many holiday entries came from `--holidays`. */
  readonly importedHolidays: number;
}

const ICS = /\.(ics|ical|ifb|icalendar)$/i;

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputFileError(file, `not valid JSON: ${(error as Error).message}`);
  }
}

/** One line per issue, each naming the file and the field. */
function invalid(file: string, error: unknown, prefix: PropertyKey[] = []): never {
  if (!(error instanceof RapportValidationError)) throw error;
  const lines = error.issues.map((i) => `${formatPath([...prefix, ...i.path])}: ${i.message}`);
  throw new InputFileError(file, lines.join(`\n${file}: `));
}

/**
 * Reads `--schedule`, `--holidays` and `--sla-policy`: the schedule JSON is what
 * `defineSchedule` takes; `--holidays` adds the holidays of an iCalendar file or of a country
 * (`"DE"`, `"US-CA"`) over `from`..`to`; the policies JSON is one `defineSlaPolicy` input or a
 * list (conditions as `match`, no predicate), each counting business time on the schedule.
 * Throws an `InputFileError` with one line per problem, naming the file and the field.
 *
 * @example
 * ```ts
 * import { readSchedule } from "@rapport/cli";
 * const { schedule, policies } = await readSchedule(
 *   { schedule: "hours.json", holidays: "GB-ENG", slaPolicy: "sla.json" },
 *   { from: "2026-01-01", to: "2026-12-31" },
 * );
 * ```
 */
export async function readSchedule(
  files: ScheduleFiles,
  range: { readonly from: string; readonly to: string },
): Promise<ReadSchedule> {
  let schedule: Schedule | null = null;
  let importedHolidays = 0;
  if (files.schedule !== null) {
    const input = (await readJson(files.schedule)) as ScheduleInput;
    let extra: Holiday[] = [];
    if (files.holidays !== null) extra = await readHolidays(files.holidays, input, range);
    importedHolidays = extra.length;
    const holidays = Array.isArray(input?.holidays) ? input.holidays : [];
    try {
      schedule = defineSchedule(
        typeof input === "object" && input !== null
          ? { ...input, holidays: [...holidays, ...extra] }
          : input,
      );
    } catch (error) {
      invalid(files.schedule, error);
    }
  }
  const policies: SlaPolicy[] = [];
  if (files.slaPolicy !== null) {
    const json = await readJson(files.slaPolicy);
    const list = Array.isArray(json) ? json : [json];
    list.forEach((input: SlaPolicyInput, index) => {
      const prefix = Array.isArray(json) ? [index] : [];
      try {
        policies.push(defineSlaPolicy({ ...input, ...(schedule === null ? {} : { schedule }) }));
      } catch (error) {
        invalid(files.slaPolicy!, error, prefix);
      }
    });
  }
  return { schedule, policies, importedHolidays };
}

async function readHolidays(
  source: string,
  input: ScheduleInput,
  range: { readonly from: string; readonly to: string },
): Promise<Holiday[]> {
  if (ICS.test(source)) {
    let text: string;
    try {
      text = await readFile(source, "utf8");
    } catch (error) {
      throw new InputFileError(source, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
    }
    try {
      // Floating times in the feed are read in the schedule's zone.
      const timeZone = typeof input?.timeZone === "string" ? input.timeZone : "UTC";
      return holidaysFromICalendar(text, { ...range, timeZone });
    } catch (error) {
      if (error instanceof RangeError) throw new InputFileError(source, error.message);
      invalid(source, error);
    }
  }
  try {
    return publicHolidays(source, range);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new InputFileError(
      "--holidays",
      expectedMessage(
        "",
        'an iCalendar file (.ics) or a country code such as "DE" or "US-CA"',
        source,
      ),
    );
  }
}
