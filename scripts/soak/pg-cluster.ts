// A throwaway PostgreSQL cluster for the soak test, so that restarting the server mid-write
// never touches a server anyone else uses. Needs root and Debian's postgresql-common tools.
import { execFileSync } from "node:child_process";

export interface SoakCluster {
  readonly url: string;
  /** The arguments of `pg_ctlcluster` that restart it. */
  readonly restartArgs: string[];
  drop(): void;
}

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { stdio: ["ignore", "pipe", "pipe"] }).toString();

/** A fresh cluster on `port`, or the reason none can be made here. */
export function createSoakCluster(port: number): SoakCluster | string {
  if (process.getuid?.() !== 0) return "not running as root";
  let version: string;
  try {
    version = run("pg_lsclusters", ["--no-header"]).trim().split(/\s+/)[0] ?? "";
    if (!version) return "no PostgreSQL installed (pg_lsclusters lists no cluster)";
  } catch {
    return "pg_lsclusters is not available (Debian's postgresql-common)";
  }
  const name = `rapport_soak_${process.pid}`;
  run("pg_createcluster", [version, name, "--port", String(port), "--start", "--", "--auth=trust"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restartArgs: [version, name, "restart", "--mode", "fast"],
    drop: () => run("pg_dropcluster", [version, name, "--stop"]),
  };
}
