import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { commissionerDirectoryKind, staffMemberKind } from "./items.ts";
import { accountKeys, commissionerDirectoryItems } from "./repository.ts";
import { type StaffMember, staffItems } from "./staff.ts";

/** A staff member's record, read strongly, or undefined. */
export const findStaff = async (userId: string): Promise<StaffMember | undefined> => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: staffMemberKind.key({ userId }), ConsistentRead: true }),
  );
  return result.Item ? withoutKeys<StaffMember>(result.Item) : undefined;
};

/** Every staff member by name (pages through the staff list). */
export const listStaff = async (): Promise<StaffMember[]> => {
  const found: StaffMember[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      index: "gsi1",
      partition: staffMemberKind.gsi1.pk(),
      limit: 100,
      cursor,
    });
    found.push(...page.items.map((i) => withoutKeys<StaffMember>(i)));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
};

/** Deletes a commissioner's directory entries, except for the regions in `keep`. */
const directoryDeletes = (s: StaffMember, keep: readonly string[] = []): TransactItem[] =>
  s.role === "commissioner"
    ? s.regions
        .filter((regionId) => !keep.includes(regionId))
        .map((regionId) => ({
          Delete: {
            TableName: tableName(),
            Key: commissionerDirectoryKind.key({ userId: s.userId, regionId }),
          },
        }))
    : [];

/**
 * Moves a staff member (regions, PDU, framework-admin flag): their record (if unchanged since read),
 * their profile and the commissioner directory change together. An officer's referrals stay theirs.
 */
export const staffChangeItems = (before: StaffMember, after: StaffMember): TransactItem[] => [
  {
    Put: {
      TableName: tableName(),
      Item: staffItems(after)[0]!,
      ConditionExpression: "version = :version",
      ExpressionAttributeValues: { ":version": before.version },
    },
  },
  {
    Update: {
      TableName: tableName(),
      Key: accountKeys.user(after.userId),
      UpdateExpression: after.pdu
        ? "SET regions = :regions, frameworkAdmin = :admin, pdu = :pdu"
        : "SET regions = :regions, frameworkAdmin = :admin REMOVE pdu",
      ExpressionAttributeValues: {
        ":regions": after.regions,
        ":admin": after.frameworkAdmin,
        ...(after.pdu ? { ":pdu": after.pdu } : {}),
      },
    },
  },
  // A region kept is overwritten by its Put; one transaction may not both delete and put a key.
  ...directoryDeletes(before, after.role === "commissioner" ? after.regions : []),
  ...(after.role === "commissioner"
    ? commissionerDirectoryItems({ id: after.userId, name: after.name, regions: after.regions }).map(
        (Item): TransactItem => ({ Put: { TableName: tableName(), Item } }),
      )
    : []),
];

/** Removes a staff member's record and directory entries (if unchanged since read). */
export const staffRemoveItems = (s: StaffMember): TransactItem[] => [
  {
    Delete: {
      TableName: tableName(),
      Key: staffMemberKind.key(s),
      ConditionExpression: "version = :version",
      ExpressionAttributeValues: { ":version": s.version },
    },
  },
  ...directoryDeletes(s),
];
