### Integrationskonzept „Ankommen – Aufnehmen – Integrieren“: deutsche Texte (Quelle)

-district = Spree-Neiße

directory = Integrationskonzept für Menschen mit Migrationshintergrund
    .region = Landkreis Spree-Neiße / Wokrejs Sprjewja-Nysa
    .motto = Ankommen – Aufnehmen – Integrieren
    .description = Das Konzept ist in einem Beteiligungsprozess entstanden: Den Anfang machte die 1. Integrationskonferenz am 25. November 2016 in der Kreisverwaltung in Forst (Lausitz). Danach haben neun Arbeitsgruppen Ziele, Handlungsempfehlungen und Maßnahmen für neun Handlungsfelder erarbeitet. Das Konzept ist ein Angebot und nie fertig – wir entwickeln es ständig gemeinsam weiter.
    .demo-notice = Achtung, das sind Demodaten: Alle Ansprechpersonen, Telefonnummern und E-Mail-Adressen sind erfunden. Anbieter mit dem Zusatz „(Demo)“ gibt es nicht.

## Grundsätze: das Integrationsverständnis des Landkreises

principle-mutual-acceptance = Akzeptanz und Toleranz auf beiden Seiten
    .description = Einheimische und Zugewanderte begegnen sich mit Respekt. Beide Seiten nehmen einander an, auch wenn sie verschieden sind.

principle-becoming-part = Teil der Gesellschaft werden
    .description = Zugewanderte werden Teil der Gesellschaft im Landkreis { -district }. Sie gehören dazu – mit gleichen Rechten und Pflichten.

principle-bringing-in = Eigenes einbringen
    .description = Niemand muss seine Herkunft, Sprache oder Kultur aufgeben. Besondere Fähigkeiten und Erfahrungen werden eingebracht und bereichern das Zusammenleben.

principle-moving-towards = Aufeinander zugehen
    .description = Integration gelingt nur, wenn alle aufeinander zugehen: Zugewanderte und Einheimische, Nachbarn, Vereine, Betriebe und Behörden.

## Zielgruppen

target-group-adults = Erwachsene
    .description = Zugewanderte ab 27 Jahren.

target-group-youth = Jugendliche und junge Erwachsene (12–27)
    .description = Junge Menschen in Schule, Ausbildung, Studium oder auf Arbeitssuche.

target-group-children = Kinder
    .description = Kinder bis 12 Jahre, in der Kita und in der Grundschule.

target-group-families = Familien
    .description = Eltern mit Kindern und werdende Eltern.

target-group-women = Frauen
    .description = Angebote, die sich besonders an Frauen und Mädchen richten.

target-group-refugees = Asylsuchende und Geflüchtete
    .description = Menschen im Asylverfahren und Menschen mit Schutzstatus oder Duldung.

target-group-eu-citizens = EU-Bürgerinnen und EU-Bürger
    .description = Menschen aus anderen Ländern der Europäischen Union, zum Beispiel aus Polen.

target-group-skilled-workers = Fachkräfte aus dem Ausland
    .description = Menschen, die mit einem Berufsabschluss oder Studium aus dem Ausland kommen.

target-group-volunteers = Ehrenamtliche
    .description = Menschen, die sich freiwillig für ein gutes Miteinander engagieren.

target-group-everyone = Alle
    .description = Offen für alle Menschen im Landkreis, ob zugewandert oder nicht.

target-group-seniors = Ältere Menschen
    .description = Seniorinnen und Senioren, zugewandert oder einheimisch.

## Handlungsfelder

field-education = Bildung und Sprache
    .description = Die deutsche Sprache ist ein wichtiger Schlüssel zum Ankommen. In diesem Feld geht es um Sprachkurse, Kita und Schule für Kinder, Jugendliche und Erwachsene.

field-culture-religion = Kultur und Religionen
    .description = Menschen bringen ihre Kultur und ihren Glauben mit in den Landkreis. Wir fördern Begegnung, Gespräch und das Kennenlernen der regionalen, auch sorbisch/wendischen Kultur.

field-conflicts = Umgang mit Konflikten
    .description = Wo Menschen zusammenleben, gibt es auch Streit. Hier geht es darum, Konflikte früh zu erkennen, fair zu lösen und gegen Diskriminierung vorzugehen.

field-housing = Wohnen
    .description = Eine eigene Wohnung ist die Grundlage für ein selbstständiges Leben. Wir helfen beim Auszug aus der Gemeinschaftsunterkunft und bei einem guten Miteinander in der Nachbarschaft.

field-work = Arbeit und Ausbildung
    .description = Arbeit sichert den Lebensunterhalt und schafft Kontakte. Wir unterstützen den Weg in Ausbildung und Beruf und die Anerkennung ausländischer Abschlüsse.

field-volunteering = Ehrenamt
    .description = Ohne Ehrenamtliche wäre Integration im ländlichen Raum kaum möglich. Wir begleiten, schulen und würdigen sie und laden Zugewanderte ein, sich selbst zu engagieren.

field-leisure = Freizeit
    .description = In Sportverein, Jugendtreff oder Garten lernen sich Menschen am leichtesten kennen. Wir öffnen Freizeitangebote für alle und helfen, auch vom Dorf aus dorthin zu kommen.

field-health = Gesundheit
    .description = Alle sollen wissen, wo sie Hilfe bekommen, wenn sie krank sind. Dazu gehören Sprachmittlung beim Arzt, Impfungen und Hilfe bei seelischen Belastungen.

field-social-legal = Soziales, Recht und Behörden
    .description = Aufenthalt, Leistungen und Anträge sind oft schwer zu verstehen. Wir sorgen für gute Beratung, verständliche Behörden und Sprechstunden auch in den kleinen Orten.

## Ziele

goal-education-early-german = Alle Zugewanderten lernen so früh wie möglich Deutsch.
goal-education-school-start = Kinder und Jugendliche bekommen schnell einen Platz in Kita oder Schule und werden dort gut begleitet.
goal-education-course-access = Sprachkurse sind auch auf dem Land gut erreichbar, auch für Eltern mit kleinen Kindern.

goal-culture-religion-encounter = Einheimische und Zugewanderte begegnen sich regelmäßig und lernen die Kultur der anderen kennen.
goal-culture-religion-dialogue = Menschen verschiedener Religionen sprechen miteinander und respektieren sich.
goal-culture-religion-sorbian = Zugewanderte lernen die sorbisch/wendische Sprache und Kultur der Region kennen.

goal-conflicts-early-help = Konflikte werden früh erkannt und friedlich gelöst.
goal-conflicts-discrimination = Wer Diskriminierung erlebt, findet Beratung und Unterstützung.
goal-conflicts-schools = Schülerinnen und Schüler lernen, mit Vielfalt und Streit gut umzugehen.

goal-housing-own-flat = Geflüchtete ziehen möglichst bald aus der Gemeinschaftsunterkunft in eine eigene Wohnung.
goal-housing-good-neighbours = Zugewanderte und Einheimische leben als gute Nachbarn zusammen.
goal-housing-decentral = Zugewanderte wohnen verteilt in den Städten und Gemeinden des Landkreises.

goal-work-quick-entry = Zugewanderte finden schneller eine Arbeit oder Ausbildung, die zu ihren Fähigkeiten passt.
goal-work-recognition = Ausländische Berufs- und Studienabschlüsse werden anerkannt und genutzt.
goal-work-employers = Betriebe in der Region stellen Zugewanderte ein und bilden sie aus.

goal-volunteering-support = Ehrenamtliche werden begleitet, geschult und wertgeschätzt.
goal-volunteering-migrants-active = Zugewanderte engagieren sich selbst ehrenamtlich.

goal-leisure-join-clubs = Zugewanderte machen in Vereinen und bei Freizeitangeboten vor Ort mit.
goal-leisure-youth-places = Jugendliche haben Treffpunkte, an denen sie sich begegnen können.
goal-leisure-mobility = Auch Menschen in den Dörfern kommen zu Kursen, Vereinen und Treffpunkten.

goal-health-access = Zugewanderte kennen das Gesundheitssystem und finden Ärztinnen und Ärzte.
goal-health-language = Beim Arzt, in der Klinik und im Gesundheitsamt gibt es Sprachmittlung.
goal-health-mental = Geflüchtete mit seelischen Belastungen oder Traumata bekommen Hilfe.

goal-social-legal-orientation = Zugewanderte wissen, welche Stelle wofür zuständig ist.
goal-social-legal-counselling = Unabhängige Beratung ist in Forst, Guben und Spremberg und auch in den Ämtern erreichbar.
goal-social-legal-welcoming-offices = Behörden arbeiten freundlich, verständlich und offen für alle.

## Handlungsempfehlungen

recommendation-education-more-courses = Mehr Sprachkurse in der Fläche anbieten, auch am Abend und in Teilzeit.
recommendation-education-childcare = Sprachkurse mit Kinderbetreuung verbinden, damit auch Mütter und Väter teilnehmen können.
recommendation-education-school-support = Schulen und Lehrkräfte bei der Aufnahme von Seiteneinsteigern unterstützen.

recommendation-culture-religion-shared-events = Feste und Veranstaltungen gemeinsam mit Zugewanderten planen, nicht nur für sie.
recommendation-culture-religion-faith-knowledge = Wissen über Religionen, Feiertage und Speiseregeln in Kitas, Schulen und Betrieben verbreiten.
recommendation-culture-religion-bilingual-region = Die deutsch-sorbische Zweisprachigkeit der Region in Willkommensangeboten zeigen.

recommendation-conflicts-mediation-offer = Mediation für Nachbarschaften und Unterkünfte anbieten.
recommendation-conflicts-report-point = Eine unabhängige Anlaufstelle bei Diskriminierung schaffen und bekannt machen.
recommendation-conflicts-staff-training = Fachkräfte in Verwaltung, Schule und Jugendarbeit im Umgang mit Konflikten und Vorurteilen schulen.

recommendation-housing-move-out-help = Geflüchtete beim Auszug begleiten: Wohnungssuche, Mietvertrag, Anmeldung und Einzug.
recommendation-housing-landlord-cooperation = Eng mit Wohnungsgesellschaften und privaten Vermietern zusammenarbeiten.
recommendation-housing-tenant-info = Mieterinnen und Mieter in mehreren Sprachen über Rechte und Pflichten informieren, zum Beispiel zu Hausordnung, Heizen und Mülltrennung.

recommendation-work-skills-check = Fähigkeiten und Abschlüsse früh erfassen und die Anerkennung anstoßen.
recommendation-work-language-and-job = Sprachkurs und Praktikum oder Arbeit miteinander verbinden.
recommendation-work-employer-advice = Betriebe zur Beschäftigung und Ausbildung von Zugewanderten beraten.

recommendation-volunteering-coordination = Eine feste Stelle schaffen, die Ehrenamt im ganzen Landkreis koordiniert.
recommendation-volunteering-training = Regelmäßige Schulungen und Austausch für Ehrenamtliche anbieten.
recommendation-volunteering-appreciation = Ehrenamtliches Engagement öffentlich anerkennen und würdigen.

recommendation-leisure-open-clubs = Vereine öffnen sich und senken Hürden wie Beiträge, Sprache oder Ausrüstung.
recommendation-leisure-mobility-help = Mobilität fördern, zum Beispiel mit Fahrrädern, Radfahrkursen und Fahrgemeinschaften.
recommendation-leisure-women-offers = Eigene Freizeitangebote für Frauen und Mädchen schaffen.

recommendation-health-interpreters = Einen Pool von Sprachmittlerinnen und Sprachmittlern aufbauen und die Kosten klären.
recommendation-health-info-material = Mehrsprachig über Gesundheit, Impfungen und Vorsorge informieren.
recommendation-health-psychosocial-care = Psychosoziale Beratung und Therapie für Geflüchtete in der Region ausbauen.

recommendation-social-legal-guide = Einen mehrsprachigen Wegweiser zu Beratung und Behörden herausgeben und aktuell halten.
recommendation-social-legal-easy-language = Bescheide, Formulare und Abläufe in einfacher Sprache erklären.
recommendation-social-legal-outreach = Sprechstunden auch in den Ämtern und kleineren Orten anbieten.

## Maßnahmen

# 1 Bildung und Sprache

measure-education-childcare-courses = Sprachkurse mit Kinderbetreuung und Alphabetisierung
    .description = In Peitz und Döbern gibt es Deutschkurse, bei denen kleine Kinder während des Unterrichts betreut werden. In Forst lernen Erwachsene im Integrationskurs mit Alphabetisierung zusätzlich Lesen und Schreiben.

measure-education-newcomer-schools = Beratungsstelle für Seiteneinsteiger in Schule und Kita
    .description = Das Staatliche Schulamt hat eine zentrale Beratung für zugewanderte Kinder und Jugendliche eingerichtet, die neu in eine Schule kommen. Das Jugendamt berät Familien bei der Suche nach einem Kita-Platz.
    .time-frame-note = Aufbau 2017/2018 abgeschlossen; beide Beratungen laufen seitdem dauerhaft weiter.

measure-education-course-shuttle = Kursbus aus dem Amt Döbern-Land nach Forst
    .description = Ein Kleinbus sollte Teilnehmende aus den Dörfern zum Integrationskurs nach Forst bringen. Weil ihn zu wenige Menschen nutzen konnten, wurde der Versuch beendet; stattdessen gibt es jetzt einen Sprachkurs direkt in Döbern.

measure-education-learning-mentors = Lernpaten für Schulkinder in allen Mittelzentren
    .description = Ehrenamtliche Lernpatinnen und Lernpaten helfen Schulkindern bei den Hausaufgaben und beim Deutschlernen. Nach Guben und Spremberg wird das Angebot jetzt auch in Forst aufgebaut.

# 2 Kultur und Religionen

measure-culture-religion-intercultural-week = Interkulturelle Woche im Landkreis { -district }
    .description = Jedes Jahr im Herbst laden Netzwerke, Vereine und Gemeinden zu Festen, Lesungen, Sport und Gesprächen ein. Zugewanderte und Einheimische planen das Programm gemeinsam.
    .time-frame-note = Jährlich Ende September, seit 2017.

measure-culture-religion-interfaith-circle = Interreligiöser Gesprächskreis in Forst
    .description = Menschen verschiedener Religionen und Menschen ohne Religion treffen sich regelmäßig zum Gespräch. Auf Anfrage kommen Mitglieder des Kreises auch in Schulen und Kitas.

measure-culture-religion-sorbian-welcome = Sorbische Kultur kennenlernen
    .description = In Peitz laden Sorbinnen und Sorben Zugewanderte zu Festen wie Zapust und Ostern ein und zeigen erste Wörter auf Niedersorbisch. So lernen Neue die Zweisprachigkeit der Region kennen.

measure-culture-religion-international-library = Aufbau der Internationalen Bibliothek Spremberg
    .description = Die Stadtbibliothek Spremberg hat Bücher, Zeitschriften und Hörbücher in vielen Sprachen angeschafft. Der Bestand wird seitdem laufend ergänzt.
    .time-frame-note = Aufbau 2018/2019 abgeschlossen; die Bibliothek ist ein dauerhaftes Angebot.

# 3 Umgang mit Konflikten

measure-conflicts-neighbourhood-mediation = Nachbarschaftsmediation in Guben
    .description = Geschulte Mediatorinnen und Mediatoren helfen, wenn es im Haus oder im Wohngebiet Streit gibt. Sie vermitteln neutral und auf Wunsch mit Sprachmittlung.

measure-conflicts-anti-discrimination-advice = Mobile Antidiskriminierungsberatung
    .description = Wer wegen Herkunft, Hautfarbe, Religion oder Sprache benachteiligt wird, bekommt vertrauliche Beratung. Die Beratung kommt auch in die kleineren Orte des Landkreises.

measure-conflicts-school-training = Konflikttraining für Schulklassen
    .description = Die RAA Cottbus bietet Schulklassen Trainings zu Streitschlichtung, Vorurteilen und Vielfalt an. Lehrkräfte können die Trainings über das Schulamt anfragen.

measure-conflicts-staff-workshops = Fortbildungsreihe „Konflikte und Vorurteile“ für Fachkräfte
    .description = Mitarbeitende der Kreisverwaltung, der Ämter und der Jugendarbeit sollen lernen, Konflikte früh zu erkennen und Diskriminierung zu vermeiden. Die Reihe wird gerade vorbereitet.
    .time-frame-note = Geplant für 2027.

# 4 Wohnen

measure-housing-move-out-management = Auszugsmanagement aus den Gemeinschaftsunterkünften
    .description = Die Migrationssozialarbeit hilft Geflüchteten, eine eigene Wohnung zu finden und umzuziehen. Sie arbeitet dabei mit Vermietern, dem Jobcenter und den Städten zusammen.

measure-housing-tenant-guide = Mehrsprachiger Wohnführerschein
    .description = In einem kurzen Kurs lernen neue Mieterinnen und Mieter das Wichtigste über Mietvertrag, Nebenkosten, Heizen, Lüften und Mülltrennung. Die Kursunterlagen gibt es in mehreren Sprachen; sie werden heute in der Mieter- und Wohnberatung genutzt.

measure-housing-flat-exchange = Wohnungsbörse mit privaten Vermietern
    .description = Private Vermieter sollten freie Wohnungen über eine gemeinsame Börse anbieten. Es kamen zu wenige Angebote zusammen; Wohnungen werden jetzt direkt über die Wohnberatung und das Auszugsmanagement vermittelt.

measure-housing-neighbourhood-festivals = Nachbarschaftsfeste in Wohngebieten
    .description = In Wohngebieten mit vielen neuen Mieterinnen und Mietern sollen kleine Feste stattfinden, bei denen sich Nachbarn kennenlernen. Die Netzwerke in Forst und Guben planen sie gemeinsam mit der Wohnungsgesellschaft.
    .time-frame-note = Erste Feste im Frühjahr und Sommer 2027 geplant.

# 5 Arbeit und Ausbildung

measure-work-migration-team = Team Migration und Integration im Jobcenter
    .description = Ein eigenes Team im Jobcenter berät Zugewanderte zu Arbeit, Ausbildung und Sprachkursen. Es erfasst früh, was die Menschen schon können.

measure-work-recognition-days = Sprechtage zur Anerkennung ausländischer Abschlüsse
    .description = Regelmäßige Sprechtage in Forst und Spremberg helfen dabei, Berufs- und Studienabschlüsse aus dem Ausland anerkennen zu lassen. Die Beratung ist kostenlos.

measure-work-job-language-internship = Berufssprachkurse mit Praktikum
    .description = Teilnehmende verbinden einen Berufssprachkurs mit einem Praktikum in einem Betrieb der Region. So lernen sie die Fachsprache direkt bei der Arbeit.

measure-work-crafts-apprenticeships = Ausbildung im Handwerk für junge Zugewanderte
    .description = Junge Zugewanderte lernen Handwerksbetriebe kennen und werden bis zum Ausbildungsvertrag begleitet. Betriebe bekommen Beratung zu Aufenthalt, Förderung und Sprachunterstützung.
    .time-frame-note = Projekt läuft bis Januar 2027.

# 6 Ehrenamt

measure-volunteering-agency = Freiwilligenagentur { -district }
    .description = Die Freiwilligenagentur vermittelt Menschen, die helfen wollen, an passende Aufgaben – auch Zugewanderte, die sich selbst engagieren möchten. Sie ist Anlaufstelle für alle Willkommensnetzwerke.

measure-volunteering-training-series = Qualifizierungsreihe für Ehrenamtliche
    .description = Ehrenamtliche lernen in Workshops zum Beispiel etwas über Asylrecht, interkulturelle Kommunikation und den Schutz vor Überlastung. Dabei tauschen sie sich mit anderen Ehrenamtlichen aus.

measure-volunteering-sponsorships = Patenschaften in den Willkommensnetzwerken
    .description = In Forst, Guben und Spremberg begleiten Patinnen und Paten neue Familien im Alltag, etwa bei Behördengängen oder beim Deutschlernen. Die Netzwerke bedanken sich jedes Jahr mit einem gemeinsamen Fest bei allen Engagierten.

measure-volunteering-online-exchange = Online-Ehrenamtsbörse
    .description = Auf einer Internetseite sollten Vereine Aufgaben für Ehrenamtliche anbieten. Die Börse wurde kaum genutzt und deshalb eingestellt; die Freiwilligenagentur vermittelt jetzt im persönlichen Gespräch.

# 7 Freizeit

measure-leisure-sports-integration = Integration durch Sport
    .description = Sportvereine öffnen ihr Training für Zugewanderte, zum Beispiel beim offenen Fußball in Forst. In Guben gibt es Schwimmkurse nur für Frauen und Kinder.

measure-leisure-bike-workshop = Fahrradwerkstatt und Radfahrkurse in Spremberg
    .description = In der Fahrradwerkstatt reparieren Ehrenamtliche und Zugewanderte gespendete Räder gemeinsam. Wer nicht Rad fahren kann, lernt es im Radfahrkurs, auch die Verkehrsregeln.

measure-leisure-garden-peitz = Aufbau des Interkulturellen Gartens in Peitz
    .description = Auf einer Fläche des Amtes Peitz haben Einheimische und Zugewanderte gemeinsam einen Garten angelegt. Heute gärtnern dort Familien, Frauengruppen und Nachbarn zusammen.
    .time-frame-note = Aufbau 2019 abgeschlossen; der Garten wird weiter gemeinsam gepflegt.

measure-leisure-youth-meeting-points = Internationale Jugendtreffs in Welzow und Drebkau
    .description = Offene Treffs geben Jugendlichen auch in kleineren Orten einen Platz für Freizeit, Gespräche und Hausaufgaben. Das Jugendamt begleitet den Aufbau bis Ende 2026.

# 8 Gesundheit

measure-health-interpreter-network = Aufbau des Sprachmittlerpools { -district }
    .description = Geschulte Sprachmittlerinnen und Sprachmittler begleiten Zugewanderte zu Ärzten, Behörden und Schulen. Der Pool wurde 2018 aufgebaut und wird seitdem dauerhaft genutzt.

measure-health-vaccination-hours = Gesundheitsberatung und Impfsprechstunde
    .description = Das Gesundheitsamt berät Zugewanderte zu Impfungen, Vorsorge und dem Weg zur Hausärztin oder zum Hausarzt. Schwangere und Familien finden zusätzlich Beratung im Frauen- und Familienzentrum Guben.

measure-health-psychosocial-outreach = Außensprechstunden des Psychosozialen Zentrums
    .description = Das Psychosoziale Zentrum bietet neben Guben auch Sprechstunden in Forst und Spremberg an. So werden Wege zur Hilfe bei Trauma und seelischer Belastung kürzer.
    .time-frame-note = Erprobung bis Ende 2026; danach soll über eine feste Fortführung entschieden werden.

measure-health-printed-guide = Gedruckter Gesundheitswegweiser
    .description = Ein mehrsprachiges Heft sollte Arztpraxen, Apotheken und Beratungsstellen auflisten. Weil sich die Angaben zu oft ändern, wurde das Heft nicht gedruckt; die Informationen fließen in den digitalen Wegweiser ein.

# 9 Soziales, Recht und Behörden

measure-social-legal-counselling-network = Migrationsberatung in den drei Mittelzentren
    .description = In Forst, Guben und Spremberg gibt es feste Migrationsberatungen für Erwachsene. Sie helfen bei Fragen zu Aufenthalt, Anträgen, Sprachkursen, Arbeit und Familie.

measure-social-legal-outreach-hours = Sprechstunden in den Ämtern
    .description = Die Ausländerbehörde hat eine Außensprechstunde in Guben. Im Amt Burg (Spreewald) und im Amt Döbern-Land gibt es eigene Sprechstunden zu Integration, damit niemand weit fahren muss.

measure-social-legal-welcome-folder = Willkommensmappe in den Bürgerbüros
    .description = Wer sich in Forst, Guben oder Spremberg anmeldet, bekommt im Bürgerbüro eine Willkommensmappe mit den wichtigsten Adressen. Die Texte sind in einfacher Sprache und in mehreren Sprachen geschrieben.
    .time-frame-note = Erstellt 2018/2019; die Mappe wird in den Bürgerbüros weiter ausgegeben.

measure-social-legal-digital-guide = Digitaler Wegweiser in vielen Sprachen
    .description = Dieser Wegweiser bündelt das Integrationskonzept und die Angebote im Landkreis online und in vielen Sprachen, auch auf Niedersorbisch. Die Geschäftsstelle der Steuerungsgruppe hält die Daten aktuell.
    .time-frame-note = Erste Fassung bis Ende 2026; danach laufende Pflege.
