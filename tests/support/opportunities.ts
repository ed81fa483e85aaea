import { expect } from "vitest";
import { api, gatewayUrl, tokenFor } from "./api.ts";

/** The portal's current time (the local clock may have been moved). */
export const portalNow = async (): Promise<Date> => {
  const res = await fetch(`${gatewayUrl()}/__local/clock`);
  return new Date(((await res.json()) as { now: string }).now);
};

const inDays = (from: Date, days: number) => new Date(from.getTime() + days * 86_400_000).toISOString();

/** A complete opportunity for London accommodation, deadlines relative to the portal's clock. */
export const opportunityFields = async (overrides: Record<string, unknown> = {}) => {
  const now = await portalNow();
  return {
    title: "Accommodation support in north London",
    description: "Help people on probation find and keep settled accommodation.",
    needAreaId: "accommodation",
    regionIds: ["london"],
    pduIds: ["camden-and-islington", "hackney-and-city"],
    tiers: ["low", "medium"],
    contractStart: "2027-04-01",
    contractEnd: "2029-03-31",
    expectedReferralsPerYear: 300,
    budgetCeilingPence: 50_000_000,
    qualityQuestions: [
      { id: "q1", text: "How will you find accommodation quickly?", weight: 40, wordLimit: 50 },
      { id: "q2", text: "How will you help people keep their homes?", weight: 20, wordLimit: 300 },
    ],
    socialValueWeight: 10,
    priceWeight: 30,
    clarificationDeadline: inDays(now, 7),
    submissionDeadline: inDays(now, 14),
    ...overrides,
  };
};

/** Creates and publishes an opportunity as the London commissioner; returns it. */
export const publishedOpportunity = async (overrides: Record<string, unknown> = {}) => {
  const token = await tokenFor("user-commissioner-london");
  const created = await api("POST", "/api/opportunities", {
    token,
    body: await opportunityFields(overrides),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await api("POST", `/api/opportunities/${created.body.id}/publish`, {
    token,
    body: { version: created.body.version },
  });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return published.body as {
    id: string;
    version: number;
    submissionDeadline: string;
    clarificationDeadline: string;
  };
};

/** A complete offer for one tier. */
export const completeOffer = (title: string, pricePence: number) => ({
  title,
  assessAndPlan: "Specialist housing assessment within five working days.",
  implement: "Find, secure and settle into accommodation; tenancy sustainment.",
  reviewAndEvaluate: "Review progress against the action plan every month.",
  sessions: 8,
  sessionMinutes: 60,
  deliveryMethods: ["one-to-one"],
  settings: ["community"],
  cohorts: [],
  pduIds: ["camden-and-islington"],
  pricePerReferralPence: pricePence,
  capacityPerYear: 150,
});

/** A complete bid for the fixture opportunity. */
export const completeBidContent = () => ({
  offers: { low: completeOffer("Home Finder", 45_000), medium: completeOffer("Home Keeper", 90_000) },
  qualityAnswers: {
    q1: "We keep a list of landlords and call them the same day.",
    q2: "Monthly visits and help with rent.",
  },
  socialValueAnswer: "We employ people with lived experience of the justice system.",
  attachments: [],
});
