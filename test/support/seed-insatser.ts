// Insatser from the seed catalogues (Östersund 001, Alingsås 002) as test builders, shared by the rule
// table tests, the service tests and the end-to-end tests.
import { emptyInsatsContent, emptyVillkor, type InsatsContent, type Villkor } from '../../shared/domain/insats';
import { emptyRka, type RkaContent } from '../../shared/domain/rka';

export function villkor(typ: Villkor['typ'], text: string, extra: Partial<Villkor> = {}): Villkor {
  return { ...emptyVillkor(typ, text), ...extra };
}

export function insats(namn: string, patch: Partial<InsatsContent> = {}): InsatsContent {
  return { ...emptyInsatsContent(namn), uppfoljning: { typ: 'besoksstatistik', text: '' }, ...patch };
}

export const folkbokford = (kommun: string) =>
  villkor('folkbokford', `Folkbokförd i ${kommun} kommun.`, {
    kommun,
    motivering: 'Insatserna riktar sig till kommunens egna invånare i enlighet med kommunens ansvar.',
  });

/** Östersund 3.1.1 BRA-samtal, as the seed states it. */
export function braSamtal(patch: Partial<InsatsContent> = {}): InsatsContent {
  return insats('BRA-samtal (Barns Rätt som Anhörig)', {
    innehall:
      'Samtal erbjuds till barn som är anhöriga till en vuxen med skadligt bruk eller beroende. Samtalen hålls av ' +
      'socialsekreterare på enheten för vuxna och ges vid tre tillfällen tillsammans med en trygg person utan missbruk ' +
      'som barnet själv väljer.',
    malgrupp: 'Barn mellan 7–18 år som är anhörig till en vuxen med skadligt bruk och beroende.',
    malgruppAlder: { min: 7, max: 18 },
    villkor: [
      villkor('alder', 'Barn och unga i åldern 7–18 år.', {
        alderMin: 7,
        alderMax: 18,
        motivering: 'Åldersgränser är 7–18 år utifrån att samtalsmetoden är för den målgruppen.',
      }),
      folkbokford('Östersunds'),
      villkor('samtycke', 'Krävs samtycke från vårdnadshavare.', { alderMin: 7, alderMax: 14 }),
      villkor('lamplighetsbedomning', 'En bedömning har gjorts att insatsen är lämpligt att tillhandahålla till ungdomar 15–17 år utan föräldrars samtycke.'),
    ],
    dokumentation: { regim: '14:4', system: '', anteckningar: '' },
    ...patch,
  });
}

/** Alingsås 3.3.1 Aktivitetshus Gläntan (kategori Mötesplats), as the seed states it. */
export function glantan(regim: '14:3' | '14:4' | '14:5', patch: Partial<InsatsContent> = {}): InsatsContent {
  return insats('Aktivitetshus Gläntan', {
    innehall:
      'Aktivitetshus Gläntan är en nykter och drogfri mötesplats som uppmuntrar till aktivt deltagande. Verksamheten ' +
      'erbjuder ett sammanhang och ett sätt att bryta social isolering för personer med psykisk ohälsa och annan social ' +
      'problematik. Verksamheten utgår från brukarinflytande och deltagarna är aktiva i att skapa och leda aktiviteterna.',
    malgrupp: 'Vuxna personer mellan 18 och 65 år med egenupplevd psykisk ohälsa och annan social problematik.',
    malgruppAlder: { min: 18, max: 65 },
    villkor: [
      villkor('alder', 'Vuxna mellan 18 till 65 år.', {
        alderMin: 18,
        alderMax: 65,
        motivering: 'Verksamheten är utformad för vuxna i arbetsför ålder.',
      }),
      folkbokford('Alingsås'),
    ],
    dokumentation: { regim, system: '', anteckningar: '' },
    uppfoljning: { typ: 'besoksstatistik', text: 'Besöksstatistik för verksamhetsuppföljning.' },
    ...patch,
  });
}

/** A completed RKA for Gläntan, with the seed's "Bedömning särskilda skäl" as the conclusion. */
export function glantanRka(patch: Partial<RkaContent> = {}): RkaContent {
  return {
    ...emptyRka(),
    syfteOchKaraktar: 'Öppen, nykter och drogfri mötesplats för att bryta social isolering.',
    malgruppOchAnonymitet: 'Vuxna med egenupplevd psykisk ohälsa; många avstår om de måste uppge identitet.',
    sarskildaSkal: { val: ['motesplats_traffpunkt'], egenText: '' },
    behovIndividuppfoljning: 'Litet: insatsen följs upp med besöksstatistik, inte på individnivå.',
    risker: [
      {
        beskrivning: 'Allvarlig oro för en deltagare kan inte kopplas till en person i efterhand.',
        sannolikhet: 2,
        konsekvens: 3,
        atgard: 'Personalen informerar om möjligheten att ansöka om behovsprövade insatser.',
      },
    ],
    avvagning: {
      utfall: 'undantag_motiverat',
      text:
        'Skälen för att göra undantag från dokumentationskravet väger tyngre än behoven att kunna följa upp insatsen på ' +
        'individnivå. Utifrån målgruppens behov av anonymitet bedöms det inte är lämpligt att dokumentera uppgifter som ' +
        'kan kopplas till enskilda individer.',
    },
    deltagare: 'Enhetschef, verksamhetsutvecklare, två medarbetare på Gläntan.',
    datum: '2025-08-20',
    ...patch,
  };
}
