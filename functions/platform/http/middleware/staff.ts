import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Principal } from "#shared/auth/principal.ts";
import { db } from "../../data/dynamo.ts";
import { staffMemberKind } from "../../data/shared-items.ts";
import { unauthenticated } from "../problems.ts";

interface StoredStaff {
  role?: string;
  name?: string;
  regions?: string[];
  pdu?: string;
  frameworkAdmin?: boolean;
}

/** The one read of a staff member's record (also the bench's raw baseline, so both do the same work). */
export const staffRecordRead = (table: string, userId: string) => ({
  TableName: table,
  Key: staffMemberKind.key({ userId }),
  ProjectionExpression: "#role, #name, #regions, #pdu, #admin",
  ExpressionAttributeNames: {
    "#role": "role",
    "#name": "name",
    "#regions": "regions",
    "#pdu": "pdu",
    "#admin": "frameworkAdmin",
  },
});

/**
 * A staff member's record (commissioner or responsible officer), read afresh on every request (one
 * GetItem by user id, never cached), so a change of regions, PDU or framework-admin flag reaches the
 * next request and a removed person is refused at once, though their token still has time to run
 * (ADR 0025 "Update"). The record, not the token, says where they work and what they may do.
 */
export const withStaffRecord = async (principal: Principal): Promise<Principal> => {
  const table = process.env.TABLE_NAME;
  // Without a table (unit tests of handlers) there is nothing to read; every deployed function has one.
  if (!table || principal.role === "provider") return principal;
  const result = await db().send(new GetCommand(staffRecordRead(table, principal.userId)));
  const staff = result.Item as StoredStaff | undefined;
  // 401, not 403: the person no longer has an account here, so signing in again is the only way back.
  if (!staff || staff.role !== principal.role) {
    throw unauthenticated(
      "Your account is no longer active on the portal. If you think this is wrong, ask a framework administrator.",
    );
  }
  const { pdu: _fromToken, ...rest } = principal;
  return {
    ...rest,
    name: staff.name ?? principal.name,
    regions: staff.regions ?? [],
    ...(staff.pdu ? { pdu: staff.pdu } : {}),
    frameworkAdmin: staff.frameworkAdmin === true,
  };
};
