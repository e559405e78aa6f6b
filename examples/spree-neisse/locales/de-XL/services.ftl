### machine-translated
### Texte in Leichter Sprache für die Beispiel-Daten (Spree-Neiße, Demo-Daten).
### Entwurf von einem Sprach-Modell, nicht von Hand geschrieben.
### Bitte von Fachleuten für Leichte Sprache und von einer Prüf-Gruppe prüfen lassen.

## Angebote: Bildung und Sprache

service-integration-course-forst = Integrations-Kurs in Forst: Deutsch lernen
    .description =
        Im Integrations-Kurs lernen Sie Deutsch.
        Sie lernen Deutsch bis zur Stufe B1.
        B1 heißt: Sie können im Alltag schon gut Deutsch sprechen.
        Sie lernen auch viel über das Leben in Deutschland.
        Der Kurs ist an 5 Tagen in der Woche.
        Der Kurs ist immer am Vormittag.
        Der Kurs ist in der Volks-Hochschule.
        Die Volks-Hochschule ist eine Schule für Erwachsene.
        Am Ende vom Kurs machen Sie 2 Tests.
        Der 1. Test heißt: „Deutsch-Test für Zuwanderer“.
        Der 2. Test heißt: „Leben in Deutschland“.
    .eligibility =
        Der Kurs ist für Erwachsene.
        Sie brauchen eine Berechtigung für den Integrations-Kurs.
        Berechtigung heißt: Sie dürfen den Kurs machen.
        Manche Menschen müssen den Kurs machen.
        Das heißt: Verpflichtung.
        Die Berechtigung oder die Verpflichtung bekommen Sie zum Beispiel von der Ausländer-Behörde.
        Oder Sie bekommen die Berechtigung oder die Verpflichtung vom Jobcenter.
        Auch EU-Bürgerinnen und EU-Bürger können einen Antrag für den Kurs stellen.
        EU ist die Abkürzung für: Europäische Union.
        Die EU ist eine Gruppe von Ländern in Europa.
        EU-Bürger sind Menschen aus einem Land in der EU.
        Ein Antrag ist eine Bitte an ein Amt.
    .cost-note =
        Haben Sie einen Berechtigungs-Schein?
        Dann ist der Kurs für Sie kostenlos.
        Auf dem Berechtigungs-Schein steht: Sie dürfen den Kurs machen.
        Oder haben Sie eine Kosten-Befreiung?
        Kosten-Befreiung heißt: Sie müssen für den Kurs nichts bezahlen.
        Dann ist der Kurs für Sie auch kostenlos.
        Alle anderen Menschen bezahlen selbst einen Teil von den Kosten.
        Sie bezahlen dann für jede Unterrichts-Stunde einen Betrag.
        Sie möchten eine Kosten-Befreiung?
        Dann helfen wir Ihnen beim Antrag.
    .appointment-note =
        Vor dem Kurs machen Sie einen kurzen Test.
        Der Test heißt: Einstufungs-Test.
        Der Test zeigt: So gut können Sie schon Deutsch.
        Bitte bringen Sie Ihren Pass mit.
        Oder bringen Sie Ihre Aufenthalts-Karte mit.
        Die Aufenthalts-Karte ist eine Karte von der Ausländer-Behörde.
        Auf der Karte steht: Sie dürfen in Deutschland leben.
        Bringen Sie auch Ihren Berechtigungs-Schein mit.
    .hours-note =
        Der Kurs ist von Montag bis Freitag.
        Der Kurs ist immer am Vormittag.
        Jeden Dienstag am Nachmittag können Sie sich für den Kurs anmelden.
        Dann beraten wir Sie auch zum Kurs.
    .keywords = Deutschkurs, Sprachkurs, Deutsch lernen, Integrationskurs, Integrations-Kurs, B1, BAMF, Volkshochschule, VHS

## Angebote: Beratung, Ämter, Arbeit

service-mbe-forst = Migrations-Beratung für Erwachsene (MBE) in Forst
    .description =
        Die MBE ist eine Beratung.
        MBE ist die Abkürzung für: Migrations-Beratung für Erwachsene.
        Migration heißt: Menschen ziehen in ein anderes Land.
        Die Beratung ist für Menschen ab 27 Jahren.
        Diese Menschen sind aus einem anderen Land nach Deutschland gekommen.
        Wir sprechen mit Ihnen persönlich.
        Wir beraten Sie zu diesen Themen:
        Aufenthalt, Sprach-Kurs, Arbeit, Wohnung und Familie.
        Beim Thema Aufenthalt geht es um die Frage: Dürfen Sie in Deutschland bleiben?
        Wir helfen Ihnen auch bei Briefen von Ämtern.
        Ein Amt ist eine Stelle vom Staat.
        Zusammen mit Ihnen machen wir einen Plan.
        In dem Plan steht: Das können Sie als Nächstes tun.
    .eligibility =
        Die Beratung ist für Menschen ab 27 Jahren.
        Diese Menschen sind nach Deutschland gezogen.
        Und diese Menschen dürfen für lange Zeit in Deutschland bleiben.
        Auch EU-Bürgerinnen und EU-Bürger können zur Beratung kommen.
        EU ist die Abkürzung für: Europäische Union.
        Die EU ist eine Gruppe von Ländern in Europa.
        EU-Bürger sind Menschen aus einem Land in der EU.
    .cost-note =
        Die Beratung kostet nichts.
        Die Beratung ist vertraulich.
        Vertraulich heißt: Was Sie uns sagen, bleibt bei uns.
    .appointment-note =
        Am besten machen Sie vorher einen Termin mit uns.
        Termin heißt: Sie machen mit uns eine feste Zeit aus.
        Ist Ihre Frage dringend?
        Dann können Sie auch ohne Termin kommen.
        Dringend heißt: Sie brauchen schnell Hilfe.
        Bitte bringen Sie Ihre Briefe mit.
        Bringen Sie auch Ihre Unterlagen mit.
        Unterlagen sind wichtige Papiere für Ihre Fragen.
    .accessibility-note =
        Die Beratung ist im 1. Stock.
        Es gibt keinen Aufzug.
        Wir können Sie auch im Erdgeschoss beraten.
        Das Erdgeschoss ist unten im Haus.
        Sie möchten das?
        Dann sagen Sie uns das bitte vorher.
    .keywords = Migrationsberatung, Migrations-Beratung, MBE, Beratung, Aufenthalt, Behörden, Briefe, Familiennachzug, Arbeit

service-immigration-office-forst = Ausländer-Behörde in Forst: Aufenthalt
    .description =
        Die Ausländer-Behörde ist ein Amt.
        Das Amt ist für Menschen aus anderen Ländern da.
        Hier stellen Sie einen Antrag für Ihren Aufenthalts-Titel.
        Ein Antrag ist eine Bitte an ein Amt.
        Ein Aufenthalts-Titel ist eine Erlaubnis.
        Mit der Erlaubnis dürfen Sie in Deutschland leben.
        Hier können Sie Ihren Aufenthalts-Titel auch verlängern.
        Verlängern heißt: Der Aufenthalts-Titel gilt dann länger.
        Hat sich bei Ihnen etwas geändert?
        Zum Beispiel: Sie haben einen neuen Pass.
        Dann melden Sie das hier.
        Melden heißt: Sie sagen es dem Amt.
        Hier können Sie auch einen Antrag für den Familien-Nachzug stellen.
        Familien-Nachzug heißt: Ihre Familie kommt zu Ihnen nach Deutschland.
        Oder Sie stellen hier einen Antrag für die Niederlassungs-Erlaubnis.
        Die Niederlassungs-Erlaubnis ist ein besonderer Aufenthalts-Titel.
        Mit dieser Erlaubnis dürfen Sie ohne Zeit-Grenze in Deutschland bleiben.
        Die Ausländer-Behörde in Forst ist für den ganzen Land-Kreis Spree-Neiße da.
    .eligibility =
        Die Ausländer-Behörde ist für alle Ausländerinnen und Ausländer da.
        Ausländer sind Menschen ohne deutschen Pass.
        Diese Menschen wohnen im Land-Kreis Spree-Neiße.
    .cost-note =
        Viele Aufenthalts-Titel kosten Geld.
        Auch viele Bescheinigungen kosten Geld.
        Eine Bescheinigung ist ein Papier vom Amt.
        Auf dem Papier bestätigt das Amt etwas.
        Das Geld für das Amt heißt: Gebühr.
        Bekommen Sie Leistungen vom Jobcenter oder vom Sozial-Amt?
        Leistungen sind zum Beispiel Geld zum Leben.
        Dann müssen Sie oft weniger bezahlen.
    .appointment-note =
        Sie können nur mit Termin kommen.
        Termin heißt: Sie machen mit dem Amt eine feste Zeit aus.
        Ihr Aufenthalts-Titel hat ein End-Datum.
        Sie möchten Ihren Aufenthalts-Titel verlängern?
        Dann stellen Sie den Antrag spätestens 8 Wochen vor dem End-Datum.
        Spätestens heißt: 8 Wochen vorher oder noch früher.
        Bitte bringen Sie Ihren Pass mit.
        Bringen Sie auch ein biometrisches Foto mit.
        Ein biometrisches Foto ist ein Pass-Foto nach festen Regeln.
        Bringen Sie auch Ihre Aufenthalts-Karte mit.
        Die Aufenthalts-Karte ist eine Karte von der Ausländer-Behörde.
        Auf der Karte steht: Sie dürfen in Deutschland leben.
    .hours-note =
        Jeden Dienstag ist die Sprech-Zeit am Nachmittag.
        Die Sprech-Zeit geht bis 18 Uhr.
        Sprech-Zeit heißt: In dieser Zeit können Sie mit dem Amt sprechen.
    .keywords = Ausländerbehörde, Ausländer-Behörde, Aufenthalt, Aufenthaltstitel, Aufenthalts-Titel, Visum, Verlängerung, Niederlassungserlaubnis, Familiennachzug
