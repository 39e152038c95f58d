import { describe, expect, it } from "vitest";
import { COMPARATOR_LEVELS, compareValues } from "./compare-values";

describe("compareValues", () => {
  it("treats a missing or empty value as no evidence", () => {
    expect(compareValues("exact", undefined, "a")).toBe(-1);
    expect(compareValues("name", " ", "a")).toBe(-1);
  });

  it("grades names by Jaro-Winkler", () => {
    // Jaro(allen, alen) = (4/5 + 4/4 + 1) / 3 = 0.9333; prefix 2: 0.9333 + 0.2 × 0.0667 = 0.9467.
    expect(compareValues("name", "Allen", "alen")).toBe(1);
    // Jaro(robert, rob) = (3/6 + 3/3 + 1) / 3 = 0.8333; prefix 3: 0.8333 + 0.3 × 0.1667 = 0.8833.
    expect(compareValues("name", "Robert", "Rob")).toBe(2);
    expect(compareValues("name", "Robert", "Isla")).toBe(3);
    expect(compareValues("name", "ISLA", "isla")).toBe(0);
    // Non-ASCII: Jaro(josé, jose) = (3/4 + 3/4 + 1) / 3 = 0.8333; prefix 3: 0.8833.
    expect(compareValues("name", "José", "Jose")).toBe(2);
  });

  it("grades text and dates by Levenshtein distance", () => {
    expect(compareValues("date", "1971-06-24", "1971-05-24")).toBe(1);
    expect(compareValues("date", "1991-04-26", "1997-04-28")).toBe(2);
    expect(compareValues("text", "London", "Lonon")).toBe(1);
    // Two substitutions: r→o at the third letter, o→r at the seventh.
    expect(compareValues("text", "Portsmouth", "Pootsmruth")).toBe(2);
    expect(compareValues("text", "Portsmouth", "Hull")).toBe(3);
  });

  it("grades e-mails and phones", () => {
    expect(compareValues("email", "ada@a.com", "ada@b.org")).toBe(1);
    expect(compareValues("email", "robert255@smith.net", "roberta25@smith.net")).toBe(2);
    expect(compareValues("email", "ada@a.com", "zed@q.org")).toBe(3);
    expect(compareValues("phone", "+44 20 7946 0000", "+442079460000")).toBe(0);
    expect(compareValues("phone", "+44 20 7946 0000", "020 7946 0000")).toBe(1);
    expect(compareValues("phone", "+44 20 7946 0000", "+44 20 7946 0001")).toBe(2);
    expect(compareValues("exact", "a", "b")).toBe(1);
    expect(COMPARATOR_LEVELS.phone).toHaveLength(3);
  });
});
