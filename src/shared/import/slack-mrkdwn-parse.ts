import { NodeType, type Node } from 'slack-message-parser';
// @ts-expect-error -- the package exports only parse(); this is the parser parse() tries at every character, and
// its type is declared below from the package's own types/types/Parser.d.ts. A version whose files move fails the
// build here, and test/unit/import/slack-mrkdwn-parse.test.ts compares this file's result with parse()'s.
import parserOfTheLibrary from '../../../node_modules/slack-message-parser/esm/parser.js';

type ParseText = (text: string) => Node[];
type Parser = (text: string, position: number, parseText: ParseText) => [Node, number] | null;
const tryAt = parserOfTheLibrary as Parser;

/**
 * A character where one of the library's parsers can start: bold *, code and preformatted `, emoji :, italic _,
 * a quote's &gt;, a link or mention <, strike ~. Each of its parsers is a regular expression anchored at the
 * position that begins with one of these, so at any other character all of them fail.
 */
const PARSER_START = /[*`:_&<~]/g;

/**
 * slack-message-parser's own parse, with its parsers tried only where one can start. The library tries all eight
 * at every character, each on a new substring (50,000 chat lines: 313-361 ms, against 38-43 ms here); the nodes,
 * and where text ends and a node begins, are the same. Nested text (inside bold, a link's label) goes through
 * here too, as the library's loop passes itself to its parsers.
 */
export function parseMrkdwn(text: string): Node[] {
  const children: Node[] = [];
  let plain = '';
  let at = 0;
  // Each turn reads up to the next character where a parser can start; the loop ends where none is left.
  for (;;) {
    PARSER_START.lastIndex = at;
    const start = PARSER_START.exec(text)?.index;
    if (start === undefined) {
      plain += text.slice(at);
      break;
    }
    plain += text.slice(at, start);
    const match = tryAt(text, start, parseMrkdwn);
    if (match) {
      if (plain) children.push({ type: NodeType.Text, text: plain, source: plain });
      plain = '';
      children.push(match[0]);
      at = match[1];
    } else {
      plain += text.charAt(start);
      at = start + 1;
    }
  }
  if (plain) children.push({ type: NodeType.Text, text: plain, source: plain });
  return children;
}
