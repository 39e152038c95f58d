// A proof at scale, in the slow project (`test:slow`, part of `npm test`): see CONTRIBUTING.md.
import { describe, expect, it } from "vitest";
import { runLedgerConcurrencyProof } from "./conformance";
import { createMemoryStore } from "./memory-store";

runLedgerConcurrencyProof(() => createMemoryStore(), {
  describe,
  it,
  expect,
  name: "memory store ledger at scale",
});
