import { newDraft } from "#functions/notices/drafts.ts";
import { noticeKind } from "#functions/notices/items.ts";
import { registerEntryPuts } from "#functions/notices/register.ts";
import type { StoredNotice } from "#functions/notices/repository.ts";
import { type StoredOpportunity, withStatus } from "#functions/opportunities/repository.ts";
import {
  draftCompetitionNotice,
  draftDynamicMarketEstablishment,
} from "#shared/notices/competition-drafts.ts";
import type { DraftedNotice } from "#shared/notices/draft.ts";
import { publishedRelease } from "#shared/notices/releases.ts";
import { tenderBasis } from "#functions/notices/due.ts";

/** A drafted notice as published by a commissioner at `publishedAt`. */
const published = (drafted: DraftedNotice, publishedAt: string, by: string, basis?: string): StoredNotice => {
  const draft = newDraft(drafted, by, basis ? { basis } : {});
  const id = `01JDEMONOTICE${drafted.kind.toUpperCase().slice(0, 13)}`;
  return {
    ...draft,
    id,
    createdAt: publishedAt,
    status: "published",
    publishedAt,
    publishedBy: by,
    version: 2,
    release: publishedRelease({
      ocid: draft.ocid,
      noticeId: id,
      publishedAt,
      tag: draft.tag,
      textAt: draft.textAt,
      description: draft.description,
      sections: draft.sections,
    }),
  };
};

/**
 * The seeded procurements' notices, published, so the public register and the feed are not empty on
 * first start: the dynamic market's establishment notice and the open London competition's tender notice.
 */
export const demoNoticeItems = (seededAt: Date, open: StoredOpportunity): Record<string, unknown>[] => {
  const market = published(
    draftDynamicMarketEstablishment(),
    new Date(seededAt.getTime() - 30 * 86_400_000).toISOString(),
    "user-commissioner-london",
  );
  const tender = published(
    draftCompetitionNotice("tender", {
      opportunity: withStatus(open),
      enquiries: [],
      contracts: [],
      now: seededAt,
      packageUri: "urn:seed",
    }),
    open.publishedAt!,
    "user-commissioner-london",
    tenderBasis(open),
  );
  return [market, tender].flatMap((n) => [
    noticeKind.item(n, n),
    ...registerEntryPuts(n).map((put) => put.Put!.Item as Record<string, unknown>),
  ]);
};
