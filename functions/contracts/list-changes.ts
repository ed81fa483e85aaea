import { httpHandler } from "../platform/http/handler.ts";
import { listContractChangesRoute } from "./change-routes.ts";
import { contractFor, listChanges } from "./management-repository.ts";

/** The change register of a contract (one Query on its partition), for either party. */
export const handler = httpHandler(listContractChangesRoute, async ({ principal, params }) => {
  const contract = await contractFor(principal, params.contractId);
  return { items: await listChanges(contract.id) };
});
