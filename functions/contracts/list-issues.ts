import { withOverdue } from "#shared/contracts/issue.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { listContractIssuesRoute } from "./issue-routes.ts";
import { contractFor, listIssues } from "./management-repository.ts";

/** A contract's issues, each with its overdue flag as of now. */
export const handler = httpHandler(listContractIssuesRoute, async ({ principal, params }) => {
  const contract = await contractFor(principal, params.contractId);
  const at = now();
  return { items: (await listIssues(contract.id)).map((i) => withOverdue(i, at)) };
});
