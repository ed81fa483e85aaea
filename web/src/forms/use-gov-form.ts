import { useEffect, useMemo, useRef, useState } from "react";
import { type DefaultValues, type FieldValues, type Path, type Resolver, useForm } from "react-hook-form";
import type * as z from "zod";
import { ApiError } from "../api/api-error.ts";
import { type FormFields, formErrorsFrom, linksFor, type MessageFor } from "./error-state.ts";
import { formResolver } from "./form-schema.ts";
import { problemMessage } from "./form-errors.ts";
import { clearDraft, readDraft, writeDraft } from "./session-draft.ts";

/** How a page declares its form: once, from the shared request schema. */
export interface GovFormOptions<V extends FieldValues, R> {
  /** The API's request schema (from `shared/`), which words every message. */
  schema: z.ZodType<R>;
  /** The form's values (as typed) → the request; identity when the form holds the request as it is. */
  toRequest?: (values: V) => unknown;
  defaultValues: V;
  /** The fields in page order, for the error summary's order and links. */
  fields: FormFields;
  /** Keep the answers in this tab's session storage under this key until they are sent. */
  draftKey?: string;
  /** The page stays after sending (a case note under a list): empty the form for the next one. */
  resetAfterSubmit?: boolean;
  /**
   * Rewords messages for this page's fields, when one shared message ("Select a score from 0 to 4") would
   * otherwise stand for several fields and the summary could not say which.
   */
  messageFor?: MessageFor;
  /** Also show the API's explanation of a 400 above its field errors ("Your bid is not complete"). */
  explainFieldErrors?: boolean;
  /**
   * One page of several (the answers, then check answers): a valid submit keeps the draft for the next page,
   * which clears it (`clearDraft`) once the answers are sent.
   */
  keepDraft?: boolean;
}

/**
 * A GOV.UK form on react-hook-form: validates with the shared schema on submit (every problem at once),
 * puts the API's 400 field errors on the same fields, explains any other refusal in the error summary
 * (never the outage message for a 4xx), and keeps the button disabled while the request runs.
 */
export function useGovForm<V extends FieldValues, R>(options: GovFormOptions<V, R>) {
  const { schema, toRequest, fields, draftKey, keepDraft = false, messageFor, explainFieldErrors } = options;
  const links = useMemo(() => linksFor(fields), [fields]);
  // A submit may judge by a stricter schema than the form's own (publish, where the form saves drafts).
  const stricter = useRef<Resolver<V, unknown, unknown>>(undefined);
  const resolver = useMemo(() => {
    const own = formResolver<V, R>(schema, toRequest);
    return ((values, context, options) => (stricter.current ?? own)(values, context, options)) as Resolver<
      V,
      unknown,
      R
    >;
  }, [schema, toRequest]);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useForm<V, unknown, R>({
    defaultValues: (draftKey
      ? readDraft(draftKey, options.defaultValues)
      : options.defaultValues) as DefaultValues<V>,
    resolver,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    // The error summary takes focus instead, as the design system asks.
    shouldFocusError: false,
  });

  useEffect(() => {
    if (!draftKey) return;
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => writeDraft(draftKey, values),
    });
  }, [form, draftKey]);

  const failed = () => setAttempt((n) => n + 1);

  /**
   * The form's submit handler: runs `action` with the valid request; a failure lands in the summary.
   * `using.schema` judges this submit by another schema over the same values (e.g. publishing a draft).
   */
  function submit(
    action: (request: R, values: V) => Promise<void>,
  ): (event?: React.BaseSyntheticEvent) => Promise<void>;
  function submit<Q>(
    action: (request: Q, values: V) => Promise<void>,
    using: { schema: z.ZodType<Q> },
  ): (event?: React.BaseSyntheticEvent) => Promise<void>;
  function submit<Q>(action: (request: Q, values: V) => Promise<void>, using?: { schema: z.ZodType<Q> }) {
    const handle = form.handleSubmit(
      async (request) => {
        setProblem(undefined);
        setBusy(true);
        try {
          if (draftKey && keepDraft) writeDraft(draftKey, form.getValues());
          const sent = JSON.stringify(form.getValues());
          await action(request as unknown as Q, form.getValues());
          if (draftKey && !keepDraft) clearDraft(draftKey);
          // The action ends by refreshing the page's data, and the next entry may already be under way by
          // then (the new state showed first): empty the form only if it still holds what was sent.
          if (options.resetAfterSubmit && JSON.stringify(form.getValues()) === sent)
            form.reset(options.defaultValues);
          // Free again: a page that stays (a draft saved, a note added) takes the next submit; one moving on unmounts.
          setBusy(false);
        } catch (error) {
          setBusy(false);
          if (error instanceof ApiError && error.status === 400 && error.problem?.errors?.length) {
            for (const { path, message } of error.problem.errors)
              form.setError(path as Path<V>, { type: "server", message });
            if (explainFieldErrors && error.detail) setProblem(error.detail);
          } else {
            if (!(error instanceof ApiError)) console.error("Request failed", error);
            setProblem(problemMessage(error));
          }
          failed();
        }
      },
      () => {
        setProblem(undefined);
        failed();
      },
    );
    if (!using) return handle;
    return async (event?: React.BaseSyntheticEvent) => {
      stricter.current = formResolver<V, Q>(using.schema, toRequest) as Resolver<V, unknown, unknown>;
      try {
        await handle(event);
      } finally {
        stricter.current = undefined;
      }
    };
  }

  const errors = formErrorsFrom(form.formState.errors, links, problem, attempt, messageFor);
  return { form, errors, busy, submit, links };
}

/** What `useGovForm` returns, for components that take a whole form. */
export type GovForm<V extends FieldValues, R> = ReturnType<typeof useGovForm<V, R>>;
