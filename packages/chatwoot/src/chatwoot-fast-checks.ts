// A precompiled check of the hottest chatwoot shape, the message (see `precompiledCheck` in
// the source kit): it returns what the message schema in `chatwoot-payload.ts` returns for a
// well-formed message (the fields the schema names, present exactly when the input has them,
// in the schema's order), and `undefined` for anything else, which the schema then parses to
// say what is wrong. `chatwoot-fast-checks.test.ts` holds it to the schema.
import { fastObject, field, INVALID } from "@rapport/source-kit";
import { chatwootId, chatwootTime } from "./chatwoot-values";

type Nullish<T> = T | null | undefined;

/** A message as its schema returns it. */
export interface CheckedMessage {
  id: string;
  conversation_id?: Nullish<string>;
  conversation?: Nullish<{ id?: Nullish<string>; channel?: Nullish<string> }>;
  inbox_id?: Nullish<string>;
  inbox?: Nullish<{ id: string }>;
  message_type: number | string;
  content_type?: Nullish<string>;
  status?: Nullish<string>;
  private?: Nullish<boolean>;
  created_at: Date;
  sender?: Nullish<{
    id?: Nullish<string>;
    type?: Nullish<string>;
    email?: Nullish<string>;
    name?: Nullish<string>;
  }>;
}

const id = field.required(chatwootId);
const nullishId = field.nullish(id);
const text = field.nullish(field.text);

/** A message, checked without zod; `undefined` when the schema must say what is wrong. */
export const fastMessage = fastObject<CheckedMessage>({
  id,
  conversation_id: nullishId,
  conversation: field.nullish(field.object({ id: nullishId, channel: text })),
  inbox_id: nullishId,
  inbox: field.nullish(field.object({ id })),
  // z.union([z.int(), z.string()]): a safe integer or any string.
  message_type: (value) =>
    typeof value === "string" || Number.isSafeInteger(value) ? value : INVALID,
  content_type: text,
  status: text,
  private: field.nullish(field.boolean),
  created_at: field.required(chatwootTime),
  sender: field.nullish(field.object({ id: nullishId, type: text, email: text, name: text })),
});
