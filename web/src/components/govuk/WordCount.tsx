import "../../styles/forms.scss";
import { type ReactNode, useEffect, useState } from "react";
import { countWords } from "#shared/bids/rules.ts";
import { describedBy } from "./ErrorMessage.tsx";
import { Field } from "./Field.tsx";

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** GOV.UK Frontend's words-remaining message for a count against a limit. */
export function wordCountMessage(words: number, limit: number): string {
  const remaining = limit - words;
  if (remaining < 0) {
    const over = -remaining;
    return `You have ${over} ${plural(over, "word", "words")} too many`;
  }
  return `You have ${remaining} ${plural(remaining, "word", "words")} remaining`;
}

/**
 * The GOV.UK character count, counting words: the markup GOV.UK Frontend's JavaScript produces (a
 * visually hidden limit description, a visible status and a polite live region that speaks after a
 * pause), rendered by React because React owns the textarea's value. Words are counted the way the
 * API counts them.
 */
export function WordCount({
  id,
  label,
  labelClassName,
  hint,
  error,
  value,
  onChange,
  maxWords,
  rows = 8,
}: {
  id: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  maxWords: number;
  rows?: number;
}) {
  const words = countWords(value);
  const message = wordCountMessage(words, maxWords);
  const over = words > maxWords;
  // Screen readers hear the count once the person pauses typing, as GOV.UK Frontend does.
  const [spoken, setSpoken] = useState(message);
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(message), 1000);
    return () => clearTimeout(timer);
  }, [message]);
  const infoId = `${id}-info`;
  return (
    <Field
      id={id}
      label={label}
      labelClassName={labelClassName}
      hint={hint}
      error={error}
      groupClassName="govuk-character-count"
      groupAttributes={{ "data-maxwords": maxWords }}
    >
      {({ hintId, errorId }) => (
        <>
          <textarea
            className={`govuk-textarea govuk-js-character-count${error || over ? " govuk-textarea--error" : ""}`}
            id={id}
            name={id}
            rows={rows}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-describedby={describedBy(infoId, hintId, errorId)}
          />
          <div id={infoId} className="govuk-hint govuk-character-count__message govuk-visually-hidden">
            You can enter up to {maxWords} words
          </div>
          <div
            className={`govuk-character-count__message govuk-character-count__status ${over ? "govuk-error-message" : "govuk-hint"}`}
            aria-hidden="true"
          >
            {message}
          </div>
          <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
            {spoken}
          </div>
        </>
      )}
    </Field>
  );
}
