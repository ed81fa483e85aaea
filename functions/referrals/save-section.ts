import { checkSection } from "#shared/referrals/sections.ts";
import { contractTiers } from "../catalogue/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invalid, notFound } from "../platform/http/problems.ts";
import { changeReferral } from "./access.ts";
import { saveSectionRoute } from "./routes.ts";
import { sectionContext, type StoredReferral } from "./stored.ts";

/** Choosing another tier of the same contract moves the draft to that tier's intervention. */
const withTier = async (r: StoredReferral, tier: unknown): Promise<StoredReferral> => {
  if (typeof tier !== "string" || tier === r.tierId) return r;
  const chosen = (await contractTiers(r.contractId)).find((t) => t.tierId === tier);
  return chosen
    ? { ...r, tierId: chosen.tierId, interventionId: chosen.interventionId, interventionTitle: chosen.title }
    : r;
};

/**
 * Saves one section of the officer's own draft. Every answer given must be right (400 names each
 * wrong field); with `finished`, every question must be answered too.
 */
export const handler = httpHandler(saveSectionRoute, async ({ principal, params, body }) => {
  const { version, finished, ...answers } = body;
  let data: Record<string, unknown> = {};
  return changeReferral({
    principal,
    referralId: params.referralId,
    version,
    event: "edit-draft",
    check: (r) => {
      // Colleagues in the PDU can read a sent referral, but a draft is only its author's.
      if (r.officer.userId !== principal.userId) throw notFound("We could not find that referral.");
      const result = checkSection(params.section, answers, sectionContext(r, now()), finished);
      if (!result.ok) throw invalid(result.errors);
      data = result.data;
    },
    update: (r) => withTier({ ...r, answers: { ...r.answers, [params.section]: data } }, data.tierId),
    audit: (_r, next) => ({
      action: "section-saved",
      details: { section: params.section, finished, tier: next.tierId },
    }),
  });
});
