import { Anchor } from '@mantine/core';
import { telHref } from '../../../lib/format';

/** A tap-to-call link that says whom it calls: "Call Samaritans on 116 123". */
export function CallLink({ name, phone }: { name: string; phone: string }) {
  return (
    <Anchor href={telHref(phone)} fw={600}>
      Call {name} on {phone}
    </Anchor>
  );
}
