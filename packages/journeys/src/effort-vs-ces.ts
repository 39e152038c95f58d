import type { RecordId, SurveyResponse } from "@rapport/core";
import { type Correlation, pearsonCorrelation, spearmanCorrelation } from "@rapport/stats";
import type { CaseEffort } from "./effort-index";

/**
 * How well the observed effort index agrees with what customers said in CES surveys.
 *
 * @example
 * ```ts
 * import type { EffortVsCes } from "@rapport/journeys";
 * // CES is high when it was easy, so agreement shows as a negative correlation.
 * const agrees = (r: EffortVsCes) => (r.spearman.value ?? 0) < 0;
 * ```
 */
export interface EffortVsCes {
  /** The number of (case effort, CES answer) pairs. */
  readonly n: number;
  /** Pearson's r between the composite effort and the CES score (scaled to 0..1). */
  readonly pearson: Correlation;
  /** Spearman's ρ between the same pairs (ties share their mean rank). */
  readonly spearman: Correlation;
  /** CES answers without a case, or about a case not among the efforts. */
  readonly unmatched: readonly RecordId[];
  /** Earlier CES answers about a case that has a later one (only the latest counts). */
  readonly superseded: readonly RecordId[];
  /** How many responses were not CES answers (NPS, CSAT), and so not used. */
  readonly otherKinds: number;
}

/**
 * The correlation between the observed effort index of cases and the CES answers about them,
 * so a team can check the index against what customers say. CES answers are matched to cases
 * by `caseId`; where a case has several, the latest counts. Scores are put on 0..1
 * (`(score − 1) / (max − 1)`) so 5- and 7-point answers can be mixed. CES is high when it was
 * easy, so an index that agrees with customers gives a negative correlation. Both Pearson's r
 * and Spearman's ρ come with a 95 % Fisher z interval.
 *
 * @example
 * ```ts
 * import { caseId, customerId, decodeSurveyResponse } from "@rapport/core";
 * import { type CaseEffort, effortVsCes } from "@rapport/journeys";
 * const effort = (id: string, value: number) => ({ kind: "case", caseId: caseId(id), customerId: customerId("c1"), value }) as CaseEffort;
 * const ces = (id: string, score: number) =>
 *   decodeSurveyResponse({ kind: "ces", scale: "seven_point", score, id: `r_${id}`, customerId: "c1", caseId: id, respondedAt: "2024-03-01T10:00:00Z" });
 * effortVsCes([effort("k1", 10), effort("k2", 50), effort("k3", 90)], [ces("k1", 7), ces("k2", 4), ces("k3", 1)]).pearson.value; // -1
 * ```
 */
export function effortVsCes(
  efforts: readonly CaseEffort[],
  responses: readonly SurveyResponse[],
): EffortVsCes {
  const byCase = new Map<string, CaseEffort>();
  for (const effort of efforts) byCase.set(effort.caseId, effort);
  const latest = new Map<string, Extract<SurveyResponse, { kind: "ces" }>>();
  const unmatched: RecordId[] = [];
  const superseded: RecordId[] = [];
  let otherKinds = 0;
  for (const response of responses) {
    if (response.kind !== "ces") {
      otherKinds++;
      continue;
    }
    if (response.caseId === undefined || !byCase.has(response.caseId)) {
      unmatched.push(response.id);
      continue;
    }
    const previous = latest.get(response.caseId);
    if (previous === undefined) {
      latest.set(response.caseId, response);
    } else if (response.respondedAt.getTime() >= previous.respondedAt.getTime()) {
      superseded.push(previous.id);
      latest.set(response.caseId, response);
    } else {
      superseded.push(response.id);
    }
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [id, response] of latest) {
    xs.push(byCase.get(id)!.value);
    ys.push((response.score - 1) / ((response.scale === "seven_point" ? 7 : 5) - 1));
  }
  return {
    n: xs.length,
    pearson: pearsonCorrelation(xs, ys),
    spearman: spearmanCorrelation(xs, ys),
    unmatched,
    superseded,
    otherKinds,
  };
}
