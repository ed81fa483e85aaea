import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { demoPassword, demoTotpSecrets } from "../../infra/local/oidc/account-source.ts";
import { currentTotp } from "../../infra/local/oidc/password-client.ts";
import { demoUsers } from "../../infra/local/seed/demo-users.ts";
import { gatewayUrl } from "./api.ts";

const debianChromium = "/usr/bin/chromium";

/**
 * Launches headless Chromium: Debian's when installed, otherwise the one packed inside the npm package
 * @sparticuz/chromium, so `npm ci && npm test` needs no browser download.
 */
export const launchBrowser = async (): Promise<Browser> => {
  const flags = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ];
  if (existsSync(debianChromium) && process.env.PORTAL_USE_SPARTICUZ !== "1") {
    return chromium.launch({ executablePath: debianChromium, headless: true, args: flags });
  }
  const { default: sparticuz } = await import("@sparticuz/chromium");
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    headless: true,
    // Its args are tuned for Lambda; --single-process makes closing one context kill the whole browser.
    args: [
      ...sparticuz.args.filter((a) => a !== "--single-process" && !a.startsWith("--headless")),
      ...flags,
    ],
  });
};

/** Opens a page of the portal (served by the local gateway from the built web app). */
export const open = async (page: Page, path: string) => {
  await page.goto(`${gatewayUrl()}${path}`);
};

/**
 * Signs in the way a person would: the portal's "Sign in" button, then the local OpenID Provider's login
 * page (choose the demo user, type the demo password, and the authenticator code for those who have
 * one), back through `/auth/callback` (code + PKCE) to the page asked for.
 */
export const signInAs = async (page: Page, userName: string) => {
  // Forget the provider's session, so the login page asks who this is (a test may switch people).
  await page.context().clearCookies({ name: /^_(session|interaction)/ });
  await open(page, "/sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/oidc/interaction/"));
  await page.getByRole("button", { name: `Choose ${userName}`, exact: true }).click();
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Continue" }).click();
  const secret = demoTotpSecrets[demoUsers.find((u) => u.name === userName)?.id ?? ""];
  if (secret) {
    await page.getByLabel("Security code").fill(currentTotp(secret));
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await page.waitForURL((url) => !/^\/(sign-in|auth\/callback|oidc\/)/.test(url.pathname));
};

/** The width WCAG 1.4.10 (Reflow) names: 1280 CSS px at 400% zoom. */
export const reflowWidth = 320;

/** WCAG 1.4.12's text spacing overrides, as a bookmarklet would apply them. */
const textSpacing = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

/**
 * What makes the page wider than its viewport: the outermost elements that stick out to the right and
 * are not inside something that scrolls sideways on its own (a table's scroll region), with how wide
 * the page became. Runs in the page.
 */
// No named inner functions: tsx's esbuild wraps them in a `__name` helper the page does not have.
const measureOverflow = () => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const offenders: string[] = [];
  for (const element of document.body.querySelectorAll("*")) {
    if (element.getBoundingClientRect().right <= width + 1) continue;
    let ancestor = element.parentElement;
    let contained = false;
    while (ancestor && ancestor !== document.body) {
      const overflowX = getComputedStyle(ancestor).overflowX;
      if (overflowX !== "visible" || ancestor.getBoundingClientRect().right > width + 1) {
        contained = true;
        break;
      }
      ancestor = ancestor.parentElement;
    }
    if (contained) continue;
    const classes = typeof element.className === "string" ? element.className.trim().split(/\s+/) : [];
    const name = [element.tagName.toLowerCase(), ...classes.filter(Boolean)].join(".");
    offenders.push(`${name} “${(element.textContent ?? "").trim().slice(0, 40)}”`);
  }
  return { scrollWidth: root.scrollWidth, clientWidth: width, offenders: offenders.slice(0, 5) };
};

/**
 * Checks WCAG 1.4.10 (Reflow) on the page as it is now: at 320 CSS px wide — plain, then with WCAG
 * 1.4.12's text spacing — the page must not scroll sideways as a whole (wide tables scroll in their own
 * region). The viewport is put back afterwards, so the journey carries on as it was.
 */
export const expectReflow = async (page: Page) => {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.setViewportSize({ width: reflowWidth, height: size.height });
  try {
    const settle = () =>
      page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    await settle();
    const plain = await page.evaluate(measureOverflow);
    // A constructed style sheet: the portal's CSP refuses <style> elements, not CSSOM.
    await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, textSpacing);
    await settle();
    const spaced = await page.evaluate(measureOverflow);
    await page.evaluate(() => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1);
    });
    const report = (label: string, m: typeof plain) =>
      m.scrollWidth > m.clientWidth
        ? [
            `${label}: the page is ${m.scrollWidth} px wide in ${m.clientWidth} px — ${m.offenders.join(", ")}`,
          ]
        : [];
    expect(
      [...report("at 320 px", plain), ...report("at 320 px with WCAG 1.4.12 text spacing", spaced)],
      `page-level horizontal scroll on ${page.url()}`,
    ).toEqual([]);
  } finally {
    await page.setViewportSize(size);
  }
};

/** The WCAG 2.2 A and AA rules axe checks. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe (WCAG 2.2 A/AA rules) on the page as it is now and fails with the violations listed; then
 * checks the page reflows at 320 px (`expectReflow`), so every page a journey checks is checked for both.
 * axe-core runs in the page itself, injected once per document. The @axe-core/playwright wrapper, used
 * before, opened a second page for every check to merge frames' results (the portal has no frames): each
 * check was 5–10 times slower, and most of the browser layer's time.
 */
export const expectNoAxeViolations = async (page: Page) => {
  if (!(await page.evaluate("typeof window.axe === 'object'"))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    (values) =>
      (
        window as unknown as {
          axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe
        .run(document, { runOnly: { type: "tag", values }, resultTypes: ["violations"] })
        .then((r) => r.violations),
    wcagTags,
  );
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  await expectReflow(page);
};

/**
 * The hooks every browser test file needs: one Chromium per file, a fresh context and page per test
 * (handed to `use`), and, unless turned off, a failure for any uncaught page error or
 * Content-Security-Policy violation (the built app must cause none).
 */
export const usePortalPages = (
  use: (page: Page) => void,
  options: { failOnPageErrors: boolean } = { failOnPageErrors: true },
) => {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser!.newContext();
    page = await context.newPage();
    use(page);
    pageErrors.length = 0;
    if (!options.failOnPageErrors) return;
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
        pageErrors.push(message.text());
    });
  });
  afterEach(async () => {
    // Only the page is closed; browser.close() in afterAll disposes of the contexts.
    await page?.close();
    if (options.failOnPageErrors) expect(pageErrors).toEqual([]);
  });
};

/** The error summary's text, if the page shows one, for a failure message. */
const errorSummaryOf = async (page: Page) => {
  const summary = page.locator(".govuk-error-summary");
  return (await summary.count()) ? ` — the page says: ${(await summary.first().textContent())?.trim()}` : "";
};

/** A page's own title in the GOV.UK pattern: "<page> – Dynamic Framework Portal – GOV.UK". */
export const pageTitlePattern = /^.+ – Dynamic Framework Portal – GOV\.UK$/;

/**
 * The steps every journey test takes, on the page `current()` returns: wait for a page by its `<h1>`
 * (exact text, or a pattern), check it has a title of its own, and run axe (and the reflow check) on it; wait for an error summary message and run axe in the
 * error state; click a link or button by its name; fill date (and time) inputs by id.
 */
export const journeySteps = (current: () => Page) => {
  const onPage = async (title: string | RegExp) => {
    const page = current();
    const exactly =
      typeof title === "string" ? new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : title;
    try {
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 15_000 })
        .toMatch(exactly);
    } catch (error) {
      // A journey that stops on the wrong page most often stopped on a refusal: say which, and where.
      throw new Error(`Not on “${title}” at ${page.url()}${await errorSummaryOf(page)}`, { cause: error });
    }
    await expect.poll(() => page.getByText(/^Loading/).count(), { timeout: 15_000 }).toBe(0);
    // Every page names itself in the browser tab (WCAG 2.4.2), not just the service.
    expect(await page.title(), `the page title on ${page.url()}`).toMatch(pageTitlePattern);
    await expectNoAxeViolations(page);
  };
  const seeError = async (message: string | RegExp) => {
    const page = current();
    await expect
      .poll(() => page.locator(".govuk-error-summary").textContent(), { timeout: 15_000 })
      .toMatch(
        typeof message === "string" ? new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) : message,
      );
    await expectNoAxeViolations(page);
  };
  const click = (name: string | RegExp, role: "link" | "button" = "link") =>
    current()
      .getByRole(role, { name, exact: typeof name === "string" })
      .first()
      .click();
  const fillDate = async (id: string, parts: Record<string, string>) => {
    for (const [part, value] of Object.entries(parts)) await current().locator(`#${id}-${part}`).fill(value);
  };
  return { onPage, seeError, click, fillDate };
};
