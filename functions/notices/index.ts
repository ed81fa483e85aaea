/** The notices context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
import {
  type ContractChangeFacts,
  type ContractPerformanceFacts,
  type ContractTerminationFacts,
  draftContractChange,
  draftContractPerformance,
  draftContractTermination,
} from "#shared/notices/contract-drafts.ts";
import type { DraftedNotice } from "#shared/notices/draft.ts";
import type { Notice } from "#shared/notices/notice.ts";
import { newDraft } from "./drafts.ts";
import { noticePut, publicNotice, writeAll } from "./repository.ts";

/** What contract management hands over to have a notice drafted. */
export type ContractNoticeRequest =
  | { kind: "contractChange"; ocid: string; facts: ContractChangeFacts }
  | { kind: "contractPerformance"; ocid: string; facts: ContractPerformanceFacts }
  | { kind: "contractTermination"; ocid: string; facts: ContractTerminationFacts };

/**
 * Drafts a contract change, performance or termination notice from contract management's facts (pure:
 * nothing is stored). The ocid is the procurement's (`ocidOf(prefix, opportunityId)`); it must match.
 */
export const draftNotice = (request: ContractNoticeRequest): DraftedNotice => {
  switch (request.kind) {
    case "contractChange":
      return draftContractChange(request.facts);
    case "contractPerformance":
      return draftContractPerformance(request.facts);
    case "contractTermination":
      return draftContractTermination(request.facts);
  }
};

/** Stores a drafted notice for a commissioner to review and publish (from the procurement's notices page). */
export const saveDraftNotice = async (drafted: DraftedNotice, createdBy: string): Promise<Notice> => {
  const draft = newDraft(drafted, createdBy);
  await writeAll([noticePut(draft, 0)]);
  return publicNotice(draft);
};

export { ocidPrefix } from "./config.ts";
