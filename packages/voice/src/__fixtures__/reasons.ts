// A small labelled set written for these tests, in the shape of a helpdesk's tagged tickets.
export const REASON_EXAMPLES = [
  { text: "My card has not arrived yet", reason: "card_arrival" },
  { text: "When will my new card arrive?", reason: "card_arrival" },
  { text: "Still waiting for the card you sent", reason: "card_arrival" },
  { text: "The card was never delivered", reason: "card_arrival" },
  { text: "I want a refund for my order", reason: "refund" },
  { text: "Please give me my money back", reason: "refund" },
  { text: "The refund has not shown up in my account", reason: "refund" },
  { text: "How do I get my money back for this?", reason: "refund" },
  { text: "I cannot log in to the app", reason: "login" },
  { text: "The password reset link does not work", reason: "login" },
  { text: "Locked out of my account after a password change", reason: "login" },
  { text: "The app says my login is wrong", reason: "login" },
];
