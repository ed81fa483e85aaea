import { BatchGetCommand, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { accountKeys } from "#functions/accounts/repository.ts";
import { auditPut } from "#functions/platform/data/audit.ts";
import { contractKeys } from "#functions/contracts/items.ts";
import { evaluationStateKey } from "#functions/evaluation/repository.ts";
import { opportunityKeys } from "#functions/opportunities/repository.ts";
import { membershipRead } from "#functions/platform/http/middleware/membership.ts";
import { staffRecordRead } from "#functions/platform/http/middleware/staff.ts";
import { dashboardPartition, referralKind } from "#functions/referrals/items.ts";
import { demoTokens } from "#infra/local/oidc/password-client.ts";
import type { LocalStack } from "#infra/local/stack.ts";
import type { Principal } from "#shared/auth/principal.ts";

/** One read the portal serves, and the raw DynamoDB call(s) its handler needs, to compare the two. */
export interface ReadScenario {
  name: string;
  throughGateway: () => Promise<unknown>;
  rawDynamo: () => Promise<unknown>;
}

export const demoOpportunityId = "01JDEMOOPPLONDONACCOMM0001";

/** Signs in a demo user with the local provider's password grant (the twin of Cognito's USER_PASSWORD_AUTH). */
export const signIn = async (stack: LocalStack, userId: string): Promise<string> =>
  (await demoTokens(stack.gatewayUrl, userId)).id_token;

// The demo users the reads are made as, for the audit events their raw baselines write.
const officerPrincipal: Principal = {
  userId: "user-officer-camden",
  name: "Sam Rowe",
  role: "responsible-officer",
  regions: ["london"],
  pdu: "camden-and-islington",
  frameworkAdmin: false,
};
const providerPrincipal: Principal = {
  userId: "user-provider-bridge",
  name: "Priya Shah",
  role: "provider",
  organisationId: "org-bridge-housing",
  regions: [],
  frameworkAdmin: false,
};

/** The audit event an audited read appends, written as the handler writes it (same item, same condition). */
const auditWrite = (stack: LocalStack, actor: Principal, input: Parameters<typeof auditPut>[1]) =>
  stack.db.send(new PutCommand(auditPut(actor, input).Put!));

/**
 * The caller's own record, which the pipeline reads on every request (ADR 0025): a staff member's record
 * or a provider's membership. Each raw baseline does it too, so a ratio measures the portal's code.
 */
export const callerRead = (stack: LocalStack, userId: string) =>
  stack.db.send(
    new GetCommand(
      userId.startsWith("user-provider")
        ? membershipRead(stack.tableName, userId)
        : staffRecordRead(stack.tableName, userId),
    ),
  );

const get = async (url: string, token: string) => {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
};

/**
 * The reads measured for the overhead and scale ratios. Referral, inbox, catalogue and dashboard reads
 * join this list as those features land (issues 5 and 6).
 */
export const readScenarios = async (stack: LocalStack, referralId: string): Promise<ReadScenario[]> => {
  const provider = await signIn(stack, "user-provider-bridge");
  const commissioner = await signIn(stack, "user-commissioner-london");
  const officer = await signIn(stack, "user-officer-camden");
  const table = stack.tableName;
  return [
    {
      name: "GET one referral (officer; the read is audited)",
      throughGateway: () => get(`${stack.gatewayUrl}/api/referrals/${referralId}`, officer),
      // The handler reads the referral and appends an audit event for the read.
      rawDynamo: async () => {
        await callerRead(stack, officerPrincipal.userId);
        await stack.db.send(new GetCommand({ TableName: table, Key: referralKind.key({ id: referralId }) }));
        await auditWrite(stack, officerPrincipal, {
          entityType: "referral-access",
          entityId: referralId,
          action: "referral-viewed",
        });
      },
    },
    {
      name: "Provider inbox, first page",
      throughGateway: () => get(`${stack.gatewayUrl}/api/referrals/inbox?tab=open&limit=20`, provider),
      // The handler queries the tab, then appends one audit event naming the referrals it showed.
      rawDynamo: async () => {
        await callerRead(stack, providerPrincipal.userId);
        const page = await stack.db.send(
          new QueryCommand({
            TableName: table,
            IndexName: "gsi2",
            KeyConditionExpression: "gsi2pk = :pk",
            ExpressionAttributeValues: {
              ":pk": referralKind.gsi2.pk({ organisationId: "org-bridge-housing", phase: "open" }),
            },
            ScanIndexForward: false,
            Limit: 20,
          }),
        );
        await auditWrite(stack, providerPrincipal, {
          entityType: "referral-list",
          entityId: providerPrincipal.userId,
          action: "referral-list-viewed",
          details: {
            list: "provider-open",
            referralIds: (page.Items ?? []).map((i) => String(i.id)).join(","),
          },
        });
      },
    },
    officerDashboardScenario(stack, officer),
    catalogueScenario(stack, officer),
    {
      name: "GET one opportunity (provider)",
      throughGateway: () => get(`${stack.gatewayUrl}/api/opportunities/${demoOpportunityId}`, provider),
      // The handler reads the opportunity, then the provider's organisation to check eligibility, then
      // where its competition stands.
      rawDynamo: async () => {
        await callerRead(stack, providerPrincipal.userId);
        await stack.db.send(
          new GetCommand({ TableName: table, Key: opportunityKeys.details(demoOpportunityId) }),
        );
        await stack.db.send(
          new GetCommand({ TableName: table, Key: accountKeys.organisation("org-bridge-housing") }),
        );
        await stack.db.send(new GetCommand({ TableName: table, Key: evaluationStateKey(demoOpportunityId) }));
      },
    },
    {
      name: "Opportunities list, first page (commissioner)",
      throughGateway: () =>
        get(`${stack.gatewayUrl}/api/opportunities?region=london&status=open&limit=20`, commissioner),
      rawDynamo: async () => {
        await callerRead(stack, "user-commissioner-london");
        await stack.db.send(
          new QueryCommand({
            TableName: table,
            IndexName: "gsi1",
            KeyConditionExpression: "gsi1pk = :pk AND gsi1sk >= :now",
            ExpressionAttributeValues: {
              ":pk": opportunityKeys.regionList("london", "published"),
              ":now": new Date().toISOString(),
            },
            Limit: 20,
          }),
        );
      },
    },
  ];
};

/** Catalogue search, first page: the Camden accommodation partition, plus this year's referral counts. */
export const catalogueScenario = (stack: LocalStack, officer: string): ReadScenario => ({
  name: "Catalogue search, first page (officer)",
  throughGateway: () =>
    get(
      `${stack.gatewayUrl}/api/catalogue?needArea=accommodation&pdu=camden-and-islington&limit=20`,
      officer,
    ),
  rawDynamo: async () => {
    await callerRead(stack, "user-officer-camden");
    const page = await stack.db.send(
      new QueryCommand({
        TableName: stack.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :pk",
        ExpressionAttributeValues: {
          ":pk": contractKeys.catalogueByPdu("camden-and-islington", "accommodation"),
        },
        Limit: 20,
      }),
    );
    const year = String(new Date().getFullYear());
    const keys = (page.Items ?? []).map((i) => contractKeys.referralCount(String(i.id), year));
    if (keys.length)
      await stack.db.send(new BatchGetCommand({ RequestItems: { [stack.tableName]: { Keys: keys } } }));
  },
});

/**
 * The officers' dashboard, first page of the PDU's unassigned tab (issue 17: one Query each, checked at
 * 100,000 items): the handler's one Query on gsi4, then the audit event naming what it showed.
 */
export const officerDashboardScenario = (stack: LocalStack, officer: string): ReadScenario => ({
  name: "Officers' dashboard, first page (PDU's unassigned tab)",
  throughGateway: () => get(`${stack.gatewayUrl}/api/referrals?tab=unassigned&scope=pdu&limit=20`, officer),
  rawDynamo: async () => {
    await callerRead(stack, officerPrincipal.userId);
    const page = await stack.db.send(
      new QueryCommand({
        TableName: stack.tableName,
        IndexName: "gsi4",
        KeyConditionExpression: "gsi4pk = :pk",
        ExpressionAttributeValues: {
          ":pk": dashboardPartition.pdu("camden-and-islington", "unassigned"),
        },
        ScanIndexForward: false,
        Limit: 20,
      }),
    );
    await auditWrite(stack, officerPrincipal, {
      entityType: "referral-list",
      entityId: officerPrincipal.userId,
      action: "referral-list-viewed",
      details: {
        list: "officer-pdu-unassigned",
        referralIds: (page.Items ?? []).map((i) => String(i.id)).join(","),
      },
    });
  },
});
