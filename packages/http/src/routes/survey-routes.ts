import { formatPath, safeParseSurveyResponse } from "@rapport/core";
import type { Hono } from "hono";
import type { CareEnv } from "../access/guard";
import { idProblem } from "../boundary/check-id";
import { readJsonBody } from "../boundary/json-body";
import { jsonError, MAX_ERROR_ISSUES } from "../json-error";
import type { RouteContext } from "./route-context";

type Issue = { index: number; path: string; message: string };

/** `POST /surveys/responses` (scope `surveys:write`); internal. */
export function surveyRoutes(app: Hono<CareEnv>, context: RouteContext): void {
  app.post("/surveys/responses", context.guard("surveys:write"), async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return jsonError(c, body.status, { error: body.error, message: body.message });
    const batch = Array.isArray(body.value) ? body.value : [body.value];
    if (batch.length > context.maxBatchSize) {
      return jsonError(c, 413, {
        error: "batch_too_large",
        message: `the body holds ${batch.length} responses; send at most ${context.maxBatchSize} a request`,
      });
    }
    const valid = [];
    // Only the first issues are kept (the answer lists at most MAX_ERROR_ISSUES); all are counted.
    const issues: Issue[] = [];
    let issueCount = 0;
    const note = (issue: Issue) => {
      issueCount += 1;
      if (issues.length < MAX_ERROR_ISSUES) issues.push(issue);
    };
    for (const [index, input] of batch.entries()) {
      const result = safeParseSurveyResponse(input);
      if (!result.success) {
        for (const issue of result.error.issues) {
          note({ index, path: formatPath(issue.path), message: issue.message });
        }
        continue;
      }
      const problem = idProblem(result.data.id) ?? idProblem(result.data.customerId);
      if (problem === undefined) valid.push(result.data);
      else note({ index, path: "id", message: `expected ${problem}` });
    }
    const report =
      valid.length > 0 ? await context.storeFor(c).surveyResponses.upsert(valid) : { stored: 0 };
    if (issueCount > 0) {
      return jsonError(c, 400, {
        error: "invalid_survey_response",
        message: `${batch.length - valid.length} of ${batch.length} responses are invalid; ${report.stored} valid ones were stored`,
        issues,
        ...(issueCount > issues.length ? { issueCount } : {}),
      });
    }
    return c.json({ stored: report.stored }, 200);
  });
}
