import { useEffect } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { signOut } from "../../auth/oidc-client.ts";
import { type SessionEndReason, sessionStore } from "../../auth/session-store.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { useAppConfig } from "../../config/config-context.tsx";

/**
 * `/sign-out`: ends the session here and at the identity provider, which returns to the portal.
 * `?reason=timed-out` (the idle timeout) or `?reason=everywhere` (after GlobalSignOut), so the sign-in
 * page can say why.
 */
export function SignOutPage() {
  usePageTitle("Signing out");
  const config = useAppConfig();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const reason = params.get("reason");
  const ended: SessionEndReason =
    reason === "timed-out" ? "timed-out" : reason === "everywhere" ? "signed-out-everywhere" : "signed-out";
  useEffect(() => {
    sessionStore.clear(ended);
    signOut(config).catch((error: unknown) => {
      console.error("Could not sign out at the identity provider", error);
      navigate("/sign-in", { replace: true });
    });
  }, [config, navigate, ended]);
  return <Loading text="Signing you out…" />;
}
