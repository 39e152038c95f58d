import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { constantTimeEqual, hmac, toBase64, toHex } from "./hmac";

describe("hmac", () => {
  it("agrees with Node's HMAC (SHA-256 and SHA-1)", async () => {
    const sha256 = await hmac("SHA-256", "key", "The quick brown fox jumps over the lazy dog");
    expect(toBase64(sha256)).toBe(
      createHmac("sha256", "key")
        .update("The quick brown fox jumps over the lazy dog")
        .digest("base64"),
    );
    // the published example of RFC 2104 / Wikipedia: HMAC_SHA256("key", "The quick brown fox…")
    expect(toHex(sha256)).toBe("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    const sha1 = await hmac("SHA-1", "key", "The quick brown fox jumps over the lazy dog");
    expect(toHex(sha1)).toBe("de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9");
  });
});

describe("constantTimeEqual", () => {
  it.each([
    ["abc", "abc", true],
    ["abc", "abd", false],
    ["abc", "ab", false],
    ["", "", true],
    ["", "a", false],
    ["ab\u0000", "ab", false],
  ])("%j = %j is %s", (a, b, equal) => {
    expect(constantTimeEqual(a, b)).toBe(equal);
  });
});
