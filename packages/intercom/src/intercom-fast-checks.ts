// A precompiled check of the hottest Intercom shape, the conversation part (see
// `precompiledCheck` in the source kit): it returns what `IntercomPartSchema` returns for a
// well-formed part (the fields the schema names, present exactly when the input has them, in
// the schema's order), and `undefined` for anything else, which the schema then parses to say
// what is wrong. `intercom-fast-checks.test.ts` holds it to the schema.
import { intercomId, intercomTime } from "./intercom-values";

type Nullish<T> = T | null | undefined;
type Raw = Record<string, unknown>;

/** A conversation part as its schema returns it. */
export interface CheckedPart {
  id: string;
  part_type: string;
  created_at: Date;
  author?: Nullish<{ type: string; id?: Nullish<string> }>;
  assigned_to?: Nullish<{ type?: Nullish<string>; id: string }>;
}

const BAD = Symbol("bad");

const isRecord = (value: unknown): value is Raw =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function author(value: unknown): CheckedPart["author"] | typeof BAD {
  if (value === null || value === undefined) return value;
  if (!isRecord(value) || typeof value["type"] !== "string") return BAD;
  const checked: NonNullable<CheckedPart["author"]> = { type: value["type"] };
  if ("id" in value) {
    const id = value["id"];
    if (id === null || id === undefined) checked.id = id;
    else {
      const read = intercomId(id);
      if (read === undefined) return BAD;
      checked.id = read;
    }
  }
  return checked;
}

function assignedTo(value: unknown): CheckedPart["assigned_to"] | typeof BAD {
  if (value === null || value === undefined) return value;
  if (!isRecord(value)) return BAD;
  const type = value["type"];
  const hasType = "type" in value;
  if (hasType && type !== null && type !== undefined && typeof type !== "string") return BAD;
  const id = intercomId(value["id"]);
  if (id === undefined) return BAD;
  return hasType ? { type: type as Nullish<string>, id } : { id };
}

/** A conversation part, checked without zod; `undefined` when the schema must say what is wrong. */
export function fastPart(raw: unknown): CheckedPart | undefined {
  if (!isRecord(raw)) return undefined;
  const id = intercomId(raw["id"]);
  const partType = raw["part_type"];
  const created = intercomTime(raw["created_at"]);
  if (id === undefined || typeof partType !== "string" || created === undefined) return undefined;
  const part: CheckedPart = { id, part_type: partType, created_at: created };
  if ("author" in raw) {
    const value = author(raw["author"]);
    if (value === BAD) return undefined;
    part.author = value;
  }
  if ("assigned_to" in raw) {
    const value = assignedTo(raw["assigned_to"]);
    if (value === BAD) return undefined;
    part.assigned_to = value;
  }
  return part;
}
