import { describe, expect, it } from "vitest";
import { casesCsv, interactionsCsv, responsesCsv } from "./csv.fixture";
import { csvImportItems, csvImportItemsAsync, importCsv, importCsvStream } from "./import-csv";

const NPS_HEADER = "id,customer_id,kind,score,responded_at";

// After every date of the fixtures (the 2030 rows test the asOf check on their own).
const asOf = new Date("2026-01-01T00:00:00Z");

describe("importCsv: survey responses", () => {
  it("maps the documented layout, with a BOM, CRLF, quotes and odd header spellings", () => {
    const { surveyResponses: responses, report } = importCsv(responsesCsv, {
      asOf,
      kind: "surveyResponses",
    });
    expect(report).toMatchObject({ source: "csv", accepted: 5, rejected: 0, ignored: 1 });
    expect(report.records[4]).toEqual({
      entity: "surveyResponse",
      sourceId: "row 6",
      status: "ignored",
      reason: "row 6: blank row",
    });
    expect(responses.map((r) => [r.kind, r.scale, r.score])).toEqual([
      ["nps", "zero_to_ten", 9],
      ["csat", "binary", "good"], // "Good" on no scale: the binary scale
      ["csat", "five_point", 4],
      ["ces", "seven_point", 6], // CES without a scale: CES 2.0's seven points
      ["ces", "five_point", 5],
    ]);
    expect(responses[0]).toEqual({
      id: "csv:r1",
      customerId: "csv:c_1",
      kind: "nps",
      scale: "zero_to_ten",
      score: 9,
      respondedAt: new Date("2024-03-01T09:00:00Z"), // 10:00 at +01:00
      comment: "Fast, friendly",
      caseId: "csv:k_1",
      agentId: "csv:a_1",
      teamId: "csv:t_1",
      channel: "email",
      surveyId: "s_q1",
      source: { system: "csv", id: "r1" },
    });
    expect(responses[1]!.comment).toBe('She said "thanks"');
    expect(responses[2]!.comment).toBe("Line one\r\nline two");
    expect(responses[2]!.respondedAt).toEqual(new Date("2024-03-02T13:00:00Z")); // 08:00 at -05:00
    expect(responses[4]!.channel).toBe("self_service");
  });

  it("reports every bad row with its row number, column and reason, and keeps the good ones", () => {
    const csv = [
      "id,customer_id,kind,scale,score,responded_at,channel",
      "a,c1,nps,,9,2024-03-01T10:00:00Z,", // row 2: good
      "b,c1,nps,,11,2024-03-01T10:00:00Z,", // row 3: out of the 0-10 scale
      "c,c1,csat,binary,4,2024-03-01T10:00:00Z,", // row 4: not good/bad
      "d,,nps,,7,2024-03-01T10:00:00Z,", // row 5: no customer
      "e,c1,survey,,7,2024-03-01T10:00:00Z,", // row 6: unknown kind
      "f,c1,nps,,7,yesterday,", // row 7: bad date
      "g,c1,nps,,7,2024-03-01T10:00:00Z,fax", // row 8: unknown channel
      "h,c1,nps,,7.5,2024-03-01T10:00:00Z,", // row 9: not an integer
      "i,c1,ces,zero_to_ten,7,2024-03-01T10:00:00Z,", // row 10: no such CES scale
      "j,c1,nps,,7", // row 11: too few fields
      'k,c1,nps,,"7"x,2024-03-01T10:00:00Z,', // row 12: text after a closing quote
      "l,c1,csat,,bad,2024-03-01T10:00:00Z,", // row 13: good
    ].join("\n");
    const { surveyResponses: responses, report } = importCsv(csv, {
      asOf,
      kind: "surveyResponses",
    });
    expect(responses.map((r) => r.id)).toEqual(["csv:a", "csv:l"]);
    expect(
      report.records
        .filter((r) => r.status === "rejected")
        .map((r) => [r.sourceId, r.field, r.reason]),
    ).toEqual([
      [
        "b",
        "score",
        "row 3: expected an integer from 0 to 10 on the zero_to_ten scale, received 11",
      ],
      ["c", "score", 'row 4: expected one of "good" | "bad", received "4"'],
      ["d", "customer_id", "row 5: a value is required"],
      [
        "e",
        "kind",
        'row 6: expected one of "csat" | "nps" | "ces" | "happiness", received "survey"',
      ],
      [
        "f",
        "responded_at",
        expect.stringMatching(
          /^row 7: expected an ISO 8601 date-time with an offset.*received "yesterday"$/,
        ),
      ],
      [
        "g",
        "channel",
        expect.stringMatching(/^row 8: expected one of "email" \| "phone".*received "fax"$/),
      ],
      ["h", "score", 'row 9: expected an integer, received "7.5"'],
      [
        "i",
        "scale",
        'row 10: expected one of "seven_point" | "five_point", received "zero_to_ten"',
      ],
      ["j", "(row)", "row 11: expected 7 fields (as in the header), found 5"],
      ["k", "score", expect.stringMatching(/^row 12: unexpected "x" after a closing quote/)],
    ]);
  });

  it("rejects rows dated after asOf", () => {
    const csv = `${NPS_HEADER}\na,c1,nps,9,2030-01-01T00:00:00Z\n`;
    const { report } = importCsv(csv, {
      kind: "surveyResponses",
      asOf: new Date("2025-01-01T00:00:00Z"),
    });
    expect(report.records[0]).toMatchObject({
      status: "rejected",
      field: "responded_at",
      reason:
        "row 2: expected a time not after asOf (2025-01-01T00:00:00.000Z), received 2030-01-01T00:00:00.000Z",
    });
  });

  it("lists every model issue when several fail at once", () => {
    // A case solved before it was created, and a first reply before creation too.
    const csv =
      "customer_id,channel,status,created_at,first_reply_at,solved_at\nc1,email,solved,2024-03-02T00:00:00Z,2024-03-01T00:00:00Z,2024-03-01T00:00:00Z\n";
    const { report } = importCsv(csv, { asOf, kind: "cases" });
    expect(report.records[0]).toMatchObject({ status: "rejected", field: "first_reply_at" });
    expect(report.records[0]!.reason).toMatch(
      /^row 2: first_reply_at: expected firstReplyAt not before createdAt.*; solved_at: /,
    );
  });
});

describe("importCsv: interactions and cases", () => {
  it("maps interactions: direction from the author, durations, sentiment, tags", () => {
    const { interactions, report } = importCsv(interactionsCsv, { asOf, kind: "interactions" });
    expect(report.accepted).toBe(3);
    expect(interactions[0]).toEqual({
      id: "csv:i1",
      customerId: "csv:c_1",
      caseId: "csv:k_1",
      channel: "phone",
      direction: "inbound", // a customer's message, no direction given
      author: { kind: "customer" },
      visibility: "public",
      occurredAt: new Date("2024-03-01T09:00:00Z"),
      durationSeconds: 312.5,
      sentiment: -0.4,
      tags: ["billing", "refund"],
      source: { system: "csv", id: "i1" },
    });
    expect(interactions[1]).toMatchObject({
      direction: "outbound",
      author: { kind: "agent", id: "csv:a_1" },
      visibility: "private",
      tags: [],
    });
    expect(interactions[2]).toMatchObject({ direction: "outbound", tags: ["vip"] });
    expect(interactions[2]!.occurredAt).toEqual(new Date("2024-03-01T08:00:00Z"));
  });

  it("maps cases: status and priority spellings, dates, reopens", () => {
    const { cases } = importCsv(casesCsv, { asOf, kind: "cases" });
    expect(cases[0]).toEqual({
      id: "csv:k_1",
      customerId: "csv:c_1",
      subject: "Refund for order 1001",
      channel: "email",
      status: "on_hold", // "On Hold"
      priority: "high",
      assigneeId: "csv:a_1",
      teamId: "csv:t_1",
      createdAt: new Date("2024-03-01T09:00:00Z"),
      updatedAt: new Date("2024-03-02T09:00:00Z"),
      firstReplyAt: new Date("2024-03-01T09:45:00Z"),
      reopenCount: 1,
      tags: ["billing"],
      statusHistory: [],
      source: { system: "csv", id: "k_1" },
    });
    expect(cases[1]).toMatchObject({
      subject: 'Login fails, "error 42"',
      priority: "normal",
      reopenCount: 0,
      solvedAt: new Date("2024-03-01T12:00:00Z"),
      closedAt: new Date("2024-03-03T12:00:00Z"),
    });
  });

  it("rejects bad numbers in interactions and cases", () => {
    const interactions = importCsv(
      "customer_id,channel,author_kind,occurred_at,sentiment,duration_seconds\nc1,chat,agent,2024-03-01T10:00:00Z,high,\nc1,chat,agent,2024-03-01T10:00:00Z,2,\n",
      { asOf, kind: "interactions" },
    );
    expect(interactions.report.records.map((r) => [r.field, r.reason])).toEqual([
      ["sentiment", 'row 2: expected a number, received "high"'],
      ["sentiment", "row 3: expected <= 1, received 2"],
    ]);
    const cases = importCsv(
      "customer_id,channel,status,created_at,reopen_count\nc1,web,open,2024-03-01T10:00:00Z,-1\n",
      { asOf, kind: "cases" },
    );
    expect(cases.report.records[0]).toMatchObject({
      field: "reopen_count",
      reason: "row 2: expected >= 0, received -1",
    });
  });
});

describe("importCsv: header, mapping, dates", () => {
  it("reads a file without a header in the documented column order", () => {
    const csv = "r9,c9,nps,,10,2024-03-01T10:00:00Z,,,,,,\n";
    const { surveyResponses: responses } = importCsv(csv, { asOf, kind: "surveyResponses" });
    expect(responses[0]).toMatchObject({ id: "csv:r9", customerId: "csv:c9", score: 10 });
    const forced = importCsv("id,customer_id,kind,scale,score,responded_at,,,,,,\n", {
      asOf,
      kind: "surveyResponses",
      header: false,
    });
    expect(forced.report.records[0]).toMatchObject({
      status: "rejected",
      sourceId: "id",
      field: "kind",
    });
    const short = importCsv("c9,nps,10\n", { asOf, kind: "surveyResponses" });
    expect(short.report.records[0]!.reason).toBe(
      "row 1: expected 12 fields (the columns of surveyResponses), found 3",
    );
  });

  it("maps columns to other header names, and reads local dates in a time zone", () => {
    const csv = [
      "Respondent,Type,Rating,Submitted,Notes,__proto__,constructor",
      "ada@example.com,CSAT,5,01/07/2024 09:00,Great,x,y",
    ].join("\n");
    const { surveyResponses: responses, report } = importCsv(csv, {
      asOf,
      kind: "surveyResponses",
      columns: {
        customer_id: "Respondent",
        kind: "Type",
        score: "Rating",
        responded_at: "Submitted",
        comment: "Notes",
      },
      dateFormat: "dd/MM/yyyy HH:mm",
      timeZone: "Europe/London",
    });
    expect(report.accepted).toBe(1);
    expect(responses[0]).toMatchObject({
      id: "csv:row-2", // no id column: the row number
      customerId: "csv:ada@example.com",
      kind: "csat",
      scale: "five_point",
      score: 5,
      comment: "Great",
      respondedAt: new Date("2024-07-01T08:00:00Z"), // 09:00 BST (UTC+1)
      source: { system: "csv", id: "row-2" },
    });
    expect(Object.getPrototypeOf(responses[0])).toBe(Object.prototype);
  });

  it("rejects a header that lacks required columns, and then each row, naming them", () => {
    const { report } = importCsv("customer_id,score\nc1,9\n", { asOf, kind: "surveyResponses" });
    expect(report.records).toEqual([
      {
        entity: "header",
        sourceId: "row 1",
        status: "rejected",
        field: "kind",
        reason:
          "row 1: the header has no column for kind, responded_at (found: customer_id, score)",
      },
      {
        entity: "surveyResponse",
        sourceId: "row 2",
        status: "rejected",
        field: "kind",
        reason: "row 2: the header has no such column, and a value is required",
      },
    ]);
  });

  it("skips blank rows before the header", () => {
    const { report } = importCsv(`\n ,\n${NPS_HEADER}\na,c1,nps,9,2024-03-01T10:00:00Z`, {
      asOf,
      kind: "surveyResponses",
    });
    expect(report.records.map((r) => r.status)).toEqual(["ignored", "ignored", "accepted"]);
  });

  it("uses another system name and delimiter", () => {
    const { surveyResponses: responses, report } = importCsv(
      `${NPS_HEADER.replaceAll(",", ";")}\na;c1;nps;9;2024-03-01T10:00:00Z`,
      { asOf, kind: "surveyResponses", delimiter: ";", system: "typeform" },
    );
    expect(report.source).toBe("typeform");
    expect(responses[0]).toMatchObject({ id: "typeform:a", customerId: "typeform:c1" });
  });

  it.each([
    [
      { kind: "tickets" },
      RangeError,
      'importCsv: options.kind: expected one of "surveyResponses" | "interactions" | "cases" | "dataSubjectRequests", received "tickets"',
    ],
    [
      { kind: 3 },
      TypeError,
      'importCsv: options.kind: expected one of "surveyResponses" | "interactions" | "cases" | "dataSubjectRequests", received 3',
    ],
    [
      { kind: "surveyResponses", asOf: undefined },
      TypeError,
      "importCsv: options.asOf: expected a Date, received nothing (the field is missing)",
    ],
    [
      { kind: "surveyResponses", asOf: new Date(Number.NaN) },
      RangeError,
      "importCsv: options.asOf: expected a valid Date, received an invalid Date",
    ],
    [
      { kind: "surveyResponses", system: "" },
      RangeError,
      'importCsv: options.system: expected a lower-case system name such as "csv", received ""',
    ],
    [
      { kind: "surveyResponses", header: "yes" },
      RangeError,
      'importCsv: options.header: expected one of "auto" | true | false, received "yes"',
    ],
    [
      { kind: "surveyResponses", listSeparator: "" },
      RangeError,
      'importCsv: options.listSeparator: expected a non-empty string, received ""',
    ],
    [
      { kind: "surveyResponses", columns: { rating: "Rating" } },
      RangeError,
      'importCsv: options.columns: expected a column of surveyResponses (one of "id" | "customer_id" | "kind" | "scale" | "score" | "responded_at" | "comment" | "case_id" | "agent_id" | "team_id" | "channel" | "survey_id" | "reason"), received "rating"',
    ],
    [
      { kind: "surveyResponses", columns: { score: " " } },
      RangeError,
      'importCsv: options.columns.score: expected a header name, received " "',
    ],
    [
      { kind: "surveyResponses", columns: { score: 5 } },
      TypeError,
      "importCsv: options.columns.score: expected a header name, received 5",
    ],
    [
      { kind: "surveyResponses", timeZone: "Nowhere/City" },
      RangeError,
      'options.timeZone: expected an IANA time-zone name such as "Europe/Berlin", received "Nowhere/City"',
    ],
  ])("throws for bad options %#", (options, kind, message) => {
    expect(() => importCsv("", { asOf, ...options } as never)).toThrow(new kind(message));
  });

  it("refuses a __proto__ column name like any unknown column", () => {
    expect(() =>
      importCsv("", { asOf, kind: "surveyResponses", columns: JSON.parse('{"__proto__":"x"}') }),
    ).toThrow(/received "__proto__"/);
  });

  it("throws a TypeError for input that is not text", () => {
    expect(() => importCsv(42 as never, { asOf, kind: "cases" })).toThrow(
      /expected a string or an iterable of strings/,
    );
    expect(() => importCsv([new Uint8Array(2)] as never, { asOf, kind: "cases" })).toThrow(
      /decode bytes first/,
    );
  });
});

describe("importCsv: deduplication and streaming", () => {
  it("deduplicates by the id column: a file sent twice changes nothing", () => {
    const once = importCsv(casesCsv, { asOf, kind: "cases" });
    const body = casesCsv.slice(casesCsv.indexOf("\n"));
    const twice = importCsv(`${casesCsv}${body}`, { asOf, kind: "cases" });
    expect(twice.cases).toEqual(once.cases);
    expect(twice.report).toMatchObject({ accepted: 2, duplicates: 2 });
  });

  it("gives the same result from any chunking, sync or async", async () => {
    const whole = importCsv(responsesCsv, { asOf, kind: "surveyResponses" });
    const chunks = responsesCsv.match(/[\s\S]{1,7}/g)!;
    expect(importCsv(chunks, { asOf, kind: "surveyResponses" })).toEqual(whole);
    async function* slowly() {
      for (const chunk of chunks) yield chunk;
    }
    expect(await importCsvStream(slowly(), { asOf, kind: "surveyResponses" })).toEqual(whole);
    expect(await importCsvStream(chunks, { asOf, kind: "surveyResponses" })).toEqual(whole);
  });

  it("takes a Web ReadableStream of text", async () => {
    const stream = new ReadableStream<string>({
      start(controller) {
        controller.enqueue(interactionsCsv.slice(0, 100));
        controller.enqueue(interactionsCsv.slice(100));
        controller.close();
      },
    });
    const result = await importCsvStream(stream as unknown as AsyncIterable<string>, {
      asOf,
      kind: "interactions",
    });
    expect(result.interactions).toHaveLength(3);
  });

  it("rejects non-text chunks of an async stream", async () => {
    async function* bytes() {
      yield new Uint8Array(3) as unknown as string;
    }
    await expect(importCsvStream(bytes(), { asOf, kind: "cases" })).rejects.toThrow(
      /decode bytes first/,
    );
  });

  it("yields item by item, with the same outcomes as the report", async () => {
    const csv = `${casesCsv}\nk_1,c_1,again,email,open,,,,2024-03-01T09:00:00Z,,,,,,\nbad row`;
    const report = importCsv(csv, { asOf, kind: "cases" }).report;
    const items = [...csvImportItems(csv, { asOf, kind: "cases" })];
    expect(items.map((item) => item.outcome)).toEqual(report.records);
    expect(items.map((item) => item.mapped?.list)).toEqual([
      "cases",
      "cases",
      undefined,
      undefined,
    ]);
    const asyncItems = [];
    for await (const item of csvImportItemsAsync([csv], { asOf, kind: "cases" }))
      asyncItems.push(item);
    expect(asyncItems).toEqual(items);
  });

  it("streams a large generated file without joining it", () => {
    let produced = 0;
    function* lines() {
      yield `${NPS_HEADER}\n`;
      for (let i = 0; i < 20_000; i++) {
        produced++;
        yield `r${i},c${i % 97},nps,${i % 11},2024-03-01T10:00:00Z\n`;
      }
    }
    let accepted = 0;
    let scoreSum = 0;
    for (const item of csvImportItems(lines(), { asOf, kind: "surveyResponses" })) {
      if (item.mapped?.list === "surveyResponses" && item.mapped.record.kind === "nps") {
        accepted++;
        scoreSum += item.mapped.record.score;
      }
    }
    expect(produced).toBe(20_000);
    expect(accepted).toBe(20_000);
    // Scores cycle 0..10: 1818 full cycles (sum 55 each) and 2 more rows (0 + 1).
    expect(scoreSum).toBe(1818 * 55 + 1);
  });
});
