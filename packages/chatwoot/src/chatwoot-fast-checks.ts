// The shapes the precompiled checks of the two hot chatwoot records return, and the check of
// the conversation (the message's is in `chatwoot-fast-message.ts`; see `precompiledCheck` in
// the source kit): each returns what its schema in `chatwoot-payload.ts`
// returns for a well-formed record (the fields the schema names, present exactly when the
// input has them, in the schema's order), and `undefined` for anything else, which the schema
// then parses to say what is wrong. `chatwoot-fast-checks.test.ts` holds them to the schemas.
import { fastObject, field } from "@rapport/source-kit";
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
  content?: unknown;
}

type Ref = Nullish<{ id: string }>;

/** A conversation as its schema returns it. */
export interface CheckedConversation {
  id: string;
  inbox_id?: Nullish<string>;
  contact_id?: Nullish<string>;
  channel?: Nullish<string>;
  status: string;
  priority?: unknown;
  labels?: Nullish<string[]>;
  created_at: Date;
  updated_at?: Nullish<Date>;
  last_activity_at?: Nullish<Date>;
  first_reply_created_at?: Nullish<Date>;
  additional_attributes?: Nullish<{ mail_subject?: Nullish<string> }>;
  meta?: Nullish<{ sender?: Ref; assignee?: Ref; team?: Ref; channel?: Nullish<string> }>;
}

const id = field.required(chatwootId);
/** An optional chatwoot id (`IdSchema.nullish()`): the id as a string, or `INVALID`. */
export const nullishId = field.nullish(id);
/** An optional text (`z.string().nullish()`): the text, or `INVALID`. */
export const text = field.nullish(field.text);
const time = field.required(chatwootTime);
const nullishTime = field.nullish(time);
const ref = field.nullish(field.object({ id }));

/** A conversation, checked without zod; `undefined` when the schema must say what is wrong. */
export const fastConversation = fastObject<CheckedConversation>({
  id,
  inbox_id: nullishId,
  contact_id: nullishId,
  channel: text,
  status: field.text,
  priority: field.unknown,
  labels: field.nullish(field.array(field.text)),
  created_at: time,
  updated_at: nullishTime,
  last_activity_at: nullishTime,
  first_reply_created_at: nullishTime,
  additional_attributes: field.nullish(field.object({ mail_subject: text })),
  meta: field.nullish(field.object({ sender: ref, assignee: ref, team: ref, channel: text })),
});
