import { runStoreConformance } from "@rapport/store/conformance";
import { describe, expect, it } from "vitest";
import { createDuckDbStore } from "./duckdb-store";

runStoreConformance(() => createDuckDbStore({ path: ":memory:" }), {
  describe,
  it,
  expect,
  name: "DuckDB store (:memory:)",
});
