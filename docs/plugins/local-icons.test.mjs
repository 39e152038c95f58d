import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { localIcons, spriteSymbols } from "./local-icons.mjs";

const page = `<html><head><script async src="../assets/icons.js" id="tsd-icons-script"></script></head><body class="x"><svg><use href="../assets/icons.svg#icon-256"></use></svg><a href="../assets/icons.svg">sprite</a></body></html>`;
const sprite = '<symbol id="icon-256"><rect></rect></symbol>';

describe("localIcons", () => {
  it("points every icon at the page's own symbols and puts them after <body>", () => {
    assert.equal(
      localIcons(page, sprite),
      `<html><head></head><body class="x"><svg xmlns="http://www.w3.org/2000/svg" id="tsd-local-icons" style="display:none" aria-hidden="true">${sprite}</svg><svg><use href="#icon-256"></use></svg><a href="../assets/icons.svg">sprite</a></body></html>`,
    );
  });

  it("leaves a page it has made local as it is", () => {
    const once = localIcons(page, sprite);
    assert.equal(localIcons(once, sprite), once);
  });
});

describe("spriteSymbols", () => {
  it("is the inside of the sprite's <svg>", () => {
    assert.equal(spriteSymbols(`<svg xmlns="http://www.w3.org/2000/svg">${sprite}</svg>`), sprite);
  });
});
