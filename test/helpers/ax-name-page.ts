// In the test page: what the engine's accessibility tree says of the element at `selector`
// (unique in the document). See ./ax-name.js.
import { executeServerCommand } from '@web/test-runner-commands';

/** Whether the element's accessible name is exactly `name` (Chromium, Firefox, WebKit). */
export const axNamed = (selector: string, name: string) => executeServerCommand<boolean, { selector: string; name: string }>('klar-ax-named', { selector, name });
/** The element's accessible description in Chromium; null in Firefox and WebKit, whose drivers do not tell it. */
export const axDescription = async (selector: string) => (await executeServerCommand<{ description: string | null }, { selector: string }>('klar-ax-description', { selector }))!.description;
/** The element's expanded state in Chromium (undefined: it has none); null in Firefox and WebKit, whose drivers do not tell it. */
export const axExpanded = async (selector: string) => (await executeServerCommand<{ expanded: boolean | undefined | null }, { selector: string }>('klar-ax-expanded', { selector }))!.expanded;
