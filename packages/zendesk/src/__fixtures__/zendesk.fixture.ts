// A small Zendesk account written for these tests from the field lists of the Support API
// reference (tickets, users, groups, audits, comments, ticket metrics, satisfaction ratings).
// Times are chosen so that expected values can be worked out by hand.

export const users = {
  users: [
    {
      id: 20978392,
      name: "Jane Customer",
      email: "jane@example.com",
      phone: "+49 30 1234567",
      role: "end-user",
      external_id: "crm-42",
      locale: "de-DE",
      time_zone: "Berlin",
      iana_time_zone: "Europe/Berlin",
      organization_id: 57542,
      created_at: "2023-01-15T08:00:00Z",
      tags: ["vip"],
      user_fields: {},
    },
    { id: 235323, name: "Johnny Agent", email: "johnny@example.com", role: "agent" },
    { id: 1, name: "Ada Admin", email: "ada@example.com", role: "admin" },
    { id: 9, name: "Light Agent", role: "light-agent" },
  ],
  groups: [{ id: 98738, name: "Billing", deleted: false }],
  organizations: [{ id: 57542, name: "Acme" }],
  next_page: null,
  count: 4,
};

export const tickets = {
  tickets: [
    {
      id: 35436,
      requester_id: 20978392,
      submitter_id: 20978392,
      assignee_id: 235323,
      group_id: 98738,
      subject: "Help, my printer is on fire!",
      status: "hold",
      priority: null,
      via: { channel: "email", source: { from: {}, to: {}, rel: null } },
      created_at: "2024-03-01T09:00:00Z",
      updated_at: "2024-03-02T10:00:00Z",
      tags: ["printer", "fire"],
      custom_fields: [{ id: 27642, value: "745" }],
      satisfaction_rating: { score: "unoffered" },
    },
    {
      id: 35437,
      requester_id: 20978392,
      assignee_id: 235323,
      subject: "Call me back",
      status: "solved",
      priority: "urgent",
      via: { channel: "voice" },
      created_at: "2024-03-01T10:00:00Z",
      updated_at: "2024-03-01T13:00:00Z",
      tags: [],
    },
    {
      id: 35438,
      requester_id: 20978392,
      status: "archived",
      via: { channel: "web" },
      created_at: "2024-03-01T10:00:00Z",
    },
  ],
  next_page: null,
  previous_page: null,
  count: 3,
};

const audit = (
  id: number,
  createdAt: string,
  events: unknown[],
  channel = "voice",
): Record<string, unknown> => ({
  id,
  ticket_id: 35437,
  created_at: createdAt,
  author_id: 235323,
  via: { channel },
  metadata: { system: {}, custom: {} },
  events,
});

export const audits = {
  audits: [
    audit(9001, "2024-03-01T10:00:00Z", [
      {
        id: 90011,
        type: "Comment",
        author_id: 20978392,
        body: "Please call me back.",
        public: true,
        attachments: [],
      },
      { id: 90012, type: "Create", field_name: "status", value: "new" },
      { id: 90013, type: "Create", field_name: "priority", value: "urgent" },
      { id: 90014, type: "Create", field_name: "requester_id", value: "20978392" },
    ]),
    audit(9002, "2024-03-01T10:30:00Z", [
      {
        id: 90021,
        type: "VoiceComment",
        author_id: 235323,
        public: true,
        data: { call_duration: 95 },
      },
      { id: 90022, type: "Change", field_name: "status", value: "open", previous_value: "new" },
    ]),
    audit(9003, "2024-03-01T11:00:00Z", [
      { id: 90031, type: "Change", field_name: "status", value: "solved", previous_value: "open" },
    ]),
    audit(9004, "2024-03-01T12:00:00Z", [
      { id: 90041, type: "Comment", author_id: 20978392, body: "Still broken", public: true },
      { id: 90042, type: "Change", field_name: "status", value: "open", previous_value: "solved" },
    ]),
    audit(9005, "2024-03-01T13:00:00Z", [
      { id: 90051, type: "Comment", author_id: 235323, body: "Internal note", public: false },
      { id: 90052, type: "Change", field_name: "status", value: "solved", previous_value: "open" },
      { id: 90053, type: "Notification", subject: "Solved", recipients: [20978392] },
    ]),
  ],
  next_page: null,
  count: 5,
};

export const comments = {
  comments: [
    {
      id: 7001,
      ticket_id: 35436,
      type: "Comment",
      author_id: 235323,
      body: "Checking with the team",
      public: false,
      via: { channel: "web" },
      created_at: "2024-03-01T09:45:00Z",
    },
    {
      id: 7002,
      type: "Comment",
      author_id: 20978392,
      body: "No ticket_id here",
      public: true,
      created_at: "2024-03-01T09:50:00Z",
    },
  ],
};

export const metrics = {
  ticket_metrics: [
    {
      id: 33,
      ticket_id: 35436,
      reopens: 0,
      replies: 1,
      reply_time_in_minutes: { calendar: 30, business: 30 },
      first_resolution_time_in_minutes: { calendar: null, business: null },
      solved_at: null,
      created_at: "2024-03-01T09:00:00Z",
    },
    { id: 34, ticket_id: 99999, reopens: 2, reply_time_in_minutes: { calendar: 5 } },
  ],
};

export const ratings = {
  satisfaction_ratings: [
    {
      id: 501,
      score: "good",
      ticket_id: 35437,
      requester_id: 20978392,
      assignee_id: 235323,
      group_id: 98738,
      created_at: "2024-03-01T13:05:00Z",
      updated_at: "2024-03-01T13:06:00Z",
      comment: "Quick and kind",
    },
    {
      id: 502,
      score: "bad",
      ticket_id: 35436,
      requester_id: 20978392,
      created_at: "2024-03-02T10:00:00Z",
      updated_at: null,
      comment: null,
    },
    {
      id: 503,
      score: "offered",
      ticket_id: 1,
      requester_id: 20978392,
      created_at: "2024-03-01T00:00:00Z",
    },
    {
      id: 504,
      score: "unoffered",
      ticket_id: 2,
      requester_id: 20978392,
      created_at: "2024-03-01T00:00:00Z",
    },
    { id: 505, score: 4, ticket_id: 3, requester_id: 20978392, created_at: "2024-03-01T00:00:00Z" },
    {
      id: 506,
      score: "meh",
      ticket_id: 4,
      requester_id: 20978392,
      created_at: "2024-03-01T00:00:00Z",
    },
  ],
};

/** Every page above, as a list of pages. */
export const account = [users, tickets, audits, comments, metrics, ratings];
