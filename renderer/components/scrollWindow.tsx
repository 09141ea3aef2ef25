// The register's rows as one scrolling list however long it is. The box scrolls over a spacer as tall as
// every row; the table itself stays in view (sticky) and draws only the rows under the box, shifted by the
// part of a row scrolled past, so the work per frame does not grow with the register (antd's own virtual
// table sums every row's height on each frame: 80 ms a frame at 100k rows).
//
// Rows not read yet draw a PendingCell, which says so while mounted; blocks still wanted a moment later are
// read. Rows scrolled past in a fast fling mount and unmount within that moment, so a jump from the top to
// row 90,000 reads the blocks at 90,000 only.
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
  type UIEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { BLOCK, blocksOf } from '../stores/register.store';

export class Pending {
  constructor(readonly pending: number) {}
}
export type Row<T> = T | Pending;

export const pendingRow = (index: number): Pending => new Pending(index);

export function isPending<T extends object>(row: Row<T>): row is Pending {
  return row instanceof Pending;
}

/**
 * How long a row must stay in view before its block is read: longer than a frame of a drag of the scroll bar
 * (rows passed over are mostly not read, and a block that arrives after its rows have passed is not drawn:
 * PendingWindow), short enough to leave room in the 100 ms a jump may take to fill (issue 20 point 3).
 */
const SETTLE_MS = 20;

/** `want(index)` marks a row in view and returns its unmarking; `load(blocks)` reads the blocks still wanted. */
export function usePendingRows(load: (blocks: number[]) => void) {
  const wanted = useRef(new Map<number, number>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  }, [load]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return useCallback((index: number) => {
    const block = Math.floor(index / BLOCK);
    const map = wanted.current;
    map.set(block, (map.get(block) ?? 0) + 1);
    timer.current ??= setTimeout(() => {
      timer.current = null;
      loadRef.current([...map].filter(([, n]) => n > 0).map(([b]) => b));
    }, SETTLE_MS);
    return () => {
      const n = (map.get(block) ?? 1) - 1;
      if (n > 0) map.set(block, n);
      else map.delete(block);
    };
  }, []);
}

export function PendingCell({ index, want }: { index: number; want: (index: number) => () => void }) {
  useEffect(() => want(index), [index, want]);
  return <span className="register-pending">正在读取…</span>;
}

/**
 * A window none of whose rows is read yet (a jump, a drag of the scroll bar): one line over the rows drawn
 * last (below the header, `top`) says so and wants the window's blocks; the table is left as it is. Drawing a
 * window of pending rows through antd costs as much as drawing the rows themselves, and a jump would pay for
 * both (issue 20 point 3); hiding the rows by a class on the table would have every cell's style computed again.
 */
export function PendingWindow({
  start,
  end,
  top,
  want,
}: {
  start: number;
  end: number;
  top: number;
  want: (index: number) => () => void;
}) {
  useEffect(() => {
    const unwant = blocksOf(start, end - 1).map((b) => want(Math.max(start, b * BLOCK)));
    return () => unwant.forEach((f) => f());
  }, [start, end, want]);
  return (
    <div className="register-pending register-pending-window" style={{ top }}>
      正在读取…
    </div>
  );
}

/**
 * A small bordered antd row and its header in this theme, until the drawn ones are measured: a guess that
 * is off draws the first rows twice before they show.
 */
const ROW_PX = 33;
const HEADER_PX = 32;
/**
 * The window moves in steps of this many rows, with as many extra rows drawn: between steps a scroll only
 * slides the drawn rows (one style write, no React), so the table is drawn anew every CHUNK rows scrolled,
 * not on every frame.
 */
const CHUNK = 12;

export interface ScrollWindow {
  /** Rows [start, end) are drawn. */
  start: number;
  end: number;
  /** Height of everything the box scrolls over. */
  spacer: number;
  /** Height of the box: the table's window. */
  height: number;
  /** Height of the table's header row. */
  header: number;
  onScroll: (e: UIEvent<HTMLDivElement>) => void;
  /** Back to the first row (stable across draws). */
  toTop: () => void;
  /** Only the rows in view are drawn (just after a jump); `loosen` draws the whole window again. */
  tight: boolean;
  loosen: () => void;
}

/**
 * Slide the drawn rows up by the part of the window scrolled past its first drawn row, and hide that part
 * (it would otherwise show above the header). `scrollTop` is the one the last scroll event saw: reading the
 * box's own after React changed the rows would force a layout of the page inside every commit.
 */
function slide(box: HTMLElement, scrollTop: number, start: number, rowPx: number) {
  const body = box.querySelector<HTMLElement>('.register-window .ant-table-tbody');
  if (!body) return;
  const past = Math.max(0, scrollTop - start * rowPx);
  body.style.transform = `translateY(${-past}px)`;
  body.style.clipPath = `inset(${past}px 0 0 0)`;
}

/**
 * The pinned columns (编号, 名称 and those before them) are sticky only while the box is scrolled right. At the
 * left edge they stand where they would stick anyway, and every sticky cell is a node of its own for the
 * compositor: 124 of them in a window of 31 rows made each frame of a jump some 20 ms longer (issue 20 point 3).
 */
const SCROLLED_RIGHT = 'register-scrolled-right';
function pinWhenRight(box: HTMLElement) {
  const right = box.scrollLeft > 0;
  if (box.classList.contains(SCROLLED_RIGHT) !== right) box.classList.toggle(SCROLLED_RIGHT, right);
}

let lastBox = { height: 400, tallest: 400 };

/** How long a jump shows the rows it left while the rows it lands on are read, before saying they are. */
const JUMP_WAIT_MS = 60;

/**
 * A scroll this long after the one before it is a jump (a click on the bar, End, a wheel fling's first step), as
 * is the first one after a jump's rows were read and shown (land).
 */
const QUIET_MS = 100;

/**
 * The box to scroll (its ref) and the window it shows. `onJump(first, last, around)` hears of a jump past the
 * rows drawn, with the rows it lands on, as the scroll happens rather than once rows have settled in view (a
 * drag's first step reads too); it reads their blocks and its promise settles once they are read.
 * `around` is the whole window drawn once they show (a step's rows above them, the extra rows below), whose
 * blocks are best read at once too: asked only once it is drawn, a block it shares with no row in view took
 * one more round trip before the window was whole.
 */
export function useScrollWindow(
  total: number,
  onJump?: (first: number, last: number, around: { start: number; end: number }) => Promise<void>,
): [RefObject<HTMLDivElement | null>, ScrollWindow] {
  const boxRef = useRef<HTMLDivElement>(null);
  const lastScroll = useRef(0);
  // The box's height, and the tallest it has been: rows are drawn for the tallest, so that the box shrinking a
  // little (the toolbar wrapping once the count arrives) does not draw every row again before they show.
  // It starts as the last register's box (the same window), so that the first rows are drawn once.
  const [{ height, tallest }, setBox] = useState(lastBox);
  useEffect(() => {
    lastBox = { height, tallest };
  }, [height, tallest]);
  const [step, setStep] = useState(0);
  // After a jump, the first row in view: only the rows in view are drawn until they show (issue 20 point 3:
  // antd's cost grows with the rows drawn), then the window's extra rows (loosen).
  const [tight, setTight] = useState<number | null>(null);
  const [px, setPx] = useState({ row: ROW_PX, header: HEADER_PX });
  const scrolled = useRef(0);
  // The moment of a jump whose rows are not drawn yet (0: none): a scroll since makes it moot.
  const jumping = useRef(0);

  useEffect(() => {
    const el = boxRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() =>
      setBox((b) => ({ height: el.clientHeight, tallest: Math.max(b.tallest, el.clientHeight) })),
    );
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // Row and header heights follow the theme and the font: measure them once rows are drawn.
  useLayoutEffect(() => {
    const el = boxRef.current;
    const row = el?.querySelector<HTMLElement>('.ant-table-tbody > tr.ant-table-row')?.offsetHeight;
    const header = el?.querySelector<HTMLElement>('.ant-table-thead')?.offsetHeight;
    if (row && header) setPx((p) => (row === p.row && header === p.header ? p : { row, header }));
  }, [total, height]);

  const last = Math.max(0, total - 1);
  const inView = (box: number) => Math.ceil(Math.max(0, box - px.header) / px.row) + 1;
  // The window at a step: its first row, and the end of the rows drawn from there.
  const stepStart = (at: number) => Math.min(at * CHUNK, last - (last % CHUNK));
  const windowEnd = (from: number) => Math.min(total, from + inView(tallest) + CHUNK);
  const start = tight ?? stepStart(step);
  const end = tight === null ? windowEnd(start) : Math.min(total, tight + inView(height));
  // Every draw puts the rows where the scroll position says (a new step, new rows, a resize).
  useLayoutEffect(() => {
    if (boxRef.current) slide(boxRef.current, scrolled.current, start, px.row);
  });

  const toTop = useCallback(() => {
    jumping.current = 0;
    if (boxRef.current) boxRef.current.scrollTop = 0;
    scrolled.current = 0;
    setStep(0);
    setTight(null);
  }, []);
  // Not while a jump is on its way: the window would be drawn whole at the place it is leaving, rows no one sees
  // drawn in the frames that were to show the rows it lands on (as a drag of the scroll bar goes on; issue 20
  // point 3). The jump's landing draws its own window.
  const loosen = useCallback(() => {
    if (!jumping.current) setTight(null);
  }, []);

  const win: ScrollWindow = {
    start,
    end,
    spacer: px.header + total * px.row,
    header: px.header,
    height,
    onScroll: (e) => {
      const box = e.currentTarget;
      pinWhenRight(box);
      const before = scrolled.current;
      scrolled.current = box.scrollTop;
      const at = performance.now();
      const quiet = at - lastScroll.current > QUIET_MS;
      lastScroll.current = at;
      const now = Math.floor(scrolled.current / px.row / CHUNK);
      if (onJump && quiet && Math.abs(scrolled.current - before) > (end - start) * px.row) {
        // The rows in view where it lands, drawn alone first (`start` and `end` above, while tight): as soon
        // as they are read, or saying they are being read if that takes more than a moment. Drawing that
        // saying first cost a frame the read rows then waited behind.
        const first = Math.min(Math.floor(scrolled.current / px.row), last);
        const from = stepStart(now);
        const read = onJump(first, Math.min(total, first + inView(height)) - 1, {
          start: from,
          end: windowEnd(from),
        });
        jumping.current = at;
        // Drawn at once, in the task that brought the rows: left to React's scheduler, the drawing waited behind
        // the frame Chromium had due, and the rows showed a frame later (issue 20 point 3).
        const land = (read: boolean) => {
          if (jumping.current !== at) return;
          jumping.current = 0;
          // Its rows read and shown, the next scroll is a jump of its own however soon it comes (the scroll bar
          // dragged on in steps): taken for the drag going on, its rows waited SETTLE_MS before being asked for.
          if (read) lastScroll.current = 0;
          flushSync(() => {
            setTight(first);
            setStep(now);
          });
        };
        setTimeout(() => land(false), JUMP_WAIT_MS);
        void read.then(() => land(true));
        return;
      }
      jumping.current = 0;
      if (tight !== null) setTight(null);
      if (now !== step) setStep(now);
      else if (tight === null) slide(box, scrolled.current, start, px.row);
    },
    toTop,
    tight: tight !== null,
    loosen,
  };
  return [boxRef, win];
}
