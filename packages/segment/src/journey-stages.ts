import { expectedMessage } from "@rapport/stats";

/**
 * The journey stage each event name of the Segment Spec puts a customer in, by default. Keys
 * are the Spec's event names (E-commerce and B2B SaaS, plus common subscription events);
 * events not listed are imported without a stage. The stages are those of the default
 * lifecycle of `@rapport/journeys` (awareness, consideration, purchase, onboarding, adoption,
 * retention, advocacy, churned), so that imported events feed its timelines and funnels as
 * they are: browsing is awareness, a trial is consideration, an upgrade or an invite is
 * adoption, a renewal is retention, a cancellation is churned.
 *
 * Sources: Segment Spec, "E-Commerce Events" (v2) and "B2B SaaS Events".
 *
 * @example
 * ```ts
 * import { DEFAULT_SEGMENT_STAGES } from "@rapport/segment";
 * DEFAULT_SEGMENT_STAGES["Order Completed"]; // "purchase"
 * ```
 */
export const DEFAULT_SEGMENT_STAGES: Readonly<Record<string, string>> = Object.freeze({
  // E-commerce: browsing
  "Products Searched": "awareness",
  "Product List Viewed": "awareness",
  "Product List Filtered": "awareness",
  "Promotion Viewed": "awareness",
  "Promotion Clicked": "awareness",
  "Product Clicked": "awareness",
  "Product Viewed": "awareness",
  // E-commerce: cart and checkout
  "Product Added": "consideration",
  "Product Added to Wishlist": "consideration",
  "Cart Viewed": "consideration",
  "Checkout Started": "consideration",
  "Checkout Step Viewed": "consideration",
  "Checkout Step Completed": "consideration",
  "Payment Info Entered": "consideration",
  "Coupon Applied": "consideration",
  // E-commerce: order
  "Order Completed": "purchase",
  "Order Updated": "purchase",
  // E-commerce: sharing and reviewing
  "Product Shared": "advocacy",
  "Cart Shared": "advocacy",
  "Product Reviewed": "advocacy",
  // B2B SaaS
  "Account Created": "onboarding",
  "Signed Up": "onboarding",
  "Signed In": "adoption",
  "Invite Sent": "adoption",
  "Account Added User": "adoption",
  "Trial Started": "consideration",
  "Trial Ended": "consideration",
  "Account Deleted": "churned",
  // Subscriptions
  "Subscription Started": "purchase",
  "Subscription Created": "purchase",
  "Subscription Renewed": "retention",
  "Subscription Upgraded": "adoption",
  "Subscription Cancelled": "churned",
  "Subscription Canceled": "churned",
  "Subscription Ended": "churned",
});

/**
 * Normalises an event name for matching: lower case, with runs of spaces, underscores and
 * hyphens made one space, so `"order_completed"` and `"Order Completed"` match.
 *
 * @example
 * ```ts
 * import { normalizeEventName } from "@rapport/segment";
 * normalizeEventName("  Order_Completed "); // "order completed"
 * ```
 */
export function normalizeEventName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}

/**
 * Looks up the stage of an event name. Built by {@link stageLookup}.
 *
 * @example
 * ```ts
 * import { stageLookup, type StageLookup } from "@rapport/segment";
 * const stageOf: StageLookup = stageLookup();
 * stageOf("Signed Up"); // "onboarding"
 * ```
 */
export type StageLookup = (eventName: string) => string | undefined;

/**
 * Options of {@link stageLookup}.
 *
 * @example
 * ```ts
 * import type { StageLookupOptions } from "@rapport/segment";
 * const options: StageLookupOptions = { replaceDefaults: true };
 * ```
 */
export interface StageLookupOptions {
  /** Use only the given stages, not {@link DEFAULT_SEGMENT_STAGES}. Default `false`. */
  readonly replaceDefaults?: boolean;
}

/**
 * Builds the event-name → stage lookup: the defaults ({@link DEFAULT_SEGMENT_STAGES}, unless
 * `options.replaceDefaults`), overridden by `stages` (a `null` stage removes a default). Names
 * match after {@link normalizeEventName}. Throws a `TypeError` naming the entry for a stage
 * that is not a string or `null`, and a `RangeError` for an empty one.
 *
 * @example
 * ```ts
 * import { stageLookup } from "@rapport/segment";
 * const stageOf = stageLookup({ "Demo Booked": "consideration", "Signed In": null });
 * stageOf("demo_booked"); // "consideration"
 * stageOf("Signed In"); // undefined
 * ```
 */
export function stageLookup(
  stages: Readonly<Record<string, string | null>> = {},
  options: StageLookupOptions = {},
): StageLookup {
  const replaceDefaults = options.replaceDefaults ?? false;
  const table = new Map<string, string | null>();
  if (!replaceDefaults) {
    for (const [name, stage] of Object.entries(DEFAULT_SEGMENT_STAGES)) {
      table.set(normalizeEventName(name), stage);
    }
  }
  for (const [name, stage] of Object.entries(stages)) {
    if (stage !== null && (typeof stage !== "string" || stage.trim() === "")) {
      throw new (typeof stage === "string" ? RangeError : TypeError)(
        expectedMessage(
          `stages[${JSON.stringify(name)}]`,
          "a stage name (a non-empty string) or null",
          stage,
        ),
      );
    }
    table.set(normalizeEventName(name), stage);
  }
  return (eventName) => table.get(normalizeEventName(eventName)) ?? undefined;
}
