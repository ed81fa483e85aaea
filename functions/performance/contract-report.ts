import { contractReportCsv, financialYearStart } from "#shared/performance/report.ts";
import { maySeeContract, findContract } from "../contracts/index.ts";
import { httpHandler, withStatus } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { contractReportRoute } from "./export-routes.ts";
import { readDashboard } from "./read-dashboard.ts";
import { visibleTargets } from "./targets-repository.ts";

/** A commissioner's monthly report on one contract in their regions, as CSV (aggregates only). */
export const handler = httpHandler(contractReportRoute, async ({ principal, params, query }) => {
  const contract = await findContract(params.contractId);
  if (!contract || !maySeeContract(principal, contract)) throw notFound("We could not find that contract.");
  const { month } = query;
  const [monthly, yearToDate, targets] = await Promise.all([
    readDashboard(principal, { contractId: contract.id, from: month, to: month }),
    readDashboard(principal, { contractId: contract.id, from: financialYearStart(month), to: month }),
    visibleTargets(principal),
  ]);
  const listed = monthly.options.contracts.find((c) => c.id === contract.id);
  if (!listed) throw notFound("We could not find that contract.");
  return withStatus(200, contractReportCsv(listed, month, monthly, yearToDate, targets), {
    "content-disposition": `attachment; filename="contract-report-${contract.reference}-${month}.csv"`,
  });
});
