// Words as the service compares them: lower-case, accents left out ("Énergie": energie).

/** `text` lower-case and without accents. */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase();
}

/** The words of `text`, lower-case and without accents. */
export function wordsOf(text: string): string[] {
  return [...fold(text).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
}

/** A word of `text` as it was typed ("Kunststoffabfällen") for its folded form
 * ("kunststoffabfallen"), or the folded form when `text` has no such word. */
export function asTyped(text: string, folded: string): string {
  const typed = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
  return typed.find((word) => fold(word) === folded) ?? folded;
}
