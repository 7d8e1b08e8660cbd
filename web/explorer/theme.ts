/** Sizes and colours shared by the page's charts. */

/** Default chart size (px); CSS scales charts down to the screen's width. */
export const CHART_WIDTH = 440;
export const CHART_HEIGHT = 300;

/**
 * Series colours: the first entries of the report's Okabe–Ito palette (src/report/svg.ts),
 * distinguishable with common colour-vision deficiencies.
 */
export const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00'] as const;

/** A chart's width for its container: `max` on wide screens, the container's width on narrow ones. */
export function chartWidth(container: HTMLElement, max = CHART_WIDTH): number {
  const available = container.clientWidth || max;
  return Math.round(Math.max(280, Math.min(max, available - 2)));
}

/** Calls `draw` again after the window's width changes (once it settles). */
export function redrawOnResize(draw: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let width = window.innerWidth;
  window.addEventListener('resize', () => {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    clearTimeout(timer);
    timer = setTimeout(draw, 150);
  });
}
