// The CJK font the year book's tables are written in: found on the machine (the app ships none: a CJK font is
// 10–20 MB), read once, measured per character, and embedded in each PDF as a subset of the glyphs it uses.
//
// Two faults of @pdf-lib/fontkit 1.1.1 (pinned, as pdf-lib 1.17.1 that calls it) are mended on the subset of a
// CFF font (Noto Sans CJK is one):
// - the CFF header's offSize byte is written as the low byte of the whole table's length (27 for Noto Sans CJK):
//   FreeType, and so poppler and Chromium's PDF viewer, refuse the font ("Embedded font file may be invalid")
//   and fall back to a system font, which hides the fault wherever the font happens to be installed;
// - a CID-keyed font's FDSelect gives each glyph the font dict added last rather than its own (and collects the
//   local subroutines it calls under that dict), so a glyph can be drawn with another dict's hints and subrs.
import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import type { Font as FontkitFont } from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { AppException } from '../../../../db/domain/errors';

/** The variable that names the font file to use instead of looking for one. */
export const CJK_FONT_ENV = 'BAOMI_CJK_FONT';

/** Where Linux distributions put Noto Sans CJK (Debian/Ubuntu fonts-noto-cjk, Arch, Fedora). */
export const LINUX_CJK_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

/** Windows' own Chinese fonts, in the Fonts folder. */
export const WINDOWS_CJK_FONTS = ['simsun.ttc', 'msyh.ttc'];

/** The face taken from a collection (.ttc): simplified Chinese first, else the collection's first face. */
const PREFERRED_FACES = [
  'NotoSansCJKsc-Regular',
  'NotoSerifCJKsc-Regular',
  'SimSun',
  'MicrosoftYaHei',
  'SourceHanSansSC-Regular',
];

/**
 * The CJK font file to use: `BAOMI_CJK_FONT` if set, else the first of the usual places that exists (Noto Sans
 * CJK on Linux, 宋体/微软雅黑 on Windows). Throws with what the clerk can do when there is none.
 */
export function findCjkFont(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string {
  const named = env[CJK_FONT_ENV]?.trim();
  if (named) {
    if (exists(named)) return named;
    throw new AppException('INTERNAL', `环境变量 ${CJK_FONT_ENV} 指定的字体文件不存在：${named}。`);
  }
  const fontsDir = `${env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows'}\\Fonts`;
  const candidates =
    platform === 'win32'
      ? WINDOWS_CJK_FONTS.map((f) => `${fontsDir}\\${f}`)
      : platform === 'linux'
        ? LINUX_CJK_FONTS
        : [];
  const found = candidates.find((p) => exists(p));
  if (found) return found;
  throw new AppException(
    'INTERNAL',
    `未找到中文字体，无法生成 PDF 台账。请安装思源黑体（Noto Sans CJK，Linux 软件包 fonts-noto-cjk）或宋体，` +
      `或设置环境变量 ${CJK_FONT_ENV} 指向一个中文字体文件（.ttf/.otf/.ttc）。`,
  );
}

/** A CJK font read and measured: all lengths in em (multiply by the font size in pt). */
export interface CjkFont {
  path: string;
  postscriptName: string;
  /** Above the baseline, below it (positive) and the gap between lines: the line box is their sum. */
  ascent: number;
  descent: number;
  lineGap: number;
  /** The advance of one character (a code point), measured once; a character the font lacks measures as □. */
  advance(cp: number): number;
  /** Whether the font draws the character (else it is printed as □). */
  has(cp: number): boolean;
  /** @internal fontkit's face, shared by every PDF made with this font. */
  readonly face: FontkitFont;
  /** @internal the file's bytes. */
  readonly bytes: Uint8Array;
}

type Collection = { fonts: FontkitFont[] };

/** □, shown for a character the font lacks. */
export const BOX = 0x25a1;

function pickFace(parsed: FontkitFont | Collection): FontkitFont | undefined {
  if (!('fonts' in parsed)) return parsed;
  const faces = parsed.fonts;
  for (const name of PREFERRED_FACES) {
    const f = faces.find((x) => x.postscriptName === name);
    if (f) return f;
  }
  return faces[0];
}

/** Reads and measures the font at `path` (a .ttf, .otf or .ttc), taking a Chinese face of a collection. */
export function openCjkFont(path: string = findCjkFont()): CjkFont {
  let bytes: Uint8Array;
  let face: FontkitFont | undefined;
  try {
    bytes = readFileSync(path);
    face = pickFace(fontkit.create(bytes) as FontkitFont | Collection);
  } catch (cause) {
    throw new AppException('INTERNAL', `无法读取字体文件：${path}。请检查该文件是否为完整的字体文件。`, {
      cause,
    });
  }
  if (!face?.hasGlyphForCodePoint(0x4e2d)) {
    throw new AppException('INTERNAL', `字体文件不含中文字形：${path}。请换用中文字体。`);
  }
  const f = face;
  const upm = f.unitsPerEm;
  // Measured once per character: a table for the Basic Multilingual Plane (NaN: not yet), a map beyond it.
  const bmp = new Float64Array(0x10000).fill(Number.NaN);
  const astral = new Map<number, number>();
  const known = new Map<number, boolean>();
  const has = (cp: number) => {
    let h = known.get(cp);
    if (h === undefined) known.set(cp, (h = f.hasGlyphForCodePoint(cp)));
    return h;
  };
  const measure = (cp: number) => f.glyphForCodePoint(has(cp) ? cp : BOX).advanceWidth / upm;
  return {
    path,
    postscriptName: f.postscriptName ?? 'CJK',
    ascent: f.ascent / upm,
    descent: Math.abs(f.descent) / upm,
    lineGap: Math.max(0, f.lineGap) / upm,
    has,
    advance(cp) {
      if (cp < 0x10000) {
        const w = bmp[cp] as number;
        if (w === w) return w;
        return (bmp[cp] = measure(cp));
      }
      let w = astral.get(cp);
      if (w === undefined) astral.set(cp, (w = measure(cp)));
      return w;
    },
    face: f,
    bytes,
  };
}

/** The parts of pdf-lib's subset embedder and of fontkit's CFF subset that the mending below touches. */
interface CffSubset {
  glyphs: number[];
  cff: {
    topDict: { FDArray: Record<string, unknown>[] };
    fdForGlyph(gid: number): number | null;
  };
  font: { getGlyph(gid: number): { path: unknown; _usedSubrs?: Record<string, boolean> } };
  subsetSubrs(subrs: unknown, used: Record<string, boolean>): unknown;
  subsetFontdict?: (topDict: Record<string, unknown>) => void;
}
interface SubsetEmbedder {
  subset?: CffSubset;
  serializeFont(): Promise<Uint8Array>;
}

/** fontkit's subsetFontdict with each glyph given its own font dict (see the head of this file). */
function subsetFontdict(this: CffSubset, topDict: Record<string, unknown>): void {
  const fdArray: Record<string, unknown>[] = [];
  const fds: number[] = [];
  const newIndex = new Map<number, number>();
  const used: Record<string, boolean>[] = [];
  for (const gid of this.glyphs) {
    const fd = this.cff.fdForGlyph(gid);
    if (fd === null) continue;
    let at = newIndex.get(fd);
    if (at === undefined) {
      at = fdArray.length;
      newIndex.set(fd, at);
      fdArray.push({ ...this.cff.topDict.FDArray[fd] });
      used.push({});
    }
    fds.push(at);
    const glyph = this.font.getGlyph(gid);
    void glyph.path; // parsing the outline records the subroutines it calls
    const mine = used[at] as Record<string, boolean>;
    for (const s of Object.keys(glyph._usedSubrs ?? {})) mine[s] = true;
  }
  fdArray.forEach((dict, i) => {
    delete dict.FontName;
    const priv = dict.Private as { Subrs?: unknown } | undefined;
    if (priv?.Subrs) {
      dict.Private = { ...priv, Subrs: this.subsetSubrs(priv.Subrs, used[i] ?? {}) };
    }
  });
  topDict.FDArray = fdArray;
  topDict.FDSelect = { version: 0, fds };
}

/**
 * Embeds `font` in `doc` as a subset named `<tag>+<PostScript name>` (`tag`: six capital letters, so the same
 * input gives the same bytes), with fontkit's two CFF faults mended.
 */
export async function embedCjkFont(doc: PDFDocument, font: CjkFont, tag: string): Promise<PDFFont> {
  // pdf-lib parses the bytes it is given with the registered fontkit: hand it the face already parsed (a
  // collection's bytes alone do not say which face).
  doc.registerFontkit({ create: () => font.face });
  const embedded = await doc.embedFont(font.bytes, {
    subset: true,
    customName: `${tag}+${font.postscriptName}`,
  });
  const embedder = (embedded as unknown as { embedder: SubsetEmbedder }).embedder;
  const subset = embedder.subset;
  if (subset && typeof subset.subsetFontdict === 'function') subset.subsetFontdict = subsetFontdict;
  const serialize = embedder.serializeFont.bind(embedder);
  embedder.serializeFont = async () => {
    const bytes = await serialize();
    // A CFF header: major version 1, header size ≥ 4, then offSize, which must be 1–4.
    const offSize = bytes[3] ?? 0;
    if (bytes[0] === 1 && (bytes[2] ?? 0) >= 4 && (offSize < 1 || offSize > 4)) bytes[3] = 4;
    return bytes;
  };
  return embedded;
}
