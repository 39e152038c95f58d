// Text from an export (a customer's name, a subject, a rejected value quoted in a reason) is
// written to the terminal, where a control sequence in it would act instead of showing: clear
// the screen (ESC[2J), set the window title (OSC 0), plant a link that reads as one address and
// opens another (OSC 8), or move the cursor back over a line already written (CR, BS). Every
// such control is removed before the text reaches the terminal; newline and tab, which only
// lay the text out, stay.

// ESC [ or the one-byte CSI (U+009B): parameters and intermediates, then one final byte.
const CSI = "(?:\\u001b\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]?";
// ESC ] or the one-byte OSC (U+009D), and DCS, SOS, PM and APC (ESC P, X, ^, _ or U+0090,
// U+0098, U+009E, U+009F): a string up to BEL, ESC \ or ST (U+009C), or to the end of the text.
const STRING =
  "(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d\\u009e\\u009f])[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?";
// Any other escape: ESC with its intermediates and one final character (ESC 7, ESC ( B…).
const ESCAPE = "\\u001b[\\u0020-\\u002f]*[\\u0030-\\u007e]?";
// What is left of C0 (but tab and newline), DEL and C1.
const CONTROL = "[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]";

const TERMINAL_CONTROLS = new RegExp(`${STRING}|${CSI}|${ESCAPE}|${CONTROL}`, "gu");

/**
 * Removes every terminal control from text that comes from data: escape sequences (CSI such as
 * `ESC[2J`, OSC such as window titles and `OSC 8` links, DCS, APC…), their one-byte C1 forms,
 * and every other C0 or C1 control character and DEL. Newline and tab are kept: they are
 * layout. Internal to the CLI.
 */
export function stripTerminalControls(text: string): string {
  return text.replace(TERMINAL_CONTROLS, "");
}
