import type { CustomerId, CustomerSources, LawfulBasis } from "@rapport/core";
import type { ConsentDecision } from "./consent-decision";
import { consentState } from "./consent-state";
import { customerRecords, RECORD_KINDS, type RecordKind, type RecordOf } from "./customer-records";
import type { PurposeCatalog } from "./purposes";

/**
 * A purpose as listed in an access export.
 *
 * @example
 * ```ts
 * import type { ExportedPurpose } from "@rapport/consent";
 * const p: ExportedPurpose = { id: "support", description: "Answering your questions", lawfulBasis: "contract" };
 * ```
 */
export interface ExportedPurpose {
  /** The purpose id. */
  readonly id: string;
  /** Its description, as shown to customers (the id where the purpose is not declared). */
  readonly description: string;
  /** Its lawful basis, where declared. */
  readonly lawfulBasis: LawfulBasis | null;
}

/**
 * One entity's part of an access export.
 *
 * @example
 * ```ts
 * import type { AccessExportSection } from "@rapport/consent";
 * const empty: AccessExportSection<"case"> = { entity: "case", purposes: [], records: [] };
 * ```
 */
export interface AccessExportSection<E extends RecordKind = RecordKind> {
  /** The kind of record. */
  readonly entity: E;
  /** What these records are used for. */
  readonly purposes: readonly ExportedPurpose[];
  /** The records, as held. */
  readonly records: readonly RecordOf[E][];
}

/**
 * Everything held about a customer (GDPR Art. 15 access, Art. 20 portability; CCPA/CPRA
 * §1798.110). Layout, version `rapport.access-export/1`: `format`, `customerId`,
 * `generatedAt`, one section per entity in the order of {@link RECORD_KINDS} (always all
 * of them, empty ones too), each with the purposes it is used for and the records as held,
 * and `consent`: every purpose's decision at `generatedAt`. `JSON.stringify` writes its dates
 * as ISO 8601 in UTC.
 *
 * @example
 * ```ts
 * import type { AccessExport } from "@rapport/consent";
 * const count = (e: AccessExport) => e.sections.reduce((n, s) => n + s.records.length, 0);
 * ```
 */
export interface AccessExport {
  /** The layout's name and version. */
  readonly format: "rapport.access-export/1";
  /** The customer. */
  readonly customerId: CustomerId;
  /** The moment it describes. */
  readonly generatedAt: Date;
  /** One section per entity. */
  readonly sections: readonly AccessExportSection[];
  /** Every purpose's consent decision at `generatedAt`. */
  readonly consent: readonly ConsentDecision[];
}

/**
 * Options of {@link accessExport}.
 *
 * @example
 * ```ts
 * import type { AccessExportOptions } from "@rapport/consent";
 * const options: AccessExportOptions = { asOf: new Date("2025-05-01T00:00:00Z"), entityPurposes: { interaction: ["support"] } };
 * ```
 */
export interface AccessExportOptions {
  /** The moment the export describes (the caller's clock). */
  readonly asOf: Date;
  /** The declared purposes, for descriptions, bases and the consent section. */
  readonly purposes?: PurposeCatalog;
  /** The purposes each entity is used for (purpose ids). */
  readonly entityPurposes?: Partial<Readonly<Record<RecordKind, readonly string[]>>>;
}

/**
 * Gathers everything held about a customer into the documented {@link AccessExport} layout,
 * for the right of access and of portability.
 *
 * @example
 * ```ts
 * import { customerId, decodeCustomer } from "@rapport/core";
 * import { accessExport } from "@rapport/consent";
 *
 * const data = accessExport(
 *   customerId("cus_1"),
 *   { customers: [decodeCustomer({ id: "cus_1", name: "Ada" })] },
 *   { asOf: new Date("2025-05-01T00:00:00Z"), entityPurposes: { customer: ["account"] } },
 * );
 * JSON.stringify(data).includes('"name":"Ada"'); // true
 * ```
 */
export function accessExport(
  customerId: CustomerId,
  sources: CustomerSources,
  options: AccessExportOptions,
): AccessExport {
  const records = customerRecords(customerId, sources);
  const describe = (id: string): ExportedPurpose => {
    const purpose = options.purposes?.byId.get(id);
    return {
      id,
      description: purpose?.description ?? id,
      lawfulBasis: purpose?.lawfulBasis ?? null,
    };
  };
  const sections = RECORD_KINDS.map((entity) => ({
    entity,
    purposes: (options.entityPurposes?.[entity] ?? []).map(describe),
    records: records.filter((r) => r.entity === entity).map((r) => r.record),
  })) as AccessExportSection[];
  const ledger = records
    .filter((r) => r.entity === "consentEvent")
    .map((r) => r.record as RecordOf["consentEvent"]);
  return {
    format: "rapport.access-export/1",
    customerId,
    generatedAt: options.asOf,
    sections,
    consent: consentState(ledger, customerId, {
      asOf: options.asOf,
      ...(options.purposes ? { purposes: options.purposes } : {}),
    }),
  };
}
