import type { Principal } from "#shared/auth/principal.ts";
import { amendContract } from "#shared/contracts/amend.ts";
import type { ChangeTerms, ContractChange } from "#shared/contracts/change.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import { currentTerms } from "#shared/contracts/terms.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { tableName } from "../platform/data/dynamo.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { cataloguePduEntryKind, contractKind, contractListItems, interventionItems } from "./items.ts";
import { changeDueKind, contractChangeKind, contractTermsKind } from "./management-items.ts";

/** Who a scheduled job acts as in audit trails: the portal itself. */
export const portalActor: Principal = {
  userId: "portal",
  name: "Dynamic Framework Portal",
  role: "commissioner",
  regions: [],
  frameworkAdmin: false,
};

const put = (
  Item: Record<string, unknown>,
  condition?: Omit<NonNullable<TransactItem["Put"]>, "TableName" | "Item">,
) => ({
  Put: { TableName: tableName(), Item, ...condition },
});

/** The delivery units a tier no longer covers after a change: their catalogue entries must go. */
const dropped = (i: Contract["interventions"][number], after: Contract) => {
  const now = after.interventions.find((x) => x.id === i.id)?.pduIds ?? [];
  return i.pduIds.filter((p) => !now.includes(p));
};

/**
 * Puts a contract's new state: the contract (only if its terms are still the version read, so two
 * changes applied at once cannot both win), all its list entries (status and end date), and every intervention with its
 * catalogue entries — the catalogue reads the new terms the moment this commits. A delivery unit
 * dropped by the change loses its catalogue entries.
 */
export const contractStateItems = (before: Contract, after: Contract): TransactItem[] => {
  return [
    put(contractKind.item(after, after), {
      ConditionExpression: "attribute_not_exists(termsVersion) OR termsVersion = :v",
      ExpressionAttributeValues: { ":v": before.termsVersion ?? 1 },
    }),
    ...contractListItems(after).map((item) => put(item)),
    ...after.interventions.flatMap(interventionItems).map((item) => put(item)),
    ...before.interventions.flatMap((i) =>
      dropped(i, after).map((pduId) => ({
        Delete: { TableName: tableName(), Key: cataloguePduEntryKind.key({ id: i.id, pduId }) },
      })),
    ),
  ];
};

/** Puts a change: new (nobody else made it) or from the version read (nobody else moved it since). */
export const changePut = (change: ContractChange, before: ContractChange | undefined): TransactItem =>
  put(
    contractChangeKind.item(change, change),
    before
      ? {
          ConditionExpression: "#version = :changeVersion",
          ExpressionAttributeNames: { "#version": "version" },
          ExpressionAttributeValues: { ":changeVersion": before.version },
        }
      : { ConditionExpression: "attribute_not_exists(pk)" },
  );

/** The facts a contract change notice needs, from the contract as it is and the terms agreed. */
export const noticeFacts = (
  contract: Contract,
  terms: ChangeTerms,
  effectiveDate: string,
  reason: string,
) => {
  const { facts, annualValueDeltaPence } = amendContract(contract, terms, effectiveDate);
  return { agreedTerms: terms, changes: facts, effectiveDate, reason, annualValueDeltaPence };
};

/**
 * Applies an agreed change in one transaction: the contract's terms and its live interventions in
 * the catalogue, a new version of the terms (and the awarded version, the first time), the change
 * marked applied (only from agreed at the version read), its due entry gone, and the audit event.
 */
export const applyChangeItems = (
  actor: Principal,
  contract: Contract,
  before: ContractChange | undefined,
  change: ContractChange,
  terms: ChangeTerms,
): TransactItem[] => {
  const { contract: after } = amendContract(contract, terms, change.effectiveDate);
  const version = after.termsVersion ?? 2;
  const newTerms = { ...currentTerms(after), changeId: change.id, recordedAt: now().toISOString() };
  const applied = { ...change, status: "applied" as const, appliedAt: now().toISOString() };
  return [
    ...contractStateItems(contract, after),
    ...(contract.termsVersion
      ? []
      : [
          put(contractTermsKind.item(currentTerms(contract), currentTerms(contract)), {
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        ]),
    put(contractTermsKind.item(newTerms, newTerms), { ConditionExpression: "attribute_not_exists(pk)" }),
    changePut(applied, before),
    ...(before?.status === "agreed"
      ? [
          {
            Delete: {
              TableName: tableName(),
              Key: changeDueKind.key({ effectiveDate: before.effectiveDate, changeId: before.id }),
            },
          },
        ]
      : []),
    auditPut(actor, {
      entityType: "contract",
      entityId: contract.id,
      action: "contract-change-applied",
      fromState: `terms-v${contract.termsVersion ?? 1}`,
      toState: `terms-v${version}`,
      details: { changeId: change.id, number: change.number, effectiveDate: change.effectiveDate },
    }),
  ];
};

/**
 * An agreed change, written: applied now if its date has come (terms, catalogue and change in the one
 * transaction), otherwise stored as agreed with a due entry for the daily job to apply on its date.
 */
export const agreedChangeItems = (
  actor: Principal,
  contract: Contract,
  before: ContractChange | undefined,
  agreed: ContractChange,
  today: string,
): TransactItem[] => {
  const terms = agreed.notice?.agreedTerms ?? agreed.terms;
  if (agreed.effectiveDate <= today) return applyChangeItems(actor, contract, before, agreed, terms);
  const due = { effectiveDate: agreed.effectiveDate, changeId: agreed.id, contractId: contract.id };
  return [changePut(agreed, before), put(changeDueKind.item(due, due))];
};
