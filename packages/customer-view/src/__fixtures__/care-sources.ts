// The care history of ./care-history.ts, parsed through core, as callers pass it.
import {
  customerId,
  parseCareGesture,
  parseCase,
  parseConsentEvent,
  parseCustomer,
  parseInteraction,
  parseJourneyEvent,
  parseSurveyResponse,
  parseTransaction,
} from "@rapport/core";
import { careHistory } from "./care-history";

export const sources = {
  customers: careHistory.customers.map(parseCustomer),
  interactions: careHistory.interactions.map(parseInteraction),
  cases: careHistory.cases.map(parseCase),
  surveyResponses: careHistory.surveyResponses.map(parseSurveyResponse),
  journeyEvents: careHistory.journeyEvents.map(parseJourneyEvent),
  consentEvents: careHistory.consentEvents.map(parseConsentEvent),
  transactions: careHistory.transactions.map(parseTransaction),
  careGestures: careHistory.careGestures.map(parseCareGesture),
};
export const ada = customerId("cus_ada");
