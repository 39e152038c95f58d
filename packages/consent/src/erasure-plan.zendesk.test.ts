// Erasure and access over real help-desk data: the Zendesk API responses in ../shared/data
// (see its README). The project's own fixtures (src/__fixtures__/sources.fixture.ts) cover
// the same shapes where the shared data is absent.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Case,
  customerId,
  decodeCase,
  decodeSurveyResponse,
  recordId,
  type SurveyResponse,
} from "@rapport/core";
import { describe, expect, it } from "vitest";
import { accessExport } from "./access-export";
import { erasurePlan } from "./erasure-plan";

const dataDir = fileURLToPath(
  new URL("../../../../shared/data/helpdesk/zendesk/", import.meta.url),
);
const exists = existsSync(dataDir);
if (!exists) {
  console.warn(
    "erasure-plan.zendesk.test.ts skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}

interface ZendeskTicket {
  id: number;
  requester_id: number;
  status: string;
  created_at: string;
  via: { channel: string };
}
interface ZendeskRating {
  id: number;
  requester_id: number;
  ticket_id: number;
  score: string;
  created_at: string;
  comment: string | null;
}

const read = <T>(file: string): T => JSON.parse(readFileSync(`${dataDir}${file}`, "utf8")) as T;

describe.skipIf(!exists)("erasurePlan over real Zendesk tickets and ratings", () => {
  const tickets = exists ? read<{ tickets: ZendeskTicket[] }>("tickets_1.json").tickets : [];
  const ratings = exists
    ? read<{ satisfaction_ratings: ZendeskRating[] }>("satisfaction_ratings_1.json")
        .satisfaction_ratings
    : [];
  const cases: Case[] = tickets.map((t) =>
    decodeCase({
      id: `zd_${t.id}`,
      customerId: `zd_${t.requester_id}`,
      channel: t.via.channel === "email" ? "email" : "web",
      status: (t.status === "hold" ? "on_hold" : t.status) as Case["status"],
      createdAt: t.created_at,
    }),
  );
  // Only "good"/"bad" are answers; "offered" means the survey was sent and not answered.
  const answered = ratings.filter((r) => r.score === "good" || r.score === "bad");
  const responses: SurveyResponse[] = answered.map((r) =>
    decodeSurveyResponse({
      id: `zr_${r.id}`,
      customerId: `zd_${r.requester_id}`,
      caseId: `zd_${r.ticket_id}`,
      kind: "csat",
      scale: "binary",
      score: r.score as "good" | "bad",
      respondedAt: r.created_at,
      ...(r.comment ? { comment: r.comment } : {}),
    }),
  );

  it("accounts for every ticket and rating of the requester, and nothing of anyone else's", () => {
    const requester = customerId("zd_20014192");
    const plan = erasurePlan(
      requester,
      { cases, surveyResponses: responses },
      { requestId: recordId("dsr_zd"), requestedAt: new Date("2015-01-01T00:00:00Z") },
    );
    const theirTickets = tickets
      .filter((t) => t.requester_id === 20014192)
      .map((t) => `zd_${t.id}`);
    const theirAnswers = answered
      .filter((r) => r.requester_id === 20014192)
      .map((r) => `zr_${r.id}`);
    expect(theirTickets).toHaveLength(73); // counted from tickets_1.json
    expect(plan.delete.map((r) => r.id).sort()).toEqual([...theirTickets].sort());
    expect(plan.pseudonymise.map((r) => r.id)).toEqual(theirAnswers);
    expect(plan.keep).toEqual([]);

    // Apply the pseudonymisation as a store would: the CSAT counts survive without the person.
    const pseudonymised = responses.map((r) => {
      const step = plan.pseudonymise.find((p) => p.id === r.id);
      if (!step) return r;
      const copy: Record<string, unknown> = { ...r, customerId: step.pseudonym };
      for (const field of step.removeFields) delete copy[field];
      return copy as unknown as SurveyResponse;
    });
    const scores = (list: SurveyResponse[]) =>
      list.map((r) => (r.kind === "csat" ? r.score : null)).sort();
    expect(scores(pseudonymised)).toEqual(scores(responses));
    expect(pseudonymised.some((r) => r.customerId === requester)).toBe(false);
  });

  it("exports everything held about the other requester", () => {
    const data = accessExport(
      customerId("zd_20014182"),
      { cases, surveyResponses: responses },
      { asOf: new Date("2015-01-01T00:00:00Z") },
    );
    const caseSection = data.sections.find((s) => s.entity === "case");
    expect(caseSection?.records).toHaveLength(27); // 100 tickets - 73 of the other requester
  });
});
