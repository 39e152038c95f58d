// A precompiled check of the hottest Help Scout shape, the thread (see `precompiledCheck` in
// the source kit): it returns what the thread schema in `helpscout-payload.ts` returns for a
// well-formed thread (the fields the schema names, present exactly when the input has them, in
// the schema's order), and `undefined` for anything else, which the schema then parses to say
// what is wrong. `helpscout-fast-checks.test.ts` holds it to the schema.
import { fastObject, field } from "@rapport/source-kit";
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
});
