import { isLocale, safeParseAgent, safeParseCustomer, safeParseTeam } from "@rapport/core";
import type { FreshdeskContext } from "./freshdesk-context";
import type { FreshdeskAgent, FreshdeskContact, FreshdeskGroup } from "./freshdesk-payload";

/** A group: a team. */
export function mapGroup(group: FreshdeskGroup, { out, id, ref }: FreshdeskContext): void {
  out.add(
    "teams",
    "group",
    group.id,
    safeParseTeam({ id: id(group.id), name: group.name, externalIds: [ref(group.id)] }),
  );
}

/** An agent, in the first of its groups. */
export function mapAgent(agent: FreshdeskAgent, { out, id, ref }: FreshdeskContext): void {
  const group = agent.group_ids?.[0];
  out.add(
    "agents",
    "agent",
    agent.id,
    safeParseAgent({
      id: id(agent.id),
      name: agent.contact?.name ?? "",
      ...(agent.contact?.email ? { email: agent.contact.email } : {}),
      ...(group ? { teamId: id(group) } : {}),
      externalIds: [ref(agent.id)],
    }),
  );
}

/** A contact: a customer. */
export function mapContact(contact: FreshdeskContact, { out, id, ref }: FreshdeskContext): void {
  const emails = [contact.email, ...(contact.other_emails ?? [])].filter(
    (email): email is string => typeof email === "string" && email.length > 0,
  );
  const phones = [contact.phone, contact.mobile].filter(
    (phone): phone is string => typeof phone === "string" && phone.length > 0,
  );
  const locale = contact.language && isLocale(contact.language) ? contact.language : undefined;
  out.add(
    "customers",
    "contact",
    contact.id,
    safeParseCustomer({
      id: id(contact.id),
      externalIds: [
        ref(contact.id),
        ...(contact.unique_external_id
          ? [{ system: "freshdesk_unique_external_id", id: contact.unique_external_id }]
          : []),
      ],
      ...(contact.name ? { name: contact.name } : {}),
      emails,
      phones,
      ...(locale ? { locale } : {}),
      ...(contact.company_id ? { organization: id(contact.company_id) } : {}),
      ...(contact.created_at ? { firstSeenAt: contact.created_at } : {}),
    }),
  );
}
