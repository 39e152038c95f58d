/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "./escape-html"; // internal
 * escapeHtml("<b>A & B</b>"); // "&lt;b&gt;A &amp; B&lt;/b&gt;"
 * ```
 */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
