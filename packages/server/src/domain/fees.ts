// The fee statement of a dossier: le-phi and phi add up, a reduction subtracts; what is due is what is
// left after payments. The amount a payment asks for always comes from here, never from the client.
import type { Fee, FeeStatement, PaymentMethod, ProcedureDetail } from '@dvc/core';

export function feeTotal(items: readonly Fee[]): number {
  const sum = items.reduce((acc, f) => acc + (f.kind === 'reduction' ? -f.amount : f.amount), 0);
  return Math.max(0, sum);
}

export function feeStatement(items: readonly Fee[], paid: number, methods: readonly PaymentMethod[]): FeeStatement {
  const total = feeTotal(items);
  return { items: [...items], total, paid, due: Math.max(0, total - paid), currency: 'VND', methods: [...methods] };
}

/** The online channel's fees and processing time, which an online dossier is held to. */
export function onlineChannel(procedure: ProcedureDetail) {
  return procedure.channels.find((c) => c.channel === 'online') ?? procedure.channels[0];
}
