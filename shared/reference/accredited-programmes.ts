import type { AccreditedProgramme } from "./schema.ts";

// Only programmes whose delivery facts appear in seed 004; others would be guesses.

/** Accredited programmes the catalogue points officers to instead of buying an intervention. */
export const accreditedProgrammes: AccreditedProgramme[] = [
  {
    id: "thinking-skills-programme",
    name: "Thinking Skills Programme",
    sessions: 19,
    groupSizeMin: 4,
    groupSizeMax: 12,
    description:
      "A cognitive skills programme for adults at medium or high risk of reoffending: 15 group and 4 individual sessions, one to four a week, building the thinking skills to manage risk and reach pro-social goals.",
  },
  {
    id: "building-better-relationships",
    name: "Building Better Relationships",
    sessions: 29,
    groupSizeMin: 4,
    groupSizeMax: 12,
    description:
      "A moderate-intensity cognitive behavioural programme for adult men convicted of intimate partner violence, with a foundation module, three core modules and one-to-one sessions; partners and ex-partners are offered a partner link worker.",
  },
];
