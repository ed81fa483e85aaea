import { ulid } from "ulid";
import { draftCompetitionNotice } from "#shared/notices/competition-drafts.ts";
import type { DraftedNotice } from "#shared/notices/draft.ts";
import { frameworkProcurementId, type NoticeKind, noticeKindNames } from "#shared/notices/notice.ts";
import { ocidOf } from "#shared/notices/releases.ts";
import type { StoredOpportunity } from "../opportunities/index.ts";
import { now } from "../platform/clock.ts";
import { competitionOcdsInput } from "../transparency/index.ts";
import { ocidPrefix } from "./config.ts";
import { tenderBasis } from "./due.ts";
import type { StoredNotice } from "./repository.ts";

/** The portal's draft of `kind` from a competition's record as it stands now. */
export const draftFromRecord = async (
  kind: NoticeKind,
  opportunity: StoredOpportunity,
): Promise<DraftedNotice> => {
  const input = await competitionOcdsInput(opportunity, `urn:procurement:${opportunity.id}`);
  if (
    kind === "tender" ||
    kind === "tenderChange" ||
    kind === "contractAward" ||
    kind === "contractDetails" ||
    kind === "procurementTermination"
  ) {
    return draftCompetitionNotice(kind, input);
  }
  // Contract management drafts its own notices through index.ts; a competition page never asks for them.
  throw new Error(`${kind} notices are drafted from contract management`);
};

/** A new draft notice item from what the portal drafted. */
export const newDraft = (
  drafted: DraftedNotice,
  createdBy: string,
  extra: { corrects?: string; basis?: string } = {},
): StoredNotice => {
  const at = now();
  return {
    id: ulid(at.getTime()),
    procurementId: drafted.procurementId,
    procurementTitle: drafted.procurementTitle,
    ocid: ocidOf(ocidPrefix(), drafted.procurementId),
    kind: drafted.kind,
    kindName: noticeKindNames[drafted.kind],
    status: "draft",
    facts: drafted.facts,
    description: drafted.description,
    ...(drafted.needAreaId ? { needAreaId: drafted.needAreaId } : {}),
    regionIds: drafted.regionIds,
    ...(extra.corrects ? { corrects: extra.corrects } : {}),
    ...(extra.basis ? { basis: extra.basis } : {}),
    createdAt: at.toISOString(),
    version: 1,
    tag: extra.corrects ? drafted.correctionTag : drafted.tag,
    textAt: drafted.textAt,
    sections: drafted.release,
    createdBy,
  };
};

/** What a tender notice remembers of the deadlines it was drafted from. */
export const basisOf = (kind: NoticeKind, opportunity: StoredOpportunity | undefined) =>
  opportunity && (kind === "tender" || kind === "tenderChange") ? { basis: tenderBasis(opportunity) } : {};

/** Whether a procurement id names the dynamic market itself. */
export const isFramework = (procurementId: string) => procurementId === frameworkProcurementId;
