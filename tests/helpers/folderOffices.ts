/**
 * Offices that exchange through one shared folder: real encrypted stores, each with its own office key, each in the
 * other's address book, all pointing at the same temp folder. What the delta, inbox and folder tests share.
 */
import fs from 'node:fs';
import { api } from '@shared/api';
import type { InboxApplyResult, InboxPreview } from '@shared/api/exchange';
import { addOffice, ownOffice } from '../../src-main/services/offices';
import { applyInbox, listInbox, previewInbox, sendChanges } from '../../src-main/services/exchange';
import { updateSettings } from '../../src-main/services/settings';
import { makeTempDir } from './tempStore';
import type { TempStore } from './tempStore';

export interface FolderOffice {
  store: TempStore;
  name: string;
  /** The other offices, by name, as this office's address book holds them. */
  officeIds: Map<string, string>;
}

/** Names the stores as offices, puts each in the others' address books and gives them all `folder` (a new temp folder). */
export async function linkOffices(stores: TempStore[], names: string[], folder = makeTempDir('vaxtkraft-folder-')) {
  const offices: FolderOffice[] = stores.map((store, i) => ({ store, name: names[i]!, officeIds: new Map() }));
  for (const o of offices) {
    await updateSettings(o.store.db, { office: o.name, exchangeFolder: folder }, o.store.deps);
  }
  for (const o of offices) {
    for (const other of offices) {
      if (other === o) continue;
      const card = (await ownOffice(other.store.db, other.store.deps)).card;
      const added = await addOffice(o.store.db, api['offices.add'].input.parse({ card }), o.store.deps);
      o.officeIds.set(other.name, added.id);
    }
  }
  return { offices, folder, cleanup: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

/** `from` writes its changes for `to` into the folder. */
export function send(from: FolderOffice, to: FolderOffice, full = false) {
  return sendChanges(from.store.db, from.officeIds.get(to.name)!, from.store.deps, { full });
}

export const inbox = (o: FolderOffice) => listInbox(o.store.db, o.store.deps);
export const previewFile = (o: FolderOffice, name: string): Promise<InboxPreview> => previewInbox(o.store.db, { name }, o.store.deps);

/** Previews and applies one file of the inbox (conflicts decided by `resolutions`). */
export async function receive(o: FolderOffice, name: string, resolutions: Record<string, 'mine' | 'theirs'> = {}) {
  const preview = await previewFile(o, name);
  const result: InboxApplyResult = await applyInbox(o.store.db, { previewId: preview.previewId, resolutions }, o.store.deps);
  return { preview, result };
}
