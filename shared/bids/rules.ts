import type { FieldError } from "../http/problem.ts";
import type { QualityQuestion } from "../opportunities/opportunity.ts";
import type { TierId } from "../reference/schema.ts";
import type { BidContent, InterventionOffer } from "./bid.ts";

/** Words as a person counts them: runs of non-space characters. */
export const countWords = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

const tierLabel: Record<TierId, string> = {
  low: "low complexity",
  medium: "medium complexity",
  high: "high complexity",
};

/** Answers over their question's word limit (checked on every save, not only on submit). */
export const wordLimitErrors = (
  content: Pick<BidContent, "qualityAnswers">,
  questions: QualityQuestion[],
): FieldError[] =>
  questions.flatMap((q, i) => {
    const words = countWords(content.qualityAnswers[q.id] ?? "");
    return words > q.wordLimit
      ? [
          {
            path: `content.qualityAnswers.${q.id}`,
            message: `Your answer to question ${i + 1} is ${words} words; the limit is ${q.wordLimit}`,
          },
        ]
      : [];
  });

/** Answers to questions the opportunity does not ask, and offers for tiers it does not want. */
export const strayPartErrors = (
  content: BidContent,
  questions: QualityQuestion[],
  tiers: TierId[],
): FieldError[] => [
  ...Object.keys(content.qualityAnswers)
    .filter((id) => !questions.some((q) => q.id === id))
    .map((id) => ({
      path: `content.qualityAnswers.${id}`,
      message: "This opportunity has no such question",
    })),
  ...(Object.keys(content.offers) as TierId[])
    .filter((tier) => !tiers.includes(tier))
    .map((tier) => ({
      path: `content.offers.${tier}`,
      message: `This opportunity does not ask for a ${tierLabel[tier]} offer`,
    })),
];

const offerMissing = (tier: TierId, offer: InterventionOffer | undefined): FieldError[] => {
  const at = (field: string) => `content.offers.${tier}.${field}`;
  const label = tierLabel[tier];
  const missing: FieldError[] = [];
  const text = (field: "title" | "assessAndPlan" | "implement" | "reviewAndEvaluate", what: string) => {
    if (!offer?.[field]?.trim())
      missing.push({ path: at(field), message: `Enter ${what} for the ${label} offer` });
  };
  text("title", "a title");
  text("assessAndPlan", "what happens in Assess & Plan");
  text("implement", "what happens in Implement");
  text("reviewAndEvaluate", "what happens in Review & Evaluate");
  if (offer?.sessions === undefined)
    missing.push({ path: at("sessions"), message: `Enter the number of sessions for the ${label} offer` });
  if (offer?.sessionMinutes === undefined)
    missing.push({ path: at("sessionMinutes"), message: `Enter the session length for the ${label} offer` });
  if (!offer?.deliveryMethods?.length)
    missing.push({ path: at("deliveryMethods"), message: `Select how the ${label} offer is delivered` });
  if (!offer?.settings?.length)
    missing.push({ path: at("settings"), message: `Select the settings of the ${label} offer` });
  if (!offer?.pduIds?.length)
    missing.push({ path: at("pduIds"), message: `Select the PDUs the ${label} offer covers` });
  if (offer?.pricePerReferralPence === undefined)
    missing.push({
      path: at("pricePerReferralPence"),
      message: `Enter the price per referral for the ${label} offer`,
    });
  if (offer?.capacityPerYear === undefined)
    missing.push({
      path: at("capacityPerYear"),
      message: `Enter the capacity a year for the ${label} offer`,
    });
  return missing;
};

/** Every part a bid still needs before it can be submitted, each with a message a person can act on. */
export const submissionErrors = (
  content: BidContent,
  questions: QualityQuestion[],
  tiers: TierId[],
): FieldError[] => [
  ...tiers.flatMap((tier) => offerMissing(tier, content.offers[tier])),
  ...questions.flatMap((q, i) =>
    (content.qualityAnswers[q.id] ?? "").trim()
      ? []
      : [{ path: `content.qualityAnswers.${q.id}`, message: `Answer question ${i + 1}` }],
  ),
  ...(content.socialValueAnswer.trim()
    ? []
    : [{ path: "content.socialValueAnswer", message: "Answer the social value question" }]),
  ...wordLimitErrors(content, questions),
  ...strayPartErrors(content, questions, tiers),
];
