/**
 * What normalising one identifier gave: the value to join on, or why it cannot be used.
 *
 * @example
 * ```ts
 * import { normalizeEmail, type Normalized } from "@rapport/identity";
 * const result: Normalized = normalizeEmail(" Ada@Example.COM ");
 * if (result.ok) console.log(result.value); // "ada@example.com"
 * ```
 */
export type Normalized =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly reason: string };

/**
 * Options of {@link normalizeEmail}.
 *
 * @example
 * ```ts
 * import type { EmailOptions } from "@rapport/identity";
 * const options: EmailOptions = { providerRules: true };
 * ```
 */
export interface EmailOptions {
  /**
   * Apply the providers' own rules: Gmail ignores dots in the local part, and Gmail, Outlook,
   * iCloud, Fastmail and Proton drop a `+tag`. Off by default: elsewhere a dot or a plus is
   * part of the address.
   */
  readonly providerRules?: boolean;
}

const DOTLESS = new Set(["gmail.com", "googlemail.com"]);
const PLUS_TAGS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "icloud.com",
  "me.com",
  "fastmail.com",
  "proton.me",
  "protonmail.com",
]);
// A pragmatic address: one @, a local part without spaces, a dotted domain of letters,
// digits and hyphens. Full RFC 5322 admits addresses no mail system hands out.
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/**
 * Normalises an e-mail address for joining: trimmed and lower-cased, and with
 * `{ providerRules: true }` the dots and `+tags` the provider ignores removed (`googlemail.com`
 * becomes `gmail.com`). A malformed address is `{ ok: false, reason }` and never joins.
 *
 * @example
 * ```ts
 * import { normalizeEmail } from "@rapport/identity";
 * normalizeEmail("  Ada.Lovelace+care@GMAIL.com", { providerRules: true });
 * // { ok: true, value: "adalovelace@gmail.com" }
 * normalizeEmail("ada@"); // { ok: false, reason: "not an e-mail address: no domain after @" }
 * ```
 */
export function normalizeEmail(value: string, options: EmailOptions = {}): Normalized {
  const text = value.trim().toLowerCase();
  const at = text.lastIndexOf("@");
  if (at < 0) return { ok: false, reason: "not an e-mail address: no @" };
  let local = text.slice(0, at);
  let domain = text.slice(at + 1);
  if (local === "") return { ok: false, reason: "not an e-mail address: nothing before @" };
  if (domain === "") return { ok: false, reason: "not an e-mail address: no domain after @" };
  if (!LOCAL.test(local) || local.startsWith(".") || local.endsWith(".") || local.includes("..")) {
    return { ok: false, reason: `not an e-mail address: the local part "${local}" is malformed` };
  }
  if (!DOMAIN.test(domain)) {
    return { ok: false, reason: `not an e-mail address: the domain "${domain}" is malformed` };
  }
  if (options.providerRules === true) {
    if (domain === "googlemail.com") domain = "gmail.com";
    if (PLUS_TAGS.has(domain) && local.includes("+")) local = local.slice(0, local.indexOf("+"));
    if (DOTLESS.has(domain)) local = local.replaceAll(".", "");
    if (local === "") return { ok: false, reason: "not an e-mail address: nothing before @" };
  }
  return { ok: true, value: `${local}@${domain}` };
}
