// The server the soak test drives: the HTTP app on a SQLite file or a PostgreSQL schema, on
// loopback, with personal fields encrypted. Configured by environment; prints its port.
import { serve } from "@hono/node-server";
import { bearerTokens, createCareApp, SCOPES } from "@rapport/http";
import { createPostgresStore, createSqliteStore } from "@rapport/store-sql";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`soak server: ${name} is not set`);
  return value;
};

const encryptionKey = new Uint8Array(Buffer.from(env("SOAK_KEY"), "base64"));
const store =
  env("SOAK_BACKEND") === "sqlite"
    ? await createSqliteStore({ filename: env("SOAK_SQLITE_FILE"), encryptionKey })
    : await createPostgresStore({
        connectionString: env("SOAK_PG_URL"),
        schema: env("SOAK_PG_SCHEMA"),
        encryptionKey,
      });

const app = createCareApp({
  store,
  authorize: bearerTokens({
    [env("SOAK_TOKEN")]: { subject: "soak", tenant: "soak", scopes: [...SCOPES] },
  }),
  maxBodyBytes: 8 * 1024 * 1024,
});

const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
  process.stdout.write(`listening ${info.port}\n`);
});

process.on("SIGTERM", () => {
  server.close();
  store.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
