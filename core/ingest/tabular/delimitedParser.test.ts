import { describe, expect, it } from 'vitest'
import { DelimitedParser, detectDelimiter, type Delimiter } from './delimitedParser.js'

const parse = (text: string, delimiter: Delimiter = ',', chunk = text.length): [string[], number][] => {
  const out: [string[], number][] = []
  const parser = new DelimitedParser(delimiter, (fields, line) => out.push([fields, line]))
  for (let i = 0; i < text.length; i += chunk) parser.push(text.slice(i, i + chunk))
  parser.end()
  return out
}

describe('DelimitedParser', () => {
  it('splits plain records and numbers their physical lines', () => {
    expect(parse('a,b\n1,2\n3,4\n')).toEqual([[['a', 'b'], 1], [['1', '2'], 2], [['3', '4'], 3]])
  })

  it('treats CRLF and LF alike and reads a last line without a line break', () => {
    expect(parse('a,b\r\n1,2\r\n3,4')).toEqual([[['a', 'b'], 1], [['1', '2'], 2], [['3', '4'], 3]])
  })

  it('skips blank lines but keeps counting them', () => {
    expect(parse('a\n\n\r\nb\n')).toEqual([[['a'], 1], [['b'], 4]])
  })

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'id,name\n1,"Worth Park Avenue, Crawley"\n2,"say ""hi"""\n3,"two\nlines"\n4,x\n'
    expect(parse(text)).toEqual([
      [['id', 'name'], 1],
      [['1', 'Worth Park Avenue, Crawley'], 2],
      [['2', 'say "hi"'], 3],
      [['3', 'two\nlines'], 4],
      [['4', 'x'], 6],
    ])
  })

  it('gives the same records whatever the chunk size', () => {
    const text = 'a;b;c\r\n1;"x;y";3\r\n"q""r";5;"multi\r\nline"\r\n7;8;9'
    const whole = parse(text, ';')
    for (const chunk of [1, 2, 3, 5, 7, 11]) expect(parse(text, ';', chunk)).toEqual(whole)
  })

  it('keeps empty fields', () => {
    expect(parse(',a,,\n')).toEqual([[['', 'a', '', ''], 1]])
  })
})

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a;b;c\n1,5;2,5;3\n', ';'],
    ['a|b|c\n1|2|3\n', '|'],
    ['name,"x;y"\n1,"2;3"\n', ','],
  ] as const)('finds the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter)
  })
})
