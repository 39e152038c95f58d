import { isTimeZone, safeParseAgent, safeParseCustomer, safeParseTeam } from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { ZendeskGroup, ZendeskUser } from "./zendesk-payload";
import type { ZendeskContext } from "./zendesk-state";

/** A user: an end user is a customer, an agent or admin an agent. */
export function mapUser(user: ZendeskUser, { out, id, ref, state }: ZendeskContext): void {
  const externalIds = [
    ref(user.id),
    ...(user.external_id ? [{ system: "zendesk_external_id", id: user.external_id }] : []),
  ];
  if (user.role === "end-user") {
    const timeZone = [user.iana_time_zone, user.time_zone].find(
      (zone): zone is string => typeof zone === "string" && isTimeZone(zone),
    );
    const customer = safeParseCustomer({
      id: id(user.id),
      externalIds,
      ...(user.name ? { name: user.name } : {}),
      emails: user.email ? [user.email] : [],
      phones: user.phone ? [user.phone] : [],
      ...(user.locale ? { locale: user.locale } : {}),
      ...(timeZone ? { timeZone } : {}),
      ...(user.organization_id ? { organization: id(user.organization_id) } : {}),
      ...(user.created_at ? { firstSeenAt: user.created_at } : {}),
    });
    if (out.add("customers", "user", user.id, customer)) state.roles.set(user.id, "customer");
  } else if (user.role === "agent" || user.role === "admin") {
    const agent = safeParseAgent({
      id: id(user.id),
      name: user.name ?? "",
      ...(user.email ? { email: user.email } : {}),
      role: user.role,
      externalIds,
    });
    if (out.add("agents", "user", user.id, agent)) state.roles.set(user.id, "agent");
  } else {
    out.reject(
      "user",
      user.id,
      "role",
      expectedMessage("", oneOf(["end-user", "agent", "admin"]), user.role),
    );
  }
}

/** A group: a team. */
export function mapGroup(group: ZendeskGroup, { out, id, ref }: ZendeskContext): void {
  out.add(
    "teams",
    "group",
    group.id,
    safeParseTeam({ id: id(group.id), name: group.name, externalIds: [ref(group.id)] }),
  );
}
