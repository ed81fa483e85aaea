import type { AuditEvent } from "#shared/audit/audit-event.ts";
import type { ContractCapacity } from "#shared/contracts/capacity.ts";
import type { ContractChange } from "#shared/contracts/change.ts";
import type { ContractIssue } from "#shared/contracts/issue.ts";
import type { ContractTerms } from "#shared/contracts/terms.ts";
import type { OpenContractReferrals } from "#shared/contracts/transfer.ts";
import { apiFetch } from "./client.ts";
import { useApiQuery } from "./use-api-query.ts";

const base = (id: string, rest = "") => `/api/contracts/${encodeURIComponent(id)}${rest}`;

/** Query keys of contract management: all under the contract's, so one invalidation refreshes its tabs. */
export const managementKeys = {
  changes: (id: string) => ["contracts", id, "changes"] as const,
  issues: (id: string) => ["contracts", id, "issues"] as const,
  history: (id: string) => ["contracts", id, "history"] as const,
  terms: (id: string) => ["contracts", id, "terms"] as const,
  openIssues: () => ["contract-issues", "open"] as const,
  openReferrals: (id: string) => ["contracts", id, "open-referrals"] as const,
  capacity: (id: string) => ["contracts", id, "capacity"] as const,
};

/** `GET /api/contracts/{id}/changes`: the change register. */
export const useChanges = (id: string) =>
  useApiQuery<{ items: ContractChange[] }>(managementKeys.changes(id), base(id, "/changes"));
/** `GET /api/contracts/{id}/issues`. */
export const useIssues = (id: string) =>
  useApiQuery<{ items: ContractIssue[] }>(managementKeys.issues(id), base(id, "/issues"));
/** `GET /api/contracts/{id}/history`: the audit trail, oldest first. */
export const useHistory = (id: string) =>
  useApiQuery<{ items: AuditEvent[] }>(managementKeys.history(id), base(id, "/history"));
/** `GET /api/contracts/{id}/terms`: every version of the terms. */
export const useTerms = (id: string) =>
  useApiQuery<{ versions: ContractTerms[] }>(managementKeys.terms(id), base(id, "/terms"));
/** `GET /api/contracts/{id}/capacity`: places used this year against each intervention's capacity. */
export const useContractCapacity = (id: string) =>
  useApiQuery<ContractCapacity>(managementKeys.capacity(id), base(id, "/capacity"));
/** `GET /api/contract-issues`: open issues for the home page. */
export const useOpenIssues = () =>
  useApiQuery<{ items: ContractIssue[] }>(managementKeys.openIssues(), "/api/contract-issues");

export const proposeChange = (id: string, body: unknown) =>
  apiFetch<ContractChange>(base(id, "/changes"), { method: "POST", body });
export const respondToChange = (id: string, changeId: string, body: unknown) =>
  apiFetch<ContractChange>(base(id, `/changes/${encodeURIComponent(changeId)}/responses`), {
    method: "POST",
    body,
  });
export const decideChange = (id: string, changeId: string, body: unknown) =>
  apiFetch<ContractChange>(base(id, `/changes/${encodeURIComponent(changeId)}/decision`), {
    method: "POST",
    body,
  });
export const raiseIssue = (id: string, body: unknown) =>
  apiFetch<ContractIssue>(base(id, "/issues"), { method: "POST", body });
export const stepIssue = (id: string, issueId: string, body: unknown) =>
  apiFetch<ContractIssue>(base(id, `/issues/${encodeURIComponent(issueId)}/steps`), { method: "POST", body });
export const terminateContract = (id: string, body: unknown) =>
  apiFetch<unknown>(base(id, "/termination"), { method: "POST", body });

/** `GET /api/contracts/{id}/open-referrals`: open referrals, their completion date and where they may move. */
export const useOpenContractReferrals = (id: string) =>
  useApiQuery<OpenContractReferrals>(managementKeys.openReferrals(id), base(id, "/open-referrals"));
export const transferReferral = (id: string, referralId: string, body: unknown) =>
  apiFetch<unknown>(base(id, `/open-referrals/${encodeURIComponent(referralId)}/transfer`), {
    method: "POST",
    body,
  });
