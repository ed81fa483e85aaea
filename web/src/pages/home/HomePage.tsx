import { lazyPage } from "../../app/lazy-page.tsx";
import { useMe, useReference } from "../../api/queries.ts";
import { useSession } from "../../auth/use-session.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { serviceProblemTitle } from "../../components/page/ServiceProblem.tsx";
import { ServiceProblemPage } from "../errors/ServiceProblemPage.tsx";

const CommissionerHome = lazyPage(() => import("./CommissionerHome.tsx"), "CommissionerHome");
const ProviderHome = lazyPage(() => import("./ProviderHome.tsx"), "ProviderHome");
const ResponsibleOfficerHome = lazyPage(
  () => import("./ResponsibleOfficerHome.tsx"),
  "ResponsibleOfficerHome",
);

const titles = {
  provider: "Your organisation",
  commissioner: "Home",
  "responsible-officer": "Home",
} as const;

/** `/`: each role's home page, from the profile (`/api/me`) and the reference data (`/api/reference`). */
export function HomePage() {
  const session = useSession();
  const me = useMe();
  const reference = useReference();
  const role = me.data?.user.role ?? session?.user.role;
  const failed = me.isError || reference.isError;
  usePageTitle(failed ? serviceProblemTitle : role ? titles[role] : "Home");

  if (failed) {
    return (
      <ServiceProblemPage
        onRetry={() => {
          if (me.isError) void me.refetch();
          if (reference.isError) void reference.refetch();
        }}
      />
    );
  }
  if (me.isPending || reference.isPending) return <Loading />;
  switch (me.data.user.role) {
    case "provider":
      return <ProviderHome me={me.data} reference={reference.data} />;
    case "commissioner":
      return <CommissionerHome me={me.data} reference={reference.data} />;
    case "responsible-officer":
      return <ResponsibleOfficerHome me={me.data} reference={reference.data} />;
  }
}
