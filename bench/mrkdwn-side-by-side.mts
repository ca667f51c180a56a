// Reading Slack mrkdwn: parseMrkdwn (src/shared/import/slack-mrkdwn-parse.ts: the library's own parsers, tried only
// where one can start) beside slack-message-parser's parse(), on the messages of the import bench's 50,000-message
// export. The loop around the parsers is ours; it stays only while it beats the library's at equal results.
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'slack-message-parser';
import { parseMrkdwn } from '../src/shared/import/slack-mrkdwn-parse.ts';
import { largeSlackExport } from '../test/support/chat-export-fixtures.ts';
import { percentile, round, sideBySide, type Metric } from './metric.mts';

const MESSAGES = 50_000;
const ROUNDS = 5;

export function mrkdwnSideBySide(): Metric[] {
  const days = Object.values(unzipSync(largeSlackExport(MESSAGES), { filter: (file) => /\/\d{4}-\d\d-\d\d\.json$/.test(file.name) }));
  const texts = days.flatMap((bytes) => (JSON.parse(strFromU8(bytes)) as { text?: string }[]).map((m) => m.text ?? ''));
  const { times, outputs } = sideBySide(
    {
      ours: () => texts.map((text) => parseMrkdwn(text)),
      library: () => texts.map((text) => parse(text).children),
    },
    ROUNDS,
  );
  const equal = JSON.stringify(outputs.ours) === JSON.stringify(outputs.library);
  return [
    {
      name: 'mrkdwn.side-by-side.50k',
      unit: 'ms',
      value: round(percentile(times.ours, 50), 1),
      baseline: round(percentile(times.library, 50), 1),
      target: `<= 1x baseline (slack-message-parser 3.0.2's parse() on the same ${texts.length.toLocaleString('en')} messages, median of ${ROUNDS}); ${equal ? 'equal results (the same nodes)' : 'UNEQUAL results: the nodes differ'}`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(mrkdwnSideBySide());
