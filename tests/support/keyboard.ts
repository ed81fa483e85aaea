import type { Page } from "playwright-core";
import { expect } from "vitest";

/** What has keyboard focus, as a person would see it, and whether GOV.UK's focus style is showing. */
export interface Focused {
  tag: string;
  /** The accessible name a person would go by: aria-label, else the visible text, else the value. */
  name: string;
  href: string | null;
  id: string;
  type: string | null;
  checked: boolean;
  value: string | null;
  /**
   * A computed outline, box-shadow or GOV.UK focus-yellow background is drawn for it (for a GOV.UK radio
   * or checkbox, on its label).
   */
  visible: boolean;
  inErrorSummary: boolean;
  inSuccessBanner: boolean;
}

// A string, not a function: the page runs it as it is, with no helper the test's transpiler may add.
const describeFocus = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) {
    return { tag: "body", name: "", href: null, id: "", type: null, checked: false, value: null,
      visible: false, inErrorSummary: false, inSuccessBanner: false };
  }
  const type = el.getAttribute("type");
  const styled = [[el, null]];
  // GOV.UK hides the real radio and checkbox and draws their focus ring on the label's ::before.
  if ((type === "radio" || type === "checkbox") && el.nextElementSibling) styled.push([el.nextElementSibling, "::before"]);
  let visible = false;
  for (const [target, pseudo] of styled) {
    const style = getComputedStyle(target, pseudo);
    const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 &&
      !/rgba\\(.*,\\s*0\\)$/.test(style.outlineColor) && style.outlineColor !== "transparent";
    const shadowed = style.boxShadow !== "none" && style.boxShadow !== "";
    // GOV.UK's focus yellow behind the text (MoJ's sub navigation shows focus that way alone).
    const highlighted = style.backgroundColor === "rgb(255, 221, 0)";
    if (outlined || shadowed || highlighted) visible = true;
  }
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0 && type !== "radio" && type !== "checkbox") visible = false;
  return {
    tag: el.tagName.toLowerCase(),
    name: (el.getAttribute("aria-label") || el.textContent || el.value || "").replace(/\\s+/g, " ").trim(),
    href: el.getAttribute("href"),
    id: el.id,
    type,
    checked: Boolean(el.checked),
    value: "value" in el ? String(el.value) : null,
    visible,
    inErrorSummary: Boolean(el.closest(".govuk-error-summary")),
    inSuccessBanner: Boolean(el.closest(".govuk-notification-banner--success")),
  };
})()`;

const label = (f: Focused) => `${f.tag}${f.id ? `#${f.id}` : ""} “${f.name.slice(0, 60)}”`;

/**
 * Keyboard-only steps on the page `current()` returns: every key press goes through the keyboard, and
 * every element Tab lands on must show a visible focus indicator.
 */
export const keyboardSteps = (current: () => Page) => {
  const focused = async () => (await current().evaluate(describeFocus)) as Focused;
  const press = (key: string) => current().keyboard.press(key);

  /**
   * Presses Tab (or Shift+Tab) until focus reaches what `matches` describes. Fails if an element shows
   * no focus indicator, or if focus stops moving (a trap). Passing the end of the page (focus on the
   * document) and coming round again is allowed.
   */
  const tabTo = async (
    matches: (f: Focused) => boolean,
    { backwards = false, max = 150 }: { backwards?: boolean; max?: number } = {},
  ): Promise<Focused> => {
    const path: string[] = [];
    let previous = "";
    let still = 0;
    for (let i = 0; i < max; i += 1) {
      await press(backwards ? "Shift+Tab" : "Tab");
      const f = await focused();
      if (f.tag === "body") continue;
      expect(f.visible, `no visible focus indicator on ${label(f)} (${current().url()})`).toBe(true);
      if (matches(f)) return f;
      const here = label(f);
      still = here === previous ? still + 1 : 0;
      expect(still, `focus is stuck on ${here}`).toBeLessThan(3);
      previous = here;
      path.push(here);
    }
    throw new Error(`Tab did not reach it in ${max} presses; it went through ${path.slice(-15).join(", ")}`);
  };

  /** Tabs to a link or button whose name is `name` (exactly, or matching a pattern). */
  const tabToNamed = (name: string | RegExp, options?: { backwards?: boolean; max?: number }) =>
    tabTo(
      (f) =>
        (f.tag === "a" || f.tag === "button" || f.type === "submit") &&
        (typeof name === "string" ? f.name === name : name.test(f.name)),
      options,
    );

  /** Tabs to the form control with this id. */
  const tabToField = (id: string, options?: { backwards?: boolean; max?: number }) =>
    tabTo((f) => f.id === id, options);

  /** Chooses an option of the focused `<select>` with the arrow keys (it must be below the current one). */
  const arrowToOption = async (value: string) => {
    for (let i = 0; i < 40; i += 1) {
      if ((await focused()).value === value) return;
      await press("ArrowDown");
    }
    throw new Error(`ArrowDown never reached the option ${value}`);
  };

  /** Checks the radio labelled `name` with the arrow keys, from the focused radio of its group. */
  const arrowToRadio = async (name: string) => {
    for (let i = 0; i < 20; i += 1) {
      const f = await focused();
      expect(f.type, "focus must be on a radio").toBe("radio");
      const labelText = await current().evaluate(
        () => document.activeElement?.nextElementSibling?.textContent?.trim() ?? "",
      );
      if (labelText === name) {
        if (!f.checked) await press("Space");
        return;
      }
      await press("ArrowDown");
    }
    throw new Error(`The arrow keys never reached the radio “${name}”`);
  };

  /**
   * After a navigation or a refused submit, focus must be where a person needs it: on the new page's
   * `<h1>` (with this text), in the error summary, or — after a saved change — on the new page's `<h1>`
   * or the success banner.
   */
  const expectFocusMoved = async (
    heading: string,
    to: "heading" | "error summary" | "heading or banner" = "heading",
  ) => {
    await expect
      .poll(
        async () => {
          const f = await focused();
          if (to === "error summary") return f.inErrorSummary ? "error summary" : label(f);
          const onHeading = f.tag === "h1" && f.name.startsWith(heading);
          if (to === "heading or banner") return onHeading || f.inSuccessBanner ? to : label(f);
          return f.tag === "h1" && f.name === heading ? "heading" : label(f);
        },
        { timeout: 15_000 },
      )
      .toBe(to);
  };

  /** On a freshly loaded page, the first Tab lands on the skip link, and following it moves focus to main. */
  const expectSkipLinkFirst = async () => {
    await press("Tab");
    const first = await focused();
    expect(first.name).toBe("Skip to main content");
    expect(first.visible, "the skip link must show when focused").toBe(true);
    await press("Enter");
    await expect.poll(() => current().evaluate(() => document.activeElement?.id)).toBe("main-content");
  };

  /**
   * Tabs through every stop on the page and round to the skip link again: every stop shows its focus,
   * and nothing holds focus in (no trap).
   */
  const expectNoTrap = async () => {
    await tabTo((f) => f.name === "Skip to main content", { max: 250 });
  };

  return {
    focused,
    press,
    tabTo,
    tabToNamed,
    tabToField,
    arrowToOption,
    arrowToRadio,
    expectFocusMoved,
    expectSkipLinkFirst,
    expectNoTrap,
  };
};
