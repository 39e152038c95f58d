import { readInstant } from "./date-time";
import { CHANNELS } from "./enumerations";
import { type NumericScale, SCALE_BOUNDS } from "./scale-bounds";
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

const onScale = (score: unknown, scale: NumericScale) => {
  const [min, max] = SCALE_BOUNDS[scale];
  return Number.isInteger(score) && (score as number) >= min && (score as number) <= max;
};

/** The scale a record of a kind may have, with whether `score` is on it; `undefined` if none. */
function scaleOf(kind: unknown, scale: unknown, score: unknown): string | undefined {
  switch (kind) {
    case "nps":
      return (scale === undefined || scale === "zero_to_ten") && onScale(score, "zero_to_ten")
        ? "zero_to_ten"
        : undefined;
    case "csat":
      if (scale === "binary") return score === "good" || score === "bad" ? scale : undefined;
      return scale === "five_point" && onScale(score, "five_point") ? scale : undefined;
    case "ces":
      if (scale === "seven_point") return onScale(score, "seven_point") ? scale : undefined;
      return scale === "five_point" && onScale(score, "five_point") ? scale : undefined;
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
  const record = raw as Record<string, unknown>;
  // Every key zod would see (it walks the record with for…in, inherited keys included): one
  // the check does not read, or a field set to undefined (which zod keeps), goes to zod.
  for (const key in record) if (!HANDLED.has(key) || record[key] === undefined) return undefined;
  const { kind, score } = record;
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
    if (value === undefined) continue;
    if (!isId(value)) return undefined;
    out[key] = value;
  }
  const { channel, comment, surveyId } = record;
  if (channel !== undefined) {
    if (!CHANNEL_SET.has(channel)) return undefined;
    out.channel = channel;
  }
  out.respondedAt = respondedAt;
  if (comment !== undefined) {
    if (typeof comment !== "string") return undefined;
    out.comment = comment;
  }
  if (surveyId !== undefined) {
    if (typeof surveyId !== "string") return undefined;
    out.surveyId = surveyId;
  }
  return out;
}
