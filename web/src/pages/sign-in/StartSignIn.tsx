import { useState } from "react";
import { startSignIn } from "../../auth/oidc-client.ts";
import { Button, ErrorSummary, InsetText } from "../../components/govuk/index.ts";
import type { AppConfig } from "../../config/app-config.ts";

/** The sign-in start: a button that hands over to the identity provider (Cognito, or the local one). */
export function StartSignIn({ config, returnTo }: { config: AppConfig; returnTo: string }) {
  const [failed, setFailed] = useState(false);
  const [starting, setStarting] = useState(false);

  async function start() {
    setStarting(true);
    setFailed(false);
    try {
      await startSignIn(config, returnTo);
    } catch (error) {
      console.error("Could not start sign-in", error);
      setFailed(true);
      setStarting(false);
    }
  }

  return (
    <>
      {failed ? (
        <ErrorSummary errors={[]} description="Sign-in could not be started. Try again later." />
      ) : null}
      <p className="govuk-body">Sign in with the email address and password for your portal account.</p>
      {config.mode === "local" ? (
        <InsetText>
          This is the local demonstration: the local sign-in service lets you choose one of the demo users.
          Their password is shown there.
        </InsetText>
      ) : null}
      <Button variant="start" onClick={() => void start()} disabled={starting}>
        Sign in
      </Button>
    </>
  );
}
