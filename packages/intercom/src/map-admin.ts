import { safeParseAgent, safeParseTeam } from "@rapport/core";
import type { IntercomContext } from "./intercom-context";
import type { IntercomAdmin, IntercomTeam } from "./intercom-payload";

/** An admin: an agent, in the first of its teams. */
export function mapAdmin(admin: IntercomAdmin, { out, id, ref }: IntercomContext): void {
  const team = admin.team_ids?.[0];
  out.add(
    "agents",
    "admin",
    admin.id,
    safeParseAgent({
      id: id(admin.id),
      name: admin.name ?? "",
      ...(admin.email ? { email: admin.email } : {}),
      ...(team ? { teamId: id(team) } : {}),
      externalIds: [ref(admin.id)],
    }),
  );
}

/** A team. */
export function mapTeam(team: IntercomTeam, { out, id, ref }: IntercomContext): void {
  out.add(
    "teams",
    "team",
    team.id,
    safeParseTeam({ id: id(team.id), name: team.name, externalIds: [ref(team.id)] }),
  );
}
