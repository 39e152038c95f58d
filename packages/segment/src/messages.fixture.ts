// Messages written for these tests after the field lists of the Segment Spec (Common Fields,
// Identify, Track, Group, Page, Screen, Alias) and RudderStack's Event Spec. Values are made up.

export const identifyAda = {
  type: "identify",
  messageId: "msg-identify-1",
  userId: "user_42",
  anonymousId: "anon-ada",
  timestamp: "2024-03-01T09:00:00.000Z",
  sentAt: "2024-03-01T09:00:01.000Z",
  receivedAt: "2024-03-01T09:00:02.000Z",
  originalTimestamp: "2024-03-01T09:00:00.000Z",
  context: {
    ip: "203.0.113.7",
    library: { name: "analytics.js", version: "2.11.1" },
    locale: "en-GB",
    timezone: "Europe/London",
    userAgent: "Mozilla/5.0",
  },
  traits: {
    firstName: "Ada",
    lastName: "Lovelace",
    email: "ada@example.com",
    phone: "+44 20 7946 0018",
    company: { name: "Analytical Engines Ltd", id: "co_1", plan: "Enterprise" },
    createdAt: "2023-06-01T10:00:00Z",
    title: "Countess",
  },
  integrations: { All: true },
  version: 2,
};

export const trackTrialStarted = {
  type: "track",
  messageId: "msg-track-1",
  userId: "user_42",
  anonymousId: "anon-ada",
  event: "Trial Started",
  timestamp: "2024-03-01T09:05:00.000Z",
  properties: { trial_plan_name: "Pro", trial_start_date: "2024-03-01" },
  context: { library: { name: "analytics.js", version: "2.11.1" } },
};

export const trackOrderCompleted = {
  type: "track",
  messageId: "msg-track-2",
  userId: "user_42",
  event: "Order Completed",
  timestamp: "2024-03-15T14:30:00+01:00",
  properties: {
    order_id: "50314b8e9bcf000000000000",
    total: 27.5,
    currency: "USD",
    products: [{ product_id: "507f1f77bcf86cd799439011", sku: "45790-32", quantity: 1 }],
  },
};

export const trackAnonymousBrowsing = {
  type: "track",
  messageId: "msg-track-anon-1",
  anonymousId: "anon-ada",
  event: "Product Viewed",
  timestamp: "2024-02-28T18:00:00.000Z",
  properties: { product_id: "507f1f77bcf86cd799439011" },
};

export const groupInitech = {
  type: "group",
  messageId: "msg-group-1",
  userId: "user_7",
  groupId: "grp_initech",
  timestamp: "2024-03-02T08:00:00.000Z",
  traits: { name: "Initech", industry: "Software", employees: 329, plan: "Enterprise" },
};

export const pagePricing = {
  type: "page",
  messageId: "msg-page-1",
  userId: "user_42",
  name: "Pricing",
  timestamp: "2024-03-01T09:01:00.000Z",
  properties: { path: "/pricing", url: "https://example.com/pricing" },
};

export const screenHome = {
  type: "screen",
  messageId: "msg-screen-1",
  userId: "user_42",
  name: "Home",
  timestamp: "2024-03-01T09:02:00.000Z",
};

export const aliasBob = {
  type: "alias",
  messageId: "msg-alias-1",
  previousId: "anon-bob",
  userId: "user_bob",
  timestamp: "2024-03-03T10:00:00.000Z",
};

/** RudderStack sends identify traits in `context.traits` and adds its own fields. */
export const rudderStackIdentify = {
  anonymousId: "8d872292709c6fbe",
  channel: "web",
  context: {
    app: { build: "1.0.0", name: "RudderLabs JavaScript SDK", version: "1.1.11" },
    library: { name: "RudderLabs JavaScript SDK", version: "1.1.11" },
    locale: "en-US",
    os: { name: "", version: "" },
    screen: { density: 2 },
    traits: { email: "alex@example.com", name: "Alex Keener", plan: "Growth" },
    userAgent: "Mozilla/5.0",
  },
  integrations: { All: true },
  messageId: "2d8e9c8a-6d0e-4e2e-8a06-0c5c1d5f7c0a",
  originalTimestamp: "2024-04-02T10:11:12.345Z",
  receivedAt: "2024-04-02T10:11:13.001Z",
  request_ip: "198.51.100.4",
  rudderId: "c5d8b1ff-8d0e-4b57-9d2e-1f0b0f3b1e11",
  sentAt: "2024-04-02T10:11:12.400Z",
  timestamp: "2024-04-02T10:11:12.946Z",
  type: "identify",
  userId: "alex_k",
};

export const rudderStackTrack = {
  anonymousId: "8d872292709c6fbe",
  channel: "server",
  context: { library: { name: "rudder-sdk-node", version: "2.0.0" } },
  event: "subscription_cancelled",
  messageId: "node-7a9f3c1e-2b4d-4e6f-8a0b-1c2d3e4f5a6b",
  originalTimestamp: "2024-04-20T08:00:00.000Z",
  properties: { reason: "too expensive" },
  receivedAt: "2024-04-20T08:00:00.500Z",
  rudderId: "c5d8b1ff-8d0e-4b57-9d2e-1f0b0f3b1e11",
  sentAt: "2024-04-20T08:00:00.100Z",
  timestamp: "2024-04-20T08:00:00.400Z",
  type: "track",
  userId: "alex_k",
};

export const allMessages = [
  identifyAda,
  trackTrialStarted,
  trackOrderCompleted,
  trackAnonymousBrowsing,
  groupInitech,
  pagePricing,
  screenHome,
  aliasBob,
  rudderStackIdentify,
  rudderStackTrack,
];
