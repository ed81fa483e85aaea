import { BatchGetCommand, GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Me, OrganisationSummary } from "#shared/accounts/me.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { commissionerDirectoryKind, organisationProfileKind, userProfileKind } from "./items.ts";

/** Keys of user and organisation profiles (declared in ./items.ts). */
export const accountKeys = {
  user: (userId: string) => userProfileKind.key({ userId }),
  organisation: (organisationId: string) => organisationProfileKind.key({ organisationId }),
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
  const organisation = items.find((i) => i.pk === keys[1]?.pk) as OrganisationSummary | undefined;
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

/**
 * The index entry an admitted organisation's profile carries, so "which organisations are on the
 * framework" is a Query (to spot one named in a clarification question), never a Scan.
 */
export const admittedOrganisationIndex = (name: string) => ({
  gsi1pk: organisationProfileKind.gsi1.pk(),
  gsi1sk: organisationProfileKind.gsi1.sk({ name }),
});

/** The names of every organisation admitted to the framework (one index partition, paged). */
export const listAdmittedOrganisationNames = async (): Promise<string[]> => {
  const names: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<{ name?: string }>({
      index: "gsi1",
      partition: admittedOrganisationIndex("").gsi1pk,
      limit: 500,
      cursor,
    });
    names.push(...page.items.flatMap((o) => (o.name ? [o.name] : [])));
    cursor = page.nextCursor;
  } while (cursor);
  return names;
};

/** One page of the organisations admitted to the framework, by name (one index partition). */
export const listAdmittedOrganisations = async (limit: number, cursor: string | undefined) =>
  queryPage<OrganisationStanding & { membership?: unknown }>({
    index: "gsi1",
    partition: admittedOrganisationIndex("").gsi1pk,
    limit,
    cursor,
  });

/**
 * The commissioner directory: one entry per commissioner per region they cover, so "who can sit on a
 * panel for this region" is a Query. Written wherever commissioner profiles are written (the seed locally).
 */
export const commissionerDirectoryItems = (user: {
  id: string;
  name: string;
  jobTitle?: string;
  regions: readonly string[];
}): Record<string, unknown>[] =>
  user.regions.map((regionId) =>
    commissionerDirectoryKind.item(
      { userId: user.id, name: user.name, regionId },
      { userId: user.id, name: user.name, ...(user.jobTitle ? { jobTitle: user.jobTitle } : {}), regionId },
    ),
  );

/** A commissioner as the directory lists them. */
export interface CommissionerEntry {
  userId: string;
  name: string;
  jobTitle?: string;
}

/** Commissioners covering a region, by name: pages through the region's directory partition. */
export const listCommissioners = async (regionId: string): Promise<CommissionerEntry[]> => {
  const found: CommissionerEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<CommissionerEntry>({
      index: "gsi1",
      partition: commissionerDirectoryKind.gsi1.pk({ regionId }),
      limit: 100,
      cursor,
    });
    found.push(
      ...page.items.map((i) => ({
        userId: i.userId,
        name: i.name,
        ...(i.jobTitle ? { jobTitle: i.jobTitle } : {}),
      })),
    );
    cursor = page.nextCursor;
  } while (cursor);
  return found;
};
