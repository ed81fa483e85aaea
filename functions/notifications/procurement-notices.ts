import type { Application } from "#shared/framework/application.ts";
import { admittedOrganisationIndex, type OrganisationStanding, readProfile } from "../accounts/index.ts";
import type { StoredQuestion } from "../clarifications/index.ts";
import { findOpportunity, isEligible, type StoredOpportunity } from "../opportunities/index.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { type ItemChange, streamHandler } from "../platform/jobs/stream-handler.ts";
import { addedToPanel, answerPublished, applicationDecided } from "./procurement-templates.ts";
import { noticeOf } from "./items.ts";
import { organisationEmails } from "./recipients.ts";
import { notifyOnce } from "./repository.ts";

type Image = Record<string, unknown> | undefined;

/**
 * Organisations that may read the opportunity's answers: the same rule as the opportunity itself
 * (`isEligible`, on the organisation's profile), read through the admitted organisations' index partition
 * (a Query) so organisations admitted by any route, the seed's included, are told.
 */
const eligibleOrganisations = async (opportunity: Pick<StoredOpportunity, "needAreaId" | "regionIds">) => {
  const found: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<OrganisationStanding>({
      index: "gsi1",
      partition: admittedOrganisationIndex("").gsi1pk,
      limit: 100,
      cursor,
    });
    for (const organisation of page.items)
      if (isEligible(organisation, opportunity)) found.push(organisation.id);
    cursor = page.nextCursor;
  } while (cursor);
  return found;
};

/** An application has just been admitted or rejected: tell the applying organisation. */
const applicationNotice = async (next: Partial<Application>, before: Partial<Application> | undefined) => {
  if (next.status !== "admitted" && next.status !== "rejected") return;
  if (before?.status === next.status || !next.organisationId) return;
  const told = applicationDecided(next.status === "admitted");
  await notifyOnce(
    noticeOf.applicationDecided({ id: next.id, status: next.status }),
    { organisationId: next.organisationId },
    told.notification,
    told.email(await organisationEmails(next.organisationId, "bids")),
  );
};

/** A commissioner has just been added to a panel (a new membership item): tell them. */
const panelNotice = async (next: Record<string, unknown>, before: Image) => {
  if (before) return;
  const userId = String(next.userId ?? "");
  const opportunityId = String(next.opportunityId ?? "");
  if (!userId || !opportunityId) return;
  const told = addedToPanel({ id: opportunityId, title: String(next.opportunityTitle ?? "a competition") });
  const email = (await readProfile(userId, undefined)).user?.email;
  await notifyOnce(
    noticeOf.addedToPanel({ opportunityId, userId, assignedAt: String(next.assignedAt ?? "") }),
    { userId },
    told.notification,
    told.email(email ? [email] : []),
  );
};

/** An answer has just been published (or republished): tell every eligible provider but the asker. */
const answerNotice = async (next: Partial<StoredQuestion>, before: Partial<StoredQuestion> | undefined) => {
  if (next.status !== "published" || !next.answeredAt || before?.answeredAt === next.answeredAt) return;
  const opportunity = next.opportunityId ? await findOpportunity(next.opportunityId) : undefined;
  if (!opportunity) return;
  const told = answerPublished({ id: opportunity.id, title: opportunity.title });
  const organisations = await eligibleOrganisations(opportunity);
  for (const organisationId of organisations) {
    // The asker is told by the answer itself (clarificationAnswered), in the same transaction.
    if (organisationId === next.askedByOrganisationId) continue;
    await notifyOnce(
      noticeOf.answerPublished({ id: next.id, answeredAt: next.answeredAt, organisationId }),
      { organisationId },
      told.notification,
      told.email(await organisationEmails(organisationId, "bids")),
    );
  }
};

/**
 * Procurement notices no request writes itself: an application decided, an evaluator added to a
 * panel, an answer published (a fan-out to every eligible provider, unbounded, so not in the answer's
 * transaction). Keyed on the item types; a marker per notice makes a redelivered change notify once.
 */
export const procurementNotice = async (change: ItemChange): Promise<void> => {
  const next = change.newImage;
  if (!next) return;
  const before = change.oldImage;
  if (next.type === "framework-application")
    await applicationNotice(next as Partial<Application>, before as Partial<Application> | undefined);
  else if (next.type === "panel-membership") await panelNotice(next, before);
  else if (next.type === "clarification")
    await answerNotice(next as Partial<StoredQuestion>, before as Partial<StoredQuestion> | undefined);
};

export const handler = streamHandler(procurementNotice, "procurementNotices");
