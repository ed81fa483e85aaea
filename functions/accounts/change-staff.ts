import { findPdu } from "#shared/reference/index.ts";
import { auditPut } from "../platform/data/audit.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, notFound, ruleBroken } from "../platform/http/problems.ts";
import { identityDirectory } from "./identity/index.ts";
import { requireFrameworkAdmin } from "./manage.ts";
import { changeStaffRoute } from "./staff-routes.ts";
import { findStaff, staffChangeItems } from "./staff-repository.ts";

/**
 * Moves a staff member. An officer who moves PDU keeps the referrals they made: each referral records
 * the PDU it was made in, so the new PDU's officers do not see the earlier ones (ADR 0025). The new
 * claims reach their tokens at the next sign-in or renewal.
 */
export const handler = httpHandler(changeStaffRoute, async ({ principal, params, body }) => {
  requireFrameworkAdmin(principal);
  const before = await findStaff(params.userId);
  if (!before) throw notFound("We could not find this member of staff.");
  if (before.version !== body.version) throw conflict();
  const officer = before.role === "responsible-officer";
  if (officer && !body.pdu) throw ruleBroken("Select the officer's probation delivery unit.");
  if (before.userId === principal.userId && !body.frameworkAdmin) {
    throw ruleBroken("You cannot remove your own framework administrator role. Ask another administrator.");
  }
  const { pdu: _old, ...rest } = before;
  const after = {
    ...rest,
    regions: officer && body.pdu ? [findPdu(body.pdu)!.region.id] : body.regions,
    ...(officer && body.pdu ? { pdu: body.pdu } : {}),
    frameworkAdmin: !officer && body.frameworkAdmin,
    version: before.version + 1,
  };
  try {
    await transact([
      ...staffChangeItems(before, after),
      auditPut(principal, { entityType: "staff", entityId: before.userId, action: "staff-changed" }),
    ]);
  } catch (error) {
    if (failedConditions(error)) throw conflict();
    throw error;
  }
  await identityDirectory().updateAttributes(after.userId, after.email, {
    "custom:regions": after.regions.join(","),
    "custom:frameworkAdmin": String(after.frameworkAdmin),
    ...(after.pdu ? { "custom:pdu": after.pdu } : {}),
  });
  return after;
});
