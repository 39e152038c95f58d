// End to end: the built `rapport` binary run as a child process, on the shipped samples and on
// real Zendesk payloads, with the JSON figures checked against values computed here from the
// raw files by a second, independent method.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const bin = `${packageDir}dist/cli.js`;
const out = `${packageDir}test-artifacts/`;
mkdirSync(out, { recursive: true });

// Every run as after `npm install --omit=optional`: better-sqlite3 and pg cannot be resolved,
// and report and demo must not need them.
const withoutDrivers = fileURLToPath(new URL("fixtures/without-drivers.mjs", import.meta.url));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", withoutDrivers, bin, ...args],
      { cwd: packageDir, timeout: 120_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const read = (path: string) => readFileSync(path, "utf8");

describe("rapport demo", () => {
  it("scores the shipped samples; the JSON matches an independent count of the raw files", async () => {
    const { code, stdout, stderr } = await run([
      "demo",
      "--out",
      `${out}demo.html`,
      "--json",
      `${out}demo.json`,
      "--quiet",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Top 10 churn risks:");
    const report = JSON.parse(read(`${out}demo.json`));

    // NPS straight from the CSV: promoters score 9-10, detractors 0-6.
    const nps = read(`${packageDir}samples/surveys.csv`)
      .split("\n")
      .filter((line) => /^nps-/.test(line))
      .map((line) => Number(line.split(",")[4]));
    const promoters = nps.filter((s) => s >= 9).length;
    const detractors = nps.filter((s) => s <= 6).length;
    const npsSection = report.scores.find((s: { label: string }) => s.label === "NPS");
    expect(npsSection.overall.n).toBe(nps.length);
    expect(npsSection.overall.value).toBeCloseTo(((promoters - detractors) / nps.length) * 100, 10);

    // CSAT as Zendesk computes it: good / (good + bad); offered ratings are not answers.
    const zendesk = JSON.parse(read(`${packageDir}samples/zendesk-export.json`));
    const scores = zendesk.satisfaction_ratings.map((r: { score: string }) => r.score);
    const good = scores.filter((s: string) => s === "good").length;
    const bad = scores.filter((s: string) => s === "bad").length;
    const csat = report.scores.find((s: { label: string }) => s.label === "CSAT (good/bad)");
    expect(csat.overall.n).toBe(good + bad);
    expect(csat.overall.value).toBeCloseTo((good / (good + bad)) * 100, 10);

    // Cases: the Zendesk tickets and the chat tool's conversations.
    const intercom = JSON.parse(read(`${packageDir}samples/intercom-export.json`));
    const conversations = intercom.find(
      (page: { type: string }) => page.type === "conversation.list",
    );
    expect(report.totals.cases).toBe(zendesk.tickets.length + conversations.conversations.length);
    // Sentiment by channel covers the customers' own messages, scored as they are imported, as
    // well as the survey comments: counted here from the raw files, with Zendesk's channels
    // named as the adapter names them (mobile is a web form, voice a phone call). The sample
    // holds 30 chats, each with a customer's opening and last word: 60 chat texts.
    const channelOf: Record<string, string> = { mobile: "web", voice: "phone" };
    const requester = new Map<number, number>(
      zendesk.tickets.map((t: { id: number; requester_id: number }) => [t.id, t.requester_id]),
    );
    const texts = new Map<string, number>();
    const count = (channel: string) => texts.set(channel, (texts.get(channel) ?? 0) + 1);
    for (const c of zendesk.comments) {
      if (c.author_id !== requester.get(c.ticket_id) || !c.plain_body) continue;
      count(channelOf[c.via.channel] ?? c.via.channel);
    }
    // The chat tool's customer messages: each conversation's opening by a user and each
    // comment by a user, all on the "conversation" source type, which is Intercom's chat.
    const stripped = (html: string | null) => (html ?? "").replace(/<[^>]*>/g, "").trim();
    let chats = 0;
    for (const c of conversations.conversations) {
      if (c.source.author.type === "user" && stripped(c.source.body) !== "") chats++;
      for (const p of c.conversation_parts.conversation_parts) {
        if (p.part_type === "comment" && p.author.type === "user" && stripped(p.body) !== "") {
          chats++;
        }
      }
    }
    expect(chats).toBe(60);
    for (let n = 0; n < chats; n++) count("chat");
    const [header, ...answers] = read(`${packageDir}samples/surveys.csv`).trim().split("\n");
    // The comment is the last column and the only one that may hold a comma.
    const commentAt = header!.split(",").indexOf("comment");
    for (const line of answers) {
      const fields = line.split(",");
      if (fields.slice(commentAt).join(",") !== "") count(fields[6]!);
    }
    const sentiment = report.voice.sentiment as { channel: string; texts: number }[];
    expect(new Map(sentiment.map((s) => [s.channel, s.texts]))).toEqual(texts);
    // The sample's NPS items follow the score by known weights, support the most and value
    // the least (scripts/sample-survey-items.ts): the key drivers must find that order.
    const npsDrivers = report.voice.drivers.find((d: { score: string }) => d.score === "nps");
    expect(npsDrivers.from).toBe("survey items");
    expect(npsDrivers.n).toBe(nps.length);
    expect(npsDrivers.drivers.map((d: { driver: string }) => d.driver)).toEqual([
      "support",
      "product",
      "delivery",
      "value",
    ]);
    expect(report.churn.atRisk).toHaveLength(10);
    expect(report.problems).toEqual([]);
    const html = read(`${out}demo.html`);
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(8);

    // Agents and teams: each Zendesk agent's cases are the tickets assigned to them, by name.
    expect(html).toContain('<section id="agents-and-teams">');
    const agentName = new Map<number, string>(
      zendesk.users.map((u: { id: number; name: string }) => [u.id, u.name]),
    );
    const assigned = new Map<string, number>();
    for (const t of zendesk.tickets as { assignee_id: number | null }[]) {
      const name = t.assignee_id === null ? undefined : agentName.get(t.assignee_id);
      if (name) assigned.set(name, (assigned.get(name) ?? 0) + 1);
    }
    const agentRows = report.agents.agents as { name: string; cases: number }[];
    for (const [name, cases] of assigned) {
      expect(agentRows.find((r) => r.name === name)?.cases).toBe(cases);
    }

    // Survival: every Segment user with an "Order Completed" by the report's moment is
    // followed; those with a cancellation after their first order churned.
    expect(html).toContain('<section id="survival-and-recovery">');
    const asOf = Date.parse(report.asOf);
    const firstOrder = new Map<string, number>();
    const cancelled = new Map<string, number[]>();
    for (const line of read(`${packageDir}samples/events.ndjson`).trim().split("\n")) {
      const m = JSON.parse(line) as { userId: string; event?: string; timestamp: string };
      const at = Date.parse(m.timestamp);
      if (at > asOf) continue;
      if (m.event === "Order Completed") {
        firstOrder.set(m.userId, Math.min(at, firstOrder.get(m.userId) ?? at));
      }
      if (m.event === "Subscription Cancelled") {
        cancelled.set(m.userId, [...(cancelled.get(m.userId) ?? []), at]);
      }
    }
    const churned = [...firstOrder].filter(([id, first]) =>
      (cancelled.get(id) ?? []).some((at) => at >= first),
    ).length;
    expect(report.survival.survival.customers).toBe(firstOrder.size);
    expect(report.survival.survival.churned).toBe(churned);

    // Consent: the sample's "Segment Consent Preference Updated" events, counted with jq
    // (each customer's latest message, from samples/):
    //   jq -s -c '[.[] | select(.event == "Segment Consent Preference Updated")]
    //     | group_by(.userId) | map(max_by(.timestamp).context.consent.categoryPreferences)
    //     | {customers: length, ads: map(select(.Advertising)) | length,
    //        analytics: map(select(.Analytics)) | length}' events.ndjson
    //   → {"customers":89,"ads":30,"analytics":74}; 116 messages of 3 categories = 348 records.
    // Withdrawals: a customer's second message turning Advertising from true to false, by month:
    //   jq -s -c '[.[] | select(.event == "Segment Consent Preference Updated")] | group_by(.userId)
    //     | map(select(length == 2) | {m: .[1].timestamp[0:7],
    //         ad: [.[].context.consent.categoryPreferences.Advertising]})
    //     | map(select(.ad == [true, false])) | group_by(.m) | map({(.[0].m): length}) | add'
    //   → {"2026-09":7,"2026-10":9}
    expect(html).toContain('<section id="consent-and-privacy">');
    const consent = report.consent as {
      customers: number;
      withRecords: number;
      records: number;
      purposes: {
        purpose: string;
        granted: number;
        denied: number;
        withdrawals: number;
        previousWithdrawals: number;
        allowed: { successes: number; n: number };
      }[];
    };
    expect([consent.customers, consent.withRecords, consent.records]).toEqual([180, 89, 348]);
    expect(
      consent.purposes.map((p) => [
        p.purpose,
        p.allowed.successes,
        p.granted,
        p.denied,
        p.withdrawals,
        p.previousWithdrawals,
      ]),
    ).toEqual([
      ["advertising", 30, 30, 89 - 30, 9, 7],
      ["analytics", 74, 74, 89 - 74, 0, 0],
      ["functional", 89, 89, 0, 0, 0],
    ]);
    // The child process may take its whole 120 s on a loaded machine: so may the test.
  }, 120_000);
});

const zendeskData = fileURLToPath(
  new URL("../../../../shared/data/helpdesk/zendesk/", import.meta.url),
);
const hasRealData = existsSync(zendeskData);
if (!hasRealData) {
  console.warn(
    "real-payload CLI test skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}

describe.skipIf(!hasRealData)("rapport report on real Zendesk payloads", () => {
  it("imports tickets and ratings and reports CSAT over the answered ratings only", async () => {
    const { code, stderr } = await run([
      "report",
      `${zendeskData}tickets_1.json`,
      `${zendeskData}satisfaction_ratings_1.json`,
      "--json",
      `${out}zendesk.json`,
      "--out",
      `${out}zendesk.html`,
      "--quiet",
    ]);
    const report = JSON.parse(read(`${out}zendesk.json`));
    const ratings = JSON.parse(
      read(`${zendeskData}satisfaction_ratings_1.json`),
    ).satisfaction_ratings;
    const answered = ratings.filter(
      (r: { score: string }) => r.score === "good" || r.score === "bad",
    );
    const tickets = JSON.parse(read(`${zendeskData}tickets_1.json`)).tickets;
    expect(
      report.totals.cases +
        report.problems.filter((p: { entity: string }) => p.entity === "ticket").length,
    ).toBe(tickets.length);
    const csat = report.scores.find((s: { metric: string }) => s.metric === "csat");
    expect(csat.overall.n).toBe(answered.length);
    // Exit 3 (partial) exactly when some record was rejected, with one line per problem.
    expect(code).toBe(report.problems.length > 0 ? 3 : 0);
    expect(stderr.trim() === "" ? 0 : stderr.trim().split("\n").length).toBe(
      report.problems.length,
    );
  });
});

describe("errors", () => {
  it("exits 2 with the usage on a bad command line", async () => {
    const { code, stderr } = await run(["report", "x.json", "--period", "fortnight"]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '--period: expected one of "day" | "week" | "month" | "quarter" | "year", received "fortnight"',
    );
    expect(stderr).toContain("Usage:");
  });

  it("exits 1 naming a file that is not JSON, with where it ends, and why nothing was imported", async () => {
    writeFileSync(`${out}broken.json`, '{"tickets": [');
    const { code, stderr } = await run([
      "report",
      `${out}broken.json`,
      "--source",
      "zendesk",
      "--quiet",
    ]);
    expect(code).toBe(1);
    // `{"tickets": [` is 13 characters: the file ends at line 1, column 13. Files under the
    // working directory are named relative to it.
    expect(stderr.trim().split("\n")).toEqual([
      `rapport: test-artifacts/broken.json: truncated: the file ends at line 1, column 13, before the JSON is complete`,
      `rapport: no records imported from 1 file: test-artifacts/broken.json: truncated: the file ends at line 1, column 13, before the JSON is complete`,
    ]);
  });

  it("exits 1 naming a file that does not exist", async () => {
    const { code, stderr } = await run(["report", "missing.json"]);
    expect(code).toBe(1);
    expect(stderr).toContain("missing.json: cannot be read (ENOENT)");
  });
});
