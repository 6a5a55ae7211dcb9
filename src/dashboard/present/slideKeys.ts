/** What a key does in a presentation: pure, so it is tested without a DOM. */
type SlideCommand = { go: number } | { digit: string } | 'enter' | 'exit' | undefined;

export function slideCommand(key: string, slide: number, count: number): SlideCommand {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return { go: Math.min(count, slide + 1) };
    case 'ArrowLeft':
    case 'PageUp':
      return { go: Math.max(1, slide - 1) };
    case 'Home':
      return { go: 1 };
    case 'End':
      return { go: count };
    case 'Enter':
      return 'enter';
    case 'Escape':
      return 'exit';
    default:
      return /^[0-9]$/.test(key) ? { digit: key } : undefined;
  }
}

/** Typed digits then Enter: the slide to jump to, kept within the deck; undefined when nothing usable was typed. */
export function typedSlide(typed: string, count: number): number | undefined {
  if (!/^\d{1,3}$/.test(typed)) return undefined;
  const n = Number(typed);
  return n >= 1 ? Math.min(n, count) : undefined;
}
