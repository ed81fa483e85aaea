import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { inviteMemberSchema } from "#shared/accounts/people.ts";
import { inviteMember, peopleKeys } from "../../api/people.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { Button } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormCheckboxes, FormTextInput } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { roleItems } from "./people.presenter.ts";

const title = "Invite a person";
const fields = ["name", "email", "roles"] as const;

/** `/organisation/people/invite`: an administrator invites a person by e-mail, with their roles. */
export function InvitePage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useGovForm({
    schema: inviteMemberSchema,
    defaultValues: { name: "", email: "", roles: [] as string[] },
    fields,
  });
  usePageTitle(form.errors ? `Error: ${title}` : title);
  const onSubmit = form.submit(async (input) => {
    const invitation = await inviteMember(input);
    await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
    navigate("/organisation/people/invited", { state: { email: invitation.email, name: invitation.name } });
  });
  return (
    <>
      <BackLink href="/organisation/people" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <PageHeading>{title}</PageHeading>
          <p className="govuk-body">
            We will e-mail them a link to join your organisation. The link works once, for 7 days.
          </p>
          <GovForm form={form} onSubmit={onSubmit}>
            <FormTextInput name="name" label="Full name" autoComplete="off" />
            <FormTextInput name="email" label="E-mail address" spellCheck={false} autoComplete="off" />
            <FormCheckboxes name="roles" legend="Roles" hint="Select all that apply" items={roleItems} />
            <Button type="submit" disabled={form.busy}>
              Send invitation
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}
