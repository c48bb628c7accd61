/**
 * Hint `hint` without the sentences error `error` says already: "Skriv din e-mail eller dit
 * telefonnummer." gives way while the e-mail field's error says "Skriv din e-mail eller dit
 * telefonnummer, så vi kan svare dig", and "Vi bruger det kun til at svare dig." stays (the
 * instruction was said twice at the field and in its description). As a text's limit gives way
 * to its error (limitSaid, feedback-more.ts). One rule for the form (feedback-modes.ts, on demand)
 * and the reference server's refusal page, which imports it from the build (server/feedback-api.js).
 */
export const hintBeside = (hint: string, error = ''): string =>
  hint
    .split(/(?<=\.) /)
    .filter((s) => !error.includes(s.replace(/\.$/, '')))
    .join(' ');
