import { createContext, type ReactNode, useContext } from "react";
import { type FieldValues, FormProvider } from "react-hook-form";
import type { FormErrors } from "./form-errors.ts";
import type { GovForm as Form } from "./use-gov-form.ts";

const ErrorsContext = createContext<FormErrors | null>(null);

/** The message to show beside a field (by its API path), from the enclosing form's last failed attempt. */
export const useFieldError = (path: string): string | undefined => useContext(ErrorsContext)?.fields[path];

/**
 * The `<form>` of a page built with `useGovForm`: the browser's own validation off (the design system's
 * error summary and messages do the job), the fields bound to the form, and `onSubmit` from `form.submit`.
 */
export function GovForm<V extends FieldValues, R>({
  form,
  onSubmit,
  label,
  children,
}: {
  form: Form<V, R>;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** The form's accessible name, when a page has more than one form (a list's filters). */
  label?: string;
  children: ReactNode;
}) {
  return (
    <FormProvider {...form.form}>
      <ErrorsContext.Provider value={form.errors}>
        <form noValidate aria-label={label} onSubmit={(event) => void onSubmit(event)}>
          {children}
        </form>
      </ErrorsContext.Provider>
    </FormProvider>
  );
}
