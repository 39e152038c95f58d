// Precompiled checks of the two hot Help Scout shapes, the thread and the conversation (see
// `precompiledCheck` in the source kit): each returns what its schema in `helpscout-payload.ts`
// returns for a well-formed record (the fields the schema names, present exactly when the
// input has them, in the schema's order), and `undefined` for anything else, which the schema
// then parses to say what is wrong. `helpscout-fast-checks.test.ts` holds them to the schemas.
import { fastObject, field, INVALID } from "@rapport/source-kit";
import { helpScoutId, helpScoutTime } from "./helpscout-values";

type Nullish<T> = T | null | undefined;
type Person = Nullish<{ id?: Nullish<string>; type?: Nullish<string> }>;

/** A thread as its schema returns it. */
export interface CheckedThread {
  id: string;
  conversationId?: Nullish<string>;
  type: string;
  status?: Nullish<string>;
  state?: Nullish<string>;
  createdAt: Date;
  createdBy?: Person;
  customer?: Person;
  source?: Nullish<{ type?: Nullish<string> }>;
  body?: unknown;
}

/** A conversation as its schema returns it. */
export interface CheckedConversation {
  id: string;
  type?: Nullish<string>;
  status: string;
  state?: Nullish<string>;
  subject?: Nullish<string>;
  primaryCustomer?: Person;
  customer?: Person;
  createdBy?: Person;
  assignee?: Person;
  owner?: Person;
  createdAt: Date;
  userUpdatedAt?: Nullish<Date>;
  modifiedAt?: Nullish<Date>;
  closedAt?: Nullish<Date>;
  tags?: Nullish<(string | { tag: string })[]>;
}

const id = field.required(helpScoutId);
const nullishId = field.nullish(id);
const text = field.nullish(field.text);
const person = field.nullish(field.object({ id: nullishId, type: text }));

/** A thread, checked without zod; `undefined` when the schema must say what is wrong. */
export const fastThread = fastObject<CheckedThread>({
  id,
  conversationId: nullishId,
  type: field.text,
  status: text,
  state: text,
  createdAt: field.required(helpScoutTime),
  createdBy: person,
  customer: person,
  source: field.nullish(field.object({ type: text })),
  body: field.unknown,
});

const time = field.required(helpScoutTime);
const nullishTime = field.nullish(time);
// z.union([z.string(), z.object({ tag: z.string() })]): a word, or an object with a tag word.
const tag = (value: unknown): unknown => {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return INVALID;
  const word = (value as { tag?: unknown }).tag;
  return typeof word === "string" ? { tag: word } : INVALID;
};

/** A conversation, checked without zod; `undefined` when the schema must say what is wrong. */
export const fastConversation = fastObject<CheckedConversation>({
  id,
  type: text,
  status: field.text,
  state: text,
  subject: text,
  primaryCustomer: person,
  customer: person,
  createdBy: person,
  assignee: person,
  owner: person,
  createdAt: time,
  userUpdatedAt: nullishTime,
  modifiedAt: nullishTime,
  closedAt: nullishTime,
  tags: field.nullish(field.array(tag)),
});
