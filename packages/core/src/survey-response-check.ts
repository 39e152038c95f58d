import { readInstant } from "./date-time";
import { CHANNELS } from "./enumerations";
import { HAPPINESS_RATINGS } from "./survey-item";

// The fields the check reads, in the schema's order after kind, scale and score. A record with
// any other key (items, source, reason, or a key the schema does not know) goes to zod.
const OPTIONAL_IDS = ["caseId", "agentId", "teamId"] as const;
const HANDLED = new Set([
  "kind",
  "scale",
  "score",
  "id",
  "customerId",
  ...OPTIONAL_IDS,
  "channel",
  "respondedAt",
  "comment",
  "surveyId",
]);
const CHANNEL_SET: ReadonlySet<unknown> = new Set(CHANNELS);
const HAPPINESS_SET: ReadonlySet<unknown> = new Set(HAPPINESS_RATINGS);

const onScale = (score: unknown, min: number, max: number) =>
  Number.isInteger(score) && (score as number) >= min && (score as number) <= max;

/** The scale a record of a kind may have, with whether `score` is on it; `undefined` if none. */
function scaleOf(kind: unknown, scale: unknown, score: unknown): string | undefined {
  switch (kind) {
    case "nps":
      return (scale === undefined || scale === "zero_to_ten") && onScale(score, 0, 10)
        ? "zero_to_ten"
        : undefined;
    case "csat":
      if (scale === "binary") return score === "good" || score === "bad" ? scale : undefined;
      return scale === "five_point" && onScale(score, 1, 5) ? scale : undefined;
    case "ces":
      if (scale === "seven_point") return onScale(score, 1, 7) ? scale : undefined;
      return scale === "five_point" && onScale(score, 1, 5) ? scale : undefined;
    case "happiness":
      return (scale === undefined || scale === "three_point") && HAPPINESS_SET.has(score)
        ? "three_point"
        : undefined;
    default:
      return undefined;
  }
}

const isId = (value: unknown) => typeof value === "string" && value.length > 0;

/**
 * A precompiled check of a survey response (internal): the record `SurveyResponseSchema`
 * would return for `raw`, the same fields in the same order, or `undefined` when `raw` is
 * not a well-formed response of the common shape (no `items`, `source` or `reason`, no
 * unknown key, no field set to `undefined`), so that zod parses it and says why. Bulk
 * upserts and imports validate one response after another, and zod's per-field work was
 * most of their validation. Typed as a plain record, so that this file needs nothing of
 * survey-response.ts, which uses it.
 */
export function checkSurveyResponse(raw: unknown): Record<string, unknown> | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  // Every key zod would see (it walks the record with for…in, inherited keys included).
  for (const key in raw) if (!HANDLED.has(key)) return undefined;
  const record = raw as Record<string, unknown>;
  const { kind, score } = record;
  if ("scale" in record && record.scale === undefined) return undefined;
  const scale = scaleOf(kind, record.scale, score);
  if (scale === undefined || !isId(record.id) || !isId(record.customerId)) return undefined;
  const respondedAt = readInstant(record.respondedAt);
  if (respondedAt === undefined) return undefined;
  const out: Record<string, unknown> = {
    kind,
    scale,
    score,
    id: record.id,
    customerId: record.customerId,
  };
  for (const key of OPTIONAL_IDS) {
    const value = record[key];
    if (value === undefined) {
      if (key in record) return undefined;
    } else if (isId(value)) out[key] = value;
    else return undefined;
  }
  const { channel, comment, surveyId } = record;
  if (channel !== undefined) {
    if (!CHANNEL_SET.has(channel)) return undefined;
    out.channel = channel;
  } else if ("channel" in record) return undefined;
  out.respondedAt = respondedAt;
  if (comment !== undefined) {
    if (typeof comment !== "string") return undefined;
    out.comment = comment;
  } else if ("comment" in record) return undefined;
  if (surveyId !== undefined) {
    if (typeof surveyId !== "string") return undefined;
    out.surveyId = surveyId;
  } else if ("surveyId" in record) return undefined;
  return out;
}
