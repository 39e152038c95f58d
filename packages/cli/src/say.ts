import { stripTerminalControls } from "./strip-terminal-controls";

/** Writes text that may carry data to the terminal, with every terminal control removed. */
export const say = (stream: { write(text: string): unknown }, text: string) =>
  stream.write(stripTerminalControls(text));
