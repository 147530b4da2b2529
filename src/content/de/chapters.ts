/** German chapter texts, the original edition. Numbers only as `{{figureId}}` tokens (see `../figures.ts`). */
import type { ChapterId, ChapterText } from '../types';

export const chapters: Record<ChapterId, ChapterText> = {
  intro: {
    kicker: 'Stand 8. Jänner 2022',
    title: 'Kasachstan in Aufruhr',
    blocks: [
      {
        type: 'p',
        text: 'Kasachstan erlebt die heftigsten Unruhen seit Jahren. Was kurz nach Neujahr als Protest gegen teureres Autogas im Westen des Landes begann, ist binnen einer Woche in landesweite, teils gewaltsame Proteste gegen die Staatsführung umgeschlagen. Präsident Kassym-Schomart Tokajew hat den Befehl gegeben, ohne Vorwarnung zu schießen, und Soldaten eines von Russland geführten Militärbündnisses ins Land geholt.',
      },
      {
        type: 'p',
        text: 'Für die Nacht auf Samstag, 8. Jänner, meldete das Staatsfernsehen, dass Sicherheitskräfte in mehreren Städten weiter gegen Demonstranten vorgingen. Wie es wirklich um das Land steht, lässt sich von außen kaum beurteilen: Das Internet ist seit Tagen weitgehend abgeschaltet, Ausländer dürfen nicht einreisen, unabhängige Berichte sind rar.',
      },
      {
        type: 'p',
        text: 'Die frühere Sowjetrepublik in Zentralasien liegt zwischen zwei Großmächten: Im Norden und Westen grenzt sie an Russland, im Osten an China. Die Hauptstadt Nur-Sultan liegt im Norden, das Wirtschaftszentrum Almaty im Südosten. Das autoritär regierte Land ist reich an Öl und Gas.',
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
        text: 'Am Neujahrstag fiel in Kasachstan der staatliche Preisdeckel für Flüssiggas, das als Autogas getankt wird. Ab 1. Jänner wurde es zur Gänze über elektronische Handelsplattformen verkauft. Beides galt nur wenige Tage: Am 4. und 5. Jänner nahm die Führung die Reform vorerst zurück.',
      },
      {
        type: 'p',
        text: 'Im Gebiet Mangystau am Kaspischen Meer kostete der Liter plötzlich doppelt so viel: Der Preis stieg von {{lpgBefore:num}} auf {{lpgAfter}} je Liter, wie die Jamestown Foundation in einer Analyse festhielt. Radio Free Europe/Radio Liberty bezifferte den Preis des Vorjahres laut dem Portal IDN Times mit {{lpgBeforeAlt}} je Liter. Über den neuen Preis sind sich die Quellen einig.',
      },
      {
        type: 'p',
        text: 'Am Sonntag, 2. Jänner, begann in Schangaösen der Protest. Schon am Morgen blockierten Bewohnerinnen und Bewohner Straßen und versammelten sich spontan zum Protest gegen die Preiserhöhung. Auch andere Orte des Gebiets schlossen sich an. In Aktau gingen nach Angaben der russischen Agentur TASS ebenfalls am 2. Jänner Menschen auf die Straße; andere Quellen datieren die Kundgebungen dort etwas später.',
      },
      {
        type: 'p',
        text: 'Die Führung reagierte zunächst mit Zugeständnissen. In der Nacht auf 3. Jänner wies Tokajew die Regierung auf Twitter an, die Lage in Schangaösen dringend zu prüfen. Am 4. Jänner setzte die Regierung für Mangystau wieder einen Preisdeckel fest. Da hatte der Protest schon auf andere Landesteile übergegriffen.',
      },
    ],
    mapDescription:
      'Der Westen Kasachstans am Kaspischen Meer: Das Gebiet Mangystau ist hervorgehoben. Markiert sind Schangaösen, wo die Proteste am 2. Jänner begannen, und Aktau.',
  },
  protests: {
    kicker: '4. und 5. Jänner 2022',
    title: 'Vom Gaspreis zur Staatsführung',
    blocks: [
      {
        type: 'p',
        text: 'Am Dienstag, 4. Jänner, hatte der Protest andere Landesteile erreicht. Die russische Agentur TASS und Radio Free Europe/Radio Liberty meldeten Solidaritätskundgebungen in Aktöbe, Schymkent, Oral, Almaty und in der Hauptstadt Nur-Sultan.',
      },
      {
        type: 'p',
        text: 'Bald ging es nicht mehr nur um den Spritpreis: Die Proteste richteten sich gegen die Staatsführung. Laut APA und dpa sind viele Menschen im Land über Korruption und Machtmissbrauch frustriert; der Unmut galt auch Ex-Präsident Nursultan Nasarbajew. Am Morgen des 5. Jänner besetzten Demonstrierende in Aktöbe den Sitz der Gebietsverwaltung. In Taldykorgan stürzten Protestierende ein Denkmal Nasarbajews und legten Feuer im Verwaltungsgebäude.',
      },
      {
        type: 'p',
        text: 'Tokajew versuchte gegenzusteuern. In einer Videobotschaft am 4. Jänner versicherte er noch, die Regierung werde nicht fallen. In der Früh des 5. Jänner trat das Kabinett von Ministerpräsident Askar Mamin dennoch zurück. Tokajew nahm den Rücktritt an, die Minister sollten die Geschäfte vorerst weiterführen. Zugleich stellte er die Preise für Flüssiggas, Benzin und Diesel befristet wieder unter staatliche Regulierung und verschob den vollständigen Umstieg auf den elektronischen Handel mit Flüssiggas um ein Jahr.',
      },
      {
        type: 'p',
        text: 'Parallel verhängte der Präsident Schritt für Schritt den Ausnahmezustand. In der Nacht auf 5. Jänner galt er zuerst für die Stadt Almaty und das Gebiet Mangystau, samt nächtlicher Ausgangssperre. Am 5. Jänner um 12.30 Uhr folgte das Gebiet Almaty, um 16 Uhr die Hauptstadt Nur-Sultan. Am Abend kamen alle übrigen Gebiete und die Stadt Schymkent dazu: Ganz Kasachstan stand nun unter Notstandsrecht, vorerst bis 19. Jänner.',
      },
    ],
    mapDescription:
      'Ganz Kasachstan. Die Gebiete sind danach eingefärbt, wann dort der Ausnahmezustand begann: zuerst die Stadt Almaty und das Gebiet Mangystau in der Nacht auf 5. Jänner, dann das Gebiet Almaty um 12.30 Uhr, die Stadt Nur-Sultan um 16 Uhr und am Abend des 5. Jänner alle übrigen Gebiete. Markiert sind die Protestorte Schangaösen, Aktau, Aktöbe, Schymkent, Almaty und Nur-Sultan.',
  },
  almaty: {
    kicker: '4. bis 8. Jänner 2022',
    title: 'Almaty: Im Zentrum der Gewalt',
    blocks: [
      {
        type: 'p',
        text: 'Zum Brennpunkt wurde Almaty, die Wirtschaftsmetropole im Südosten. Am Abend des 4. Jänner versammelten sich Demonstrierende auf dem Platz der Republik im Stadtzentrum. Die Polizei setzte Blendgranaten und Tränengas ein und drängte sie vom Platz.',
      },
      {
        type: 'p',
        text: 'Am Mittwoch, 5. Jänner, stürmte eine Menge das Rathaus, den Akimat am Südrand des Platzes, und steckte es in Brand. Das Gebäude brannte tagelang, auch die Staatsanwaltschaft wurde angezündet. Ganz in der Nähe wurde die Präsidentenresidenz gestürmt und ebenfalls angezündet.',
      },
      {
        type: 'p',
        text: 'Am Abend besetzten Demonstrierende den Flughafen Almaty. Passagiere wurden in Sicherheit gebracht, Flüge gestrichen, teilte der Pressedienst des Flughafens mit. Ein Vizebürgermeister erklärte den Flughafen noch am selben Abend für befreit.',
      },
      {
        type: 'p',
        text: 'Ruhe kehrte danach nicht ein. Laut APA und dpa meldete das Portal Vlast.kz für die Nacht auf Samstag, 8. Jänner, Schüsse auf {{shootingSquares}} Plätzen der Stadt und Explosionen; Augenzeugen hätten ein Auto in Flammen gesehen. In gepanzerten Fahrzeugen fuhren Sicherheitskräfte Streife, schrieben die beiden Agenturen.',
      },
      {
        type: 'p',
        text: 'Überprüfen lässt sich davon wenig. Schon am Abend des 4. Jänner war das mobile Internet gestört, am Nachmittag des 5. Jänner wurde es im ganzen Land fast vollständig abgeschaltet, wie Messungen der Dienste Cloudflare und NetBlocks zeigen. Ausländer lässt Kasachstan derzeit nicht ins Land.',
      },
    ],
    mapDescription:
      'Die Stadt Almaty mit ihrer Stadtgrenze. Markiert sind der Platz der Republik im Zentrum, das Rathaus (Akimat) an seinem Südrand, die Präsidentenresidenz südöstlich davon und der Flughafen Almaty im Nordosten.',
  },
  nazarbayev: {
    kicker: '1989 bis 2022',
    title: 'Der Zorn auf Nasarbajew',
    blocks: [
      {
        type: 'p',
        text: 'Die Wut auf der Straße galt nicht nur der Regierung, sondern auch einem Mann, der schon 2019 als Präsident zurückgetreten war: Nursultan Nasarbajew. Der frühere Staatschef war im Jänner 2022 laut APA/dpa {{nazarbayevAge}} Jahre alt, geboren wurde er am 6. Juli 1940.',
      },
      {
        type: 'p',
        text: 'Nasarbajew führte Kasachstan schon zu Sowjetzeiten. Am 22. Juni 1989 wurde er Chef der Kommunistischen Partei der Kasachischen Sowjetrepublik, am 24. April 1990 ihr Präsident. Nach der Unabhängigkeit im Dezember 1991 blieb er Staatsoberhaupt, bis 2019.',
      },
      {
        type: 'p',
        text: 'Am 19. März 2019 kündigte er im Fernsehen seinen Rücktritt an, am 20. März übernahm Tokajew das Präsidentenamt. Abgegeben hat Nasarbajew damit nur einen Teil seiner Macht: Er blieb Vorsitzender des Sicherheitsrats, ein Amt, das ihm auf Lebenszeit zustand, und behielt den Ehrentitel Elbasy, Führer der Nation. Laut APA und dpa galt er weiterhin als der mächtigste Politiker des Landes.',
      },
      {
        type: 'p',
        text: 'Den Vorsitz im Sicherheitsrat ist er nun los. Am Mittwoch, 5. Jänner, verkündete Tokajew in einer Fernsehansprache, dass er ihn selbst übernommen habe. Zugleich entfernte er einen Neffen Nasarbajews vom zweithöchsten Posten im Geheimdienst KNB.',
      },
      {
        type: 'p',
        text: 'Seither wird gerätselt, ob der Ex-Präsident das Land verlassen hat. Am Freitagabend, 7. Jänner, sprach Alexander Lukaschenko, der autoritäre Staatschef von Belarus, mit ihm am Telefon, meldete die belarussische Staatsagentur Belta. Gesprochen worden sei über die Situation in Kasachstan. Wer wen anrief und wo sich Nasarbajew aufhielt, teilte Belta nicht mit.',
      },
    ],
    mapDescription:
      'Ausschnitt von Osteuropa bis Zentralasien. Markiert sind Nur-Sultan, die Hauptstadt Kasachstans, und Minsk, die Hauptstadt von Belarus, wo die Staatsagentur Belta das Telefonat Lukaschenkos mit Nasarbajew meldete.',
  },
  crackdown: {
    kicker: '7. Jänner 2022',
    title: 'Schießbefehl gegen „Terroristen“',
    blocks: [
      {
        type: 'p',
        text: 'Am Freitag, 7. Jänner, erklärte Tokajew, die verfassungsmäßige Ordnung sei weitgehend wiederhergestellt. In einer Fernsehansprache befahl er zugleich den Sicherheitskräften und der Armee, ohne Vorwarnung zu schießen: laut APA und dpa ein Schießbefehl gegen Demonstranten.',
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
        text: 'Die Gegner auf der Straße nannte der Präsident „Banditen“ und „Terroristen“, nach seinen Worten gut ausgebildet und organisiert. Nach seiner Darstellung vom 7. Jänner attackierten {{attackersClaim}} Angreifer Almaty, Welle um Welle. Belege für diese Zahl hat die Regierung nicht vorgelegt. Sie ist eine Behauptung des Präsidenten, keine gesicherte Angabe.',
      },
      {
        type: 'p',
        text: 'Zum Vergleich: Das Militärbündnis, das Tokajew zu Hilfe gerufen hatte, kündigte nach Angaben seines Generalsekretärs vom 6. Jänner {{cstoTotal}} Soldaten für den Einsatz in Kasachstan an. Mehr dazu weiter unten.',
      },
      {
        type: 'p',
        text: 'Gespräche schloss Tokajew aus. In der Nacht auf 8. Jänner verteidigte er auf Twitter seinen Befehl: Mit „Terroristen“, die Menschen getötet und Gebäude in Brand gesteckt hätten, werde nicht verhandelt.',
      },
    ],
    mapDescription:
      'Die Stadt Almaty mit ihrer Stadtgrenze. Markiert sind der Platz der Republik im Zentrum und der Flughafen Almaty im Nordosten.',
  },
  toll: {
    kicker: 'Stand 8. Jänner 2022',
    title: 'Die Bilanz bisher',
    blocks: [
      {
        type: 'p',
        text: 'Wie viele Menschen in diesen Tagen ums Leben kamen, ist offen. Bis 8. Jänner gab es dazu nur Angaben der Behörden.',
      },
      {
        type: 'p',
        text: 'Am Freitag, 7. Jänner, meldete das Innenministerium {{killed}} Tote, verbreitet über den Staatssender Khabar 24. Die Behörde sprach dabei nicht von Demonstranten, sondern von „bewaffneten Kriminellen“, die „liquidiert“ worden seien. Im Bericht von APA und dpa ist von {{killed:num}} getöteten Demonstranten die Rede.',
      },
      {
        type: 'p',
        text: 'Auch unter den Sicherheitskräften gab es Tote. Das Innenministerium meldete am 7. Jänner {{securityKilled}} getötete Polizisten und Angehörige der Nationalgarde. APA und dpa schreiben unter Berufung auf offizielle Angaben von {{securityKilledReport}} toten Polizisten und Soldaten.',
      },
      {
        type: 'p',
        text: 'Die Zahl der Festnahmen stieg von Tag zu Tag. Am Freitag, 7. Jänner, meldete das Innenministerium {{detained7Jan}} Festgenommene, am Samstag, 8. Jänner, {{detainedMvd}}. Im Bericht von APA und dpa ist von {{detained}} Festnahmen im ganzen Land die Rede.',
      },
      {
        type: 'p',
        text: 'Laut APA und dpa wurden für Samstag neue Zahlen erwartet; befürchtet wurde, dass noch viele weitere Zivilisten ums Leben kommen könnten. Unabhängig prüfen ließ sich keine dieser Angaben: Das Internet war weitgehend abgeschaltet, ausländische Reporter kamen nicht ins Land.',
      },
    ],
    mapDescription:
      'Ganz Kasachstan. Zur Orientierung markiert sind Almaty, Nur-Sultan, Aktau und Schangaösen.',
  },
  borders: {
    kicker: 'Geopolitik',
    title: 'Zwischen Moskau und Peking',
    blocks: [
      {
        type: 'p',
        text: 'Kasachstan grenzt an zwei Großmächte. Die Grenze zu Russland ist laut CIA World Factbook {{borderRussia}} lang. Das ist mehr als die Hälfte aller Landgrenzen Kasachstans, die das Factbook mit insgesamt {{borderTotal}} angibt.',
      },
      {
        type: 'p',
        text: 'Im Osten teilt Kasachstan nach derselben Quelle eine {{borderChina}} lange Grenze mit China. Im Süden folgen Usbekistan, Kirgistan und Turkmenistan.',
      },
      {
        type: 'p',
        text: 'Mit Russland ist die frühere Sowjetrepublik in einem Militärbündnis verbunden, jenem Bündnis, das Tokajew am 5. Jänner um Hilfe bat. Als Tokajew am 7. Jänner für Unterstützung dankte, nannte er neben Russlands Präsident Wladimir Putin auch die chinesische Führung, dazu jene Usbekistans und der Türkei.',
      },
      {
        type: 'p',
        text: 'Dazu kommen die Rohstoffe. Kasachstan ist reich an Öl und Gas. Für die Europäische Union ist das Land einer der wichtigsten Rohöllieferanten, wie APA und dpa festhalten.',
      },
    ],
    mapDescription:
      'Kasachstan und seine Nachbarn. Hervorgehoben und mit ihrer Länge beschriftet sind die Grenze zu Russland im Norden und Westen und die Grenze zu China im Osten.',
  },
  csto: {
    kicker: '5. bis 7. Jänner 2022',
    title: 'Der Hilferuf an Moskaus Bündnis',
    blocks: [
      {
        type: 'p',
        text: 'Am späten Abend des 5. Jänner bat Tokajew das Ausland um militärische Hilfe, für APA und dpa ein überraschender Schritt. Er wandte sich an das Militärbündnis Organisation des Vertrags über kollektive Sicherheit (OVKS). In dem von Russland geführten Pakt sind neben Kasachstan und Russland auch Belarus, Armenien, Kirgistan und Tadschikistan Mitglied, allesamt frühere Sowjetrepubliken. Bei einer Sitzung des Sicherheitsrats, die der Staatssender Khabar 24 übertrug, sprach Tokajew von einer terroristischen Bedrohung durch Banden, die im Ausland ausgebildet worden seien.',
      },
      {
        type: 'p',
        text: 'Die Zusage kam noch in der Nacht. Armeniens Regierungschef Nikol Paschinjan, derzeit Vorsitzender des obersten OVKS-Gremiums, verkündete auf Facebook, das Bündnis schicke Truppen, für begrenzte Zeit. Am Morgen des 6. Jänner trafen laut russischem Verteidigungsministerium die ersten russischen Einheiten ein.',
      },
      {
        type: 'p',
        text: 'OVKS-Generalsekretär Stanislaw Sas bezifferte die Truppe am 6. Jänner mit {{cstoTotal}} Soldaten, darunter russische Fallschirmjäger. Armenien stellte nach Angaben seines Verteidigungsministeriums vom 7. Jänner {{cstoArmenia}} Soldaten. Kirgistans Parlament stimmte am selben Tag der Entsendung von {{cstoKyrgyzstan}} Soldaten zu. Tadschikistan wollte nach Angaben einer Quelle der Agentur RIA Nowosti vom 6. Jänner {{cstoTajikistan}} Soldaten schicken. Wie viele Soldaten Russland und Belarus schickten, haben beide Länder nicht veröffentlicht.',
      },
      {
        type: 'p',
        text: 'Die Soldaten sollten laut Tokajew Flughäfen, Militärlager und andere strategische Einrichtungen schützen. Den Flughafen Almaty kontrollieren russische Kräfte laut dem Verteidigungsministerium in Moskau seit 7. Jänner, gemeinsam mit kasachischen Sicherheitskräften.',
      },
      {
        type: 'p',
        text: 'Laut APA und dpa löste der Einsatz im Westen Sorgen aus. Alexander Libman, Osteuropa-Experte an der Freien Universität Berlin, sagte dem Portal Watson:',
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
        text: 'Aus Libmans Sicht nutzt Kremlchef Wladimir Putin die Lage. Von wem die Initiative ausging, könne er aber noch nicht nachvollziehen. Nach einer russischen Initiative sehe es nicht aus: Kasachstan sei sehr auf seine Souveränität bedacht gewesen und habe stets darauf geachtet, nicht von Russland abhängig zu werden.',
      },
    ],
    mapDescription:
      'Ausschnitt von Osteuropa bis Zentralasien. Markiert sind die Hauptstädte der OVKS-Staaten, die Soldaten schickten: Moskau, Minsk, Jerewan, Bischkek und Duschanbe, jeweils mit einer Linie nach Almaty.',
  },
  reactions: {
    kicker: '7. und 8. Jänner 2022',
    title: 'Sorge im Westen',
    blocks: [
      {
        type: 'p',
        text: 'Laut APA und dpa lösten das Vorgehen des autoritären Regimes und der Einsatz der fremden Truppen im Westen Besorgnis aus. Österreichs Außenminister Alexander Schallenberg (ÖVP) appellierte am Freitag, 7. Jänner, an alle Seiten in Kasachstan, sich zurückzuhalten und auf weitere Gewalt zu verzichten. Auf Twitter schrieb er:',
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
        text: 'Auch die NATO meldete sich zu Wort. Die Allianz und ihre Mitgliedsländer seien sehr besorgt, sagte Generalsekretär Jens Stoltenberg laut APA/dpa vom 8. Jänner, und bedauerten den Verlust von Menschenleben. Wichtig sei, dass die Gewalt aufhöre und die Menschenrechte geachtet würden, darunter das Recht auf friedlichen Protest.',
      },
      {
        type: 'p',
        text: 'Deutschland stoppte die Ausfuhr von Rüstungsgütern nach Kasachstan, wie die Deutsche Presse-Agentur am 8. Jänner erfuhr. Im Jahr 2021 waren laut dpa noch {{armsLicences}} Genehmigungen für die Ausfuhr solcher Güter in das Land erteilt worden; zusammen waren sie {{armsValue}} wert.',
      },
      {
        type: 'p',
        text: 'Tokajew wiederum wandte sich an die Wirtschaft im Ausland. In der Nacht auf 8. Jänner schrieb er auf Twitter:',
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
        text: 'Weitere Quellen sind unter anderem das kasachische Innenministerium und der Staatssender Khabar 24, das von APA und dpa zitierte Portal Vlast.kz, die belarussische Staatsagentur Belta, die Deutsche Presse-Agentur zu den Rüstungsexporten, Angaben der OVKS und der Verteidigungsministerien der Entsendestaaten, das CIA World Factbook für die Grenzlängen, eine Analyse der Jamestown Foundation, Berichte von Radio Free Europe/Radio Liberty sowie Messdaten von Cloudflare und NetBlocks zum Internet. Zu jeder Zahl nennen wir Quelle und Datum.',
      },
      {
        type: 'p',
        text: 'Alle Zahlen in den Kapiteln haben den Stand 8. Jänner 2022. Die Zahlen zu Toten, Festnahmen und Truppen stammen von Behörden und Regierungen, die selbst an den Ereignissen beteiligt waren. Unabhängig prüfen ließ sich damals kaum etwas. Zahlen widersprechen einander, weil zu verschiedenen Zeitpunkten gezählt wurde, weil verschiedene Gruppen erfasst wurden und weil Begriffe verschieden gewählt wurden: Wo APA und dpa von Demonstranten schrieben, sprach das Innenministerium von bewaffneten Kriminellen.',
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
        text: 'Auch die Zahl der Festnahmen stieg weiter: Am 11. Jänner nannte das Innenministerium {{detainedPeak}} Festgenommene, die letzte Zahl, die uns vorliegt. Beim Videogipfel der OVKS am 10. Jänner bezifferte Tokajew die tatsächlich entsandte Truppe mit {{cstoOfficial}} Soldaten, weniger als die angekündigten {{cstoTotal}}. Ab 13. Jänner zogen die Soldaten wieder ab, bis 19. Jänner sollte der Abzug laut dem russischen Verteidigungsminister Sergej Schoigu abgeschlossen sein. Der Ausnahmezustand wurde schrittweise aufgehoben und endete am 19. Jänner im ganzen Land.',
      },
      {
        type: 'p',
        text: 'Und Nasarbajew? Sein Sprecher ließ am 8. Jänner wissen, der Ex-Präsident sei in Nur-Sultan. Kurz darauf erklärte der Sprecher, Nasarbajew habe den Vorsitz im Sicherheitsrat freiwillig abgegeben. Ende Jänner 2022 schaffte das Parlament den Vorsitz auf Lebenszeit per Gesetz ab. Die Hauptstadt heißt seit 17. September 2022 wieder Astana.',
      },
    ],
    mapDescription: 'Ganz Kasachstan, ohne Hervorhebungen.',
  },
};
