/** How a CPR number is typed, what the spelling shows, and its digits as typed (ten, or twelve with a four-digit year). */
export const CPR_SPELLINGS: [spelling: string, note: string, digits: string][];
/** Numbers that are not CPR numbers, with what each is. */
export const NOT_CPR: [text: string, note: string][];
/** The digits of `text` as a person reads them, any script, everything else dropped. */
export function digitsOf(text: string): string;
/** The ten digits DDMMYYSSSS of the table's digits as typed (a four-digit year loses its century). */
export function tenDigits(digits: string): string;
