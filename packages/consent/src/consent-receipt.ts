import type { ConsentEvent } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import type { PurposeCatalog } from "./purposes";

/**
 * A PII controller as named in a Kantara consent receipt (v1.1, `piiControllers[]`).
 *
 * @example
 * ```ts
 * import type { KantaraPiiController } from "@rapport/consent";
 * const controller: KantaraPiiController = { piiController: "Example Ltd", contact: "DPO", address: "1 High St, London", email: "dpo@example.com", phone: "+44 20 0000 0000" };
 * ```
 */
export interface KantaraPiiController {
  /** The controller's name. */
  readonly piiController: string;
  /** Whether it acts on behalf of another controller. */
  readonly onBehalf?: boolean;
  /** A contact name. */
  readonly contact: string;
  /** A postal address. */
  readonly address: string;
  /** A contact e-mail. */
  readonly email: string;
  /** A contact phone number. */
  readonly phone: string;
  /** The controller's web site. */
  readonly piiControllerUrl?: string;
}

/**
 * One purpose in a Kantara consent receipt (`services[].purposes[]`).
 *
 * @example
 * ```ts
 * import type { KantaraPurpose } from "@rapport/consent";
 * const purpose: KantaraPurpose = { purpose: "Monthly news", purposeCategory: ["newsletter"], consentType: "EXPLICIT", piiCategory: ["email"], primaryPurpose: false, termination: "when withdrawn", thirdPartyDisclosure: false };
 * ```
 */
export interface KantaraPurpose {
  /** What the data is used for, as shown to the customer. */
  readonly purpose: string;
  /** Categories of the purpose (the purpose id here). */
  readonly purposeCategory: readonly string[];
  /** `"EXPLICIT"`: recorded from an affirmative act. */
  readonly consentType: "EXPLICIT";
  /** Categories of personal data concerned. */
  readonly piiCategory: readonly string[];
  /** Whether this is the primary purpose of the service. */
  readonly primaryPurpose: boolean;
  /** When or how the consent ends. */
  readonly termination: string;
  /** Whether data is disclosed to third parties (sold or shared). */
  readonly thirdPartyDisclosure: boolean;
}

/**
 * A consent receipt in the shape of the Kantara Initiative Consent Receipt Specification v1.1.
 *
 * @example
 * ```ts
 * import type { KantaraConsentReceipt } from "@rapport/consent";
 * const collectionMethod = (r: KantaraConsentReceipt) => r.collectionMethod;
 * ```
 */
export interface KantaraConsentReceipt {
  /** The specification version: `"KI-CR-v1.1.0"`. */
  readonly version: "KI-CR-v1.1.0";
  /** The jurisdiction the consent was given under. */
  readonly jurisdiction: string;
  /** When consent was given, in whole seconds since 1970-01-01T00:00:00Z. */
  readonly consentTimestamp: number;
  /** How it was collected (the proof's method and who captured it). */
  readonly collectionMethod: string;
  /** The receipt's id (the consent event's id unless given). */
  readonly consentReceiptID: string;
  /** The language of the receipt, where known. */
  readonly language?: string;
  /** The customer (PII principal). */
  readonly piiPrincipalId: string;
  /** Who controls the data. */
  readonly piiControllers: readonly KantaraPiiController[];
  /** The privacy notice the customer saw. */
  readonly policyUrl: string;
  /** The service and purposes consented to. */
  readonly services: readonly {
    readonly service: string;
    readonly purposes: readonly KantaraPurpose[];
  }[];
  /** Whether sensitive (special-category) data is concerned. */
  readonly sensitive: boolean;
  /** The special categories concerned. */
  readonly spiCat: readonly string[];
}

/**
 * What a receipt needs beyond the event.
 *
 * @example
 * ```ts
 * import type { ConsentReceiptOptions } from "@rapport/consent";
 * const options: ConsentReceiptOptions = { service: "Example Shop", policyUrl: "https://shop.example/privacy", controllers: [] };
 * ```
 */
export interface ConsentReceiptOptions {
  /** Who controls the data. */
  readonly controllers: readonly KantaraPiiController[];
  /** The service's name. */
  readonly service: string;
  /** The privacy notice's URL; else the URL of the event's notice version in `purposes`. */
  readonly policyUrl?: string;
  /** The jurisdiction; else the event's. */
  readonly jurisdiction?: string;
  /** The receipt id; the event id by default. */
  readonly receiptId?: string;
  /** The receipt's language (BCP 47). */
  readonly language?: string;
  /** The purposes, for their descriptions and whether they sell or share data. */
  readonly purposes?: PurposeCatalog;
  /** Categories of personal data concerned. */
  readonly piiCategories?: readonly string[];
  /** Special categories of data concerned (GDPR Art. 9), if any. */
  readonly sensitiveCategories?: readonly string[];
}

/**
 * A receipt for a consent grant, for the customer to keep, in the shape of the Kantara
 * Consent Receipt v1.1 (jurisdiction, timestamp, collection method, purposes, policy URL).
 * Throws a `TypeError` for an event that is not a grant, or when no jurisdiction or policy URL
 * can be found.
 *
 * @example
 * ```ts
 * import { decodeConsentEvent } from "@rapport/core";
 * import { consentReceipt } from "@rapport/consent";
 *
 * const receipt = consentReceipt(
 *   decodeConsentEvent({
 *     id: "ce_1", customerId: "cus_1", purpose: "marketing_email", lawfulBasis: "consent",
 *     action: "grant", capturedAt: "2025-01-01T10:00:00Z", jurisdiction: "FR",
 *     proof: { capturedBy: "signup-form", method: "web_form" },
 *   }),
 *   {
 *     service: "Example Shop",
 *     policyUrl: "https://shop.example/privacy",
 *     controllers: [{ piiController: "Example SAS", contact: "DPO", address: "1 rue de Rivoli, Paris", email: "dpo@shop.example", phone: "+33 1 00 00 00 00" }],
 *   },
 * );
 * receipt.consentTimestamp; // 1735725600
 * ```
 */
export function consentReceipt(
  event: ConsentEvent,
  options: ConsentReceiptOptions,
): KantaraConsentReceipt {
  if (event.action !== "grant") {
    throw new RangeError(
      `${expectedMessage(`consentReceipt: event ${event.id}: action`, '"grant" (a receipt records consent given)', event.action)}`,
    );
  }
  const jurisdiction = options.jurisdiction ?? event.jurisdiction;
  if (!jurisdiction) {
    throw new TypeError(
      `consentReceipt: jurisdiction: expected options.jurisdiction or the event's jurisdiction, received neither (event ${event.id})`,
    );
  }
  const notice = options.purposes?.notices.find((n) => n.version === event.noticeVersion);
  const policyUrl = options.policyUrl ?? notice?.url;
  if (!policyUrl) {
    throw new TypeError(
      `consentReceipt: policyUrl: expected options.policyUrl or a notice URL for version ${JSON.stringify(event.noticeVersion)}, received neither (event ${event.id})`,
    );
  }
  const purpose = options.purposes?.byId.get(event.purpose);
  const sensitive = options.sensitiveCategories ?? [];
  return {
    version: "KI-CR-v1.1.0",
    jurisdiction,
    consentTimestamp: Math.floor(event.capturedAt.getTime() / 1000),
    collectionMethod: `${event.proof.method} (${event.proof.capturedBy})`,
    consentReceiptID: options.receiptId ?? event.id,
    ...(options.language ? { language: options.language } : {}),
    piiPrincipalId: event.customerId,
    piiControllers: options.controllers,
    policyUrl,
    services: [
      {
        service: options.service,
        purposes: [
          {
            purpose: purpose?.description ?? event.purpose,
            purposeCategory: [event.purpose],
            consentType: "EXPLICIT",
            piiCategory: options.piiCategories ?? [],
            primaryPurpose: false,
            termination: event.expiresAt
              ? `expires at ${event.expiresAt.toISOString()}, or when withdrawn`
              : "when withdrawn",
            thirdPartyDisclosure: purpose?.sellsOrShares ?? false,
          },
        ],
      },
    ],
    sensitive: sensitive.length > 0,
    spiCat: sensitive,
  };
}
