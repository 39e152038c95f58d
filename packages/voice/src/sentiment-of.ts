import { expectedMessage } from "@rapport/stats";
import vader from "vader-sentiment";

/**
 * The sentiment of a text by VADER's method: `compound` on −1..1 (normalised sum of the
 * valences), and the shares of the text that are `positive`, `negative` and `neutral`
 * (0..1, summing to 1).
 *
 * @example
 * ```ts
 * import { sentimentOf, type Sentiment } from "@rapport/voice";
 * const sentiment: Sentiment = sentimentOf("The agent was great!");
 * sentiment.compound > 0.05; // true: positive
 * ```
 */
export interface Sentiment {
  /** Normalised, weighted sum of the valences, −1 (most negative) to 1 (most positive). */
  readonly compound: number;
  /** Share of the text's valence that is positive, 0..1. */
  readonly positive: number;
  /** Share of the text's valence that is negative, 0..1. */
  readonly negative: number;
  /** Share of the text without valence, 0..1. */
  readonly neutral: number;
}

// The words VADER negates with. The package compares them case-sensitively, so a sentence
// that starts with "Not" or shouts "NEVER" would not be negated; VADER's reference
// implementation lower-cases them first, and so do we.
const NEGATIONS =
  /\b(?:not|never|none|nope|nor|nothing|nowhere|without|neither|rarely|seldom|despite|uh-uh|aint|ain't|arent|aren't|cannot|cant|can't|couldnt|couldn't|darent|daren't|didnt|didn't|doesnt|doesn't|dont|don't|hadnt|hadn't|hasnt|hasn't|havent|haven't|isnt|isn't|mightnt|mightn't|mustnt|mustn't|neednt|needn't|oughtnt|shant|shan't|shouldnt|shouldn't|wasnt|wasn't|werent|weren't|wont|won't|wouldnt|wouldn't)\b/gi;

// A text all in capitals has no capitals among lower case (VADER's "cap differential" is
// off), so it is scored in lower case, which also lets its negations count; elsewhere only
// the negations are lower-cased, which leaves the differential as it was.
const LETTERS = /[A-Za-z]{2,}/g;
function caseNegations(text: string): string {
  const words = text.match(LETTERS);
  if (words?.every((word) => word === word.toUpperCase())) {
    return text.replace(LETTERS, (word) => word.toLowerCase());
  }
  return text.replace(NEGATIONS, (word) => word.toLowerCase());
}

/**
 * Scores the sentiment of one text by VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious
 * Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM-14): each word's
 * valence from the VADER lexicon, raised or lowered by boosters ("very", "kind of"), flipped
 * by a negation in the three words before it, weighted after "but", raised for words in
 * capitals among lower-case ones, and for "!" and "?"; the sum normalised to
 * x / √(x² + 15). The lexicon and rules are those of the `vader-sentiment` package; negations
 * are matched in any case, as in the reference implementation. A text without valence
 * scores `{ compound: 0, neutral: 1 }`; anything but a string is a `TypeError`.
 *
 * Thresholds used by VADER's authors: positive ≥ 0.05, negative ≤ −0.05.
 *
 * @example
 * ```ts
 * import { sentimentOf } from "@rapport/voice";
 * sentimentOf("VADER is smart, handsome, and funny.").compound; // 0.8316
 * sentimentOf("Not good at all").compound < 0; // true
 * ```
 */
export function sentimentOf(text: string): Sentiment {
  if (typeof text !== "string") {
    throw new TypeError(expectedMessage("sentimentOf: text", "a string", text));
  }
  const scores = vader.SentimentIntensityAnalyzer.polarity_scores(caseNegations(text));
  if (scores.pos + scores.neg + scores.neu === 0) {
    return { compound: 0, positive: 0, negative: 0, neutral: 1 };
  }
  return {
    compound: scores.compound,
    positive: scores.pos,
    negative: scores.neg,
    neutral: scores.neu,
  };
}
