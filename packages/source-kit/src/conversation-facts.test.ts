import { describe, expect, it } from "vitest";
import { conversationFacts } from "./conversation-facts";

describe("conversationFacts", () => {
  it("keeps what is known, and leaves out what is not", () => {
    expect(conversationFacts("7", "email")).toEqual({ customer: "7", channel: "email" });
    expect(Object.keys(conversationFacts("7", undefined))).toEqual(["customer"]);
    expect(Object.keys(conversationFacts("", "chat"))).toEqual(["channel"]);
    expect(conversationFacts(undefined, undefined)).toEqual({});
  });
});
