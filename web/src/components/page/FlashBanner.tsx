import { useLocation } from "react-router";
import { NotificationBanner } from "../govuk/index.ts";

/** A success banner for what the previous page just did (passed in the navigation's state). */
export function FlashBanner() {
  const location = useLocation();
  const flash = (location.state as { flash?: unknown } | null)?.flash;
  return typeof flash === "string" ? <NotificationBanner type="success" heading={flash} /> : null;
}
