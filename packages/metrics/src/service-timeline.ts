import type { Case, CaseStatus, Interaction } from "@rapport/core";

/** A stretch of a case's life in one status, ended by the next status change; internal. */
export interface StatusStretch {
  readonly status: CaseStatus;
  readonly from: Date;
  readonly to: Date;
}

/** A next-reply cycle: from the first unanswered customer message to the reply; internal. */
export interface ReplyCycle {
  readonly start: Date;
  /** The agent's reply, or `null` while the message waits for one. */
  readonly end: Date | null;
}

/** Where each service clock of a case starts and stops, as Zendesk places them; internal. */
export interface ServiceTimeline {
  readonly value: Case;
  /** The first public agent reply that counts (the clock starts at `createdAt`), or null. */
  readonly firstReply: Date | null;
  /** Next-reply cycles after the first reply, answered or still waiting. */
  readonly cycles: readonly ReplyCycle[];
  /** The first time the case was set to solved (or closed without a solve), or null. */
  readonly firstSolve: Date | null;
  /** The latest such time, or null. */
  readonly lastSolve: Date | null;
  /** Completed status stretches; `null` when no status change is recorded yet. */
  readonly stretches: readonly StatusStretch[] | null;
}

/** How long after `createdAt` the comment that opened a case may be stamped. */
const OPENING_WINDOW = 60_000;

const isDone = (status: CaseStatus) => status === "solved" || status === "closed";

/**
 * Places the clocks of one case. `own` holds the case's interactions by a person (customer or
 * agent, bots and system authors already left out), or `undefined` when none was given: then
 * the case's own `firstReplyAt` stands for the first reply and there are no next replies.
 */
export function serviceTimeline(value: Case, own: Interaction[] | undefined): ServiceTimeline {
  const created = value.createdAt.getTime();
  let firstReply: Date | null = value.firstReplyAt ?? null;
  const cycles: ReplyCycle[] = [];
  const solves = solveTimes(value);
  if (own !== undefined && own.length > 0) {
    own.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
    // A case opened by an agent with a public comment: that comment is not a reply, the
    // agent's next public comment is (Zendesk, "About native Support time duration metrics").
    // The opening comment is the first by a person, made when the case was (within a minute:
    // sources may stamp the two a moment apart); a later first comment is a reply to a case
    // whose opening message was not given.
    const opening = own[0]!;
    const openedByAgent =
      opening.author.kind === "agent" &&
      opening.visibility === "public" &&
      opening.occurredAt.getTime() <= created + OPENING_WINDOW;
    const replies: Date[] = [];
    const messages: Date[] = [];
    for (const item of own) {
      if (item.visibility !== "public" || item.occurredAt.getTime() < created) continue;
      if (item.author.kind === "agent") {
        if (!(openedByAgent && item === opening)) replies.push(item.occurredAt);
      } else messages.push(item.occurredAt);
    }
    firstReply = replies[0] ?? null;
    if (firstReply !== null)
      nextReplyCycles(firstReply.getTime(), replies, messages, solves, cycles);
  }
  return {
    value,
    firstReply,
    cycles,
    firstSolve: solves.first,
    lastSolve: solves.last,
    stretches: statusStretches(value),
  };
}

interface Solves {
  readonly first: Date | null;
  readonly last: Date | null;
  /** Every solve, in time order (empty without a status history). */
  readonly all: readonly Date[];
}

/** Solves: each change into solved or closed from another status (a closed case unsolved before). */
function solveTimes(value: Case): Solves {
  const history = value.statusHistory;
  if (history.length === 0) {
    const known = value.solvedAt ?? value.closedAt ?? null;
    return { first: value.reopenCount === 0 ? known : null, last: known, all: [] };
  }
  const all: Date[] = [];
  let previous: CaseStatus = "new";
  for (const change of history) {
    if (isDone(change.status) && !isDone(previous)) all.push(maxDate(change.at, value.createdAt));
    previous = change.status;
  }
  return { first: all[0] ?? null, last: all[all.length - 1] ?? null, all };
}

/** Each run of public customer messages after the first reply, to the agent reply after it. */
function nextReplyCycles(
  first: number,
  replies: readonly Date[],
  messages: readonly Date[],
  solves: Solves,
  cycles: ReplyCycle[],
): void {
  // Merge three sorted lists; at one instant a reply or a solve comes before a message. A solve
  // closes a waiting message without a reply time (a "thanks" that needed no answer).
  let r = 0;
  let m = 0;
  let s = 0;
  let open: Date | null = null;
  const after = (list: readonly Date[], index: number) => {
    while (index < list.length && list[index]!.getTime() <= first) index++;
    return index;
  };
  r = after(replies, r);
  m = after(messages, m);
  s = after(solves.all, s);
  while (m < messages.length || (open !== null && (r < replies.length || s < solves.all.length))) {
    const reply = r < replies.length ? replies[r]!.getTime() : Number.POSITIVE_INFINITY;
    const solve = s < solves.all.length ? solves.all[s]!.getTime() : Number.POSITIVE_INFINITY;
    const message = m < messages.length ? messages[m]!.getTime() : Number.POSITIVE_INFINITY;
    if (message < reply && message < solve) {
      if (open === null) open = messages[m]!;
      m++;
    } else if (reply <= solve) {
      if (open !== null) cycles.push({ start: open, end: replies[r]! });
      open = null;
      r++;
    } else {
      open = null;
      s++;
    }
  }
  if (open !== null) cycles.push({ start: open, end: null });
}

/**
 * The completed stretches of the case's status history: `new` from creation to the first
 * change, then each status to the next change (the stretch in progress is not complete). Without
 * a history, a solved or closed case with a solve time was open from creation until then (as
 * core's `caseStatusAt` reads it); otherwise nothing is complete yet.
 */
function statusStretches(value: Case): StatusStretch[] | null {
  const history = value.statusHistory;
  if (history.length === 0) {
    const solved = value.solvedAt ?? value.closedAt;
    if (!isDone(value.status) || solved === undefined) return null;
    return [{ status: "open", from: value.createdAt, to: solved }];
  }
  const stretches: StatusStretch[] = [];
  let status: CaseStatus = "new";
  let from = value.createdAt;
  for (const change of history) {
    const at = maxDate(change.at, value.createdAt);
    stretches.push({ status, from, to: at });
    status = change.status;
    from = at;
  }
  return stretches;
}

function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
