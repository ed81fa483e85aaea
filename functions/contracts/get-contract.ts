import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { maySeeContract } from "./access.ts";
import { findContract } from "./repository.ts";
import { getContractRoute } from "./routes.ts";

/** One contract for its provider or the commissioners of its regions; anyone else: 404. */
export const handler = httpHandler(getContractRoute, async ({ principal, params }) => {
  const contract = await findContract(params.contractId);
  if (!contract || !maySeeContract(principal, contract)) throw notFound();
  return contract;
});
