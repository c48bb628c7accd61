/**
 * A phone number as the feedback form and the reference server check and store it: every kind of
 * space (a non-breaking one copied from a web page), and dots between the groups ("33.66.33.66"),
 * as one plain space. 8 digits written so were refused as "not 8 digits". A module of its own: the
 * full form's questions check with it before the sending code (and the CPR detector it brings) is
 * fetched.
 */
export const phoneOf = (phone: string): string => phone.trim().replace(/[\s.]+/g, ' ');
