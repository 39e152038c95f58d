// The Mailbox API 2.0 bodies that the Help Scout PHP SDK's tests build (tests/Payloads/*.php,
// beside the repository with their README and licence), read from the PHP source as it is.
import { phpArrayAfter } from "./php-array.fixture";

/** The payloads, given a reader of the PHP files by name. */
export function sdkPayloads(read: (file: string) => string) {
  const conversations = read("ConversationPayloads.php");
  const threads = read("ThreadPayloads.php");
  const customers = read("CustomerPayloads.php");
  const mailboxes = read("MailboxPayloads.php");

  /** ConversationPayloads::conversation($id, $embedThread). */
  const conversation = (id: number, embedThread = false) => {
    const value = phpArrayAfter(conversations, "$conversation = [", { id }) as Record<
      string,
      unknown
    >;
    if (embedThread) {
      const embedded = phpArrayAfter(conversations, "$conversation['_embedded']['threads'] = [", {
        id,
      });
      value["_embedded"] = { threads: embedded };
    }
    return value;
  };
  /** The HAL page `$data = [...]` of a payload file, as its get…s($pageNumber, $totalElements) builds it. */
  const page = (
    source: string,
    list: string,
    items: unknown[],
    pageNumber: number,
    totalElements: number,
  ) => {
    const data = phpArrayAfter(source, "$data = [", {
      [list]: items,
      pageSize: 10,
      totalElements,
      totalPages: Math.ceil(totalElements / 10),
      pageNumber,
    }) as Record<string, unknown>;
    // "The _embedded key is not set when empty"
    if (items.length === 0) delete data["_embedded"];
    return data;
  };
  const range = (n: number) => Array.from({ length: Math.min(n, 10) }, (_, i) => i + 1);
  const thread = (id: number) =>
    phpArrayAfter(threads, "private static function thread(int $id): array", { id });
  const customer = (id: number) =>
    phpArrayAfter(customers, "private static function customer(int $id): array", { id });

  return {
    /** ConversationPayloads::getConversation(id). */
    getConversation: (id: number) => conversation(id),
    /** ConversationPayloads::getConversations(page, total, embedThread). */
    getConversations: (pageNumber: number, total: number, embedThread = false) =>
      page(
        conversations,
        "conversations",
        range(total).map((id) => conversation(id, embedThread)),
        pageNumber,
        total,
      ),
    /** ThreadPayloads::getThreads(page, total). */
    getThreads: (pageNumber: number, total: number) =>
      page(threads, "threads", range(total).map(thread), pageNumber, total),
    /** CustomerPayloads::getCustomers(page, total). */
    getCustomers: (pageNumber: number, total: number) =>
      page(customers, "customers", range(total).map(customer), pageNumber, total),
    /** CustomerPayloads::getEmails(customerId). */
    getEmails: (customerId: number) =>
      phpArrayAfter(customers, "public static function getEmails(int $customerId): string", {
        customerId,
      }),
    /** MailboxPayloads::getMailboxes(page, total). */
    getMailboxes: (pageNumber: number, total: number) =>
      page(
        mailboxes,
        "mailboxes",
        range(total).map((id) =>
          phpArrayAfter(mailboxes, "private static function mailbox(int $id): array", { id }),
        ),
        pageNumber,
        total,
      ),
  };
}
