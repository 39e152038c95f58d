import type { CareGesture } from "./care-gesture";
import type { Case } from "./case";
import type { ConsentEvent } from "./consent-event";
import type { Customer } from "./customer";
import type { Interaction } from "./interaction";
import type { JourneyEvent } from "./journey-event";
import type { SurveyResponse } from "./survey-response";
import type { Transaction } from "./transaction";

/**
 * Everything known about customers, by entity. Any list may be left out; lists may hold other
 * customers' records too (functions pick the one they are asked about).
 *
 * @example
 * ```ts
 * import type { CustomerSources } from "@rapport/core";
 * const sources: CustomerSources = { interactions: [], cases: [] };
 * ```
 */
export interface CustomerSources {
  readonly customers?: Iterable<Customer>;
  readonly interactions?: Iterable<Interaction>;
  readonly cases?: Iterable<Case>;
  readonly responses?: Iterable<SurveyResponse>;
  readonly journeyEvents?: Iterable<JourneyEvent>;
  readonly consentEvents?: Iterable<ConsentEvent>;
  readonly transactions?: Iterable<Transaction>;
  readonly gestures?: Iterable<CareGesture>;
}
