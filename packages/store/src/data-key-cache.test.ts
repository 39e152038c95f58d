import { describe, expect, it } from "vitest";
import { DataKeyCache } from "./data-key-cache";

// Stand-ins: the cache only stores and hands back promises.
const fakeKey = (name: string) => Promise.resolve({ name } as unknown as CryptoKey);

describe("DataKeyCache", () => {
  it("hands a key back only for the wrapped text it came from", async () => {
    const cache = new DataKeyCache();
    const key = cache.set("c1", "v1.a.b", fakeKey("k1"));
    expect(cache.get("c1", "v1.a.b")).toBe(key);
    expect(cache.get("c1", "v1.other.key")).toBeUndefined();
    expect(cache.get("c2", "v1.a.b")).toBeUndefined();
  });

  it("drops a customer's key when told to forget it", () => {
    const cache = new DataKeyCache();
    cache.set("c1", "w1", fakeKey("k1"));
    cache.set("c2", "w2", fakeKey("k2"));
    cache.forget(["c1"]);
    expect([cache.get("c1", "w1"), cache.size]).toEqual([undefined, 1]);
  });

  it("keeps at most 10,000 keys, evicting the least recently used", () => {
    const cache = new DataKeyCache();
    for (let i = 0; i < 10_000; i++) cache.set(`c${i}`, `w${i}`, fakeKey(`k${i}`));
    expect(cache.get("c0", "w0")).toBeDefined(); // c0 is now the most recently used
    cache.set("c10000", "w10000", fakeKey("k10000"));
    expect(cache.size).toBe(10_000);
    expect(cache.get("c1", "w1")).toBeUndefined();
    expect(cache.get("c0", "w0")).toBeDefined();
  });

  it("forgets a key that failed to unwrap, so the next call tries again", async () => {
    const cache = new DataKeyCache();
    const failed = cache.set("c1", "w1", Promise.reject(new Error("OperationError")));
    await expect(failed).rejects.toThrow("OperationError");
    expect(cache.get("c1", "w1")).toBeUndefined();
  });
});
