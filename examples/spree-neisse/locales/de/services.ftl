# German source texts: services and their locations (Spree-Neiße sample, demo data)

## Services: Bildung und Sprache

service-integration-course-forst = Sprach- und Integrationskurs in Forst
    .description = Im Integrationskurs lernen Sie Deutsch bis zum Niveau B1 und erfahren viel über das Leben in Deutschland. Der Kurs findet vormittags an fünf Tagen in der Woche in der Volkshochschule statt und endet mit dem „Deutsch-Test für Zuwanderer“ und dem Test „Leben in Deutschland“.
    .eligibility = Für Erwachsene mit Berechtigung oder Verpflichtung zum Integrationskurs, zum Beispiel von der Ausländerbehörde oder vom Jobcenter. Auch EU-Bürgerinnen und EU-Bürger können einen Antrag stellen.
    .cost-note = Mit Berechtigungsschein oder Kostenbefreiung kostenlos. Wer selbst zahlt, zahlt einen Eigenanteil pro Unterrichtsstunde; wir helfen beim Antrag auf Befreiung.
    .appointment-note = Vor dem Kurs machen Sie einen kurzen Einstufungstest. Bringen Sie Ihren Pass oder Ihre Aufenthaltskarte und den Berechtigungsschein mit.
    .hours-note = Kurszeiten Montag bis Freitag vormittags. Anmeldung und Beratung dienstags am Nachmittag.
    .keywords = Deutschkurs, Sprachkurs, Deutsch lernen, Integrationskurs, B1, BAMF, Volkshochschule, VHS

service-integration-course-guben = Integrationskurs am Abend in Guben
    .description = Deutschkurs mit Orientierungskurs für alle, die tagsüber arbeiten oder Kinder betreuen. Der Unterricht ist an vier Abenden in der Woche, der neue Kurs beginnt im März.
    .eligibility = Erwachsene mit Berechtigungsschein vom Bundesamt für Migration und Flüchtlinge, von der Ausländerbehörde oder vom Jobcenter.
    .cost-note = Mit Berechtigungsschein oder Kostenbefreiung kostenlos. Fahrtkosten können Sie beim Bundesamt beantragen.
    .appointment-note = Bitte melden Sie sich vorher an. Der Einstufungstest dauert etwa 30 Minuten.
    .hours-note = Unterricht Montag bis Donnerstag von 16:30 bis 19:45 Uhr. Kursberatung donnerstags am Nachmittag.
    .keywords = Deutschkurs, Abendkurs, Sprachkurs, Deutsch lernen, Integrationskurs, B1, VHS

service-integration-course-spremberg = Integrationskurs in Spremberg
    .description = Vormittagskurs der Sprachschule Lausitz in der Innenstadt von Spremberg: Deutsch von A1 bis B1, danach der Orientierungskurs über Politik, Geschichte und Alltag in Deutschland. Die Gruppen sind klein, höchstens 20 Personen.
    .eligibility = Erwachsene Zugewanderte mit Berechtigung oder Verpflichtung zum Integrationskurs. Fachkräfte mit Arbeitsvisum sind auch willkommen.
    .cost-note = Mit Berechtigungsschein kostenlos.
    .appointment-note = Anmeldung im Büro der Sprachschule, am besten mittwochs am Nachmittag. Bitte Ausweis und Berechtigungsschein mitbringen.
    .accessibility-note = Die Kursräume liegen im ersten Stock, es gibt keinen Aufzug.
    .keywords = Deutschkurs, Sprachkurs, Deutsch lernen, Integrationskurs, Spremberg, A1, B1

service-integration-course-peitz = Sprach- und Integrationskurs mit Kinderbetreuung in Peitz
    .description = Integrationskurs am Vormittag für Mütter und Väter: Während Sie Deutsch lernen, werden Ihre Kinder im Nebenraum von einer Erzieherin betreut. So können Sie auch ohne Kita-Platz am Kurs teilnehmen.
    .eligibility = Eltern mit Berechtigung zum Integrationskurs und Kindern ab einem Jahr, die noch keinen Kita-Platz haben.
    .cost-note = Der Kurs und die Kinderbetreuung sind mit Berechtigungsschein kostenlos.
    .appointment-note = Die Plätze in der Kinderbetreuung sind begrenzt. Bitte melden Sie sich früh an und sagen Sie, wie alt Ihre Kinder sind.
    .hours-note = Montag bis Donnerstag von 8:30 bis 12:30 Uhr, Kurs von April 2026 bis März 2027.
    .keywords = Deutschkurs, Kinderbetreuung, Elternkurs, Sprachkurs, Deutsch lernen, Integrationskurs, Peitz

service-literacy-course-forst = Integrationskurs mit Alphabetisierung in Forst
    .description = Für Menschen, die nicht oder wenig lesen und schreiben können oder die lateinische Schrift noch lernen. Sie lernen langsam und mit viel Übung lesen, schreiben und sprechen, in kleinen Gruppen.
    .eligibility = Erwachsene mit Berechtigung zum Integrationskurs, die beim Einstufungstest für den Alphabetisierungskurs empfohlen werden.
    .cost-note = Mit Berechtigungsschein kostenlos.
    .appointment-note = Die Kursberatung macht mit Ihnen einen Test, auch mündlich. Bringen Sie Ihren Ausweis und, wenn Sie haben, den Berechtigungsschein mit.
    .hours-note = Unterricht Montag bis Freitag von 9:00 bis 12:15 Uhr.
    .keywords = Alphabetisierung, Lesen lernen, Schreiben lernen, Deutschkurs, Alphakurs, Sprachkurs, Deutsch lernen

service-job-language-course-guben = Berufssprachkurs in Guben
    .description = Deutsch für den Beruf auf den Niveaus B1 bis C1: Sie üben Telefonate, E-Mails, Gespräche mit Kolleginnen und Kollegen und Fachwörter. Es gibt Tageskurse und Abendkurse für Berufstätige.
    .eligibility = Personen mit Deutschkenntnissen auf mindestens Niveau B1, die arbeitsuchend sind, arbeiten oder in Ausbildung sind. Die Zulassung bekommen Sie über Jobcenter, Agentur für Arbeit oder das Bundesamt.
    .cost-note = Für Arbeitsuchende kostenlos. Wer arbeitet und gut verdient, zahlt eventuell einen kleinen Eigenanteil.
    .appointment-note = Bitte vorher anmelden und die Zulassung oder den Bescheid mitbringen.
    .accessibility-note = Die Räume sind im zweiten Stock, leider ohne Aufzug.
    .keywords = Berufssprachkurs, Deutsch für den Beruf, DeuFöV, Sprachkurs, B2, Arbeit, Deutschkurs

service-job-language-course-spremberg = Berufssprachkurs am Abend in Spremberg
    .description = Deutschkurs für den Beruf an der Volkshochschule in Spremberg, zwei Abende pro Woche und am Samstagvormittag. Gut geeignet, wenn Sie schon arbeiten und Ihr Deutsch für die Arbeit verbessern wollen.
    .eligibility = Menschen mit B1-Zertifikat, die arbeiten, Arbeit suchen oder ihren Berufsabschluss anerkennen lassen wollen.
    .cost-note = Mit Berechtigung vom Bundesamt, Jobcenter oder der Agentur für Arbeit kostenlos.
    .hours-note = Dienstag und Donnerstag von 17:00 bis 20:15 Uhr, Samstag von 9:00 bis 12:15 Uhr; Kurs von September 2026 bis Juni 2027.
    .keywords = Berufssprachkurs, Abendkurs, Deutsch für den Beruf, Sprachkurs, Deutschkurs, Spremberg, B2

service-women-course-doebern = Deutschkurs für Frauen mit Kinderbetreuung in Döbern
    .description = Ein Sprachkurs nur für Frauen im Familientreff Döbern. Sie lernen Deutsch für den Alltag, zum Beispiel beim Arzt, beim Einkaufen und in der Kita; kleine Kinder werden in der Zeit betreut.
    .eligibility = Frauen jeden Alters, auch ohne Berechtigung zum Integrationskurs und ohne Vorkenntnisse.
    .cost-note = Kostenlos.
    .appointment-note = Kommen Sie gern zum Kennenlernen vorbei; für die Kinderbetreuung bitte vorher Bescheid sagen.
    .hours-note = Dienstag und Donnerstag von 9:00 bis 11:30 Uhr, nicht in den Schulferien.
    .keywords = Frauenkurs, Deutschkurs, Kinderbetreuung, Deutsch lernen, Sprachkurs, Frauen, Döbern

service-language-cafe-forst = Sprachcafé in Forst
    .description = Jeden Mittwoch treffen sich Zugewanderte und Menschen aus Forst bei Kaffee und Tee zum Reden. Hier üben Sie Deutsch ohne Druck, lernen Nachbarn kennen und bekommen Tipps für den Alltag.
    .eligibility = Offen für alle, egal wie gut Sie Deutsch sprechen.
    .cost-note = Kostenlos, Spenden für Kaffee und Kuchen sind willkommen.
    .appointment-note = Einfach vorbeikommen.
    .keywords = Sprachcafé, Deutsch üben, Deutsch sprechen, Treffpunkt, Leute kennenlernen, Sprachkurs, Forst

service-language-cafe-welzow = Sprachcafé in Welzow
    .description = Gemütliche Gesprächsrunde am Montagnachmittag: Ehrenamtliche aus Welzow sprechen mit Ihnen Deutsch, spielen Spiele und helfen beim Lesen von Briefen.
    .eligibility = Für alle, die Deutsch üben oder neue Menschen kennenlernen möchten.
    .cost-note = Kostenlos.
    .appointment-note = Keine Anmeldung nötig.
    .keywords = Sprachcafé, Deutsch üben, Gesprächskreis, Treffpunkt, Welzow, Deutsch lernen

service-homework-help-guben = Hausaufgabenhilfe in Guben
    .description = Ehrenamtliche helfen Schulkindern nach der Schule bei den Hausaufgaben, beim Lesen und beim Lernen für Tests. Es gibt auch Hilfe beim Deutschlernen und Obst als Snack.
    .eligibility = Schülerinnen und Schüler der Klassen 1 bis 10.
    .cost-note = Kostenlos.
    .appointment-note = Keine Anmeldung nötig. Bitte Schulhefte und Aufgaben mitbringen.
    .hours-note = Montag bis Donnerstag von 14:00 bis 16:30 Uhr, in den Ferien geschlossen.
    .keywords = Hausaufgabenhilfe, Nachhilfe, Schule, Lernen, Kinder, Hausaufgaben, Guben
    .closure-summer-2027 = Sommerferien

service-homework-help-spremberg = Lernpaten und Hausaufgabenhilfe in der Stadtbibliothek Spremberg
    .description = In der Stadtbibliothek Spremberg lernen Kinder und Jugendliche mit einer festen Lernpatin oder einem festen Lernpaten, einmal oder zweimal pro Woche. Wer selbst helfen möchte, kann Lernpatin oder Lernpate werden.
    .eligibility = Kinder und Jugendliche von 6 bis 16 Jahren; Lernpaten ab 16 Jahren.
    .cost-note = Kostenlos, auch ohne Bibliotheksausweis.
    .appointment-note = Bitte melden Sie Ihr Kind an der Ausleihtheke an, damit wir eine passende Lernpatin oder einen passenden Lernpaten finden.
    .keywords = Hausaufgabenhilfe, Lernpaten, Nachhilfe, Schule, Bibliothek, Spremberg, Ehrenamt

service-school-newcomer-advice = Beratung zum Schulbesuch für neu zugewanderte Kinder
    .description = Das Staatliche Schulamt berät Familien, deren Kinder neu in Deutschland sind: welche Schule passt, wie die Anmeldung geht und wo es Deutschförderung gibt. Die Beratung gilt für den ganzen Landkreis und findet in der Kreisverwaltung in Forst statt.
    .eligibility = Eltern von schulpflichtigen Kindern und Jugendlichen, die neu zugezogen sind, sowie junge Menschen bis 18 Jahre.
    .cost-note = Kostenlos.
    .appointment-note = Termin bitte vorher vereinbaren. Bringen Sie, wenn vorhanden, Zeugnisse aus dem Herkunftsland und die Meldebescheinigung mit.
    .keywords = Schule, Schulanmeldung, Seiteneinsteiger, Schulpflicht, Kinder, Deutschförderung, Beratung

service-daycare-advice = Beratung zum Kita-Platz für zugewanderte Familien
    .description = Das Jugendamt erklärt, wie Kita und Tagespflege in Deutschland funktionieren, und hilft beim Antrag auf einen Kita-Platz und bei der Suche nach einer Einrichtung in Ihrer Nähe.
    .eligibility = Familien mit Kindern bis zum Schuleintritt, die im Landkreis Spree-Neiße wohnen.
    .cost-note = Die Beratung ist kostenlos. Die Kita-Beiträge richten sich nach dem Einkommen; bei geringem Einkommen zahlen Sie oft nichts.
    .appointment-note = Ein Termin ist sinnvoll, damit wir Zeit für Sie haben. Bitte Geburtsurkunde oder Pass des Kindes und Meldebescheinigung mitbringen.
    .keywords = Kita, Kindergarten, Kita-Platz, Kinderbetreuung, Tagespflege, Jugendamt, Beratung

## Services: Beratung, Behörden, Arbeit

service-mbe-forst = Migrationsberatung für Erwachsene (MBE) in Forst
    .description = Persönliche Beratung für Zugewanderte ab 27 Jahren zu Aufenthalt, Sprachkurs, Arbeit, Wohnung, Familie und Briefen von Ämtern. Wir erstellen mit Ihnen einen Plan, was Sie als Nächstes tun können.
    .eligibility = Zugewanderte ab 27 Jahren mit dauerhaftem Aufenthalt, auch EU-Bürgerinnen und EU-Bürger.
    .cost-note = Kostenlos und vertraulich.
    .appointment-note = Ein Termin ist besser, in dringenden Fällen können Sie aber auch ohne Termin kommen. Bringen Sie Ihre Briefe und Unterlagen mit.
    .accessibility-note = Die Beratung ist im ersten Stock ohne Aufzug. Auf Wunsch beraten wir Sie im Erdgeschoss; bitte vorher Bescheid sagen.
    .keywords = Migrationsberatung, MBE, Beratung, Aufenthalt, Behörden, Briefe, Familiennachzug, Arbeit
    .closure-christmas-2026 = Weihnachtspause, ab Montag, 4. Januar 2027 wieder geöffnet

service-mbe-guben = Migrationsberatung für Erwachsene (MBE) in Guben
    .description = Beratung und Begleitung für erwachsene Zugewanderte in Guben, auch auf Polnisch, Russisch und Ukrainisch. Wir helfen bei Anträgen, bei der Suche nach Kurs und Arbeit und bei Fragen zur Familie.
    .eligibility = Zugewanderte ab 27 Jahren, auch EU-Bürgerinnen und EU-Bürger.
    .cost-note = Kostenlos.
    .appointment-note = Termine telefonisch oder per E-Mail; donnerstags am Vormittag offene Sprechstunde.
    .keywords = Migrationsberatung, MBE, Beratung, Anträge, Aufenthalt, Arbeit, Guben

service-mbe-spremberg = Migrationsberatung für Erwachsene (MBE) in Spremberg
    .description = Die Migrationsberatung in Spremberg hilft Ihnen, in Deutschland anzukommen: bei Anträgen, Briefen, Sprachkursen, Kindergeld und der Suche nach Arbeit. Die Beratung gibt es auch auf Arabisch, Persisch und Ukrainisch.
    .eligibility = Zugewanderte ab 27 Jahren.
    .cost-note = Kostenlos.
    .appointment-note = Termin empfohlen. Bitte alle Briefe und Bescheide mitbringen, um die es geht.
    .keywords = Migrationsberatung, MBE, Beratung, Anträge, Kindergeld, Sprachkurs, Spremberg

service-jmd-forst = Jugendmigrationsdienst in Forst
    .description = Der Jugendmigrationsdienst begleitet junge Zugewanderte auf dem Weg in Schule, Ausbildung und Beruf. Wir helfen bei Bewerbungen, bei der Anerkennung von Zeugnissen und bei persönlichen Problemen.
    .eligibility = Junge Menschen von 12 bis 27 Jahren mit Migrationsgeschichte.
    .cost-note = Kostenlos.
    .appointment-note = Du kannst einfach anrufen oder eine Nachricht schreiben. Bring Zeugnisse und Lebenslauf mit, wenn du Hilfe bei Bewerbungen möchtest.
    .keywords = Jugendmigrationsdienst, JMD, Ausbildung, Bewerbung, Schule, Jugendliche, Beratung

service-jmd-guben = Jugendmigrationsdienst in Guben
    .description = Sprechtag des Jugendmigrationsdienstes in Guben: Beratung zu Schule, Ausbildung, Studium und Sprachkurs für junge Zugewanderte, auch auf Polnisch und Ukrainisch.
    .eligibility = Junge Menschen von 12 bis 27 Jahren.
    .cost-note = Kostenlos.
    .hours-note = Nur mittwochs. An anderen Tagen berät dich das Team in Forst.
    .keywords = Jugendmigrationsdienst, JMD, Ausbildung, Studium, Schule, Jugendliche, Guben

service-jmd-spremberg = Jugendmigrationsdienst in Spremberg
    .description = Freitags berät der Jugendmigrationsdienst junge Menschen in Spremberg, zum Beispiel zum Schulabschluss, zum Berufssprachkurs oder zur ersten Ausbildung. Beratung auch auf Arabisch, Persisch und Paschtu.
    .eligibility = Junge Menschen von 12 bis 27 Jahren, auch junge Geflüchtete.
    .cost-note = Kostenlos.
    .hours-note = Freitags von 9:00 bis 14:00 Uhr.
    .keywords = Jugendmigrationsdienst, JMD, Jugendliche, Ausbildung, Schulabschluss, Beratung, Spremberg

service-immigration-office-forst = Ausländerbehörde in Forst: Aufenthalt und Aufenthaltstitel
    .description = Hier beantragen und verlängern Sie Ihren Aufenthaltstitel, melden Änderungen wie einen neuen Pass und stellen Anträge zum Familiennachzug oder zur Niederlassungserlaubnis. Zuständig für den ganzen Landkreis Spree-Neiße.
    .eligibility = Alle Ausländerinnen und Ausländer mit Wohnsitz im Landkreis Spree-Neiße.
    .cost-note = Für viele Aufenthaltstitel und Bescheinigungen fallen Gebühren an. Bei Leistungen vom Jobcenter oder Sozialamt gibt es oft eine Ermäßigung.
    .appointment-note = Nur mit Termin. Stellen Sie den Antrag auf Verlängerung spätestens acht Wochen bevor Ihr Titel abläuft. Bringen Sie Pass, biometrisches Foto und Ihre Aufenthaltskarte mit.
    .hours-note = Dienstags ist die Sprechzeit am Nachmittag bis 18:00 Uhr.
    .keywords = Ausländerbehörde, Aufenthalt, Aufenthaltstitel, Visum, Verlängerung, Niederlassungserlaubnis, Familiennachzug

service-immigration-office-guben = Sprechstunde der Ausländerbehörde in Guben
    .description = Einmal pro Woche ist die Ausländerbehörde im Rathaus Guben. Sie können dort Unterlagen abgeben, Aufenthaltskarten abholen und einfache Anträge stellen, ohne nach Forst fahren zu müssen.
    .eligibility = Menschen aus Guben und Umgebung, zum Beispiel aus Schenkendöbern.
    .cost-note = Gebühren wie in der Ausländerbehörde in Forst.
    .appointment-note = Nur mit Termin über die Servicestelle der Ausländerbehörde.
    .hours-note = Mittwochs von 9:00 bis 15:00 Uhr.
    .keywords = Ausländerbehörde, Aufenthalt, Aufenthaltskarte, Sprechstunde, Guben, Visum

service-jobcenter-forst = Jobcenter Forst
    .description = Das Jobcenter zahlt Bürgergeld und hilft Ihnen, Arbeit, Ausbildung oder einen Sprachkurs zu finden. Ein eigenes Team kümmert sich um Menschen, die neu in Deutschland sind.
    .eligibility = Menschen im erwerbsfähigen Alter mit Wohnsitz im Raum Forst, die Bürgergeld bekommen oder beantragen, auch anerkannte Geflüchtete.
    .cost-note = Kostenlos.
    .appointment-note = Für Anträge können Sie in die Eingangszone kommen. Für Beratungsgespräche bekommen Sie einen Termin. Bringen Sie Ausweis, Aufenthaltstitel und Mietvertrag mit.
    .keywords = Jobcenter, Bürgergeld, Arbeit, Arbeitsuche, Antrag, Geld, Forst

service-jobcenter-guben = Jobcenter Guben
    .description = Anlaufstelle für Bürgergeld, Arbeitsvermittlung und Förderung in Guben. Das Jobcenter hilft auch bei der Suche nach einem Integrationskurs oder Berufssprachkurs.
    .eligibility = Menschen mit Wohnsitz in Guben oder Schenkendöbern, die Bürgergeld bekommen oder beantragen.
    .cost-note = Kostenlos.
    .appointment-note = Für Anträge in die Eingangszone kommen, für Beratung Termin vereinbaren.
    .keywords = Jobcenter, Bürgergeld, Arbeit, Arbeitsuche, Antrag, Guben

service-jobcenter-spremberg = Jobcenter Spremberg
    .description = Das Jobcenter Spremberg ist zuständig für Bürgergeld und Arbeitsvermittlung in Spremberg, Welzow und Umgebung. Hier bekommen Sie auch den Berechtigungsschein für einen Sprachkurs.
    .eligibility = Menschen mit Wohnsitz in Spremberg, Welzow, Drebkau oder Neuhausen/Spree, die Bürgergeld bekommen oder beantragen.
    .cost-note = Kostenlos.
    .appointment-note = Eingangszone ohne Termin, Beratungsgespräche mit Termin.
    .hours-note = Donnerstags am Nachmittag bis 18:00 Uhr geöffnet.
    .keywords = Jobcenter, Bürgergeld, Arbeit, Arbeitsuche, Sprachkurs, Spremberg

service-employment-agency-advice = Berufsberatung und Arbeitsvermittlung für Zugewanderte in Forst
    .description = Die Agentur für Arbeit berät Sie zu Arbeit, Ausbildung und Weiterbildung in Deutschland und vermittelt Stellen in der Region. Fachkräfte aus dem Ausland bekommen Hilfe beim Start in den Job.
    .eligibility = Zugewanderte, die Arbeit oder Ausbildung suchen und kein Bürgergeld bekommen, zum Beispiel EU-Bürgerinnen und EU-Bürger und Fachkräfte.
    .cost-note = Kostenlos.
    .appointment-note = Bitte Termin vereinbaren. Bringen Sie Lebenslauf, Zeugnisse und, wenn vorhanden, Ihren Anerkennungsbescheid mit.
    .keywords = Arbeit, Arbeitsuche, Ausbildung, Berufsberatung, Jobs, Agentur für Arbeit, Fachkräfte

service-recognition-advice = Beratung zur Anerkennung ausländischer Berufsabschlüsse in Spremberg und Forst
    .description = Sie haben im Ausland einen Beruf gelernt oder studiert? Wir prüfen mit Ihnen, ob und wo Sie Ihren Abschluss anerkennen lassen können, welche Unterlagen Sie brauchen und wer die Kosten übernehmen kann.
    .eligibility = Menschen mit einem ausländischen Berufs- oder Hochschulabschluss, auch wenn sie noch im Ausland leben.
    .cost-note = Die Beratung ist kostenlos. Das Anerkennungsverfahren selbst kostet Gebühren, dafür gibt es oft Zuschüsse.
    .appointment-note = Nur mit Termin. Bringen Sie Ihre Zeugnisse, Diplome und Arbeitsnachweise mit, gern auch als Kopie.
    .hours-note = Dienstags in Spremberg, donnerstags in Forst.
    .accessibility-note = In Spremberg ist der Beratungsraum stufenlos erreichbar, in Forst nur über eine Treppe.
    .keywords = Anerkennung, Berufsabschluss, Zeugnisse, Diplom, Fachkräfte, Beruf, Beratung

service-crafts-advice = Ausbildung im Handwerk: Beratung für Zugewanderte in Guben
    .description = Beratung zu Ausbildung und Arbeit im Handwerk, zum Beispiel als Elektriker, Tischlerin oder in der Kfz-Werkstatt. Wir vermitteln Praktika in Betrieben der Region und helfen bei der Bewerbung.
    .eligibility = Junge Menschen und Erwachsene, die im Handwerk lernen oder arbeiten möchten, auch Geflüchtete mit Arbeitserlaubnis.
    .cost-note = Kostenlos.
    .appointment-note = Termin empfohlen. Bringen Sie Ihren Lebenslauf und Zeugnisse mit.
    .keywords = Ausbildung, Handwerk, Praktikum, Lehre, Bewerbung, Arbeit, Beruf

## Services: Asyl, Unterbringung, Sozialamt

service-asylum-counselling = Asylverfahrensberatung in Forst
    .description = Unabhängige Beratung vor und während Ihres Asylverfahrens: Wir bereiten Sie auf die Anhörung vor, erklären Bescheide und helfen, wenn Sie gegen eine Ablehnung vorgehen wollen.
    .eligibility = Asylsuchende und Geflüchtete, in jeder Phase des Verfahrens.
    .cost-note = Kostenlos und vertraulich. Die Beratung ist unabhängig von den Behörden.
    .appointment-note = Bitte kommen Sie so früh wie möglich, bei Fristen sofort. Bringen Sie alle Briefe vom Bundesamt und vom Gericht mit.
    .accessibility-note = Beratung im ersten Stock ohne Aufzug; auf Wunsch im Erdgeschoss.
    .keywords = Asyl, Asylverfahren, Anhörung, Bescheid, Ablehnung, Beratung, Flüchtlinge

service-accommodation-social-work-forst = Migrationssozialarbeit in der Gemeinschaftsunterkunft Forst
    .description = Die Sozialarbeiterinnen und Sozialarbeiter in der Unterkunft helfen bei Fragen zum Alltag, bei Briefen, Arztterminen, Kita und Schule. Sie vermitteln auch zu Beratungsstellen und Sprachkursen.
    .eligibility = Bewohnerinnen und Bewohner der Gemeinschaftsunterkunft Forst.
    .cost-note = Kostenlos.
    .appointment-note = Im Büro der Unterkunft ohne Termin.
    .keywords = Sozialarbeit, Unterkunft, Heim, Flüchtlinge, Hilfe, Briefe, Beratung

service-accommodation-social-work-guben = Migrationssozialarbeit in der Gemeinschaftsunterkunft Guben
    .description = Ansprechpartner für alle Fragen in der Unterkunft in Guben: Anmeldung in Schule und Kita, Termine bei Behörden, Streit im Haus. Beratung auch auf Tigrinya und Somali mit Sprachmittlung.
    .eligibility = Bewohnerinnen und Bewohner der Gemeinschaftsunterkunft Guben.
    .cost-note = Kostenlos.
    .appointment-note = Ohne Termin im Büro im Erdgeschoss.
    .hours-note = Montag, Mittwoch und Donnerstag im Büro, an den anderen Tagen telefonisch erreichbar.
    .keywords = Sozialarbeit, Unterkunft, Heim, Flüchtlinge, Hilfe, Beratung, Guben

service-asylum-benefits = Leistungen nach dem Asylbewerberleistungsgesetz (AsylbLG)
    .description = Das Sozialamt zahlt Geld für Essen, Kleidung und Unterkunft an Asylsuchende und Geduldete und stellt Behandlungsscheine für den Arzt aus. Hier melden Sie auch Änderungen, zum Beispiel eine Geburt oder einen Umzug.
    .eligibility = Asylsuchende, Geduldete und andere Personen mit Anspruch nach dem Asylbewerberleistungsgesetz im Landkreis Spree-Neiße.
    .cost-note = Kostenlos.
    .appointment-note = Termin empfohlen. Bitte Ausweis oder Aufenthaltsgestattung und alle neuen Bescheide mitbringen.
    .keywords = Sozialamt, AsylbLG, Geld, Leistungen, Krankenschein, Behandlungsschein, Asyl

service-integration-commissioner-office = Sprechstunde der Integrationsbeauftragten des Landkreises
    .description = Die Integrationsbeauftragte hört zu, wenn Sie nicht weiterwissen, Probleme mit Behörden haben oder Ideen für ein Projekt mitbringen. Sie vermittelt an die richtigen Stellen im Landkreis.
    .eligibility = Alle Menschen im Landkreis Spree-Neiße, Zugewanderte ebenso wie Vereine, Initiativen und Ehrenamtliche.
    .cost-note = Kostenlos.
    .appointment-note = Termin empfohlen, gern auch telefonisch oder per Video.
    .keywords = Integrationsbeauftragte, Beschwerde, Beratung, Landkreis, Hilfe, Projekte

service-interpreter-service = Sprachmittlung für Termine bei Behörden, Ärzten und Schulen
    .description = Geschulte Sprachmittlerinnen und Sprachmittler begleiten Sie zu wichtigen Terminen im ganzen Landkreis und übersetzen mündlich. Behörden, Arztpraxen, Kitas und Schulen können die Sprachmittlung direkt anfragen.
    .eligibility = Zugewanderte im Landkreis Spree-Neiße und Einrichtungen, die mit ihnen arbeiten.
    .cost-note = Für Zugewanderte kostenlos; bei manchen Einrichtungen übernimmt die Einrichtung die Kosten.
    .appointment-note = Bitte mindestens fünf Werktage vorher anfragen, in Notfällen auch kurzfristig.
    .hours-note = Anfragen Montag bis Donnerstag von 9:00 bis 14:00 Uhr; die Termine selbst sind auch zu anderen Zeiten möglich.
    .keywords = Dolmetscher, Übersetzer, Sprachmittlung, Übersetzung, Arzt, Behörde, Schule

## Services: Gesundheit und Familie

service-health-counselling = Gesundheitsberatung und Impfsprechstunde für Zugewanderte in Forst
    .description = Im Gesundheitsamt bekommen Sie Impfungen für Kinder und Erwachsene, zum Beispiel gegen Masern, und eine Beratung, wie Sie in Deutschland eine Ärztin oder einen Arzt finden. Bitte bringen Sie Ihren Impfausweis mit, wenn Sie einen haben.
    .eligibility = Zugewanderte jeden Alters, auch ohne Krankenversicherung.
    .cost-note = Beratung und empfohlene Impfungen sind kostenlos.
    .appointment-note = Für Impfungen bitte einen Termin machen; zur Beratung können Sie auch ohne Termin kommen.
    .keywords = Gesundheit, Impfung, Impfen, Arzt, Gesundheitsamt, Masern, Krankenversicherung

service-psychosocial-counselling = Psychosoziale Beratung und Therapie für Geflüchtete in Guben
    .description = Wenn Sie nach Krieg, Flucht oder Gewalt nicht schlafen können, große Angst haben oder sich sehr traurig fühlen, finden Sie hier Hilfe. Nach einem Erstgespräch gibt es Beratung, Gruppen oder Therapie, mit Sprachmittlung.
    .eligibility = Geflüchtete Erwachsene und Jugendliche ab 14 Jahren aus dem Landkreis.
    .cost-note = Kostenlos und vertraulich.
    .appointment-note = Zuerst ein Erstgespräch vereinbaren, telefonisch oder über die Migrationsberatung. Die Wartezeit auf eine Therapie kann einige Wochen dauern.
    .accessibility-note = Die Praxis liegt im ersten Stock eines Altbaus ohne Aufzug.
    .keywords = Psychotherapie, Trauma, Angst, Seele, psychische Gesundheit, Therapie, Beratung

service-pregnancy-counselling-guben = Schwangerschafts- und Familienberatung in Guben
    .description = Beratung rund um Schwangerschaft, Geburt und die erste Zeit mit dem Baby: Arztbesuche, Hebamme, Elterngeld und Kindergeld. Wir helfen auch beim Antrag auf Geld für die Babyausstattung.
    .eligibility = Schwangere Frauen, Mütter, Väter und Paare.
    .cost-note = Kostenlos und vertraulich, auf Wunsch anonym.
    .appointment-note = Termin empfohlen. Bitte Mutterpass und Aufenthaltsdokument mitbringen, wenn Sie Geld beantragen möchten.
    .keywords = Schwangerschaft, Baby, Hebamme, Elterngeld, Kindergeld, Familie, Beratung

service-women-cafe-guben = Frauencafé international in Guben
    .description = Jeden Freitag frühstücken Frauen aus vielen Ländern zusammen, reden, lachen und planen gemeinsame Ausflüge. Manchmal kommt eine Expertin, zum Beispiel zu Gesundheit oder Schule.
    .eligibility = Nur für Frauen. Kleine Kinder dürfen mitkommen.
    .cost-note = Kostenlos.
    .appointment-note = Einfach vorbeikommen.
    .keywords = Frauen, Frauencafé, Frühstück, Treffpunkt, Kontakte, Guben

service-parenting-course-spremberg = Elternkurs „Starke Eltern“ in Spremberg
    .description = In zehn Abenden sprechen Mütter und Väter über Erziehung, Regeln und Streit in der Familie und über Schule und Kita in Deutschland. Der Kurs wird von einer Sprachmittlerin begleitet.
    .eligibility = Eltern mit Kindern von 3 bis 14 Jahren.
    .cost-note = Kostenlos.
    .appointment-note = Bitte anmelden, die Gruppe hat höchstens zwölf Plätze. Kinderbetreuung auf Anfrage.
    .hours-note = Mittwochs von 17:00 bis 19:00 Uhr, vom 7. Oktober bis 16. Dezember 2026.
    .keywords = Elternkurs, Erziehung, Eltern, Familie, Kinder, Spremberg

## Services: Konflikte

service-anti-discrimination-advice = Antidiskriminierungsberatung in Forst und vor Ort
    .description = Sie wurden wegen Ihrer Herkunft, Hautfarbe, Religion oder Sprache schlechter behandelt, zum Beispiel bei der Wohnungssuche, bei der Arbeit oder im Amt? Wir beraten Sie, schreiben mit Ihnen Beschwerden und begleiten Sie.
    .eligibility = Alle, die Diskriminierung erlebt oder beobachtet haben.
    .cost-note = Kostenlos und vertraulich.
    .appointment-note = Termin empfohlen. Wir kommen auch zu Ihnen in andere Orte des Landkreises.
    .accessibility-note = Büro im ersten Stock ohne Aufzug; Beratung auch bei Ihnen vor Ort möglich.
    .keywords = Diskriminierung, Rassismus, Beschwerde, Beratung, Hilfe, Recht

service-mediation-neighbourhood = Nachbarschaftsmediation in Guben
    .description = Streit mit den Nachbarn wegen Lärm, Müll oder Kindern im Hof? Ausgebildete Mediatorinnen und Mediatoren helfen allen Seiten, miteinander zu reden und eine Lösung zu finden.
    .eligibility = Nachbarinnen und Nachbarn in Guben und Umgebung, auch Hausverwaltungen.
    .cost-note = Kostenlos.
    .appointment-note = Nur mit Termin. Wir sprechen zuerst einzeln mit Ihnen und dann gemeinsam.
    .keywords = Mediation, Streit, Nachbarn, Konflikt, Lärm, Schlichtung

service-conflict-training-schools = Konflikttraining für Schulklassen in Spremberg
    .description = Trainerinnen und Trainer der RAA arbeiten einen Tag lang mit einer Schulklasse zu Vorurteilen, Mobbing und fairen Lösungen im Streit. Das Training findet in der Schule oder im Begegnungshaus Spremberg statt.
    .eligibility = Schulklassen ab Klasse 5 aus Spremberg und Umgebung; Lehrkräfte und Schulsozialarbeit melden an.
    .cost-note = Kostenlos für Schulen.
    .appointment-note = Bitte mindestens sechs Wochen vorher anfragen.
    .hours-note = Termine nach Absprache, meist von 8:00 bis 14:00 Uhr.
    .keywords = Konflikttraining, Schule, Mobbing, Schulklasse, Vorurteile, Streit

## Services: Wohnen

service-housing-advice-forst = Wohnungssuche und Wohnberatung in Forst
    .description = Die Wohnungsgesellschaft zeigt Ihnen freie Wohnungen in Forst und erklärt Mietvertrag, Kaution, Nebenkosten und Hausordnung. Wer Bürgergeld bekommt, erfährt hier, welche Wohnungen das Jobcenter bezahlt.
    .eligibility = Alle, die in Forst eine Wohnung suchen.
    .cost-note = Die Beratung ist kostenlos.
    .appointment-note = Für Besichtigungen brauchen Sie einen Termin. Bringen Sie Ausweis, Aufenthaltstitel und, wenn vorhanden, Einkommensnachweis oder Bescheid vom Jobcenter mit.
    .keywords = Wohnung, Wohnungssuche, Miete, Mietvertrag, Kaution, Wohnen, Forst

service-tenant-advice = Mieterberatung in mehreren Sprachen in Spremberg und Guben
    .description = Beratung bei Problemen mit der Wohnung: hohe Nebenkostenabrechnung, Schimmel, Kündigung oder Streit mit dem Vermieter. Die Beratung gibt es auf Deutsch, Englisch, Arabisch, Russisch, Ukrainisch und Polnisch.
    .eligibility = Mieterinnen und Mieter in Spremberg, Guben und Umgebung.
    .cost-note = Die erste Beratung kostet einen kleinen Betrag; für Mitglieder und Menschen mit Bürgergeld gibt es Ermäßigung.
    .appointment-note = Nur mit Termin. Bringen Sie Mietvertrag, Abrechnung und Briefe vom Vermieter mit.
    .hours-note = Montags in Spremberg, mittwochs in Guben, jeweils von 16:00 bis 18:00 Uhr.
    .keywords = Mieterberatung, Miete, Nebenkosten, Vermieter, Kündigung, Schimmel, Wohnung

service-move-out-support = Hilfe beim Umzug aus der Gemeinschaftsunterkunft in eine eigene Wohnung
    .description = Wer eine eigene Wohnung beziehen darf, bekommt hier Hilfe: bei der Wohnungssuche, beim Antrag auf Übernahme der Miete, bei der Erstausstattung und beim Anmelden von Strom und Internet.
    .eligibility = Bewohnerinnen und Bewohner von Gemeinschaftsunterkünften im Landkreis, die ausziehen dürfen.
    .cost-note = Kostenlos.
    .appointment-note = Termin bei der Migrationssozialarbeit in der Unterkunft oder im Sozialamt vereinbaren.
    .hours-note = Sprechzeit mittwochs, abwechselnd in der Unterkunft Forst und in der Kreisverwaltung.
    .keywords = Umzug, Auszug, Wohnung, eigene Wohnung, Unterkunft, Erstausstattung, Wohnen

## Services: Ehrenamt und Netzwerke

service-volunteer-matching = Ehrenamt finden: Vermittlung der Freiwilligenagentur in Forst
    .description = Sie möchten sich engagieren, zum Beispiel als Lernpatin, Sprachpate oder im Sportverein? Die Freiwilligenagentur findet mit Ihnen eine passende Aufgabe. Auch Zugewanderte sind als Ehrenamtliche herzlich willkommen.
    .eligibility = Alle Menschen ab 16 Jahren, die sich freiwillig engagieren möchten.
    .cost-note = Kostenlos.
    .appointment-note = Termin empfohlen, damit wir Zeit für ein Kennenlerngespräch haben.
    .accessibility-note = Das Büro liegt im Hochparterre, es gibt drei Stufen am Eingang.
    .keywords = Ehrenamt, freiwillig, helfen, Engagement, Patenschaft, mitmachen

service-volunteer-training = Schulung für Ehrenamtliche in der Integrationsarbeit
    .description = Samstagsseminare für Ehrenamtliche: Asylrecht kurz erklärt, interkulturelle Kommunikation, Umgang mit belastenden Situationen und eigene Grenzen. Die Seminare finden in der Kreisverwaltung in Forst statt.
    .eligibility = Ehrenamtliche und Interessierte, die Zugewanderte begleiten oder begleiten möchten.
    .cost-note = Kostenlos, mit Mittagessen.
    .appointment-note = Bitte für jedes Seminar einzeln anmelden.
    .hours-note = Einzelne Samstage von März bis November 2026; die Termine stehen auf der Website.
    .keywords = Schulung, Seminar, Ehrenamt, Fortbildung, Weiterbildung, Integration

service-welcome-network-forst = Willkommensnetzwerk Forst: Patenschaften und Begleitung
    .description = Im Netzwerk Willkommen in Forst begleiten Patinnen und Paten neue Nachbarn zu Terminen, helfen bei Briefen und zeigen die Stadt. Beim offenen Treffen am Montag können Sie das Netzwerk kennenlernen.
    .eligibility = Zugewanderte, die Begleitung suchen, und Menschen aus Forst, die helfen möchten.
    .cost-note = Kostenlos.
    .appointment-note = Zum Treffen einfach vorbeikommen.
    .keywords = Patenschaft, Pate, Begleitung, Ehrenamt, Netzwerk, Hilfe, Forst

service-welcome-network-guben = Integrationsnetzwerk Guben: Patenschaften
    .description = Das Netzwerk Integration Guben bringt Familien und Patinnen und Paten zusammen, organisiert Feste in der Stadt und auf der polnischen Seite in Gubin und hilft beim Ankommen.
    .eligibility = Zugewanderte Familien und alle, die mitmachen möchten.
    .cost-note = Kostenlos.
    .appointment-note = Offenes Treffen am Donnerstagabend, ohne Anmeldung.
    .keywords = Patenschaft, Netzwerk, Ehrenamt, Feste, Familien, Guben

service-welcome-network-spremberg = Netzwerk Ankommen in Spremberg
    .description = Ehrenamtliche und Zugewanderte in Spremberg treffen sich jeden Dienstag, planen gemeinsame Aktionen und helfen sich gegenseitig, zum Beispiel bei Behördengängen oder beim Umzug.
    .eligibility = Alle, die in Spremberg neu sind oder helfen möchten.
    .cost-note = Kostenlos.
    .appointment-note = Keine Anmeldung nötig.
    .accessibility-note = Der Treffpunkt ist im ersten Stock; bei Bedarf treffen wir uns im Erdgeschoss nebenan.
    .keywords = Netzwerk, Ehrenamt, Ankommen, Hilfe, Treffpunkt, Spremberg

service-welcome-network-kolkwitz = Netzwerk Kolkwitz miteinander
    .description = Das Netzwerk in Kolkwitz lädt zum Spielenachmittag, zum gemeinsamen Kochen und zu kleinen Ausflügen ein. Ehrenamtliche helfen bei Fragen zu Bus, Einkaufen und Schule im Ort.
    .eligibility = Zugewanderte und Einheimische in der Gemeinde Kolkwitz und ihren Ortsteilen.
    .cost-note = Kostenlos.
    .appointment-note = Einfach vorbeikommen.
    .keywords = Netzwerk, Treffpunkt, Ehrenamt, Nachbarn, Kochen, Kolkwitz

## Services: Freizeit und Kultur

service-sports-integration-forst = Offenes Fußballtraining in Forst (Integration durch Sport)
    .description = Zweimal pro Woche wird auf dem Sportplatz Fußball gespielt, ohne Vereinsmitgliedschaft. Bringen Sie Sportschuhe und etwas zu trinken mit; wer möchte, kann danach im Verein mitspielen.
    .eligibility = Kinder ab 8 Jahren, Jugendliche und Erwachsene, Mädchen und Frauen ausdrücklich willkommen.
    .cost-note = Kostenlos.
    .appointment-note = Einfach vorbeikommen.
    .hours-note = Dienstag und Freitag von 17:00 bis 18:30 Uhr, von April bis Oktober. Im Winter in der Sporthalle, Zeiten auf der Website.
    .keywords = Fußball, Sport, Training, Verein, Freizeit, Bewegung, Forst

service-swimming-course-guben = Schwimmkurs für Frauen und Kinder in Guben
    .description = Schwimmen lernen in kleinen Gruppen in der Schwimmhalle Guben: samstags ein Kurs nur für Frauen mit Trainerin, mittwochs ein Kurs für Kinder ab 5 Jahren.
    .eligibility = Frauen und Kinder ab 5 Jahren, die nicht oder unsicher schwimmen.
    .cost-note = Kleiner Kursbeitrag für zehn Termine; mit Bildungsgutschein oder Bürgergeld-Bescheid ermäßigt oder kostenlos.
    .appointment-note = Anmeldung nötig. Bitte Badekleidung, Handtuch und Duschzeug mitbringen; Burkini ist erlaubt.
    .hours-note = Kurs von September bis Dezember 2026.
    .keywords = Schwimmen, Schwimmkurs, Frauen, Kinder, Sport, Schwimmhalle, Guben

service-bike-workshop-spremberg = Fahrradwerkstatt und Radfahrkurs in Spremberg
    .description = In der offenen Werkstatt reparieren Sie Ihr Fahrrad mit Hilfe von Ehrenamtlichen, gespendete Räder werden günstig abgegeben. Im Sommer gibt es einen Radfahrkurs für Erwachsene, auch nur für Frauen.
    .eligibility = Alle; der Radfahrkurs ist für Erwachsene, die Radfahren lernen möchten.
    .cost-note = Werkstatt und Kurs kostenlos, Ersatzteile zum Selbstkostenpreis.
    .appointment-note = Werkstatt ohne Anmeldung; für den Radfahrkurs bitte anmelden.
    .hours-note = Samstags das ganze Jahr; mittwochs nur von April bis September.
    .keywords = Fahrrad, Radfahren, Werkstatt, Reparatur, Fahrradkurs, Mobilität, Spremberg

service-intercultural-garden-peitz = Interkultureller Garten in Peitz
    .description = Im Garten am Stadtrand bauen Familien aus Peitz und aus vielen Ländern zusammen Gemüse und Kräuter an. Sie können ein eigenes Beet bekommen oder einfach beim Gießen und Ernten helfen.
    .eligibility = Alle, die gern gärtnern, auch ohne Erfahrung.
    .cost-note = Kostenlos; Werkzeug und Saatgut sind da.
    .appointment-note = Einfach vorbeikommen; für ein eigenes Beet bitte bei den Gärtnerinnen und Gärtnern vor Ort melden.
    .hours-note = Gartensaison von April bis Mitte Oktober.
    .keywords = Garten, Gärtnern, Gemüse, Natur, Freizeit, Familien, Peitz

service-sorbian-culture-peitz = Sorbische Kultur kennenlernen in Peitz
    .description = Der Sorbische Kulturverein Picnjo zeigt, wie die Sorben und Wenden in der Lausitz leben: mit Trachten, Ostereiern, Liedern und den ersten Wörtern Niedersorbisch. Sie sind auch zu den Festen im Jahr eingeladen, etwa zur Fastnacht (Zapust).
    .eligibility = Alle, die neugierig auf die Region sind, auch Familien mit Kindern.
    .cost-note = Kostenlos; bei manchen Festen wird um eine Spende gebeten.
    .appointment-note = Für Gruppen und Kurse bitte vorher anmelden.
    .accessibility-note = Der Vereinsraum ist nur über eine Treppe erreichbar.
    .keywords = Sorben, Wenden, sorbische Kultur, Niedersorbisch, Tradition, Feste, Peitz

service-interfaith-dialogue = Interreligiöser Gesprächskreis in Forst
    .description = Christinnen und Christen, Musliminnen und Muslime und Menschen ohne Religion sprechen einmal im Monat über Glauben, Feiertage und Alltag. Es gibt Tee und etwas zu essen, alle Fragen sind erlaubt.
    .eligibility = Alle, egal welche Religion.
    .cost-note = Kostenlos.
    .appointment-note = Keine Anmeldung nötig.
    .hours-note = Jeden ersten Donnerstag im Monat.
    .keywords = Religion, Glaube, Moschee, Kirche, Dialog, Gesprächskreis, Forst

service-intercultural-week = Interkulturelle Woche im Landkreis Spree-Neiße
    .description = Eine Woche lang gibt es im ganzen Landkreis Feste, Konzerte, Filme, Lesungen und offene Türen bei Vereinen und Beratungsstellen. Das Programm liegt in der Kreisverwaltung aus und steht auf der Website.
    .eligibility = Für alle Menschen im Landkreis.
    .cost-note = Die meisten Veranstaltungen sind kostenlos.
    .appointment-note = Für die meisten Veranstaltungen ist keine Anmeldung nötig.
    .hours-note = Vom 20. bis 27. September 2026, an verschiedenen Orten im Landkreis.
    .keywords = Interkulturelle Woche, Fest, Kultur, Veranstaltungen, Konzert, Begegnung

service-library-international-spremberg = Internationale Bibliothek in Spremberg: Bücher in vielen Sprachen
    .description = In der Stadtbibliothek Spremberg gibt es Bücher, Kinderbücher und Zeitschriften auf Arabisch, Ukrainisch, Russisch, Persisch, Türkisch, Polnisch und Englisch sowie Material zum Deutschlernen. Sie können kostenlos am Computer arbeiten und das WLAN nutzen.
    .eligibility = Für alle. Zum Ausleihen brauchen Sie einen Bibliotheksausweis.
    .cost-note = Lesen vor Ort ist kostenlos. Der Ausweis kostet für Erwachsene eine kleine Jahresgebühr, für Kinder und Jugendliche ist er kostenlos.
    .appointment-note = Kein Termin nötig. Für den Ausweis bringen Sie einen Pass oder eine Aufenthaltskarte mit.
    .keywords = Bibliothek, Bücher, Kinderbücher, Deutsch lernen, Internet, WLAN, Spremberg

## Services: Rathäuser und Ämter vor Ort

service-citizens-office-forst = Bürgerbüro Forst: Wohnsitz anmelden
    .description = Nach dem Umzug nach Forst melden Sie hier innerhalb von zwei Wochen Ihre Wohnung an und bekommen die Meldebescheinigung. Sie brauchen sie für Bank, Jobcenter, Schule und Ausländerbehörde.
    .eligibility = Alle, die in Forst (Lausitz) wohnen.
    .cost-note = Die Anmeldung ist kostenlos; für Ausweise und manche Bescheinigungen zahlen Sie Gebühren.
    .appointment-note = Mit Termin geht es schneller. Bringen Sie Pass und die Wohnungsgeberbestätigung vom Vermieter mit.
    .keywords = Anmeldung, Wohnsitz, Meldebescheinigung, Bürgerbüro, Rathaus, Ummeldung, Forst

service-citizens-office-guben = Bürgerbüro Guben: Wohnsitz anmelden und Ausweise
    .description = Im Rathaus Guben melden Sie Ihren Wohnsitz an oder um, beantragen Führungszeugnisse und holen Formulare für viele Anträge. Manche Mitarbeitende sprechen Polnisch.
    .eligibility = Alle, die in Guben wohnen.
    .cost-note = Anmeldung kostenlos, andere Leistungen kosten Gebühren.
    .appointment-note = Termin empfohlen. Bitte Pass und Wohnungsgeberbestätigung mitbringen.
    .keywords = Anmeldung, Wohnsitz, Meldebescheinigung, Bürgerbüro, Rathaus, Guben

service-citizens-office-spremberg = Bürgerbüro Spremberg: Wohnsitz anmelden
    .description = Das Bürgerbüro im Rathaus Spremberg ist zuständig für Anmeldung, Ummeldung und Meldebescheinigungen. Ohne Meldebescheinigung können Sie viele Anträge nicht stellen, darum kommen Sie bald nach dem Einzug.
    .eligibility = Alle, die in Spremberg wohnen.
    .cost-note = Anmeldung kostenlos, für Bescheinigungen und Ausweise fallen Gebühren an.
    .appointment-note = Nur mit Termin, online oder telefonisch. Pass und Wohnungsgeberbestätigung mitbringen.
    .keywords = Anmeldung, Wohnsitz, Meldebescheinigung, Bürgerbüro, Rathaus, Spremberg

service-amt-burg-welcome = Willkommensberatung im Amt Burg (Spreewald)
    .description = Neu in Burg, Briesen, Werben oder einem anderen Ort im Amt Burg? Einmal pro Woche erklärt Ihnen eine Mitarbeiterin der Amtsverwaltung, wo Sie sich anmelden, wie Sie Kita und Schule finden und wer bei weiteren Fragen hilft.
    .eligibility = Zugezogene in den Gemeinden des Amtes Burg (Spreewald).
    .cost-note = Kostenlos.
    .appointment-note = Termin empfohlen, damit eine Sprachmittlung organisiert werden kann.
    .keywords = Willkommen, Beratung, Anmeldung, Amt, neu hier, Burg, Spreewald

service-amt-doebern-welcome = Sprechstunde Integration im Amt Döbern-Land
    .description = In der Amtsverwaltung Döbern gibt es jeden Donnerstag eine offene Sprechstunde für Zugewanderte: Hilfe bei Formularen, Fragen zu Bus und Schule in den Dörfern und Kontakte zum Netzwerk Willkommen.
    .eligibility = Zugewanderte aus Döbern und den anderen Gemeinden im Amt Döbern-Land.
    .cost-note = Kostenlos.
    .appointment-note = Ohne Termin.
    .keywords = Sprechstunde, Integration, Beratung, Formulare, Amt, Döbern

service-drebkau-drop-in = Offener Treff für Zugewanderte in Drebkau
    .description = Freitags am Nachmittag ist der Treff in Drebkau geöffnet: Hier gibt es Kaffee, Hilfe bei Briefen und Formularen und Kontakt zu Beratungsstellen in Spremberg und Cottbus.
    .eligibility = Zugewanderte und Nachbarn aus Drebkau und den Ortsteilen.
    .cost-note = Kostenlos.
    .appointment-note = Einfach vorbeikommen.
    .keywords = Treffpunkt, offener Treff, Briefe, Hilfe, Beratung, Drebkau

service-youth-club-welzow = Jugendtreff international in Welzow
    .description = Treffpunkt für Jugendliche aus Welzow und aus vielen Ländern: Billard, Kicker, Musik, Kochen und Ausflüge. Freitags ist bis 21 Uhr offen, und einmal im Monat gibt es einen Filmabend.
    .eligibility = Jugendliche von 12 bis 21 Jahren.
    .cost-note = Kostenlos.
    .appointment-note = Einfach vorbeikommen.
    .accessibility-note = Der Treff liegt im Untergeschoss und ist nur über Stufen erreichbar.
    .keywords = Jugendclub, Jugendtreff, Freizeit, Jugendliche, Musik, Welzow

## Locations

location-svc-kreisverwaltung-forst = Kreisverwaltung Spree-Neiße, Forst
    .directions = Vom Bahnhof Forst etwa 10 Minuten zu Fuß. Der Haupteingang hat eine Rampe, im Haus gibt es einen Aufzug.

location-svc-vhs-forst = Volkshochschule Forst
    .directions = Bushaltestelle Cottbuser Straße direkt vor dem Haus.

location-svc-gesundheitsamt-forst = Gesundheitsamt Forst
    .directions = Eingang über den Hof, dem Schild „Gesundheitsamt“ folgen.

location-svc-jobcenter-forst = Jobcenter Forst

location-svc-arbeitsagentur-forst = Agentur für Arbeit, Geschäftsstelle Forst

location-svc-beratungshaus-forst = Beratungshaus an der Promenade, Forst
    .directions = Altbau, Beratungsräume im ersten Stock; im Erdgeschoss gibt es einen Raum für Gespräche ohne Treppe.

location-svc-jmd-forst = Jugendmigrationsdienst Forst

location-svc-gu-forst = Gemeinschaftsunterkunft Forst
    .directions = Am Stadtrand; Bushaltestelle Am Eichwald. Das Büro der Sozialarbeit ist im Haus A im Erdgeschoss.

location-svc-treffpunkt-forst = Begegnungsstätte Treffpunkt Lindenstraße, Forst

location-svc-wohnungsgesellschaft-forst = Kundenbüro der Wohnungsgesellschaft Forst

location-svc-freiwilligenagentur-forst = Freiwilligenagentur Spree-Neiße, Forst

location-svc-sportplatz-forst = Sportplatz an der Jahnstraße, Forst
    .directions = Eingang neben der Turnhalle; Umkleiden sind vorhanden.

location-svc-gemeindehaus-forst = Gemeindehaus an der Kirchstraße, Forst

location-svc-rathaus-forst = Rathaus Forst, Bürgerbüro
    .directions = Am Markt, Eingang Bürgerbüro im Erdgeschoss links.

location-svc-vhs-guben = Volkshochschule Guben

location-svc-sprachschule-guben = Sprachschule Lausitz, Guben
    .directions = Zweiter Stock, kein Aufzug.

location-svc-stadtteilhaus-guben = Stadtteilhaus Guben

location-svc-beratungshaus-guben = Beratungszentrum Berliner Straße, Guben

location-svc-jmd-guben = Jugendmigrationsdienst Guben

location-svc-rathaus-guben = Rathaus Guben
    .directions = Die Sprechstunde der Ausländerbehörde ist in Raum 012 im Erdgeschoss.

location-svc-jobcenter-guben = Jobcenter Guben

location-svc-handwerk-guben = Beratungsbüro Handwerk, Guben

location-svc-gu-guben = Gemeinschaftsunterkunft Guben
    .directions = Bushaltestelle Forster Straße; Büro im Erdgeschoss rechts.

location-svc-psz-guben = Psychosoziales Zentrum Guben
    .directions = Klingel „PSZ“, erster Stock.

location-svc-familienzentrum-guben = Frauen- und Familienzentrum Guben

location-svc-schwimmhalle-guben = Schwimmhalle Guben
    .directions = Eingang am Parkplatz des Sportzentrums.

location-svc-sprachschule-spremberg = Sprachschule Lausitz, Spremberg

location-svc-vhs-spremberg = Volkshochschule Spremberg

location-svc-bibliothek-spremberg = Stadtbibliothek Spremberg
    .directions = Am Markt, gegenüber vom Rathaus.

location-svc-beratungshaus-spremberg = Beratungszentrum Dresdener Straße, Spremberg

location-svc-jmd-spremberg = Jugendmigrationsdienst Spremberg
    .directions = Wenige Minuten vom Bahnhof Spremberg.

location-svc-jobcenter-spremberg = Jobcenter Spremberg

location-svc-familienzentrum-spremberg = Familienzentrum Spremberg

location-svc-begegnungshaus-spremberg = Begegnungshaus Spremberg

location-svc-fahrradwerkstatt-spremberg = Fahrradwerkstatt Spremberg
    .directions = Im Hinterhof, Eingang über die Toreinfahrt.

location-svc-rathaus-spremberg = Rathaus Spremberg, Bürgerbüro

location-svc-sprachschule-peitz = Sprachschule Lausitz, Peitz

location-svc-garten-peitz = Interkultureller Garten Peitz
    .directions = Am Ende des Gartenwegs, hinter der Kleingartenanlage; Zugang über einen Sandweg.

location-svc-sorbisch-peitz = Vereinshaus des Sorbischen Kulturvereins, Peitz

location-svc-amt-doebern = Amtsverwaltung Döbern-Land

location-svc-familientreff-doebern = Familientreff Döbern

location-svc-begegnung-welzow = Begegnungsstätte Welzow

location-svc-jugendtreff-welzow = Jugendtreff Welzow

location-svc-treff-drebkau = Offener Treff Drebkau

location-svc-treff-kolkwitz = Gemeindetreff Kolkwitz

location-svc-amt-burg = Amtsverwaltung Burg (Spreewald)
    .directions = Im Ortszentrum an der Hauptstraße, Bushaltestelle in der Nähe.
