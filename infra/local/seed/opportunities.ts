import type { StoredOpportunity } from "#functions/opportunities/repository.ts";
import type { Bid } from "#shared/bids/bid.ts";

const day = 86_400_000;
const at = (from: Date, days: number, hour = 12) => {
  const d = new Date(from.getTime() + days * day);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

/**
 * Demo competitions relative to the day the data is seeded: one open in London with a submitted bid
 * (sealed until its deadline) and a draft in Wales.
 */
export const demoOpportunities = (seededAt: Date): { opportunities: StoredOpportunity[]; bids: Bid[] } => {
  const open: StoredOpportunity = {
    id: "01JDEMOOPPLONDONACCOMM0001",
    title: "Accommodation support for people leaving custody in north London",
    description:
      "Find, secure and keep settled accommodation for people on probation in Camden, Islington, Hackney and the City, starting before release where possible.",
    needAreaId: "accommodation",
    regionIds: ["london"],
    pduIds: ["camden-and-islington", "hackney-and-city"],
    tiers: ["low", "medium", "high"],
    contractStart: "2027-04-01",
    contractEnd: "2029-03-31",
    expectedReferralsPerYear: 420,
    budgetCeilingPence: 60_000_000,
    qualityQuestions: [
      {
        id: "q1",
        text: "How will you secure accommodation on the day of release?",
        weight: 30,
        wordLimit: 500,
      },
      {
        id: "q2",
        text: "How will you help people keep their tenancy for the first six months?",
        weight: 20,
        wordLimit: 500,
      },
      {
        id: "q3",
        text: "How will you work with responsible officers and local authorities?",
        weight: 10,
        wordLimit: 300,
      },
    ],
    socialValueWeight: 10,
    priceWeight: 30,
    clarificationDeadline: at(seededAt, 10),
    submissionDeadline: at(seededAt, 21),
    state: "published",
    createdBy: "user-commissioner-london",
    createdAt: at(seededAt, -5, 9),
    publishedAt: at(seededAt, -4, 9),
    submittedBidCount: 0,
    version: 2,
  };
  const draft: StoredOpportunity = {
    id: "01JDEMOOPPWALESETE000000001",
    title: "Employment, training and education support across Wales",
    needAreaId: "employment-training-education",
    regionIds: ["wales"],
    tiers: ["low", "medium"],
    state: "draft",
    createdBy: "user-commissioner-wales",
    createdAt: at(seededAt, -1, 9),
    submittedBidCount: 0,
    version: 1,
  };
  const offer = (title: string, price: number) => ({
    title,
    assessAndPlan:
      "A housing needs assessment within five working days, agreed with the person and their officer.",
    implement: "Secure accommodation, set up the tenancy and benefits, and visit weekly for the first month.",
    reviewAndEvaluate: "Monthly reviews against the action plan, reported to the responsible officer.",
    sessions: 10,
    sessionMinutes: 60,
    deliveryMethods: ["one-to-one" as const],
    settings: ["community" as const, "through-the-gate" as const],
    cohorts: ["women", "young-adults"],
    pduIds: ["camden-and-islington", "hackney-and-city"],
    pricePerReferralPence: price,
    capacityPerYear: 200,
  });
  const bid: Bid = {
    opportunityId: open.id,
    organisationId: "org-bridge-housing",
    organisationName: "Bridge Housing Trust",
    status: "submitted",
    content: {
      offers: {
        low: offer("Home Finder", 48_000),
        medium: offer("Home Keeper", 95_000),
        high: offer("Home Keeper Plus", 160_000),
      },
      qualityAnswers: {
        q1: "We meet people at the gate with a confirmed room, keys and a first week's food.",
        q2: "Weekly visits for a month, then fortnightly, with help to manage rent and bills.",
        q3: "A named worker for each PDU who attends local housing panels.",
      },
      socialValueAnswer: "A third of our staff have lived experience of the justice system.",
      attachments: [],
    },
    createdAt: at(seededAt, -3, 10),
    updatedAt: at(seededAt, -2, 15),
    submittedAt: at(seededAt, -2, 15),
    version: 3,
  };
  return { opportunities: [open, draft], bids: [bid] };
};
