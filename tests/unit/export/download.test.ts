import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { download } from '../../../src/export/download';

/** jsdom's Blob has no arrayBuffer(); FileReader it has. */
const bytesOf = (b: Blob): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(b);
  });

// jsdom has no object URLs and does not navigate: stub the one, record clicks for the other.
describe('download (browser API, stubbed in jsdom)', () => {
  let blobs: Blob[];
  let clicked: { href: string; download: string; inDocument: boolean }[];

  beforeEach(() => {
    vi.useFakeTimers();
    blobs = [];
    clicked = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return `blob:test/${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: this.isConnected });
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks a link in the document that saves the data under the file name, then removes the link', async () => {
    download(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41), 'west-of-england_x_as-shown_2026-11-22.csv', 'text/csv;charset=utf-8');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'west-of-england_x_as-shown_2026-11-22.csv', inDocument: true }]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    vi.useRealTimers(); // jsdom's FileReader reports through timers
    expect([...(await bytesOf(blobs[0]!))]).toEqual([0xef, 0xbb, 0xbf, 0x41]);
  });

  it('revokes the object URL later, not before the browser has read it', () => {
    download('<svg/>', 'chart.svg', 'image/svg+xml');
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });

  it('passes a Blob through as it is', () => {
    const blob = new Blob(['png'], { type: 'image/png' });
    download(blob, 'chart.png', 'ignored/type');
    expect(blobs[0]).toBe(blob);
  });
});
