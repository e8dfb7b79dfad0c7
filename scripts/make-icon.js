// Draws the app icon (build/icon.png, 512×512): a newsroom-red tile with a page of copy on it —
// a headline bar, lines of text and a quote mark. Our own artwork, made by code so it can be redrawn.
import fs from 'node:fs';
import zlib from 'node:zlib';

const S = 512;
const px = new Uint8Array(S * S * 4);
const set = (x, y, [r, g, b, a = 255]) => { const i = (y * S + x) * 4; px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = a; };
const roundRect = (x0, y0, x1, y1, rad, col) => {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
    const dx = Math.max(x0 + rad - x, 0, x - (x1 - rad - 1));
    const dy = Math.max(y0 + rad - y, 0, y - (y1 - rad - 1));
    if (dx * dx + dy * dy <= rad * rad) set(x, y, col);
  }
};
const RED = [178, 34, 40], PAGE = [250, 247, 240], INK = [40, 40, 48], GREY = [150, 150, 160], GOLD = [232, 176, 48];
roundRect(16, 16, 496, 496, 96, RED);
roundRect(104, 80, 408, 432, 24, PAGE);
roundRect(136, 116, 376, 152, 8, INK); // headline
for (let i = 0; i < 6; i++) roundRect(136, 180 + i * 36, i === 5 ? 300 : 376, 196 + i * 36, 6, GREY);
// a quote mark: two gold discs with tails
for (const cx of [316, 356]) {
  roundRect(cx - 16, 368, cx + 16, 400, 16, GOLD);
  roundRect(cx - 4, 392, cx + 12, 420, 6, GOLD);
}
const raw = Buffer.alloc((S * 4 + 1) * S);
for (let y = 0; y < S; y++) { raw[y * (S * 4 + 1)] = 0; Buffer.from(px.buffer, y * S * 4, S * 4).copy(raw, y * (S * 4 + 1) + 1); }
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(S, 0); ihdr.writeUInt32BE(S, 4); ihdr[8] = 8; ihdr[9] = 6;
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
fs.mkdirSync('build', { recursive: true });
fs.writeFileSync('build/icon.png', png);
console.log(`build/icon.png ${png.length} bytes`);
