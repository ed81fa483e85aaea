import type { Component } from "govuk-frontend";
import { type RefObject, useEffect, useRef } from "react";

type ComponentClass = new ($root: Element | null) => Component;

/**
 * Starts a GOV.UK Frontend JavaScript component on the element the returned ref is attached to, once
 * per element. GOV.UK Frontend marks the element when it starts and refuses a second start (which React's
 * development double effects would attempt), so that refusal is expected and ignored.
 */
export function useGovukComponent<T extends HTMLElement>(component: ComponentClass): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    try {
      new component(element);
    } catch (error) {
      if (!(error instanceof Error) || error.name !== "InitError") {
        console.warn(`GOV.UK Frontend ${component.name} did not start`, error);
      }
    }
  }, [component]);
  return ref;
}
