/*
 * Hides a secret inside free text. An error text comes from whatever answered (a proxy, a misconfigured
 * Enterprise server echoing the request), and it may hold the token whole, cut short, base64-encoded (Basic
 * auth echoes) or %-encoded (URL echoes). Any run of MIN_RUN or more characters of one of those forms is
 * replaced, so a cut made later can never leave a usable piece behind.
 */
export const MIN_RUN = 8;
export const HIDDEN = '[token hidden]';

/** The texts a token can appear as in an echo. Base64 is taken at all three byte alignments. */
function encodedForms(secret: string): string[] {
  const forms = new Set<string>([secret, encodeURIComponent(secret)]);
  forms.add(encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
  // Some echoes %-encode every byte, letters included.
  const everyByte = [...Buffer.from(secret, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
  forms.add(everyByte);
  forms.add(everyByte.toLowerCase());
  for (const prefix of ['', 'x', 'xx']) {
    const b64 = Buffer.from(prefix + secret, 'utf8').toString('base64');
    // The first characters of a prefixed encoding also carry the prefix's bits: skip them.
    const core = b64.slice(Math.ceil((prefix.length * 4) / 3));
    forms.add(core);
    forms.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...forms].filter((f) => f.length >= MIN_RUN);
}

/** Every MIN_RUN-long piece of every form: a run of MIN_RUN or more is exactly a chain of these. */
function pieces(secret: string): Set<string> {
  const set = new Set<string>();
  for (const form of encodedForms(secret)) for (let i = 0; i + MIN_RUN <= form.length; i++) set.add(form.slice(i, i + MIN_RUN));
  return set;
}

export function maskSecret(text: string, secret: string | null | undefined): string {
  if (!secret || secret.length < MIN_RUN || text.length < MIN_RUN) return text;
  const known = pieces(secret);
  const hidden = new Uint8Array(text.length);
  for (let i = 0; i + MIN_RUN <= text.length; i++) {
    if (known.has(text.slice(i, i + MIN_RUN))) hidden.fill(1, i, i + MIN_RUN);
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (!hidden[i]) out += text[i];
    else if (i === 0 || !hidden[i - 1]) out += HIDDEN;
  }
  return out;
}

/** The same value with every string inside it masked (error bodies are JSON of any shape). */
export function maskDeep<T>(value: T, secret: string): T {
  if (typeof value === 'string') return maskSecret(value, secret) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => maskDeep(v, secret)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, secret)])) as T;
  }
  return value;
}
