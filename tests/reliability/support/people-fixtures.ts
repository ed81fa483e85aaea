import { invitationKind, staffMemberKind } from "#functions/accounts/items.ts";
import { membershipKind } from "#functions/platform/data/shared-items.ts";
import { accept, invitationLink, invite, newEmail, newMember, newOfficer } from "../../support/people.ts";
import type { Fixture } from "./principals.ts";

const owner = "user-provider-bridge";

/** A pending invitation into Bridge Housing: its id and its link's token. */
const pending = async () => {
  const email = newEmail("matrix");
  const invitation = await invite({ name: "Matrix Person", email, roles: ["caseworker"] });
  return { id: invitation.id, token: await invitationLink(email) };
};

/** Issue 16's records (fresh for each row): a Bridge Housing member, a pending invitation, its link. */
export const peopleFixtures = {
  /** A caseworker of Bridge Housing who joined by invitation. */
  member: async (): Promise<Fixture> => {
    const m = await newMember(["caseworker"], "Matrix Member");
    return {
      owner,
      params: { userId: m.userId },
      versions: {},
      partitions: [membershipKind.pk({ userId: m.userId })],
    };
  },
  /** A pending invitation into Bridge Housing. */
  invitation: async (): Promise<Fixture> => {
    const { id, token } = await pending();
    return {
      owner,
      params: { invitationId: id, token },
      versions: {},
      partitions: [invitationKind.pk({ id })],
    };
  },
  /** A responsible officer who joined by a framework administrator's invitation (Camden and Islington). */
  staffMember: async (): Promise<Fixture> => {
    const o = await newOfficer();
    return {
      owner,
      params: { userId: o.userId },
      versions: { staff: 1 },
      partitions: [staffMemberKind.pk({ userId: o.userId })],
    };
  },
  /** An invitation link already used: anyone who opens it again is told so (410). */
  usedInvitationLink: async (): Promise<Fixture> => {
    const { id, token } = await pending();
    await accept(token, "Matrix Person");
    return { owner, params: { token }, versions: {}, partitions: [invitationKind.pk({ id })] };
  },
};
