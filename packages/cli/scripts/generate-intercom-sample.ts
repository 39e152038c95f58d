// Writes samples/intercom-export.json, the second system of `rapport demo`: the shop's chat
// tool, where one in six of the Zendesk sample's customers also wrote in. They share e-mail
// addresses with the Zendesk users (some written in capitals, as people type them), so that
// the report shows them merged into one customer each. Deterministic: it reads the Zendesk
// sample and writes the same bytes every time. Every person and message is invented.
//   npx tsx scripts/generate-intercom-sample.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SAMPLES = join(fileURLToPath(new URL(".", import.meta.url)), "..", "samples");
const zendesk = JSON.parse(readFileSync(join(SAMPLES, "zendesk-export.json"), "utf8")) as {
  users: { id: number; name: string; email: string; role: string }[];
};
const START = Date.UTC(2026, 3, 1) / 1000; // 2026-04-01, Unix seconds
const DAY = 86_400;
const TOPICS = [
  "Is the stove in stock?",
  "Which tent for two?",
  "Order not arrived",
  "Return label please",
];
// What is said in each chat, picked by the conversation's index (no randomness): the
// customer's opening on its topic, an agent's answer, and the customer's last word, warm,
// plain or cross, so that sentiment by channel has chats to read.
const OPENINGS = [
  "Hi! Is the two-burner camping stove back in stock?",
  "Hello, which of your tents would you recommend for two people?",
  "My order has not arrived and it is a week late. Where is it?",
  "Hi, I need a return label for the boots, they are too small.",
];
const ANSWERS = [
  "It is back in stock today and ships within a day.",
  "The Ridge 2 is our most popular tent for two, light and easy to pitch.",
  "Sorry about that. The courier has it at the depot; it will be with you tomorrow.",
  "Of course, I have emailed you a prepaid return label.",
];
const LAST_WORDS = [
  "Great, thank you so much!",
  "Perfect, that is really helpful. Thanks!",
  "OK.",
  "This is the second time this has happened. Very disappointing.",
  "Thanks, much appreciated.",
];

const admins = {
  type: "admin.list",
  admins: [
    {
      type: "admin",
      id: "7001",
      name: "Mira Lund",
      email: "mira@larkspur.example",
      team_ids: ["71"],
    },
    {
      type: "admin",
      id: "7002",
      name: "Tomas Reyes",
      email: "tomas@larkspur.example",
      team_ids: ["71"],
    },
  ],
};
const teams = {
  type: "team.list",
  teams: [{ type: "team", id: "71", name: "Live chat", admin_ids: ["7001", "7002"] }],
};
const endUsers = zendesk.users.filter((u) => u.role === "end-user");
const people = endUsers.filter((_, i) => i % 6 === 0);
const contacts = {
  type: "list",
  data: people.map((user, i) => ({
    type: "contact",
    id: `ic${String(i + 1).padStart(3, "0")}`,
    role: "user",
    // Every third address is written in capitals: e-mail addresses join whatever their case.
    email: i % 3 === 0 ? user.email.toUpperCase() : user.email,
    name: i % 2 === 0 ? user.name : null,
    created_at: START + i * DAY,
    updated_at: START + i * DAY,
  })),
  total_count: people.length,
  pages: { type: "pages", next: null, page: 1, per_page: 50, total_pages: 1 },
};
const conversations = {
  type: "conversation.list",
  conversations: contacts.data.map((contact, i) => {
    const opened = START + i * DAY + 3600;
    const admin = { type: "admin", id: i % 2 === 0 ? "7001" : "7002" };
    const user = { type: "user", id: contact.id };
    const part = (id: number, partType: string, offset: number, author: object, body?: string) => ({
      type: "conversation_part",
      id: String(id),
      part_type: partType,
      body: body === undefined ? null : `<p>${body}</p>`,
      created_at: opened + offset,
      updated_at: opened + offset,
      author,
    });
    return {
      type: "conversation",
      id: String(5000 + i),
      title: TOPICS[i % TOPICS.length],
      created_at: opened,
      updated_at: opened + 1800,
      open: false,
      state: "closed",
      admin_assignee_id: Number(admin.id),
      team_assignee_id: "71",
      source: {
        type: "conversation",
        id: String(9000 + i),
        delivered_as: "customer_initiated",
        body: `<p>${OPENINGS[i % OPENINGS.length]}</p>`,
        author: { ...user, email: contact.email },
      },
      contacts: { type: "contact.list", contacts: [{ type: "contact", id: contact.id }] },
      conversation_parts: {
        type: "conversation_part.list",
        conversation_parts: [
          part(100 * i + 1, "comment", 120 + (i % 5) * 60, admin, ANSWERS[i % ANSWERS.length]),
          part(100 * i + 2, "comment", 600, user, LAST_WORDS[i % LAST_WORDS.length]),
          part(100 * i + 3, "close", 1800, admin),
        ],
        total_count: 3,
      },
    };
  }),
};
writeFileSync(
  join(SAMPLES, "intercom-export.json"),
  `${JSON.stringify([admins, teams, contacts, conversations], null, 1)}\n`,
);
