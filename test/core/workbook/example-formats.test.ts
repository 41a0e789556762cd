/**
 * review16: every number format the example workbook gives a cell is one Excel, LibreOffice and Sheets can draw a
 * number with. A rate goal that states no baseline left its blank Baseline cell with the format "%" ('' + '%'): no
 * digit placeholder, so a baseline typed there later showed as a bare "%" in LibreOffice and Excel.
 */
import { buildExampleWorkbook } from '../../../src/core/workbook/example';
import { CELL_PADDING_PX, textWidthPx } from '../../../src/core/plan/text-width';

describe('the example workbook’s number formats', () => {
  it.each(['en', 'fr'] as const)('%s: every format is blank, text, a date or has a digit placeholder', (lang) => {
    const workbook = buildExampleWorkbook(lang, '2026-11-26');
    const bad: string[] = [];
    for (const sheet of workbook.sheets) {
      sheet.formats.forEach((row, r) =>
        row.forEach((format, c) => {
          const bare = format.replace(/"[^"]*"/g, '');
          if (format !== '' && format !== '@' && !/[0#]/.test(bare) && !/[dmy]/.test(bare)) bad.push(`${sheet.name}!R${r + 1}C${c + 1} ${JSON.stringify(format)}`);
        }),
      );
    }
    expect(bad).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('%s: a rate goal’s blank baseline keeps no format; its target is a percentage', (lang) => {
    const workbook = buildExampleWorkbook(lang, '2026-11-26');
    const goals = workbook.sheets.find((s) => s.kind === 'goals')!;
    const formattedBlanks = goals.rows.flatMap((row, r) => [4, 5].filter((c) => r > 0 && row[c] === '' && goals.formats[r][c] !== '').map((c) => `R${r + 1}C${c + 1}`));
    expect(formattedBlanks).toEqual([]);
    const rateRows = goals.rows.map((row, r) => ({ row, r })).filter(({ row, r }) => r > 0 && typeof row[5] === 'number' && goals.formats[r][5].includes('%'));
    expect(rateRows.length).toBeGreaterThan(0);
  });
});

describe('office30: the example workbook’s headers', () => {
  it.each(['en', 'fr'] as const)('%s: every header fits its column in bold Arial 10 (« Objectif parent » was cut at the Direction header)', (lang) => {
    const workbook = buildExampleWorkbook(lang, '2026-11-26');
    const cut: string[] = [];
    for (const sheet of workbook.sheets.filter((s) => s.kind !== 'drivers')) {
      sheet.rows[0].forEach((header, c) => {
        const width = sheet.columnWidths[c] ?? 100;
        if (textWidthPx(String(header), { bold: true }) + 2 * CELL_PADDING_PX > width) cut.push(`${sheet.name}!${String(header)} (${width} px)`);
      });
    }
    expect(cut).toEqual([]);
  });
});
