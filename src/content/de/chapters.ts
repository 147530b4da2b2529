/** German chapter texts. First draft: titles and one block per chapter; the full narrative follows. */
import type { ChapterId, ChapterText } from '../types';

export const chapters: Record<ChapterId, ChapterText> = {
  intro: {
    kicker: '8. Jänner 2022',
    title: 'Kasachstan in Aufruhr',
    blocks: [{ type: 'p', text: 'Zwischen Russland und China liegt das neuntgrößte Land der Erde.' }],
    mapDescription: 'Kasachstan mit seinen Nachbarn; die Grenzen zu Russland und China sind hervorgehoben.',
  },
  trigger: {
    kicker: '1. und 2. Jänner',
    title: 'Der Funke',
    blocks: [{ type: 'p', text: 'Flüssiggas kostete plötzlich {{lpgAfter}} je Liter statt {{lpgBefore}}.' }],
    mapDescription: 'Das Gebiet Mangystau im Westen mit Schangaösen und Aktau.',
  },
  protests: {
    kicker: '3. bis 5. Jänner',
    title: 'Vom Gaspreis zum ganzen System',
    blocks: [{ type: 'p', text: 'Die Proteste breiteten sich über das Land aus.' }],
    mapDescription: 'Die Gebiete Kasachstans, gefärbt nach Beginn des Ausnahmezustands.',
  },
  almaty: {
    kicker: '4. und 5. Jänner',
    title: 'Almaty brennt',
    blocks: [{ type: 'p', text: 'In Almaty wurden das Rathaus und die Präsidentenresidenz gestürmt.' }],
    mapDescription: 'Almaty mit Platz der Republik, Rathaus, Präsidentenresidenz und Flughafen.',
  },
  nazarbayev: {
    kicker: '1989 bis 2022',
    title: 'Der Mann hinter dem Zorn',
    blocks: [{ type: 'p', text: 'Nursultan Nasarbajew ist {{nazarbayevAge}} Jahre alt.' }],
    mapDescription: 'Nur-Sultan und Minsk.',
  },
  crackdown: {
    kicker: '7. Jänner',
    title: 'Schießbefehl',
    blocks: [
      { type: 'p', text: 'Tokajew sprach von {{attackersClaim}} Angreifern, ohne Belege vorzulegen.' },
    ],
    mapDescription: 'Almaty.',
  },
  toll: {
    kicker: 'Stand 8. Jänner',
    title: 'Die Bilanz bisher',
    blocks: [{ type: 'p', text: 'Offiziell starben {{securityKilled}} Polizisten und Soldaten.' }],
    mapDescription: 'Ganz Kasachstan.',
  },
  borders: {
    kicker: 'Geografie',
    title: 'Warum Moskau und Peking genau hinsehen',
    blocks: [{ type: 'p', text: 'Die Grenze zu Russland ist {{borderRussia}} lang.' }],
    mapDescription: 'Die Grenzen zu Russland und China mit ihren Längen.',
  },
  csto: {
    kicker: '5. und 6. Jänner',
    title: 'Der Hilferuf',
    blocks: [{ type: 'p', text: 'Die OVKS schickte {{cstoTotal}} Soldaten.' }],
    mapDescription: 'Die Hauptstädte der OVKS-Staaten mit Linien nach Almaty.',
  },
  reactions: {
    kicker: '7. und 8. Jänner',
    title: 'Sorge im Westen',
    blocks: [{ type: 'p', text: 'Deutschland stoppte Rüstungsexporte.' }],
    mapDescription: 'Europa und Kasachstan.',
  },
  sources: {
    kicker: 'Methode',
    title: 'Quellen und was danach kam',
    blocks: [{ type: 'p', text: 'Alle Zahlen haben den Stand vom 8. Jänner 2022.' }],
    mapDescription: 'Ganz Kasachstan.',
  },
};
