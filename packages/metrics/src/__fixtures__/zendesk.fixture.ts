// Hand-written payloads in the shape of the Zendesk Support API (v2) responses that the shared
// data holds (satisfaction_ratings, ticket_metrics), so the same tests run without it.

/** A `GET /api/v2/satisfaction_ratings` body: two good, one bad, one only offered. */
export const satisfactionRatingsPayload = {
  satisfaction_ratings: [
    { id: 1, ticket_id: 11, score: "good", created_at: "2024-03-01T10:00:00Z", comment: "Thanks!" },
    { id: 2, ticket_id: 12, score: "bad", created_at: "2024-03-01T11:00:00Z", comment: null },
    { id: 3, ticket_id: 13, score: "offered", created_at: "2024-03-02T09:00:00Z", comment: null },
    { id: 4, ticket_id: 14, score: "good", created_at: "2024-03-02T10:00:00Z", comment: "" },
  ],
  next_page: null,
  previous_page: null,
  count: 4,
};

/** A `GET /api/v2/ticket_metrics` body: replies after 5 and 45 minutes, one not replied. */
export const ticketMetricsPayload = {
  ticket_metrics: [
    {
      id: 101,
      ticket_id: 11,
      created_at: "2024-03-01T09:00:00Z",
      reopens: 0,
      solved_at: "2024-03-01T12:00:00Z",
      reply_time_in_minutes: { calendar: 5, business: 5 },
    },
    {
      id: 102,
      ticket_id: 12,
      created_at: "2024-03-01T09:00:00Z",
      reopens: 1,
      solved_at: null,
      reply_time_in_minutes: { calendar: 45, business: 30 },
    },
    {
      id: 103,
      ticket_id: 13,
      created_at: "2024-03-01T09:00:00Z",
      reopens: 0,
      solved_at: null,
      reply_time_in_minutes: { calendar: null, business: null },
    },
  ],
  next_page: null,
  previous_page: null,
  count: 3,
};
