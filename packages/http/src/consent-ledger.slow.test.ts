// A proof at scale, in the slow project (`test:slow`, part of `npm test`): see CONTRIBUTING.md.
import { describe, expect, it } from "vitest";
import { consentLedgerOverHttp } from "./consent-ledger.fixture";

consentLedgerOverHttp(1000, { describe, it, expect });
