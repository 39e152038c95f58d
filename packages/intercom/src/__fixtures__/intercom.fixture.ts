// A small Intercom workspace written for these tests from the object models of the Intercom
// REST API reference (admins, teams, contacts, conversations, conversation parts, ratings).
// Times are Unix seconds chosen so that expected values can be worked out by hand.

export const T0 = 1663597223; // 2022-09-19T14:20:23Z
export const JOE = "5310d8e7598c9a0b24000002";
export const CIARAN = "991267460";

export const admins = {
  type: "admin.list",
  admins: [
    {
      type: "admin",
      id: CIARAN,
      name: "Ciaran Lee",
      email: "admin1@example.com",
      away_mode_enabled: false,
      has_inbox_seat: true,
      team_ids: ["814865"],
    },
    { type: "admin", id: "991267461", name: "", email: "nameless@example.com", team_ids: [] },
  ],
};

export const teams = {
  type: "team.list",
  teams: [{ type: "team", id: "814865", name: "Example Team", admin_ids: [CIARAN] }],
};

export const contacts = {
  type: "list",
  data: [
    {
      type: "contact",
      id: JOE,
      workspace_id: "ecahpwf5",
      external_id: "25",
      role: "user",
      email: "joe@example.com",
      phone: "+353871234567",
      name: "Joe Example",
      created_at: 1571672154,
      updated_at: 1571672158,
      signed_up_at: 1571069751,
      last_seen_at: 1571069751,
      browser_language: "en",
      language_override: null,
      location: { type: "location", country: "Ireland", city: "Dublin" },
      custom_attributes: {},
    },
    { type: "contact", id: "lead1", role: "lead", email: "not-an-email" },
  ],
  total_count: 2,
  pages: { type: "pages", next: null, page: 1, per_page: 50, total_pages: 1 },
};

const part = (
  id: string,
  partType: string,
  offset: number,
  author: { type: string; id: string } | null,
  extra: Record<string, unknown> = {},
) => ({
  type: "conversation_part",
  id,
  part_type: partType,
  body: partType === "comment" || partType === "note" ? "<p>…</p>" : null,
  created_at: T0 + offset,
  updated_at: T0 + offset,
  notified_at: T0 + offset,
  assigned_to: null,
  author,
  attachments: [],
  redacted: false,
  ...extra,
});

const admin = { type: "admin", id: CIARAN };
const joe = { type: "user", id: JOE };

export const conversations = {
  type: "conversation.list",
  conversations: [
    {
      type: "conversation",
      id: "1295",
      title: "Billing question",
      created_at: T0,
      updated_at: T0 + 2100,
      waiting_since: null,
      snoozed_until: null,
      open: false,
      state: "closed",
      read: true,
      priority: "priority",
      admin_assignee_id: Number(CIARAN),
      team_assignee_id: "814865",
      tags: { type: "tag.list", tags: [{ type: "tag", id: "1", name: "billing" }] },
      source: {
        type: "conversation",
        id: "403918330",
        delivered_as: "customer_initiated",
        subject: "",
        body: "<p>Hi, my invoice is wrong</p>",
        author: { ...joe, name: "Joe Example", email: "joe@example.com" },
        attachments: [],
        url: null,
        redacted: false,
      },
      contacts: {
        type: "contact.list",
        contacts: [{ type: "contact", id: JOE, external_id: "25" }],
      },
      teammates: { type: "admin.list", teammates: [admin] },
      conversation_rating: {
        rating: 4,
        remark: "Thanks!",
        created_at: T0 + 2000,
        contact: { type: "contact", id: JOE },
        teammate: admin,
      },
      statistics: null,
      conversation_parts: {
        type: "conversation_part.list",
        conversation_parts: [
          part(
            "1001",
            "default_assignment",
            60,
            { type: "bot", id: "b1" },
            {
              assigned_to: { type: "team", id: "814865" },
            },
          ),
          part("1002", "assignment", 120, admin, { assigned_to: { type: "admin", id: CIARAN } }),
          part("1003", "comment", 300, admin),
          part("1004", "note", 360, admin),
          part("1005", "comment", 600, joe),
          part("1006", "close", 900, admin),
          part("1007", "open", 1200, joe),
          part("1008", "snoozed", 1500, admin),
          part("1009", "unsnoozed", 1800, admin),
          part("1010", "close", 2100, admin),
          part("1011", "participant_added", 2150, admin),
          part("1012", "comment", 2200, { type: "alien", id: "x" }),
        ],
        total_count: 12,
      },
    },
    {
      type: "conversation",
      id: "1296",
      created_at: T0 + 100_000,
      updated_at: T0 + 100_700,
      state: "snoozed",
      priority: "not_priority",
      source: { type: "email", id: "77", subject: "Refund", author: joe },
      contacts: { type: "contact.list", contacts: [] },
      statistics: {
        type: "conversation_statistics",
        first_admin_reply_at: T0 + 100_600,
        last_close_at: null,
        count_reopens: 2,
      },
      conversation_rating: {
        rating: null,
        remark: null,
        created_at: null,
        customer: { type: null, id: null },
      },
    },
    {
      type: "conversation",
      id: "1297",
      created_at: T0,
      state: "pending",
      source: { type: "conversation", author: joe },
      conversation_parts: { conversation_parts: [part("2001", "comment", 10, joe)] },
    },
    {
      type: "conversation",
      id: "1298",
      created_at: T0,
      state: "open",
      source: { type: "carrier_pigeon", author: joe },
    },
    {
      type: "conversation",
      id: "1299",
      created_at: T0,
      state: "open",
      source: { type: "conversation", id: "88", author: { type: "lead", id: "lead9" } },
      conversation_rating: {
        rating: 7,
        created_at: T0 + 50,
        contact: { type: "contact", id: "lead9" },
      },
    },
  ],
  total_count: 5,
  pages: { type: "pages", next: null, page: 1, per_page: 20, total_pages: 1 },
};

/** Every page above, as a list of pages. */
export const workspace = [admins, teams, contacts, conversations];
