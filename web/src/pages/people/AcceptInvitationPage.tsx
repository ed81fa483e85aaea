import { useState } from "react";
import { useParams } from "react-router";
import { acceptInvitationSchema } from "#shared/accounts/people.ts";
import { acceptInvitation, type InvitationView, useInvitationLink } from "../../api/people.ts";
import { ApiError } from "../../api/api-error.ts";
import { AppLink, Button } from "../../components/govuk/index.ts";
import { Panel } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormTextInput } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { rolesText } from "./people.presenter.ts";

const linkGoneTitle = "This invitation link no longer works";

function LinkGone({ detail }: { detail: string | undefined }) {
  usePageTitle(linkGoneTitle);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>{linkGoneTitle}</PageHeading>
        <p className="govuk-body">{detail}</p>
        <p className="govuk-body">Nothing has been set up for you from this link.</p>
      </div>
    </div>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationView }) {
  const [accepted, setAccepted] = useState<string | null>(null);
  const form = useGovForm({
    schema: acceptInvitationSchema,
    defaultValues: { name: invitation.name, password: "" },
    fields: ["name", "password"] as const,
  });
  const title = accepted ? "Your account is ready" : `Join ${invitation.into}`;
  usePageTitle(form.errors ? `Error: ${title}` : title);
  const onSubmit = form.submit(async (input) => {
    const account = await acceptInvitation(token, input);
    setAccepted(account.email);
  });
  if (accepted) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title="Your account is ready">You are now a member of {invitation.into}</Panel>
          <p className="govuk-body">Sign in with {accepted} and the password you chose.</p>
          <p className="govuk-body">
            <AppLink href="/sign-in" className="govuk-link">
              Sign in
            </AppLink>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={form.errors} />
        <PageHeading>{title}</PageHeading>
        <p className="govuk-body">
          {invitation.invitedBy} has invited you to join {invitation.into} on the Dynamic Framework Portal as:{" "}
          {rolesText(invitation.roles) === "No roles"
            ? invitation.roles.join(", ")
            : rolesText(invitation.roles)}
          .
        </p>
        <p className="govuk-body">You will sign in with {invitation.email}.</p>
        <GovForm form={form} onSubmit={onSubmit}>
          <FormTextInput name="name" label="Your full name" autoComplete="name" />
          <FormTextInput
            name="password"
            label="Choose a password"
            hint="At least 12 characters. A few unrelated words make a strong password."
            autoComplete="new-password"
            password
          />
          <Button type="submit" disabled={form.busy}>
            Accept and create account
          </Button>
        </GovForm>
      </div>
    </div>
  );
}

/** `/invitations/:token`: the invitee sees who invited them to what, and sets up their sign-in. No sign-in needed. */
export function AcceptInvitationPage() {
  const { token = "" } = useParams();
  const link = useInvitationLink(token);
  const state = settle(link);
  usePageTitle(state.title ?? "Accept your invitation");
  if (link.error instanceof ApiError && link.error.status === 410)
    return <LinkGone detail={link.error.detail} />;
  if (!state.ready) return state.view;
  return <AcceptForm token={token} invitation={state.data[0]} />;
}
