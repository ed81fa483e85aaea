import type { MarketStatus } from "#shared/framework/market-status.ts";
import { type NoticeKind, noticeKindNames } from "#shared/notices/notice.ts";
import type { StoredNotice } from "./repository.ts";

/** A notice due now, and why. */
export interface DueNotice {
  kind: NoticeKind;
  kindName: string;
  reason: string;
}

/** A due notice of `kind`, named as the register names it. */
export const due = (kind: NoticeKind, reason: string): DueNotice => ({
  kind,
  kindName: noticeKindNames[kind],
  reason,
});

/** What the dynamic market's notices are drafted from: its status, announced end and scope now. */
export interface MarketRecord {
  status: MarketStatus;
  cessation?: { closesOn: string; reason: string; announcedAt: string } | undefined;
  /** The scope now, as a notice records it (`scopeBasis`). */
  scopeBasis: string;
}

/** What a cessation notice records of the announcement it was drafted from. */
export const cessationBasis = (cessation: { announcedAt: string }) => `cessation:${cessation.announcedAt}`;

const scopeKinds: NoticeKind[] = ["dynamicMarketEstablishment", "dynamicMarketModification"];

/**
 * The scope the latest published establishment or modification notice recorded (`except`: a notice and
 * its corrections left out, for re-drafting it). A notice published before scopes were recorded has no
 * basis: it counts as the scope now (ADR 0034, update of session 7).
 */
export const recordedScope = (
  notices: StoredNotice[],
  scopeNow: string,
  except?: StoredNotice,
): string | undefined => {
  const published = notices.filter(
    (n) =>
      scopeKinds.includes(n.kind) &&
      n.status === "published" &&
      (!except || (n.id !== except.id && n.corrects !== except.id && n.createdAt < except.createdAt)),
  );
  const latest = published[published.length - 1];
  return latest ? (latest.basis ?? scopeNow) : undefined;
};

/**
 * The dynamic market's notices now due: its establishment; a modification once its scope differs from
 * the scope last recorded; a cessation once its end is announced (once per announcement).
 */
export const marketDueNotices = (notices: StoredNotice[], market: MarketRecord): DueNotice[] => {
  if (!notices.some((n) => n.kind === "dynamicMarketEstablishment" && !n.corrects)) {
    return [due("dynamicMarketEstablishment", "The dynamic market has no establishment notice yet.")];
  }
  const list: DueNotice[] = [];
  const recorded = recordedScope(notices, market.scopeBasis);
  const openModification = notices.some(
    (n) => n.kind === "dynamicMarketModification" && n.status === "draft",
  );
  if (
    recorded !== undefined &&
    recorded !== market.scopeBasis &&
    !openModification &&
    market.status !== "closed"
  ) {
    list.push(
      due("dynamicMarketModification", "The need areas or regions have changed since the last notice."),
    );
  }
  const { cessation } = market;
  if (
    cessation &&
    !notices.some(
      (n) => n.kind === "dynamicMarketCessation" && !n.corrects && n.basis === cessationBasis(cessation),
    )
  ) {
    list.push(due("dynamicMarketCessation", "The end of the dynamic market has been announced."));
  }
  return list;
};
