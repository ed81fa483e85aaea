import type { Page } from "playwright-core";

// A string, not a function: the page runs it as it is, with no helper the test's transpiler may add.
const chartContrastScript = `(() => {
  const channels = (colour) => (colour.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
  const luminance = (colour) => {
    const [r, g, b] = channels(colour).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const failures = [];
  let checked = 0;
  for (const chart of document.querySelectorAll("svg.app-chart")) {
    let background = "rgb(255, 255, 255)";
    for (let el = chart.parentElement; el; el = el.parentElement) {
      const bg = getComputedStyle(el).backgroundColor;
      if (bg && !/rgba\\(.*,\\s*0\\)$/.test(bg) && bg !== "transparent") { background = bg; break; }
    }
    for (const mark of chart.querySelectorAll("text, rect, line")) {
      const style = getComputedStyle(mark);
      const isText = mark.tagName.toLowerCase() === "text";
      const colour = mark.tagName.toLowerCase() === "line" ? style.stroke : style.fill;
      const needed = isText ? 4.5 : 3;
      const got = ratio(colour, background);
      checked += 1;
      if (got < needed) failures.push(mark.tagName + "." + mark.getAttribute("class") + " " + colour + " on " + background + ": " + got.toFixed(2) + ":1, needs " + needed + ":1");
    }
  }
  return { checked, failures: [...new Set(failures)] };
})()`;

/**
 * The contrast of every chart's text (4.5:1) and marks — bars, legend keys, axes (3:1, WCAG 1.4.11)
 * against the background they are drawn on, from the colours the browser computed.
 */
export const chartContrast = async (page: Page) =>
  (await page.evaluate(chartContrastScript)) as { checked: number; failures: string[] };
