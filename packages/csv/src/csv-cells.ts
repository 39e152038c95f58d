import { afterAsOfReason } from "@rapport/source-kit";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { createDateReader } from "./csv-date-reader";
import { normalizeCsvName } from "./csv-layouts";

/** A cell that cannot be converted: the documented column (or an item's label) and why. */
export class RowError {
  constructor(
    readonly column: string,
    readonly reason: string,
  ) {}
}

/** What converting cells needs from the import's options. */
export interface CellContext {
  readonly readDate: ReturnType<typeof createDateReader>;
  readonly asOf: Date;
  readonly system: string;
  readonly separator: string;
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Whether every field of a record is blank. */
export function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== "") return false;
  return true;
}

/**
 * Reads and converts the cells of one row; conversion errors are thrown as `RowError`s. One is
 * made per file and pointed at each row in turn (`fields`), so a row costs no object of its own.
 */
export class Cells {
  fields: readonly string[] = [];

  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly context: CellContext,
  ) {}

  /** Whether the file has the column at all. */
  has(column: string): boolean {
    return this.index.has(column);
  }

  get(column: string): string | undefined {
    const at = this.index.get(column);
    return at === undefined ? undefined : this.at(at);
  }

  /** The trimmed cell at a field position; `undefined` when blank. */
  at(position: number): string | undefined {
    const text = this.fields[position]?.trim();
    return text === "" ? undefined : text;
  }

  required(column: string): string {
    const value = this.get(column);
    if (value !== undefined) return value;
    throw new RowError(
      column,
      this.index.has(column)
        ? "a value is required"
        : "the header has no such column, and a value is required",
    );
  }

  oneOf(column: string, allowed: readonly string[], value = this.get(column)): string | undefined {
    if (value === undefined) return undefined;
    // Most cells are written as the documented name already. The allowed list's own string is
    // kept, not the cell's: a record then holds no string of its own for an enumerated value.
    let at = allowed.indexOf(value);
    if (at === -1) at = allowed.indexOf(normalizeCsvName(value));
    if (at !== -1) return allowed[at];
    throw new RowError(column, expectedMessage("", oneOf(allowed), value));
  }

  integer(column: string, value = this.get(column)): number | undefined {
    if (value === undefined) return undefined;
    if (INTEGER.test(value)) return Number(value);
    throw new RowError(column, expectedMessage("", "an integer", value));
  }

  decimal(column: string): number | undefined {
    const value = this.get(column);
    if (value === undefined) return undefined;
    if (DECIMAL.test(value)) return Number(value);
    throw new RowError(column, expectedMessage("", "a number", value));
  }

  date(column: string, value = this.get(column)): Date | undefined {
    if (value === undefined) return undefined;
    const { readDate, asOf } = this.context;
    const instant = readDate(value);
    if (instant === null) {
      throw new RowError(column, expectedMessage("", readDate.expected, value));
    }
    if (instant.getTime() > asOf.getTime()) {
      throw new RowError(column, afterAsOfReason(instant, asOf));
    }
    return instant;
  }

  ref(column: string, value = this.get(column)): string | undefined {
    return value === undefined ? undefined : `${this.context.system}:${value}`;
  }

  tags(): string[] {
    const text = this.get("tags");
    if (text === undefined) return [];
    const tags: string[] = [];
    for (const part of text.split(this.context.separator)) {
      const tag = part.trim();
      if (tag !== "") tags.push(tag);
    }
    return tags;
  }
}
