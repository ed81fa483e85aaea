import { useMemo, type ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { useParams } from "react-router";
import type * as z from "zod";
import type { Referral } from "#shared/referrals/referral.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { referralAction, useReferral } from "../../../api/referrals.ts";
import { useReference } from "../../../api/queries.ts";
import { Button } from "../../../components/govuk/index.ts";
import { BackLink } from "../../../components/govuk/journey.ts";
import { PageHeading } from "../../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../../components/page/page-title.ts";
import { settle } from "../../../components/page/query-state.tsx";
import type { FormFields } from "../../../forms/error-state.ts";
import { FormErrorSummary } from "../../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../../forms/GovForm.tsx";
import { useGovForm } from "../../../forms/use-gov-form.ts";
import { personName } from "../../referrals/referral-words.ts";
import { useAfterReferralChange } from "../../referrals/use-referral-action.ts";

/** One provider action's form: its request schema, its values for this referral and how they become the request. */
export interface ActionForm<V extends FieldValues, R> {
  /** The request schema the action's route validates with (it includes the referral's `version`). */
  schema: z.ZodType<R>;
  defaults: (referral: Referral) => V;
  /** The values as the request, without `version` (the frame adds it); identity when omitted. */
  toRequest?: (values: V, referral: Referral) => object;
  /** The fields in page order (by request path), or worked out from the referral. */
  fields: FormFields | ((referral: Referral) => FormFields);
}

interface FrameProps<V extends FieldValues, R> {
  title: string;
  /** The action's path under `/api/referrals/:id/`. */
  action: string;
  flash: string;
  submitText: string;
  form: ActionForm<V, R>;
  /** The form's fields, drawn with the bound field components. */
  children: (referral: Referral, reference: ReferenceData) => ReactNode;
}

function ActionFormView<V extends FieldValues, R>({
  referral,
  reference,
  ...props
}: FrameProps<V, R> & { referral: Referral; reference: ReferenceData }) {
  const { title, action, flash, submitText, form: spec, children } = props;
  const toRequest = useMemo(
    () => (values: V) => ({
      ...(spec.toRequest ? spec.toRequest(values, referral) : values),
      version: referral.version,
    }),
    [spec, referral],
  );
  const fields = useMemo(
    () => (typeof spec.fields === "function" ? spec.fields(referral) : spec.fields),
    [spec, referral],
  );
  const form = useGovForm({ schema: spec.schema, toRequest, defaultValues: spec.defaults(referral), fields });
  const done = useAfterReferralChange();
  const back = `/provider/referrals/${referral.id}`;
  usePageTitle(form.errors ? `Error: ${title}` : title);
  const onSubmit = form.submit(async (request) => {
    await referralAction(referral.id, action, request as object);
    await done(back, flash);
  });
  return (
    <>
      <BackLink href={back}>Back to the referral</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={form.errors} />
          <PageHeading caption={`${personName(referral)} – ${referral.reference ?? ""}`}>{title}</PageHeading>
          <GovForm form={form} onSubmit={onSubmit}>
            {children(referral, reference)}
            <Button type="submit" disabled={form.busy}>
              {submitText}
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/**
 * The frame of every provider action page: loads the referral, shows the heading and error summary,
 * checks the form with the action's request schema and posts it, returning to the referral with a
 * success banner.
 */
export function ActionFrame<V extends FieldValues, R>(props: FrameProps<V, R>) {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const reference = useReference();
  const state = settle(referral, reference);
  usePageTitle(state.title ?? props.title);
  if (!state.ready) return state.view;
  const [r, ref] = state.data;
  return <ActionFormView {...props} referral={r} reference={ref} />;
}
