import type { Agent } from "./agent";
import type { Case } from "./case";
import type { ConsentEvent } from "./consent-event";
import type { Customer } from "./customer";
import type { SafeParseResult } from "./entity-codec";
import type { Interaction } from "./interaction";
import type { JourneyEvent } from "./journey-event";
import { firstIssue } from "./record-issue";
import type { SurveyResponse } from "./survey-response";
import type { Team } from "./team";
import type { Transaction } from "./transaction";

/**
 * What became of one input record during an import:
 * - `accepted`: mapped into the model;
 * - `rejected`: could not be mapped; `field` and `reason` say why;
 * - `duplicate`: the same source id was already imported in this batch (a re-sent page);
 * - `ignored`: deliberately not imported, with the reason (e.g. a rating that was only offered).
 *
 * @example
 * ```ts
 * import type { ImportOutcome } from "@rapport/core";
 * const line = (o: ImportOutcome) => `${o.entity} ${o.sourceId}: ${o.status}${o.reason ? ` (${o.reason})` : ""}`;
 * ```
 */
export interface ImportOutcome {
  /** The kind of input record, in the source's words: `"ticket"`, `"satisfaction_rating"`… */
  readonly entity: string;
  /** The record's id in the source; `null` when it had none (then it is rejected). */
  readonly sourceId: string | null;
  readonly status: "accepted" | "rejected" | "duplicate" | "ignored";
  /** For a rejection: the field at fault, as a path such as `via.channel`. */
  readonly field?: string;
  /** For a rejection or an ignored record: why, in words a person can act on. */
  readonly reason?: string;
}

/**
 * The account of an import: every input record, accepted or not, with counts. Nothing is
 * dropped silently: `records.length` is the number of input records seen.
 *
 * @example
 * ```ts
 * import type { ImportReport } from "@rapport/core";
 * const summary = (r: ImportReport) => `${r.accepted} accepted, ${r.rejected} rejected`;
 * ```
 */
export interface ImportReport {
  /** The source system, e.g. `"zendesk"`. */
  readonly source: string;
  readonly accepted: number;
  readonly rejected: number;
  readonly duplicates: number;
  readonly ignored: number;
  readonly records: readonly ImportOutcome[];
}

/**
 * What a source adapter returns: the records mapped into the model, by entity, and the report.
 * Lists an adapter does not produce are empty.
 *
 * @example
 * ```ts
 * import type { ImportResult } from "@rapport/core";
 * const caseCount = (result: ImportResult) => result.cases.length;
 * ```
 */
export interface ImportResult {
  readonly customers: Customer[];
  readonly agents: Agent[];
  readonly teams: Team[];
  readonly cases: Case[];
  readonly interactions: Interaction[];
  readonly responses: SurveyResponse[];
  readonly journeyEvents: JourneyEvent[];
  readonly consentEvents: ConsentEvent[];
  readonly transactions: Transaction[];
  readonly report: ImportReport;
}

/**
 * The record lists of an {@link ImportResult}, without the report.
 *
 * @example
 * ```ts
 * import type { ImportLists } from "@rapport/core";
 * const total = (lists: ImportLists) => lists.cases.length + lists.responses.length;
 * ```
 */
export type ImportLists = Omit<ImportResult, "report">;
type Lists = ImportLists;
type ListName = keyof ImportLists;

/**
 * Collects the records and outcomes of one import, deduplicating by source id. Source adapters
 * use it so that every adapter reports the same way.
 *
 * @example
 * ```ts
 * import { createImportCollector, parseCustomer } from "@rapport/core";
 *
 * const collector = createImportCollector("zendesk");
 * collector.accept("customers", "user", "123", parseCustomer({ id: "zendesk:123" }));
 * collector.accept("customers", "user", "123", parseCustomer({ id: "zendesk:123" })); // duplicate
 * collector.reject("user", "124", "email", 'expected an e-mail address, received "x"');
 * const result = collector.result();
 * result.report.accepted; // 1
 * ```
 */
export interface ImportCollector {
  /** Adds a mapped record, unless the same entity and source id were seen (then a duplicate). */
  accept<Name extends ListName>(
    list: Name,
    entity: string,
    sourceId: string,
    record: Lists[Name][number],
  ): boolean;
  /**
   * Adds the result of parsing a record: accepted when valid (or a duplicate), rejected with
   * the first issue's field and message when not.
   */
  add<Name extends ListName>(
    list: Name,
    entity: string,
    sourceId: string,
    parsed: SafeParseResult<Lists[Name][number]>,
  ): boolean;
  /**
   * Accounts for a record folded into another one (a ticket metric into its case): accepted
   * the first time its source id is seen, a duplicate after.
   */
  merged(entity: string, sourceId: string): boolean;
  /** Records a repeat of an already accepted record. */
  duplicate(entity: string, sourceId: string): void;
  /** Records an input record that could not be mapped. */
  reject(entity: string, sourceId: string | null, field: string, reason: string): void;
  /** Records an input record deliberately left out, and why. */
  ignore(entity: string, sourceId: string | null, reason: string): void;
  /** Whether a record of that entity and source id has been accepted already. */
  has(entity: string, sourceId: string): boolean;
  /** The records and the report so far. */
  result(): ImportResult;
}

/**
 * Fresh, empty record lists, one per entity, to fill.
 *
 * @example
 * ```ts
 * import { emptyImportLists } from "@rapport/core";
 * const lists = emptyImportLists();
 * lists.cases.length; // 0
 * ```
 */
export function emptyImportLists(): ImportLists {
  return {
    customers: [],
    agents: [],
    teams: [],
    cases: [],
    interactions: [],
    responses: [],
    journeyEvents: [],
    consentEvents: [],
    transactions: [],
  };
}

/**
 * Creates an {@link ImportCollector} for one import from one source system.
 *
 * @example
 * ```ts
 * import { createImportCollector } from "@rapport/core";
 * const collector = createImportCollector("csv");
 * collector.ignore("row", "7", "blank line");
 * collector.result().report.ignored; // 1
 * ```
 */
export function createImportCollector(source: string): ImportCollector {
  const lists = emptyImportLists();
  const records: ImportOutcome[] = [];
  const seen = new Set<string>();
  const counts = { accepted: 0, rejected: 0, duplicates: 0, ignored: 0 };
  const key = (entity: string, sourceId: string) => `${entity}\u0000${sourceId}`;

  const duplicate = (entity: string, sourceId: string) => {
    records.push({ entity, sourceId, status: "duplicate" });
    counts.duplicates++;
  };
  const firstTime = (entity: string, sourceId: string) => {
    if (seen.has(key(entity, sourceId))) {
      duplicate(entity, sourceId);
      return false;
    }
    seen.add(key(entity, sourceId));
    records.push({ entity, sourceId, status: "accepted" });
    counts.accepted++;
    return true;
  };
  const reject = (entity: string, sourceId: string | null, field: string, reason: string) => {
    records.push({ entity, sourceId, status: "rejected", field, reason });
    counts.rejected++;
  };

  const collector: ImportCollector = {
    accept(list, entity, sourceId, record) {
      if (!firstTime(entity, sourceId)) return false;
      (lists[list] as unknown[]).push(record);
      return true;
    },
    add(list, entity, sourceId, parsed) {
      if (seen.has(key(entity, sourceId))) {
        duplicate(entity, sourceId);
        return false;
      }
      if (!parsed.success) {
        const { field, reason } = firstIssue(parsed.error);
        reject(entity, sourceId, field, reason);
        return false;
      }
      return collector.accept(list, entity, sourceId, parsed.data);
    },
    merged: firstTime,
    duplicate,
    reject,
    ignore(entity, sourceId, reason) {
      records.push({ entity, sourceId, status: "ignored", reason });
      counts.ignored++;
    },
    has: (entity, sourceId) => seen.has(key(entity, sourceId)),
    result: () => ({
      customers: [...lists.customers],
      agents: [...lists.agents],
      teams: [...lists.teams],
      cases: [...lists.cases],
      interactions: [...lists.interactions],
      responses: [...lists.responses],
      journeyEvents: [...lists.journeyEvents],
      consentEvents: [...lists.consentEvents],
      transactions: [...lists.transactions],
      report: { source, ...counts, records: [...records] },
    }),
  };
  return collector;
}

/**
 * Runs one import with a fresh collector: checks `asOf` (a `TypeError` naming the caller when
 * it is not a valid Date, the one mistake worth a throw), then lets `mapRecords` fill the
 * collector. Should the mapping itself fail, which is a defect and not bad data, the failure is
 * reported as a rejection of the payload rather than thrown at the caller.
 *
 * @example
 * ```ts
 * import { runImport } from "@rapport/core";
 *
 * const result = runImport("example", "importExample", new Date(), (collector, asOf) => {
 *   collector.ignore("page", "1", `nothing to import before ${asOf.toISOString()}`);
 * });
 * result.report.ignored; // 1
 * ```
 */
export function runImport(
  source: string,
  caller: string,
  asOf: unknown,
  mapRecords: (collector: ImportCollector, asOf: Date) => void,
): ImportResult {
  if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime())) {
    throw new TypeError(`${caller}: expected options.asOf to be a valid Date`);
  }
  const collector = createImportCollector(source);
  try {
    mapRecords(collector, asOf);
  } catch (error) {
    collector.reject("payload", null, "(root)", `unexpected error: ${String(error)}`);
  }
  return collector.result();
}
