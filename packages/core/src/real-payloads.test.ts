// Fixtures built from real exports written by others (../shared/data beside the repository)
// must decode: real timestamps, nulls and ids. Skipped, with a notice, where the data is absent.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type CaseJson, decodeCase } from "./case";
import { decodeSurveyResponse } from "./survey-response";
import { decodeTransaction } from "./transaction";

const dataDir = fileURLToPath(new URL("../../../../shared/data/", import.meta.url));
const present = existsSync(dataDir);
if (!present) {
  console.warn(
    "real-payload tests skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}
const json = (path: string) => JSON.parse(readFileSync(`${dataDir}${path}`, "utf8"));

const ZENDESK_STATUS: Record<string, string> = { hold: "on_hold" };

interface ZendeskTicket {
  id: number;
  requester_id: number;
  subject: string | null;
  via?: { channel?: string };
  status: string;
  priority: string | null;
  created_at: string;
  updated_at: string;
  tags: string[];
}
interface ZendeskRating {
  id: number;
  requester_id: number;
  ticket_id: number;
  score: string;
  created_at: string;
  comment: string | null;
}

describe.skipIf(!present)("real payloads", () => {
  it("Zendesk tickets decode as cases", () => {
    const { tickets } = json("helpdesk/zendesk/tickets_1.json");
    const cases = (tickets as ZendeskTicket[]).map((t) =>
      decodeCase({
        id: `zendesk:${t.id}`,
        customerId: `zendesk:${t.requester_id}`,
        subject: t.subject ?? undefined,
        channel: t.via?.channel === "email" ? "email" : "web",
        status: (ZENDESK_STATUS[t.status] ?? t.status) as CaseJson["status"],
        priority: (t.priority ?? "normal") as CaseJson["priority"],
        createdAt: t.created_at,
        updatedAt: t.updated_at,
        tags: t.tags,
      }),
    );
    expect(cases).toHaveLength(100);
    expect(cases[0]?.createdAt).toEqual(new Date("2012-09-06T20:15:09Z"));
    expect(cases[0]?.priority).toBe("high");
  });

  it("Zendesk good/bad satisfaction ratings decode as binary CSAT", () => {
    const { satisfaction_ratings } = json("helpdesk/zendesk/satisfaction_ratings_1.json");
    const rated = (satisfaction_ratings as ZendeskRating[]).filter(
      (r) => r.score === "good" || r.score === "bad",
    );
    const responses = rated.map((r) =>
      decodeSurveyResponse({
        kind: "csat",
        scale: "binary",
        score: r.score as "good" | "bad",
        id: `zendesk:${r.id}`,
        customerId: `zendesk:${r.requester_id}`,
        caseId: `zendesk:${r.ticket_id}`,
        respondedAt: r.created_at,
        comment: r.comment ?? undefined,
      }),
    );
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ score: "good", comment: "Satisfaction!" });
  });

  it("CDNOW purchases decode as transactions in integer cents", () => {
    const lines = readFileSync(`${dataDir}cdnow/CDNOW_sample.txt`, "utf8").trim().split("\n");
    const transactions = lines.map((line, index) => {
      const [, id, date, , dollars] = line.trim().split(/\s+/) as [
        string,
        string,
        string,
        string,
        string,
      ];
      return decodeTransaction({
        id: `cdnow:${index}`,
        customerId: `cdnow:${id}`,
        amount: { amount: Math.round(Number(dollars) * 100), currency: "USD" },
        occurredAt: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T00:00:00Z`,
      });
    });
    expect(transactions).toHaveLength(6919);
    expect(transactions[0]?.amount).toEqual({ amount: 2933, currency: "USD" });
  });
});
