import type { Application, ApplicationOrder } from "#shared/framework/application.ts";
import { formatDate } from "../../format/format.ts";

/** The list's orders as the sort control names them. */
export const applicationOrders: { value: ApplicationOrder; text: string }[] = [
  { value: "due-soonest", text: "Decision due soonest first" },
  { value: "due-latest", text: "Decision due latest first" },
];

/**
 * When a decision on the application is due, as the administrators' list shows it ("Due 7 January
 * 2027"), and whether to tag it overdue. Decided applications have nothing due.
 */
export const decisionDue = (
  application: Pick<Application, "status" | "decisionDueAt" | "overdue">,
): { text: string; overdue: boolean } | undefined =>
  application.status !== "submitted" || !application.decisionDueAt
    ? undefined
    : {
        // The due instant is the end of a London day, which falls on the same date in UTC.
        text: `Due ${formatDate(application.decisionDueAt.slice(0, 10))}`,
        overdue: application.overdue === true,
      };
