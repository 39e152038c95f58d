// A generated Freshdesk account for the benchmarks: tickets (`include=stats`) and their
// conversations with every field the Freshdesk API (v2) returns for them, as in the recorded
// responses of its reference (`GET /api/v2/tickets/[id]`, `GET /api/v2/tickets/[id]/conversations`):
// e-mail lists, escalation flags, due dates, the description as HTML and text, custom fields,
// an attachment, the stats times. Texts, ids and addresses are made up.

const STATUSES = [2, 3, 4, 5];
const SOURCES = [1, 2, 3, 7, 9, 10];
const at = (minutes: number) => new Date(Date.UTC(2024, 0, 1) + minutes * 60_000).toISOString();
const seconds = (iso: string) => iso.replace(".000Z", "Z");

/** Ticket `id` (from 1), as `GET /api/v2/tickets?include=stats` lists it. */
export function ticket(id: number): Record<string, unknown> {
  const created = id * 7;
  const status = STATUSES[id % STATUSES.length]!;
  return {
    cc_emails: [`cc${id % 50}@example.com`],
    fwd_emails: [],
    reply_cc_emails: [`cc${id % 50}@example.com`],
    ticket_cc_emails: [],
    fr_escalated: false,
    spam: false,
    email_config_id: 6000000001,
    group_id: 6000000100 + (id % 8),
    priority: 1 + (id % 4),
    requester_id: 6000100000 + (id % 5000),
    responder_id: 6000000200 + (id % 40),
    source: SOURCES[id % SOURCES.length],
    company_id: null,
    status,
    subject: `Order ${id} has not arrived`,
    association_type: null,
    support_email: "support@acme.freshdesk.com",
    to_emails: ["support@acme.freshdesk.com"],
    product_id: null,
    id,
    type: "Question",
    due_by: seconds(at(created + 4320)),
    fr_due_by: seconds(at(created + 1440)),
    is_escalated: false,
    description: "<div>Hello, I ordered last week and nothing has arrived yet. Can you help?</div>",
    description_text: "Hello, I ordered last week and nothing has arrived yet. Can you help?",
    custom_fields: { order_number: `A-${id}`, parent_ticket_id: null, child_ticket_id: null },
    created_at: seconds(at(created)),
    updated_at: seconds(at(created + 90)),
    tags: ["order", id % 2 === 0 ? "shipping" : "billing"],
    attachments: [
      {
        id: 6000500000 + id,
        content_type: "image/png",
        size: 44115,
        name: "receipt.png",
        attachment_url: `https://acme.freshdesk.com/attachments/${id}/receipt.png`,
        created_at: seconds(at(created)),
        updated_at: seconds(at(created)),
      },
    ],
    source_additional_info: null,
    structured_description: null,
    nr_due_by: null,
    nr_escalated: false,
    stats: {
      agent_responded_at: seconds(at(created + 30)),
      requester_responded_at: seconds(at(created + 60)),
      first_responded_at: seconds(at(created + 30)),
      status_updated_at: seconds(at(created + 90)),
      reopened_at: null,
      resolved_at: status >= 4 ? seconds(at(created + 90)) : null,
      closed_at: status === 5 ? seconds(at(created + 90)) : null,
      pending_since: status === 3 ? seconds(at(created + 90)) : null,
    },
  };
}

/** Conversation `k` (0 or 1: the customer's reply, then the agent's) of ticket `id`. */
export function conversation(id: number, k: number): Record<string, unknown> {
  const incoming = k === 0;
  const created = seconds(at(id * 7 + 30 * (k + 1)));
  return {
    body: incoming
      ? "<div>Thanks, the order number is on the receipt I attached.</div>"
      : "<div>We have found your parcel: it arrives tomorrow.</div>",
    body_text: incoming
      ? "Thanks, the order number is on the receipt I attached."
      : "We have found your parcel: it arrives tomorrow.",
    id: 7000000000 + 2 * id + k,
    incoming,
    private: false,
    user_id: incoming ? 6000100000 + (id % 5000) : 6000000200 + (id % 40),
    support_email: incoming ? null : "support@acme.freshdesk.com",
    source: incoming ? 0 : 2,
    category: 2,
    ticket_id: id,
    to_emails: incoming ? ["support@acme.freshdesk.com"] : [`customer${id % 5000}@example.com`],
    from_email: incoming ? `customer${id % 5000}@example.com` : "support@acme.freshdesk.com",
    cc_emails: [],
    bcc_emails: null,
    email_failure_count: null,
    outgoing_failures: null,
    thread_id: null,
    thread_message_id: null,
    created_at: created,
    updated_at: created,
    last_edited_at: null,
    last_edited_user_id: null,
    attachments: [],
    automation_id: null,
    automation_type_id: null,
    auto_response: false,
    source_additional_info: null,
  };
}
