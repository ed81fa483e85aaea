import type { ReactNode } from "react";
import {
  type DefaultValues,
  type FieldValues,
  FormProvider,
  useForm,
  type UseFormReturn,
} from "react-hook-form";

/**
 * The form of a list's filters (GET semantics): its values start from the URL's search params and
 * applying them sets the search params, so the URL stays the source of truth (shareable; Back works).
 * Nothing is checked in the browser: the list's own query explains a filter it cannot use.
 */
export function useFilterForm<V extends FieldValues>(fromUrl: V) {
  return useForm<V>({ defaultValues: fromUrl as DefaultValues<V> });
}

/** The `<form>` of `useFilterForm`, with the bound field components inside it. */
export function FilterForm<V extends FieldValues>({
  form,
  onApply,
  children,
  ...attributes
}: {
  form: UseFormReturn<V>;
  onApply: (values: V) => void;
  children: ReactNode;
  "aria-label": string;
  role?: "search";
}) {
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => void form.handleSubmit(onApply)(event)} {...attributes}>
        {children}
      </form>
    </FormProvider>
  );
}
