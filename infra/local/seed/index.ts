import { BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { accountKeys, admittedOrganisationIndex } from "#functions/accounts/repository.ts";
import { bidItem } from "#functions/bids/repository.ts";
import { applicationItem } from "#functions/framework/repository.ts";
import { opportunityItems } from "#functions/opportunities/repository.ts";
import { now } from "#functions/platform/clock.ts";
import { demoApplications } from "./applications.ts";
import { demoContractManagementItems } from "./contract-management.ts";
import { demoContractReviewItems } from "./contract-reviews.ts";
import { demoUsers } from "./demo-users.ts";
import { evaluationSeedItems } from "./evaluation-users.ts";
import { demoNoticeItems } from "./notices.ts";
import { demoOpportunities } from "./opportunities.ts";
import { demoOrganisations } from "./organisations.ts";
import { demoReferralActivity } from "./demo-referrals.ts";
import { peopleItems } from "./people.ts";
import { demoReferralItems } from "./referrals.ts";

/** Every item the demo data holds, keyed the way each context's repository expects. */
const demoItems = (seededAt: Date): Record<string, unknown>[] => [
  ...demoUsers.map(({ description: _d, ...user }) => ({
    ...accountKeys.user(user.id),
    ...user,
    frameworkAdmin: user.frameworkAdmin ?? false,
  })),
  ...demoOrganisations.map((org) => ({
    ...accountKeys.organisation(org.id),
    ...org,
    ...(org.frameworkStatus === "admitted" ? admittedOrganisationIndex(org.name) : {}),
    ...(org.frameworkStatus === "applied"
      ? { pendingApplicationId: demoApplications.find((a) => a.organisationId === org.id)?.id }
      : {}),
  })),
  ...demoApplications.map(applicationItem),
  ...demoOpportunities(seededAt).opportunities.flatMap(opportunityItems),
  ...demoOpportunities(seededAt).bids.map(bidItem),
  ...demoReferralItems(seededAt),
  ...demoReferralActivity(seededAt),
  ...evaluationSeedItems(demoUsers),
  ...demoNoticeItems(
    seededAt,
    demoOpportunities(seededAt).opportunities.find((o) => o.state === "published")!,
  ),
  ...peopleItems(demoUsers, seededAt),
  ...demoContractManagementItems(seededAt),
  ...demoContractReviewItems(seededAt),
];

/** Writes the demo data (first start, `--fresh`, and every test run). */
export const seedDemoData = async (db: DynamoDBDocumentClient, tableName: string): Promise<number> => {
  const items = demoItems(now());
  for (let i = 0; i < items.length; i += 25) {
    const batch = items.slice(i, i + 25);
    await db.send(
      new BatchWriteCommand({
        RequestItems: { [tableName]: batch.map((Item) => ({ PutRequest: { Item } })) },
      }),
    );
  }
  return items.length;
};
