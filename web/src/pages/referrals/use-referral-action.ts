import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { type FieldLinks, useFormErrors } from "../../forms/form-errors.ts";
import { useSubmit } from "../../forms/use-submit.ts";

/**
 * What a form does after it changed a referral: fresh referral (and catalogue capacity) data, then the
 * next page, with an optional success banner there.
 */
export function useAfterReferralChange() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return async (to: string, flash?: string) => {
    await queryClient.invalidateQueries({ queryKey: ["referrals"] });
    await queryClient.invalidateQueries({ queryKey: ["catalogue"] });
    navigate(to, flash ? { state: { flash } } : undefined);
  };
}

/**
 * The old form plumbing for a button that changes a referral (its errors, its submit, then as
 * `useAfterReferralChange`). Only the provider's referral page (being split into sub-navigation) still
 * uses it; the forms of this area use `useGovForm`. The lead removes it with `useFormErrors` at merge.
 */
export function useReferralAction(links: FieldLinks) {
  const after = useAfterReferralChange();
  const { errors, showFieldErrors, showError } = useFormErrors(links);
  const { busy, submit } = useSubmit(showError);
  const run = <T>(action: () => Promise<T>, to: string | ((result: T) => string), flash?: string) =>
    submit(async () => {
      const result = await action();
      await after(typeof to === "string" ? to : to(result), flash);
    });
  return { errors, showFieldErrors, busy, run };
}
