import { Loader, Stack } from '@mantine/core';
import { AddressBook } from './AddressBook';
import { IdentityTransfer } from './IdentityTransfer';
import { ThisOffice } from './ThisOffice';
import { useOffices } from './useOffices';

/** The exchange screen's "Offices and keys" tab: this office's card, the address book, the key's move. */
export function OfficesPanel() {
  const { own, offices, reload } = useOffices();
  if (!own || !offices) return <Loader aria-hidden data-testid="offices-loading" />;
  return (
    <Stack gap="lg" data-testid="offices-panel" data-ready="true">
      <ThisOffice own={own} />
      <AddressBook offices={offices} onChanged={reload} />
      <IdentityTransfer onImported={reload} />
    </Stack>
  );
}
