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
    const throws = (request: unknown, error: Error) =>
      expect(() => checkErasureRequest(request as never)).toThrow(error);
    throws(
      { pseudonymise: [{ entity: "cases", id: "" }] },
      new RangeError(
        'erase: pseudonymise[0].id: expected a case id (a non-empty string; make one with caseId("…")), received ""',
      ),
    );
    throws(
      { delete: [{ entity: "surveyResponses", id: 7 }] },
      new TypeError(
        'erase: delete[0].id: expected a record id (a non-empty string; make one with recordId("…")), received 7',
      ),
    );
    throws(
      { delete: {} },
      new TypeError("erase: delete: expected an array of { entity, id }, received an object"),
    );
    throws(
      { delete: [null] },
      new TypeError("erase: delete[0]: expected an object { entity, id }, received null"),
    );
    throws(
      { delete: [{ entity: "gestures", id: "g1" }] },
      new RangeError(
        'erase: delete[0].entity: expected one of "customers" | "cases" | "interactions" | "surveyResponses" | "journeyEvents" | "consentEvents" | "transactions" | "careGestures" | "dataSubjectRequests", received "gestures"',
      ),
    );
    throws(
      { pseudonym: "" },
      new RangeError(
        'erase: pseudonym: expected a customer id (a non-empty string; make one with customerId("…")), received ""',
      ),
    );
  });
});
