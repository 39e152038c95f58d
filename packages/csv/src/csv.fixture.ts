// Small CSV files written for these tests, one per documented layout, with the warts real
// exports have: a BOM, CRLF line ends, quoted commas and line breaks, escaped quotes, odd
// header spellings, a blank line.

export const responsesCsv = [
  "\uFEFFID,Customer ID,Kind,Scale,Score,Responded At,Comment,Case ID,Agent ID,Team ID,Channel,Survey ID",
  'r1,c_1,NPS,,9,2024-03-01T10:00:00+01:00,"Fast, friendly",k_1,a_1,t_1,Email,s_q1',
  'r2,c_2,csat,,Good,2024-03-01T12:30:00Z,"She said ""thanks""",,,,chat,',
  'r3,c_3,csat,five_point,4,2024-03-02T08:00:00-05:00,"Line one\r\nline two",,,,,',
  "r4,c_4,ces,,6,2024-03-02T09:00:00Z,,,,,,",
  "",
  "r5,c_5,ces,five_point,5,2024-03-03T09:00:00Z,,,,,Self Service,",
].join("\r\n");

export const interactionsCsv = [
  "id,customer_id,case_id,channel,direction,author_kind,author_id,visibility,occurred_at,duration_seconds,sentiment,tags",
  "i1,c_1,k_1,phone,,customer,,,2024-03-01T09:00:00Z,312.5,-0.4,billing|refund",
  "i2,c_1,k_1,email,outbound,agent,a_1,private,2024-03-01T09:30:00Z,,,",
  "i3,c_2,,chat,,bot,,,2024-03-01T10:00:00+02:00,,0.8, vip | ",
].join("\n");

export const casesCsv = [
  "id,customer_id,subject,channel,status,priority,assignee_id,team_id,created_at,updated_at,first_reply_at,solved_at,closed_at,reopen_count,tags",
  "k_1,c_1,Refund for order 1001,email,On Hold,High,a_1,t_1,2024-03-01T09:00:00Z,2024-03-02T09:00:00Z,2024-03-01T09:45:00Z,,,1,billing",
  'k_2,c_2,"Login fails, ""error 42""",web,solved,,,,2024-03-01T10:00:00Z,,,2024-03-01T12:00:00Z,2024-03-03T12:00:00Z,,',
].join("\n");
