import { safeParseAgent, safeParseCustomer, safeParseTeam } from "@rapport/core";
import type { ChatwootContext } from "./chatwoot-context";
import { chatwootLookups } from "./chatwoot-lookups";
import type { ChatwootEntitySchemas } from "./chatwoot-payload";

type Parsed<Entity extends keyof ChatwootEntitySchemas> = import("zod").output<
  ChatwootEntitySchemas[Entity]
>;
const { role: ROLE, channel: CHANNEL } = chatwootLookups;

/** A contact: a customer. */
export function mapContact(contact: Parsed<"contact">, { out, id, ref }: ChatwootContext): void {
  out.add(
    "customers",
    "contact",
    contact.id,
    safeParseCustomer({
      id: id(contact.id),
      externalIds: [
        ref(contact.id),
        ...(contact.identifier ? [{ system: "chatwoot_identifier", id: contact.identifier }] : []),
      ],
      ...(contact.name ? { name: contact.name } : {}),
      emails: contact.email ? [contact.email] : [],
      phones: contact.phone_number ? [contact.phone_number] : [],
      ...(contact.created_at ? { firstSeenAt: contact.created_at } : {}),
    }),
  );
}

/** An agent (a user of the account): an agent; an administrator is an admin. */
export function mapAgent(agent: Parsed<"agent">, { out, id, ref }: ChatwootContext): void {
  const role = ROLE.get(agent.role);
  if (!role) {
    out.reject("agent", agent.id, ROLE.field, ROLE.reason(agent.role));
    return;
  }
  const name = agent.name || agent.available_name;
  out.add(
    "agents",
    "agent",
    agent.id,
    safeParseAgent({
      id: id(agent.id),
      ...(name ? { name } : {}),
      ...(agent.email ? { email: agent.email } : {}),
      role,
      externalIds: [ref(agent.id)],
    }),
  );
}

/** A team: a team. */
export function mapTeam(team: Parsed<"team">, { out, id, ref }: ChatwootContext): void {
  out.add(
    "teams",
    "team",
    team.id,
    safeParseTeam({ id: id(team.id), name: team.name, externalIds: [ref(team.id)] }),
  );
}

/** An inbox: no record of its own, its channel goes into its conversations and messages. */
export function mapInbox(inbox: Parsed<"inbox">, { out }: ChatwootContext): void {
  if (!CHANNEL.get(inbox.channel_type)) {
    out.reject("inbox", inbox.id, "channel_type", CHANNEL.reason(inbox.channel_type));
    return;
  }
  out.merged("inbox", inbox.id);
}
