import { BatchGetCommand, GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Me, OrganisationSummary } from "#shared/accounts/me.ts";
import { db, tableName } from "../platform/data/dynamo.ts";

/** Key shapes of user and organisation profiles: only this module knows them. */
export const accountKeys = {
  user: (userId: string) => ({ pk: `USER#${userId}`, sk: "PROFILE" }),
  organisation: (organisationId: string) => ({ pk: `ORG#${organisationId}`, sk: "PROFILE" }),
};

export type UserProfile = Me["user"] & { organisationId?: string };

/** Reads a user's profile and their organisation's in one round trip. */
export const readProfile = async (
  userId: string,
  organisationId: string | undefined,
): Promise<{ user?: UserProfile; organisation?: OrganisationSummary }> => {
  const keys = [
    accountKeys.user(userId),
    ...(organisationId ? [accountKeys.organisation(organisationId)] : []),
  ];
  const result = await db().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keys } } }));
  const items = result.Responses?.[tableName()] ?? [];
  const user = items.find((i) => i.pk === keys[0]?.pk) as UserProfile | undefined;
  const organisation = items.find((i) => i.pk.startsWith("ORG#")) as OrganisationSummary | undefined;
  return { user, organisation };
};

/** A provider organisation's framework standing: what it was admitted for. */
export interface OrganisationStanding {
  id: string;
  name: string;
  frameworkStatus: OrganisationSummary["frameworkStatus"];
  needAreaIds: string[];
  regionIds: string[];
}

/** Reads an organisation's profile, or undefined. */
export const findOrganisation = async (organisationId: string): Promise<OrganisationStanding | undefined> => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: accountKeys.organisation(organisationId) }),
  );
  return result.Item as OrganisationStanding | undefined;
};
