import type { ComponentProps, ReactNode } from "react";
import { useController, useFormContext } from "react-hook-form";
import {
  Checkboxes,
  DateInput,
  type DateParts,
  Radios,
  Select,
  Textarea,
  TextInput,
  WordCount,
} from "../components/govuk/fields.ts";
import { fieldId } from "./error-state.ts";
import { useFieldError } from "./GovForm.tsx";

/**
 * A field of the enclosing `GovForm`, by its name in the form's values. `errorPath` names the request field
 * whose messages it shows, when the form holds it under another name (a price typed in pounds, sent in pence).
 */
interface Bound {
  name: string;
  errorPath?: string;
}

/** The value, change handler and error message of one bound field. */
export function useBoundField<T>({ name, errorPath }: Bound) {
  const { control } = useFormContext();
  const { field } = useController({ name, control });
  return {
    value: field.value as T,
    onChange: field.onChange as (value: T) => void,
    error: useFieldError(errorPath ?? name),
  };
}

type Unbound<P> = Omit<P, "value" | "values" | "onChange" | "error" | "id" | "name">;

/** A GOV.UK text input bound to the form. */
export function FormTextInput({
  name,
  errorPath,
  id,
  ...props
}: Bound & { id?: string } & Unbound<ComponentProps<typeof TextInput>>) {
  const bound = useBoundField<string>({ name, ...(errorPath ? { errorPath } : {}) });
  return <TextInput {...props} id={id ?? fieldId(name)} name={name} {...bound} value={bound.value ?? ""} />;
}

/** A GOV.UK textarea bound to the form. */
export function FormTextarea({
  name,
  errorPath,
  id,
  ...props
}: Bound & { id?: string } & Unbound<ComponentProps<typeof Textarea>>) {
  const bound = useBoundField<string>({ name, ...(errorPath ? { errorPath } : {}) });
  return <Textarea {...props} id={id ?? fieldId(name)} name={name} {...bound} value={bound.value ?? ""} />;
}

/** A GOV.UK textarea with a word count, bound to the form. */
export function FormWordCount({
  name,
  errorPath,
  id,
  ...props
}: Bound & { id?: string } & Unbound<ComponentProps<typeof WordCount>>) {
  const bound = useBoundField<string>({ name, ...(errorPath ? { errorPath } : {}) });
  return <WordCount {...props} id={id ?? fieldId(name)} {...bound} value={bound.value ?? ""} />;
}

/** A GOV.UK select bound to the form. */
export function FormSelect({
  name,
  errorPath,
  id,
  ...props
}: Bound & { id?: string } & Unbound<ComponentProps<typeof Select>>) {
  const bound = useBoundField<string>({ name, ...(errorPath ? { errorPath } : {}) });
  return <Select {...props} id={id ?? fieldId(name)} name={name} {...bound} value={bound.value ?? ""} />;
}

/** GOV.UK radios bound to the form (the first item's id is the field's, for the error summary's link). */
export function FormRadios({
  name,
  errorPath,
  idPrefix,
  ...props
}: Bound & { idPrefix?: string } & Unbound<ComponentProps<typeof Radios>>) {
  const bound = useBoundField<string | undefined>({ name, ...(errorPath ? { errorPath } : {}) });
  return <Radios {...props} name={name} idPrefix={idPrefix ?? fieldId(name)} {...bound} />;
}

/** GOV.UK checkboxes bound to the form; the value is the list of checked items' values. */
export function FormCheckboxes({
  name,
  errorPath,
  idPrefix,
  ...props
}: Bound & { idPrefix?: string } & Unbound<ComponentProps<typeof Checkboxes>>) {
  const { value, onChange, error } = useBoundField<string[]>({ name, ...(errorPath ? { errorPath } : {}) });
  return (
    <Checkboxes
      {...props}
      name={name}
      idPrefix={idPrefix ?? fieldId(name)}
      values={value ?? []}
      onChange={onChange}
      error={error}
    />
  );
}

/** A GOV.UK date (and optionally time) input bound to the form; the value is its parts as typed. */
export function FormDateInput({
  name,
  errorPath,
  id,
  ...props
}: Bound & { id?: string } & Unbound<ComponentProps<typeof DateInput>>) {
  const bound = useBoundField<DateParts>({ name, ...(errorPath ? { errorPath } : {}) });
  return <DateInput {...props} id={id ?? fieldId(name)} {...bound} value={bound.value ?? {}} />;
}

/** Any other control bound to the form (file lists, tables of inputs): render it from the bound field. */
export function FormField<T>({
  render,
  ...bound
}: Bound & { render: (field: ReturnType<typeof useBoundField<T>>) => ReactNode }) {
  return <>{render(useBoundField<T>(bound))}</>;
}
