import { beforeAll, describe, expect, it } from "vitest";
import { routeTable } from "#functions/routes.ts";
import { identityActions } from "../../infra/constructs/api.ts";
import {
  actionsOn,
  functionEnvironment,
  functionStatements,
  logicalId,
  type Synthesised,
  synthPortal,
} from "./support/portal-template.ts";

let portal: Synthesised;
beforeAll(() => {
  portal = synthPortal();
});

/** Issue 16: only the accounts function manages people in the user pool, with exactly the actions it uses. */
describe("identity grants (ADR 0025)", () => {
  it("grants the accounts function exactly the Cognito actions it uses, on the user pool only", () => {
    const pool = logicalId(portal.stack.identity.userPool);
    const statements = functionStatements(portal, "acceptInvitation");
    const cognito = statements.filter((s) => s.Action.some((a) => a.startsWith("cognito-idp:")));
    expect(cognito).toHaveLength(1);
    expect([...cognito[0]!.Action].sort()).toEqual([...identityActions].sort());
    expect(cognito[0]!.Resource).toHaveLength(1);
    expect([...actionsOn(statements, pool)].sort()).toEqual([...identityActions].sort());
    const env = functionEnvironment(portal, "acceptInvitation");
    expect(env.IDENTITY_DIRECTORY).toBe("cognito");
    expect(env.USER_POOL_ID).toEqual({ Ref: pool });
  });

  it("gives no other function any Cognito action", () => {
    const accounts = portal.stack.api.functions.get("acceptInvitation");
    for (const route of routeTable) {
      if (portal.stack.api.functions.get(route.operationId) === accounts) continue;
      const actions = functionStatements(portal, route.operationId).flatMap((s) => s.Action);
      expect(
        actions.filter((a) => a.startsWith("cognito-idp:")),
        route.operationId,
      ).toEqual([]);
    }
  });

  it("every route that changes sign-in accounts is in the accounts context", () => {
    const managing = routeTable.filter((r) => r.grants.identity === "manage");
    expect(managing.map((r) => r.operationId).sort()).toEqual([
      "acceptInvitation",
      "changeStaff",
      "removeMember",
      "removeStaff",
    ]);
    expect(new Set(managing.map((r) => r.context))).toEqual(new Set(["accounts"]));
  });
});
