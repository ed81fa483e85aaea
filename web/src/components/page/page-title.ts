import { useEffect } from "react";

export const serviceName = "Dynamic Framework Portal";

/** The browser tab's title in the GOV.UK pattern: "<Page> – <Service> – GOV.UK". */
export function pageTitle(page: string): string {
  return `${page} – ${serviceName} – GOV.UK`;
}

/** Sets `document.title` for the page being shown. */
export function usePageTitle(page: string): void {
  useEffect(() => {
    document.title = pageTitle(page);
  }, [page]);
}
