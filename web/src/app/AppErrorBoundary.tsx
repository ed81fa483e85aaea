import { Component, type ErrorInfo, type ReactNode } from "react";
// Straight from the component files, not the index: the shell must not pull every component (and what
// they import) into the entry chunk.
import { Footer } from "../components/govuk/Footer.tsx";
import { Header } from "../components/govuk/Header.tsx";
import { pageTitle } from "../components/page/page-title.ts";
import { serviceProblemTitle } from "../components/page/ServiceProblem.tsx";

/**
 * The last line of defence around the whole app (the router has its own error pages): a plain GOV.UK
 * page that needs neither the router nor the API, and never shows the error.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("The portal failed to start", error, info.componentStack);
    document.title = pageTitle(serviceProblemTitle);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <header className="govuk-template__header">
          <Header />
        </header>
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                <h1 className="govuk-heading-l">{serviceProblemTitle}</h1>
                <p className="govuk-body">Try again later.</p>
              </div>
            </div>
          </main>
        </div>
        <footer className="govuk-template__footer">
          <Footer />
        </footer>
      </>
    );
  }
}
