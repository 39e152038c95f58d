// The evaluateConsent properties at depth: 1,000 random ledgers each (the unit suite tries 100).
import { describeConsentProperties } from "./__fixtures__/consent-properties.fixture";

describeConsentProperties({ ledgers: 1000, retroactive: 300 });
