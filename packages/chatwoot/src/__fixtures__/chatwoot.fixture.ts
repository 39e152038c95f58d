// A chatwoot account's API responses, written for these tests from chatwoot's public API
// reference (developers.chatwoot.com, "Application APIs": List Inboxes, List Agents, List
// Teams, Contacts, Conversations List, Get messages, CSAT survey responses; and "How to use
// webhooks?" in chatwoot's user guide for the webhook bodies). Names and addresses are made up.
// Times are Unix seconds (records) or date-time strings (webhooks, CSAT), as chatwoot sends them.

/** GET /api/v1/accounts/1/inboxes: inbox 3's channel type is not one chatwoot has. */
export const inboxes = {
  payload: [
    { id: 1, name: "Website", channel_type: "Channel::WebWidget", greeting_enabled: false },
    { id: 2, name: "Support mail", channel_type: "Channel::Email", email: "help@acme.test" },
    { id: 3, name: "Carrier pigeon", channel_type: "Channel::Pigeon" },
  ],
};

/** GET /api/v1/accounts/1/agents: agent 3's role is not one chatwoot has. */
export const agents = [
  {
    id: 1,
    account_id: 1,
    availability_status: "online",
    auto_offline: true,
    confirmed: true,
    email: "john@acme.test",
    available_name: "John",
    name: "John Smith",
    role: "administrator",
    thumbnail: "",
  },
  {
    id: 2,
    account_id: 1,
    confirmed: true,
    email: "jane@acme.test",
    name: "Jane Doe",
    role: "agent",
  },
  {
    id: 3,
    account_id: 1,
    confirmed: true,
    email: "max@acme.test",
    name: "Max",
    role: "supervisor",
  },
];

/** GET /api/v1/accounts/1/teams */
export const teams = [
  {
    id: 1,
    name: "billing",
    description: "Invoices and refunds",
    allow_auto_assign: true,
    account_id: 1,
    is_member: true,
  },
];

/** GET /api/v1/accounts/1/contacts: contact 43's e-mail is no address. */
export const contacts = {
  meta: { count: 2, current_page: 1 },
  payload: [
    {
      id: 42,
      name: "Alice Martin",
      email: "alice@example.com",
      phone_number: "+15550100",
      identifier: "cust-42",
      thumbnail: "",
      additional_attributes: { city: "Lyon" },
      custom_attributes: {},
      created_at: 1714500000,
    },
    {
      id: 43,
      name: "Bob",
      email: "not-an-email",
      phone_number: null,
      identifier: null,
      created_at: 1714500000,
    },
  ],
};

/** GET /api/v1/accounts/1/conversations: 9's status is not chatwoot's, 10 is dated after asOf. */
export const conversations = {
  data: {
    meta: { mine_count: 1, unassigned_count: 1, assigned_count: 2, all_count: 4 },
    payload: [
      {
        id: 7,
        account_id: 1,
        inbox_id: 1,
        status: "open",
        priority: "high",
        labels: ["billing", "vip"],
        meta: {
          sender: { id: 42, name: "Alice Martin", type: "contact" },
          assignee: { id: 2, name: "Jane Doe" },
          team: { id: 1, name: "billing" },
          channel: "Channel::WebWidget",
          hmac_verified: false,
        },
        muted: false,
        unread_count: 0,
        created_at: 1714557600,
        updated_at: 1714561200.5,
        timestamp: 1714561200,
        last_activity_at: 1714561200,
        first_reply_created_at: "2024-05-01T10:05:00.000Z",
        contact_last_seen_at: 1714561000,
        agent_last_seen_at: 1714561100,
        additional_attributes: {},
        messages: [
          {
            id: 70,
            content: "Hi, I was charged twice",
            inbox_id: 1,
            conversation_id: 7,
            message_type: 0,
            content_type: "text",
            status: "sent",
            created_at: 1714557600,
            private: false,
            sender: { id: 42, name: "Alice Martin", type: "contact" },
          },
        ],
      },
      {
        id: 8,
        account_id: 1,
        inbox_id: 2,
        status: "resolved",
        priority: null,
        labels: [],
        meta: { sender: { id: 43, name: "Bob", type: "contact" }, assignee: null, team: null },
        created_at: 1714640000,
        last_activity_at: 1714650000,
        additional_attributes: { mail_subject: "Refund" },
        contact_last_seen_at: null,
      },
      {
        id: 9,
        account_id: 1,
        inbox_id: 1,
        status: "closed",
        meta: { sender: { id: 42 }, channel: "Channel::WebWidget" },
        created_at: 1714640000,
        contact_last_seen_at: null,
      },
      {
        id: 10,
        account_id: 1,
        inbox_id: 1,
        status: "snoozed",
        meta: { sender: { id: 42 }, channel: "Channel::WebWidget" },
        created_at: 1893456000,
        contact_last_seen_at: null,
      },
    ],
  },
};

const message = (id: number, fields: Record<string, unknown>) => ({
  id,
  content: `message ${id}`,
  inbox_id: 1,
  conversation_id: 7,
  content_type: "text",
  status: "sent",
  private: false,
  content_attributes: {},
  ...fields,
});

/** GET /api/v1/accounts/1/conversations/7/messages: 70 again, a note, an activity line, a bot. */
export const messages = {
  meta: { labels: ["billing"], contact: { id: 42 }, assignee: { id: 2 } },
  payload: [
    message(70, { message_type: 0, created_at: 1714557600, sender: { id: 42, type: "contact" } }),
    message(71, { message_type: 1, created_at: 1714557900, sender: { id: 2, type: "user" } }),
    message(72, {
      message_type: 1,
      private: true,
      created_at: 1714558000,
      sender: { id: 2, type: "user" },
    }),
    message(73, {
      message_type: 2,
      content: "Conversation was assigned to Jane Doe",
      created_at: 1714557700,
    }),
    message(74, { message_type: 3, content_type: "input_csat", created_at: 1714560000 }),
    message(75, { message_type: 1, created_at: 1714557650, sender: { id: 5, type: "agent_bot" } }),
    message(76, { message_type: 9, created_at: 1714557660 }),
    message(77, {
      message_type: 1,
      status: "failed",
      created_at: 1714557670,
      sender: { id: 2, type: "user" },
    }),
  ],
};

/** A `message_created` webhook delivery: an e-mail into conversation 8. */
export const messageCreated = {
  event: "message_created",
  id: 80,
  content: "Any news on my refund?",
  created_at: "2024-05-02 09:00:00 UTC",
  message_type: "incoming",
  content_type: "incoming_email",
  content_attributes: {},
  source_id: null,
  sender: { id: 43, name: "Bob", type: "contact" },
  conversation: {
    id: 8,
    display_id: 8,
    inbox_id: 2,
    channel: "Channel::Email",
    status: "resolved",
  },
  account: { id: 1, name: "Acme" },
  inbox: { id: 2, name: "Support mail" },
};

/** GET /api/v1/accounts/1/csat_survey_responses: response 2's rating is off the scale. */
export const csatResponses = [
  {
    id: 1,
    rating: 5,
    feedback_message: "Thanks, sorted!",
    account_id: 1,
    message_id: 74,
    contact: { id: 42, name: "Alice Martin" },
    conversation_id: 7,
    assigned_agent: { id: 2, name: "Jane Doe" },
    created_at: "2024-05-01T11:00:00.000Z",
  },
  {
    id: 2,
    rating: 0,
    feedback_message: null,
    contact: { id: 42 },
    conversation_id: 7,
    created_at: "2024-05-01T11:00:00.000Z",
  },
];

/** A typing-indicator webhook delivery: no record. */
export const typingOn = {
  event: "conversation_typing_on",
  conversation: { id: 7 },
  user: { id: 2 },
};

/** The whole account as one list of bodies. */
export const account = [
  inboxes,
  agents,
  teams,
  contacts,
  conversations,
  messages,
  messageCreated,
  csatResponses,
  typingOn,
];

/**
 * The inboxes of the recorded message payloads beside the repository, which carry only an
 * `inbox_id`: their channel types are read from the messages themselves (inbox 486: the web
 * widget's e-mail form and locations; 27355: Instagram story mentions; 992: e-mail headers).
 * Inbox 475 is left out on purpose.
 */
export const recordedInboxes = {
  payload: [
    { id: 486, name: "Website", channel_type: "Channel::WebWidget" },
    { id: 27355, name: "Instagram", channel_type: "Channel::Instagram" },
    { id: 992, name: "Mail", channel_type: "Channel::Email" },
  ],
};
