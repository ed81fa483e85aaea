import { useState } from "react";
import { startCognitoSignIn } from "../../auth/cognito.ts";
import { Button } from "../../components/govuk/index.ts";
import { ErrorSummary } from "../../components/govuk/index.ts";
import type { CognitoConfig } from "../../config/app-config.ts";

/** The cloud sign-in: a start button that hands over to the Cognito hosted UI. */
export function CognitoSignIn({ config, returnTo }: { config: CognitoConfig; returnTo: string }) {
  const [failed, setFailed] = useState(false);
  const [starting, setStarting] = useState(false);

  async function start() {
    setStarting(true);
    setFailed(false);
    try {
      await startCognitoSignIn(config, returnTo);
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
      <Button variant="start" onClick={() => void start()} disabled={starting}>
        Sign in
      </Button>
    </>
  );
}
