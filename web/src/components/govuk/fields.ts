// The form fields, apart from the rest of the components: they bring the form components' styles
// (forms.scss), which pages without a form (every role's first page) do not load (issue 15).
export { Checkboxes, type CheckboxItem } from "./Checkboxes.tsx";
export { DateInput, type DatePart, type DateParts } from "./DateInput.tsx";
export { type RadioItem, Radios } from "./Radios.tsx";
export { Select, type SelectItem } from "./Select.tsx";
export { Textarea } from "./Textarea.tsx";
export { TextInput } from "./TextInput.tsx";
export { WordCount, wordCountMessage } from "./WordCount.tsx";
