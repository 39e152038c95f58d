// A generated chatwoot account for the benchmarks: conversations (`GET …/conversations`) with
// their messages embedded, every message with the fields chatwoot's API returns, as in the
// recorded message payloads of chatwoot's own test data (content, content attributes, source
// id, and the full sender: a contact with its attributes, or an agent). Texts, ids and
// addresses are made up.

const T0 = 1_714_557_600; // 2024-05-01T10:00:00Z

const contact = (id: number) => ({
  additional_attributes: { created_at_ip: "::1" },
  custom_attributes: {},
  email: `customer${id}@example.com`,
  id,
  identifier: null,
  name: `Customer ${id}`,
  phone_number: null,
  thumbnail: "",
  type: "contact",
});

const agent = (id: number) => ({
  id,
  name: "Jane Doe",
  available_name: "Jane Doe",
  avatar_url: "",
  type: "user",
  availability_status: "online",
  thumbnail: "",
});

/** Message `k` of conversation `id`: the contact and an agent taking turns. */
export function message(id: number, k: number): Record<string, unknown> {
  const incoming = k % 2 === 0;
  const customer = 40_000 + (id % 5000);
  return {
    id: id * 100 + k,
    content: incoming
      ? "Hi, I was charged twice for my last order, can you check?"
      : "Thanks for writing in: I can see the second charge and have refunded it.",
    inbox_id: 1 + (id % 3),
    conversation_id: id,
    message_type: incoming ? 0 : 1,
    content_type: "text",
    status: "sent",
    content_attributes: { in_reply_to: null },
    created_at: T0 + id * 600 + k * 30,
    private: false,
    source_id: null,
    sender: incoming ? contact(customer) : agent(2 + (id % 20)),
  };
}

/** Conversation `id` with `messages` messages embedded. */
export function conversation(id: number, messages: number): Record<string, unknown> {
  const customer = 40_000 + (id % 5000);
  return {
    id,
    account_id: 1,
    uuid: `00000000-0000-4000-8000-${String(id).padStart(12, "0")}`,
    inbox_id: 1 + (id % 3),
    status: "open",
    priority: "high",
    labels: ["billing", id % 2 === 0 ? "vip" : "refund"],
    meta: {
      sender: { ...contact(customer) },
      assignee: { id: 2 + (id % 20), name: "Jane Doe", available_name: "Jane Doe", type: "user" },
      team: { id: 1, name: "billing" },
      channel: "Channel::WebWidget",
      hmac_verified: false,
    },
    muted: false,
    can_reply: true,
    snoozed_until: null,
    unread_count: 0,
    created_at: T0 + id * 600,
    updated_at: T0 + id * 600 + messages * 30,
    timestamp: T0 + id * 600 + messages * 30,
    last_activity_at: T0 + id * 600 + messages * 30,
    first_reply_created_at: T0 + id * 600 + 30,
    contact_last_seen_at: T0 + id * 600 + messages * 30,
    agent_last_seen_at: T0 + id * 600 + messages * 30,
    waiting_since: 0,
    additional_attributes: { browser: { browser_name: "Chrome", platform_name: "macOS" } },
    custom_attributes: {},
    messages: Array.from({ length: messages }, (_, k) => message(id, k)),
  };
}
