import { membershipStatusSchema } from "#shared/framework/membership.ts";
import { flagSupplierContracts } from "../contracts/index.ts";
import { type ItemChange, streamHandler } from "../platform/jobs/stream-handler.ts";

/**
 * A supplier suspended, removed or reinstated: its live contracts are flagged (or cleared) and the
 * commissioners of their regions told. Its contracts are unbounded, so not in the membership's own
 * transaction; each contract's flag is a conditional write, so a redelivered change tells nobody twice.
 */
export const flagContracts = async (change: ItemChange): Promise<void> => {
  const next = change.newImage;
  if (!next || change.oldImage || next.type !== "framework-membership-change") return;
  const status = membershipStatusSchema.safeParse(next.status);
  if (!status.success || typeof next.organisationId !== "string") return;
  await flagSupplierContracts(next.organisationId, status.data);
};

export const handler = streamHandler(flagContracts, "membershipContractFlags");
