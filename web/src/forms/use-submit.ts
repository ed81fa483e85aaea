import { type FormEvent, useState } from "react";

/**
 * The submit half of a form page: stops the browser's own submit, disables the button while the request
 * runs (and while the page moves on), and hands a failure to the form's error display.
 */
export function useSubmit(showError: (error: unknown) => void) {
  const [busy, setBusy] = useState(false);
  const submit = (action: () => Promise<void>) => async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setBusy(false);
      showError(error);
    }
  };
  return { busy, submit };
}
