import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { Role } from "#shared/auth/roles.ts";
import { useMe } from "../api/queries.ts";
import { Loading } from "../components/page/Loading.tsx";
import { NotFoundPage } from "../pages/errors/NotFoundPage.tsx";
import { ServiceProblemPage } from "../pages/errors/ServiceProblemPage.tsx";
import { signInPath } from "./return-to.ts";
import { useSession } from "./use-session.ts";

/** Shows its children to signed-in people; sends everyone else to sign in, then back here. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session === null) {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }
  return children;
}

/**
 * Shows its children only to people whose role (as the API reports it) is one of `roles`. Anyone
 * else gets "Page not found": the portal does not reveal pages that are not for you.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  return (
    <RequireSignIn>
      <RoleCheck roles={roles}>{children}</RoleCheck>
    </RequireSignIn>
  );
}

function RoleCheck({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ServiceProblemPage onRetry={() => void me.refetch()} />;
  return roles.includes(me.data.user.role) ? children : <NotFoundPage />;
}
