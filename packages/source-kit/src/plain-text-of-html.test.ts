import { describe, expect, it } from "vitest";
import { plainTextOfHtml } from "./plain-text-of-html";

// The expected texts are the bodies read by hand: what a browser shows, line by line.
describe("plainTextOfHtml", () => {
  it("drops tags, decodes entities and breaks lines at blocks and <br>", () => {
    expect(
      plainTextOfHtml(
        "<p>Hi <b>there</b>,</p><p>the app&nbsp;crashes &amp; I&#39;m stuck<br>again</p>",
      ),
    ).toBe("Hi there,\nthe app crashes & I'm stuck\nagain");
  });

  it("keeps list items apart and leaves out scripts and styles", () => {
    expect(
      plainTextOfHtml(
        "<style>p{color:red}</style><ul><li>one</li><li>two</li></ul><script>alert(1)</script>end",
      ),
    ).toBe("one\ntwo\nend");
  });

  it("returns text without tags as it is, trimmed, and forgives broken markup", () => {
    expect(plainTextOfHtml("  plain words  ")).toBe("plain words");
    expect(plainTextOfHtml("<div>unclosed <i>italic")).toBe("unclosed italic");
    expect(plainTextOfHtml("<p></p><br/>")).toBe("");
    expect(plainTextOfHtml(null)).toBeUndefined();
  });
});
