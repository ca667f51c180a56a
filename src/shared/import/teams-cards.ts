/*
 * What a bot or connector posts to Teams is often a card, not a body: Graph returns the message with a body of
 * just `<attachment id="…"></attachment>` and the card as an attachment whose content is the card's JSON. An
 * alert's title, text and facts live there, so the card is read as the lines a person saw on it. Buttons
 * (actions) and pictures are left out; a card Sitrep cannot read adds nothing rather than refusing the file.
 */

type Json = Record<string, unknown>;

/** How each card type read here is laid out (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference). */
const CARD_READERS = new Map<string, (card: Json) => string[]>([
  ['application/vnd.microsoft.card.adaptive', (card) => adaptiveLines(card.body)],
  ['application/vnd.microsoft.teams.card.o365connector', connectorLines],
  ['application/vnd.microsoft.card.hero', connectorLines],
  ['application/vnd.microsoft.card.thumbnail', connectorLines],
]);

export interface TeamsAttachment {
  contentType?: string | null;
  content?: unknown;
}

/** Whether an attachment is a card (read as text) rather than a file or a quoted message. */
export function isCard(attachment: TeamsAttachment): boolean {
  return CARD_READERS.has(attachment.contentType ?? '');
}

/** The lines a card shows, top to bottom (some may be empty); nothing for an attachment that is not a card. */
export function cardLines(attachment: TeamsAttachment): string[] {
  const read = CARD_READERS.get(attachment.contentType ?? '');
  const card = contentOf(attachment.content);
  return read && card ? read(card).map((line) => line.trim()) : [];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Graph sends a card's content as a JSON string; a file saved some other way may hold the object itself. */
function contentOf(content: unknown): Json | null {
  if (typeof content !== 'string') return isObject(content) ? content : null;
  try {
    const parsed: unknown = JSON.parse(content);
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** An Adaptive Card's elements: text blocks, rich text, fact sets, and the containers, columns and tables around them. */
function adaptiveLines(elements: unknown): string[] {
  return list(elements).filter(isObject).flatMap((element) => {
    switch (element.type) {
      case 'TextBlock':
        return [text(element.text)];
      case 'RichTextBlock':
        return [list(element.inlines).map((inline) => (isObject(inline) ? text(inline.text) : text(inline))).join('')];
      case 'FactSet':
        return factLines(element.facts, 'title');
      case 'ColumnSet':
        return list(element.columns).filter(isObject).flatMap((column) => adaptiveLines(column.items));
      case 'Table':
        return list(element.rows).filter(isObject).map((row) =>
          list(row.cells).filter(isObject).map((cell) => adaptiveLines(cell.items).join(' ')).join(' | '),
        );
      default:
        // Container, Column and any element holding items.
        return adaptiveLines(element.items);
    }
  });
}

/** A connector card (the layout of Teams' incoming webhooks) or a hero or thumbnail card. */
function connectorLines(card: Json): string[] {
  const sections = list(card.sections).filter(isObject).flatMap((section) => [
    text(section.activityTitle),
    text(section.activitySubtitle),
    text(section.activityText),
    text(section.title),
    text(section.text),
    ...factLines(section.facts, 'name'),
  ]);
  return [text(card.title), text(card.subtitle), text(card.text), ...sections];
}

/** Facts as "Name: value"; an Adaptive Card names them `title`, a connector card `name`. */
function factLines(facts: unknown, nameKey: 'title' | 'name'): string[] {
  return list(facts).filter(isObject).map((fact) => [text(fact[nameKey]).trim(), text(fact.value).trim()].filter(Boolean).join(': '));
}
