/// <reference lib="dom" />
/**
 * Runs in the page: every element that overflows its box or the viewport, described so a
 * failure says where. An element may run past the viewport only inside a wrapper that scrolls
 * sideways (`overflow-x: auto`, the report's `.scroll`); a block of text may not be wider
 * inside than its box (`scrollWidth > clientWidth`). The insides of charts are left out: the
 * SVG scales as a whole.
 */
export function layoutProblems(): string[] {
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : "";
    const cls = el.classList.length > 0 ? `.${Array.from(el.classList).join(".")}` : "";
    return `${el.tagName.toLowerCase()}${id}${cls} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
  };
  const scrollsSideways = (el: Element) => {
    for (let up = el.parentElement; up !== null; up = up.parentElement) {
      const overflow = getComputedStyle(up).overflowX;
      if (overflow === "auto" || overflow === "scroll") return true;
    }
    return false;
  };
  if (document.documentElement.scrollWidth > width) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  }
  for (const el of Array.from(document.querySelectorAll("body *"))) {
    if (el.closest("svg") !== null && el.tagName.toLowerCase() !== "svg") continue;
    if (el.classList.contains("sr")) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if ((box.right > width + 0.5 || box.left < -0.5) && !scrollsSideways(el)) {
      problems.push(
        `${describe(el)} runs past the viewport: ${box.left} to ${box.right} of ${width}`,
      );
    }
    const style = getComputedStyle(el);
    const block = style.display !== "inline" && style.display !== "contents";
    if (block && style.overflowX === "visible" && el.clientWidth > 0) {
      if (el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${describe(el)} overflows its box: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
  }
  return problems;
}
