import { isLive } from "#shared/catalogue/catalogue.ts";
import { checkSection, sectionIds, sectionTitles } from "#shared/referrals/sections.ts";
import { londonDate } from "#shared/time/index.ts";
import { findIntervention } from "../catalogue/index.ts";
import { findContract } from "../contracts/index.ts";
import { notificationItems, outboxPut } from "../notifications/index.ts";
import { now } from "../platform/clock.ts";
import { idempotentHandler } from "../platform/http/idempotent-handler.ts";
import { invalid, notFound, ruleBroken } from "../platform/http/problems.ts";
import { changeReferral, providerMaySee } from "./access.ts";
import { withUniqueReference } from "./reference.ts";
import { listCaseworkers } from "./caseworkers.ts";
import { referenceTaken, sendItems } from "./repository.ts";
import { sendReferralRoute } from "./routes.ts";
import { crnOf, findRestriction, personLinkPut } from "./restriction-items.ts";
import { sectionContext, type StoredReferral } from "./stored.ts";

/** Every unfinished or wrong answer, named `section.field`, in task-list order. */
const incomplete = (r: StoredReferral) =>
  sectionIds.flatMap((section) => {
    const result = checkSection(section, r.answers[section] ?? {}, sectionContext(r, now()), true);
    return result.ok
      ? []
      : result.errors.map((e) => ({
          path: `${section}.${e.path}`,
          message: `${sectionTitles[section]}: ${e.message}`,
        }));
  });

/**
 * Sends the officer's complete draft: a unique reference (a conditional write claims it; a taken one
 * is retried with another), the SLA clocks start from now, and the provider gets an in-app notification
 * and an e-mail in the outbox — all in one transaction. The route is idempotent on Idempotency-Key.
 */
export const handler = idempotentHandler(sendReferralRoute, async ({ principal, params, body }) => {
  let caseworkerEmails: string[] = [];
  const send = (reference: string) =>
    changeReferral({
      principal,
      referralId: params.referralId,
      version: body.version,
      event: "send",
      check: (r) => {
        if (r.officer.userId !== principal.userId) throw notFound("We could not find that referral.");
        const errors = incomplete(r);
        if (errors.length) throw invalid(errors, "Complete every section before you send the referral.");
      },
      update: async (r, at) => {
        const intervention = await findIntervention(r.interventionId);
        if (!intervention || !isLive(intervention, londonDate(now())))
          throw ruleBroken(
            "This intervention is no longer taking referrals. Choose another from the catalogue.",
          );
        caseworkerEmails = (await listCaseworkers(r.organisationId)).map((c) => c.email);
        // The price the provider is paid for the referral's tier, re-evaluated when the tier is amended.
        const contract = await findContract(r.contractId);
        const price = contract?.interventions.find((i) => i.tierId === r.tierId)?.pricePerReferralPence;
        // A restricted person's new referral is restricted from the moment it exists for anyone else.
        const restriction = await findRestriction(crnOf(r) ?? "");
        return {
          ...r,
          ...(restriction ? { restriction } : {}),
          status: "sent",
          reference,
          sentAt: at,
          ...(price !== undefined ? { pricePerReferralPence: price } : {}),
          ...(r.officerEmail ? { officerContact: { email: r.officerEmail } } : {}),
        };
      },
      audit: () => ({ action: "referral-sent", details: { reference } }),
      extra: (_r, next) => {
        const person = next.answers.person ?? {};
        const told = providerMaySee(next);
        return [
          ...sendItems(
            next,
            { first: String(person.firstName ?? ""), last: String(person.lastName ?? "") },
            String(person.crn ?? ""),
          ),
          personLinkPut(String(person.crn ?? ""), next.id),
          // Nobody the restriction leaves out hears of it, not even that it exists.
          ...(told
            ? [
                ...notificationItems(
                  { organisationId: next.organisationId },
                  {
                    title: `New referral ${reference}`,
                    body: `${next.officer.name} sent a referral to ${next.interventionTitle}. First contact is due within 2 working days.`,
                    href: `/provider/referrals/${next.id}`,
                  },
                ),
                outboxPut({
                  to: caseworkerEmails,
                  subject: `New referral ${reference}`,
                  body: `A new referral (${reference}) has been sent to ${next.organisationName} for ${next.interventionTitle}. Sign in to the Dynamic Framework Portal to read it.`,
                }),
              ]
            : []),
        ];
      },
    });
  // Capacity used is counted from the table's stream with the dashboards (performance/aggregate-changes).
  return withUniqueReference(send, referenceTaken);
});
