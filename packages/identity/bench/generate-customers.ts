// Generated customer records for the scale benchmark: people with one to four records each, the
// way several systems hold them, with the typos real data has (a swapped, dropped or wrong
// letter; a shifted digit in a date), missing fields and phones written two ways.
import { seededRandom } from "@rapport/stats";
import type { IdentityRecord } from "../src/index.ts";

const SYLLABLES = "ka lo mi ra te su no vi da el an or is ul be co fa gu ha jo".split(" ");
const CITIES = [
  "London",
  "Leeds",
  "Hull",
  "Bristol",
  "Cardiff",
  "Glasgow",
  "Belfast",
  "Derby",
  "York",
  "Bath",
];

function typo(value: string, random: () => number): string {
  if (value.length < 3) return value;
  const at = 1 + Math.floor(random() * (value.length - 2));
  const kind = random();
  if (kind < 0.34) return value.slice(0, at) + value[at + 1] + value[at] + value.slice(at + 2);
  if (kind < 0.67) return value.slice(0, at) + value.slice(at + 1);
  return value.slice(0, at) + "x" + value.slice(at + 1);
}

/** About `count` records of `count / 2.5` people, with a seed. */
export function generateCustomers(
  count: number,
  seed = 7,
): { records: IdentityRecord[]; truth: Record<string, string> } {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const word = (n: number) => Array.from({ length: n }, () => pick(SYLLABLES)).join("");
  const records: IdentityRecord[] = [];
  const truth: Record<string, string> = {};
  for (let person = 0; records.length < count; person += 1) {
    const first = word(2);
    const surname = word(3);
    const year = 1940 + Math.floor(random() * 65);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
    const dob = `${year}-${month}-${day}`;
    const email = `${first}.${surname}${Math.floor(random() * 100)}@example.com`;
    const mobile = `7${String(Math.floor(random() * 1e9)).padStart(9, "0")}`;
    const city = pick(CITIES);
    const copies = 1 + Math.floor(random() * 4);
    for (let c = 0; c < copies && records.length < count; c += 1) {
      const id = `r${records.length}`;
      const noisy = (value: string) => (random() < 0.15 ? typo(value, random) : value);
      truth[id] = String(person);
      records.push({
        id,
        fields: {
          first_name: random() < 0.1 ? undefined : noisy(first),
          surname: random() < 0.1 ? undefined : noisy(surname),
          dob: random() < 0.1 ? typo(dob, random) : dob,
          city: random() < 0.3 ? undefined : city,
          email: random() < 0.3 ? undefined : random() < 0.1 ? typo(email, random) : email,
          phone:
            random() < 0.4
              ? undefined
              : random() < 0.5
                ? `+44 ${mobile}`
                : `0${mobile.slice(0, 4)} ${mobile.slice(4)}`,
        },
      });
    }
  }
  return { records, truth };
}
