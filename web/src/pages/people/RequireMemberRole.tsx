import type { ReactNode } from "react";
import type { MemberRole } from "#shared/accounts/people.ts";
import { useMe } from "../../api/queries.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { ServiceProblemPage } from "../errors/ServiceProblemPage.tsx";

/**
 * Shows its children only to a provider holding `memberRole` in their organisation (as `GET /api/me`
 * reports it, read afresh from the membership: ADR 0025). Anyone else gets "Page not found", as for a
 * page of another role. Use inside `only(provider, …)`, which has made sure they are signed in.
 */
export function RequireMemberRole({ memberRole, children }: { memberRole: MemberRole; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ServiceProblemPage onRetry={() => void me.refetch()} />;
  return me.data.user.memberRoles?.includes(memberRole) ? children : <NotFoundPage />;
}
