import type { Interaction } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";

/**
 * What an import adds to each interaction from its text, on request: the functions are passed
 * in (e.g. from `@rapport/voice`), so that a source depends on no analysis package. Without
 * `enrich`, an import keeps neither the text nor anything derived from it.
 *
 * @example
 * ```ts
 * import type { TextEnrichment } from "@rapport/source-kit";
 * const enrich: TextEnrichment = {
 *   keepText: true,
 *   sentiment: (text) => (text.includes("thanks") ? 0.5 : 0),
 *   language: () => "en",
 * };
 * ```
 */
export interface TextEnrichment {
  /** Keep the message itself in `Interaction.text` (default `false`). */
  readonly keepText?: boolean;
  /** Sentiment of a text, −1..1 (e.g. `(t) => sentimentOf(t).compound`). */
  readonly sentiment?: (text: string) => number;
  /** Language of a text, an ISO 639 code, or `null` when unknown (e.g. `detectLanguage`). */
  readonly language?: (text: string) => string | null;
}

/**
 * The fields an interaction gains from its text under an enrichment: `text`, `sentiment`
 * and `language`, each only where asked for and known. A sentiment outside −1..1 or not a
 * number is a `RangeError` (the function given is wrong, not the record).
 *
 * @example
 * ```ts
 * import { enrichText } from "@rapport/source-kit";
 * enrichText("Thanks, all sorted!", { sentiment: () => 0.6 }); // { sentiment: 0.6 }
 * enrichText("Thanks", undefined); // {}
 * ```
 */
export function enrichText(
  text: string | null | undefined,
  enrich: TextEnrichment | undefined,
): { sentiment?: number; language?: string; text?: string } {
  if (enrich === undefined || typeof text !== "string" || text.trim() === "") return {};
  // In the order of the Interaction schema's fields, for records built to it directly.
  const out: { sentiment?: number; language?: string; text?: string } = {};
  if (enrich.sentiment) {
    const sentiment = enrich.sentiment(text);
    if (typeof sentiment !== "number" || !(sentiment >= -1 && sentiment <= 1)) {
      throw new RangeError(expectedMessage("enrich.sentiment", "a number from -1 to 1", sentiment));
    }
    out.sentiment = sentiment;
  }
  if (enrich.language) {
    const language = enrich.language(text);
    if (language !== null) out.language = language;
  }
  if (enrich.keepText) out.text = text;
  return out;
}

/**
 * An interaction built to the schema directly, with what its text adds under `enrich`
 * ({@link enrichText}) put in the schema's field order, before `tags` and `source`. Meant to
 * be called only when an enrichment is asked for, so that an import without one builds no
 * second object; with nothing to add, the interaction itself is returned.
 *
 * @example
 * ```ts
 * import type { Interaction } from "@rapport/core";
 * import { withEnrichment } from "@rapport/source-kit";
 * declare const message: Interaction;
 * withEnrichment(message, "Thanks, all sorted!", { sentiment: () => 0.6 }).sentiment; // 0.6
 * ```
 */
export function withEnrichment(
  interaction: Interaction,
  text: string | null | undefined,
  enrich: TextEnrichment,
): Interaction {
  const added = enrichText(text, enrich);
  if (added.sentiment === undefined && added.language === undefined && added.text === undefined) {
    return interaction;
  }
  const { tags, source, ...head } = interaction;
  return source === undefined ? { ...head, ...added, tags } : { ...head, ...added, tags, source };
}
