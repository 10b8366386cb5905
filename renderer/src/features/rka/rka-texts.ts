// Guidance shown under each section of the analysis, common risks to start from, and the colours of the
// risk bands. Section names, levels and bands themselves come from shared/domain/rka.ts.
import type { Risk, RiskNiva, RkaSection } from '../../../../shared/domain/rka';

export const RKA_GUIDANCE: Record<RkaSection, string> = {
  syfteOchKaraktar: 'Vad är insatsen till för och hur går den till? Beskriv om den är en öppen verksamhet, ges i grupp eller enskilt, hur ofta och var.',
  malgruppOchAnonymitet:
    'Vilka vänder sig insatsen till, och varför skulle de avstå från att söka stöd om uppgifter som kan röja deras identitet dokumenterades?',
  sarskildaSkal:
    'Undantag får bara beslutas för särskilda skäl. Kryssa i de skäl som lagens förarbeten nämner och som gäller insatsen, och beskriv gärna skälen med egna ord.',
  behovIndividuppfoljning:
    'Hur stort är behovet av att följa upp insatsen för den enskilde? Vid insatser i hemmet eller återkommande samtal som bygger på tidigare anteckningar är behovet i allmänhet för stort för undantag.',
  risker:
    'Vilka risker medför undantaget? Bedöm sannolikhet och konsekvens för varje risk och ange vad som görs för att möta den – till exempel att anmälningsplikten när ett barn far illa gäller oförändrat, eller att avidentifierade uppgifter ersätter uppföljning på individnivå.',
  barnetsBasta: 'Krävs när insatsens målgrupp når barn under 18 år. Hur påverkar undantaget barn som deltar eller berörs, och hur säkerställs barnets bästa?',
  avvagning:
    'Väg skälen för undantag mot behovet av att följa upp insatsen på individnivå och ta ställning. Slutsatsen blir ”Bedömning särskilda skäl” i katalogen och i tjänsteskrivelsen.',
  avidentifieradeUppgifter:
    'Även med undantag ska avidentifierade uppgifter dokumenteras (14 kap. 3 och 5 §§ SoL). Kryssa i de uppgifter som ska dokumenteras för insatsen.',
  deltagare: 'Vilka har deltagit i analysen? Skriv en person eller roll per rad, t.ex. ”Enhetschef, öppenvården”.',
  datum: 'Datum då analysen gjordes (ÅÅÅÅ-MM-DD).',
};

/** Risks that recur in the seeds' analyses, to add and adapt rather than start from a blank line. */
export const SUGGESTED_RISKS: ReadonlyArray<{ key: string; label: string; risk: Risk }> = [
  {
    key: 'barn',
    label: 'Oro för barn som far illa',
    risk: {
      beskrivning: 'Oro för att ett barn far illa kan inte följas upp i dokumentationen eftersom deltagarens identitet inte antecknas.',
      sannolikhet: 2,
      konsekvens: 4,
      atgard: 'Anmälningsplikten när ett barn far illa gäller oförändrat. Personalen gör orosanmälan och informeras om skyldigheten vid introduktion.',
    },
  },
  {
    key: 'uppfoljning',
    label: 'Ingen uppföljning på individnivå',
    risk: {
      beskrivning: 'Insatsens resultat kan inte följas upp för den enskilde deltagaren.',
      sannolikhet: 3,
      konsekvens: 2,
      atgard: 'Avidentifierade uppgifter (antal, ålder, kön, problem, avbrott, mående vid start och slut) dokumenteras och följs upp på gruppnivå.',
    },
  },
  {
    key: 'mer-stod',
    label: 'Behov av mer stöd fångas inte upp',
    risk: {
      beskrivning: 'En deltagare som behöver mer omfattande stöd fångas inte upp.',
      sannolikhet: 2,
      konsekvens: 3,
      atgard: 'Personalen informerar om rätten att ansöka om behovsprövade insatser och hjälper deltagaren vidare vid behov.',
    },
  },
];

/** Light backgrounds with dark text (AA contrast); the band is always written out beside the colour. */
export const NIVA_COLORS: Record<RiskNiva, { background: string; border: string }> = {
  lag: { background: '#d3f9d8', border: '#2b8a3e' },
  medel: { background: '#fff3bf', border: '#e67700' },
  hog: { background: '#ffd8a8', border: '#d9480f' },
  mycket_hog: { background: '#ffc9c9', border: '#c92a2a' },
};
