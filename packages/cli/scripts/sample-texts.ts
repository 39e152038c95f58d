// The free text of the demo's messages: what a customer writes follows the subject of the case
// and how the customer is faring, so that sentiment and contact reasons in the report mean
// something. Drawn from a generator of its own, so that the records themselves (who, when, how
// many) are the same as without text.

import { seededRandom } from "@rapport/stats";

const random = seededRandom(20261202);

/** One of the items, drawn from the text generator. */
export const textPick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// What the customer asks, by subject: [neutral, unhappy].
const ASKS: Record<string, readonly [readonly string[], readonly string[]]> = {
  "Where is my order?": [
    [
      "Hi, my order was due yesterday and the tracking has not moved. Could you check where it is?",
      "Hello, could you tell me when my parcel will arrive? The tracking page shows no update.",
    ],
    [
      "My order is a week late and nobody has answered my emails. This is really frustrating.",
      "Still no delivery after ten days. I needed this tent for a trip that is now ruined.",
    ],
  ],
  "Tent pole arrived broken": [
    [
      "One of the tent poles arrived snapped in two. Can you send a replacement pole?",
      "The tent came with a bent pole section. Photos attached, what should I do?",
    ],
    [
      "The tent arrived broken and it is the second time. Terrible packaging, very disappointed.",
      "Broken pole out of the box. I paid a lot for this and it is useless to me now.",
    ],
  ],
  "Refund for returned boots": [
    [
      "I sent the boots back two weeks ago. Could you confirm when the refund will be made?",
      "Hi, I returned the boots last week, is the refund on its way?",
    ],
    [
      "I returned the boots a month ago and still no refund. I want my money back now.",
      "Where is my refund? You received the boots weeks ago. This is unacceptable.",
    ],
  ],
  "Size exchange for jacket": [
    [
      "The jacket is a bit too small. Can I exchange it for a large?",
      "Could I swap my jacket for the next size up? The medium is tight on the shoulders.",
    ],
    [
      "The sizing chart is wrong, the jacket is two sizes too small. Annoying to send it back again.",
      "Third exchange for the same jacket and the size is still wrong. Awful experience.",
    ],
  ],
  "Discount code not working": [
    [
      "The code from your newsletter is not accepted at checkout. Is it still valid?",
      "Hi, my discount code says expired but the email says it runs until Sunday.",
    ],
    [
      "Your discount code does not work and I was charged full price. Misleading and annoying.",
      "The promo code failed three times and the chat kept disconnecting. Not impressed.",
    ],
  ],
  "Warranty claim: stove": [
    [
      "My camping stove stopped lighting after six months. How do I make a warranty claim?",
      "The stove's igniter has failed. Is this covered by the warranty?",
    ],
    [
      "The stove failed on the first trip. Poor quality, and the warranty form is impossible to find.",
      "My stove broke and the warranty claim has been ignored for weeks. Really bad service.",
    ],
  ],
  "Change delivery address": [
    [
      "Could you change the delivery address on my order to my office, please?",
      "I have moved, can the parcel go to my new address instead?",
    ],
    [
      "I asked to change the address days ago and it was sent to the old one anyway. Useless.",
      "You ignored my address change and now the parcel is lost. Very frustrating.",
    ],
  ],
  "Question about waterproofing": [
    [
      "Is the rain jacket fully waterproof or only water resistant?",
      "How often should I reproof the hiking trousers?",
    ],
    [
      "The so-called waterproof jacket leaked on its first walk. I am disappointed.",
      "Soaked through in light rain. This jacket is not waterproof at all, poor product.",
    ],
  ],
  "Charged twice": [
    [
      "I seem to have been charged twice for one order. Could you look into it?",
      "There are two payments on my card for the same order, can you refund one?",
    ],
    [
      "You charged me twice and I am now overdrawn. Fix this immediately, it is a disgrace.",
      "Double charged again! This is the worst shopping experience I have had.",
    ],
  ],
  "Missing item in parcel": [
    [
      "My parcel arrived without the sleeping mat. Could you send it on?",
      "The order came in but one item is missing from the box.",
    ],
    [
      "Half my order is missing and nobody replies. Very poor service.",
      "The parcel arrived with items missing, again. I am fed up with this.",
    ],
  ],
};

const WARM = [
  "Thanks so much, I love the gear!",
  "Thank you, your team is always great.",
  "Thanks in advance, happy customer here.",
  "Many thanks, really pleased with everything else.",
];

/** The customer's first message on a case: the subject's question, in the customer's tone. */
export function openingMessage(subject: string, mood: string): string {
  const [neutral, unhappy] = ASKS[subject] ?? [[subject], [subject]];
  if (mood === "unhappy") return textPick(unhappy);
  const ask = textPick(neutral);
  return mood === "happy" ? `${ask} ${textPick(WARM)}` : ask;
}

/** An agent's public reply. */
export const AGENT_REPLIES = [
  "Thanks for getting in touch. I have looked into this and will update you shortly.",
  "Sorry for the trouble. I have arranged a replacement and you will receive an email today.",
  "Thank you for your patience. The refund has been issued and should appear within five days.",
  "I have updated your order. Let me know if there is anything else I can help with.",
  "Apologies for the delay. I have passed this to our warehouse team to check.",
];

/** An agent's internal note on a difficult case. */
export const INTERNAL_NOTES = [
  "Escalating to the team lead, customer has contacted us several times.",
  "Checked with the courier, parcel is stuck at the depot.",
  "Customer is upset, offered a goodwill voucher.",
];

/** A customer's follow-up when the first reply did not settle it. */
export const CHASERS = [
  "This still has not been resolved. I am very unhappy with how long this is taking.",
  "No, that does not help at all. I have explained this three times already.",
  "Still waiting. Honestly the worst service I have had, I will not order again.",
  "Nothing has changed since your reply. Please escalate this.",
];
