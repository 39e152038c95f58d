// A generated Help Scout mailbox for the benchmarks: conversations (`GET /v2/conversations?embed=threads`)
// with every field the Mailbox API 2.0 returns, as the recorded payloads of Help Scout's PHP SDK
// carry them: the preview, the assignee and creator with their names and addresses, the
// customer's waiting time, cc and bcc, custom fields, HAL links; each thread with its body,
// action, assignee, source, recipients and saved reply. Texts, ids and addresses are made up.

const TYPES = ["customer", "reply", "note", "customer", "reply", "lineitem"];
const at = (minutes: number) =>
  new Date(Date.UTC(2024, 0, 1) + minutes * 60_000).toISOString().replace(".000Z", "Z");
const link = (path: string) => ({ href: `https://api.helpscout.net/v2/${path}` });

/** Thread `k` of conversation `id`: the customer and an agent taking turns, a note, a line item. */
export function thread(id: number, k: number): Record<string, unknown> {
  const type = TYPES[k % TYPES.length]!;
  const byCustomer = type === "customer";
  const customer = 200_000 + (id % 5000);
  return {
    id: id * 100 + k,
    type,
    status: k === 9 ? "closed" : byCustomer ? "active" : "nochange",
    state: "published",
    action:
      type === "lineitem"
        ? { type: "changed-ticket-assignee", text: "Ann assigned to Ben" }
        : { type: "default", text: "" },
    body: byCustomer
      ? "<div>Hello, my order has not arrived yet. Could you look into it, please?</div>"
      : "<div>Thanks for waiting: your parcel is on its way and arrives tomorrow.</div>",
    source: { type: "email", via: byCustomer ? "customer" : "user" },
    customer: {
      id: customer,
      first: "Vernon",
      last: "Bear",
      email: `customer${customer}@example.com`,
    },
    createdBy: byCustomer
      ? {
          id: customer,
          type: "customer",
          first: "Vernon",
          last: "Bear",
          email: `customer${customer}@example.com`,
        }
      : { id: 300 + (id % 40), type: "user", first: "Ann", last: "Lee", email: "ann@acme.test" },
    assignedTo: {
      id: 300 + (id % 40),
      type: "user",
      first: "Ann",
      last: "Lee",
      email: "ann@acme.test",
    },
    savedReplyId: 0,
    to: byCustomer ? ["support@acme.test"] : [`customer${customer}@example.com`],
    cc: [],
    bcc: [],
    createdAt: at(id * 10 + k),
    openedAt: at(id * 10 + k + 1),
    _embedded: { attachments: [] },
    _links: {
      createdByCustomer: link(`customers/${customer}`),
      customer: link(`customers/${customer}`),
    },
  };
}

/** Conversation `id` with its `threads` threads embedded. */
export function conversation(id: number, threads: number): Record<string, unknown> {
  const customer = 200_000 + (id % 5000);
  return {
    id,
    number: 10_000 + id,
    threads,
    type: "email",
    folderId: 493,
    status: "closed",
    state: "published",
    subject: `Order ${id} has not arrived`,
    preview: "Hello, my order has not arrived yet. Could you look into it, please?",
    mailboxId: 85,
    assignee: {
      id: 300 + (id % 40),
      type: "user",
      first: "Ann",
      last: "Lee",
      email: "ann@acme.test",
    },
    createdBy: { id: customer, type: "customer", email: `customer${customer}@example.com` },
    createdAt: at(id * 10),
    closedBy: 300 + (id % 40),
    closedAt: at(id * 10 + threads),
    closedByUser: {
      id: 300 + (id % 40),
      type: "user",
      first: "Ann",
      last: "Lee",
      email: "ann@acme.test",
    },
    userUpdatedAt: at(id * 10 + threads),
    customerWaitingSince: {
      time: at(id * 10),
      friendly: "20 hours ago",
      latestReplyFrom: "customer",
    },
    source: { type: "email", via: "customer" },
    tags: [{ id: 9150, color: "#929499", tag: id % 2 === 0 ? "shipping" : "billing" }],
    cc: [],
    bcc: [],
    primaryCustomer: { id: customer, type: "customer", email: `customer${customer}@example.com` },
    customFields: [{ id: 6688, name: "Order number", value: `A-${id}`, text: `A-${id}` }],
    _embedded: {
      threads: Array.from({ length: threads }, (_, k) => thread(id, k)),
    },
    _links: {
      self: link(`conversations/${id}`),
      mailbox: link("mailboxes/85"),
      primaryCustomer: link(`customers/${customer}`),
      threads: link(`conversations/${id}/threads`),
    },
  };
}
