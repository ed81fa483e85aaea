import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { changeStaffSchema, type StaffMemberView } from "#shared/accounts/staff.ts";
import { changeStaff, peopleKeys, useStaff } from "../../api/people.ts";
import { useReference } from "../../api/queries.ts";
import { Button } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { FormCheckboxes, FormSelect } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { changeStaffDefaults, changeStaffRequest, staffRoleText } from "./staff.presenter.ts";

type Places = NonNullable<ReturnType<typeof useReference>["data"]>;

function ChangeStaffForm({ member, places }: { member: StaffMemberView; places: Places }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const officer = member.role === "responsible-officer";
  const form = useGovForm({
    schema: changeStaffSchema,
    toRequest: changeStaffRequest(member),
    defaultValues: changeStaffDefaults(member),
    fields: officer ? { pdu: "#pdu" } : { regions: "#regions", frameworkAdmin: "#admin" },
  });
  usePageTitle(form.errors ? `Error: ${member.name}` : member.name);
  const onSubmit = form.submit(async (input) => {
    await changeStaff(member.userId, input);
    await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
    navigate("/staff", { state: { flash: `${member.name}’s details have been changed` } });
  });
  return (
    <>
      <BackLink href="/staff" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <PageHeading caption={`${staffRoleText(member)} · ${member.email}`}>{member.name}</PageHeading>
          <GovForm form={form} onSubmit={onSubmit}>
            {officer ? (
              <FormSelect
                name="pdu"
                label="Probation delivery unit"
                hint="The referrals they made stay with the unit they were made in"
                items={[
                  { value: "", text: "Choose a PDU" },
                  ...places.regions.flatMap((r) =>
                    r.pdus.map((p) => ({ value: p.id, text: `${p.name} (${r.name})` })),
                  ),
                ]}
              />
            ) : (
              <>
                <FormCheckboxes
                  name="regions"
                  legend="Regions"
                  hint="Select all the regions they commission for"
                  items={places.regions.map((r) => ({ value: r.id, text: r.name }))}
                />
                <FormCheckboxes
                  name="admin"
                  idPrefix="admin"
                  legend="Framework administrator"
                  items={[{ value: "yes", text: "They may admit providers and manage staff" }]}
                />
              </>
            )}
            <p className="govuk-body">The change applies the next time they do anything in the portal.</p>
            <Button type="submit" disabled={form.busy}>
              Save changes
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/staff/:userId`: a framework administrator changes where a member of staff works. */
export function ChangeStaffPage() {
  const { userId = "" } = useParams();
  const staff = useStaff();
  const reference = useReference();
  const state = settle(staff, reference);
  usePageTitle(state.title ?? "Member of staff");
  if (!state.ready) return state.view;
  const [page, places] = state.data;
  const member = page.members.find((m) => m.userId === userId);
  if (!member) return <NotFoundPage />;
  return <ChangeStaffForm key={`${member.userId}:${member.version}`} member={member} places={places} />;
}
