import { ENTITY_KEYS } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { emptyImportLists } from "./import-report";

describe("emptyImportLists", () => {
  it("has one empty list per entity key, and new lists each time", () => {
    const lists = emptyImportLists();
    expect(Object.keys(lists)).toEqual([...ENTITY_KEYS]);
    expect(Object.values(lists).every((list) => list.length === 0)).toBe(true);
    expect(emptyImportLists().cases).not.toBe(lists.cases);
  });
});
