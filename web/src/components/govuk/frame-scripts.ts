// The GOV.UK Frontend components the portal starts (the frame's, and the error summary's links), in one module loaded after the first render
// (see useDeferredGovukComponent): one small chunk instead of bytes before the first page.
export { Button, ErrorSummary, NotificationBanner, ServiceNavigation, SkipLink } from "govuk-frontend";
