/** How a CPR number is typed, what the spelling shows, and its ten digits. */
export const CPR_SPELLINGS: [spelling: string, note: string, digits: string][];
/** Numbers that are not CPR numbers, with what each is. */
export const NOT_CPR: [text: string, note: string][];
/** The digits of `text` as a person reads them, any script, everything else dropped. */
export function digitsOf(text: string): string;
