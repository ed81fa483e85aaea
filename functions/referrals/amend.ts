import { amendmentGroupTitles } from "#shared/referrals/amendments.ts";
import { findContract } from "../contracts/index.ts";
import { notificationItems, outboxPut } from "../notifications/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invalid, ruleBroken } from "../platform/http/problems.ts";
import { changeReferral, personOf, providerMaySee } from "./access.ts";
import { applyAmendment, type FieldChange, todayIn } from "./amendment-changes.ts";
import { amendRoute } from "./amendment-routes.ts";
import { changePuts } from "./changes.ts";
import { caseworkerEmail } from "./provider-recipients.ts";

/**
 * The officer amends a sent referral: one group of fields with a reason, on the version they loaded
 * (409 on a race). Each changed field goes into the changelog both sides read, the provider is told
 * in the portal and by e-mail, and a tier change takes the contract's price for the new tier — all in
 * one transaction. Completed and withdrawn referrals cannot be amended (422).
 */
export const handler = httpHandler(amendRoute, async ({ principal, params, body }) => {
  let changes: FieldChange[] = [];
  let emails: string[] = [];
  return changeReferral({
    principal,
    referralId: params.referralId,
    version: body.version,
    event: "amend",
    check: (r) => {
      if (r.status === "completed" || r.status === "withdrawn")
        throw ruleBroken(`This referral is ${r.status}, so it can no longer be amended.`, "referral-closed");
    },
    update: async (r) => {
      const applied = applyAmendment(r, body, todayIn(now()));
      changes = applied.changes;
      if (changes.length === 0)
        throw invalid(
          [
            {
              path: "reason",
              message: "Change at least one answer: these are the answers the referral already has",
            },
          ],
          "Nothing has changed.",
        );
      emails = await caseworkerEmail(r);
      if (body.group !== "complexity-tier") return applied.next;
      const contract = await findContract(r.contractId);
      const price = contract?.interventions.find((i) => i.tierId === body.tierId)?.pricePerReferralPence;
      return { ...applied.next, ...(price !== undefined ? { pricePerReferralPence: price } : {}) };
    },
    audit: () => ({ action: "referral-amended", details: { group: body.group, fields: changes.length } }),
    extra: (r, next) => {
      const title = `Referral ${r.reference!} amended`;
      const words = `${principal.name} changed ${amendmentGroupTitles[body.group].toLowerCase()} on the referral. Read what changed and why in its changelog.`;
      return [
        ...changePuts(
          r.id,
          changes.map((c) => ({
            ...c,
            group: body.group,
            reason: body.reason,
            at: next.updatedAt,
            by: personOf(principal),
          })),
        ),
        ...(providerMaySee(r)
          ? notificationItems(
              { organisationId: r.organisationId },
              { title, body: words, href: `/provider/referrals/${r.id}/changes` },
            )
          : []),
        ...(emails.length && providerMaySee(r)
          ? [
              outboxPut({
                to: emails,
                subject: title,
                body: `${words} Sign in to the Dynamic Framework Portal to see it.`,
              }),
            ]
          : []),
      ];
    },
  });
});
