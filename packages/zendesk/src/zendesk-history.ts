import type { Case } from "@rapport/core";
import { zendeskPriority, zendeskStatus } from "./zendesk-lookups";
import { type ZendeskAudit, type ZendeskTicket, zendeskSchemas } from "./zendesk-payload";
import { isObject } from "./zendesk-state";

type StatusChange = Case["statusHistory"][number];

/** A ticket's status history as its audits tell it. */
export interface History {
  readonly statusHistory: StatusChange[];
  readonly solvedAt?: Date;
  readonly closedAt?: Date;
  readonly reopenCount: number;
}

/** The status history of a ticket, from the `status` events of its audits (oldest first). */
export function historyFrom(audits: readonly ZendeskAudit[]): History {
  const statusHistory: StatusChange[] = [];
  if (audits.length === 0) return { statusHistory, reopenCount: 0 };
  let solvedAt: Date | undefined;
  let closedAt: Date | undefined;
  let reopenCount = 0;
  let priority = undefined as StatusChange["priority"];
  for (const audit of audits) {
    let status: StatusChange["status"] | undefined;
    for (const event of audit.events ?? []) {
      const parsed = zendeskSchemas().ZendeskFieldEventSchema.safeParse(event);
      if (!parsed.success) continue;
      const { field_name, value } = parsed.data;
      if (field_name === "status") status = zendeskStatus(value) ?? status;
      if (field_name === "priority") priority = zendeskPriority(value) ?? priority;
    }
    if (!status) continue;
    const previous = statusHistory.at(-1)?.status;
    if (previous === "solved" && status !== "solved" && status !== "closed") reopenCount++;
    if (status === "solved") solvedAt = audit.created_at;
    if (status === "closed") closedAt = audit.created_at;
    statusHistory.push({
      status,
      at: audit.created_at,
      ...(priority ? { priority } : {}),
    });
  }
  return {
    statusHistory,
    reopenCount,
    ...(solvedAt ? { solvedAt } : {}),
    ...(closedAt ? { closedAt } : {}),
  };
}

/** The requester of a ticket as its creating audit records it. */
export function requesterFrom(audit: ZendeskAudit): string | undefined {
  for (const event of audit.events ?? []) {
    const parsed = zendeskSchemas().ZendeskFieldEventSchema.safeParse(event);
    if (parsed.success && parsed.data.field_name === "requester_id") {
      const value = parsed.data.value;
      if (typeof value === "string" || typeof value === "number") return String(value);
    }
  }
  return undefined;
}

/** Without metrics: the first public comment of someone other than the requester. */
export function firstAgentReply(
  ticket: ZendeskTicket,
  audits: readonly ZendeskAudit[],
  roles: ReadonlyMap<string, "customer" | "agent">,
): Date | undefined {
  for (const audit of audits) {
    for (const event of audit.events ?? []) {
      if (!isObject(event) || event["public"] === false) continue;
      if (event["type"] !== "Comment" && event["type"] !== "VoiceComment") continue;
      const author = event["author_id"];
      if (author === undefined || author === null) continue;
      const authorId = String(author);
      if (authorId === ticket.requester_id || roles.get(authorId) === "customer") continue;
      if (audit.created_at.getTime() >= ticket.created_at.getTime()) return audit.created_at;
    }
  }
  return undefined;
}
