// A cross-origin `<a download>` is ignored by browsers (they navigate instead), but a blob: or
// same-origin one is honoured: files are saved through one.

/** Saves a URL the page itself owns (blob: or same origin) under a file name. */
function saveUrlAs(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves a Blob under a file name. */
export function saveBlobAs(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  saveUrlAs(url, fileName);
  // Revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
