import { BatchGetCommand } from "@aws-sdk/lib-dynamodb";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { maySeeContract } from "./access.ts";
import { contractKeys } from "./items.ts";
import { findContract } from "./repository.ts";
import { getContractCapacityRoute } from "./routes.ts";

// Here, not in repository.ts: the repository reaches other contexts' bundles through index.ts.
/** The referrals counted this year against each of a contract's interventions, in one BatchGet. */
export const interventionReferralCounts = async (
  interventionIds: string[],
  year: string,
): Promise<Map<string, number>> => {
  const found = new Map<string, number>(interventionIds.map((id) => [id, 0]));
  if (!interventionIds.length) return found;
  const Keys = interventionIds.map((id) => contractKeys.referralCount(id, year));
  const result = await db().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys } } }));
  for (const item of result.Responses?.[tableName()] ?? []) {
    const id = interventionIds.find((i) => contractKeys.referralCount(i, year).pk === item.pk);
    if (id) found.set(id, Number(item.count ?? 0));
  }
  return found;
};

/**
 * A contract's capacity and the places used this year: the same per-intervention counts the catalogue
 * reads (kept from the stream, ADR 0017), so both parties and officers see one figure.
 */
export const handler = httpHandler(getContractCapacityRoute, async ({ principal, params }) => {
  const contract = await findContract(params.contractId);
  if (!contract || !maySeeContract(principal, contract)) throw notFound();
  const year = londonDate(now()).slice(0, 4);
  const counts = await interventionReferralCounts(
    contract.interventions.map((i) => i.id),
    year,
  );
  const interventions = contract.interventions.map((i) => ({
    interventionId: i.id,
    tierId: i.tierId,
    title: i.title,
    capacityPerYear: i.capacityPerYear,
    used: counts.get(i.id) ?? 0,
  }));
  return {
    year,
    capacityPerYear: interventions.reduce((sum, i) => sum + i.capacityPerYear, 0),
    used: interventions.reduce((sum, i) => sum + i.used, 0),
    interventions,
  };
});
