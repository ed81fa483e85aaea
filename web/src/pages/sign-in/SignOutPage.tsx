import { useEffect } from "react";
import { useNavigate } from "react-router";
import { cognitoSignOut } from "../../auth/cognito.ts";
import { sessionStore } from "../../auth/session-store.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { useAppConfig } from "../../config/config-context.tsx";

/** `/sign-out`: ends the session (and, in the cloud, the Cognito one) and returns to sign in. */
export function SignOutPage() {
  usePageTitle("Signing out");
  const config = useAppConfig();
  const navigate = useNavigate();
  useEffect(() => {
    sessionStore.clear("signed-out");
    if (config.mode === "cognito") {
      cognitoSignOut(config).catch((error: unknown) => {
        console.error("Could not sign out of Cognito", error);
        navigate("/sign-in", { replace: true });
      });
    } else {
      navigate("/sign-in", { replace: true });
    }
  }, [config, navigate]);
  return <Loading text="Signing you out…" />;
}
