import { describe, expect, it } from "vitest";
import { CSV_ITEM_SCALES, itemColumnOf } from "./csv-survey-items";
import { importCsv } from "./import-csv";

const asOf = new Date("2024-06-01T00:00:00Z");
const AT = "2024-03-01T10:00:00Z";

describe("itemColumnOf", () => {
  it("reads item:<question id>:<scale>, the question id as written", () => {
    expect(itemColumnOf(" Item: Agent_Knowledge : CSAT5 ", 4)).toEqual({
      position: 4,
      label: "Item: Agent_Knowledge : CSAT5",
      questionId: "Agent_Knowledge",
      scale: "five_point",
    });
    expect(itemColumnOf("item:a:b:ces7", 0)).toMatchObject({ questionId: "a:b" });
    expect(itemColumnOf("comment", 0)).toBeNull();
    expect(itemColumnOf("items", 0)).toBeNull();
  });

  it("names the scales it knows when it cannot read one", () => {
    const names = Object.keys(CSV_ITEM_SCALES)
      .map((name) => `"${name}"`)
      .join(" | ");
    expect(itemColumnOf("item:ease:ces9", 0)).toEqual({
      label: "item:ease:ces9",
      reason: `column "item:ease:ces9": expected item:<question id>:<scale>, the scale one of ${names}, received "ces9"`,
    });
    expect(itemColumnOf("item:ease", 0)).toMatchObject({
      reason: expect.stringMatching(/received "item:ease"$/),
    });
    expect(itemColumnOf("item::nps", 0)).toMatchObject({ label: "item::nps" });
  });
});

describe("importCsv: several items per response, a reason, the happiness scale", () => {
  it("reads the items in the header's order, skipping blank answers", () => {
    const csv = [
      "id,customer_id,kind,score,responded_at,item:ease:ces7,item:speed:csat5,Item: Solved : good_bad,Reason",
      `r1,c1,csat,2,${AT},6,4,Good,Took too long`,
      `r2,c1,nps,9,${AT},,,,`,
      `r3,c1,nps,9,${AT},,6,,`,
      `r4,c1,nps,9,${AT},x,,,`,
      `r5,c1,nps,9,${AT},,,maybe,`,
      `r6,c1,nps,9,${AT},0,,,`,
    ].join("\n");
    const { surveyResponses, report } = importCsv(csv, { kind: "surveyResponses", asOf });
    expect(surveyResponses.map((response) => response.id)).toEqual(["csv:r1", "csv:r2"]);
    expect(surveyResponses[0]).toMatchObject({
      kind: "csat",
      scale: "five_point",
      score: 2,
      items: [
        { questionId: "ease", scale: "seven_point", score: 6 },
        { questionId: "speed", scale: "five_point", score: 4 },
        { questionId: "Solved", scale: "binary", score: "good" },
      ],
      reason: { label: "Took too long" },
    });
    expect(surveyResponses[1]).not.toHaveProperty("items");
    expect(surveyResponses[1]).not.toHaveProperty("reason");
    expect(
      report.records.filter((r) => r.status === "rejected").map((r) => [r.field, r.reason]),
    ).toEqual([
      // The only answered item is the second column: the report names that column.
      [
        "item:speed:csat5",
        "row 4: expected an integer from 1 to 5 on the five_point scale, received 6",
      ],
      ["item:ease:ces7", 'row 5: expected an integer, received "x"'],
      ["Item: Solved : good_bad", 'row 6: expected one of "good" | "bad", received "maybe"'],
      [
        "item:ease:ces7",
        "row 7: expected an integer from 1 to 7 on the seven_point scale, received 0",
      ],
    ]);
  });

  it("takes happiness as great, okay or not_good and nothing else", () => {
    const csv = [
      "id,customer_id,kind,scale,score,responded_at",
      `h1,c1,happiness,,Great,${AT}`,
      `h2,c1,Happiness,three_point,Not good,${AT}`,
      `h3,c1,happiness,,okay,${AT}`,
      `h4,c1,happiness,,3,${AT}`,
      `h5,c1,happiness,five_point,okay,${AT}`,
      `h6,c1,nps,,great,${AT}`,
    ].join("\n");
    const { surveyResponses, report } = importCsv(csv, { kind: "surveyResponses", asOf });
    expect(surveyResponses.map((r) => [r.kind, r.scale, r.score])).toEqual([
      ["happiness", "three_point", "great"],
      ["happiness", "three_point", "not_good"],
      ["happiness", "three_point", "okay"],
    ]);
    expect(
      report.records.filter((r) => r.status === "rejected").map((r) => [r.field, r.reason]),
    ).toEqual([
      ["score", 'row 5: expected one of "great" | "okay" | "not_good", received "3"'],
      ["scale", 'row 6: expected "three_point", received "five_point"'],
      ["score", 'row 7: expected an integer, received "great"'],
    ]);
  });

  it("rejects a header with an item column it cannot read, and reads the rows without it", () => {
    const csv = [
      "customer_id,kind,score,responded_at,item:ease:ces9,item:speed:nps,item:speed:csat5",
      `c1,nps,9,${AT},3,10,4`,
    ].join("\n");
    const { surveyResponses, report } = importCsv(csv, { kind: "surveyResponses", asOf });
    expect(report.records[0]).toEqual({
      entity: "header",
      sourceId: "row 1",
      status: "rejected",
      field: "item:ease:ces9",
      reason: expect.stringMatching(
        /^row 1: column "item:ease:ces9": expected item:<question id>:<scale>, .*; column "item:speed:csat5": question speed has a column already$/,
      ),
    });
    expect(surveyResponses[0]?.items).toEqual([
      { questionId: "speed", scale: "zero_to_ten", score: 10 },
    ]);
  });

  it("maps the reason column to another header name, and keeps twelve columns without a header", () => {
    const csv = `customer_id,kind,score,responded_at,Why\nc1,csat,bad,${AT},Rude\n`;
    const mapped = importCsv(csv, {
      kind: "surveyResponses",
      asOf,
      columns: { reason: "Why" },
    });
    expect(mapped.surveyResponses[0]?.reason).toEqual({ label: "Rude" });
    const headerless = `r1,c1,nps,,9,${AT},,,,,,\n`;
    const { surveyResponses } = importCsv(headerless, { kind: "surveyResponses", asOf });
    expect(surveyResponses[0]?.score).toBe(9);
  });
});
