import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import * as z from "zod";
// Any validation issue without a message of its own reads as plain English, never zod's text. Installed
// here, where every form's validation starts, rather than in main.tsx: zod stays off the first page.
import "#shared/http/person-messages.ts";

/**
 * A react-hook-form resolver from the shared request schema: the form's values (text as typed, dates as
 * parts) become the request through `toRequest`, and the API's own schema judges it, so a form and the
 * endpoint it posts to can never disagree about what is valid or how the problem is worded.
 * `toRequest` passes what a person typed through even when it cannot be read (a price of "abc" stays "abc"),
 * so the schema, not the browser, words the error.
 */
export function formResolver<V extends FieldValues, R>(
  schema: z.ZodType<R>,
  toRequest: (values: V) => unknown = (values) => values,
): Resolver<V, unknown, R> {
  const formSchema = z
    .custom<V>()
    .transform((values) => toRequest(values))
    .pipe(schema);
  return zodResolver(formSchema) as Resolver<V, unknown, R>;
}
