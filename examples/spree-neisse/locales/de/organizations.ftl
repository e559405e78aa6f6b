### Gemeinden, Organisationen, Orte und Kontakte (deutscher Quelltext).
### Demo-Daten: Telefonnummern, E-Mail-Adressen und Webseiten sind erfunden.

## Gemeinden (die amtlichen Namen stehen in base.toml)

municipality-forst =
    .description = Kreisstadt an der Neiße mit der Kreisverwaltung, direkt an der Grenze zu Polen.

municipality-guben =
    .description = Grenzstadt an der Neiße; auf der anderen Seite des Flusses liegt die polnische Nachbarstadt Gubin.

municipality-spremberg =
    .description = Stadt an der Spree im Süden des Landkreises und Mittelzentrum für die Dörfer ringsum.

## Organisationen: Behörden und öffentliche Stellen

organization-district-office = Landkreis Spree-Neiße, Kreisverwaltung
    .description = Die Verwaltung des Landkreises in Forst (Lausitz), zuständig für Aufgaben im ganzen Kreis.

organization-immigration-office = Ausländerbehörde des Landkreises Spree-Neiße
    .description = Hier geht es um Aufenthalt, Aufenthaltstitel, Verlängerungen und Pässe.

organization-jobcenter = Jobcenter Spree-Neiße
    .description = Das kommunale Jobcenter des Landkreises zahlt Geld zum Leben (Grundsicherung) und hilft bei der Suche nach Arbeit und Ausbildung.

organization-employment-agency = Agentur für Arbeit Cottbus
    .description = Berufsberatung und Arbeitsvermittlung, mit Geschäftsstellen in Forst, Guben und Spremberg.

organization-social-office = Sozialamt des Landkreises Spree-Neiße
    .description = Zuständig für Leistungen nach dem Asylbewerberleistungsgesetz und für die Unterbringung von Geflüchteten.

organization-health-office = Gesundheitsamt des Landkreises Spree-Neiße
    .description = Berät zu Gesundheit, Impfungen und Untersuchungen und schützt vor ansteckenden Krankheiten.

organization-youth-office = Jugendamt des Landkreises Spree-Neiße
    .description = Hilft Kindern, Jugendlichen und Familien, zum Beispiel bei Kita-Plätzen und in der Erziehung.

organization-school-office = Staatliches Schulamt Cottbus
    .description = Die Schulaufsicht des Landes für die Region; sie hilft zugewanderten Kindern, die passende Schule zu finden.

organization-vhs = Volkshochschule Spree-Neiße
    .description = Die Kreisvolkshochschule bietet Integrationskurse, Berufssprachkurse und andere Kurse für Erwachsene an.

organization-raa-cottbus = RAA Cottbus (Regionale Arbeitsstelle für Bildung, Integration und Demokratie Brandenburg e.V.)
    .description = Berät Schulen, Gemeinden und Initiativen zu Integration und Demokratie und hat das Integrationskonzept des Landkreises mit begleitet.

organization-town-forst = Stadt Forst (Lausitz)
    .description = Die Stadtverwaltung von Forst mit dem Bürgerbüro für An- und Ummeldungen.

organization-town-guben = Stadt Guben
    .description = Die Stadtverwaltung von Guben mit dem Bürgerbüro für An- und Ummeldungen.

organization-town-spremberg = Stadt Spremberg
    .description = Die Stadtverwaltung von Spremberg mit dem Bürgerbüro für An- und Ummeldungen.

organization-amt-peitz-office = Amt Peitz, Amtsverwaltung
    .description = Die gemeinsame Verwaltung der Stadt Peitz und der sieben Gemeinden im Amt Peitz.

organization-amt-doebern-land-office = Amt Döbern-Land, Amtsverwaltung
    .description = Die gemeinsame Verwaltung der Stadt Döbern und der sechs Gemeinden im Amt Döbern-Land.

organization-amt-burg-office = Amt Burg (Spreewald), Amtsverwaltung
    .description = Die gemeinsame Verwaltung der sechs Gemeinden im Amt Burg (Spreewald).

## Organisationen: Beratung, Bildung und Gesundheit (erfundene Demo-Träger)

organization-welfare-lausitz = Wohlfahrtsverband Lausitz (Demo)
    .description = Ein Wohlfahrtsverband mit Migrationsberatung für Erwachsene in Forst, Guben und Spremberg.

organization-youth-migration-lausitz = Jugendmigrationsdienst Lausitz (Demo)
    .description = Berät junge Zugewanderte von 12 bis 27 Jahren zu Schule, Ausbildung, Beruf und Alltag.

organization-language-school-lausitz = Sprachschule Lausitz (Demo)
    .description = Eine Sprachschule mit Integrationskursen und Berufssprachkursen in Spremberg, Peitz und Guben.

organization-asylum-counselling-lausitz = Asylverfahrensberatung Lausitz (Demo)
    .description = Unabhängige und kostenlose Beratung zum Asylverfahren, zur Anhörung und zu Bescheiden.

organization-recognition-counselling = Anerkennungsberatung Brandenburg Süd (Demo)
    .description = Hilft dabei, ausländische Schul-, Berufs- und Studienabschlüsse in Deutschland anerkennen zu lassen.

organization-interpreter-pool = Sprachmittlerpool Spree-Neiße (Demo)
    .description = Vermittelt geschulte Sprachmittlerinnen und Sprachmittler für Termine bei Behörden, Ärzten und Schulen.

organization-psychosocial-centre = Psychosoziales Zentrum für Geflüchtete Lausitz (Demo)
    .description = Beratung und Therapie für Geflüchtete, die unter schweren Erlebnissen leiden.

organization-family-centre-guben = Frauen- und Familienzentrum Guben (Demo)
    .description = Ein offener Treffpunkt mit Beratung für Frauen, Schwangere und Familien aus aller Welt.

organization-anti-discrimination-lausitz = Antidiskriminierungsberatung Lausitz (Demo)
    .description = Hilft Menschen, die wegen Herkunft, Religion, Sprache oder Hautfarbe benachteiligt werden.

organization-mediation-lausitz = Mediation und Konfliktberatung Lausitz (Demo)
    .description = Hilft bei Streit in der Nachbarschaft, in Unterkünften und in Schulen, neutral und vertraulich.

organization-chamber-crafts = Handwerkskammer-Beratung für Zugewanderte (Demo)
    .description = Berät Zugewanderte zu Ausbildung, Praktikum und Arbeit im Handwerk.

## Organisationen: Ehrenamt, Freizeit, Wohnen und Netzwerke (erfundene Demo-Träger)

organization-volunteer-agency = Freiwilligenagentur Spree-Neiße (Demo)
    .description = Bringt Menschen, die sich ehrenamtlich engagieren wollen, mit Vereinen und Projekten zusammen.

organization-sports-federation = Kreissportbund Spree-Neiße (Demo)
    .description = Der Dachverband der Sportvereine im Landkreis, mit Angeboten für Integration durch Sport.

organization-interfaith-lausitz = Interreligiöser Gesprächskreis Lausitz (Demo)
    .description = Menschen verschiedener Religionen und ohne Religion treffen sich hier zum Gespräch.

organization-housing-forst = Wohnungsgesellschaft Forst (Demo)
    .description = Vermietet Wohnungen in Forst und berät bei der Wohnungssuche.

organization-tenant-advice-lausitz = Mieterberatung Lausitz (Demo)
    .description = Berät Mieterinnen und Mieter zu Mietvertrag, Nebenkosten und Problemen mit der Wohnung.

organization-network-forst = Netzwerk Willkommen in Forst (Demo)
    .description = Ehrenamtliche und Fachleute in Forst, die Zugewanderte beim Ankommen begleiten.

organization-network-guben = Netzwerk Integration Guben (Demo)
    .description = Ein Zusammenschluss von Vereinen, Ehrenamtlichen und Einrichtungen für ein gutes Miteinander in Guben.

organization-network-spremberg = Netzwerk Ankommen in Spremberg (Demo)
    .description = Ehrenamtliche in Spremberg und Umgebung, die Patenschaften, Treffs und praktische Hilfe anbieten.

organization-network-doebern = Netzwerk Willkommen im Amt Döbern-Land (Demo)
    .description = Ein Netzwerk für Zugewanderte in Döbern und den Dörfern des Amtes, mit Sprachkurs und Begleitung.

organization-network-welzow = Netzwerk Welzow hilft (Demo)
    .description = Ehrenamtliche in Welzow mit Sprachcafé, Jugendtreff und Hilfe im Alltag.

organization-network-kolkwitz = Netzwerk Kolkwitz miteinander (Demo)
    .description = Ein Netzwerk in der Gemeinde Kolkwitz, das Nachbarn und Zugewanderte zusammenbringt.

organization-sorbian-culture-peitz = Sorbischer Kulturverein Picnjo (Demo)
    .description = Ein Verein, der sorbische und wendische Sprache, Bräuche und Feste in Peitz lebendig hält.

organization-library-spremberg = Stadtbibliothek Spremberg (Demo)
    .description = Die Bibliothek verleiht Bücher und Medien in vielen Sprachen und bietet Lernhilfe an.

## Orte (Sitz der Organisationen und Orte der Kontakte)

location-org-district-office-forst = Kreisverwaltung Forst
    .directions = Haupteingang an der Heinrich-Heine-Straße, Empfang im Erdgeschoss. Parkplätze hinter dem Gebäude.

location-org-immigration-office-forst = Ausländerbehörde in der Kreisverwaltung Forst
    .directions = Haus B, Erdgeschoss. Bitte am Automaten eine Wartenummer ziehen.

location-org-social-office-forst = Sozialamt in der Kreisverwaltung Forst
    .directions = Haus C, 1. Etage, mit Aufzug.

location-org-youth-office-forst = Jugendamt in der Kreisverwaltung Forst
    .directions = Haus A, 2. Etage, mit Aufzug.

location-org-school-office-forst = Sprechstunde des Schulamts in der Kreisverwaltung Forst
    .directions = Haus A, Erdgeschoss, Raum 0.12.

location-org-health-office-forst = Gesundheitsamt Forst
    .directions = Eingang auf der Hofseite, Anmeldung im Erdgeschoss.

location-org-jobcenter-forst = Jobcenter Forst

location-org-employment-agency-forst = Agentur für Arbeit, Geschäftsstelle Forst
    .directions = Fünf Minuten zu Fuß vom Bahnhof Forst.

location-org-vhs-forst = Volkshochschule Forst

location-org-welfare-lausitz-forst = Beratungsstelle Forst

location-org-asylum-counselling-lausitz-forst = Asylverfahrensberatung Forst
    .directions = Altbau mit drei Stufen am Eingang. Bitte klingeln, wir helfen gern.

location-org-interpreter-pool-forst = Büro Sprachmittlerpool Forst

location-org-anti-discrimination-lausitz-forst = Antidiskriminierungsberatung Forst

location-org-volunteer-agency-forst = Freiwilligenagentur Forst

location-org-sports-federation-forst = Geschäftsstelle Kreissportbund Forst
    .directions = Im Gebäude neben dem Sportplatz.

location-org-interfaith-lausitz-forst = Gesprächsraum Forst

location-org-housing-forst = Kundenbüro Wohnungsgesellschaft Forst

location-org-network-forst = Treffpunkt Willkommen in Forst
    .directions = Im Gemeindehaus, 1. Etage, kein Aufzug.

location-org-town-forst = Rathaus Forst

location-org-immigration-office-guben = Außensprechstunde der Ausländerbehörde in Guben
    .directions = Im Bürgerhaus, 1. Etage, Raum 104, mit Aufzug.

location-org-jobcenter-guben = Jobcenter Guben

location-org-welfare-lausitz-guben = Beratungsstelle Guben

location-org-psychosocial-centre-guben = Psychosoziales Zentrum Guben
    .directions = Eingang im Hof, 2. Etage, mit Aufzug.

location-org-family-centre-guben = Frauen- und Familienzentrum Guben

location-org-mediation-lausitz-guben = Büro Konfliktberatung Guben

location-org-network-guben = Treffpunkt Integration Guben

location-org-chamber-crafts-guben = Beratungsbüro Handwerk Guben

location-org-town-guben = Rathaus Guben

location-org-jobcenter-spremberg = Jobcenter Spremberg

location-org-welfare-lausitz-spremberg = Beratungsstelle Spremberg

location-org-youth-migration-lausitz-spremberg = Jugendmigrationsdienst Spremberg
    .directions = Gegenüber vom Bahnhof Spremberg.

location-org-language-school-lausitz-spremberg = Sprachschule Spremberg

location-org-recognition-counselling-spremberg = Anerkennungsberatung Spremberg

location-org-tenant-advice-lausitz-spremberg = Mieterberatung Spremberg
    .directions = Altbau, 1. Etage, kein Aufzug. Termine im Erdgeschoss sind nach Absprache möglich.

location-org-network-spremberg = Treffpunkt Ankommen Spremberg
    .directions = Im Gemeindehaus an der Kirche, Eingang mit zwei Stufen.

location-org-library-spremberg = Stadtbibliothek Spremberg

location-org-town-spremberg = Rathaus Spremberg

location-org-amt-peitz = Amtsverwaltung Peitz

location-org-sorbian-culture-peitz = Sorbisches Kulturhaus Peitz
    .directions = Am Markt, Eingang über den Hof.

location-org-amt-doebern-land = Amtsverwaltung Döbern

location-org-network-doebern = Treffpunkt Willkommen Döbern

location-org-amt-burg = Amtsverwaltung Burg (Spreewald)

location-org-network-welzow = Treffpunkt Welzow hilft

location-org-network-kolkwitz = Treffpunkt Kolkwitz miteinander

location-org-raa-cottbus = RAA-Büro in Cottbus
    .directions = In der Stadt Cottbus (nicht im Landkreis), Straßenbahnhaltestelle in der Nähe.

## Kontakte (Rollen, keine Namen)

contact-integration-commissioner = Integrationsbeauftragte des Landkreises
    .note = Erste Anlaufstelle für alle Fragen zur Integration im Landkreis. Sie leitet Sie auch an die richtige Stelle weiter.

contact-immigration-desk-forst = Servicestelle der Ausländerbehörde in Forst
    .note = Bitte bringen Sie Ihren Pass und alle Briefe der Behörde mit.

contact-immigration-desk-guben = Sprechstunde der Ausländerbehörde in Guben
    .note = Nur mit Termin. Bitte vorher anrufen oder eine E-Mail schreiben.

contact-jobcenter-migration-team = Team Migration und Integration des Jobcenters
    .note = Für Fragen zu Sprachkursen, Anerkennung und dem Weg in Arbeit.

contact-jobcenter-forst-desk = Eingangszone Jobcenter Forst

contact-jobcenter-guben-desk = Eingangszone Jobcenter Guben

contact-jobcenter-spremberg-desk = Eingangszone Jobcenter Spremberg

contact-employment-agency-welcome = Beratung für Zugewanderte der Agentur für Arbeit
    .note = Beratung zu Beruf, Ausbildung und Arbeit in Deutschland, auch wenn Sie kein Geld vom Jobcenter bekommen.

contact-social-office-accommodation = Sachgebiet Unterbringung und Migrationssozialarbeit

contact-health-office-migrant-health = Sachgebiet Gesundheit von Zugewanderten

contact-youth-office-integration = Fachkraft Integration im Jugendamt

contact-school-office-newcomers = Beratung Seiteneinsteiger
    .note = Das Schulamt sitzt in Cottbus. Mittwochs gibt es eine Sprechstunde in der Kreisverwaltung Forst.

contact-vhs-course-advice = Kursberatung Integrationskurse
    .note = Hier können Sie einen Einstufungstest machen und sich für einen Kurs anmelden.

contact-raa-integration-advice = Beratung Integration und Demokratie

contact-mbe-counsellor-forst = Migrationsberatung Forst

contact-mbe-counsellor-guben = Migrationsberatung Guben

contact-mbe-counsellor-spremberg = Migrationsberatung Spremberg

contact-jmd-counsellor = Beratung Jugendmigrationsdienst
    .note = Beratung auch in Forst und Guben nach Absprache.

contact-language-school-office = Anmeldung Sprachkurse

contact-asylum-counsellor = Asylverfahrensberatung
    .note = Die Beratung ist vertraulich und unabhängig von den Behörden.

contact-recognition-counsellor = Anerkennungsberatung
    .note = Bitte bringen Sie Zeugnisse und Nachweise mit, wenn möglich mit Übersetzung.

contact-interpreter-coordination = Koordination Sprachmittlung
    .note = Termine für Sprachmittlung bitte mindestens drei Tage vorher anfragen.

contact-psychosocial-intake = Erstgespräch Psychosoziales Zentrum

contact-family-centre-team = Team Frauen- und Familienzentrum

contact-anti-discrimination-counsellor = Antidiskriminierungsberatung
    .note = Die Beratung ist vertraulich. Auf Wunsch auch anonym.

contact-mediation-team = Konfliktberatung und Mediation
    .note = Keine festen Sprechzeiten. Bitte vereinbaren Sie einen Termin per Telefon oder E-Mail.

contact-volunteer-coordination = Koordination Ehrenamt

contact-sports-integration = Ansprechperson Integration durch Sport

contact-network-forst-coordination = Koordination Netzwerk Forst

contact-network-guben-coordination = Koordination Netzwerk Guben

contact-network-spremberg-coordination = Koordination Netzwerk Spremberg

contact-tenant-advisor = Mieterberatung
    .note = Dienstags in Spremberg, donnerstags nachmittags auch in Guben.

contact-steering-group = Geschäftsstelle Steuerungsgruppe Integration
    .note = Interner Kontakt für die Mitglieder der Steuerungsgruppe.
