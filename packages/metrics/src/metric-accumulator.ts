import type { SurveyResponse } from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { CesScale, CesScore } from "./ces";
import { createCesAccumulator } from "./ces-accumulator";
import type { CsatScale, CsatScore } from "./csat";
import { createCsatAccumulator } from "./csat-accumulator";
import type { NpsScore } from "./nps";
import { createNpsAccumulator } from "./nps-accumulator";
import type { ScoreOptions } from "./score-options";

/**
 * The survey metrics: `"nps"`, `"csat"`, `"ces"`.
 *
 * @example
 * ```ts
 * import type { MetricName } from "@rapport/metrics";
 * const metric: MetricName = "csat";
 * ```
 */
export type MetricName = "nps" | "csat" | "ces";

/**
 * The score type of each metric.
 *
 * @example
 * ```ts
 * import type { MetricScore } from "@rapport/metrics";
 * type Nps = MetricScore["nps"]; // NpsScore
 * ```
 */
export interface MetricScore {
  /** Net Promoter Score. */
  readonly nps: NpsScore;
  /** Customer satisfaction. */
  readonly csat: CsatScore;
  /** Customer effort. */
  readonly ces: CesScore;
}

/**
 * Options for scoring survey responses of one metric ({@link groupScores}, {@link scoreTrend}).
 *
 * @example
 * ```ts
 * import type { ResponseScoreOptions } from "@rapport/metrics";
 * const options: ResponseScoreOptions = { scale: "five_point", level: 0.9 };
 * ```
 */
export interface ResponseScoreOptions extends ScoreOptions {
  /**
   * Which scale to score, for CSAT (default `"binary"`) and CES (default `"seven_point"`).
   * Responses of the metric on another scale are not mixed in: they are counted in
   * `skipped.otherScale`.
   */
  readonly scale?: CsatScale | CesScale;
}

/**
 * Survey responses that were not scored, and why: nothing is dropped silently.
 *
 * @example
 * ```ts
 * import type { SkippedResponses } from "@rapport/metrics";
 * const none: SkippedResponses = { otherMetric: 0, otherScale: 0, outOfRange: 0 };
 * ```
 */
export interface SkippedResponses {
  /** Responses of another metric (e.g. NPS answers when scoring CSAT). */
  readonly otherMetric: number;
  /** Responses of the metric on another scale (e.g. five-point CSAT when scoring binary). */
  readonly otherScale: number;
  /** Responses outside the requested time range (trends only). */
  readonly outOfRange: number;
}

/** An accumulator of survey responses of one metric and scale; internal. */
export interface ResponseAccumulator<M extends MetricName> {
  add(response: SurveyResponse): void;
  result(): MetricScore[M];
}

/** Which scale a metric is scored on, after defaults and checks; internal. */
export function resolveScale(fn: string, metric: MetricName, scale: string | undefined): string {
  if (metric !== "nps" && metric !== "csat" && metric !== "ces") {
    throw new RangeError(expectedMessage(`${fn}: metric`, oneOf(["nps", "csat", "ces"]), metric));
  }
  const allowed =
    metric === "nps"
      ? ["zero_to_ten"]
      : metric === "csat"
        ? ["binary", "five_point"]
        : ["seven_point", "five_point"];
  const resolved = scale ?? allowed[0]!;
  if (!allowed.includes(resolved)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.scale`, `${oneOf(allowed)} for ${metric}`, scale),
    );
  }
  return resolved;
}

/** Creates an accumulator of responses for one metric and scale; internal. */
export function createResponseAccumulator<M extends MetricName>(
  metric: M,
  scale: string,
  options: ScoreOptions,
): ResponseAccumulator<M> {
  if (metric === "nps") {
    const accumulator = createNpsAccumulator();
    return {
      add: (response) => accumulator.add(response.score as number),
      result: () => accumulator.result(options) as MetricScore[M],
    };
  }
  if (metric === "csat") {
    const accumulator = createCsatAccumulator({ scale: scale as CsatScale });
    return {
      add: (response) => accumulator.add(response.score as never),
      result: () => accumulator.result(options) as MetricScore[M],
    };
  }
  const accumulator = createCesAccumulator({ scale: scale as CesScale });
  return {
    add: (response) => accumulator.add(response.score as number),
    result: () => accumulator.result(options) as MetricScore[M],
  };
}

/** Whether a response is of the metric and scale, or why not; internal. */
export function classify(
  response: SurveyResponse,
  metric: MetricName,
  scale: string,
): "score" | "otherMetric" | "otherScale" {
  if (response.kind !== metric) return "otherMetric";
  // NPS responses decoded by core always carry `zero_to_ten`; plain objects may omit it.
  const responseScale = response.scale ?? (metric === "nps" ? "zero_to_ten" : undefined);
  return responseScale === scale ? "score" : "otherScale";
}
