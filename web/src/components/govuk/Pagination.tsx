import "../../styles/journey.scss";
import { AppLink } from "./app-link.tsx";

/** GOV.UK pagination for lists read with a cursor: only the link to the next page (block style). */
export function NextPageLink({ href }: { href: string }) {
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Pagination">
      <div className="govuk-pagination__next">
        <AppLink href={href} className="govuk-link govuk-pagination__link" rel="next">
          <svg
            className="govuk-pagination__icon govuk-pagination__icon--next"
            xmlns="http://www.w3.org/2000/svg"
            height="13"
            width="15"
            aria-hidden="true"
            focusable="false"
            viewBox="0 0 15 13"
          >
            <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
          </svg>
          <span className="govuk-pagination__link-title govuk-pagination__link-title--decorated">
            Next page
          </span>
        </AppLink>
      </div>
    </nav>
  );
}
