import { useState } from "react";
import { RequireSignIn } from "../../auth/guards.tsx";
import { useNavigate } from "react-router";
import { revokeEverywhere } from "../../auth/oidc-client.ts";
import { Button, ErrorSummary } from "../../components/govuk/index.ts";
import { AppLink } from "../../components/govuk/app-link.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { useAppConfig } from "../../config/config-context.tsx";

function SignOutEverywhere() {
  usePageTitle("Sign out on every device");
  const config = useAppConfig();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const [working, setWorking] = useState(false);

  async function signOutNow() {
    setWorking(true);
    setFailed(false);
    try {
      await revokeEverywhere(config);
      navigate("/sign-out?reason=everywhere", { replace: true });
    } catch (error) {
      console.error("Could not sign out everywhere", error);
      setFailed(true);
      setWorking(false);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {failed ? (
          <ErrorSummary
            errors={[]}
            description="You could not be signed out on your other devices. Try again, or sign out here and ask for help."
          />
        ) : null}
        <PageHeading>Sign out on every device</PageHeading>
        <p className="govuk-body">
          This signs you out here and on every other computer, tablet or phone where you are signed in to the
          portal. Do this if you signed in on a device you no longer use or think someone else may be using
          your account.
        </p>
        <p className="govuk-body">Anything you have not saved will be lost.</p>
        <div className="govuk-button-group">
          <Button variant="warning" onClick={() => void signOutNow()} disabled={working}>
            Sign out everywhere
          </Button>
          <AppLink href="/" className="govuk-link">
            Cancel
          </AppLink>
        </div>
      </div>
    </div>
  );
}

/** `/sign-out/everywhere`: revokes every refresh token of the person (Cognito's GlobalSignOut), then signs out here. */
export function SignOutEverywherePage() {
  return (
    <RequireSignIn>
      <SignOutEverywhere />
    </RequireSignIn>
  );
}
