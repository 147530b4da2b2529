/** German chapter texts, the original edition. Numbers only as `{{figureId}}` tokens (see `../figures.ts`). */
import type { ChapterId, ChapterText } from '../types';

export const chapters: Record<ChapterId, ChapterText> = {
  intro: {
    kicker: 'Stand 8. Jänner 2022',
    title: 'Kasachstan in Aufruhr',
    blocks: [
      {
        type: 'p',
        text: 'Kasachstan erlebt die heftigsten Unruhen seit Jahren. Was kurz nach Neujahr als Protest gegen teureres Autogas im Westen des Landes begann, ist binnen einer Woche zu einem Aufstand gegen die Staatsführung geworden. Präsident Kassym-Schomart Tokajew antwortet mit Gewalt und hat Soldaten eines von Russland geführten Militärbündnisses ins Land geholt.',
      },
      {
        type: 'p',
        text: 'Für die Nacht zum Samstag, 8. Jänner, meldete das Staatsfernsehen neue Einsätze von Polizei und Militär in mehreren Städten. Wie es wirklich um das Land steht, lässt sich von außen kaum beurteilen: Das Internet ist seit Tagen weitgehend abgeschaltet, Ausländer dürfen nicht einreisen, unabhängige Berichte sind rar.',
      },
      {
        type: 'p',
        text: 'Die frühere Sowjetrepublik in Zentralasien liegt zwischen zwei Großmächten: Im Norden grenzt sie an Russland, im Osten an China. Die Hauptstadt Nur-Sultan liegt im Norden, das Wirtschaftszentrum Almaty im Südosten. Das autoritär regierte Land ist reich an Öl und Gas.',
      },
      {
        type: 'p',
        text: 'Diese Erklärung zeichnet nach, was zwischen 1. und 8. Jänner geschah. Grundlage ist ein Bericht der Nachrichtenagenturen APA und dpa vom 8. Jänner 2022, ergänzt um geprüfte Angaben aus weiteren Quellen. Alle Zahlen haben den Stand 8. Jänner 2022; was später bekannt wurde, steht im letzten Kapitel.',
      },
    ],
    mapDescription:
      'Übersichtskarte Zentralasiens: Kasachstan mit seinen Nachbarländern, darunter Russland im Norden und China im Osten; die Grenzen zu diesen beiden Großmächten sind kräftig hervorgehoben. Markiert sind die Hauptstadt Nur-Sultan im Norden und Almaty im Südosten.',
  },
  trigger: {
    kicker: '1. bis 4. Jänner 2022',
    title: 'Der Funke: Autogas zum doppelten Preis',
    blocks: [
      {
        type: 'p',
        text: 'Am Neujahrstag fiel im Westen Kasachstans eine Preisgrenze, die viele Autofahrer direkt trifft. In der Region Mangystau am Kaspischen Meer fahren viele Autos mit Flüssiggas. Seit 1. Jänner wird es zur Gänze über elektronische Handelsplattformen verkauft, der staatliche Preisdeckel ist weg.',
      },
      {
        type: 'p',
        text: 'Der Liter kostete in Mangystau plötzlich doppelt so viel: Der Preis stieg von {{lpgBefore:num}} auf {{lpgAfter}} je Liter, wie die Jamestown Foundation in ihrer Analyse vom 6. Jänner festhielt. Radio Free Europe/Radio Liberty bezifferte den Preis des Vorjahres am 5. Jänner mit {{lpgBeforeAlt}} je Liter. Über den neuen Preis sind sich die Quellen einig.',
      },
      {
        type: 'p',
        text: 'Am Sonntag, 2. Jänner, war die Geduld in Schangaösen zu Ende. Schon am Morgen blockierten Bewohnerinnen und Bewohner Straßen und versammelten sich spontan zum Protest gegen die Preiserhöhung. Auch andere Orte der Region schlossen sich an. In Aktau gingen nach Angaben der russischen Agentur TASS ebenfalls am 2. Jänner Menschen auf die Straße; andere Quellen datieren die ersten Kundgebungen dort einen Tag später.',
      },
      {
        type: 'p',
        text: 'Die Führung reagierte zunächst mit Zugeständnissen. In der Nacht auf 3. Jänner wies Tokajew die Regierung auf Twitter an, sich dringend um die Lage in Schangaösen zu kümmern. Am 4. Jänner versprach die Regierung, den Preis in Mangystau wieder zu deckeln. Da hatte der Protest schon auf andere Landesteile übergegriffen.',
      },
    ],
    mapDescription:
      'Der Westen Kasachstans am Kaspischen Meer: Das Gebiet Mangystau ist hervorgehoben. Markiert sind Schangaösen, wo die Proteste am 2. Jänner begannen, und Aktau.',
    summary:
      'Am Neujahrstag fiel in Mangystau der staatliche Preisdeckel für Autogas, der Liter kostete laut Jamestown Foundation plötzlich {{lpgAfter}} statt {{lpgBefore:num}}. In Schangaösen begann der Protest.',
  },
  protests: {
    kicker: '4. und 5. Jänner 2022',
    title: 'Vom Gaspreis zum ganzen System',
    blocks: [
      {
        type: 'p',
        text: 'Am Dienstag, 4. Jänner, war aus dem Ärger einer Region eine landesweite Bewegung geworden. Die russische Agentur TASS und Radio Free Europe/Radio Liberty meldeten Solidaritätskundgebungen in Aktöbe, Schymkent, Oral, Almaty und in der Hauptstadt Nur-Sultan.',
      },
      {
        type: 'p',
        text: 'Die Forderungen wurden bald grundsätzlicher. Es ging nicht mehr nur um den Spritpreis, sondern um Korruption, um Willkür der Behörden und um die alte Elite rund um Ex-Präsident Nursultan Nasarbajew. Am Morgen des 5. Jänner besetzten Demonstrierende in Aktöbe den Sitz der Gebietsverwaltung. In Taldykorgan stürzten Protestierende ein Denkmal Nasarbajews und legten Feuer im Verwaltungsgebäude.',
      },
      {
        type: 'p',
        text: 'Tokajew versuchte gegenzusteuern. In einer Videobotschaft am 4. Jänner versicherte er noch, die Regierung werde nicht fallen. In der Früh des 5. Jänner trat das Kabinett von Ministerpräsident Askar Mamin dennoch zurück. Tokajew nahm den Rücktritt an, die Minister führen die Geschäfte vorerst weiter. Zugleich ließ er die Preise für Flüssiggas, Benzin und Diesel wieder staatlich regeln.',
      },
      {
        type: 'p',
        text: 'Parallel verhängte der Präsident Schritt für Schritt den Ausnahmezustand. In der Nacht auf 5. Jänner galt er zuerst für die Stadt Almaty und das Gebiet Mangystau, samt nächtlicher Ausgangssperre. Am 5. Jänner um 12.30 Uhr folgte das Gebiet Almaty, um 16 Uhr die Hauptstadt Nur-Sultan. Am Abend kamen alle übrigen Gebiete und die Stadt Schymkent dazu: Ganz Kasachstan stand nun unter Notstandsrecht, vorerst bis 19. Jänner.',
      },
    ],
    mapDescription:
      'Ganz Kasachstan. Die Gebiete sind danach eingefärbt, wann dort der Ausnahmezustand begann: zuerst die Stadt Almaty und das Gebiet Mangystau in der Nacht auf 5. Jänner, dann das Gebiet Almaty um 12.30 Uhr, die Stadt Nur-Sultan um 16 Uhr und am Abend des 5. Jänner alle übrigen Gebiete. Markiert sind die Protestorte Schangaösen, Aktau, Aktöbe, Schymkent, Almaty und Nur-Sultan.',
    summary:
      'Binnen Tagen wurde aus dem Ärger über den Gaspreis ein landesweiter Protest gegen Korruption und die alte Elite. Die Regierung trat zurück, am 5. Jänner kam das ganze Land unter Ausnahmezustand.',
  },
  almaty: {
    kicker: '4. bis 8. Jänner 2022',
    title: 'Almaty: Im Zentrum der Gewalt',
    blocks: [
      {
        type: 'p',
        text: 'Nirgends eskalierte die Lage so wie in Almaty, der Wirtschaftsmetropole im Südosten. Am Abend des 4. Jänner versammelten sich Demonstrierende auf dem Platz der Republik im Stadtzentrum. Die Polizei setzte Blendgranaten und Tränengas ein und drängte sie vom Platz.',
      },
      {
        type: 'p',
        text: 'Am Mittwoch, 5. Jänner, verlor der Staat in der Stadt vorübergehend die Kontrolle. Eine Menge stürmte das Rathaus, den Akimat am Südrand des Platzes, und steckte es in Brand. Das Gebäude brannte tagelang, auch die Staatsanwaltschaft wurde angezündet. Ganz in der Nähe wurde die Präsidentenresidenz gestürmt und ebenfalls angezündet.',
      },
      {
        type: 'p',
        text: 'Am Abend besetzten Demonstrierende den Flughafen Almaty. Passagiere wurden in Sicherheit gebracht, Flüge gestrichen, teilte der Pressedienst des Flughafens mit. Ein Vizebürgermeister erklärte den Flughafen noch am selben Abend für befreit.',
      },
      {
        type: 'p',
        text: 'Ruhe kehrte danach nicht ein. Das Portal Vlast.kz meldete für die Nacht zum Samstag, 8. Jänner, Schüsse auf {{shootingSquares}} Plätzen der Stadt und Explosionen. Augenzeugen sahen ein Auto in Flammen, Sicherheitskräfte fuhren in gepanzerten Fahrzeugen Streife, berichteten APA und dpa.',
      },
      {
        type: 'p',
        text: 'Überprüfen lässt sich davon wenig. Schon am Abend des 4. Jänner war das mobile Internet gestört, am Nachmittag des 5. Jänner brach es im ganzen Land fast vollständig zusammen, wie Messungen der Dienste Cloudflare und NetBlocks zeigen. Ausländer lässt Kasachstan derzeit nicht ins Land.',
      },
    ],
    mapDescription:
      'Die Stadt Almaty mit ihrer Stadtgrenze. Markiert sind der Platz der Republik im Zentrum, das Rathaus (Akimat) an seinem Südrand, die Präsidentenresidenz südöstlich davon und der Flughafen Almaty im Nordosten.',
    summary:
      'In Almaty stürmten Demonstrierende am 5. Jänner das Rathaus und die Präsidentenresidenz und besetzten den Flughafen. In der Nacht zum 8. Jänner meldete Vlast.kz Schüsse auf {{shootingSquares}} Plätzen.',
  },
  nazarbayev: {
    kicker: '1989 bis 2022',
    title: 'Der Mann hinter dem Zorn',
    blocks: [
      {
        type: 'p',
        text: 'Die Wut auf der Straße galt nicht nur der Regierung, sondern auch einem Mann, der offiziell gar nicht mehr an der Macht ist: Nursultan Nasarbajew. Der frühere Staatschef ist laut APA/dpa {{nazarbayevAge}} Jahre alt, geboren wurde er am 6. Juli 1940.',
      },
      {
        type: 'p',
        text: 'Nasarbajew führte Kasachstan schon zu Sowjetzeiten. Am 22. Juni 1989 wurde er Chef der Kommunistischen Partei der Kasachischen Sowjetrepublik, am 24. April 1990 ihr Präsident. Nach der Unabhängigkeit im Dezember 1991 blieb er Staatsoberhaupt, bis 2019.',
      },
      {
        type: 'p',
        text: 'Am 19. März 2019 kündigte er im Fernsehen seinen Rücktritt an, am 20. März übernahm Tokajew das Präsidentenamt. Abgegeben hat Nasarbajew damit nur einen Teil seiner Macht: Er blieb auf Lebenszeit Vorsitzender des Sicherheitsrats und behielt den Ehrentitel Elbasy, Führer der Nation. Nach Einschätzung von APA und dpa galt er weiterhin als der mächtigste Politiker des Landes.',
      },
      {
        type: 'p',
        text: 'Den wichtigsten dieser Posten ist er nun los. Am Mittwoch, 5. Jänner, verkündete Tokajew in einer Fernsehansprache, dass er den Vorsitz im Sicherheitsrat selbst übernommen habe. Zugleich entfernte er einen Neffen Nasarbajews vom zweithöchsten Posten im Geheimdienst KNB.',
      },
      {
        type: 'p',
        text: 'Seither wird gerätselt, ob der Ex-Präsident das Land verlassen hat. Am Freitagabend, 7. Jänner, sprach Alexander Lukaschenko, der autoritäre Staatschef von Belarus, mit ihm am Telefon, meldete die belarussische Staatsagentur Belta. Gesprochen worden sei über die Situation in Kasachstan. Wer wen anrief und wo sich Nasarbajew aufhält, blieb offen.',
      },
    ],
    mapDescription:
      'Ausschnitt von Osteuropa bis Zentralasien. Markiert sind Nur-Sultan, die Hauptstadt Kasachstans, und Minsk, die Hauptstadt von Belarus, wo die Staatsagentur Belta das Telefonat Lukaschenkos mit Nasarbajew meldete.',
    summary:
      'Die Wut galt auch Ex-Präsident Nursultan Nasarbajew, laut APA und dpa noch immer der mächtigste Politiker des Landes. Am 5. Jänner übernahm Tokajew selbst Nasarbajews Vorsitz im Sicherheitsrat.',
  },
  crackdown: {
    kicker: '7. Jänner 2022',
    title: 'Schießbefehl gegen „Terroristen“',
    blocks: [
      {
        type: 'p',
        text: 'Am Freitag, 7. Jänner, legte sich Tokajew endgültig auf die harte Linie fest. Die verfassungsmäßige Ordnung sei weitgehend wiederhergestellt, erklärte er. In einer Fernsehansprache wies er zugleich Polizei und Armee an, ohne Vorwarnung zu schießen.',
      },
      {
        type: 'quote',
        quote: {
          text: 'Ich habe den Sicherheitskräften und der Armee den Befehl gegeben, ohne Vorwarnung das Feuer zu eröffnen, um zu töten.',
          speaker: 'Kassym-Schomart Tokajew, Präsident Kasachstans',
          where: 'in einer Fernsehansprache',
          when: '2022-01-07',
          translated: true,
        },
      },
      {
        type: 'p',
        text: 'Die Gegner auf der Straße nannte der Präsident „Banditen“ und „Terroristen“, nach seinen Worten bestens geschult und straff geführt. Nach seiner Darstellung vom 7. Jänner attackierten {{attackersClaim}} Angreifer Almaty, Welle um Welle. Belege für diese Zahl hat die Regierung nicht vorgelegt. Sie ist eine Behauptung des Präsidenten, keine gesicherte Angabe.',
      },
      {
        type: 'p',
        text: 'Zum Vergleich: Das Militärbündnis, das Tokajew zu Hilfe gerufen hatte, kündigte nach Angaben seines Generalsekretärs vom 6. Jänner {{cstoTotal}} Soldaten für den Einsatz in Kasachstan an. Mehr dazu weiter unten.',
      },
      {
        type: 'p',
        text: 'Verhandlungen schloss Tokajew aus. In der Nacht auf 8. Jänner schrieb er auf Twitter, mit Leuten, die getötet und Gebäude in Brand gesteckt hätten, werde nicht gesprochen.',
      },
    ],
    mapDescription:
      'Die Stadt Almaty mit ihrer Stadtgrenze. Markiert sind der Platz der Republik im Zentrum und der Flughafen Almaty im Nordosten.',
    summary:
      'Am 7. Jänner befahl Präsident Tokajew Polizei und Armee, ohne Vorwarnung zu schießen. Er behauptete, ohne Belege vorzulegen, {{attackersClaim}} Angreifer hätten Almaty überfallen.',
  },
  toll: {
    kicker: 'Stand 8. Jänner 2022',
    title: 'Die Bilanz bisher',
    blocks: [
      {
        type: 'p',
        text: 'Wie viele Menschen in diesen Tagen ums Leben kamen, weiß niemand genau. Es gibt nur Angaben der Behörden, und die sind lückenhaft.',
      },
      {
        type: 'p',
        text: 'Am Freitag, 7. Jänner, meldete das Innenministerium {{killed}} Tote, verbreitet über den Staatssender Khabar 24. Die Behörde sprach dabei nicht von Demonstranten, sondern von „bewaffneten Kriminellen“, die „liquidiert“ worden seien. Im Bericht von APA und dpa ist von {{killed:num}} getöteten Demonstranten die Rede.',
      },
      {
        type: 'p',
        text: 'Auch die Sicherheitskräfte haben Tote zu beklagen. Nach den offiziellen Angaben vom 7. Jänner kamen {{securityKilled}} Polizisten und Angehörige der Nationalgarde ums Leben.',
      },
      {
        type: 'p',
        text: 'Die Zahl der Festnahmen steigt von Tag zu Tag. Laut APA und dpa meldete das staatliche Fernsehen am Freitag {{detained}} Festgenommene im ganzen Land. Am Samstag, 8. Jänner, nannte das Innenministerium {{detainedMvd}} Festnahmen.',
      },
      {
        type: 'p',
        text: 'Neue Zahlen wurden für Samstag erwartet, weitere Tote unter der Zivilbevölkerung werden befürchtet. Unabhängig prüfen lässt sich keine dieser Angaben: Das Internet ist weitgehend abgeschaltet, ausländische Reporter kommen nicht ins Land.',
      },
    ],
    mapDescription:
      'Ganz Kasachstan. Zur Orientierung markiert sind Almaty, Nur-Sultan, Aktau und Schangaösen.',
    summary:
      'Wie viele Menschen starben, weiß niemand genau. Am 7. Jänner meldete das Innenministerium {{killed}} getötete „bewaffnete Kriminelle“ und {{securityKilled}} tote Sicherheitskräfte.',
  },
  borders: {
    kicker: 'Geopolitik',
    title: 'Warum Moskau und Peking genau hinsehen',
    blocks: [
      {
        type: 'p',
        text: 'Was in Kasachstan geschieht, betrifft die Nachbarn unmittelbar. Die Grenze zu Russland ist laut CIA World Factbook {{borderRussia}} lang. Das ist mehr als die Hälfte aller Landgrenzen Kasachstans, die das Factbook mit insgesamt {{borderTotal}} angibt.',
      },
      {
        type: 'p',
        text: 'Im Osten teilt Kasachstan nach derselben Quelle eine {{borderChina}} lange Grenze mit China. Im Süden folgen Usbekistan, Kirgistan und Turkmenistan.',
      },
      {
        type: 'p',
        text: 'Für Moskau ist die frühere Sowjetrepublik ein Verbündeter im eigenen Militärbündnis, jenem Bündnis, das Tokajew am 5. Jänner um Hilfe bat. Und Tokajew hält auch Peking die Tür offen: Als er am 7. Jänner für Unterstützung dankte, nannte er neben Russlands Präsident Wladimir Putin ausdrücklich die chinesische Führung, dazu jene Usbekistans und der Türkei.',
      },
      {
        type: 'p',
        text: 'Dazu kommen die Rohstoffe. Kasachstan ist reich an Öl und Gas. Für die Europäische Union ist das Land einer der wichtigsten Rohöllieferanten, wie APA und dpa festhalten.',
      },
    ],
    mapDescription:
      'Kasachstan und seine Nachbarn. Hervorgehoben und mit ihrer Länge beschriftet sind die Grenze zu Russland im Norden und Westen und die Grenze zu China im Osten.',
    summary:
      'Kasachstan grenzt laut CIA World Factbook auf {{borderRussia}} an Russland und auf {{borderChina}} an China. Für die EU ist das Land laut APA und dpa einer der wichtigsten Rohöllieferanten.',
  },
  csto: {
    kicker: '5. bis 7. Jänner 2022',
    title: 'Der Hilferuf an Moskaus Bündnis',
    blocks: [
      {
        type: 'p',
        text: 'Am späten Abend des 5. Jänner bat Tokajew das Ausland um militärische Hilfe. Er wandte sich an das Militärbündnis Organisation des Vertrags über kollektive Sicherheit (OVKS). In dem von Russland geführten Pakt sind neben Kasachstan und Russland auch Belarus, Armenien, Kirgistan und Tadschikistan Mitglied, allesamt frühere Sowjetrepubliken. Bei einer Sitzung des Sicherheitsrats, die der Staatssender Khabar 24 übertrug, sprach Tokajew von einer terroristischen Bedrohung durch Banden, die im Ausland ausgebildet worden seien.',
      },
      {
        type: 'p',
        text: 'Die Zusage kam noch in der Nacht. Armeniens Regierungschef Nikol Paschinjan, derzeit Vorsitzender des obersten OVKS-Gremiums, verkündete auf Facebook, das Bündnis schicke Truppen, für begrenzte Zeit. Am Morgen des 6. Jänner trafen laut russischem Verteidigungsministerium die ersten russischen Einheiten ein.',
      },
      {
        type: 'p',
        text: 'OVKS-Generalsekretär Stanislaw Sas bezifferte die Truppe am 6. Jänner mit {{cstoTotal}} Soldaten, darunter russische Fallschirmjäger. Armenien stellte nach Angaben seines Verteidigungsministeriums vom 7. Jänner {{cstoArmenia}} Soldaten, Kirgistan laut Parlamentsbeschluss vom selben Tag {{cstoKyrgyzstan}}. Aus Tadschikistan kamen nach einem Bericht der Agentur RIA Nowosti vom 6. Jänner {{cstoTajikistan}}. Wie viele Soldaten Russland und Belarus schickten, haben beide Länder nicht veröffentlicht.',
      },
      {
        type: 'p',
        text: 'Die Soldaten sollen Flughäfen und andere wichtige Einrichtungen schützen. Den Flughafen Almaty kontrollieren russische Kräfte laut dem Verteidigungsministerium in Moskau seit 7. Jänner, gemeinsam mit kasachischen Einheiten.',
      },
      {
        type: 'p',
        text: 'Im Westen sorgt der Einsatz für Unbehagen. Alexander Libman, Osteuropa-Experte an der Freien Universität Berlin, zeigte sich im Portal Watson bestürzt über das Tempo:',
      },
      {
        type: 'quote',
        quote: {
          text: 'Ich bin erschüttert darüber, wie schnell Kasachstan um militärische Hilfe bat – und wie schnell es sie auch bekam.',
          speaker: 'Alexander Libman, Osteuropa-Experte, Freie Universität Berlin',
          where: 'im Portal Watson, zitiert von APA/dpa',
          when: '2022-01-08',
        },
      },
      {
        type: 'p',
        text: 'Aus Libmans Sicht zieht Kremlchef Wladimir Putin Nutzen aus der Krise. Wer den Anstoß gab, sei aber unklar. Nach einer russischen Initiative sehe es nicht aus: Kasachstan habe stets auf seine Eigenständigkeit gepocht und darauf geachtet, nicht von Moskau abhängig zu werden.',
      },
    ],
    mapDescription:
      'Ausschnitt von Osteuropa bis Zentralasien. Markiert sind die Hauptstädte der OVKS-Staaten, die Soldaten schickten: Moskau, Minsk, Jerewan, Bischkek und Duschanbe, jeweils mit einer Linie nach Almaty.',
    summary:
      'Am 5. Jänner rief Tokajew das von Russland geführte Militärbündnis OVKS zu Hilfe. Dessen Generalsekretär kündigte am 6. Jänner {{cstoTotal}} Soldaten an, darunter russische Fallschirmjäger.',
  },
  reactions: {
    kicker: '7. und 8. Jänner 2022',
    title: 'Sorge im Westen',
    blocks: [
      {
        type: 'p',
        text: 'Die Gewalt und die fremden Truppen beunruhigen Europa. Österreichs Außenminister Alexander Schallenberg (ÖVP) appellierte am Freitag, 7. Jänner, an alle Seiten in Kasachstan, sich zurückzuhalten und auf weitere Gewalt zu verzichten. Auf Twitter schrieb er:',
      },
      {
        type: 'quote',
        quote: {
          text: 'Das Recht auf friedliche Versammlung muss immer respektiert werden. Demonstrationen müssen gewaltfrei bleiben.',
          speaker: 'Alexander Schallenberg (ÖVP), österreichischer Außenminister',
          where: 'auf Twitter',
          when: '2022-01-07',
        },
      },
      {
        type: 'p',
        text: 'Auch die NATO meldete sich zu Wort. Die Allianz und ihre Mitgliedsländer seien höchst beunruhigt, sagte Generalsekretär Jens Stoltenberg laut APA/dpa vom 8. Jänner, und bedauerten den Verlust von Menschenleben. Er verlangte ein Ende der Gewalt und Respekt für die Menschenrechte, ausdrücklich auch für das Recht auf friedlichen Protest.',
      },
      {
        type: 'p',
        text: 'Deutschland zieht eine handfeste Konsequenz und liefert keine Rüstungsgüter mehr nach Kasachstan, wie die Deutsche Presse-Agentur am 8. Jänner erfuhr. Im Jahr 2021 waren laut dpa noch {{armsLicences}} Genehmigungen für die Ausfuhr solcher Güter in das Land erteilt worden. Zusammen waren sie {{armsValue}} wert.',
      },
      {
        type: 'p',
        text: 'Tokajew wiederum bemühte sich, ausländische Unternehmen zu beruhigen. In der Nacht auf 8. Jänner versprach er auf Twitter, Kasachstan bleibe offen für Kapital aus dem Ausland:',
      },
      {
        type: 'quote',
        quote: {
          text: 'Die Politik der offenen Türen für ausländische Direktinvestitionen wird eine Kernstrategie Kasachstans bleiben.',
          speaker: 'Kassym-Schomart Tokajew, Präsident Kasachstans',
          where: 'auf Twitter in der Nacht auf Samstag, zitiert von APA/dpa',
          when: '2022-01-08',
          translated: true,
        },
      },
    ],
    mapDescription:
      'Europa und Zentralasien. Markiert sind Berlin, Wien, Brüssel als Sitz der NATO und Nur-Sultan, die Hauptstadt Kasachstans.',
    summary:
      'Österreichs Außenminister Schallenberg rief alle Seiten zur Zurückhaltung auf, die NATO verlangte ein Ende der Gewalt. Deutschland stoppte laut dpa seine Rüstungsexporte in das Land.',
  },
  sources: {
    kicker: 'Methode und Nachtrag',
    title: 'Quellen – und was danach kam',
    blocks: [
      {
        type: 'p',
        text: 'Grundlage dieser Erklärung ist ein Bericht der Austria Presse Agentur (APA) und der Deutschen Presse-Agentur (dpa) vom Samstag, 8. Jänner 2022. Wir haben ihn in eigenen Worten nacherzählt und seine Angaben geprüft und ergänzt.',
      },
      {
        type: 'p',
        text: 'Weitere Quellen sind das kasachische Innenministerium und der Staatssender Khabar 24, das Portal Vlast.kz, die belarussische Staatsagentur Belta, die Deutsche Presse-Agentur zu den Rüstungsexporten, Angaben der OVKS und der Verteidigungsministerien der Entsendestaaten, das CIA World Factbook für die Grenzlängen, Analysen der Jamestown Foundation und von Radio Free Europe/Radio Liberty sowie Messdaten von Cloudflare und NetBlocks zum Internet. Zu jeder Zahl nennen wir Quelle und Datum.',
      },
      {
        type: 'p',
        text: 'Alle Zahlen in den Kapiteln haben den Stand 8. Jänner 2022. Fast alle stammen von Behörden und Regierungen, die selbst Partei sind. Unabhängig prüfen ließ sich damals kaum etwas. Zahlen widersprechen einander, weil zu verschiedenen Zeitpunkten gezählt wurde, weil verschiedene Gruppen erfasst wurden und weil Begriffe verschieden gewählt werden: Wo APA und dpa von Demonstranten schreiben, sprach das Innenministerium von bewaffneten Kriminellen.',
      },
      {
        type: 'p',
        text: 'Nachtrag: Die offizielle Zahl der Toten änderte sich danach mehrmals. Am 7. Jänner hatte das Innenministerium {{killed}} getötete „bewaffnete Kriminelle“ und {{securityKilled}} tote Sicherheitskräfte gemeldet. Am 9. Jänner nannten das Gesundheitsministerium und ein Telegram-Kanal der Regierung {{deaths9Jan}} Tote; diese Angabe wurde später zurückgezogen. Am 15. Jänner sprach die Generalstaatsanwaltschaft von {{deaths15Jan}} Toten, darunter {{securityKilled15Jan}} Polizisten und Soldaten.',
      },
      {
        type: 'p',
        text: 'Als endgültige offizielle Zahl gelten {{deathsFinal}} Tote, einschließlich Menschen, die in Gewahrsam starben. Die Menschenrechtsbeauftragte Elwira Asimowa nannte sie am 14. März 2022, Generalstaatsanwalt Berik Asylow bestätigte sie am 5. Jänner 2023 im Parlament. Menschenrechtsgruppen halten die wahre Zahl für noch höher.',
      },
      {
        type: 'p',
        text: 'Auch die Zahl der Festnahmen stieg weiter und erreichte am 11. Jänner laut Innenministerium ihren Höchststand: {{detainedPeak}} Festgenommene. Beim Videogipfel der OVKS am 10. Jänner bezifferte Tokajew die tatsächlich entsandte Truppe mit {{cstoOfficial}} Soldaten, weniger als die angekündigten {{cstoTotal}}. Ab 13. Jänner zogen die Soldaten wieder ab, bis 19. Jänner sollte der Abzug laut dem russischen Verteidigungsminister Sergej Schoigu abgeschlossen sein. Am selben Tag endete der Ausnahmezustand im ganzen Land.',
      },
      {
        type: 'p',
        text: 'Und Nasarbajew? Sein Sprecher ließ am 8. Jänner wissen, der Ex-Präsident sei in Nur-Sultan. Den Vorsitz im Sicherheitsrat habe er freiwillig abgegeben, hieß es bald darauf. Ende Jänner 2022 schaffte das Parlament den Vorsitz auf Lebenszeit per Gesetz ab. Die Hauptstadt heißt seit 17. September 2022 wieder Astana.',
      },
    ],
    mapDescription: 'Ganz Kasachstan, ohne Hervorhebungen.',
    summary:
      'Worauf diese Erklärung beruht und was nach dem 8. Jänner bekannt wurde: Als endgültige offizielle Zahl gelten {{deathsFinal}} Tote; Menschenrechtsgruppen halten die wahre Zahl für noch höher.',
  },
};
