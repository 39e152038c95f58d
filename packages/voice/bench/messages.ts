// 100,000 support messages made from templates, deterministic (no Math.random), shared by the
// sentiment and classification benchmarks.
const OPENINGS = ["Hi,", "Hello team,", "HELP!", "Good morning,", "Hey", ""];
const BODIES = [
  "my card has not arrived yet and it has been two weeks",
  "I was charged twice for the same order, please refund me",
  "the app keeps logging me out, this is really annoying",
  "thanks so much for the quick help yesterday, you were great",
  "I can't reset my password, the link does not work",
  "where is my refund? it is not showing up in my account",
  "the transfer to my friend failed but the money left my account",
  "not bad at all, the new feature works nicely",
];
const ENDINGS = ["Thanks.", "!!!", "Regards", "Please help :(", "Cheers :)", "?"];

let seed = 17;
const next = (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed % n;
};

/** 100,000 messages. */
export const MESSAGES: string[] = Array.from(
  { length: 100_000 },
  () =>
    `${OPENINGS[next(OPENINGS.length)]} ${BODIES[next(BODIES.length)]} ${ENDINGS[next(ENDINGS.length)]}`,
);

/** A few labelled examples per reason, for the classification benchmark's model. */
export const TRAINING = [
  ["my card has not arrived", "card_arrival"],
  ["when will my card be delivered", "card_arrival"],
  ["charged twice refund me", "refund"],
  ["where is my refund", "refund"],
  ["app logging me out", "login"],
  ["cannot reset my password", "login"],
  ["transfer failed money left my account", "transfer"],
  ["my transfer did not arrive", "transfer"],
  ["thanks for the quick help", "praise"],
  ["the new feature works nicely", "praise"],
].map(([text, reason]) => ({ text: text!, reason: reason! }));
