import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { safeReturnTo } from "../../auth/return-to.ts";
import { type SessionEndReason, sessionStore } from "../../auth/session-store.ts";
import { NotificationBanner } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { useAppConfig } from "../../config/config-context.tsx";
import { StartSignIn } from "./StartSignIn.tsx";

const endedMessages: Record<SessionEndReason, string> = {
  "signed-out": "You have signed out.",
  expired: "Your session has ended. Sign in again to continue.",
  "timed-out":
    "We signed you out because you had not used the portal for a while. Sign in again to continue.",
  "signed-out-everywhere": "You have signed out on every device.",
};

/** `/sign-in`: the start of the sign-in at the identity provider (the local one, or Cognito in the cloud). */
export function SignInPage() {
  usePageTitle("Sign in");
  const config = useAppConfig();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get("returnTo"));
  // Say once why the last session ended, then forget it.
  const [ended] = useState(() => sessionStore.endReason());
  useEffect(() => sessionStore.forgetEndReason(), []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {ended ? <NotificationBanner heading={endedMessages[ended]} /> : null}
        <PageHeading>Sign in</PageHeading>
        <StartSignIn config={config} returnTo={returnTo} />
      </div>
    </div>
  );
}
