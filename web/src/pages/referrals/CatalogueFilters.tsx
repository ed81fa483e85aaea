import { useSearchParams } from "react-router";
import type { Me } from "#shared/accounts/me.ts";
import { catalogueQuerySchema } from "#shared/catalogue/catalogue.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { Button } from "../../components/govuk/index.ts";
import { FormCheckboxes, FormSelect } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { catalogueParams, filtersFromUrl } from "./CataloguePage.presenter.ts";

const fields = ["needArea", "pdu", "tier", "sex", "setting", "youngAdults"] as const;
const any = (text: string) => ({ value: "", text });

/**
 * The catalogue's filters: a GET form whose values come from the URL and whose search sets it (so
 * "Back to search" and shared links keep them), checked first by the search's own query schema — the
 * catalogue is searched by need area, so it says so rather than search for nothing.
 */
export function CatalogueFilters({ me, reference }: { me: Me; reference: ReferenceData }) {
  const [params, setParams] = useSearchParams();
  const filters = useGovForm({
    schema: catalogueQuerySchema,
    toRequest: catalogueParams,
    defaultValues: filtersFromUrl(params, me),
    fields,
  });
  const onSubmit = filters.submit(async (_query, values) => {
    setParams(catalogueParams(values));
  });
  const regions = reference.regions.filter((r) => me.user.regions.includes(r.id));
  return (
    <GovForm form={filters} onSubmit={onSubmit} aria-label="Filter interventions">
      <FormErrorSummary errors={filters.errors} />
      <FormSelect
        name="needArea"
        label="Need area"
        hint="What the person needs help with, for example accommodation"
        items={[
          any("Choose a need area"),
          ...reference.needAreas.map((n) => ({ value: n.id, text: n.name })),
        ]}
      />
      <FormSelect
        name="pdu"
        label="Probation delivery unit"
        items={regions.flatMap((r) => r.pdus.map((p) => ({ value: p.id, text: `${p.name} (${r.name})` })))}
      />
      <FormSelect
        name="tier"
        label="Complexity"
        items={[
          any("Any complexity"),
          ...reference.complexityTiers.map((t) => ({ value: t.id, text: t.name })),
        ]}
      />
      <FormSelect
        name="sex"
        label="Sex of the person"
        items={[any("Any"), { value: "female", text: "Female" }, { value: "male", text: "Male" }]}
      />
      <FormSelect
        name="setting"
        label="Setting"
        items={[
          any("Any setting"),
          { value: "community", text: "Community" },
          { value: "custody", text: "Custody" },
        ]}
      />
      <FormCheckboxes
        name="youngAdults"
        legend="Age"
        legendSize="s"
        small
        items={[{ value: "true", text: "Only services for young adults (18 to 25)" }]}
      />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </GovForm>
  );
}
