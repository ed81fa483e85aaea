import type { Principal } from "#shared/auth/principal.ts";
import { isOpen } from "#shared/referrals/status.ts";
import { auditPut } from "../platform/data/audit.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { referralKind, searchTermKind, searchTermOf } from "./items.ts";
import { normaliseName, referralItem } from "./repository.ts";
import type { StoredReferral } from "./stored.ts";

/**
 * The open referrals sent under one contract: a Query of its provider's open inbox (gsi2
 * `ORG#<org>#REFERRALS#open`) filtered by contract, so no table is scanned; an inbox holds hundreds.
 */
export const listContractReferrals = async (
  organisationId: string,
  contractId: string,
): Promise<StoredReferral[]> => {
  const found: StoredReferral[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      index: "gsi2",
      partition: referralKind.gsi2.pk({ organisationId, phase: "open" }),
      filter: "#contract = :contract",
      names: { "#contract": "contractId" },
      values: { ":contract": contractId },
      limit: 100,
      cursor,
    });
    found.push(...page.items.map((i) => withoutKeys<StoredReferral>(i)));
    cursor = page.nextCursor;
  } while (cursor);
  return found.filter((r) => isOpen(r.status));
};

/** The new home of a transferred referral: another contract's intervention for the same tier. */
export interface TransferTo {
  contractId: string;
  contractReference: string;
  interventionId: string;
  interventionTitle: string;
  organisationId: string;
  organisationName: string;
  pricePerReferralPence: number;
}

/** The terms a provider searches a referral by (ADR 0008), as the send wrote them. */
const termsOf = (r: StoredReferral): string[] => {
  const person = (r.answers.person ?? {}) as { firstName?: unknown; lastName?: unknown; crn?: unknown };
  const first = typeof person.firstName === "string" ? person.firstName : "";
  const last = typeof person.lastName === "string" ? person.lastName : "";
  return [
    ...(r.reference ? [searchTermOf.reference(r.reference)] : []),
    ...(typeof person.crn === "string" ? [searchTermOf.crn(person.crn)] : []),
    ...(first && last
      ? [
          searchTermOf.name(normaliseName(`${last} ${first}`)),
          searchTermOf.name(normaliseName(`${first} ${last}`)),
        ]
      : []),
  ];
};

/**
 * The transaction items that move an open referral to another contract's provider (issue 18 item 5).
 * It keeps its id, so its timeline and case notes (in its own partition) come with it; the old
 * provider's caseworker is let go and the search terms move to the new provider. The put is
 * conditional on the version and contract seen, so a referral changed or moved meanwhile is a 409.
 * The caller tells the officer and both providers (notifications import this context, so not here).
 */
export const transferReferralItems = (
  actor: Principal,
  r: StoredReferral,
  to: TransferTo,
  fromContractReference: string,
  at: string,
): TransactItem[] => {
  const { caseworker: _dropped, ...rest } = r;
  const next: StoredReferral = {
    ...rest,
    contractId: to.contractId,
    interventionId: to.interventionId,
    interventionTitle: to.interventionTitle,
    organisationId: to.organisationId,
    organisationName: to.organisationName,
    pricePerReferralPence: to.pricePerReferralPence,
    updatedAt: at,
    version: r.version + 1,
  };
  // The search terms are filed by provider: a move to another contract of the same provider leaves them
  // where they are (a Delete and a Put of one key in one transaction is refused).
  const terms = to.organisationId === r.organisationId ? [] : termsOf(r);
  return [
    {
      Put: {
        TableName: tableName(),
        Item: referralItem(next),
        ConditionExpression: "version = :version AND contractId = :contract",
        ExpressionAttributeValues: { ":version": r.version, ":contract": r.contractId },
      },
    },
    ...terms.map((term) => ({
      Delete: {
        TableName: tableName(),
        Key: searchTermKind.key({ organisationId: r.organisationId, term, referralId: r.id }),
      },
    })),
    ...terms.map((term) => ({
      Put: {
        TableName: tableName(),
        Item: searchTermKind.item(
          { organisationId: to.organisationId, term, referralId: r.id },
          { referralId: r.id },
        ),
      },
    })),
    auditPut(actor, {
      entityType: "referral",
      entityId: r.id,
      action: "referral-transferred",
      fromState: r.contractId,
      toState: to.contractId,
      details: {
        fromContract: fromContractReference,
        toContract: to.contractReference,
        fromOrganisation: r.organisationName,
        toOrganisation: to.organisationName,
      },
    }),
  ];
};
