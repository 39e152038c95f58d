// Expected dates are worked by hand from the calendar and checked with Python:
// date(2024,3,1) + timedelta(45) == date(2024,4,15); datetime(2024,4,16,
// tzinfo=ZoneInfo("America/Los_Angeles")).astimezone(UTC) == 2024-04-16 07:00 UTC.
import { type DataSubjectRequestJson, decodeDataSubjectRequest } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { requestDeadline } from "./request-deadline";

const request = (fields: Partial<DataSubjectRequestJson>) =>
  decodeDataSubjectRequest({
    id: "dsr_1",
    customerId: "cus_1",
    right: "access",
    receivedAt: "2024-01-31T09:00:00Z",
    jurisdiction: "EU",
    ...fields,
  } as DataSubjectRequestJson);

describe("requestDeadline", () => {
  it("gives one calendar month under the GDPR, clamped to the end of a short month", () => {
    const leap = requestDeadline(request({}), { timeZone: "Europe/Paris" });
    expect(leap).toEqual({
      requestId: "dsr_1",
      jurisdiction: "EU",
      citation: "GDPR Art. 12(3)",
      dueDate: "2024-02-29",
      // The end of 29 February in Paris (UTC+1).
      expiresAt: new Date("2024-02-29T23:00:00Z"),
      extended: false,
      extensionIssue: null,
    });
    const common = requestDeadline(request({ receivedAt: "2023-01-31T09:00:00Z" }), {
      timeZone: "Europe/Paris",
    });
    expect(common.dueDate).toBe("2023-02-28");
  });

  it("counts from the day of receipt in the controller's zone, not in UTC", () => {
    // 23:30 UTC on 31 January is already 1 February in Berlin: one month on is 1 March.
    const late = request({ receivedAt: "2024-01-31T23:30:00Z" });
    expect(requestDeadline(late, { timeZone: "Europe/Berlin" }).dueDate).toBe("2024-03-01");
    expect(requestDeadline(late, { timeZone: "UTC" }).dueDate).toBe("2024-02-29");
  });

  it("ends at local midnight across a change to summer time", () => {
    // Received in Berlin winter time (UTC+1), due 15 April in summer time (UTC+2).
    const eu = requestDeadline(request({ receivedAt: "2024-03-15T10:00:00Z" }), {
      timeZone: "Europe/Berlin",
    });
    expect([eu.dueDate, eu.expiresAt]).toEqual(["2024-04-15", new Date("2024-04-15T22:00:00Z")]);
    // 45 calendar days from 1 March in California (PST) spans 10 March (PDT): 15 April.
    const ca = requestDeadline(
      request({ receivedAt: "2024-03-01T18:00:00Z", jurisdiction: "US-CA" }),
      { timeZone: "America/Los_Angeles" },
    );
    expect([ca.dueDate, ca.expiresAt, ca.citation]).toEqual([
      "2024-04-15",
      new Date("2024-04-16T07:00:00Z"),
      "Cal. Civ. Code §1798.130(a)(2)",
    ]);
  });

  it("applies an extension notified within the first period, to the whole period", () => {
    const reason = { extensionReason: "several systems to search" };
    // One month plus two from 31 January is three months: 30 April (not 29 April).
    const eu = requestDeadline(request({ extendedAt: "2024-02-20T10:00:00Z", ...reason }), {
      timeZone: "Europe/Paris",
    });
    expect([eu.dueDate, eu.extended, eu.extensionIssue]).toEqual(["2024-04-30", true, null]);
    // 45 + 45 days from 1 March: 30 May.
    const ca = requestDeadline(
      request({
        receivedAt: "2024-03-01T18:00:00Z",
        jurisdiction: "US-CA",
        extendedAt: "2024-04-10T18:00:00Z",
        ...reason,
      }),
      { timeZone: "America/Los_Angeles" },
    );
    expect([ca.dueDate, ca.extended]).toEqual(["2024-05-30", true]);
  });

  it("refuses an extension notified after the first period, or under a regime with none", () => {
    // The first period ended at 23:00 UTC on 29 February (midnight in Paris).
    const late = request({ extendedAt: "2024-02-29T23:00:00Z", extensionReason: "late notice" });
    const deadline = requestDeadline(late, { timeZone: "Europe/Paris" });
    expect([deadline.dueDate, deadline.extended, deadline.extensionIssue]).toEqual([
      "2024-02-29",
      false,
      "late",
    ]);
    const br = requestDeadline(
      request({
        receivedAt: "2024-03-01T12:00:00Z",
        jurisdiction: "BR",
        extendedAt: "2024-03-05T12:00:00Z",
        extensionReason: "complex",
      }),
      { timeZone: "America/Sao_Paulo" },
    );
    expect([br.dueDate, br.expiresAt, br.extensionIssue]).toEqual([
      "2024-03-16",
      // The end of 16 March in São Paulo (UTC−3, no summer time since 2019).
      new Date("2024-03-17T03:00:00Z"),
      "not_allowed",
    ]);
  });

  it("gives no deadline where no regime times the request", () => {
    const none = { dueDate: null, expiresAt: null, jurisdiction: null, citation: null };
    // LGPD Art. 19 times access only.
    const erasure = request({ jurisdiction: "BR", right: "erasure" });
    expect(requestDeadline(erasure, { timeZone: "UTC" })).toMatchObject(none);
    const { jurisdiction: _, ...anywhere } = request({});
    expect(requestDeadline(anywhere, { timeZone: "UTC" })).toMatchObject(none);
    // The controller's jurisdiction fills in for a request that names none.
    const uk = requestDeadline(anywhere, { timeZone: "Europe/London", jurisdiction: "UK" });
    expect([uk.jurisdiction, uk.dueDate]).toEqual(["UK", "2024-02-29"]);
  });

  it("lets the application override a regime or add one", () => {
    const regimes = {
      EU: { citation: "internal policy", period: { days: 30 } },
      CH: { citation: "revDSG Art. 25(7)", period: { days: 30 } },
    };
    // 31 January + 30 days in a leap year: 1 March.
    const eu = requestDeadline(request({}), { timeZone: "Europe/Zurich", regimes });
    expect([eu.citation, eu.dueDate]).toEqual(["internal policy", "2024-03-01"]);
    const ch = requestDeadline(request({ jurisdiction: "CH" }), {
      timeZone: "Europe/Zurich",
      regimes,
    });
    expect([ch.citation, ch.dueDate]).toEqual(["revDSG Art. 25(7)", "2024-03-01"]);
  });

  it("names the bad zone or regime", () => {
    expect(() => requestDeadline(request({}), { timeZone: "Mars/Olympus" })).toThrow(
      'requestDeadline: options.timeZone: expected an IANA time-zone name such as "Europe/Berlin", received "Mars/Olympus"',
    );
    const regimes = { EU: { citation: "x", period: { weeks: 2 } as never } };
    expect(() => requestDeadline(request({}), { timeZone: "UTC", regimes })).toThrow(
      'requestDeadline: regimes["EU"].period: expected { months: n } or { days: n } with n a positive whole number',
    );
  });
});
