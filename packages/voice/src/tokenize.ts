import { expectedMessage } from "@rapport/stats";

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The words of a text, lower-cased, in order: runs of letters and digits, keeping inner
 * apostrophes ("don't"). The tokens the contact-reason model counts.
 *
 * @example
 * ```ts
 * import { tokenize } from "@rapport/voice";
 * tokenize("My card hasn't arrived, 2 weeks!"); // ["my", "card", "hasn't", "arrived", "2", "weeks"]
 * ```
 */
export function tokenize(text: string): string[] {
  if (typeof text !== "string") {
    throw new TypeError(expectedMessage("tokenize: text", "a string", text));
  }
  const words = text.toLowerCase().match(WORD);
  return words === null ? [] : words.map((word) => word.replace(/’/g, "'"));
}

/** Unigrams and bigrams ("card arrived") of a text's tokens; internal. */
export function terms(text: string): string[] {
  const words = tokenize(text);
  const out = [...words];
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]} ${words[i]}`);
  return out;
}
