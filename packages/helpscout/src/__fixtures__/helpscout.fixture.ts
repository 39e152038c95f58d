// A Help Scout account's Mailbox API 2.0 responses and webhook bodies, written for these tests
// from Help Scout's public developer documentation (developer.helpscout.com: Mailbox API 2.0
// "List Users", "List Teams", "List Customers", "Get Conversation", "List Threads", "Get
// Satisfaction Rating"; Webhooks "Rating Object"). Names and addresses are made up.

const links = (path: string) => ({
  _links: { self: { href: `https://api.helpscout.net/v2/${path}` } },
});
const pageOf = (n: number) => ({ page: { size: 50, totalElements: n, totalPages: 1, number: 1 } });

/** GET /v2/users: user 13's role is not one Help Scout has. */
export const users = {
  _embedded: {
    users: [
      {
        id: 11,
        firstName: "Vernon",
        lastName: "Bear",
        email: "bear@acme.test",
        role: "owner",
        timezone: "America/New_York",
        type: "user",
        mention: "vernon",
        initials: "VB",
        createdAt: "2023-01-01T09:00:00Z",
        ...links("users/11"),
      },
      {
        id: 12,
        firstName: "Ann",
        lastName: "Lee",
        email: "ann@acme.test",
        role: "user",
        type: "user",
      },
      { id: 13, firstName: "Guest", role: "guest", type: "user" },
    ],
  },
  ...pageOf(3),
  ...links("users"),
};

/** GET /v2/teams */
export const teams = {
  _embedded: {
    teams: [{ id: 21, name: "Tier 2", timezone: "Europe/Paris", mention: "tier2", initials: "T2" }],
  },
  ...pageOf(1),
  ...links("teams"),
};

/** GET /v2/customers, with the customer's e-mails and phones embedded. */
export const customers = {
  _embedded: {
    customers: [
      {
        id: 500,
        firstName: "Happy",
        lastName: "Customer",
        organization: "Acme",
        createdAt: "2024-01-10T09:00:00Z",
        _embedded: {
          emails: [{ id: 1, value: "happy@example.com", type: "work" }],
          phones: [{ id: 2, value: "+1-555-0100", type: "work" }],
        },
      },
    ],
  },
  ...pageOf(1),
  ...links("customers"),
};

const thread = (id: number, fields: Record<string, unknown>) => ({
  id,
  status: "nochange",
  state: "published",
  source: { type: "email", via: "user" },
  customer: { id: 500 },
  createdBy: { id: 12, type: "user" },
  ...fields,
});

/**
 * GET /v2/conversations/123?embed=threads: opened, answered and closed, reopened by the
 * customer, set pending in a chat, closed by a workflow (a line item); a draft, a call, and a
 * thread of a type Help Scout does not have.
 */
export const conversation = {
  id: 123,
  number: 456,
  threads: 10,
  type: "email",
  folderId: 1,
  status: "closed",
  state: "published",
  subject: "Order missing",
  mailboxId: 85,
  assignee: { id: 12, type: "user", first: "Ann", last: "Lee" },
  createdBy: { id: 500, type: "customer" },
  createdAt: "2024-05-01T10:00:00Z",
  closedBy: 12,
  closedAt: "2024-05-03T09:00:00Z",
  userUpdatedAt: "2024-05-03T10:00:00Z",
  source: { type: "email", via: "customer" },
  tags: [{ id: 1, color: "#929499", tag: "orders" }],
  primaryCustomer: { id: 500 },
  _embedded: {
    threads: [
      thread(1001, {
        type: "customer",
        status: "active",
        createdAt: "2024-05-01T10:00:00Z",
        createdBy: { id: 500, type: "customer" },
      }),
      thread(1002, { type: "note", createdAt: "2024-05-01T10:10:00Z" }),
      thread(1003, { type: "reply", status: "closed", createdAt: "2024-05-01T10:20:00Z" }),
      thread(1004, {
        type: "lineitem",
        createdAt: "2024-05-01T10:21:00Z",
        action: { type: "changed-ticket-assignee" },
      }),
      thread(1005, {
        type: "customer",
        status: "active",
        createdAt: "2024-05-02T08:00:00Z",
        createdBy: { id: 500, type: "customer" },
      }),
      thread(1006, { type: "chat", status: "pending", createdAt: "2024-05-02T09:00:00Z" }),
      thread(1007, {
        type: "lineitem",
        status: "closed",
        createdAt: "2024-05-03T09:00:00Z",
        action: { type: "manual-workflow" },
      }),
      thread(1008, { type: "reply", state: "draft", createdAt: "2024-05-03T09:10:00Z" }),
      thread(1009, { type: "phone", createdAt: "2024-05-03T09:30:00Z" }),
      thread(1010, { type: "fax", createdAt: "2024-05-03T09:40:00Z" }),
    ],
  },
};

/** GET /v2/conversations: spam (124), a draft (125), a status Help Scout does not have (126). */
export const conversations = {
  _embedded: {
    conversations: [
      { ...conversation, id: 124, status: "spam", _embedded: undefined },
      { ...conversation, id: 125, state: "draft", status: "active", _embedded: undefined },
      { ...conversation, id: 126, status: "archived", _embedded: undefined },
    ],
  },
  ...pageOf(3),
  ...links("conversations"),
};

/** GET /v2/conversations/127/threads: the conversation itself is not in the import. */
export const threads = {
  _embedded: {
    threads: [
      thread(2001, {
        type: "customer",
        customer: { id: 600 },
        createdBy: { id: 600, type: "customer" },
        createdAt: "2024-06-01T10:00:00Z",
      }),
      thread(2002, {
        type: "reply",
        customer: { id: 600 },
        createdBy: { id: 11, type: "user" },
        source: { type: "beacon-v2" },
        createdAt: "2024-06-01T10:30:00Z",
      }),
    ],
  },
  ...pageOf(2),
  ...links("conversations/127/threads"),
};

/** A thread alone, with nothing to say which conversation it belongs to. */
export const orphanThread = thread(3001, { type: "customer", createdAt: "2024-06-02T10:00:00Z" });

/** GET /v2/ratings/1: the API reference's example, dated 2024 (its time has no zone: UTC). */
export const rating = {
  id: 1,
  customer: { id: 500, email: "happy@example.com", firstName: "Happy", lastName: "Customer" },
  threadId: 1003,
  conversationId: 123,
  conversationNumber: 456,
  mailboxId: 85,
  rating: "great",
  user: { id: 12, email: "ann@acme.test", firstName: "Ann", lastName: "Lee" },
  comments: "Well done!",
  createdAt: "2024-05-01T12:12:13",
  ...links("ratings/1"),
};

/** A satisfaction-rating webhook body (the webhooks' Rating Object), and two more ratings. */
export const webhookRating = {
  id: 5434,
  customer: { id: 449379, firstName: "John", lastName: "Doe" },
  ticketId: 1560011,
  threadId: 3002084,
  mailbox: { id: 1234, name: "My Mailbox" },
  rating: "Okay",
  comments: "he was really helpful",
  createdAt: "2024-06-13T12:34:12Z",
  modifiedAt: "2024-06-14T20:18:33Z",
};
export const unknownRating = { ...rating, id: 2, rating: "unknown" };
export const offScaleRating = { ...rating, id: 3, rating: "meh" };

/** GET /v2/mailboxes: mailboxes are not imported. */
export const mailboxes = {
  _embedded: { mailboxes: [{ id: 85, name: "Support", slug: "support", email: "help@acme.test" }] },
  ...pageOf(1),
};

/** The whole account as one list of bodies. */
export const account = [
  users,
  teams,
  customers,
  conversation,
  conversations,
  threads,
  orphanThread,
  rating,
  webhookRating,
  unknownRating,
  offScaleRating,
  mailboxes,
];
