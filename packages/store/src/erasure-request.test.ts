import { describe, expect, it } from "vitest";
import { checkErasureRequest } from "./erasure-request";

describe("checkErasureRequest", () => {
  it("defaults to empty lists and the default pseudonym", () => {
    expect(checkErasureRequest({})).toEqual({
      delete: [],
      pseudonymise: [],
      pseudonym: "pseudonymised",
    });
  });

  it("names the first bad target or pseudonym", () => {
    expect(() => checkErasureRequest({ pseudonymise: [{ entity: "cases", id: "" }] })).toThrow(
      'pseudonymise[0].id: expected a non-empty string, received ""',
    );
    expect(() => checkErasureRequest({ delete: {} as never })).toThrow(
      "delete: expected an array of { entity, id }, received [object Object]",
    );
    expect(() => checkErasureRequest({ delete: [null as never] })).toThrow(
      "delete[0].entity: expected one of customers, interactions, cases, surveyResponses, journeyEvents, consentEvents, transactions, gestures, received undefined",
    );
    expect(() => checkErasureRequest({ pseudonym: "" })).toThrow(
      'pseudonym: expected a non-empty string, received ""',
    );
  });
});
