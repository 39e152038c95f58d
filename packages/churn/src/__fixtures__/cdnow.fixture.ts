// Loaders for the CDNOW reference data in ../shared/data/cdnow (beside the repository), and a
// small fixture of our own with the same shapes, so that tests mean something without it.
import { customerId, recordId, type Transaction } from "@rapport/core";

/**
 * The CDNOW directory, ../shared/data/cdnow from the repository root (five levels up from
 * this file's folder). Tests read it with node:fs and skip when it is absent.
 */
export const CDNOW_DIR = new URL("../../../../../shared/data/cdnow/", import.meta.url);

export const SKIP_NOTICE =
  "CDNOW tests skipped: ../shared/data not found (clone the shared data beside the repo)";

/** A row of a summary file: ID, x, t_x, T and (when present) zbar. */
export interface SummaryRow {
  readonly id: string;
  readonly frequency: number;
  readonly recency: number;
  readonly T: number;
  readonly monetaryValue: number;
}

export function parseSummaryCsv(text: string): SummaryRow[] {
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [id, x, tx, T, zbar] = line.split(",");
      return {
        id: id!,
        frequency: Number(x),
        recency: Number(tx),
        T: Number(T),
        monetaryValue: Number(zbar ?? 0),
      };
    });
}

/** Parses the raw CDNOW log: master id, sample id, YYYYMMDD, CDs, dollars. */
export function parseCdnowLog(text: string): Transaction[] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line, index) => {
      const [, id, date, , dollars] = line.trim().split(/\s+/);
      return {
        id: recordId(`t${index + 1}`),
        customerId: customerId(String(Number(id))),
        kind: "purchase",
        amount: { amount: Math.round(Number(dollars) * 100), currency: "USD" },
        occurredAt: new Date(
          `${date!.slice(0, 4)}-${date!.slice(4, 6)}-${date!.slice(6)}T00:00:00Z`,
        ),
      };
    });
}

/**
 * Our own raw log in the CDNOW format (invented customers). Worked by hand with the
 * calibration end 1997-09-30, unit day, multiplier 7:
 * - 1: Jan 1 (29.33), Jan 18 (29.73), Aug 2 (14.96), Dec 12 (after the end): x = 2,
 *   tₓ = 213 d = 30.43 w, T = 272 d = 38.86 w, zbar = (29.73 + 14.96)/2 = 22.345.
 * - 2: Jan 1 twice (63.34 + 11.77, one period) and Jan 13 (11.77): x = 1, tₓ = 12 d = 1.71 w,
 *   zbar = 11.77.
 * - 3: Jan 2 only: x = 0, tₓ = 0, T = 271 d = 38.71 w, zbar = 0.
 * - 4: Mar 31 (15.00) and Sep 30 (20.00, on the end day, included): x = 1, tₓ = 183 d = 26.14 w,
 *   T = 183 d = 26.14 w, zbar = 20.00.
 */
export const FIXTURE_LOG = `
 00004 0001 19970101  2   29.33
 00004 0001 19970118  2   29.73
 00004 0001 19970802  1   14.96
 00004 0001 19971212  2   26.48
 00021 0002 19970101  3   63.34
 00021 0002 19970101  1   11.77
 00021 0002 19970113  1   11.77
 00050 0003 19970102  1   13.97
 00071 0004 19970331  1   15.00
 00071 0004 19970930  2   20.00
`;

/** The summary the fixture log should produce, in the published files' format. */
export const FIXTURE_SUMMARY = `ID,x,t_x,T,zbar
1,2,30.43,38.86,22.35
2,1,1.71,38.86,11.77
3,0,0.00,38.71,0.00
4,1,26.14,26.14,20.00
`;
