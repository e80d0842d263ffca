// Reproducible layers: a ustar archive (mtime 0, uid/gid 0, fixed modes) wrapped in gzip.
// The gzip is written by hand with "stored" deflate blocks, so its bytes are defined by the
// formats alone and never change with the zlib version: layer digests stay stable forever.
import { crc32 } from 'node:zlib';
import { createHash } from 'node:crypto';

export interface TarEntry {
  path: string;
  content: Uint8Array | string;
  mode?: number;
}

const encoder = new TextEncoder();

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(path: string, size: number, mode: number, type: '0' | '5'): Uint8Array {
  const block = new Uint8Array(512);
  const put = (text: string, offset: number) => block.set(encoder.encode(text), offset);
  if (encoder.encode(path).byteLength > 100) throw new Error(`tar path longer than 100 bytes: ${path}`);
  put(path, 0);
  put(octal(mode, 8), 100);
  put(octal(0, 8), 108); // uid
  put(octal(0, 8), 116); // gid
  put(octal(size, 12), 124);
  put(octal(0, 12), 136); // mtime: the epoch, for reproducibility
  put('        ', 148); // checksum field counts as spaces while summing
  put(type, 156);
  put('ustar\u000000', 257);
  let sum = 0;
  for (const byte of block) sum += byte;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

/** A ustar archive of the entries, in the order given, with parent directories first. */
export function tar(entries: TarEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const dirs = new Set<string>();
  for (const entry of entries) {
    const segments = entry.path.split('/').slice(0, -1);
    for (let i = 1; i <= segments.length; i++) {
      const dir = `${segments.slice(0, i).join('/')}/`;
      if (!dirs.has(dir)) {
        dirs.add(dir);
        parts.push(header(dir, 0, 0o755, '5'));
      }
    }
    const content = typeof entry.content === 'string' ? encoder.encode(entry.content) : entry.content;
    parts.push(header(entry.path, content.byteLength, entry.mode ?? 0o644, '0'), content);
    const padding = (512 - (content.byteLength % 512)) % 512;
    if (padding) parts.push(new Uint8Array(padding));
  }
  parts.push(new Uint8Array(1024)); // two zero blocks end the archive
  return Buffer.concat(parts);
}

/** gzip (RFC 1952) with stored deflate blocks (RFC 1951 §3.2.4): no compression, fully determined. */
export function gzipStored(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])];
  const MAX = 65535;
  let offset = 0;
  do {
    const length = Math.min(MAX, data.byteLength - offset);
    const final = offset + length >= data.byteLength ? 1 : 0;
    parts.push(Uint8Array.from([final, length & 0xff, length >> 8, ~length & 0xff, (~length >> 8) & 0xff]));
    parts.push(data.subarray(offset, offset + length));
    offset += length;
  } while (offset < data.byteLength);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data) >>> 0, 0);
  trailer.writeUInt32LE(data.byteLength >>> 0, 4);
  parts.push(trailer);
  return Buffer.concat(parts);
}

export function tarGz(entries: TarEntry[]): Uint8Array {
  return gzipStored(tar(entries));
}

/** The diff ID of a layer: sha256 of the uncompressed tar (image-spec config rootfs.diff_ids). */
export function diffIdOf(tarBytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(tarBytes).digest('hex')}`;
}
