import { Parser } from "htmlparser2";

// Elements whose end is the end of a line of text, so that words on either side stay apart.
const BLOCKS = new Set([
  "address",
  "article",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);
// Elements whose content is not text a reader sees.
const HIDDEN = new Set(["head", "script", "style", "template", "title"]);

/**
 * The text a reader sees in an HTML message body (Intercom's and Help Scout's `body`): tags
 * dropped, entities decoded, block elements and `<br>` as line breaks, scripts and styles left
 * out, runs of spaces collapsed. Parsed with `htmlparser2`, forgiving of broken markup. Text
 * without tags comes back as it is, trimmed; anything but a string is `undefined`.
 *
 * @example
 * ```ts
 * import { plainTextOfHtml } from "@rapport/source-kit";
 * plainTextOfHtml("<p>Thanks &amp; bye</p><p>Ana</p>"); // "Thanks & bye\nAna"
 * plainTextOfHtml(null); // undefined
 * ```
 */
export function plainTextOfHtml(html: unknown): string | undefined {
  if (typeof html !== "string") return undefined;
  let text = "";
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        else if (name === "br") text += "\n";
      },
      ontext(data) {
        if (hidden === 0) text += data;
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (name !== "br" && BLOCKS.has(name)) text += "\n";
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return text
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
