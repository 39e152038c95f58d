// A proof at scale, in the slow project (`test:slow`, part of `npm test`): see CONTRIBUTING.md.
import { runLedgerConcurrencyProof } from "@rapport/store/conformance";
import { describe, expect, it } from "vitest";
import { createSqliteStore } from "./sqlite-store";

runLedgerConcurrencyProof(() => createSqliteStore({ filename: ":memory:" }), {
  describe,
  it,
  expect,
  name: "SQLite store (:memory:) ledger at scale",
});
