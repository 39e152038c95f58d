// A generated Zendesk incremental ticket export, shaped like the real ticket payloads (every
// field Zendesk sends, custom fields included), for the benchmarks.

const STATUSES = ["new", "open", "pending", "hold", "solved", "closed"];
const PRIORITIES = [null, "low", "normal", "high", "urgent"];
const CHANNELS = ["web", "email", "api", "voice", "chat", "twitter"];

/** One generated ticket. */
export function ticket(id: number): Record<string, unknown> {
  const created = Date.UTC(2024, 0, 1) + id * 60_000;
  return {
    url: `https://acme.zendesk.com/api/v2/tickets/${id}.json`,
    id,
    external_id: null,
    via: { channel: CHANNELS[id % CHANNELS.length], source: { from: {}, to: {}, rel: null } },
    created_at: new Date(created).toISOString().replace(".000", ""),
    updated_at: new Date(created + 3_600_000).toISOString().replace(".000", ""),
    type: "incident",
    subject: `Ticket number ${id}: my order has not arrived`,
    raw_subject: `Ticket number ${id}: my order has not arrived`,
    description: "Hello, I ordered last week and nothing has arrived yet. Can you help?",
    priority: PRIORITIES[id % PRIORITIES.length],
    status: STATUSES[id % STATUSES.length],
    recipient: null,
    requester_id: 20_000_000 + (id % 5_000),
    submitter_id: 20_000_000 + (id % 5_000),
    assignee_id: 30_000 + (id % 40),
    organization_id: 9_000 + (id % 300),
    group_id: 100 + (id % 8),
    collaborator_ids: [],
    follower_ids: [],
    forum_topic_id: null,
    problem_id: null,
    has_incidents: false,
    is_public: true,
    due_at: null,
    tags: ["order", id % 2 === 0 ? "shipping" : "billing"],
    custom_fields: [
      { id: 20015156, value: null },
      { id: 20027726, value: `SKU-${id % 97}` },
    ],
    satisfaction_rating: { score: "unoffered" },
    sharing_agreement_ids: [],
    fields: [
      { id: 20015156, value: null },
      { id: 20027726, value: `SKU-${id % 97}` },
    ],
    ticket_form_id: 360000,
    brand_id: 5446,
    allow_channelback: false,
    allow_attachments: true,
  };
}

/** Page `page` (0-based) of a 100-page, 100,000-ticket incremental export. */
export function exportPage(page: number, perPage = 1000, pages = 100): Record<string, unknown> {
  const tickets = [];
  for (let i = 1; i <= perPage; i++) tickets.push(ticket(page * perPage + i));
  return {
    tickets,
    after_cursor: `cursor${page + 1}`,
    after_url: `https://acme.zendesk.com/api/v2/incremental/tickets/cursor.json?cursor=cursor${page + 1}`,
    before_cursor: null,
    end_of_stream: page === pages - 1,
  };
}
