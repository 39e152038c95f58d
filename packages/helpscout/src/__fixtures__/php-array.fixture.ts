// Reads the PHP array literals of the Help Scout PHP SDK's test payloads (which build Mailbox
// API 2.0 bodies with `json_encode`) into the values `json_encode` would write, so that tests
// can use those files as they are, without PHP. Handles what the payload files use: `[...]`
// with or without `key =>`, single- and double-quoted strings (with `$variable`
// interpolation), numbers, true/false/null, `$variables` and `Class::CONSTANT` names.

type Value = unknown;

/** Parses the array literal that starts at the first `[` after `marker` in `source`. */
export function phpArrayAfter(
  source: string,
  marker: string,
  vars: Record<string, Value> = {},
): Value {
  const at = source.indexOf(marker);
  if (at < 0) throw new Error(`marker not found: ${marker}`);
  let i = source.indexOf("[", at + marker.length - 1);
  const skip = () => {
    for (;;) {
      while (i < source.length && /\s/.test(source[i]!)) i++;
      if (source.startsWith("//", i)) i = source.indexOf("\n", i);
      else return;
    }
  };
  const variable = (name: string) => {
    if (!Object.hasOwn(vars, name)) throw new Error(`no value for $${name}`);
    return vars[name];
  };
  const value = (): Value => {
    skip();
    const c = source[i]!;
    if (c === "[") {
      i++;
      const entries: [Value, Value][] = [];
      let keyed = false;
      for (;;) {
        skip();
        if (source[i] === "]") break;
        const first = value();
        skip();
        if (source.startsWith("=>", i)) {
          i += 2;
          keyed = true;
          entries.push([first, value()]);
        } else entries.push([entries.length, first]);
        skip();
        if (source[i] === ",") i++;
      }
      i++;
      return keyed
        ? Object.fromEntries(entries.map(([k, v]) => [String(k), v]))
        : entries.map(([, v]) => v);
    }
    if (c === "'") {
      let out = "";
      for (i++; source[i] !== "'"; i++) {
        if (source[i] === "\\" && (source[i + 1] === "'" || source[i + 1] === "\\")) i++;
        out += source[i];
      }
      i++;
      return out;
    }
    if (c === '"') {
      let out = "";
      for (i++; source[i] !== '"'; ) {
        if (source[i] === "\\") {
          const next = source[i + 1]!;
          out += next === "n" ? "\n" : next === "t" ? "\t" : next;
          i += 2;
        } else if (source[i] === "$") {
          const name = /^\$([A-Za-z_]\w*)/.exec(source.slice(i))![1]!;
          out += String(variable(name));
          i += name.length + 1;
        } else out += source[i++];
      }
      i++;
      return out;
    }
    const word = /^(-?\d+(\.\d+)?|\$[A-Za-z_]\w*|[A-Za-z_][\w\\]*(::[A-Za-z_]\w*)?)/.exec(
      source.slice(i),
    );
    if (!word) throw new Error(`unexpected ${source.slice(i, i + 20)}`);
    i += word[0].length;
    const token = word[0];
    if (/^-?\d/.test(token)) return Number(token);
    if (token.startsWith("$")) return variable(token.slice(1));
    if (token === "true" || token === "false") return token === "true";
    if (token === "null") return null;
    return token;
  };
  return value();
}
