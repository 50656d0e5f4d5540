/**
 * Folds a name for phonetic coding: Swedish spellings and common transliterations are brought to
 * one form first, so double metaphone (English-minded) codes Lindqvist, Lindkvist and Lindquist,
 * or Mohammed and Muhammad, alike. Pure; no name ever leaves this file except folded.
 */

/** Letters whose meaning Swedish keeps when the marks are dropped; the rest lose their marks. */
const letters: Record<string, string> = {
  å: 'a',
  ä: 'a',
  æ: 'a',
  ö: 'o',
  ø: 'o',
  œ: 'o',
  é: 'e',
  è: 'e',
  ü: 'u',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Whole names written in many ways across languages and transliterations: each pattern (over a
 * part already lower-cased, without marks) gives one canonical spelling.
 */
const transliterations: readonly (readonly [RegExp, string])[] = [
  // Mohammed, Muhammad, Mohamed, Mohammad, Muhamed, Mehmet, Mehmed.
  [/^m[ou]h+am+[aeu]d$|^mehme[dt]$/, 'muhamad'],
  // Ahmed, Ahmad, Achmed.
  [/^a(c?h)m[ae]d$/, 'ahmad'],
  // Youssef, Yousef, Yusuf, Jusuf, Youssouf.
  [/^[jy]ou?s+[eo]?u?f$/, 'jusuf'],
  // Mustafa, Mostafa, Moustafa.
  [/^m[ou]u?s?t+[ae]f+a$/, 'mustafa'],
  // Aleksandr, Alexander, Aleksander, Alexandre.
  [/^ale(ks|x)and(e?r|re)$/, 'aleksander'],
];

/** Spellings of one sound, in the order they apply (after the marks and the transliterations). */
const spellings: readonly (readonly [RegExp, string])[] = [
  [/ph/g, 'f'],
  // Lindqvist, Lindquist, Lindkvist, Lindqwist: the Swedish 'kv'.
  [/q(v|w|u(?=[aeiouy]))/g, 'kv'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  // Schultz/Schulz, Zoltán/Soltan.
  [/t?z/g, 's'],
  [/dt/g, 't'],
  [/ck/g, 'k'],
  // Elisabeth/Elisabet, Matthias/Mattias: Swedish says the h of 'th' as nothing.
  [/th/g, 't'],
  // Youssef/Yusuf, Oumar/Umar: French and English 'ou' for u.
  [/ou/g, 'u'],
  // Swedish silent letters at the start: Hjalmar, Ljung, Djurberg, Gjerde.
  [/^(h|l|d|g)j/g, 'j'],
  // Tatjana/Tatiana/Tatyana, Natalija/Natalia: a consonant's j or y before a vowel is an i (not after s or k: Swedish sj, kj).
  [/(?<=[bcdfglmnprtv])[jy](?=[aeiou])/g, 'i'],
  [/ij|iy/g, 'i'],
];

/** The lower-case, mark-free spelling of one name part, before any sound rules. */
export function plainLetters(part: string): string {
  const lower = part.normalize('NFC').toLocaleLowerCase('sv-SE');
  let result = '';
  for (const char of lower) result += letters[char] ?? char;
  return result
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '');
}

/** One name part folded for phonetic coding; empty when it holds no letters. */
export function foldNamePart(part: string): string {
  let folded = plainLetters(part);
  for (const [pattern, canonical] of transliterations) if (pattern.test(folded)) folded = canonical;
  for (const [pattern, replacement] of spellings) folded = folded.replace(pattern, replacement);
  // Doubled letters are one sound: Andersson/Anderson, Pettersson/Petersson.
  return folded.replace(/(.)\1+/g, '$1');
}

/** A name split into its parts (spaces, hyphens, apostrophes and dots separate them), folded, empty parts left out. */
export function foldedNameParts(fullName: string): string[] {
  return fullName
    .split(/[\s\-‐‑–—'’.,]+/u)
    .map(foldNamePart)
    .filter((part) => part.length > 0);
}
