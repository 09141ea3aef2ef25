// The 自查自评报告 as a Word document (docx package): a title, the unit and the date, then each area of art. 58
// as a heading, its figures as a two-column table and the clerk's text; signature lines at the end. The clerk
// finishes and signs it in WPS/Word, so it is plain paragraphs and tables, no fields or macros.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { SelfAssessmentView } from '../../ipc/schemas/yearbook';
import { chineseNumber } from '../../../db/domain/numerals';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const line = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
const borders = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

function cell(text: string, width: number, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
  });
}

function figuresTable(figures: SelfAssessmentView['areas'][number]['figures']): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: [cell('统计项', 75, true), cell('数量', 25, true)] }),
      ...figures.map((f) => new TableRow({ children: [cell(f.label, 75), cell(String(f.value), 25)] })),
    ],
  });
}

function textParagraphs(text: string): Paragraph[] {
  if (text.trim() === '') {
    return [
      new Paragraph({ children: [new TextRun({ text: '（未填写）', italics: true, color: '888888' })] }),
    ];
  }
  return text
    .split(/\n+/)
    .map((p) => new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(p)] }));
}

export async function selfAssessmentDocx(r: SelfAssessmentView): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `${r.unitName}${r.year}年度保密自查自评报告`, bold: true, size: 36 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: `（依据《保守国家秘密法实施条例》第五十八条，统计截至 ${r.asOf}）`, size: 21 }),
      ],
    }),
  ];
  for (const a of r.areas) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240, after: 120 },
        children: [new TextRun({ text: `${chineseNumber(a.no)}、${a.title}`, bold: true, size: 28 })],
      }),
    );
    if (a.figures.length > 0) body.push(figuresTable(a.figures));
    else
      body.push(
        new Paragraph({
          children: [new TextRun({ text: '本系统未设该项登记，无统计数字。', color: '888888' })],
        }),
      );
    body.push(...textParagraphs(a.text));
  }
  body.push(
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun('保密工作机构负责人（签字）：')] }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun('单位主要负责人（签字）：')] }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun(`${r.unitName}（盖章）`)] }),
    new Paragraph({ children: [new TextRun('年  月  日')] }),
  );
  const doc = new Document({
    creator: r.unitName,
    title: `${r.year}年度保密自查自评报告`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
