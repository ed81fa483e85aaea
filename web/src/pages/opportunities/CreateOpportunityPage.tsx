import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import type { Me } from "#shared/accounts/me.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { createOpportunity, opportunityKeys } from "../../api/opportunities.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { BackLink, Button, Checkboxes, Radios, TextInput } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { type FieldLinks, useFormErrors } from "../../forms/form-errors.ts";

const title = "Create an opportunity";
const links: FieldLinks = { title: "#title", needAreaId: "#needAreaId", regionIds: "#regionIds" };

function CreateForm({ me, reference }: { me: Me; reference: ReferenceData }) {
  const lookup = referenceLookup(reference);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    title: "",
    needAreaId: "",
    regionIds: me.user.regions.length === 1 ? me.user.regions : ([] as string[]),
  });
  const [sending, setSending] = useState(false);
  const { errors, showError } = useFormErrors(links);
  usePageTitle(errors ? `Error: ${title}` : title);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    try {
      const created = await createOpportunity({
        title: values.title,
        needAreaId: values.needAreaId,
        regionIds: values.regionIds,
      } as Parameters<typeof createOpportunity>[0]);
      await queryClient.invalidateQueries({ queryKey: opportunityKeys.all });
      navigate(`/opportunities/${created.id}/edit`, { state: { flash: "Draft created" } });
    } catch (error) {
      setSending(false);
      showError(error);
    }
  }

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
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="title"
              label="Title"
              labelClassName="govuk-label--m"
              hint="Say what is being bought and where, for example ‘Accommodation support in north London’"
              value={values.title}
              onChange={(v) => setValues({ ...values, title: v })}
              error={errors?.fields.title}
            />
            <Radios
              name="needAreaId"
              legend="Need area"
              value={values.needAreaId}
              onChange={(v) => setValues({ ...values, needAreaId: v })}
              error={errors?.fields.needAreaId}
              small
              items={reference.needAreas.map((area) => ({ value: area.id, text: area.name }))}
            />
            <Checkboxes
              name="regionIds"
              legend="Regions"
              hint="You can commission in these regions"
              values={values.regionIds}
              onChange={(v) => setValues({ ...values, regionIds: v })}
              error={errors?.fields.regionIds}
              items={me.user.regions.map((id) => ({ value: id, text: lookup.region(id)?.name ?? id }))}
            />
            <Button type="submit" disabled={sending}>
              Create draft
            </Button>
          </form>
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
