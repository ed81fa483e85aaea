import type { StaffMemberView } from "#shared/accounts/staff.ts";

interface Places {
  regions: readonly { id: string; name: string; pdus: readonly { id: string; name: string }[] }[];
}

/** Where a member of staff works, in words: an officer's PDU (and region), a commissioner's regions. */
export const whereText = (s: Pick<StaffMemberView, "regions" | "pdu">, places: Places): string => {
  const region = (id: string) => places.regions.find((r) => r.id === id)?.name ?? id;
  if (s.pdu) {
    const found = places.regions.flatMap((r) => r.pdus.map((p) => ({ r, p }))).find((x) => x.p.id === s.pdu);
    return found ? `${found.p.name} (${found.r.name})` : s.pdu;
  }
  return s.regions.map(region).join(", ");
};

/** A staff member's role in words, with the framework-administrator flag. */
export const staffRoleText = (s: Pick<StaffMemberView, "role" | "frameworkAdmin">): string =>
  s.role === "responsible-officer"
    ? "Responsible officer"
    : s.frameworkAdmin
      ? "Commissioner, framework administrator"
      : "Commissioner";

/** The invite form's values (as typed) → the request the API takes. */
export const inviteStaffRequest = (v: {
  name: string;
  email: string;
  role: string;
  regions: string[];
  pdu: string;
  admin: string[];
}) => ({
  name: v.name,
  email: v.email,
  role: v.role,
  regions: v.role === "commissioner" ? v.regions : [],
  ...(v.role === "responsible-officer" && v.pdu ? { pdu: v.pdu } : {}),
  frameworkAdmin: v.role === "commissioner" && v.admin.includes("yes"),
});

/** A member of staff's own page, where a framework administrator changes where they work. */
export const staffHref = (userId: string) => `/staff/${encodeURIComponent(userId)}`;

/** The change form's starting values: where the member of staff works now. */
export const changeStaffDefaults = (s: Pick<StaffMemberView, "regions" | "pdu" | "frameworkAdmin">) => ({
  regions: [...s.regions],
  pdu: s.pdu ?? "",
  admin: s.frameworkAdmin ? ["yes"] : [],
});

/**
 * The change form's values → the request the API takes: an officer's PDU (their region follows from
 * it), or a commissioner's regions and framework-administrator flag. `version` is the one the page read.
 */
export const changeStaffRequest =
  (s: Pick<StaffMemberView, "role" | "version">) =>
  (v: { regions: string[]; pdu: string; admin: string[] }) =>
    s.role === "responsible-officer"
      ? { regions: [], pdu: v.pdu, frameworkAdmin: false, version: s.version }
      : { regions: v.regions, frameworkAdmin: v.admin.includes("yes"), version: s.version };
