import type { PrintDocumentInput } from '@shared/api/print';
import { invoke } from '../api/client';
import { hrefFor } from '../lib/router';

/**
 * Prints a document the one way this host can. In Electron, main makes the PDF and asks where to save it
 * (`print.pdf`): the answer says whether it was saved. In the browser host, the document's print view opens in a new
 * tab (same origin, so the tab keeps this tab's session token) and prints itself: the answer is null.
 */
export async function printDocument(doc: PrintDocumentInput): Promise<{ saved: boolean } | null> {
  if (window.vaxtkraft) return invoke('print.pdf', doc);
  const href = hrefFor({ name: 'print', ...doc, auto: true });
  window.open(`${window.location.pathname}${window.location.search}${href}`, '_blank');
  return null;
}
