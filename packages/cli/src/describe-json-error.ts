import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";

// What each of the parser's error codes means, said for a person fixing the file.
const EXPECTED: Readonly<Record<string, string>> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "a malformed number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: 'expected ":" after a property name',
  CommaExpected: 'expected "," between values',
  CloseBraceExpected: 'expected "," or "}" after a property value',
  CloseBracketExpected: 'expected "," or "]" after a value',
  EndOfFileExpected: "expected the end of the file after the value",
  InvalidCommentToken: "a comment, which JSON does not allow",
  UnexpectedEndOfString: "a string that is never closed",
  UnexpectedEndOfNumber: "a number that ends too soon",
  InvalidUnicode: "a malformed \\u escape",
  InvalidEscapeCharacter: "a malformed escape",
  InvalidCharacter: "a control character inside a string",
};

/** The 1-based line and column of a character offset into a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Why a text is not JSON, with where: `"not valid JSON at line 3, column 9: expected a value"`,
 * `"truncated: the file ends at line 40, column 12, before the JSON is complete"`, or `"an empty
 * file"`; `null` when it is valid JSON. The position is the parser's error offset (counted in
 * UTF-16 code units, 1-based), from a strict parse with `jsonc-parser`, since `JSON.parse`
 * names no position for some errors.
 */
export function describeJsonError(text: string): string | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return text.length === 0 ? "an empty file" : "holds only white space";
  try {
    JSON.parse(body);
    return null;
  } catch (error) {
    const errors: ParseError[] = [];
    parse(body, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (first === undefined) return `not valid JSON: ${(error as Error).message}`;
    const code = printParseErrorCode(first.error);
    const { line, column } = lineAndColumn(body, first.offset);
    const rest = body.slice(first.offset).trim();
    const ended =
      rest === "" || code === "UnexpectedEndOfString" || code === "UnexpectedEndOfNumber";
    if (ended && body.slice(first.offset + first.length).trim() === "") {
      const end = lineAndColumn(body, body.trimEnd().length - 1);
      return `truncated: the file ends at line ${end.line}, column ${end.column}, before the JSON is complete`;
    }
    const what = EXPECTED[code] ?? "not valid here";
    return `not valid JSON at line ${line}, column ${column}: ${what}`;
  }
}
