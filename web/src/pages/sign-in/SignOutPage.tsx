import { useEffect } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { signOut } from "../../auth/oidc-client.ts";
import { sessionStore } from "../../auth/session-store.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { useAppConfig } from "../../config/config-context.tsx";

/**
 * `/sign-out`: ends the session here and at the identity provider, which returns to the portal.
 * `?reason=timed-out` when the idle timeout signed the person out, so the sign-in page can say why.
 */
export function SignOutPage() {
  usePageTitle("Signing out");
  const config = useAppConfig();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const timedOut = params.get("reason") === "timed-out";
  useEffect(() => {
    sessionStore.clear(timedOut ? "timed-out" : "signed-out");
    signOut(config).catch((error: unknown) => {
      console.error("Could not sign out at the identity provider", error);
      navigate("/sign-in", { replace: true });
    });
  }, [config, navigate, timedOut]);
  return <Loading text="Signing you out…" />;
}
