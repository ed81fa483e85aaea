import { ErrorSummary } from "../components/govuk/index.ts";
import type { FormErrors } from "./form-errors.ts";

/** The error summary for a form's last failed attempt (re-mounted each time, so it takes focus). */
export function FormErrorSummary({ errors }: { errors: FormErrors | null }) {
  if (errors === null) return null;
  return (
    <ErrorSummary
      key={errors.attempt}
      errors={errors.summary}
      {...(errors.description ? { description: errors.description } : {})}
    />
  );
}
