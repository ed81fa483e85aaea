import type middy from "@middy/core";
import { principalFromClaims } from "../../auth/claims.ts";
import { verifyToken } from "../../auth/verify-token.ts";
import { logger } from "../../observability/logger.ts";
import type { RouteDefinition } from "../../route.ts";
import type { ApiEvent, ApiResult } from "../api-event.ts";
import { forbidden, unauthenticated } from "../problems.ts";
import { withMembership } from "./membership.ts";
import { withStaffRecord } from "./staff.ts";

const bearer = (header: string | undefined): string | undefined => {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
};

/**
 * Verifies the bearer token (in the cloud the API Gateway JWT authorizer has checked it too; the
 * handler checks again so that local and cloud take exactly the same path) and enforces the route's roles.
 */
export const authenticate = (route: RouteDefinition): middy.MiddlewareObj<ApiEvent, ApiResult> => ({
  before: async (request) => {
    if (route.access === "public") return;
    const token = bearer(request.event.headers.authorization);
    if (!token) throw unauthenticated();
    let claims: Awaited<ReturnType<typeof verifyToken>>;
    try {
      claims = await verifyToken(token);
    } catch (error) {
      logger.info("Token refused", { reason: (error as Error).name });
      throw unauthenticated("Your sign-in is not valid or has expired. Sign in again.");
    }
    const principal = principalFromClaims(claims);
    if (!principal) throw unauthenticated("Your account has no role in this service.");
    if (route.access !== "authenticated" && !route.access.includes(principal.role)) throw forbidden();
    // The account record, not the token, names the caller and says what they may do, so a change
    // reaches the next request: a provider's membership (ADR 0025), a staff member's staff record.
    request.event.principal =
      principal.role === "provider"
        ? await withMembership(principal, route)
        : await withStaffRecord(principal);
    logger.appendKeys({ userId: principal.userId, role: principal.role });
  },
});
