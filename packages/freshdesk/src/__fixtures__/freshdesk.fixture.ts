// A small Freshdesk account written for these tests from the field lists of the Freshdesk
// API (v2) reference: list endpoints return bare arrays, as here.

export const contacts = [
  {
    id: 432,
    name: "Rachel",
    email: "rachel@freshdesk.com",
    other_emails: ["rachel.work@example.com"],
    phone: null,
    mobile: "+1 555 0100",
    language: "en",
    time_zone: "Eastern Time (US & Canada)",
    unique_external_id: "crm-7",
    company_id: 8,
    active: true,
    created_at: "2015-08-18T16:18:14Z",
    updated_at: "2015-08-24T09:25:19Z",
    tags: [],
  },
  { id: 433, name: "Broken", email: "not an email" },
];

export const agents = [
  {
    id: 1,
    available: true,
    occasional: false,
    ticket_scope: 1,
    group_ids: [6],
    role_ids: [1],
    contact: { name: "Support Agent", email: "agent@freshdesk.com", active: true },
    type: "support_agent",
  },
];

export const groups = [{ id: 6, name: "Billing", agent_ids: [1] }];

export const tickets = [
  {
    id: 20,
    requester_id: 432,
    responder_id: 1,
    group_id: 6,
    subject: "Refund not received",
    description: "<div>Hi</div>",
    status: 4,
    priority: 3,
    source: 1,
    type: "Question",
    tags: ["refund"],
    fr_escalated: false,
    is_escalated: false,
    created_at: "2015-08-24T11:56:51Z",
    updated_at: "2015-08-24T12:30:00Z",
    due_by: "2015-08-27T11:30:00Z",
    stats: {
      agent_responded_at: "2015-08-24T12:00:00Z",
      requester_responded_at: "2015-08-24T12:05:00Z",
      first_responded_at: "2015-08-24T12:00:00Z",
      status_updated_at: "2015-08-24T12:30:00Z",
      reopened_at: "2015-08-24T12:10:00Z",
      resolved_at: "2015-08-24T12:30:00Z",
      closed_at: null,
      pending_since: null,
    },
  },
  {
    id: 21,
    requester_id: 432,
    subject: "Chat follow-up",
    status: 2,
    priority: 2,
    source: 7,
    created_at: "2015-08-25T09:00:00Z",
    updated_at: "2015-08-25T09:00:00Z",
    conversations: [
      {
        id: 3001,
        body: "<div>Can you check?</div>",
        body_text: "Can you check?",
        incoming: true,
        private: false,
        user_id: 432,
        created_at: "2015-08-25T09:01:00Z",
      },
    ],
  },
  {
    id: 22,
    requester_id: 432,
    status: 9,
    priority: 1,
    source: 2,
    created_at: "2015-08-25T09:00:00Z",
  },
  {
    id: 23,
    requester_id: 432,
    status: 2,
    priority: 7,
    source: 2,
    created_at: "2015-08-25T09:00:00Z",
  },
  {
    id: 24,
    requester_id: 432,
    status: 2,
    priority: 1,
    source: 13,
    created_at: "2015-08-25T09:00:00Z",
  },
];

export const conversations = [
  {
    id: 3101,
    ticket_id: 20,
    body_text: "We have refunded you.",
    incoming: false,
    private: false,
    user_id: 1,
    support_email: "support@acme.freshdesk.com",
    source: 0,
    created_at: "2015-08-24T12:00:00Z",
    updated_at: "2015-08-24T12:00:00Z",
  },
  {
    id: 3102,
    ticket_id: 20,
    body_text: "Checked with finance",
    incoming: false,
    private: true,
    user_id: 1,
    source: 2,
    created_at: "2015-08-24T12:20:00Z",
  },
  {
    id: 3103,
    ticket_id: 999,
    body_text: "orphan",
    incoming: true,
    private: false,
    created_at: "2015-08-24T12:20:00Z",
  },
];

export const ratings = [
  {
    id: 5001,
    survey_id: 10,
    user_id: 432,
    agent_id: 1,
    group_id: 6,
    ticket_id: 20,
    feedback: "Very quick",
    ratings: { default_question: 102, question_2: 103 },
    created_at: "2015-08-24T13:00:00Z",
    updated_at: "2015-08-24T13:00:00Z",
  },
  {
    id: 5002,
    user_id: 432,
    ticket_id: 21,
    ratings: { default_question: -103 },
    created_at: "2015-08-26T10:00:00Z",
  },
  {
    id: 5003,
    user_id: 432,
    ticket_id: 21,
    ratings: { default_question: 5 },
    created_at: "2015-08-26T10:00:00Z",
  },
  { id: 5004, user_id: 432, ticket_id: 21, ratings: {}, created_at: "2015-08-26T10:00:00Z" },
];

/** Every list above, as a list of pages (bare arrays, as Freshdesk returns them). */
export const account = [contacts, agents, groups, tickets, conversations, ratings];
