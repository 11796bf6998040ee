import { csvCell, toCsv } from './to-csv.js';

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes empty cells for null and JSON for objects, with CRLF rows', () => {
    expect(toCsv(['a', 'b'], [[null, { x: 1 }]])).toBe('a,b\r\n,"{""x"":1}"\r\n');
  });
});
