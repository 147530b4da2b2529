/**
 * English chapter texts, a translation of the German original (`../de/chapters.ts`): the same blocks in the
 * same order, the same `{{figureId}}` tokens in each paragraph (see `../figures.ts`), written as English news
 * prose rather than word for word.
 */
import type { ChapterId, ChapterText } from '../types';

export const chapters: Record<ChapterId, ChapterText> = {
  intro: {
    kicker: 'As of 8 January 2022',
    title: 'Kazakhstan in turmoil',
    blocks: [
      {
        type: 'p',
        text: 'Kazakhstan is going through its worst unrest in years. What began just after New Year as a protest against dearer car fuel in the west of the country has, within a week, turned into nationwide protests against the country’s leadership, some of them violent. President Kassym-Jomart Tokayev has ordered the security forces to shoot without warning and has brought in troops from a Russian-led military alliance.',
      },
      {
        type: 'p',
        text: 'State television reported that security forces in several cities were still moving against demonstrators overnight into Saturday 8 January. How things really stand is almost impossible to judge from outside: the internet has been largely cut off for days, foreigners are not being let into the country, and independent reporting is scarce.',
      },
      {
        type: 'p',
        text: 'The former Soviet republic in Central Asia lies between two great powers, with Russia to the north and west and China to the east. The capital, Nur-Sultan, is in the north; Almaty, the economic hub, is in the south-east. The authoritarian state is rich in oil and gas.',
      },
      {
        type: 'p',
        text: 'This explainer retraces what happened between 1 and 8 January. It is based on a report by the news agencies APA and dpa dated 8 January 2022, supplemented with checked information from other sources. All figures are as of 8 January 2022; what became known later is set out in the final chapter.',
      },
    ],
    mapDescription:
      'Overview map of Central Asia: Kazakhstan and its neighbours, among them Russia to the north and China to the east; the borders with these two great powers are drawn in bold. The capital Nur-Sultan in the north and Almaty in the south-east are marked.',
  },
  trigger: {
    kicker: '1–4 January 2022',
    title: 'The spark: car fuel at twice the price',
    blocks: [
      {
        type: 'p',
        text: 'On New Year’s Day, Kazakhstan lifted the state price cap on liquefied petroleum gas (LPG), which drivers use as car fuel. From 1 January all of it was sold through electronic trading platforms. Neither lasted more than a few days: on 4 and 5 January the leadership reversed the reform for the time being.',
      },
      {
        type: 'p',
        text: 'In Mangystau Region on the Caspian Sea, a litre suddenly cost twice as much: the price rose from {{lpgBefore:num}} to {{lpgAfter}} per litre, the Jamestown Foundation noted in an analysis. Radio Free Europe/Radio Liberty put the previous year’s price at {{lpgBeforeAlt}} a litre, according to the news site IDN Times. The sources agree on the new price.',
      },
      {
        type: 'p',
        text: 'On Sunday 2 January, the protest began in Zhanaozen. From the morning, residents blocked roads and gathered in spontaneous protests against the price rise. Other towns in the region joined in. People in Aktau also took to the streets on 2 January, according to the Russian news agency TASS; other sources date the rallies there slightly later.',
      },
      {
        type: 'p',
        text: 'At first the leadership responded with concessions. Overnight into 3 January, Tokayev told the government on Twitter to consider the situation in Zhanaozen urgently. On 4 January the government restored a price cap in Mangystau. By then the protests had already spread to other parts of the country.',
      },
    ],
    mapDescription:
      'Western Kazakhstan on the Caspian Sea, with Mangystau Region highlighted. Marked are Zhanaozen, where the protests began on 2 January, and Aktau.',
  },
  protests: {
    kicker: '4–5 January 2022',
    title: 'From fuel prices to the leadership',
    blocks: [
      {
        type: 'p',
        text: 'By Tuesday 4 January, the protest had reached other parts of the country. The Russian news agency TASS and Radio Free Europe/Radio Liberty reported solidarity rallies in Aktobe, Shymkent, Oral, Almaty and the capital, Nur-Sultan.',
      },
      {
        type: 'p',
        text: 'Soon it was no longer only about fuel prices: the protests turned against the country’s leadership. According to APA and dpa, many people in the country are frustrated with corruption and abuse of power; the anger was also aimed at former President Nursultan Nazarbayev. On the morning of 5 January, protesters occupied the regional government headquarters in Aktobe. In Taldykorgan, demonstrators toppled a monument to Nazarbayev and set fire to the administration building.',
      },
      {
        type: 'p',
        text: 'Tokayev tried to change course. In a video address on 4 January he still insisted that the government would not fall. Early on 5 January, Prime Minister Askar Mamin’s cabinet resigned all the same. Tokayev accepted the resignation; the ministers were to stay on as caretakers for the time being. At the same time he put the prices of LPG, petrol and diesel back under state regulation for a limited period and postponed the full switch to electronic trading in LPG by a year.',
      },
      {
        type: 'p',
        text: 'Meanwhile the president imposed a state of emergency step by step. Overnight into 5 January it took effect first in the city of Almaty and in Mangystau Region, with a night-time curfew. Almaty Region followed at 12:30 on 5 January, and the capital Nur-Sultan at 16:00. In the evening all remaining regions and the city of Shymkent were added: the whole of Kazakhstan was now under emergency rule, initially until 19 January.',
      },
    ],
    mapDescription:
      'The whole of Kazakhstan. Regions are coloured by when the state of emergency began there: first Almaty (city) and Mangystau Region overnight into 5 January, then Almaty Region at 12:30, the city of Nur-Sultan at 16:00 and all remaining regions on the evening of 5 January. The protest sites Zhanaozen, Aktau, Aktobe, Shymkent, Almaty and Nur-Sultan are marked.',
  },
  almaty: {
    kicker: '4–8 January 2022',
    title: 'Almaty: at the centre of the violence',
    blocks: [
      {
        type: 'p',
        text: 'Almaty, the commercial hub in the south-east, became the focal point. On the evening of 4 January, protesters gathered on Republic Square in the city centre. Police used stun grenades and tear gas and drove them off the square.',
      },
      {
        type: 'p',
        text: 'On Wednesday 5 January, a crowd stormed the city hall, the akimat on the southern edge of the square, and set it on fire. The building burned for days, and the prosecutor’s office was torched as well. Close by, the presidential residence was stormed and also set alight.',
      },
      {
        type: 'p',
        text: 'In the evening, protesters occupied Almaty airport. Passengers were taken to safety and flights cancelled, the airport’s press service said. A deputy mayor declared the airport freed that same evening.',
      },
      {
        type: 'p',
        text: 'Calm did not return. According to APA and dpa, the news site Vlast.kz reported gunfire on {{shootingSquares}} squares in the city and explosions overnight into Saturday 8 January; eyewitnesses were said to have seen a car in flames. Security forces patrolled in armoured vehicles, the two agencies wrote.',
      },
      {
        type: 'p',
        text: 'Little of this can be verified. Mobile internet was already disrupted on the evening of 4 January; on the afternoon of 5 January it was shut down almost completely across the country, as measurements by Cloudflare and NetBlocks show. Foreigners are currently barred from entering Kazakhstan.',
      },
    ],
    mapDescription:
      'The city of Almaty within its city boundary. Marked are Republic Square in the centre, the city hall (akimat) on its southern edge, the presidential residence to the south-east of it and Almaty airport to the north-east.',
  },
  nazarbayev: {
    kicker: '1989–2022',
    title: 'The anger at Nazarbayev',
    blocks: [
      {
        type: 'p',
        text: 'The fury on the streets was aimed not only at the government but also at a man who had already stepped down as president in 2019: Nursultan Nazarbayev. The former head of state was {{nazarbayevAge}} in January 2022, according to APA/dpa; he was born on 6 July 1940.',
      },
      {
        type: 'p',
        text: 'Nazarbayev was already running Kazakhstan in Soviet times. On 22 June 1989 he became head of the Communist Party in the Kazakh Soviet Socialist Republic, and on 24 April 1990 the republic’s president. After independence in December 1991 he remained head of state until 2019.',
      },
      {
        type: 'p',
        text: 'On 19 March 2019 he announced his resignation on television, and on 20 March Tokayev took over as president. Yet Nazarbayev gave up only part of his power: he stayed on as chairman of the Security Council, a post granted to him for life, and kept the honorary title of Elbasy, “Leader of the Nation”. According to APA and dpa, he was still regarded as the most powerful politician in the country.',
      },
      {
        type: 'p',
        text: 'Now he has lost the Security Council chair. On Wednesday 5 January, Tokayev announced in a televised address that he had taken it over himself. He also removed a nephew of Nazarbayev from the second-highest post in the KNB security service.',
      },
      {
        type: 'p',
        text: 'Since then there has been speculation about whether the former president has left the country. On Friday evening, 7 January, Alexander Lukashenko, the authoritarian leader of Belarus, spoke to him by telephone, the Belarusian state news agency BelTA reported. The two discussed the situation in Kazakhstan, it said. BelTA did not say who called whom, or where Nazarbayev was.',
      },
    ],
    mapDescription:
      'A section of the map from Eastern Europe to Central Asia. Marked are Nur-Sultan, the capital of Kazakhstan, and Minsk, the capital of Belarus, where the state news agency BelTA reported Lukashenko’s telephone call with Nazarbayev.',
  },
  crackdown: {
    kicker: '7 January 2022',
    title: 'A shoot-to-kill order against “terrorists”',
    blocks: [
      {
        type: 'p',
        text: 'On Friday 7 January, Tokayev declared that constitutional order had been largely restored. In a televised address he also ordered the security forces and the army to shoot without warning: according to APA and dpa, an order to fire on demonstrators.',
      },
      {
        type: 'quote',
        quote: {
          text: 'I have given the order to the security forces and the army to open fire to kill without warning.',
          speaker: 'Kassym-Jomart Tokayev, President of Kazakhstan',
          where: 'in a televised address',
          when: '2022-01-07',
          translated: true,
        },
      },
      {
        type: 'p',
        text: 'The president called his opponents on the streets “bandits” and “terrorists”, who in his words were well trained and organised. In his account of 7 January, {{attackersClaim}} attackers had struck Almaty in wave after wave. The government has presented no evidence for this figure. It is the president’s claim, not an established fact.',
      },
      {
        type: 'p',
        text: 'For comparison: the military alliance that Tokayev had called to his aid announced {{cstoTotal}} troops for its mission in Kazakhstan, according to its secretary-general on 6 January. More on that below.',
      },
      {
        type: 'p',
        text: 'Tokayev ruled out talks. Overnight into 8 January he defended his order on Twitter: there would be no negotiations with “terrorists” who had killed people and set buildings on fire.',
      },
    ],
    mapDescription:
      'The city of Almaty within its city boundary. Republic Square in the centre and Almaty airport to the north-east are marked.',
  },
  toll: {
    kicker: 'As of 8 January 2022',
    title: 'The toll so far',
    blocks: [
      {
        type: 'p',
        text: 'How many people lost their lives in these days is an open question. Up to 8 January, the only figures came from the authorities.',
      },
      {
        type: 'p',
        text: 'On Friday 7 January, the Interior Ministry reported {{killed}} dead, in figures broadcast by the state channel Khabar 24. The ministry did not speak of demonstrators but of “armed criminals” who had been “liquidated”. The APA and dpa report speaks of {{killed:num}} demonstrators killed.',
      },
      {
        type: 'p',
        text: 'There were deaths among the security forces, too. On 7 January the Interior Ministry reported {{securityKilled}} police officers and members of the National Guard killed. APA and dpa, citing official figures, write of {{securityKilledReport}} police officers and soldiers dead.',
      },
      {
        type: 'p',
        text: 'The number of arrests rose by the day. On Friday 7 January the Interior Ministry reported {{detained7Jan}} people detained; on Saturday 8 January it gave a figure of {{detainedMvd}}. The APA and dpa report speaks of {{detained}} arrests across the country.',
      },
      {
        type: 'p',
        text: 'According to APA and dpa, new figures were expected on Saturday, and there were fears that many more civilians could be killed. None of these figures could be checked independently: the internet was largely shut down, and foreign reporters could not get into the country.',
      },
    ],
    mapDescription:
      'The whole of Kazakhstan. Almaty, Nur-Sultan, Aktau and Zhanaozen are marked for orientation.',
  },
  borders: {
    kicker: 'Geopolitics',
    title: 'Between Moscow and Beijing',
    blocks: [
      {
        type: 'p',
        text: 'Kazakhstan borders two great powers. The border with Russia is {{borderRussia}} long, according to the CIA World Factbook. That is more than half of all Kazakhstan’s land borders, which the Factbook puts at {{borderTotal}} in total.',
      },
      {
        type: 'p',
        text: 'In the east, according to the same source, Kazakhstan shares a {{borderChina}} border with China. To the south lie Uzbekistan, Kyrgyzstan and Turkmenistan.',
      },
      {
        type: 'p',
        text: 'The former Soviet republic is allied with Russia in a military alliance, the very alliance Tokayev turned to for help on 5 January. When Tokayev thanked foreign leaders for their support on 7 January, he named Russian President Vladimir Putin and also the Chinese leadership, as well as the leaders of Uzbekistan and Turkey.',
      },
      {
        type: 'p',
        text: 'Then there are the natural resources. Kazakhstan is rich in oil and gas. For the European Union, the country is one of its most important suppliers of crude oil, as APA and dpa point out.',
      },
    ],
    mapDescription:
      'Kazakhstan and its neighbours. The border with Russia in the north and west and the border with China in the east are highlighted and labelled with their lengths.',
  },
  csto: {
    kicker: '5–7 January 2022',
    title: 'The call to Moscow’s alliance',
    blocks: [
      {
        type: 'p',
        text: 'Late on the evening of 5 January, Tokayev asked for military help from abroad, a step APA and dpa called surprising. He turned to the Collective Security Treaty Organization (CSTO). Besides Kazakhstan and Russia, the Russian-led pact includes Belarus, Armenia, Kyrgyzstan and Tajikistan, all of them former Soviet republics. At a meeting of the Security Council broadcast by the state channel Khabar 24, Tokayev spoke of a terrorist threat from gangs that had been trained abroad.',
      },
      {
        type: 'p',
        text: 'The answer came that same night. Armenian Prime Minister Nikol Pashinyan, who currently chairs the CSTO’s highest body, announced on Facebook that the alliance would send troops for a limited period. On the morning of 6 January the first Russian units arrived, according to the Russian Defence Ministry.',
      },
      {
        type: 'p',
        text: 'CSTO Secretary-General Stanislav Zas put the force at {{cstoTotal}} troops on 6 January, among them Russian paratroopers. Armenia sent {{cstoArmenia}} soldiers, according to its Defence Ministry on 7 January. Kyrgyzstan’s parliament approved sending {{cstoKyrgyzstan}} soldiers the same day. Tajikistan intended to send {{cstoTajikistan}}, according to a source quoted by the RIA Novosti agency on 6 January. Russia and Belarus have not published how many soldiers they sent.',
      },
      {
        type: 'p',
        text: 'According to Tokayev, the troops were to guard airports, military depots and other strategic sites. Russian forces have controlled Almaty airport together with Kazakh law enforcement since 7 January, according to the Defence Ministry in Moscow.',
      },
      {
        type: 'p',
        text: 'According to APA and dpa, the deployment caused concern in the West. Alexander Libman, an expert on Eastern Europe at the Free University of Berlin, told the news site Watson:',
      },
      {
        type: 'quote',
        quote: {
          text: 'I’m shocked at how quickly Kazakhstan asked for military help – and how quickly it got it.',
          speaker: 'Alexander Libman, Eastern Europe expert, Free University of Berlin',
          where: 'told Watson, quoted by APA/dpa',
          when: '2022-01-08',
          translated: true,
        },
      },
      {
        type: 'p',
        text: 'As Libman sees it, Kremlin leader Vladimir Putin is exploiting the situation. But he could not yet tell whose initiative it had been, he said. It did not look like a Russian one: Kazakhstan had been very protective of its sovereignty and had always taken care not to become dependent on Russia.',
      },
    ],
    mapDescription:
      'A section of the map from Eastern Europe to Central Asia. Marked are the capitals of the CSTO states that sent troops: Moscow, Minsk, Yerevan, Bishkek and Dushanbe, each with a line to Almaty.',
  },
  reactions: {
    kicker: '7–8 January 2022',
    title: 'Concern in the West',
    blocks: [
      {
        type: 'p',
        text: 'According to APA and dpa, the actions of the authoritarian regime and the deployment of foreign troops caused concern in the West. On Friday 7 January, Austria’s Foreign Minister Alexander Schallenberg of the Austrian People’s Party (ÖVP) appealed to all sides in Kazakhstan to show restraint and refrain from further violence. On Twitter he wrote:',
      },
      {
        type: 'quote',
        quote: {
          text: 'The right to peaceful assembly must always be respected. Demonstrations must remain non-violent.',
          speaker: 'Alexander Schallenberg (ÖVP), Austrian Foreign Minister',
          where: 'on Twitter',
          when: '2022-01-07',
          translated: true,
        },
      },
      {
        type: 'p',
        text: 'NATO spoke out as well. The alliance and its member states were very concerned and regretted the loss of life, Secretary-General Jens Stoltenberg said, according to APA/dpa on 8 January. It was important that the violence ended and that human rights were respected, including the right to peaceful protest, he said.',
      },
      {
        type: 'p',
        text: 'Germany halted arms exports to Kazakhstan, the German Press Agency (dpa) learned on 8 January. According to dpa, Germany granted {{armsLicences}} licences in 2021 for the export of such goods to the country, worth {{armsValue}} in total.',
      },
      {
        type: 'p',
        text: 'Tokayev, for his part, addressed business abroad. Overnight into 8 January he wrote on Twitter:',
      },
      {
        type: 'quote',
        quote: {
          text: 'The open-door policy for foreign direct investment will remain a core strategy for Kazakhstan.',
          speaker: 'Kassym-Jomart Tokayev, President of Kazakhstan',
          where: 'on Twitter overnight into Saturday, quoted by APA/dpa',
          when: '2022-01-08',
          translated: true,
        },
      },
    ],
    mapDescription:
      'Europe and Central Asia. Marked are Berlin, Vienna, Brussels as the seat of NATO, and Nur-Sultan, the capital of Kazakhstan.',
  },
  sources: {
    kicker: 'Method and postscript',
    title: 'Sources – and what came next',
    blocks: [
      {
        type: 'p',
        text: 'This explainer is based on a report by the Austria Presse Agentur (APA) and the German Press Agency (dpa) of Saturday 8 January 2022. We have retold it in our own words, checked its information and added to it.',
      },
      {
        type: 'p',
        text: 'Further sources include the Kazakh Interior Ministry and the state broadcaster Khabar 24, the news site Vlast.kz as quoted by APA and dpa, the Belarusian state news agency BelTA, the German Press Agency on arms exports, statements by the CSTO and by the defence ministries of the countries that sent troops, the CIA World Factbook for the border lengths, an analysis by the Jamestown Foundation, reporting by Radio Free Europe/Radio Liberty, and internet measurements by Cloudflare and NetBlocks. For every figure we give the source and the date.',
      },
      {
        type: 'p',
        text: 'All figures in the chapters are as of 8 January 2022. The figures for the dead, the detained and the troops come from authorities and governments that were themselves involved in the events. At the time, hardly anything could be checked independently. Figures contradict one another because they were counted at different times, because they covered different groups, and because different terms were used: where APA and dpa wrote of demonstrators, the Interior Ministry spoke of armed criminals.',
      },
      {
        type: 'p',
        text: 'Postscript: the official death toll changed several times afterwards. On 7 January the Interior Ministry had reported {{killed}} “armed criminals” killed and {{securityKilled}} members of the security forces dead. On 9 January the Health Ministry and a government Telegram channel put the toll at {{deaths9Jan}}; that figure was later withdrawn. On 15 January the Prosecutor General’s Office spoke of {{deaths15Jan}} dead, among them {{securityKilled15Jan}} police officers and soldiers.',
      },
      {
        type: 'p',
        text: 'The final official figure is {{deathsFinal}} dead, including people who died in custody. Human Rights Commissioner Elvira Azimova gave it on 14 March 2022, and Prosecutor General Berik Asylov confirmed it in parliament on 5 January 2023. Human rights groups believe the true toll is higher still.',
      },
      {
        type: 'p',
        text: 'The number of detentions kept rising as well: on 11 January the Interior Ministry gave {{detainedPeak}}, the last figure available to us. At the CSTO video summit on 10 January, Tokayev put the force actually deployed at {{cstoOfficial}} troops; {{cstoTotal}} had been announced. The troops began to leave on 13 January, and according to Russian Defence Minister Sergei Shoigu the withdrawal was to be complete by 19 January. The state of emergency was lifted step by step and ended across the country on 19 January.',
      },
      {
        type: 'p',
        text: 'And Nazarbayev? His spokesman said on 8 January that the former president was in Nur-Sultan. Shortly afterwards the spokesman said that Nazarbayev had given up the chairmanship of the Security Council voluntarily. At the end of January 2022, parliament abolished the lifetime chairmanship by law. Since 17 September 2022 the capital has once again been called Astana.',
      },
    ],
    mapDescription: 'The whole of Kazakhstan, with nothing highlighted.',
  },
};
