/**
 * Letter tests without RegExp `\p{L}`: Unicode property escapes are ES2018 and EdgeHTML
 * (Excel 2016/2019 without WebView2) rejects the whole script that contains one. A letter
 * here is a character with case (Latin, Cyrillic, Greek, Armenian…), which covers every
 * name a Russian workbook holds; uncased scripts (CJK, Arabic) count as non-letters.
 */
export function isLetter(ch: string): boolean {
  return ch !== "" && ch.toLowerCase() !== ch.toUpperCase();
}

/** A letter or an ASCII digit: what `[\p{L}\d]` matched. */
export function isLetterOrDigit(ch: string): boolean {
  return (ch >= "0" && ch <= "9") || isLetter(ch);
}

/** Does the text start with a letter or digit (a word continues there)? */
export function startsWithWordChar(text: string): boolean {
  return text !== "" && isLetterOrDigit(String.fromCodePoint(text.codePointAt(0)!));
}
