import { linkedText, linkLabel } from '../../../shared/text/linked-text';
import { ExternalLink } from './ExternalLink';

/** Verbatim text with its web addresses as links: the same stretches the analysis document links. */
export function LinkedText({ text }: { text: string }) {
  const pieces = linkedText(text);
  if (pieces.length === 1 && pieces[0]!.type === 'text') return <>{text}</>;
  return (
    <>
      {pieces.map((piece, i) =>
        piece.type === 'text' ? (
          piece.value
        ) : (
          <ExternalLink key={i} href={piece.url}>
            {linkLabel(piece)}
          </ExternalLink>
        ),
      )}
    </>
  );
}
