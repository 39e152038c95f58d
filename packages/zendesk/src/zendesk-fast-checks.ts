// The precompiled check of the hot Zendesk shape, the ticket (see `precompiledCheck` in the
// source kit): it returns what the ticket schema in `zendesk-payload.ts` returns for a
// well-formed ticket (the fields the schema names, present exactly when the input has them, in
// the schema's order), and `undefined` for anything else, which the schema then parses to say
// what is wrong. `zendesk-fast-checks.test.ts` holds it to the schema.
import { type FastCheck, fastObject, field, INVALID } from "@rapport/source-kit";
import { BAD_VIA, zendeskId, zendeskTime, zendeskViaChannel } from "./zendesk-values";

type Nullish<T> = T | null | undefined;

/** A ticket as its schema returns it. */
export interface CheckedTicket {
  id: string;
  requester_id: string;
  subject?: Nullish<string>;
  status: string;
  priority?: unknown;
  via?: unknown;
  assignee_id?: Nullish<string>;
  group_id?: Nullish<string>;
  created_at: Date;
  updated_at?: Nullish<Date>;
  tags?: Nullish<string[]>;
}

// Built on first use: a bundle that only follows pages or verifies webhooks carries none of it.
function ticketCheck(): FastCheck<CheckedTicket> {
  const id = field.required(zendeskId);
  const time = field.required(zendeskTime);
  return fastObject<CheckedTicket>({
    id,
    requester_id: id,
    subject: field.nullish(field.text),
    status: field.text,
    priority: field.unknown,
    via: (value) => {
      const channel = zendeskViaChannel(value);
      return channel === BAD_VIA ? INVALID : channel;
    },
    assignee_id: field.nullish(id),
    group_id: field.nullish(id),
    created_at: time,
    updated_at: field.nullish(time),
    tags: field.nullish(field.array(field.text)),
  });
}

let ticket: FastCheck<CheckedTicket> | undefined;

/** A ticket, checked without zod; `undefined` when the schema must say what is wrong. */
export function fastTicket(raw: unknown): CheckedTicket | undefined {
  ticket ??= ticketCheck();
  return ticket(raw);
}
