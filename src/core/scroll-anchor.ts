import type { ReactiveElement } from 'lit';

/**
 * Keeps what is at the top of the screen where it is while an element above it draws anew (a live
 * update). CSS scroll anchoring (https://drafts.csswg.org/css-scroll-anchoring/) is meant to, but
 * WebKit has none, and Chromium and Firefox give it up when a size on the anchor's way changes (an
 * element waiting for a part in its placeholder size): on the demo a status card that went from
 * 818 to 599 px above the screen moved the timeline the citizen was reading 121 px in Chromium and
 * Firefox and 219 px in WebKit (315 px at 375 px wide). It calls `draw` (the element's update), and
 * keeps the place unless `el` is drawn for the first time or starts on or below the screen's top
 * (what it changes is below what is read). What is read is the node at the top middle of the screen, as the browsers
 * that anchor choose it; it may be in `el` (a card the citizen reads, with a notice above it that
 * came), and is kept unless the draw replaced it. The scroll is put right in the same task, before
 * the browser's own anchoring looks, which then finds nothing moved. Only the window's scroll is
 * kept. Tests: test/case/scroll-anchor.test.ts, test/e2e/test-demo.e2e.js.
 */
export function drawKeepingPlace(el: ReactiveElement, draw: () => void): void {
  const read = el.hasUpdated && el.getBoundingClientRect().top < 0 ? document.elementFromPoint(innerWidth / 2, 1) : null;
  const top = read?.getBoundingClientRect().top;
  draw();
  if (read?.isConnected) scrollBy(0, read.getBoundingClientRect().top - top!);
}
