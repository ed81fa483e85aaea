import { frameworkProcurementId, type NoticeKind } from "#shared/notices/notice.ts";
import type { EvaluationRecord } from "../evaluation/index.ts";
import type { StoredOpportunity } from "../opportunities/index.ts";
import { due, type DueNotice, type MarketRecord, marketDueNotices } from "./market-due.ts";
import type { StoredNotice } from "./repository.ts";

export type { DueNotice } from "./market-due.ts";

/** What a tender notice was drafted from: a later deadline extension makes a tender change notice due. */
export const tenderBasis = (o: Pick<StoredOpportunity, "submissionDeadline" | "clarificationDeadline">) =>
  `${o.submissionDeadline ?? ""}|${o.clarificationDeadline ?? ""}`;

/**
 * The notices the record says are due and not yet drafted: each point of the Procurement Act 2023 a
 * competition (or the dynamic market) has reached. Corrections are never "due"; a commissioner asks.
 */
export const dueNotices = (
  procurementId: string,
  notices: StoredNotice[],
  opportunity?: StoredOpportunity,
  record?: EvaluationRecord,
  market?: MarketRecord,
): DueNotice[] => {
  const has = (kind: NoticeKind) => notices.some((n) => n.kind === kind && !n.corrects);
  if (procurementId === frameworkProcurementId) {
    return market ? marketDueNotices(notices, market) : [];
  }
  if (!opportunity?.publishedAt) return [];
  const list: DueNotice[] = [];
  if (!has("tender")) list.push(due("tender", "The call-off competition has been published."));
  const tenderNotices = notices.filter(
    (n) => (n.kind === "tender" || n.kind === "tenderChange") && n.status === "published",
  );
  const latest = tenderNotices[tenderNotices.length - 1];
  const openChange = notices.some((n) => n.kind === "tenderChange" && n.status === "draft");
  if (
    latest &&
    !openChange &&
    latest.basis !== tenderBasis(opportunity) &&
    opportunity.state !== "cancelled"
  ) {
    list.push(due("tenderChange", "The deadlines have changed since the last tender notice."));
  }
  if (opportunity.state === "cancelled" || record?.state === "cancelled") {
    if (!has("procurementTermination")) {
      list.push(due("procurementTermination", "The competition has been cancelled."));
    }
    return list.filter((d) => d.kind === "procurementTermination");
  }
  if ((record?.state === "standstill" || record?.state === "contracted") && !has("contractAward")) {
    list.push(due("contractAward", "The contract has been awarded."));
  }
  if (record?.state === "contracted" && !has("contractDetails")) {
    list.push(due("contractDetails", "The contracts have been created."));
  }
  return list;
};
