import { safeParseCase } from "@rapport/core";
import { addCase } from "@rapport/source-kit";
import { historyOf } from "./conversation-history";
import type { HelpScoutContext } from "./helpscout-context";
import { customerOfConversation } from "./helpscout-joins";
import { helpScoutLookups } from "./helpscout-lookups";
import type { HelpScoutConversation } from "./helpscout-payload";

const { status: STATUS, channel: CHANNEL } = helpScoutLookups;
const SKIPPED_STATES: Readonly<Record<string, string>> = {
  draft: "a draft: never sent",
  deleted: "deleted in Help Scout",
};

/** A conversation: a case, its status history read from its threads. */
export function mapConversation(conversation: HelpScoutConversation, context: HelpScoutContext) {
  const { out, id, ref, state } = context;
  const cid = conversation.id;
  const skipped = conversation.state ? SKIPPED_STATES[conversation.state] : undefined;
  if (skipped && Object.hasOwn(SKIPPED_STATES, conversation.state ?? "")) {
    out.ignore("conversation", cid, skipped);
    return;
  }
  if (conversation.status === "spam") {
    out.ignore("conversation", cid, "marked as spam");
    return;
  }
  const customer = customerOfConversation(conversation);
  if (!customer) {
    out.reject("conversation", cid, "primaryCustomer.id", "expected the conversation's customer");
    return;
  }
  const channel = CHANNEL.get(conversation.type);
  if (!channel) {
    out.reject("conversation", cid, CHANNEL.field, CHANNEL.reason(conversation.type));
    return;
  }
  const status = STATUS.get(conversation.status);
  if (!status) {
    out.reject("conversation", cid, STATUS.field, STATUS.reason(conversation.status));
    return;
  }
  const { history, reopens, firstReplyAt } = historyOf(state.threads.get(cid) ?? []);
  const closedAt = status === "closed" ? (conversation.closedAt ?? undefined) : undefined;
  // The close itself is dated by `closedAt` when no thread says so.
  const last = history.at(-1);
  if (closedAt && last?.status !== "closed" && (!last || last.at.getTime() <= closedAt.getTime())) {
    history.push({ status: "closed", at: closedAt });
  }
  const updatedAt = conversation.userUpdatedAt ?? conversation.modifiedAt;
  const assignee = conversation.assignee ?? conversation.owner;
  const tags = (conversation.tags ?? []).map((tag) => (typeof tag === "string" ? tag : tag.tag));
  const team = assignee?.id && assignee.type === "team" ? assignee.id : undefined;
  const agent = assignee?.id && assignee.type !== "team" ? assignee.id : undefined;
  // Help Scout has one step for ending a conversation, `closed`.
  addCase(
    out,
    "conversation",
    cid,
    {
      id: id(cid),
      customerId: id(customer),
      subject: conversation.subject,
      channel,
      status,
      assigneeId: agent ? id(agent) : undefined,
      teamId: team ? id(team) : undefined,
      createdAt: conversation.createdAt,
      updatedAt,
      firstReplyAt,
      solvedAt: closedAt,
      closedAt,
      reopenCount: reopens,
      tags,
      statusHistory: history,
      source: ref(cid),
    },
    safeParseCase,
  );
}
