import readXlsxFile from 'read-excel-file/universal';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { safeCell } from '../../core/scoring/cellSafety';
import { columnName, xlsxBook, xmlText } from './xlsxBook';

const book = (rows: (string | number)[][]) =>
  xlsxBook([
    {
      name: '汇总',
      rows: [
        ['工号', '分数'],
        ['E1', 3],
      ],
    },
    { name: '明细 & <注>', rows },
  ]);

describe('xlsxBook', () => {
  it('[SCU1] names columns A…Z, AA…', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('[SCU1] escapes markup and drops characters XML cannot hold', () => {
    expect(xmlText('plain 中文')).toBe('plain 中文');
    expect(xmlText('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(xmlText('x\u0001y\u000bz\tw')).toBe('xyz\tw');
  });

  it('[SCU1] reads back: sheets, text, numbers, empty cells, spaces and an escaped formula', async () => {
    const rows = [
      ['姓名', '分数', '事项', '原因'],
      ['张三', 12.5, ' 前后空格 ', ''],
      ['李四', -3, safeCell('=HYPERLINK("x")'), 'a<b & c>'],
      ['', 0, '控制\u0002字符', safeCell('+1')],
    ];
    const sheets = await readXlsxFile(new Blob([book(rows)]), { trim: false });
    expect(sheets.map((s) => s.sheet)).toEqual(['汇总', '明细 & <注>']);
    expect(sheets[0]!.data).toEqual([
      ['工号', '分数'],
      ['E1', 3],
    ]);
    expect(sheets[1]!.data).toEqual([
      ['姓名', '分数', '事项', '原因'],
      ['张三', 12.5, ' 前后空格 ', null],
      ['李四', -3, `'=HYPERLINK("x")`, 'a<b & c>'],
      [null, 0, '控制字符', "'+1"],
    ]);
  });

  it('[SCU1] writes every value as a value: no formula, no shared strings', () => {
    const files = unzipSync(book([['=1+1', 2]]));
    const sheet = strFromU8(files['xl/worksheets/sheet2.xml']!);
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('<c r="A1" t="inlineStr"><is><t>=1+1</t></is></c><c r="B1"><v>2</v></c>');
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
  });

  it('[SCU1] the same rows give the same bytes', () => {
    const rows = [
      ['a', 1],
      ['b', 2],
    ];
    expect(book(rows)).toEqual(book(rows.map((r) => [...r])));
    expect(book(rows)).not.toEqual(
      book([
        ['a', 1],
        ['b', 3],
      ]),
    );
  });
});
