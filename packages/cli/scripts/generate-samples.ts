// Writes the made-up sample exports that `rapport demo` reads (samples/): a Zendesk export of a
// fictional outdoor-gear shop, Larkspur Outfitters, with NPS and CES answers as CSV and a
// Segment event stream. Deterministic: the same seed writes the same bytes. Every person and
// message is invented; the data is written for this project and may be shipped with it.
//   npx tsx scripts/generate-samples.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "@rapport/stats";
import { ITEM_COLUMNS, NO_ITEM_CELLS, npsItemCells } from "./sample-survey-items";
import { AGENT_REPLIES, CHASERS, INTERNAL_NOTES, openingMessage, textPick } from "./sample-texts";

const OUT = join(fileURLToPath(new URL(".", import.meta.url)), "..", "samples");
const START = Date.UTC(2025, 10, 1); // 2025-11-01
const END = Date.UTC(2026, 9, 31, 18); // 2026-10-31T18:00Z
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const random = seededRandom(20261125);
const itemRandom = seededRandom(20261202);
// The consent preferences draw from a generator of their own: adding them moves no other record.
const consentRandom = seededRandom(20261203);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;
const between = (low: number, high: number) => low + random() * (high - low);
const iso = (ms: number) =>
  new Date(Math.round(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");

const FIRST = [
  "Ada",
  "Bram",
  "Chiara",
  "Dev",
  "Elif",
  "Femi",
  "Greta",
  "Hiro",
  "Ines",
  "Jonas",
  "Kemal",
  "Lena",
  "Mateo",
  "Nia",
  "Oskar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sami",
  "Tove",
  "Uma",
  "Viktor",
  "Wen",
  "Yusuf",
  "Zara",
];
const LAST = [
  "Abara",
  "Berg",
  "Costa",
  "Dahl",
  "Eze",
  "Fischer",
  "Garcia",
  "Haddad",
  "Ito",
  "Jensen",
  "Kowalski",
  "Larsen",
  "Moreau",
  "Novak",
  "Okafor",
  "Petrov",
  "Rossi",
  "Silva",
  "Tanaka",
  "Ueda",
  "Varga",
  "Weber",
  "Yilmaz",
];
const ZONES = [
  "Europe/London",
  "Europe/Berlin",
  "America/New_York",
  "America/Los_Angeles",
  "Australia/Sydney",
];
const SUBJECTS = [
  "Where is my order?",
  "Tent pole arrived broken",
  "Refund for returned boots",
  "Size exchange for jacket",
  "Discount code not working",
  "Warranty claim: stove",
  "Change delivery address",
  "Question about waterproofing",
  "Charged twice",
  "Missing item in parcel",
];
const CHANNELS = ["email", "email", "web", "chat", "chat", "voice", "mobile"] as const;

const agents = Array.from({ length: 12 }, (_, i) => ({
  id: 9000 + i,
  name: `${FIRST[(i * 7) % FIRST.length]} ${LAST[(i * 5 + 3) % LAST.length]}`,
  email: `agent${i + 1}@larkspur.example`,
  role: i === 0 ? "admin" : "agent",
  created_at: "2025-01-15T09:00:00Z",
  group: i % 3,
}));
const groups = [
  { id: 300, name: "Orders and delivery" },
  { id: 301, name: "Returns and refunds" },
  { id: 302, name: "Product advice" },
];

// Each customer has a temperament that shapes their tickets and answers: happy customers get
// fast answers and rate well; unhappy ones wait, reopen, rate badly and are the churn risks.
const customers = Array.from({ length: 180 }, (_, i) => {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[(i * 3 + 1) % LAST.length]!;
  return {
    id: 10_000 + i,
    name: `${first} ${last}`,
    email: `${first.toLowerCase()}.${last.toLowerCase()}${i}@mail.example`,
    role: "end-user",
    iana_time_zone: pick(ZONES),
    locale: pick(["en-GB", "en-US", "de", "en-AU"]),
    created_at: iso(START - between(30, 700) * DAY),
    mood: random() < 0.18 ? "unhappy" : random() < 0.6 ? "happy" : "neutral",
  };
});

const tickets: Record<string, unknown>[] = [];
const comments: Record<string, unknown>[] = [];
const ratings: Record<string, unknown>[] = [];
const metrics: Record<string, unknown>[] = [];
const surveys: string[] = [
  ["id,customer_id,kind,scale,score,responded_at,channel", ...ITEM_COLUMNS, "comment"].join(","),
];
const events: Record<string, unknown>[] = [];
let ticketId = 5000;
let commentId = 700_000;
let eventId = 1;
const joinedAt = new Map<number, number>();

const track = (
  userId: number,
  event: string,
  at: number,
  properties: Record<string, unknown> = {},
) => {
  if (at > END) return;
  events.push({
    type: "track",
    messageId: `ev-${eventId++}`,
    userId: String(userId),
    event,
    timestamp: iso(at),
    properties,
  });
};

for (const customer of customers) {
  const unhappy = customer.mood === "unhappy";
  const happy = customer.mood === "happy";
  const joined = START + between(0, 200) * DAY;
  joinedAt.set(customer.id, joined);
  events.push({
    type: "identify",
    messageId: `ev-${eventId++}`,
    userId: String(customer.id),
    timestamp: iso(joined),
    traits: { name: customer.name, email: customer.email, timezone: customer.iana_time_zone },
  });
  track(customer.id, "Product Viewed", joined - 3 * DAY, { product: "Trail tent 2P" });
  track(customer.id, "Checkout Started", joined - 2 * DAY);
  track(customer.id, "Order Completed", joined - DAY, { revenue: Math.round(between(40, 400)) });
  if (chance(0.85)) track(customer.id, "Signed Up", joined);
  if (chance(happy ? 0.8 : 0.5)) track(customer.id, "Signed In", joined + between(2, 30) * DAY);
  const renewed = joined + between(150, 200) * DAY;
  if (!unhappy && chance(happy ? 0.8 : 0.5)) {
    track(customer.id, "Subscription Renewed", renewed);
    if (chance(happy ? 0.4 : 0.1))
      track(customer.id, "Product Reviewed", renewed + between(5, 60) * DAY);
  }

  const ticketCount = unhappy
    ? 3 + Math.floor(random() * 5)
    : Math.floor(random() * (happy ? 3 : 4));
  for (let t = 0; t < ticketCount; t++) {
    const id = ticketId++;
    const created = joined + between(0, (END - joined) / DAY) * DAY;
    if (created > END - DAY) continue;
    const agent = pick(agents);
    const channel = pick(CHANNELS);
    const firstReplyHours = unhappy ? between(6, 60) : happy ? between(0.2, 4) : between(1, 20);
    const solved = created + firstReplyHours * HOUR + between(2, unhappy ? 200 : 48) * HOUR;
    const reopens = unhappy && chance(0.45) ? 1 + Math.floor(random() * 2) : 0;
    const isSolved = solved < END - 2 * HOUR;
    const status = !isSolved
      ? pick(["open", "pending", "hold"])
      : solved < END - 4 * DAY
        ? "closed"
        : "solved";
    const subject = pick(SUBJECTS);
    tickets.push({
      id,
      requester_id: customer.id,
      submitter_id: customer.id,
      assignee_id: agent.id,
      group_id: groups[agent.group]!.id,
      subject,
      status,
      priority:
        unhappy && chance(0.4) ? "high" : pick(["low", "normal", "normal", "normal", "high"]),
      via: { channel },
      created_at: iso(created),
      updated_at: iso(isSolved ? solved : created + firstReplyHours * HOUR),
      tags: unhappy ? ["escalated"] : [],
    });
    const viaChannel = { channel };
    comments.push({
      id: commentId++,
      ticket_id: id,
      author_id: customer.id,
      public: true,
      created_at: iso(created),
      via: viaChannel,
      plain_body: openingMessage(subject, customer.mood),
    });
    const replyAt = created + firstReplyHours * HOUR;
    if (replyAt < END) {
      comments.push({
        id: commentId++,
        ticket_id: id,
        author_id: agent.id,
        public: true,
        created_at: iso(replyAt),
        via: viaChannel,
        plain_body: textPick(AGENT_REPLIES),
      });
    }
    if (unhappy && chance(0.6) && replyAt + 3 * HOUR < END) {
      comments.push({
        id: commentId++,
        ticket_id: id,
        author_id: agent.id,
        public: false,
        created_at: iso(replyAt + HOUR),
        via: viaChannel,
        plain_body: textPick(INTERNAL_NOTES),
      });
      comments.push({
        id: commentId++,
        ticket_id: id,
        author_id: customer.id,
        public: true,
        created_at: iso(replyAt + 3 * HOUR),
        via: viaChannel,
        plain_body: textPick(CHASERS),
      });
    }
    metrics.push({
      id: 80_000 + id,
      ticket_id: id,
      reopens,
      replies: 1 + reopens,
      reply_time_in_minutes:
        replyAt < END ? { calendar: Math.round(firstReplyHours * 60) } : { calendar: null },
      solved_at: isSolved ? iso(solved) : null,
      created_at: iso(created),
      updated_at: iso(isSolved ? solved : created),
    });
    if (isSolved && chance(0.7)) {
      const answered = chance(0.75);
      const good = unhappy ? chance(0.25) : happy ? chance(0.95) : chance(0.75);
      ratings.push({
        id: 60_000 + id,
        ticket_id: id,
        requester_id: customer.id,
        assignee_id: agent.id,
        group_id: groups[agent.group]!.id,
        score: answered ? (good ? "good" : "bad") : "offered",
        comment:
          answered && !good
            ? "Took far too long."
            : answered
              ? "Quick and friendly, thanks!"
              : null,
        created_at: iso(Math.min(END, solved + between(1, 30) * HOUR)),
      });
    }
    if (isSolved && chance(0.45)) {
      const effort = unhappy
        ? 1 + Math.floor(random() * 4)
        : happy
          ? 5 + Math.floor(random() * 3)
          : 3 + Math.floor(random() * 4);
      surveys.push(
        `ces-${id},${customer.id},ces,seven_point,${effort},${iso(Math.min(END, solved + 2 * HOUR))},${channel === "voice" ? "phone" : channel === "mobile" ? "messaging" : channel},${NO_ITEM_CELLS},`,
      );
    }
  }
  // Transactional NPS: a share of customers is asked each month, so every month has answers.
  for (let month = 0; month < 12; month++) {
    const asked = START + month * 30.4 * DAY + between(0, 28) * DAY;
    if (asked < joined || asked > END || !chance(0.12)) continue;
    const score = unhappy
      ? Math.floor(random() * 7)
      : happy
        ? pick([8, 9, 9, 10, 10, 10])
        : pick([5, 6, 7, 7, 8, 8, 9, 10]);
    const comment =
      score <= 6
        ? '"Support is slow, I keep having to chase."'
        : score >= 9
          ? '"Great gear, great people."'
          : "";
    surveys.push(
      `nps-${customer.id}-${month},${customer.id},nps,,${score},${iso(asked)},email,${npsItemCells(score, itemRandom)},${comment}`,
    );
  }
  if (unhappy && chance(0.5))
    track(customer.id, "Subscription Cancelled", END - between(1, 40) * DAY);
}

// Consent preferences as Segment Consent Management sends them: about half the customers set
// theirs soon after joining; some later withdraw advertising or start allowing analytics,
// in the last two months (the report's period and the one before). All before the demo's moment.
const CONSENT_END = Date.UTC(2026, 9, 30, 12);
const LATE_START = Date.UTC(2026, 8, 1);
let consentId = 1;
const consentUpdate = (userId: number, at: number, preferences: Record<string, boolean>) => {
  events.push({
    type: "track",
    messageId: `consent-${consentId++}`,
    userId: String(userId),
    event: "Segment Consent Preference Updated",
    timestamp: iso(Math.min(at, CONSENT_END)),
    properties: {},
    context: { consent: { categoryPreferences: { ...preferences } } },
  });
};
for (const customer of customers) {
  if (consentRandom() >= 0.55) continue;
  const preferences = {
    Advertising: consentRandom() < 0.5,
    Analytics: consentRandom() < 0.7,
    Functional: true,
  };
  consentUpdate(customer.id, joinedAt.get(customer.id)! + consentRandom() * 3 * DAY, preferences);
  const late = LATE_START + consentRandom() * (CONSENT_END - LATE_START);
  if (preferences.Advertising && consentRandom() < 0.3) {
    consentUpdate(customer.id, late, { ...preferences, Advertising: false });
  } else if (!preferences.Analytics && consentRandom() < 0.4) {
    consentUpdate(customer.id, late, { ...preferences, Analytics: true });
  }
}

const users = [
  ...agents.map(({ group: _, ...agent }) => agent),
  ...customers.map(({ mood: _, ...customer }) => customer),
];
writeFileSync(
  join(OUT, "zendesk-export.json"),
  `${JSON.stringify({ users, groups, tickets, comments, satisfaction_ratings: ratings, ticket_metrics: metrics })}\n`,
);
writeFileSync(join(OUT, "surveys.csv"), `${surveys.join("\n")}\n`);
writeFileSync(
  join(OUT, "events.ndjson"),
  `${events.map((event) => JSON.stringify(event)).join("\n")}\n`,
);
console.log(
  `samples: ${users.length} users, ${tickets.length} tickets, ${comments.length} comments, ${ratings.length} ratings, ${surveys.length - 1} survey answers, ${events.length} events`,
);
await import("./generate-request-samples");
