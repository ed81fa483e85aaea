/**
 * Human referral references: two letters, four digits, two letters (e.g. HN4829AC). Letters that read
 * like digits (I, O) and digits that read like letters (0, 1) are left out, so a reference read over the
 * phone or copied from paper cannot be mistaken for another one.
 */
export const referenceLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
export const referenceDigits = "23456789";

export const referencePattern = /^[A-HJ-NP-Z]{2}[2-9]{4}[A-HJ-NP-Z]{2}$/;

const pick = (alphabet: string, random: () => number) =>
  alphabet[Math.min(alphabet.length - 1, Math.floor(random() * alphabet.length))]!;

/** A new random reference; `random` returns a number in [0, 1) (a crypto-backed source in the API). */
export function generateReference(random: () => number): string {
  const letters = () => pick(referenceLetters, random) + pick(referenceLetters, random);
  const digits = Array.from({ length: 4 }, () => pick(referenceDigits, random)).join("");
  return `${letters()}${digits}${letters()}`;
}

/** Whether text typed by a person is a referral reference (any case, spaces ignored), normalised; else undefined. */
export function asReference(text: string): string | undefined {
  const cleaned = text.replace(/\s+/g, "").toUpperCase();
  return referencePattern.test(cleaned) ? cleaned : undefined;
}
