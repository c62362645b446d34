import type { PDFPage } from 'pdf-lib';

/** A piece of a page laid out top to bottom: a line, a table row, a signature. */
export interface Block {
  height: number;
  /** Goes to the next page together with the block before it (a paragraph's last line, the signature). */
  keepWithPrevious?: boolean;
  /** Starts a new page (an annex). */
  pageBreak?: boolean;
  /** Blank space, dropped at the top of a page. */
  spacer?: boolean;
  /** Draws the block with its top edge at `top`. */
  draw?(page: PDFPage, top: number): void;
}

/**
 * Distributes blocks over pages of `room` height. A block that does not fit opens a new page
 * and takes along the blocks it must keep with, as long as something stays behind: no page
 * holds only a signature or a paragraph's last line.
 */
export function paginate(blocks: Block[], room: number): Block[][] {
  const pages: Block[][] = [[]];
  let used = 0;
  const open = (carried: Block[]) => {
    const first = carried.findIndex((b) => !b.spacer);
    const kept = first < 0 ? [] : carried.slice(first);
    pages.push(kept);
    used = kept.reduce((sum, b) => sum + b.height, 0);
  };
  for (const block of blocks) {
    const page = pages.at(-1)!;
    if (block.pageBreak && page.length) open([]);
    else if (used + block.height > room && page.length) {
      const carried: Block[] = [];
      for (let b = block; b.keepWithPrevious && page.length > 1; b = carried[0]!)
        carried.unshift(page.pop()!);
      // Carry a whole chain that fits on a page; one already split (too long, or begun on an
      // earlier page) just continues on the next page.
      const whole = (carried[0] ?? block) === block || !carried[0]!.keepWithPrevious;
      const height = carried.reduce((sum, b) => sum + b.height, block.height);
      if (!whole || height > room) page.push(...carried.splice(0));
      open(carried);
    }
    if (block.spacer && pages.at(-1)!.length === 0) continue;
    pages.at(-1)!.push(block);
    used += block.height;
  }
  return pages;
}
