import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import * as z from "zod";
import { changeRolesSchema } from "#shared/accounts/people.ts";
import {
  changeMemberRoles,
  type MemberDetail,
  peopleKeys,
  removeMember,
  useMember,
} from "../../api/people.ts";
import { AppLink, Button } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormCheckboxes } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { removalView, roleItems } from "./people.presenter.ts";

/** Removal sends nothing but the address: its form has no fields, so its refusals reach the summary. */
const removeSchema = z.object({});

function MemberForms({ member }: { member: MemberDetail }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const roles = useGovForm({
    schema: changeRolesSchema,
    defaultValues: { roles: member.roles as string[] },
    fields: ["roles"] as const,
  });
  const remove = useGovForm({ schema: removeSchema, defaultValues: {}, fields: [] as const });
  const errors = roles.errors ?? remove.errors;
  usePageTitle(errors ? `Error: ${member.name}` : member.name);
  const done = async (flash: string) => {
    await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
    navigate("/organisation/people", { state: { flash } });
  };
  const onRoles = roles.submit(async (input) => {
    await changeMemberRoles(member.userId, input.roles);
    await done(`${member.name}’s roles have been changed`);
  });
  const onRemove = remove.submit(async () => {
    await removeMember(member.userId);
    await done(`${member.name} has been removed`);
  });
  const removal = removalView(member);
  return (
    <>
      <BackLink href="/organisation/people" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={member.email}>{member.name}</PageHeading>
          <GovForm form={roles} onSubmit={onRoles} label="Roles">
            <FormCheckboxes
              name="roles"
              legend="Roles"
              legendSize="m"
              hint="A change applies the next time they do anything in the portal"
              items={roleItems}
            />
            <Button type="submit" disabled={roles.busy}>
              Save roles
            </Button>
          </GovForm>
          <h2 className="govuk-heading-m">Remove from your organisation</h2>
          <p className="govuk-body">{removal.text}</p>
          {removal.cases.length > 0 ? (
            <ul className="govuk-list govuk-list--bullet">
              {removal.cases.map((c) => (
                <li key={c.href}>
                  <AppLink href={c.href} className="govuk-link">
                    Referral {c.text}
                  </AppLink>
                </li>
              ))}
            </ul>
          ) : null}
          <GovForm form={remove} onSubmit={onRemove} label="Remove">
            <Button type="submit" variant="warning" disabled={remove.busy}>
              Remove {member.name}
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/organisation/people/:userId`: change a member's roles, or remove them (once no referral is theirs). */
export function MemberPage() {
  const { userId = "" } = useParams();
  const member = useMember(userId);
  const state = settle(member);
  usePageTitle(state.title ?? "Member");
  if (!state.ready) return state.view;
  return <MemberForms key={`${state.data[0].userId}:${state.data[0].version}`} member={state.data[0]} />;
}
