/**
 * A web address cut into the pieces it may wrap between on paper: after each slash, never at a
 * hyphen, so a reader copying it by hand cannot take a line-end hyphen for part of it.
 * "https://example.com/a-b/c/" gives ["https://", "example.com/", "a-b/", "c/"].
 */
export function addressPieces(url: string): string[] {
  if (url.trim() === "") throw new Error("An address to print cannot be empty");
  return url.match(/[^/]*(?:\/+|$)/g)?.filter(Boolean) ?? [url];
}
