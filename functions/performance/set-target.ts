import { measureApplies } from "#shared/performance/targets.ts";
import { findNeedArea, findRegion } from "#shared/reference/index.ts";
import { maySeeContract, findContract } from "../contracts/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invalid, notFound } from "../platform/http/problems.ts";
import { setTargetRoute } from "./export-routes.ts";
import { saveTarget } from "./targets-repository.ts";

const wrongMeasure = (needArea: string) =>
  invalid([
    { path: "measureId", message: `This measure does not apply to ${needArea}. Choose another measure.` },
  ]);

/** A commissioner sets a target for a contract in their regions, or for a need area in one of their regions. */
export const handler = httpHandler(setTargetRoute, async ({ principal, body }) => {
  const { scope } = body;
  if ("contractId" in scope) {
    const contract = await findContract(scope.contractId);
    if (!contract || !maySeeContract(principal, contract)) throw notFound("We could not find that contract.");
    const needArea = findNeedArea(contract.needAreaId);
    if (!measureApplies(body.measureId, contract.needAreaId))
      throw wrongMeasure(needArea?.name ?? "this contract");
    return saveTarget(principal, body, [...contract.regionIds].sort());
  }
  const needArea = findNeedArea(scope.needAreaId);
  const region = findRegion(scope.regionId);
  if (!needArea || !region) {
    throw invalid([
      ...(needArea ? [] : [{ path: "scope.needAreaId", message: "Choose a need area from the list" }]),
      ...(region ? [] : [{ path: "scope.regionId", message: "Choose a region from the list" }]),
    ]);
  }
  if (!principal.regions.includes(region.id)) throw notFound("We could not find that region among yours.");
  if (!measureApplies(body.measureId, needArea.id)) throw wrongMeasure(needArea.name);
  return saveTarget(principal, body, [region.id]);
});
