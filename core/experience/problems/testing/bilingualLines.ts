/**
 * Checks for evidence written in English and Chinese (Cause.evidence / evidenceZh): the numbers of a
 * line, and what is wrong with a Chinese list against its English one.
 */

/** CJK Unified Ideographs: a Chinese line holds at least one. */
export const cjkPattern = /[\u4e00-\u9fff]/

/**
 * The numbers written in a line, as written, sorted, repeats kept (a multiset): `-110`, `3.5`, `12`.
 * The minus sign U+2212 counts as `-`; an ISO time yields its parts alike on both sides.
 */
export function numbersIn(line: string): string[] {
  return (line.replaceAll('\u2212', '-').match(/-?\d+(?:\.\d+)?/g) ?? []).sort()
}

/**
 * What is wrong with `chinese` as the Chinese of `english`, one message per fault (empty when
 * nothing): a different length, or a line that is empty, holds no CJK character or carries other numbers.
 */
export function chineseLineFaults(english: readonly string[], chinese: readonly string[]): string[] {
  if (chinese.length !== english.length) return [`${chinese.length} Chinese lines for ${english.length} English lines`]
  return english.flatMap((en, index) => {
    const zh = chinese[index] as string
    if (zh.trim() === '' || !cjkPattern.test(zh)) return [`line ${index} is not Chinese: ${JSON.stringify(zh)} for ${JSON.stringify(en)}`]
    const [a, b] = [numbersIn(en), numbersIn(zh)]
    return a.join(' ') === b.join(' ') ? [] : [`line ${index} numbers differ: [${a.join(', ')}] in ${JSON.stringify(en)}, [${b.join(', ')}] in ${JSON.stringify(zh)}`]
  })
}
