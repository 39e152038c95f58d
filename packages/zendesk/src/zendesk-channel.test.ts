import { describe, expect, it } from "vitest";
import { ZENDESK_CHANNELS, zendeskChannel } from "./zendesk-lookups";

describe("zendeskChannel", () => {
  // One row per documented via.channel value, with the channel it must become.
  const table: [string, string][] = [
    ["web", "web"],
    ["web_form", "web"],
    ["web_widget", "web"],
    ["web_service", "web"],
    ["mobile", "web"],
    ["api", "web"],
    ["rule", "web"],
    ["system", "web"],
    ["sample_ticket", "web"],
    ["linked_problem", "web"],
    ["merge", "web"],
    ["closed_ticket", "web"],
    ["batch", "web"],
    ["side_conversation", "web"],
    ["email", "email"],
    ["chat", "chat"],
    ["chat_transcript", "chat"],
    ["voice", "phone"],
    ["phone", "phone"],
    ["phone_call_inbound", "phone"],
    ["phone_call_outbound", "phone"],
    ["voicemail", "phone"],
    ["sms", "sms"],
    ["text", "sms"],
    ["twitter", "social"],
    ["facebook", "social"],
    ["instagram_dm", "social"],
    ["native_messaging", "messaging"],
    ["mobile_sdk", "messaging"],
    ["any_channel", "messaging"],
    ["whatsapp", "messaging"],
    ["line", "messaging"],
    ["wechat", "messaging"],
    ["apple_business_chat", "messaging"],
    ["google_business_messages", "messaging"],
    ["help_center", "self_service"],
    ["forum", "self_service"],
    ["topic", "self_service"],
  ];

  it.each(table)("maps %s to %s", (zendesk, ours) => {
    expect(zendeskChannel(zendesk)).toBe(ours);
  });

  it("has a test row for every entry of the table", () => {
    expect(Object.keys(ZENDESK_CHANNELS).sort()).toEqual(table.map(([name]) => name).sort());
  });

  it("reads a missing via as web", () => {
    expect(zendeskChannel(undefined)).toBe("web");
    expect(zendeskChannel(null)).toBe("web");
  });

  it("looks in the overrides first", () => {
    expect(zendeskChannel("api", { api: "email" })).toBe("email");
    expect(zendeskChannel("carrier_pigeon", { carrier_pigeon: "in_person" })).toBe("in_person");
  });

  it.each([["carrier_pigeon"], ["hasOwnProperty"], [42], [{}]])(
    "gives undefined for %s",
    (value) => {
      expect(zendeskChannel(value)).toBeUndefined();
    },
  );
});
