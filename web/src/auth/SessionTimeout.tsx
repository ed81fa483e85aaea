import "../styles/session.scss";
import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { AppLink } from "../components/govuk/app-link.tsx";
import { useAppConfig } from "../config/config-context.tsx";
import { remainingText, useIdleSession } from "./session-timeout.ts";

/**
 * GOV.UK's timeout warning: a modal dialog before an idle person is signed out, with "Stay signed in".
 * The native modal dialog keeps focus inside it and returns focus where it was when it closes; Escape
 * counts as staying signed in.
 */
export function SessionTimeout() {
  const config = useAppConfig();
  const navigate = useNavigate();
  const idle = useIdleSession(config);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (idle.warning && !element.open) element.showModal();
    if (!idle.warning && element.open) element.close();
  }, [idle.warning]);

  useEffect(() => {
    if (idle.timedOut) navigate("/sign-out?reason=timed-out", { replace: true });
  }, [idle.timedOut, navigate]);

  return (
    <dialog
      ref={dialog}
      className="app-timeout-dialog"
      aria-labelledby="timeout-warning-heading"
      aria-describedby="timeout-warning-message"
      onCancel={(event) => {
        event.preventDefault();
        idle.stay();
      }}
    >
      <h2 className="govuk-heading-m" id="timeout-warning-heading">
        You are about to be signed out
      </h2>
      <p className="govuk-body" id="timeout-warning-message">
        For your security, we will sign you out in {remainingText(idle.remainingMs)} if you do nothing.
        Anything you have not saved will be lost.
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" data-module="govuk-button" onClick={idle.stay}>
          Stay signed in
        </button>
        <AppLink href="/sign-out" className="govuk-link">
          Sign out
        </AppLink>
      </div>
    </dialog>
  );
}
