import type { SentenceType } from "./schema.ts";

/** The sentences a person can be referred under; only pre-release work happens while in custody. */
export const sentenceTypes: SentenceType[] = [
  { id: "community-order", name: "Community order", custody: false },
  { id: "suspended-sentence-order", name: "Suspended sentence order", custody: false },
  { id: "licence", name: "Licence", custody: false },
  { id: "post-sentence-supervision", name: "Post-sentence supervision", custody: false },
  { id: "pre-release-custody", name: "Pre-release in custody", custody: true },
];
