import { isLocale, safeParseCustomer } from "@rapport/core";
import type { IntercomContext } from "./intercom-context";
import type { IntercomContact } from "./intercom-payload";

/** A contact (a user or a lead): a customer. */
export function mapContact(contact: IntercomContact, { out, id, ref }: IntercomContext): void {
  const locale = [contact.language_override, contact.browser_language].find(
    (tag): tag is string => typeof tag === "string" && tag.length > 0 && isLocale(tag),
  );
  out.add(
    "customers",
    "contact",
    contact.id,
    safeParseCustomer({
      id: id(contact.id),
      externalIds: [
        ref(contact.id),
        ...(contact.external_id
          ? [{ system: "intercom_external_id", id: contact.external_id }]
          : []),
      ],
      ...(contact.name ? { name: contact.name } : {}),
      emails: contact.email ? [contact.email] : [],
      phones: contact.phone ? [contact.phone] : [],
      ...(locale ? { locale } : {}),
      ...(contact.role ? { segment: contact.role } : {}),
      ...(contact.created_at ? { firstSeenAt: contact.created_at } : {}),
      ...(contact.signed_up_at ? { customerSince: contact.signed_up_at } : {}),
    }),
  );
}
