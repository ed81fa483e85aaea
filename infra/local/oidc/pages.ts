import { createHash } from "node:crypto";

/** Escapes text for HTML element content and double-quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The address the provider serves GOV.UK Frontend's stylesheet from (the web app's own build is not there in dev). */
export const stylesheetPath = "/oidc/assets/govuk-frontend.min.css";

/** The one inline script the provider's pages may run: it submits the sign-out form the end-session page renders. */
const autoSubmit = `document.getElementById("op.logoutForm").submit();`;
const autoSubmitHash = createHash("sha256").update(autoSubmit).digest("base64");

/**
 * The Content-Security-Policy for the provider's pages: nothing but its stylesheet, fonts and forms.
 * Forms may post to the web app's origins too, because the redirect after a sign-in goes there.
 */
export const pageSecurityPolicy = (formOrigins: readonly string[]): string =>
  [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `script-src 'sha256-${autoSubmitHash}'`,
    `form-action 'self' ${formOrigins.join(" ")}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join("; ");

/** A GOV.UK-styled page: header, a two-thirds column with the content, footer. */
export const page = (
  title: string,
  content: string,
  options: { error?: boolean } = {},
): string => `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>${options.error ? "Error: " : ""}${escapeHtml(title)} – Dynamic Framework Portal – GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <link rel="stylesheet" href="${stylesheetPath}">
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header" role="banner">
    <div class="govuk-header__container govuk-width-container">
      <span class="govuk-header__service-name">Dynamic Framework Portal – local sign-in</span>
    </div>
  </header>
  <div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content" role="main">
      <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
${content}
      </div></div>
    </main>
  </div>
  <footer class="govuk-footer" role="contentinfo">
    <div class="govuk-width-container"><p class="govuk-footer__meta-custom">
      This sign-in service runs only on this computer. In the cloud, Amazon Cognito signs people in.
    </p></div>
  </footer>
</body>
</html>`;

/** A field error for the error summary and the field itself. */
export interface FieldError {
  field: string;
  message: string;
}

/** GOV.UK's error summary: each error links to its field. */
export const errorSummary = (errors: readonly FieldError[]): string =>
  errors.length === 0
    ? ""
    : `<div class="govuk-error-summary" tabindex="-1" autofocus>
  <div role="alert">
    <h2 class="govuk-error-summary__title">There is a problem</h2>
    <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
${errors.map((e) => `      <li><a href="#${e.field}">${escapeHtml(e.message)}</a></li>`).join("\n")}
    </ul></div>
  </div>
</div>`;

/** A GOV.UK text input with its label, optional hint and error. */
export const textInput = (options: {
  id: string;
  label: string;
  type: "email" | "password" | "text";
  autocomplete: string;
  value?: string;
  hint?: string;
  error?: string;
  inputmode?: string;
  width?: string;
  autofocus?: boolean;
}): string => {
  const describedBy = [options.hint ? `${options.id}-hint` : "", options.error ? `${options.id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return `<div class="govuk-form-group${options.error ? " govuk-form-group--error" : ""}">
  <label class="govuk-label govuk-label--s" for="${options.id}">${escapeHtml(options.label)}</label>
  ${options.hint ? `<div id="${options.id}-hint" class="govuk-hint">${escapeHtml(options.hint)}</div>` : ""}
  ${options.error ? `<p id="${options.id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${escapeHtml(options.error)}</p>` : ""}
  <input class="govuk-input${options.width ? ` ${options.width}` : ""}${options.error ? " govuk-input--error" : ""}" id="${options.id}" name="${options.id}" type="${options.type}" autocomplete="${options.autocomplete}" spellcheck="false"${options.autofocus ? " autofocus" : ""}${options.inputmode ? ` inputmode="${options.inputmode}"` : ""}${options.value ? ` value="${escapeHtml(options.value)}"` : ""}${describedBy ? ` aria-describedby="${describedBy}"` : ""}>
</div>`;
};

/** The end-session page: it signs out straight away (the web app has already asked), with a button if scripts are off. */
export const signOutPage = (form: string): string =>
  page(
    "Signing you out",
    `<h1 class="govuk-heading-l">Signing you out</h1>
${form.replace("</form>", `<input type="hidden" name="logout" value="yes"></form>`)}
<button type="submit" form="op.logoutForm" class="govuk-button" data-module="govuk-button">Sign out</button>
<script>${autoSubmit}</script>`,
  );

/** A page for a problem the person cannot fix on the spot. */
export const problemPage = (title: string, message: string): string =>
  page(
    title,
    `<h1 class="govuk-heading-l">${escapeHtml(title)}</h1>
<p class="govuk-body">${escapeHtml(message)}</p>`,
  );
