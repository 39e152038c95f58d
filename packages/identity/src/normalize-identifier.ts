import type { IdentifierKind, IdentityRules } from "./identity-rules";
import { type Normalized, normalizeEmail } from "./normalize-email";
import { normalizePhone } from "./normalize-phone";

const BUILT_IN_BLOCKED = [
  "",
  "0",
  "anonymous",
  "unknown",
  "n/a",
  "none",
  "null",
  "noreply@*",
  "no-reply@*",
  "donotreply@*",
];

/** The kind of a field: given, or by its name. */
export function kindOf(field: string, kind: IdentifierKind | undefined): IdentifierKind {
  if (kind !== undefined) return kind;
  if (/e-?mail/i.test(field)) return "email";
  if (/phone|mobile/i.test(field)) return "phone";
  return "exact";
}

/** Normalises one value of an identifier; external ids keep their `system:` prefix. */
export function normalizeIdentifier(
  value: string,
  kind: IdentifierKind,
  rules: IdentityRules,
): Normalized {
  switch (kind) {
    case "email":
      return normalizeEmail(value, { providerRules: rules.providerRules ?? false });
    case "phone":
      return normalizePhone(
        value,
        rules.defaultRegion === undefined ? {} : { defaultRegion: rules.defaultRegion },
      );
    case "external": {
      const colon = value.indexOf(":");
      if (colon <= 0 || colon === value.length - 1) {
        return { ok: false, reason: `not an external id: "${value}" is not system:id` };
      }
      return {
        ok: true,
        value: `${value.slice(0, colon).trim().toLowerCase()}:${value.slice(colon + 1).trim()}`,
      };
    }
    case "exact":
      return { ok: true, value: value.trim().toLowerCase() };
  }
}

/** A test of normalised values against the built-in and the given blocked values. */
export function blockedTest(blocked: readonly string[] = []): (value: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  for (const raw of [...BUILT_IN_BLOCKED, ...blocked]) {
    const pattern = raw.trim().toLowerCase();
    if (pattern.endsWith("*")) prefixes.push(pattern.slice(0, -1));
    else if (pattern.startsWith("*")) suffixes.push(pattern.slice(1));
    else exact.add(pattern);
  }
  return (value) => {
    const text =
      value.includes(":") && !value.includes("@") ? value.slice(value.indexOf(":") + 1) : value;
    return (
      exact.has(text) ||
      prefixes.some((p) => text.startsWith(p)) ||
      suffixes.some((s) => text.endsWith(s))
    );
  };
}
