import { demoPassword } from "./account-source.ts";
import { errorSummary, escapeHtml, type FieldError, page, textInput } from "./pages.ts";

/** Someone the login page offers to fill in: the seeded demo users. */
export interface DemoChoice {
  name: string;
  email: string;
  description: string;
}

/** The login page: e-mail and password, and a button per demo user that fills in their e-mail. */
export const loginPage = (options: {
  uid: string;
  email?: string;
  errors?: FieldError[];
  choices: readonly DemoChoice[];
}): string => {
  const errors = options.errors ?? [];
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const emailError = errorFor("email");
  const passwordError = errorFor("password");
  const action = `/oidc/interaction/${encodeURIComponent(options.uid)}`;
  return page(
    "Sign in",
    `${errorSummary(errors)}
<h1 class="govuk-heading-l">Sign in</h1>
<div class="govuk-inset-text">
  This is the local demonstration. Every demo user's password is <strong>${demoPassword}</strong>.
  The people and organisations here are made up: do not enter real personal data.
</div>
<form method="post" action="${action}/login" novalidate>
  ${textInput({ id: "email", label: "Email address", type: "email", autocomplete: "username", ...(options.email ? { value: options.email } : {}), ...(emailError ? { error: emailError } : {}) })}
  ${textInput({ id: "password", label: "Password", type: "password", autocomplete: "current-password", autofocus: Boolean(options.email) && errors.length === 0, ...(passwordError ? { error: passwordError } : {}) })}
  <button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
</form>
<h2 class="govuk-heading-m">Demo users</h2>
<p class="govuk-body">Choose someone to fill in their email address, then enter the password.</p>
<form method="get" action="${action}">
  <ul class="govuk-list">
${options.choices
  .map(
    (c) => `    <li class="govuk-!-margin-bottom-4">
      <button type="submit" name="email" value="${escapeHtml(c.email)}" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" data-module="govuk-button">Choose ${escapeHtml(c.name)}</button>
      <p class="govuk-body-s govuk-!-margin-bottom-0">${escapeHtml(c.description)}</p>
    </li>`,
  )
  .join("\n")}
  </ul>
</form>`,
    { error: errors.length > 0 },
  );
};

/** The second step for people who have set up an authenticator app. */
export const totpPage = (options: { uid: string; error?: string }): string =>
  page(
    "Enter the code from your authenticator app",
    `${errorSummary(options.error ? [{ field: "code", message: options.error }] : [])}
<form method="post" action="/oidc/interaction/${encodeURIComponent(options.uid)}/totp" novalidate>
  <h1 class="govuk-heading-l">Enter the code from your authenticator app</h1>
  ${textInput({ id: "code", label: "Security code", type: "text", autocomplete: "one-time-code", inputmode: "numeric", width: "govuk-input--width-5", hint: "The 6-digit code your authenticator app shows for the portal.", ...(options.error ? { error: options.error } : {}) })}
  <button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
</form>`,
    { error: options.error !== undefined },
  );
