import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { inviteStaffSchema } from "#shared/accounts/staff.ts";
import { inviteStaff, peopleKeys } from "../../api/people.ts";
import { useReference } from "../../api/queries.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { Button } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormCheckboxes, FormRadios, FormSelect, FormTextInput } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { inviteStaffRequest } from "./staff.presenter.ts";

const title = "Invite a member of staff";

type Places = NonNullable<ReturnType<typeof useReference>["data"]>;

function InviteStaffForm({ places }: { places: Places }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useGovForm({
    schema: inviteStaffSchema,
    toRequest: inviteStaffRequest,
    defaultValues: { name: "", email: "", role: "", regions: [] as string[], pdu: "", admin: [] as string[] },
    fields: {
      name: "#name",
      email: "#email",
      role: "#role",
      regions: "#regions",
      pdu: "#pdu",
      frameworkAdmin: "#admin",
    },
  });
  usePageTitle(form.errors ? `Error: ${title}` : title);
  const onSubmit = form.submit(async (input) => {
    const invitation = await inviteStaff(input as Parameters<typeof inviteStaff>[0]);
    await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
    navigate("/staff", { state: { flash: `Invitation sent to ${invitation.email}` } });
  });
  return (
    <>
      <BackLink href="/staff" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <PageHeading>{title}</PageHeading>
          <GovForm form={form} onSubmit={onSubmit}>
            <FormTextInput name="name" label="Full name" autoComplete="off" />
            <FormTextInput name="email" label="E-mail address" spellCheck={false} autoComplete="off" />
            <FormRadios
              name="role"
              legend="Role"
              items={[
                {
                  value: "commissioner",
                  text: "Commissioner",
                  hint: "Runs competitions and contracts in their regions",
                },
                {
                  value: "responsible-officer",
                  text: "Responsible officer",
                  hint: "Refers people in their PDU",
                },
              ]}
            />
            <FormCheckboxes
              name="regions"
              legend="Regions (commissioners)"
              hint="Select all the regions they commission for"
              items={places.regions.map((r) => ({ value: r.id, text: r.name }))}
            />
            <FormSelect
              name="pdu"
              label="Probation delivery unit (responsible officers)"
              items={[
                { value: "", text: "Choose a PDU" },
                ...places.regions.flatMap((r) =>
                  r.pdus.map((p) => ({ value: p.id, text: `${p.name} (${r.name})` })),
                ),
              ]}
            />
            <FormCheckboxes
              name="admin"
              idPrefix="admin"
              legend="Framework administrator (commissioners)"
              items={[{ value: "yes", text: "They may admit providers and manage staff" }]}
            />
            <Button type="submit" disabled={form.busy}>
              Send invitation
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/staff/invite`: a framework administrator invites a commissioner or a responsible officer into a PDU. */
export function InviteStaffPage() {
  const reference = useReference();
  const state = settle(reference);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  return <InviteStaffForm places={state.data[0]} />;
}
