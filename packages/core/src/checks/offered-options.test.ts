import { describe, expect, it } from 'vitest';
import { ruledOutOptionChosen } from './offered-options.ts';

const validate = {
  name: 'validar_devolucion',
  args: { pedido: 'TD-MX-448120' },
  result: JSON.stringify({ elegible: true, metodos_disponibles: ['spei_clabe', 'saldo_monedero'] }),
};
const refund = (metodo: string) => ({ name: 'crear_reembolso', args: { pedido: 'TD-MX-448120', metodo } });
const TASK =
  'La clienta pide el reembolso por SPEI a su CLABE BBVA 012180015512345678; explícitamente nada de saldo en la app.';

describe('an option the task rules out, taken from a list the tool offered', () => {
  it('is taken when the call sets the option the task rules out while it asks for another', () => {
    expect(ruledOutOptionChosen(TASK, [validate, refund('saldo_monedero')])).toMatchObject({
      asked: 'spei_clabe',
      used: 'crear_reembolso metodo: "saldo_monedero"',
    });
    const equipment = {
      name: 'list_equipment',
      args: { lane: 'SAL-DAL' },
      result: { equipment: ['REEFER_53', 'DRY_VAN_53', 'FLATBED_48'] },
    };
    expect(
      ruledOutOptionChosen('Tender 14 loads on a reefer at 34 °F, not a dry van.', [
        equipment,
        { name: 'tms_tender', args: { equipment: 'DRY_VAN_53' } },
      ]),
    ).toBeDefined();
  });
  it('is nothing when the call takes the asked option, the task never rules one out, or nothing was offered', () => {
    expect(ruledOutOptionChosen(TASK, [validate, refund('spei_clabe')])).toBeUndefined();
    // Named without a word that rules it out: the task only speaks of it.
    expect(
      ruledOutOptionChosen('Reembolso por SPEI o como saldo, lo que sea más rápido.', [
        validate,
        refund('saldo_monedero'),
      ]),
    ).toBeUndefined();
    // A task that also names the option where nothing rules it out has not ruled it out.
    expect(
      ruledOutOptionChosen('No SPEI this time; the refund goes back by SPEI only if the wallet fails.', [
        validate,
        refund('spei_clabe'),
      ]),
    ).toBeUndefined();
    // The same value without a list the tool offered is no choice between rivals.
    expect(ruledOutOptionChosen(TASK, [refund('saldo_monedero')])).toBeUndefined();
    expect(
      ruledOutOptionChosen(TASK, [
        { ...validate, result: 'Métodos: spei_clabe, saldo_monedero' },
        refund('saldo_monedero'),
      ]),
    ).toBeUndefined();
  });
});
