/**
 * Whether an error is the module loader's "not found" for the package named (not for a module
 * that package itself imports): `ERR_MODULE_NOT_FOUND` from `import()`, `MODULE_NOT_FOUND` from
 * `require`, and the messages Bun and Deno give.
 */
function isNotFound(error: unknown, name: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  const named = error.message.includes(`'${name}'`) || error.message.includes(`"${name}"`);
  if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") return named;
  return named && /cannot find (module|package)|could not resolve|not found/i.test(error.message);
}

/**
 * Loads an optional driver package when a store that needs it is opened, so that installing
 * `@rapport/store-sql` compiles nothing and pulls in no driver: the one missing is named in a
 * one-line error that says what to install.
 */
export async function loadDriver<T>(
  name: "better-sqlite3" | "pg",
  what: string,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isNotFound(error, name)) throw error;
    throw new Error(`${what} need ${name}: npm install ${name}`, { cause: error });
  }
}
