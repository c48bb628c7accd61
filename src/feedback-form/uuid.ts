/**
 * Returns a random UUID v4: crypto.randomUUID where it exists (secure contexts), else the one a
 * blob URL ends with (the File API makes it with the same generator; insecure contexts have it too).
 */
export function uuid(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
}
