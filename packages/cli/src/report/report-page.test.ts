import { describe, expect, it } from "vitest";
import { accessibleSvg, dataTableHtml } from "./chart-figure";
import { reportPage } from "./report-page";

const head = { title: "Care <report>", lang: "en-GB", subtitle: "As of today", headline: "" };

describe("reportPage", () => {
  it("lays out the sections with data in order, links to each, and lists the rest with what would fill them", () => {
    const html = reportPage(head, [
      { id: "nps", title: "NPS", html: "<p>n = 3</p>", whenEmpty: "unused" },
      { id: "csat", title: "CSAT", html: null, whenEmpty: "Add CSAT ratings to see this." },
      { id: "service", title: "Service", html: "<p>cases</p>", whenEmpty: "unused" },
    ]);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain("<title>Care &lt;report&gt;</title>");
    expect(html.match(/<section id="[a-z-]+"/g)).toEqual([
      '<section id="nps"',
      '<section id="service"',
      '<section id="not-shown"',
    ]);
    expect(html).toContain('<section id="nps">\n<h2>NPS</h2>\n<p>n = 3</p>\n</section>');
    expect(html).toContain(
      '<ul><li><a href="#nps">NPS</a></li><li><a href="#service">Service</a></li><li><a href="#not-shown">Not shown</a></li></ul>',
    );
    expect(html).toContain("<li><b>CSAT</b>: Add CSAT ratings to see this.</li>");
    expect(html).not.toContain("unused");
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/);
  });

  it("has no 'Not shown' part when every section has data", () => {
    const html = reportPage(head, [{ id: "nps", title: "NPS", html: "<p></p>", whenEmpty: "" }]);
    expect(html).not.toContain("not-shown");
  });
});

describe("chart figures", () => {
  it("titles and describes the SVG for screen readers and lets it scale", () => {
    expect(
      accessibleSvg(
        '<svg xmlns="x" class="marks" width="629" height="321" viewBox="0 0 629 321"><rect width="629"/></svg>',
        "NPS & CSAT",
        "by month",
      ),
    ).toBe(
      '<svg role="img" xmlns="x" class="marks" viewBox="0 0 629 321"><title>NPS &amp; CSAT</title><desc>by month</desc><rect width="629"/></svg>',
    );
    expect(() => accessibleSvg("<p></p>", "", "")).toThrow(RangeError);
  });

  it("puts the data behind a chart in a folded table", () => {
    expect(dataTableHtml({ columns: ["answer", "answers"], rows: [["<9>", 2]] })).toBe(
      '<details><summary>Data</summary><div class="scroll" tabindex="0"><table><thead><tr><th scope="col">answer</th><th scope="col">answers</th></tr></thead><tbody><tr><td>&lt;9&gt;</td><td>2</td></tr></tbody></table></div></details>',
    );
  });
});
