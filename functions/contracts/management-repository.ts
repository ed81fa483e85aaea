import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Principal } from "#shared/auth/principal.ts";
import type { ContractChange } from "#shared/contracts/change.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import type { StoredIssue } from "#shared/contracts/issue.ts";
import { type ContractTerms, currentTerms } from "#shared/contracts/terms.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { conflict, notFound } from "../platform/http/problems.ts";
import { maySeeContract } from "./access.ts";
import { contractKind } from "./items.ts";
import {
  contractChangeKind,
  contractCountersKind,
  contractIssueKind,
  contractTermsKind,
} from "./management-items.ts";
import { findContract } from "./repository.ts";

/** The contract if the caller is its provider or a commissioner of its regions; otherwise 404. */
export const contractFor = async (principal: Principal, contractId: string): Promise<Contract> => {
  const contract = await findContract(contractId);
  if (!contract || !maySeeContract(principal, contract)) throw notFound("We could not find that contract.");
  return contract;
};

/** Every item of one kind in a contract's partition (bounded: a contract has tens, not thousands). */
const allOf = async <T>(contractId: string, prefix: string): Promise<T[]> => {
  const found: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      partition: contractKind.pk({ id: contractId }),
      sortCondition: "begins_with(#sk, :prefix)",
      values: { ":prefix": prefix },
      limit: 100,
      cursor,
    });
    found.push(...page.items.map((i) => withoutKeys<T>(i)));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
};

/** The change register: every Notice of Change of a contract, oldest first. */
export const listChanges = (contractId: string) =>
  allOf<ContractChange>(contractId, contractChangeKind.skPrefix);

/** A contract's issue reports, oldest first. */
export const listIssues = (contractId: string) => allOf<StoredIssue>(contractId, contractIssueKind.skPrefix);

/** Every version of a contract's terms, oldest first; the awarded terms if none has changed yet. */
export const listTerms = async (contract: Contract): Promise<ContractTerms[]> => {
  const stored = await allOf<ContractTerms>(contract.id, contractTermsKind.skPrefix);
  return stored.length ? stored : [currentTerms(contract)];
};

const findIn = async <T>(key: { pk: string; sk: string }): Promise<T | undefined> => {
  const result = await db().send(new GetCommand({ TableName: tableName(), Key: key }));
  return result.Item ? withoutKeys<T>(result.Item) : undefined;
};

/** One change of a contract, or 404. */
export const findChange = async (contractId: string, id: string): Promise<ContractChange> => {
  const change = await findIn<ContractChange>(contractChangeKind.key({ contractId, id }));
  if (!change) throw notFound("We could not find that change.");
  return change;
};

/** One issue of a contract, or 404. */
export const findIssue = async (contractId: string, id: string): Promise<StoredIssue> => {
  const issue = await findIn<StoredIssue>(contractIssueKind.key({ contractId, id }));
  if (!issue) throw notFound("We could not find that issue.");
  return issue;
};

/** Reads the next number of a contract's changes or issues (claimed by `claimNumber` in the write). */
export const nextNumber = async (contractId: string, of: "changes" | "issues"): Promise<number> => {
  const counters = await findIn<Record<string, number>>(contractCountersKind.key({ contractId }));
  return (counters?.[of] ?? 0) + 1;
};

/** The transaction item that claims number `n`: fails if someone else took it first (→ 409). */
export const claimNumber = (contractId: string, of: "changes" | "issues", n: number): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: contractCountersKind.key({ contractId }),
    UpdateExpression: "SET #n = :n, #type = :type",
    ConditionExpression: n === 1 ? "attribute_not_exists(#n)" : "#n = :prev",
    ExpressionAttributeNames: { "#n": of, "#type": contractCountersKind.type },
    ExpressionAttributeValues: {
      ":n": n,
      ":type": contractCountersKind.type,
      ...(n > 1 ? { ":prev": n - 1 } : {}),
    },
  },
});

/** Two transactions on the same items at the same moment: DynamoDB cancels one; it lost the race. */
const lostRace = (error: unknown) => {
  const e = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  return (
    e.name === "TransactionConflictException" ||
    (e.name === "TransactionCanceledException" &&
      (e.CancellationReasons ?? []).some((r) => r.Code === "TransactionConflict"))
  );
};

/** Writes a transition all-or-nothing; a failed condition means someone else got there first: 409. */
export const writeTransition = async (items: TransactItem[], message?: string): Promise<void> => {
  try {
    await transact(items);
  } catch (error) {
    if (failedConditions(error) || lostRace(error)) throw conflict(message);
    throw error;
  }
};
