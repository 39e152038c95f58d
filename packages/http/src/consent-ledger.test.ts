import { describe, expect, it } from "vitest";
import { consentLedgerOverHttp } from "./consent-ledger.fixture";

// 50 pairs here; the 1,000-pair proof is consent-ledger.slow.test.ts (npm run test:slow).
consentLedgerOverHttp(50, { describe, it, expect });
