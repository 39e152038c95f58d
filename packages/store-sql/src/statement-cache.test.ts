import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cachingStatements } from "./statement-cache";

/** A real in-memory database whose prepares are counted. */
function countedDatabase() {
  const database = new Database(":memory:");
  const prepared: string[] = [];
  const counted = {
    prepare: (sql: string) => {
      prepared.push(sql);
      return database.prepare(sql);
    },
    close: () => database.close(),
  };
  return { database, counted, prepared };
}

describe("cachingStatements", () => {
  it("prepares a SQL text once and hands back the same statement", () => {
    const { counted, prepared } = countedDatabase();
    const cached = cachingStatements(counted);
    cached.prepare("create table t (a integer)").run([]);
    const insert = cached.prepare("insert into t (a) values (?)");
    insert.run([1]);
    expect(cached.prepare("insert into t (a) values (?)")).toBe(insert);
    cached.prepare("insert into t (a) values (?)").run([2]);
    expect(cached.prepare("select a from t order by a").all([])).toEqual([{ a: 1 }, { a: 2 }]);
    expect(prepared).toEqual([
      "create table t (a integer)",
      "insert into t (a) values (?)",
      "select a from t order by a",
    ]);
  });

  it("keeps the most recently used statements and prepares an evicted one again", () => {
    const { counted, prepared } = countedDatabase();
    const cached = cachingStatements(counted, 2);
    cached.prepare("select 1");
    cached.prepare("select 2");
    cached.prepare("select 1"); // now the most recent: "select 2" is the one to go
    cached.prepare("select 3");
    cached.prepare("select 1");
    cached.prepare("select 2");
    expect(prepared).toEqual(["select 1", "select 2", "select 3", "select 2"]);
  });

  it("reads a table's new columns after the table is made again", () => {
    const { counted } = countedDatabase();
    const cached = cachingStatements(counted);
    cached.prepare("create table t (a integer)").run([]);
    cached.prepare("insert into t (a) values (1)").run([]);
    expect(cached.prepare("select * from t").all([])).toEqual([{ a: 1 }]);
    cached.prepare("drop table t").run([]);
    cached.prepare("create table t (a integer, b text)").run([]);
    cached.prepare("insert into t (a, b) values (2, 'x')").run([]);
    expect(cached.prepare("select * from t").all([])).toEqual([{ a: 2, b: "x" }]);
  });

  it("closes the database", () => {
    const { database, counted } = countedDatabase();
    const cached = cachingStatements(counted);
    cached.prepare("select 1");
    cached.close();
    expect(database.open).toBe(false);
  });
});
