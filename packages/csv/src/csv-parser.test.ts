import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvRecord, createCsvParser, parseCsv } from "./csv-parser";

const fieldsOf = (records: CsvRecord[]) => records.map((record) => record.fields);

/** Parses `text` split at the given cut points, to exercise every chunk boundary. */
function parseInChunks(text: string, cuts: number[]): CsvRecord[] {
  const parser = createCsvParser();
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const records: CsvRecord[] = [];
  let from = 0;
  for (const point of [...points, text.length]) {
    records.push(...parser.push(text.slice(from, point)));
    from = point;
  }
  return [...records, ...parser.end()];
}

/** An independent writer: quotes every field that needs it, as RFC 4180 §2.6-2.7 says. */
const writeCsv = (rows: string[][], eol: string) =>
  rows
    .map((row) =>
      row
        .map((field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field))
        .join(","),
    )
    .join(eol);

describe("parseCsv: RFC 4180 §2", () => {
  it("rule 1-2: CRLF line breaks; the last record may lack one", () => {
    expect(fieldsOf(parseCsv("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n"))).toEqual([
      ["aaa", "bbb", "ccc"],
      ["zzz", "yyy", "xxx"],
    ]);
    expect(fieldsOf(parseCsv("aaa,bbb,ccc\r\nzzz,yyy,xxx"))).toEqual([
      ["aaa", "bbb", "ccc"],
      ["zzz", "yyy", "xxx"],
    ]);
  });

  it("rule 5-7: quoted fields with commas, line breaks and doubled quotes", () => {
    const records = parseCsv('"aaa","b\r\nbb","ccc"\r\nzzz,yyy,xxx\r\n"aaa","b""bb","ccc"');
    expect(fieldsOf(records)).toEqual([
      ["aaa", "b\r\nbb", "ccc"],
      ["zzz", "yyy", "xxx"],
      ["aaa", 'b"bb', "ccc"],
    ]);
    // Row numbers count records; lines count physical lines (the first record spans two).
    expect(records.map((record) => [record.row, record.line])).toEqual([
      [1, 1],
      [2, 3],
      [3, 4],
    ]);
  });

  it("takes LF and lone CR line ends, a BOM, empty fields and empty lines", () => {
    expect(fieldsOf(parseCsv("\uFEFFa,b\nc,\r\re,f\n\n,"))).toEqual([
      ["a", "b"],
      ["c", ""],
      [""],
      ["e", "f"],
      [""],
      ["", ""],
    ]);
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\uFEFF")).toEqual([]);
  });

  it("keeps a quote inside an unquoted field as text", () => {
    expect(fieldsOf(parseCsv('5" screen,ok'))).toEqual([['5" screen', "ok"]]);
  });

  it("reports a character after a closing quote, and keeps reading", () => {
    const [record] = parseCsv('a,"b"c,d\n');
    expect(record).toEqual({
      fields: ["a", "bc", "d"],
      row: 1,
      line: 1,
      error: { field: 1, reason: expect.stringMatching(/unexpected "c" after a closing quote/) },
    });
  });

  it("reports a quote left open at the end", () => {
    const records = parseCsv('a,b\n1,"open\nstill open');
    expect(records[1]).toEqual({
      fields: ["1", "open\nstill open"],
      row: 2,
      line: 2,
      error: { field: 1, reason: "unterminated quoted field (opened on line 2)" },
    });
  });

  it("takes another delimiter, and refuses a bad one", () => {
    expect(fieldsOf(parseCsv('a;"b;c"\n', { delimiter: ";" }))).toEqual([["a", "b;c"]]);
    expect(fieldsOf(parseCsv("a\tb", { delimiter: "\t" }))).toEqual([["a", "b"]]);
    for (const delimiter of ['"', "\n", ";;", ""]) {
      expect(() => createCsvParser({ delimiter })).toThrow(RangeError);
    }
    expect(() => createCsvParser({ delimiter: 9 as never })).toThrow(
      new TypeError(
        "createCsvParser: options.delimiter: expected one character other than '\"', CR and LF, received 9",
      ),
    );
  });
});

describe("createCsvParser: chunks", () => {
  it("splits a CRLF across chunks as one line end", () => {
    const parser = createCsvParser();
    expect(fieldsOf(parser.push("a,b\r"))).toEqual([["a", "b"]]);
    expect(fieldsOf(parser.push("\nc,d\r"))).toEqual([["c", "d"]]);
    expect(parser.push("")).toEqual([]);
    expect(fieldsOf(parser.push("\n"))).toEqual([]);
    expect(parser.end()).toEqual([]);
  });

  it("reads a quote opened at the end of a chunk, and a doubled quote split in two", () => {
    const parser = createCsvParser();
    // The text is x,"a""b" : the field is a"b.
    expect(parser.push('x,"')).toEqual([]);
    expect(parser.push('a"')).toEqual([]);
    expect(parser.push('"b"')).toEqual([]);
    expect(fieldsOf(parser.end())).toEqual([["x", 'a"b']]);
  });

  it("round-trips any table written by an independent writer, whatever the chunking", () => {
    const field = fc.string({
      unit: fc.constantFrom("a", "b", ",", '"', "\r", "\n", " ", "é", "\uFEFF"),
    });
    const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.array(fc.array(field, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 6,
      }),
    );
    fc.assert(
      fc.property(
        table,
        fc.constantFrom("\r\n", "\n"),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, eol, cuts) => {
          // A last row of one empty field writes nothing: a final line end starts no record.
          const last = rows[rows.length - 1]!;
          fc.pre(!(last.length === 1 && last[0] === ""));
          const text = writeCsv(rows, eol);
          const expected = rows;
          const whole = parseCsv(text);
          // A leading BOM in the first field is read as a byte-order mark, as it should be.
          if (!text.startsWith("\uFEFF")) expect(fieldsOf(whole)).toEqual(expected);
          expect(parseInChunks(text, cuts)).toEqual(whole);
          expect(whole.every((record) => record.error === undefined)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary text, and chunking never changes the result", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.nat(), { maxLength: 5 }), (text, cuts) => {
        expect(parseInChunks(text, cuts)).toEqual(parseCsv(text));
      }),
      { numRuns: 500 },
    );
  });
});
