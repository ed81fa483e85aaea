import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { type FieldLinks, useFormErrors } from "../../forms/form-errors.ts";
import { useSubmit } from "../../forms/use-submit.ts";

/**
 * A form that changes a referral: its errors, its submit (busy while running) and, on success,
 * fresh referral data and the next page, with an optional success banner there.
 */
export function useReferralAction(links: FieldLinks) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { errors, showFieldErrors, showError } = useFormErrors(links);
  const { busy, submit } = useSubmit(showError);
  const run = <T>(action: () => Promise<T>, to: string | ((result: T) => string), flash?: string) =>
    submit(async () => {
      const result = await action();
      await queryClient.invalidateQueries({ queryKey: ["referrals"] });
      await queryClient.invalidateQueries({ queryKey: ["catalogue"] });
      navigate(typeof to === "string" ? to : to(result), flash ? { state: { flash } } : undefined);
    });
  return { errors, showFieldErrors, busy, run };
}
