import type { ContractChange } from "#shared/contracts/change.ts";
import { ocidOf } from "#shared/notices/releases.ts";
import { findContract } from "../contracts/index.ts";
import { now } from "../platform/clock.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { logger } from "../platform/observability/logger.ts";
import { type ItemChange, streamHandler } from "../platform/jobs/stream-handler.ts";
import { changeNoticePercent, ocidPrefix } from "./config.ts";
import {
  changeRequest,
  contractIdOf,
  performanceRequest,
  sourceOf,
  terminationRequest,
} from "./contract-facts.ts";
import { newDraft } from "./drafts.ts";
import { draftNotice } from "./index.ts";
import { noticeSourceKind } from "./items.ts";
import { noticePut } from "./repository.ts";

/** Who drafts notices from contract management: the portal itself, for a commissioner to review. */
const portal = "portal";

/**
 * Drafts the contract change (above the threshold), termination and performance notice each contract
 * management event calls for. The draft and a marker of its source are written together, the marker
 * only if new: a redelivered change finds it and drafts nothing.
 */
export const draftFromContractManagement = async (change: ItemChange): Promise<void> => {
  const contractId = contractIdOf(change);
  const item = change.newImage;
  if (!contractId || !item) return;
  const contract = await findContract(contractId);
  if (!contract) return;
  const ocid = ocidOf(ocidPrefix(), contract.opportunityId);
  const request =
    item.type === "contract"
      ? terminationRequest(contract, ocid)
      : item.type === "contract-change"
        ? changeRequest(item as unknown as ContractChange, contract, ocid, changeNoticePercent())
        : performanceRequest(item, contract, ocid);
  if (!request) {
    if (item.type === "contract-rating") {
      // A rating not of the agreed shape: retrying would never succeed, so say so and move on.
      logger.warn("Confirmed rating not of the expected shape; no performance notice drafted", {
        contractId,
      });
    }
    return;
  }
  const source = sourceOf(item);
  const draft = newDraft(draftNotice(request), portal);
  const marker = { source, noticeId: draft.id, at: now().toISOString() };
  try {
    await transact([
      noticePut(draft, 0),
      {
        Put: {
          TableName: tableName(),
          Item: noticeSourceKind.item(marker, marker),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    ]);
  } catch (error) {
    if (failedConditions(error)) return; // Drafted on an earlier delivery.
    throw error;
  }
};

/** The stream consumer that drafts notices from contract management (job `contractNotices`). */
export const handler = streamHandler(draftFromContractManagement, "contractNotices");
