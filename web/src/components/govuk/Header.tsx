import { GovukLogo } from "./logo.tsx";

/** The GOV.UK header (masthead): the GOV.UK logo linking to GOV.UK. */
export function Header({ homepageUrl = "https://www.gov.uk/" }: { homepageUrl?: string }) {
  return (
    <div className="govuk-header">
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__logo">
          <a href={homepageUrl} className="govuk-header__homepage-link">
            <GovukLogo className="govuk-header__logotype" label="GOV.UK" />
          </a>
        </div>
      </div>
    </div>
  );
}
