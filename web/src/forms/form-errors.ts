import { useCallback, useState } from "react";
import type * as z from "zod";
import type { FieldError } from "#shared/http/problem.ts";
import { ApiError } from "../api/api-error.ts";
import type { ErrorSummaryItem } from "../components/govuk/index.ts";

/**
 * The fields of a form, by the API path each one answers to (`organisationName`, `qualityQuestions.0.weight`),
 * with the href the error summary links to: `#element-id` on the same page, or a path for another page.
 */
export type FieldLinks = Record<string, string>;

/** What a form shows after a failed attempt: the summary's messages and one message per field. */
export interface FormErrors {
  summary: ErrorSummaryItem[];
  fields: Record<string, string>;
  description?: string;
  /** Changes on every attempt, so the error summary re-mounts and takes focus again. */
  attempt: number;
}

/** The field an API path belongs to: the longest known field path that is the path or a parent of it. */
export function fieldFor(path: string, links: FieldLinks): string | undefined {
  let best: string | undefined;
  for (const field of Object.keys(links)) {
    if (
      (path === field || path.startsWith(`${field}.`)) &&
      (best === undefined || field.length > best.length)
    )
      best = field;
  }
  return best;
}

/** Maps field errors onto the form's fields: the first message for each field is shown next to it. */
export function mapFieldErrors(errors: readonly FieldError[], links: FieldLinks) {
  const order = Object.keys(links);
  const fields: Record<string, string> = {};
  const placed: { item: ErrorSummaryItem; position: number }[] = [];
  for (const error of errors) {
    const field = fieldFor(error.path, links);
    if (field !== undefined) {
      if (fields[field] !== undefined) continue;
      fields[field] = error.message;
    }
    // One line in the summary per message, even when a rule (such as the weights' total) names several fields.
    if (placed.some(({ item }) => item.text === error.message)) continue;
    placed.push({
      item: field === undefined ? { text: error.message } : { text: error.message, href: links[field]! },
      position: field === undefined ? order.length : order.indexOf(field),
    });
  }
  // In the order of the fields on the page, as the design system asks.
  const summary = placed.sort((a, b) => a.position - b.position).map(({ item }) => item);
  return { fields, summary };
}

/**
 * What to tell a person about a failed call that is not about particular fields: the API's own
 * explanation of a 4xx; the outage message only for 5xx and failures that never reached the API.
 */
export function problemMessage(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.status) {
      case 409: {
        const detail = error.detail ?? "Someone else changed this since you opened it.";
        return /reload/i.test(detail) ? detail : `${detail} Reload the page to see the latest version.`;
      }
      case 422:
      case 403:
        return error.detail ?? error.title;
      case 404:
        return error.detail ?? "We could not find what you asked for. It may have been removed.";
      case 400:
        return error.detail ?? "Check the highlighted fields and try again.";
      default:
        // Any other 4xx the API explained (too large, too many requests…) is the person's to act on.
        if (error.status < 500 && error.detail) return error.detail;
        break;
    }
  }
  return "Sorry, there is a problem with the service. Try again later.";
}

/** Zod issues as the API would report them: one per field, paths joined with dots. */
export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "body",
    message: issue.message,
  }));
}

/** The error state of a form, set from an API error or from checks made in the browser. */
export function useFormErrors(links: FieldLinks) {
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const showFieldErrors = useCallback(
    (list: readonly FieldError[], description?: string) => {
      setErrors((previous) => ({
        ...mapFieldErrors(list, links),
        ...(description ? { description } : {}),
        attempt: (previous?.attempt ?? 0) + 1,
      }));
    },
    [links],
  );
  const showError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 400 && error.problem?.errors?.length) {
        showFieldErrors(error.problem.errors);
        return;
      }
      if (!(error instanceof ApiError)) console.error("Request failed", error);
      setErrors((previous) => ({
        summary: [],
        fields: {},
        description: problemMessage(error),
        attempt: (previous?.attempt ?? 0) + 1,
      }));
    },
    [showFieldErrors],
  );
  const clear = useCallback(() => setErrors(null), []);
  return { errors, showFieldErrors, showError, clear };
}
