import type { DraftedNotice } from "#shared/notices/draft.ts";
import {
  currentScope,
  draftDynamicMarketCessation,
  draftDynamicMarketEstablishment,
  draftDynamicMarketModification,
  scopeBasis,
  scopeOf,
} from "#shared/notices/market-drafts.ts";
import type { NoticeKind } from "#shared/notices/notice.ts";
import { cessationView, findCessation } from "../framework/index.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import { cessationBasis, type MarketRecord, recordedScope } from "./market-due.ts";
import type { StoredNotice } from "./repository.ts";

/** The dynamic market's record now: its announced end (from the framework context) and its scope. */
export const marketRecord = async (): Promise<MarketRecord> => {
  const stored = await findCessation();
  return {
    status: cessationView(stored).status,
    cessation: stored,
    scopeBasis: scopeBasis(currentScope()),
  };
};

/**
 * The portal's draft of one of the market's notices from its record; `original` is the notice a
 * correction re-drafts (a modification is then measured from the scope recorded before it).
 */
export const draftMarketNotice = (
  kind: NoticeKind,
  notices: StoredNotice[],
  market: MarketRecord,
  original?: StoredNotice,
): { drafted: DraftedNotice; basis: string } => {
  const scope = currentScope();
  if (kind === "dynamicMarketModification") {
    const before = recordedScope(notices, market.scopeBasis, original) ?? market.scopeBasis;
    return {
      drafted: draftDynamicMarketModification(scopeOf(before) ?? scope, scope),
      basis: market.scopeBasis,
    };
  }
  if (kind === "dynamicMarketCessation") {
    if (!market.cessation) {
      throw ruleBroken(
        "The end of the dynamic market has been withdrawn: there is no cessation to draft from.",
      );
    }
    return {
      drafted: draftDynamicMarketCessation(market.cessation, scope),
      basis: cessationBasis(market.cessation),
    };
  }
  if (kind === "dynamicMarketEstablishment") {
    return { drafted: draftDynamicMarketEstablishment(), basis: market.scopeBasis };
  }
  throw ruleBroken("This kind of notice is not one of the dynamic market's.");
};
