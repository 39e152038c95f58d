import type { CsvMapped } from "./csv-row-base";

/** What became of one record; `null` from `next` for a header row. */
export type RowResult =
  | {
      status: "accepted";
      entity: string;
      sourceId: string;
      /** Whether the source id came from the id column (else it is the unique row number). */
      fromIdColumn: boolean;
      mapped: CsvMapped;
    }
  | { status: "rejected"; entity: string; sourceId: string; field: string; reason: string }
  | { status: "ignored"; entity: string; sourceId: string; reason: string };

/**
 * Where the row mapper puts what became of each record, without an object per outcome: an
 * importer's collector, or {@link resultSink} for one {@link RowResult} at a time.
 */
export interface RowSink {
  accepted(entity: string, sourceId: string, fromIdColumn: boolean, mapped: CsvMapped): void;
  rejected(entity: string, sourceId: string, field: string, reason: string): void;
  ignored(entity: string, sourceId: string, reason: string): void;
}

/** A sink that keeps the last outcome as a {@link RowResult}. */
export function resultSink(): RowSink & { result: RowResult | null } {
  return {
    result: null,
    accepted(entity, sourceId, fromIdColumn, mapped) {
      this.result = { status: "accepted", entity, sourceId, fromIdColumn, mapped };
    },
    rejected(entity, sourceId, field, reason) {
      this.result = { status: "rejected", entity, sourceId, field, reason };
    },
    ignored(entity, sourceId, reason) {
      this.result = { status: "ignored", entity, sourceId, reason };
    },
  };
}
