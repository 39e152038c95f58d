// A typedoc plugin that makes the site's icons work from file:// as well as over http. typedoc
// draws each icon as `<use href="../assets/icons.svg#icon-…">`, a reference into another file,
// which Chromium refuses on file:// pages (each one a failed request and a blank icon) until
// assets/icons.js has added the same symbols to the page and rewritten the references. This
// plugin writes every reference as the local `#icon-…` from the start and puts the symbols of
// assets/icons.svg in each page, hidden, so that no page asks for the sprite file and the icons
// show before any script has run. icons.js is left out, since its symbols would repeat them.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PageEvent, RendererEvent } from "typedoc";

const SPRITE_REFERENCE = /(<use\b[^>]*?\shref=")(?:\.\.\/)*assets\/icons\.svg(#[^"]+")/g;
const SPRITE_ID = "tsd-local-icons";
const ICONS_SCRIPT = /<script\b[^>]*\bsrc="(?:\.\.\/)*assets\/icons\.js"[^>]*><\/script>/g;

/**
 * A page with its icons made local: references into `assets/icons.svg` become `#icon-…`, the
 * symbols (`sprite`, the inside of icons.svg) follow `<body …>` in a hidden `<svg>`, and the
 * script that would add them again is removed. A page that has them already is returned as it is.
 *
 * @param {string} html
 * @param {string} sprite
 * @returns {string}
 */
export function localIcons(html, sprite) {
  if (html.includes(`id="${SPRITE_ID}"`)) return html;
  const local = html.replace(SPRITE_REFERENCE, "$1$2").replace(ICONS_SCRIPT, "");
  const hidden = `<svg xmlns="http://www.w3.org/2000/svg" id="${SPRITE_ID}" style="display:none" aria-hidden="true">${sprite}</svg>`;
  return local.replace(/<body\b[^>]*>/, (body) => `${body}${hidden}`);
}

/** The symbols of a sprite file: what lies between its `<svg …>` and `</svg>`. */
export function spriteSymbols(svg) {
  const start = svg.indexOf(">", svg.indexOf("<svg")) + 1;
  return svg.slice(start, svg.lastIndexOf("</svg>"));
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  const pages = [];
  app.renderer.on(PageEvent.END, (page) => {
    if (page.filename.endsWith(".html")) pages.push(page.filename);
  });
  // typedoc has written assets/icons.svg by the time it announces the end of the render, and
  // does not wait for a listener's promise: the pages are rewritten synchronously here.
  app.renderer.on(RendererEvent.END, (event) => {
    const sprite = spriteSymbols(
      readFileSync(join(event.outputDirectory, "assets", "icons.svg"), "utf8"),
    );
    for (const file of pages.splice(0)) {
      writeFileSync(file, localIcons(readFileSync(file, "utf8"), sprite));
    }
  });
}
