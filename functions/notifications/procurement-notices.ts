import type { Application } from "#shared/framework/application.ts";
import { readProfile } from "../accounts/repository.ts";
import type { StoredQuestion } from "../clarifications/repository.ts";
import { findOpportunity } from "../opportunities/repository.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { type ItemChange, streamHandler } from "../platform/jobs/stream-handler.ts";
import { addedToPanel, answerPublished, applicationDecided } from "./procurement-templates.ts";
import { noticeOf } from "./items.ts";
import { organisationEmails } from "./recipients.ts";
import { notifyOnce } from "./repository.ts";

type Image = Record<string, unknown> | undefined;

/** Organisations admitted for the need area and a region: a Query through the admitted applications. */
const eligibleOrganisations = async (needAreaId: string, regionIds: readonly string[]) => {
  const found = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await queryPage<Application>({
      index: "gsi1",
      partition: "APPLICATIONS#admitted",
      limit: 100,
      cursor,
    });
    for (const a of page.items)
      if (a.needAreaIds.includes(needAreaId) && a.regionIds.some((r) => regionIds.includes(r)))
        found.add(a.organisationId);
    cursor = page.nextCursor;
  } while (cursor);
  return [...found];
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
    told.email(await organisationEmails(next.organisationId)),
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
  const organisations = await eligibleOrganisations(opportunity.needAreaId, opportunity.regionIds);
  for (const organisationId of organisations) {
    // The asker is told by the answer itself (clarificationAnswered), in the same transaction.
    if (organisationId === next.askedByOrganisationId) continue;
    await notifyOnce(
      noticeOf.answerPublished({ id: next.id, answeredAt: next.answeredAt, organisationId }),
      { organisationId },
      told.notification,
      told.email(await organisationEmails(organisationId)),
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
