import { describe, expect, it } from "vitest";
import { stripTerminalControls } from "./strip-terminal-controls";

const ESC = "\u001b";
const BEL = "\u0007";

describe("stripTerminalControls", () => {
  it("removes screen clears, cursor moves and colours (CSI), keeping the text", () => {
    expect(stripTerminalControls(`Ada${ESC}[2J${ESC}[H Dahl`)).toBe("Ada Dahl");
    expect(stripTerminalControls(`${ESC}[1;31mred${ESC}[0m`)).toBe("red");
    // The one-byte CSI (U+009B) works as ESC [ on some terminals.
    expect(stripTerminalControls("a\u009b2Jb")).toBe("ab");
  });

  it("removes window titles and OSC 8 links, ended by BEL, by ESC \\ or by nothing", () => {
    expect(stripTerminalControls(`${ESC}]0;you have been pwned${BEL}Ada`)).toBe("Ada");
    // The link text stays; the address it would open does not.
    expect(
      stripTerminalControls(
        `${ESC}]8;;https://evil.example/${ESC}\\https://bank.example${ESC}]8;;${ESC}\\`,
      ),
    ).toBe("https://bank.example");
    expect(stripTerminalControls(`Ada${ESC}]2;unterminated title`)).toBe("Ada");
    // DCS and APC strings, and the one-byte OSC ended by ST (U+009C).
    expect(stripTerminalControls(`a${ESC}Pq#0;2;0;0;0${ESC}\\b${ESC}_apc${BEL}c`)).toBe("abc");
    expect(stripTerminalControls("a\u009d0;title\u009cb")).toBe("ab");
  });

  it("removes other escapes and every C0 and C1 control but newline and tab", () => {
    expect(stripTerminalControls(`a${ESC}7b${ESC}(Bc${ESC}`)).toBe("abc");
    // NUL, BEL, BS, CR (which would overwrite the line), VT, FF, DEL, and C1's NEL and SSA.
    expect(stripTerminalControls("a\u0000\u0007\u0008\r\u000b\u000c\u007f\u0085\u0086b")).toBe(
      "ab",
    );
    expect(stripTerminalControls("line 1\n\tline 2\n")).toBe("line 1\n\tline 2\n");
  });

  it("leaves printable text alone, including non-Latin letters and emoji", () => {
    const text = "Zoë Müller — 日本語 😀 (cus_1): 42 % at risk; \\u001b is not an escape";
    expect(stripTerminalControls(text)).toBe(text);
  });
});
