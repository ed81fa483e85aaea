import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { type Membership, membershipActionSchema } from "#shared/framework/membership.ts";
import { changeSupplierMembership, membershipKeys, useSupplierMembership } from "../../api/membership.ts";
import { Button, InsetText } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormRadios, FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { actionItems, confirmation, groundItems } from "./membership.presenter.ts";
import { MembershipSummary } from "./MembershipSummary.tsx";

const fields = ["action", "ground", "reason"] as const;

interface MembershipValues {
  action: string | undefined;
  ground: string | undefined;
  reason: string;
}

function MembershipForm({ membership }: { membership: Membership }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useGovForm({
    schema: membershipActionSchema,
    toRequest: ({ action, ground, reason }: MembershipValues) => ({
      action,
      ...(action !== "reinstate" && ground ? { ground } : {}),
      reason,
    }),
    defaultValues: { action: undefined, ground: undefined, reason: "" } as MembershipValues,
    fields,
  });
  const title = `Membership of ${membership.organisationName}`;
  usePageTitle(form.errors ? `Error: ${title}` : title);
  const onSubmit = form.submit(async (action) => {
    const changed = await changeSupplierMembership(membership.organisationId, action);
    queryClient.setQueryData(membershipKeys.one(membership.organisationId), changed);
    await navigate(".", {
      replace: true,
      state: { flash: confirmation(changed.organisationName, changed.status) },
    });
  });
  const items = actionItems(membership.status);
  return (
    <>
      <FormErrorSummary errors={form.errors} />
      {items.length === 0 ? (
        <InsetText>Removal is final: this supplier cannot rejoin through this membership.</InsetText>
      ) : (
        <GovForm form={form} onSubmit={onSubmit}>
          <FormRadios name="action" legend="What do you want to do?" items={items} />
          <FormRadios
            name="ground"
            legend="On what ground?"
            hint="Needed to suspend or remove a supplier, not to lift a suspension."
            items={groundItems}
          />
          <FormTextarea
            name="reason"
            label="Reason"
            hint="The supplier reads this in the portal and by e-mail: say what it would need to do, if anything."
          />
          <Button type="submit" disabled={form.busy}>
            Confirm
          </Button>
        </GovForm>
      )}
    </>
  );
}

/** `/framework/suppliers/:organisationId/membership`: a framework administrator suspends, removes or reinstates. */
export function MembershipPage() {
  const { organisationId = "" } = useParams();
  const membership = useSupplierMembership(organisationId);
  const state = settle(membership);
  usePageTitle(state.title ?? "Membership of the dynamic market");
  if (!state.ready) return state.view;
  const [current] = state.data;
  return (
    <>
      <BackLink href="/framework/suppliers" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FlashBanner />
          <PageHeading caption={current.organisationName}>Membership of the dynamic market</PageHeading>
          <MembershipSummary membership={current} />
          <MembershipForm key={current.status} membership={current} />
        </div>
      </div>
    </>
  );
}
