// Precompiled checks of the two hot Intercom shapes, the conversation part and the
// conversation (see `precompiledCheck` in the source kit): each returns what its schema in
// `intercom-payload.ts` returns for a well-formed record (the fields the schema names, present
// exactly when the input has them, in the schema's order), and `undefined` for anything else,
// which the schema then parses to say what is wrong. `intercom-fast-checks.test.ts` holds them
// to the schemas.
import { type FastCheck, fastObject, field, INVALID } from "@rapport/source-kit";
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
  body?: unknown;
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
  if ("body" in raw) part.body = raw["body"];
  return part;
}

/** A conversation as its schema returns it. */
export interface CheckedConversation {
  id: string;
  title?: Nullish<string>;
  created_at: Date;
  updated_at?: Nullish<Date>;
  state?: Nullish<string>;
  open?: Nullish<boolean>;
  priority?: unknown;
  admin_assignee_id?: Nullish<string>;
  team_assignee_id?: Nullish<string>;
  source?: Nullish<{
    type?: Nullish<string>;
    subject?: Nullish<string>;
    author?: Nullish<{ type: string; id?: Nullish<string> }>;
    body?: unknown;
  }>;
  contacts?: Nullish<{ contacts?: Nullish<{ id: string }[]> }>;
  tags?: Nullish<{ tags?: Nullish<{ name: string }[]> }>;
  statistics?: Nullish<{
    first_admin_reply_at?: Nullish<Date>;
    last_close_at?: Nullish<Date>;
    count_reopens?: Nullish<number>;
  }>;
  conversation_rating?: unknown;
  conversation_parts?: Nullish<{ conversation_parts?: Nullish<unknown[]> }>;
}

// z.int().nonnegative(): a safe integer, not below 0.
const count = (value: unknown): unknown =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? value : INVALID;

// Built on first use: a bundle that only follows pages or verifies webhooks carries none of it.
function conversationCheck(): FastCheck<CheckedConversation> {
  const id = field.required(intercomId);
  const nullishId = field.nullish(id);
  const text = field.nullish(field.text);
  const time = field.required(intercomTime);
  const nullishTime = field.nullish(time);
  return fastObject<CheckedConversation>({
    id,
    title: text,
    created_at: time,
    updated_at: nullishTime,
    state: text,
    open: field.nullish(field.boolean),
    priority: field.unknown,
    admin_assignee_id: nullishId,
    team_assignee_id: nullishId,
    source: field.nullish(
      field.object({
        type: text,
        subject: text,
        author: field.nullish(field.object({ type: field.text, id: nullishId })),
        body: field.unknown,
      }),
    ),
    contacts: field.nullish(
      field.object({
        contacts: field.nullish(field.array(field.object({ id }))),
      }),
    ),
    tags: field.nullish(
      field.object({
        tags: field.nullish(field.array(field.object({ name: field.text }))),
      }),
    ),
    statistics: field.nullish(
      field.object({
        first_admin_reply_at: nullishTime,
        last_close_at: nullishTime,
        count_reopens: field.nullish(count),
      }),
    ),
    conversation_rating: field.unknown,
    conversation_parts: field.nullish(
      field.object({
        conversation_parts: field.nullish(field.array(field.unknown)),
      }),
    ),
  });
}

let conversation: FastCheck<CheckedConversation> | undefined;

/** A conversation, checked without zod; `undefined` when the schema must say what is wrong. */
export function fastConversation(raw: unknown): CheckedConversation | undefined {
  conversation ??= conversationCheck();
  return conversation(raw);
}

type Reference = Nullish<{ type?: Nullish<string>; id: string }>;

/** A conversation rating as its schema returns it. */
export interface CheckedRating {
  rating: number;
  remark?: Nullish<string>;
  created_at: Date;
  updated_at?: Nullish<Date>;
  contact?: Reference;
  customer?: Reference;
  teammate?: Reference;
}

function ratingCheck(): FastCheck<CheckedRating> {
  const text = field.nullish(field.text);
  const time = field.required(intercomTime);
  const reference = field.nullish(field.object({ type: text, id: field.required(intercomId) }));
  return fastObject<CheckedRating>({
    // z.int().min(1).max(5)
    rating: (value) =>
      Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= 5
        ? value
        : INVALID,
    remark: text,
    created_at: time,
    updated_at: field.nullish(time),
    contact: reference,
    customer: reference,
    teammate: reference,
  });
}

let rating: FastCheck<CheckedRating> | undefined;

/** A conversation rating, checked without zod; `undefined` when the schema must say what is wrong. */
export function fastRating(raw: unknown): CheckedRating | undefined {
  rating ??= ratingCheck();
  return rating(raw);
}
