/** What the browser was asked to download when an "add to calendar" button was pressed. */
export interface CalendarDownload {
  /** The link the element made for the file: a data: URL. */
  href: string;
  /** The file name it gave (`download`). */
  fileName: string;
  /** The .ics file's text, read from `href`. */
  file: string;
  /** The link was gone from the page after its click. */
  removed: boolean;
}

/**
 * Presses an "add to calendar" button (`press`, by default a click on it) and resolves with the
 * download it starts: the link its element makes and clicks inside itself, caught at the document
 * on its way (the click is stopped there, so the browser saves no file; everything before it is real).
 */
export async function calendarDownload(button: Element, press: () => unknown = () => (button as HTMLElement).click()): Promise<CalendarDownload> {
  const host = button.closest('klar-case-status, klar-expectation-timeline');
  const link = new Promise<HTMLAnchorElement>((resolve) => {
    const onClick = (e: MouseEvent) => {
      const a = e.target;
      if (!(a instanceof HTMLAnchorElement) || !a.hasAttribute('download') || !host?.contains(a)) return;
      e.preventDefault();
      document.removeEventListener('click', onClick, true);
      resolve(a);
    };
    document.addEventListener('click', onClick, true);
  });
  await press();
  const a = await link;
  await Promise.resolve();
  return { href: a.href, fileName: a.download, file: await (await fetch(a.href)).text(), removed: !a.isConnected };
}
