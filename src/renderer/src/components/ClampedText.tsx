import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

interface ClampedTextProps {
  /** How many lines show until "Show all". */
  lines: number;
  /** What the text is, for the button's accessible name ("Show all of the root cause"). */
  what: string;
  children: ReactNode;
  as?: 'div' | 'h1';
  id?: string;
  className?: string;
}

/**
 * A header field that keeps to a few lines, with "Show all" when the text is longer: a five-paragraph root cause
 * must not push the timeline off the window. The button appears only when something is actually cut off.
 */
export function ClampedText({ lines, what, children, as: Tag = 'div', id, className = '' }: ClampedTextProps) {
  const ref = useRef<HTMLElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [cut, setCut] = useState(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || expanded) return;
    const measure = () => setCut(el.scrollHeight > el.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [expanded, children]);

  const style = { '--clamp-lines': lines } as CSSProperties;
  return (
    <>
      <Tag
        ref={ref as never}
        id={id}
        className={`clamped-text ${expanded ? '' : 'clamped'} ${className}`}
        style={style}
        title={!expanded && cut && typeof children === 'string' ? children : undefined}
      >
        {children}
      </Tag>
      {expanded || cut ? (
        <button
          type="button"
          className="link small clamp-toggle"
          aria-expanded={expanded}
          aria-label={`${expanded ? 'Show less' : 'Show all'} of ${what}`}
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? 'Show less' : 'Show all'}
        </button>
      ) : null}
    </>
  );
}
