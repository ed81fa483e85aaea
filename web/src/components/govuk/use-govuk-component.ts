import type { Component } from "govuk-frontend";
import { type RefObject, useEffect, useRef } from "react";

type ComponentClass = new ($root: Element | null) => Component;

const start = (component: ComponentClass, element: HTMLElement) => {
  try {
    new component(element);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "InitError") {
      console.warn(`GOV.UK Frontend ${component.name} did not start`, error);
    }
  }
};

/**
 * Starts a GOV.UK Frontend JavaScript component on the element the returned ref is attached to, once
 * per element. The script only enhances markup that already works, so it loads after the page has
 * rendered rather than before the first page (issue 15). GOV.UK Frontend marks the element when it
 * starts and refuses a second start (which React's development double effects would attempt), so that
 * refusal is expected and ignored.
 */
export function useDeferredGovukComponent<T extends HTMLElement>(
  load: () => Promise<ComponentClass>,
): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    let active = true;
    load().then(
      (component) => {
        if (active && ref.current !== null) start(component, ref.current);
      },
      (error: unknown) => console.warn("GOV.UK Frontend's JavaScript did not load", error),
    );
    return () => {
      active = false;
    };
  }, [load]);
  return ref;
}
