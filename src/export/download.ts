/**
 * Browser only. Save data as a file through an <a download> link on an
 * object URL: no server round trip, works for any size we produce.
 */

/**
 * How long the object URL outlives the click. Revoking at once can cancel the
 * download in some browsers (older Firefox, Safari), which read the URL after
 * the click returns; FileSaver.js waits 40 s for the same reason.
 */
const REVOKE_AFTER_MS = 40_000;

export function download(data: Blob | Uint8Array | string, fileName: string, type: string): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  // Firefox only follows a click on a link that is in the document.
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
