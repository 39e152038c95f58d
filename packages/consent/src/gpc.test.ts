import { describe, expect, it } from "vitest";
import { gpcFromHeaders } from "./gpc";

describe("gpcFromHeaders", () => {
  it('reads "Sec-GPC: 1" as an opt-out, in any header-name case', () => {
    expect(gpcFromHeaders({ "sec-gpc": "1" })).toBe(true);
    expect(gpcFromHeaders({ "Sec-GPC": " 1 " })).toBe(true);
    expect(gpcFromHeaders({ "sec-gpc": ["1", "0"] })).toBe(true);
    expect(gpcFromHeaders(new Headers({ "Sec-GPC": "1" }))).toBe(true);
  });

  it("treats anything else as no preference, never as allow", () => {
    expect(gpcFromHeaders({})).toBeUndefined();
    expect(gpcFromHeaders({ "sec-gpc": "0" })).toBeUndefined();
    expect(gpcFromHeaders({ "sec-gpc": undefined })).toBeUndefined();
    expect(gpcFromHeaders({ "sec-gpc": [] })).toBeUndefined();
    expect(gpcFromHeaders(new Headers())).toBeUndefined();
  });
});
