import type { ImportCollector } from "./import-collector";
import { afterAsOfReason } from "./source-records";

// Internal to the kit: the collector a definition's joins and mappers report to. It notes
// whether the record being mapped got an outcome, and refuses a record dated after asOf.

/** Which record is being mapped, and whether it has had an outcome. */
interface Tracked {
  entity: string;
  sourceId: string | null;
  touched: boolean;
}

/** The first date of a mapped record after `asOf`, as a field path, or `undefined`. */
function lateField(record: object, asOf: number): { field: string; at: Date } | undefined {
  const fields = record as Record<string, unknown>;
  // for…in over a record built as an object literal: no array of entries per record.
  for (const key in fields) {
    if (!Object.hasOwn(fields, key)) continue;
    const value = fields[key];
    if (value instanceof Date) {
      if (value.getTime() > asOf) return { field: key, at: value };
    } else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (typeof item !== "object" || item === null) continue;
        const inner = item as Record<string, unknown>;
        for (const name in inner) {
          const at = inner[name];
          if (Object.hasOwn(inner, name) && at instanceof Date && at.getTime() > asOf) {
            return { field: `${key}[${index}].${name}`, at };
          }
        }
      }
    }
  }
  return undefined;
}

export interface CheckedCollector {
  readonly out: ImportCollector;
  /** Starts tracking a record (inside the one tracked so far, if any). */
  track(entity: string, sourceId: string | null): void;
  /** Ends tracking the record last tracked; the one around it is tracked again. */
  restore(): void;
  touched(): boolean;
}

export function checkedCollector(collector: ImportCollector, asOf: Date): CheckedCollector {
  const limit = asOf.getTime();
  // One frame per depth of nesting (a record mapped inside another), reused from record to
  // record: no object per record.
  const frames: Tracked[] = [{ entity: "", sourceId: null, touched: false }];
  let depth = 0;
  let current = frames[0]!;
  const note = (entity: string, sourceId: string | null) => {
    if (entity === current.entity && sourceId === current.sourceId) current.touched = true;
  };
  const late = (entity: string, sourceId: string, record: object): boolean => {
    // The dates first: a record on time, the common case, costs no lookup of its id here.
    const found = lateField(record, limit);
    if (!found || collector.has(entity, sourceId)) return false;
    collector.reject(entity, sourceId, found.field, afterAsOfReason(found.at, asOf));
    return true;
  };
  const out: ImportCollector = {
    accept(list, entity, sourceId, record) {
      note(entity, sourceId);
      if (late(entity, sourceId, record)) return false;
      return collector.accept(list, entity, sourceId, record);
    },
    add(list, entity, sourceId, parsed) {
      note(entity, sourceId);
      if (parsed.success && late(entity, sourceId, parsed.data)) return false;
      return collector.add(list, entity, sourceId, parsed);
    },
    merged(entity, sourceId) {
      note(entity, sourceId);
      return collector.merged(entity, sourceId);
    },
    duplicate(entity, sourceId) {
      note(entity, sourceId);
      collector.duplicate(entity, sourceId);
    },
    reject(entity, sourceId, field, reason) {
      note(entity, sourceId);
      collector.reject(entity, sourceId, field, reason);
    },
    ignore(entity, sourceId, reason) {
      note(entity, sourceId);
      collector.ignore(entity, sourceId, reason);
    },
    has: collector.has,
    size: collector.size,
    result: collector.result,
  };
  return {
    out,
    track(entity, sourceId) {
      depth++;
      let frame = frames[depth];
      if (frame === undefined) {
        frame = { entity, sourceId, touched: false };
        frames.push(frame);
      } else {
        frame.entity = entity;
        frame.sourceId = sourceId;
        frame.touched = false;
      }
      current = frame;
    },
    restore() {
      depth--;
      current = frames[depth]!;
    },
    touched: () => current.touched,
  };
}
