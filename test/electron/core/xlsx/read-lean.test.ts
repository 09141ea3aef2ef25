// lean_read_matches_exceljs: the sheet-XML reader (read-lean.ts) gives exactly the cells exceljs gave — sheets,
// rows, dates, merged ranges, formulas, shared and inline strings — on workbooks written by exceljs and on the
// parts Excel and WPS write; what it is unsure of goes to exceljs.
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheets, readXlsxWithExceljs } from '../../../../electron/core/xlsx/read';
import { readXlsxLean } from '../../../../electron/core/xlsx/read-lean';

/** A zip of the given parts (deflated, as Excel and WPS write them; `stored` ones kept as they are). */
function zip(parts: Record<string, string>, stored: string[] = []): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text, 'utf8');
    const keep = stored.includes(name);
    const body = keep ? data : deflateRawSync(data);
    const n = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(keep ? 0 : 8, 8);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(n.length, 26);
    local.push(head, n, body);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(keep ? 0 : 8, 10);
    dir.writeUInt32LE(crc32(data), 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(n.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, n);
    offset += head.length + n.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, cd, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** An Excel/WPS-style workbook: the parts as those programs write them, with what clerks' sheets hold. */
function excelBook(opts: { date1904?: boolean; sheet2?: string } = {}): Uint8Array {
  const sst = [
    '<si><t>某市档案局涉密载体台账</t></si>',
    '<si><t>文件资料名称</t></si>',
    '<si><r><rPr><b/><sz val="11"/></rPr><t>密</t></r><r><t xml:space="preserve">级 </t></r></si>',
    '<si><t>制发日期</t><rPh sb="0" eb="2"><t>ズイ</t></rPh><phoneticPr fontId="1"/></si>',
    '<si><t xml:space="preserve">  王  丽 </t></si>',
    '<si><t>A&amp;B &lt;内部&gt; _x000D_ 行</t></si>',
    '<si><t/></si>',
    '<si><t>第一行\n第二行</t></si>',
  ];
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="0.00_);[Red]\\(0.00\\)"/></numFmts>
<fonts count="1"><font><sz val="11"/></font></fonts><cellStyleXfs count="1"><xf numFmtId="14" fontId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0"/><xf numFmtId="31" fontId="0"/><xf numFmtId="177" fontId="0"/><xf numFmtId="49" fontId="0"/></cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="178" formatCode="yyyy-mm-dd"/></dxf></dxfs></styleSheet>`;
  const sheet1 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet ${NS} ${RNS}><dimension ref="A1:H9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>
<sheetData>
<row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="B1" s="5"/><c r="C1"/></row>
<row r="3" spans="1:8"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c><c r="D3" s="0"/><c r="E3" t="inlineStr"><is><t>页数或容量</t></is></c></row>
<row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4" t="s"><v>5</v></c><c r="C4" s="1"><v>45052</v></c><c r="D4" s="2"><v>45053.5</v></c><c r="E4" s="3"><v>45054</v></c><c r="F4" s="4"><v>12.5</v></c><c r="G4" t="b"><v>1</v></c><c r="H4" t="e"><v>#N/A</v></c></row>
<row r="5"><c r="A5"><f>1+1</f><v>2</v></c><c r="B5" t="str"><f>"a"&amp;"b"</f><v>a&amp;amp;b</v></c><c r="C5"><f>0*1</f><v>0</v></c><c r="D5" s="1"><f>TODAY()</f><v>45260</v></c><c r="E5" t="b"><f>TRUE()</f><v>0</v></c><c r="F5"><f t="shared" ref="F5:F6" si="0">A5*2</f><v>4</v></c><c r="G5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H5"><f>A1</f></c></row>
<row r="6"><c r="F6"><f t="shared" si="0"/><v>8</v></c><c r="A6" t="str"><v>x&amp;lt;y</v></c><c r="B6" t="s"><v>6</v></c><c r="C6" t="s"><v>7</v></c><c r="D6" t="n"><v>1e21</v></c><c r="E6"><v>-0.5</v></c></row>
<row r="7" hidden="1"/>
<row r="9"><c r="B9" s="2"/><c r="C9"><v>20230506</v></c></row>
</sheetData>
<mergeCells count="3"><mergeCell ref="A1:H1"/><mergeCell ref="A10:B11"/><mergeCell ref="J4"/></mergeCells>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ${NS} ${RNS}>${opts.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<bookViews><workbookView/></bookViews>
<sheets><sheet name="载体 &amp; 台账" sheetId="3" r:id="rId1"/><sheet name="图表" sheetId="4" r:id="rId9"/><sheet name="隐藏" sheetId="1" state="hidden" r:id="rId2"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst ${NS} count="${sst.length}" uniqueCount="${sst.length}">${sst.join('')}</sst>`,
    'xl/styles.xml': styles,
    'xl/worksheets/sheet1.xml': sheet1,
    'xl/worksheets/sheet2.xml':
      opts.sheet2 ??
      `<worksheet ${NS}><sheetData><row r="2"><c r="C2" t="s"><v>1</v></c></row></sheetData></worksheet>`,
    'xl/chartsheets/sheet1.xml': `<chartsheet ${NS}/>`,
  };
  return zip(parts, ['xl/styles.xml']);
}

/** A workbook as exceljs writes one (the app's own exports, and sheets re-saved by tools built on it). */
async function exceljsBook(hyperlink = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账 <1>');
  ws.addRow(['某市档案局涉密载体台账']);
  ws.mergeCells(1, 1, 1, 6);
  ws.addRow([]);
  ws.addRow(['序号', '名称', '制发日期', '份数', '是否', '备注']);
  ws.addRow([1, '关于保密工作的通知', new Date(Date.UTC(2023, 4, 6)), 3, true, null]);
  ws.addRow([
    2,
    { richText: [{ text: '年度' }, { font: { bold: true }, text: '要点' }] },
    '2023.5.6',
    '1-3',
    false,
  ]);
  ws.addRow([3, { formula: 'A4+A5', result: 3 }, { formula: 'C4', result: new Date(Date.UTC(2023, 4, 7)) }]);
  ws.addRow([4, { formula: 'A4-1', result: 0 }, { error: '#REF!' }, ' 两端 空格 ', 'a\nb']);
  ws.getCell('F7').numFmt = 'yyyy-mm-dd';
  ws.getCell('F7').value = 45000;
  ws.getCell('G9').value = null;
  ws.getCell('G9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
  ws.mergeCells('B10:C12');
  ws.getCell('B10').value = '合并';
  if (hyperlink) ws.getCell('F4').value = { text: '链接', hyperlink: 'http://example.invalid' };
  const second = wb.addWorksheet('第二页');
  second.state = 'hidden';
  second.getCell('B2').value = 'x';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('lean_read_matches_exceljs', () => {
  it('an Excel/WPS-style workbook reads cell for cell as exceljs reads it', async () => {
    for (const date1904 of [false, true]) {
      const bytes = excelBook({ date1904 });
      const lean = readXlsxLean(bytes);
      expect(lean).not.toBeNull();
      expect(lean).toEqual(await readXlsxWithExceljs(bytes));
    }
    const lean = readXlsxLean(excelBook()) ?? [];
    // What the importer sees (spot checks of the whole equality above).
    expect(lean.map((s) => s.name)).toEqual(['载体 & 台账', '隐藏']);
    const rows = lean[0]?.rows ?? [];
    expect(rows[0]).toEqual(Array(8).fill('某市档案局涉密载体台账'));
    expect(rows[2]?.slice(0, 3)).toEqual(['文件资料名称', '密级 ', '制发日期']);
    expect(rows[3]?.[2]).toEqual(new Date(Date.UTC(2023, 4, 6)));
    expect(rows.length).toBe(11);
  });

  it('a workbook exceljs wrote reads cell for cell as exceljs reads it', async () => {
    const bytes = await exceljsBook();
    const lean = readXlsxLean(bytes);
    expect(lean).not.toBeNull();
    expect(lean).toEqual(await readXlsxWithExceljs(bytes));
  });

  it('leaves to exceljs what it is unsure of, and readSheets gives exceljs’s answer', async () => {
    const unsure = [
      await exceljsBook(true), // hyperlinks
      excelBook({
        sheet2: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>富</t></r></is></c></row></sheetData></worksheet>`,
      }),
      excelBook({
        sheet2: `<worksheet ${NS}><sheetData><row r="1"><c t="s"><v>1</v></c></row></sheetData></worksheet>`,
      }),
      excelBook({
        sheet2: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>`,
      }),
      excelBook({
        sheet2: `<worksheet ${NS}><sheetData/><mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells></worksheet>`,
      }),
      excelBook({
        sheet2: `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
      }),
      excelBook({
        sheet2: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="str"><v><![CDATA[x]]></v></c></row></sheetData></worksheet>`,
      }),
    ];
    for (const bytes of unsure) {
      expect(readXlsxLean(bytes)).toBeNull();
      const viaExceljs = await readXlsxWithExceljs(bytes).then(
        (s) => s,
        (e: unknown) => e,
      );
      const viaRead = await readSheets(bytes, 'f.xlsx').then(
        (s) => s,
        (e: unknown) => e,
      );
      expect(viaRead).toEqual(viaExceljs);
    }
  });
});
