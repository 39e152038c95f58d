import { mergeConfig } from "vitest/config";
import { packageTestConfig } from "../../vitest.shared.ts";

// DuckDB commits each single-record transaction in about 5 ms on a loaded 2-core machine, so
// the conformance suite's 3,000 concurrent consent upserts take 15-30 s there: more time for
// that one test than the shared 30 s, never for a timed assertion.
export default mergeConfig(packageTestConfig({ name: "store-duckdb" }), {
  test: { testTimeout: 90_000 },
});
