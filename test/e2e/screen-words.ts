// What a clerk reads and what assistive technology says, read off a page or a dialog (issue 23, point 5): the
// walk of the pages and the walk of the dialogs ask the same questions of different parts of the screen.
import type { Locator, Page } from 'playwright-core';
import * as vocab from '../../db/domain/vocab';

/** Words a Chinese clerk reads as they are: file kinds, devices, keys, units, standards. */
export const ALLOWED_WORDS = new Set(
  'xlsx PDF pdf Word Excel USB Ctrl Alt Esc Enter Tab Shift JPEG PNG TIFF CD DVD MAC IP ID SM2 SM3 SM4 Ed25519 X25519 AES GCM SHA bmkey bmbak bmr baomi'.split(
    ' ',
  ),
);

/** Every code of the vocabulary (snake_case or single words such as `secret`), which the screen must label. */
export function vocabularyCodes(): Set<string> {
  const codes = new Set<string>();
  for (const v of Object.values(vocab))
    if (Array.isArray(v))
      for (const c of v) if (typeof c === 'string' && /^[a-z][a-z_]+$/.test(c)) codes.add(c);
  return codes;
}

/** The interactive roles a clerk operates by pointing: each must have a name (an icon-only one, a Chinese label). */
const NAMED_ROLES = 'button|link|checkbox|radio|switch|menuitem|tab|option';

export interface ScreenReading {
  /** English words and codes in the text, the accessible names, the labels, the placeholders and the tooltips. */
  words: string[];
  /** Controls assistive technology announces without a name ("button"), and clickable icons hidden from it. */
  unnamed: string[];
}

/**
 * Reads `scope` as it is shown and as it is announced: its visible text; its accessibility tree (Playwright's
 * snapshot: the names assistive technology reads, icons inside buttons included, aria-hidden left out); and the
 * aria-label, placeholder and title attributes of its visible elements outside aria-hidden parts.
 */
export async function readScreen(
  scope: Locator,
  allowed: ReadonlySet<string>,
  codes: ReadonlySet<string>,
): Promise<ScreenReading> {
  const tree = await scope.ariaSnapshot();
  const attrs = await scope.evaluate((root) => {
    const out: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('[aria-label], [placeholder], [title]')) {
      if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
      if (el.closest('[aria-hidden="true"]')) continue;
      for (const a of ['aria-label', 'placeholder', 'title']) out.push(el.getAttribute(a) ?? '');
    }
    // An icon given onClick (antd then makes it tabIndex -1) is a control: hidden as decorative, it is lost.
    const hiddenControls = [...root.querySelectorAll<HTMLElement>('.anticon[aria-hidden="true"][tabindex]')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => `可点击的图标 ${el.className}`);
    return { text: (root as HTMLElement).innerText, attrs: out, hiddenControls };
  });
  // The snapshot's own syntax (roles, states in brackets, /url lines; a line YAML-quoted when its name holds a
  // colon) is English; what follows a role is the app's.
  const spoken = tree
    .split('\n')
    .filter((l) => !/^\s*- \//.test(l))
    .map((l) => l.replace(/^\s*- '?[a-z]+/, '').replace(/\[[^\]]*\]/g, ''));
  // Whole runs of letters and digits: a fingerprint's groups (2EAC 40AD) are hexadecimal, not words.
  const found = [attrs.text, ...attrs.attrs, ...spoken].join('\n').match(/[A-Za-z0-9_]+/g) ?? [];
  const words = [...new Set(found)].filter(
    (w) =>
      !allowed.has(w) &&
      !/^[0-9A-F]{4}$/.test(w) &&
      (codes.has(w) || /^[A-Za-z]{2,}$/.test(w) || (w.includes('_') && /[A-Za-z]/.test(w))),
  );
  const unnamed = tree
    .split('\n')
    .filter((l) => new RegExp(`^\\s*- (${NAMED_ROLES})( \\[[^\\]]*\\])*:?$`).test(l))
    .map((l) => l.trim())
    .concat(attrs.hiddenControls);
  return { words, unnamed };
}

/** Where `scope` (or anything in it outside a table's own scroller) runs wider than its box or the window. */
export async function sidewaysIn(scope: Locator, page: Page): Promise<string[]> {
  const width = page.viewportSize()?.width ?? 0;
  return scope.evaluate((root, w) => {
    const out: string[] = [];
    const box = root.getBoundingClientRect();
    if (box.right > w + 1) out.push(`超出窗口右缘 ${Math.round(box.right - w)}px`);
    for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
      if (el.closest('.ant-table-content, .ant-table-body, .ant-table-header')) continue;
      const style = getComputedStyle(el);
      const scrolls = el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(style.overflowX);
      if (scrolls || el.getBoundingClientRect().right > box.right + 1)
        out.push(`${el.tagName}.${String(el.className).slice(0, 40)}`);
      if (out.length > 2) break;
    }
    return out;
  }, width);
}

/**
 * The empty states on the screen (antd's Empty: a register or list with no rows) whose message is not whole in
 * view: any part of its text outside the window, or outside the visible part of a box that clips it (the
 * table's scroll box, which may be far wider than what shows). Returns how many were seen and the cut ones.
 */
export async function emptyStatesCut(scope: Locator): Promise<{ seen: number; cut: string[] }> {
  return scope.evaluate((root) => {
    const cut: string[] = [];
    let seen = 0;
    for (const empty of root.querySelectorAll<HTMLElement>('.ant-empty')) {
      if (empty.offsetParent === null) continue;
      seen++;
      const text = empty.querySelector<HTMLElement>('.ant-empty-description') ?? empty;
      const range = document.createRange();
      range.selectNodeContents(text);
      const r = range.getBoundingClientRect();
      // The visible region: the window, narrowed by every ancestor that clips what overflows it.
      let view = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
      for (let e = empty.parentElement; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const b = e.getBoundingClientRect();
        view = {
          left: Math.max(view.left, b.left),
          top: Math.max(view.top, b.top),
          right: Math.min(view.right, b.right),
          bottom: Math.min(view.bottom, b.bottom),
        };
      }
      const out =
        r.left < view.left - 1 ||
        r.right > view.right + 1 ||
        r.top < view.top - 1 ||
        r.bottom > view.bottom + 1;
      if (out || text.scrollWidth > text.clientWidth + 1)
        cut.push(
          `「${(text.textContent ?? '').slice(0, 16)}…」文字 ${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)}，可见 ${Math.round(view.left)}–${Math.round(view.right)} × ${Math.round(view.top)}–${Math.round(view.bottom)}`,
        );
    }
    return { seen, cut };
  });
}
