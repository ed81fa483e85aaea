import { Link } from "react-router";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";

/** The GOV.UK "Page not found" page, for addresses the portal does not have (and things that are not yours). */
export function NotFoundPage() {
  usePageTitle("Page not found");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Page not found</PageHeading>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          If the web address is correct or you selected a link or button, go to the{" "}
          <Link className="govuk-link" to="/">
            Dynamic Framework Portal home page
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
