import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { type Role, roleLabels, roles } from "#shared/auth/role-names.ts";
import { type DemoUser, fetchDemoUsers, signInLocally } from "../../auth/local-idp.ts";
import { Button, InsetText } from "../../components/govuk/index.ts";
import { ErrorSummary } from "../../components/govuk/index.ts";
import { Loading } from "../../components/page/Loading.tsx";

const roleHeadings: Record<Role, string> = {
  provider: `${roleLabels.provider}s`,
  commissioner: `${roleLabels.commissioner}s`,
  "responsible-officer": `${roleLabels["responsible-officer"]}s`,
};

/** The local demo's "sign in as" list: every seeded user, grouped by role. */
export function LocalSignIn({ returnTo }: { returnTo: string }) {
  const navigate = useNavigate();
  const users = useQuery({
    queryKey: ["local-idp", "users"],
    queryFn: ({ signal }) => fetchDemoUsers(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [pendingUserId, setPendingUserId] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);

  async function signInAs(user: DemoUser) {
    setPendingUserId(user.id);
    try {
      await signInLocally(user.id);
      navigate(returnTo, { replace: true });
    } catch (error) {
      console.error("Local sign-in failed", error);
      setFailures((count) => count + 1);
      setPendingUserId(null);
    }
  }

  return (
    <>
      {failures > 0 ? (
        <ErrorSummary
          key={failures}
          errors={[]}
          description="You could not be signed in. Try again, or restart the local stack if it keeps happening."
        />
      ) : null}
      <p className="govuk-body">
        This is the local demonstration of the Dynamic Framework Portal. Choose someone to sign in as: you
        will see the portal as they would. There are no passwords.
      </p>
      <InsetText>The people and organisations here are made up. Do not enter real personal data.</InsetText>
      {users.isPending ? <Loading what="demo users" /> : null}
      {users.isError ? (
        <ErrorSummary
          errors={[]}
          description="The list of demo users could not be loaded. Check the local stack is running, then reload the page."
        />
      ) : null}
      {users.data
        ? roles.map((role) => {
            const inRole = users.data.filter((user) => user.role === role);
            if (inRole.length === 0) return null;
            return (
              <section key={role} className="app-demo-users" aria-labelledby={`demo-users-${role}`}>
                <h2 className="govuk-heading-m" id={`demo-users-${role}`}>
                  {roleHeadings[role]}
                </h2>
                {inRole.map((user) => (
                  <div key={user.id} className="app-demo-user">
                    <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{user.name}</h3>
                    <p className="govuk-body">{user.description}</p>
                    <Button onClick={() => void signInAs(user)} disabled={pendingUserId !== null}>
                      Sign in as {user.name}
                    </Button>
                  </div>
                ))}
              </section>
            );
          })
        : null}
    </>
  );
}
