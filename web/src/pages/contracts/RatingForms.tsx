import { useQueryClient } from "@tanstack/react-query";
import type { Contract } from "#shared/contracts/contract.ts";
import {
  type ContractRating,
  decideRatingSchema,
  proposeRatingSchema,
  ratingText,
  ratingValues,
  respondToRatingSchema,
} from "#shared/contracts/rating.ts";
import { decideRating, proposeRating, respondToRating } from "../../api/contract-reviews.ts";
import { Button } from "../../components/govuk/index.ts";
import { FormRadios, FormTextarea, FormTextInput } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";

const useRefresh = (contract: Contract) => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["contracts", contract.id] });
};

/** A commissioner's review on demand: the portal proposes the quarter's rating from its figures now. */
export function ProposeRatingForm({ contract, period }: { contract: Contract; period: string }) {
  const refresh = useRefresh(contract);
  const form = useGovForm({
    schema: proposeRatingSchema,
    defaultValues: { period },
    fields: { period: "#review-period" },
  });
  const onSubmit = form.submit(async (body) => {
    await proposeRating(contract.id, body);
    await refresh();
  });
  return (
    <GovForm form={form} onSubmit={onSubmit} aria-label="Review a quarter now">
      <FormErrorSummary errors={form.errors} />
      <FormTextInput
        name="period"
        id="review-period"
        label="Quarter to review"
        hint="For example, 2026-Q3. The portal proposes a rating from that quarter's figures against the targets."
        width="10"
      />
      <Button type="submit" variant="secondary" disabled={form.busy}>
        Propose a rating
      </Button>
    </GovForm>
  );
}

/** The commissioner confirms the proposed rating or changes it, always with a reason. */
export function DecideRatingForm({ contract, rating }: { contract: Contract; rating: ContractRating }) {
  const refresh = useRefresh(contract);
  const id = `decide-${rating.period}`;
  const form = useGovForm({
    schema: decideRatingSchema,
    defaultValues: { rating: rating.proposedRating as string, reason: "" },
    toRequest: (v: { rating: string; reason: string }) => ({ ...v, version: rating.version }),
    fields: { rating: `#${id}-rating`, reason: `#${id}-reason` },
  });
  const onSubmit = form.submit(async (body) => {
    await decideRating(contract.id, rating.period, body);
    await refresh();
  });
  return (
    <GovForm form={form} onSubmit={onSubmit} aria-label={`Confirm the rating for ${rating.period}`}>
      <FormErrorSummary errors={form.errors} />
      <FormRadios
        name="rating"
        idPrefix={`${id}-rating`}
        legend="Rating"
        legendSize="s"
        hint="The proposed rating is selected. Choose another to change it."
        small
        items={ratingValues.map((value) => ({ value, text: ratingText[value] }))}
      />
      <FormTextarea name="reason" id={`${id}-reason`} label="Reason for the rating" rows={3} />
      <Button type="submit" disabled={form.busy}>
        Confirm the rating
      </Button>
    </GovForm>
  );
}

/** The provider's response to a confirmed rating. */
export function RespondToRatingForm({ contract, rating }: { contract: Contract; rating: ContractRating }) {
  const refresh = useRefresh(contract);
  const id = `respond-${rating.period}`;
  const form = useGovForm({
    schema: respondToRatingSchema,
    defaultValues: { text: "" },
    toRequest: (v: { text: string }) => ({ ...v, version: rating.version }),
    fields: { text: `#${id}-text` },
  });
  const onSubmit = form.submit(async (body) => {
    await respondToRating(contract.id, rating.period, body);
    await refresh();
  });
  return (
    <GovForm form={form} onSubmit={onSubmit} aria-label={`Respond to the rating for ${rating.period}`}>
      <FormErrorSummary errors={form.errors} />
      <FormTextarea name="text" id={`${id}-text`} label="Your response to the rating" rows={3} />
      <Button type="submit" variant="secondary" disabled={form.busy}>
        Send your response
      </Button>
    </GovForm>
  );
}
