/**
 * German words of the charts. Numbers only as figure tokens (`{{id}}`) or placeholders (`{value}`), never typed:
 * they come from `figures.ts`. Dates of events come from `src/content/timelines.ts`.
 */
import type { ChartTexts, ChartUiText } from '../chartText';

export const chartUi: ChartUiText = {
  showTable: 'Zahlen als Tabelle',
  hideTable: 'Tabelle ausblenden',
  tableRegion: 'Tabelle, seitlich verschiebbar',
  download: 'Daten herunterladen',
  csv: 'CSV',
  json: 'JSON',
  columns: {
    item: 'Angabe',
    value: 'Zahl',
    qualifier: 'Einordnung',
    source: 'Quelle',
    date: 'Datum',
    event: 'Ereignis',
  },
  exact: 'wie gemeldet',
};

export const charts: ChartTexts = {
  trigger: {
    title: 'Flüssiggas: Preis verdoppelt',
    caption: 'Preis für einen Liter Flüssiggas (Autogas) im Gebiet Mangystau, in Tenge',
    summary:
      'Balkendiagramm. Bis {{asOf:lpgBefore}} kostete ein Liter Flüssiggas in Mangystau {{lpgBefore}}, ab {{asOf:lpgAfter}} {{lpgAfter}}: doppelt so viel. Eine andere Quelle nennt {{lpgBeforeAlt}} als früheren Preis.',
    labels: {
      before: 'bis {date}',
      after: 'ab {date}',
      alternative: '{value} laut anderer Quelle',
    },
  },
  protests: {
    title: 'Acht Tage im Jänner',
    caption:
      'Die wichtigsten Ereignisse der ersten Jännerwoche 2022 nach Tag und, wo bekannt, Tageszeit (Ortszeit)',
    summary: 'Zeitleiste der ersten Jännerwoche 2022.',
    labels: {
      'event.priceRise': 'Preisdeckel fällt: Flüssiggas kostet {{lpgAfter}} statt {{lpgBefore}}',
      'event.zhanaozen': 'morgens: Proteste in Schangaösen beginnen',
      'event.rallies': 'Kundgebungen in mehreren Städten, etwa Aktöbe, Schymkent und Nur-Sultan',
      'event.republicSquare':
        'abends: Protest auf dem Platz der Republik in Almaty, die Polizei setzt Tränengas ein',
      'event.emergencyFirst': 'nachts: Ausnahmezustand für die Stadt Almaty und Mangystau',
      'event.resignation': 'früh am Morgen: Die Regierung tritt zurück',
      'event.securityCouncil': 'Tokajew übernimmt von Nasarbajew den Vorsitz im Sicherheitsrat',
      'event.emergencyAlmatyRegion': '12.30 Uhr: Ausnahmezustand im Gebiet Almaty',
      'event.emergencyNurSultan': '16 Uhr: Ausnahmezustand in Nur-Sultan',
      'event.emergencyNationwide': 'abends: Ausnahmezustand im ganzen Land',
      'event.cstoRequest': 'spätabends: Tokajew bittet die OVKS um Hilfe',
      'event.cstoArrival': 'morgens: Die ersten OVKS-Soldaten landen',
      'event.shootToKill': 'Tokajew erteilt den Befehl, ohne Vorwarnung zu schießen',
      'event.detentions': 'Innenministerium: {{detainedMvd}} Festnahmen',
      legendPoint: 'Uhrzeit bekannt',
      legendSpan: 'Tageszeit oder nur Tag bekannt',
      sources: 'APA/dpa, Jamestown Foundation, TASS, Interfax, AP, Innenministerium',
    },
  },
  nazarbayev: {
    title: 'Drei Jahrzehnte an der Macht',
    caption: 'Nasarbajews Ämter seit 1989 und Tokajews Präsidentschaft, bis Jänner 2022',
    summary: 'Zeitleiste. Nursultan Nasarbajew war im Jänner 2022 {{nazarbayevAge}} Jahre alt.',
    labels: {
      'event.partyLeader': 'Nasarbajew wird Chef der Kommunistischen Partei der Sowjetrepublik',
      'event.president': 'Nasarbajew wird Präsident der Kasachischen Sowjetrepublik',
      'event.independence': 'Kasachstan wird unabhängig, Nasarbajew bleibt Präsident',
      'event.resignation': 'Nasarbajew kündigt seinen Rücktritt an',
      'event.tokayevPresident': 'Tokajew wird Präsident, Nasarbajew bleibt Chef des Sicherheitsrats',
      'event.securityCouncil': 'Tokajew übernimmt den Vorsitz im Sicherheitsrat',
      dated: '{date}: {event}',
      'span.partyLeader': 'Parteichef',
      'span.president': 'Präsident',
      'span.councilChair': 'Chef des Sicherheitsrats',
      'span.tokayevPresident': 'Präsident',
      laneNazarbayev: 'Nasarbajew',
      laneTokayev: 'Tokajew',
      sources: 'Britannica, TASS, Sputnik, APA/dpa',
    },
  },
  crackdown: {
    title: 'Tokajews Zahl ist eine Behauptung',
    caption:
      'Tokajews Angabe zu den Angreifern in Almaty, daneben die angekündigte Truppe der OVKS. Belege für seine Zahl hat Tokajew nicht veröffentlicht.',
    summary:
      'Balkendiagramm. Präsident Tokajew sprach am {{sourceDate:attackersClaim}} von {{attackersClaim}} Angreifern in Almaty. Das ist seine Behauptung, Belege dafür wurden nicht veröffentlicht. Zum Vergleich: Die OVKS kündigte {{cstoTotal}} Soldaten an.',
    labels: {
      claimRow: 'Angreifer in Almaty laut Tokajew',
      claimNote: 'Behauptung Tokajews, keine Belege veröffentlicht',
      cstoRow: 'Soldaten der OVKS, angekündigt',
    },
  },
  toll: {
    title: 'Tote und Festnahmen',
    caption: 'Getötete und Festgenommene nach offiziellen Angaben und laut APA/dpa, Stand {{asOf:killed}}',
    summary:
      'Einheitendiagramm, Stand {{asOf:killed}}. {{killed}} Menschen wurden getötet: Der Bericht von APA/dpa nennt sie Demonstranten, das Innenministerium sprach von „bewaffneten Kriminellen“. Außerdem starben laut Innenministerium {{securityKilled}} Polizisten und Angehörige der Nationalgarde. Der Bericht von APA/dpa nennt {{detained}} Festnahmen; das Innenministerium nannte am {{sourceDate:detainedMvd}} {{detainedMvd}} Festnahmen.',
    labels: {
      killed: '{value} Getötete',
      killedReport: 'im Bericht von APA/dpa: „Demonstranten“',
      killedOfficial: 'laut Innenministerium: „bewaffnete Kriminelle“',
      securityKilled: '{value} Sicherheitskräfte getötet',
      detained: 'Festnahmen',
      detainedReport: '{value} laut Bericht',
      detainedOfficial: '{value} laut Innenministerium',
      keyPerson: '1 Punkt = 1 Mensch',
      keyGroup: '1 Quadrat = {n} Festgenommene',
      rowKilled: 'Getötete, im Bericht „Demonstranten“, laut Innenministerium „bewaffnete Kriminelle“',
      rowSecurity: 'getötete Sicherheitskräfte',
    },
  },
  borders: {
    title: 'Die längste Grenze: mit Russland',
    caption: 'Länge der Landgrenzen Kasachstans nach Nachbarstaat, in Kilometern',
    summary:
      'Balkendiagramm. Kasachstans Landgrenzen sind insgesamt {{borderTotal}} lang. Am längsten ist die Grenze zu Russland mit {{borderRussia}}, es folgen Usbekistan mit {{borderUzbekistan}}, China mit {{borderChina}}, Kirgistan mit {{borderKyrgyzstan}} und Turkmenistan mit {{borderTurkmenistan}}.',
    labels: {
      total: 'Landgrenzen insgesamt: {value}',
      totalRow: 'Landgrenzen insgesamt',
    },
  },
  csto: {
    title: 'Wer Soldaten schickte',
    caption:
      'Soldaten der OVKS-Staaten in Kasachstan nach veröffentlichten Angaben; der gestrichelte Rahmen zeigt die angekündigte Gesamtstärke',
    summary:
      'Balkendiagramm. Die OVKS kündigte {{cstoTotal}} Soldaten an. Armenien schickte {{cstoArmenia}} Soldaten, Kirgistans Parlament billigte die Entsendung von {{cstoKyrgyzstan}}. Tadschikistan wollte laut einem Bericht {{cstoTajikistan}} Soldaten schicken. Wie viele Soldaten Russland und Belarus entsandten, wurde nicht veröffentlicht.',
    labels: {
      total: 'OVKS gesamt, angekündigt: {value}',
      totalRow: 'OVKS gesamt, angekündigt',
      intended: '{country}, geplant laut Bericht',
    },
  },
  reactions: {
    title: 'Deutschland stoppt Rüstungsexporte',
    caption:
      'Genehmigungen Deutschlands für Rüstungsexporte nach Kasachstan im Jahr {{asOfYear:armsLicences}}',
    summary:
      'Im Jahr {{asOfYear:armsLicences}} erteilte Deutschland {{armsLicences}} Genehmigungen für Rüstungsexporte nach Kasachstan; zusammen waren sie {{armsValue}} wert. Das meldete die Deutsche Presse-Agentur am {{sourceDate:armsValue}}, als Deutschland die Ausfuhren stoppte.',
    labels: {
      licences: '{value} Genehmigungen im Jahr {year}',
      value: 'Gesamtwert',
      key: '1 Quadrat = 1 Genehmigung',
      rowLicences: 'Genehmigungen für Rüstungsexporte',
    },
  },
  sources: {
    title: 'Wie die offizielle Zahl der Toten wuchs',
    caption:
      'Offizielle Angaben zu den Todesopfern, jeweils mit Datum und Quelle. Menschenrechtsgruppen halten die tatsächliche Zahl für höher.',
    summary:
      'Balkendiagramm. Am {{sourceDate:killed}} meldete das Innenministerium {{killed}} getötete „bewaffnete Kriminelle“ und {{securityKilled}} getötete Sicherheitskräfte. Am {{sourceDate:deaths9Jan}} nannte das Gesundheitsministerium {{deaths9Jan}} Tote; diese Angabe wurde später zurückgezogen. Am {{sourceDate:deaths15Jan}} sprach die Generalstaatsanwaltschaft von {{deaths15Jan}} Toten, darunter {{securityKilled15Jan}} Polizisten und Soldaten. Die endgültige Zahl nannte die Menschenrechtsbeauftragte am {{sourceDate:deathsFinal}}: {{deathsFinal}} Tote, einschließlich Menschen, die in Haft starben.',
    labels: {
      legendSecurity: 'getötete Sicherheitskräfte',
      first: '„bewaffnete Kriminelle“ und Sicherheitskräfte',
      retracted: 'zurückgezogen',
      prosecutor: 'davon {{securityKilled15Jan}} Polizisten und Soldaten',
      final: 'endgültig, mit in Haft Gestorbenen',
      rowKilled: 'Getötete „bewaffnete Kriminelle“',
      rowSecurity: 'getötete Sicherheitskräfte',
      rowRetracted: 'Tote (Angabe zurückgezogen)',
      rowDeaths: 'Tote',
      rowSecurityPart: 'davon Polizisten und Soldaten',
      rowFinal: 'Tote, endgültige Zahl',
    },
  },
};
