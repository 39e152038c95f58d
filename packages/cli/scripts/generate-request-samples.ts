// Writes samples/requests.csv: about twenty data-subject requests of the demo shop's customers
// over the last quarter of the samples, most completed (one refused, one late), a few open past
// their deadline. Its own seed, and it only reads the Zendesk export written before it, so no
// other sample changes. Deterministic: the same seed writes the same bytes.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "@rapport/stats";

const OUT = join(fileURLToPath(new URL(".", import.meta.url)), "..", "samples");
const END = Date.UTC(2026, 9, 31, 18); // the samples' last moment, as in generate-samples.ts
const DAY = 86_400_000;

const random = seededRandom(20261203);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const iso = (ms: number) =>
  new Date(Math.round(ms / 60_000) * 60_000).toISOString().replace(":00.000Z", ":00Z");

const export_ = JSON.parse(readFileSync(join(OUT, "zendesk-export.json"), "utf8")) as {
  users: { id: number; role: string }[];
};
const customers = export_.users.filter((u) => u.role === "end-user").map((u) => u.id);
const RIGHTS = [
  "access",
  "access",
  "access",
  "erasure",
  "erasure",
  "rectification",
  "portability",
  "objection",
  "opt_out_of_sale",
];
const JURISDICTIONS = ["UK", "UK", "UK", "EU", "EU", "US-CA"];
const CHANNELS = ["email", "web", "chat"];

const rows = [
  "id,customer_id,right,received_at,extended_at,extension_reason,completed_at,outcome,refusal_reason,jurisdiction,channel",
];
for (let n = 1; n <= 20; n++) {
  const received = END - (3 + random() * 88) * DAY;
  let right = pick(RIGHTS);
  let jurisdiction = pick(JURISDICTIONS);
  if (n === 7) [right, jurisdiction] = ["access", "BR"];
  if (n === 13) jurisdiction = ""; // a request with no jurisdiction on record: no deadline
  const age = (END - received) / DAY;
  // Most requests older than three weeks are answered; a few old ones are left open.
  const leftOpen = n === 2 || n === 5 || n === 12; // old and unanswered: overdue
  const answered = age > 21 && random() < 0.8 && !leftOpen;
  const took = 5 + random() * 22;
  const late = n === 8; // answered after its month ran out
  const completed = answered ? received + (late ? 38 : took) * DAY : null;
  const extended = !answered && age > 30 && n % 3 === 0 ? received + 12 * DAY : null;
  const refused = answered && n === 6;
  const cells = [
    `dsr-${String(n).padStart(3, "0")}`,
    pick(customers),
    right,
    iso(received),
    extended === null ? "" : iso(extended),
    extended === null ? "" : "records in several systems to search",
    completed === null || completed > END ? "" : iso(completed),
    completed === null || completed > END ? "" : refused ? "refused" : "fulfilled",
    refused ? "identity could not be verified" : "",
    jurisdiction,
    pick(CHANNELS),
  ];
  rows.push(cells.join(","));
}
writeFileSync(join(OUT, "requests.csv"), `${rows.join("\n")}\n`);
console.log(`samples: ${rows.length - 1} data-subject requests`);
