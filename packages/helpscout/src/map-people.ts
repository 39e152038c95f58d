import { safeParseAgent, safeParseCustomer, safeParseTeam } from "@rapport/core";
import type { HelpScoutContext } from "./helpscout-context";
import { helpScoutLookups } from "./helpscout-lookups";
import type { HelpScoutEntitySchemas } from "./helpscout-payload";

type Parsed<Entity extends keyof HelpScoutEntitySchemas> = import("zod").output<
  HelpScoutEntitySchemas[Entity]
>;
const { role: ROLE } = helpScoutLookups;
const nameOf = (person: {
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
}) => [person.firstName, person.lastName].filter((part) => part && part.trim() !== "").join(" ");

/** A customer: a customer, with the e-mails and phones embedded in it. */
export function mapCustomer(customer: Parsed<"customer">, { out, id, ref }: HelpScoutContext) {
  const emails = [
    ...(customer._embedded?.emails ?? customer.emails ?? []).map((entry) => entry.value),
    ...(customer.email ? [customer.email] : []),
  ];
  const phones = (customer._embedded?.phones ?? customer.phones ?? []).map((entry) => entry.value);
  const name = nameOf(customer);
  out.add(
    "customers",
    "customer",
    customer.id,
    safeParseCustomer({
      id: id(customer.id),
      externalIds: [ref(customer.id)],
      ...(name ? { name } : {}),
      emails: [...new Set(emails)],
      phones,
      ...(customer.organization ? { organization: customer.organization } : {}),
      ...(customer.createdAt ? { firstSeenAt: customer.createdAt } : {}),
    }),
  );
}

/** A user: an agent; an owner or an admin is an admin. */
export function mapUser(user: Parsed<"user">, { out, id, ref }: HelpScoutContext): void {
  const role = ROLE.get(user.role);
  if (!role) {
    out.reject("user", user.id, ROLE.field, ROLE.reason(user.role));
    return;
  }
  const name = nameOf(user);
  out.add(
    "agents",
    "user",
    user.id,
    safeParseAgent({
      id: id(user.id),
      ...(name ? { name } : {}),
      ...(user.email ? { email: user.email } : {}),
      role,
      externalIds: [ref(user.id)],
    }),
  );
}

/** A team: a team. */
export function mapTeam(team: Parsed<"team">, { out, id, ref }: HelpScoutContext): void {
  out.add(
    "teams",
    "team",
    team.id,
    safeParseTeam({ id: id(team.id), name: team.name, externalIds: [ref(team.id)] }),
  );
}
