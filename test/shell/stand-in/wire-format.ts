// How IPC payloads cross between a Chromium page and the stand-in's main process. Electron copies IPC arguments
// with the structured clone algorithm; the pipe between Playwright and Node carries JSON. So both sides first
// run the platform's own structuredClone (which throws "could not be cloned" on a function, as Electron does) and
// then tag what JSON cannot hold. Both functions are self-contained: they are also injected into pages as text.

export type Wire = unknown;

export function toWire(value: unknown): Wire {
  const seen = new Map<object, number>();
  const encode = (v: unknown): unknown => {
    if (v === undefined) return { $t: 'u' };
    if (typeof v === 'number') {
      if (Number.isNaN(v)) return { $t: 'n', v: 'NaN' };
      if (!Number.isFinite(v)) return { $t: 'n', v: v > 0 ? 'Infinity' : '-Infinity' };
      if (Object.is(v, -0)) return { $t: 'n', v: '-0' };
      return v;
    }
    if (typeof v === 'bigint') return { $t: 'b', v: v.toString() };
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) throw new Error('the stand-in does not carry cyclic IPC payloads');
    seen.set(v, seen.size);
    if (v instanceof Date) return { $t: 'd', v: v.getTime() };
    if (v instanceof RegExp) return { $t: 'r', s: v.source, f: v.flags };
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) {
      const bytes = v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { $t: 'x', k: v instanceof ArrayBuffer ? 'ArrayBuffer' : v.constructor.name, v: btoa(binary) };
    }
    if (v instanceof Map) return { $t: 'm', v: [...v].map(([k, x]) => [encode(k), encode(x)]) };
    if (v instanceof Set) return { $t: 's', v: [...v].map(encode) };
    if (v instanceof Error) return { $t: 'e', name: v.name, message: v.message };
    if (Array.isArray(v)) return v.map(encode);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = encode(x);
    return { $t: 'o', v: out };
  };
  return encode(structuredClone(value));
}

export function fromWire(wire: Wire): unknown {
  const decode = (w: unknown): unknown => {
    if (w === null || typeof w !== 'object') return w;
    if (Array.isArray(w)) return w.map(decode);
    const t = w as { $t: string; v?: unknown; k?: string; s?: string; f?: string; name?: string; message?: string };
    switch (t.$t) {
      case 'u':
        return undefined;
      case 'n':
        return t.v === 'NaN' ? NaN : t.v === 'Infinity' ? Infinity : t.v === '-Infinity' ? -Infinity : -0;
      case 'b':
        return BigInt(t.v as string);
      case 'd':
        return new Date(t.v as number);
      case 'r':
        return new RegExp(t.s as string, t.f);
      case 'x': {
        const binary = atob(t.v as string);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
        if (t.k === 'ArrayBuffer') return bytes.buffer;
        const View = (globalThis as unknown as Record<string, new (b: ArrayBuffer) => unknown>)[t.k as string];
        return View ? new View(bytes.buffer) : bytes;
      }
      case 'm':
        return new Map((t.v as [unknown, unknown][]).map(([k, x]) => [decode(k), decode(x)]));
      case 's':
        return new Set((t.v as unknown[]).map(decode));
      case 'e': {
        const error = new Error(t.message);
        error.name = t.name as string;
        return error;
      }
      case 'o': {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(t.v as Record<string, unknown>)) out[k] = decode(x);
        return out;
      }
      default:
        throw new Error(`unknown wire tag ${String(t.$t)}`);
    }
  };
  return decode(wire);
}
