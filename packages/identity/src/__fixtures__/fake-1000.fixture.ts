// Loader for splink's fake_1000 in ../shared/data/identity (beside the repository): 1,000
// simulated records of 251 people with typos, swaps and missing values, and the true cluster of
// each. Tests read it with node:fs and skip when it is absent.
import type { IdentityRecord } from "../identity-record";

/** The identity data directory, ../shared/data/identity from the repository root. */
export const IDENTITY_DIR = new URL("../../../../../shared/data/identity/", import.meta.url);

export const SKIP_NOTICE =
  "fake_1000 tests skipped: ../shared/data/identity not found (clone the shared data beside the repo)";

/** The records of fake_1000.csv and the true cluster of each record id. */
export function parseFake1000(text: string): {
  records: IdentityRecord[];
  truth: Record<string, string>;
} {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const names = header!.split(",");
  const records: IdentityRecord[] = [];
  const truth: Record<string, string> = {};
  for (const line of lines) {
    const cells = line.split(",");
    const row = Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ""]));
    const id = row.unique_id!;
    truth[id] = row.cluster!;
    records.push({
      id,
      fields: {
        first_name: row.first_name,
        surname: row.surname,
        dob: row.dob,
        city: row.city,
        email: row.email,
      },
    });
  }
  return { records, truth };
}
