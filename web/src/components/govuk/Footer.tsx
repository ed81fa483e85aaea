import { GovukLogo } from "./logo.tsx";
import { openGovernmentLicencePath } from "./logo-paths.ts";

export interface FooterLink {
  text: string;
  href: string;
}

/** The GOV.UK footer: optional support links, the Open Government Licence and Crown copyright. */
export function Footer({ meta = [] }: { meta?: FooterLink[] }) {
  return (
    <div className="govuk-footer">
      <div className="govuk-width-container">
        <GovukLogo className="govuk-footer__crown" crownOnly />
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {meta.length > 0 ? (
              <>
                <h2 className="govuk-visually-hidden">Support links</h2>
                <ul className="govuk-footer__inline-list">
                  {meta.map((link) => (
                    <li key={link.href} className="govuk-footer__inline-list-item">
                      <a className="govuk-footer__link" href={link.href}>
                        {link.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <svg
              aria-hidden="true"
              focusable="false"
              className="govuk-footer__licence-logo"
              xmlns="http://www.w3.org/2000/svg"
              viewBox="0 0 483.2 195.7"
              height="17"
              width="41"
            >
              <path fill="currentColor" d={openGovernmentLicencePath} />
            </svg>
            <span className="govuk-footer__licence-description">
              All content is available under the{" "}
              <a
                className="govuk-footer__link"
                href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                rel="license"
              >
                Open Government Licence v3.0
              </a>
              , except where otherwise stated
            </span>
          </div>
          <div className="govuk-footer__meta-item">
            <a
              className="govuk-footer__link govuk-footer__copyright-logo"
              href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/"
            >
              © Crown copyright
            </a>
          </div>
        </div>
      </div>
    </div>
  );
}
