import { queryPage } from "../platform/data/query-page.ts";
import { membershipKind } from "../platform/data/shared-items.ts";
import { referralKind } from "./items.ts";

export interface Caseworker {
  userId: string;
  name: string;
  email: string;
}

/**
 * The members of an organisation holding the caseworker role: the people referrals can be assigned
 * to (ADR 0025). Members are a handful; one page of the organisation's member list.
 */
export const listCaseworkers = async (organisationId: string): Promise<Caseworker[]> => {
  const result = await queryPage<Caseworker & { roles?: string[] }>({
    index: "gsi1",
    partition: membershipKind.gsi1.pk({ organisationId }),
    limit: 100,
  });
  return result.items
    .filter((m) => m.roles?.includes("caseworker"))
    .map(({ userId, name, email }) => ({ userId, name, email }));
};

/** The open referrals assigned to a caseworker (reference and id): what must be reassigned before they leave. */
export const listOpenCases = async (
  userId: string,
): Promise<{ referralId: string; reference?: string }[]> => {
  const found: { referralId: string; reference?: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<{ id: string; reference?: string }>({
      index: "gsi3",
      partition: referralKind.gsi3.pk({ caseworker: { userId }, phase: "open" }),
      limit: 100,
      cursor,
    });
    found.push(
      ...page.items.map((r) => ({ referralId: r.id, ...(r.reference ? { reference: r.reference } : {}) })),
    );
    cursor = page.nextCursor;
  } while (cursor);
  return found;
};
