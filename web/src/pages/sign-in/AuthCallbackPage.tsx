import { useEffect, useState } from "react";
import { Link, useNavigate } from "react-router";
import { completeSignIn } from "../../auth/oidc-client.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import type { AppConfig } from "../../config/app-config.ts";
import { useAppConfig } from "../../config/config-context.tsx";

// The authorization code can be exchanged once; React's development double effects must share one try.
let completing: { search: string; result: ReturnType<typeof completeSignIn> } | undefined;

function complete(config: AppConfig) {
  const search = window.location.search;
  if (completing?.search !== search) completing = { search, result: completeSignIn(config) };
  return completing.result;
}

function Callback({ config }: { config: AppConfig }) {
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  usePageTitle(failed ? "You could not be signed in" : "Signing you in");
  useEffect(() => {
    let active = true;
    complete(config).then(
      ({ returnTo }) => {
        if (active) navigate(returnTo, { replace: true });
      },
      (error: unknown) => {
        console.error("Sign-in could not be completed", error);
        if (active) setFailed(true);
      },
    );
    return () => {
      active = false;
    };
  }, [config, navigate]);
  if (!failed) return <Loading text="Signing you in…" />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>You could not be signed in</PageHeading>
        <p className="govuk-body">
          The sign-in did not complete. It may have taken too long or been started in another tab.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Sign in again
          </Link>
        </p>
      </div>
    </div>
  );
}

/** `/auth/callback`: where the identity provider (Cognito, or the local one) returns with an authorization code. */
export function AuthCallbackPage() {
  return <Callback config={useAppConfig()} />;
}
