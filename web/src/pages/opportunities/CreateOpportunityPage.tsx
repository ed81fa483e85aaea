import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import type { Me } from "#shared/accounts/me.ts";
import { createOpportunitySchema } from "#shared/opportunities/opportunity.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { createOpportunity, opportunityKeys } from "../../api/opportunities.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { Button } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormCheckboxes, FormRadios, FormTextInput } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";

const title = "Create an opportunity";
const fields = ["title", "needAreaId", "regionIds"] as const;

interface CreateValues {
  title: string;
  needAreaId: string;
  regionIds: string[];
}

/** The form as the API's request: a need area not yet chosen is left out, so the schema asks for it. */
const toRequest = (values: CreateValues) => ({ ...values, needAreaId: values.needAreaId || undefined });

function CreateForm({ me, reference }: { me: Me; reference: ReferenceData }) {
  const lookup = referenceLookup(reference);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useGovForm({
    schema: createOpportunitySchema,
    toRequest,
    defaultValues: {
      title: "",
      needAreaId: "",
      // A commissioner of one region has nothing to choose.
      regionIds: me.user.regions.length === 1 ? me.user.regions : [],
    },
    fields,
  });
  const { errors, busy } = create;
  usePageTitle(errors ? `Error: ${title}` : title);

  const onSubmit = create.submit(async (request) => {
    const created = await createOpportunity(request);
    await queryClient.invalidateQueries({ queryKey: opportunityKeys.all });
    await navigate(`/opportunities/${created.id}/edit`, { state: { flash: "Draft created" } });
  });

  return (
    <>
      <BackLink href="/opportunities" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption="Commissioning">{title}</PageHeading>
          <p className="govuk-body">
            Start with a title, the need area and the regions. You can then fill in the rest of the draft and
            publish it when it is complete.
          </p>
          <GovForm form={create} onSubmit={onSubmit}>
            <FormTextInput
              name="title"
              label="Title"
              labelClassName="govuk-label--m"
              hint="Say what is being bought and where, for example ‘Accommodation support in north London’"
            />
            <FormRadios
              name="needAreaId"
              legend="Need area"
              small
              items={reference.needAreas.map((area) => ({ value: area.id, text: area.name }))}
            />
            <FormCheckboxes
              name="regionIds"
              legend="Regions"
              hint="You can commission in these regions"
              items={me.user.regions.map((id) => ({ value: id, text: lookup.region(id)?.name ?? id }))}
            />
            <Button type="submit" disabled={busy}>
              Create draft
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/opportunities/new`: start a draft call-off competition. */
export function CreateOpportunityPage() {
  const me = useMe();
  const reference = useReference();
  const state = settle(me, reference);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  return <CreateForm me={state.data[0]} reference={state.data[1]} />;
}
