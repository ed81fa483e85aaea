import type { Role } from "#shared/auth/roles.ts";
import { commissionerDirectoryItems } from "./repository.ts";
import { staffMemberKind } from "./items.ts";

/** A member of the probation staff as framework administrators manage them. */
export interface StaffMember {
  userId: string;
  name: string;
  email: string;
  role: Extract<Role, "commissioner" | "responsible-officer">;
  regions: string[];
  pdu?: string | undefined;
  frameworkAdmin: boolean;
  version: number;
}

/** The items a staff member is stored as: their staff record and, for a commissioner, the panel directory. */
export const staffItems = (s: StaffMember): Record<string, unknown>[] => {
  const { pdu, ...rest } = s;
  return [
    staffMemberKind.item(s, pdu ? { ...rest, pdu } : rest),
    ...(s.role === "commissioner"
      ? commissionerDirectoryItems({ id: s.userId, name: s.name, regions: s.regions })
      : []),
  ];
};
