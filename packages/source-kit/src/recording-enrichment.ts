import type { Interaction } from "@rapport/core";
import type { TextEnrichment } from "./text-enrichment";

/**
 * A stand-in enrichment for an importer's tests: it keeps the text, answers `"en"` for the
 * language and `sentiment(text)` for the sentiment, and records in `seen` every text it was
 * asked to score, in order, so that a test can check each message was scored once.
 *
 * @example
 * ```ts
 * import { recordingEnrichment } from "@rapport/source-kit/testing";
 * const { enrich, seen } = recordingEnrichment((text) => (text.includes("late") ? -0.5 : 0.2));
 * enrich.sentiment?.("Parcel late again"); // -0.5
 * seen; // ["Parcel late again"]
 * ```
 */
export function recordingEnrichment(sentiment: (text: string) => number): {
  readonly enrich: TextEnrichment;
  readonly seen: string[];
} {
  const seen: string[] = [];
  const enrich: TextEnrichment = {
    keepText: true,
    sentiment: (text) => {
      seen.push(text);
      return sentiment(text);
    },
    language: () => "en",
  };
  return { enrich, seen };
}

/**
 * An import's interactions by their platform id (the id without its `"<system>:"` prefix).
 *
 * @example
 * ```ts
 * import { interactionsByPlatformId } from "@rapport/source-kit/testing";
 * declare const interactions: import("@rapport/core").Interaction[];
 * interactionsByPlatformId(interactions, "chatwoot").get("1"); // the interaction "chatwoot:1"
 * ```
 */
export function interactionsByPlatformId(
  interactions: readonly Interaction[],
  system: string,
): Map<string, Interaction> {
  return new Map(interactions.map((i) => [i.id.replace(`${system}:`, ""), i]));
}
