import { ApiError } from "../../api/api-error.ts";
import { ErrorSummary } from "../../components/govuk/index.ts";

/** What went wrong with a button's action, in the API's words (a rule broken, someone else's change). */
export function ActionError({ error, href }: { error: unknown; href?: string }) {
  if (!error) return null;
  const text =
    error instanceof ApiError
      ? (Object.values(error.fieldErrors)[0] ?? error.detail ?? error.title)
      : "Something went wrong. Try again.";
  return <ErrorSummary errors={[{ text, ...(href ? { href } : {}) }]} />;
}
