import { expectedMessage } from "@rapport/stats";
import { detectAll } from "tinyld/light";

/**
 * The language of a text: an ISO 639-1 code and the detector's confidence, 0..1.
 *
 * @example
 * ```ts
 * import { detectLanguage, type DetectedLanguage } from "@rapport/voice";
 * const found: DetectedLanguage | null = detectLanguage("Mi tarjeta no ha llegado");
 * found?.language; // "es"
 * ```
 */
export interface DetectedLanguage {
  /** ISO 639-1 code, e.g. `"en"`. */
  readonly language: string;
  /** The detector's confidence, 0..1. */
  readonly confidence: number;
}

/**
 * Options of {@link detectLanguage}.
 *
 * @example
 * ```ts
 * import { detectLanguage, type DetectLanguageOptions } from "@rapport/voice";
 * const options: DetectLanguageOptions = { only: ["en", "fr", "de"] };
 * detectLanguage("Ma carte n'est pas arrivée", options)?.language; // "fr"
 * ```
 */
export interface DetectLanguageOptions {
  /** Languages to choose from (ISO 639-1); default every language the detector knows. */
  readonly only?: readonly string[];
  /** Below this confidence the answer is `null` (default 0.1). */
  readonly minConfidence?: number;
}

/**
 * Detects the language of a text with `tinyld` (its light profile: character n-grams of
 * some 60 languages, pure JavaScript, tuned for short texts such as chat turns). Returns
 * `null` when the text is too short or the best guess is below `minConfidence`; anything
 * but a string is a `TypeError`.
 *
 * @example
 * ```ts
 * import { detectLanguage } from "@rapport/voice";
 * detectLanguage("My card has not arrived yet, where is it?")?.language; // "en"
 * detectLanguage("ok"); // null
 * ```
 */
export function detectLanguage(
  text: string,
  options: DetectLanguageOptions = {},
): DetectedLanguage | null {
  if (typeof text !== "string") {
    throw new TypeError(expectedMessage("detectLanguage: text", "a string", text));
  }
  const minConfidence = options.minConfidence ?? 0.1;
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new RangeError(
      expectedMessage(
        "detectLanguage: options.minConfidence",
        "a number from 0 to 1",
        minConfidence,
      ),
    );
  }
  const candidates = detectAll(text, options.only ? { only: [...options.only] } : {});
  const best = candidates[0];
  if (best === undefined || best.accuracy < minConfidence) return null;
  return { language: best.lang, confidence: Math.min(1, best.accuracy) };
}
