// 100 ledgers a property here, each of 8 to 30 events on a coarse grid of 21 instants and 5
// purposes, so ties, expiries and withdrawals happen in most ledgers; the slow project tries
// 1,000 (evaluate-consent.property.slow.test.ts): 1,000 took 38-67 s on a loaded 2-core machine.
import { describeConsentProperties } from "./__fixtures__/consent-properties.fixture";

describeConsentProperties({ ledgers: 100, retroactive: 30 });
