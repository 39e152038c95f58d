import type { Case } from "@rapport/core";
import { helpScoutLookups } from "./helpscout-lookups";
import type { HelpScoutThread } from "./helpscout-payload";

type StatusChange = Case["statusHistory"][number];
const { threadStatus: THREAD_STATUS, threadType: THREAD_TYPE, author: AUTHOR } = helpScoutLookups;

/** The status a thread set, if it set one the model knows (not `nochange`, not `spam`). */
export function statusSetBy(thread: HelpScoutThread): Case["status"] | undefined {
  const status = THREAD_STATUS.get(thread.status);
  return status === undefined || status === "nochange" || status === "spam" ? undefined : status;
}

/** Who wrote a thread: fixed by its type (a `customer` thread is the customer's), else its creator. */
export function authorOf(thread: HelpScoutThread): "customer" | "agent" | "bot" | undefined {
  const kind = THREAD_TYPE.get(thread.type);
  if (kind?.kind === "message" && kind.author) return kind.author;
  return thread.createdBy?.type ? AUTHOR.get(thread.createdBy.type) : undefined;
}

/**
 * What a conversation's threads (oldest first) tell of it: each status change, how often it
 * was reopened (closed, then active or pending again) and the first public agent message after
 * the customer's first.
 */
export function historyOf(threads: readonly HelpScoutThread[]) {
  const history: StatusChange[] = [];
  let reopens = 0;
  let customerWrote = false;
  let firstReplyAt: Date | undefined;
  for (const thread of threads) {
    const status = statusSetBy(thread);
    const last = history.at(-1)?.status;
    if (status && status !== last) {
      if (last === "closed") reopens++;
      history.push({ status, at: thread.createdAt });
    }
    const kind = THREAD_TYPE.get(thread.type);
    if (kind?.kind !== "message" || kind.visibility !== "public") continue;
    const author = authorOf(thread);
    if (author === "customer") customerWrote = true;
    else if (author === "agent" && customerWrote && !firstReplyAt) firstReplyAt = thread.createdAt;
  }
  return { history, reopens, firstReplyAt };
}
