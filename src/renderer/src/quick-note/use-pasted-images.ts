import { useCallback, useEffect, useMemo, useState, type ClipboardEvent } from 'react';
import type { PastedImage } from './save-quick-note';

export interface PastedImages {
  images: PastedImage[];
  previews: string[];
  onPaste(event: ClipboardEvent): void;
  remove(index: number): void;
  clear(): void;
}

/** Images pasted into the quick note (a screenshot of a graph), kept as Blobs until the note is saved. */
export function usePastedImages(): PastedImages {
  const [images, setImages] = useState<PastedImage[]>([]);
  const previews = useMemo(() => images.map((image) => URL.createObjectURL(image.blob)), [images]);
  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews]);

  const onPaste = useCallback((event: ClipboardEvent) => {
    const files = Array.from(event.clipboardData.items)
      .filter((item) => item.kind === 'file' && item.type.startsWith('image/'))
      .map((item) => item.getAsFile())
      .filter((file): file is File => file !== null);
    if (files.length === 0) return; // plain text pastes as usual
    event.preventDefault();
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    setImages((before) => [
      ...before,
      ...files.map((file, i) => ({ blob: file, name: file.name && file.name !== 'image.png' ? file.name : `pasted-${stamp}-${i + 1}.png` })),
    ]);
  }, []);
  const remove = useCallback((index: number) => setImages((before) => before.filter((_, i) => i !== index)), []);
  const clear = useCallback(() => setImages([]), []);
  return { images, previews, onPaste, remove, clear };
}
