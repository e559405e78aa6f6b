### Wegweiser: the library's own UI strings. German is the source.
### Every locale has the same message ids; plurals use the CLDR categories of the locale.

# The name of this language, written in itself (for language switchers).
language-name = Deutsch

## Kinds of entities

kind-service = Angebot
kind-measure = Maßnahme
kind-field = Handlungsfeld
kind-goal = Ziel
kind-recommendation = Handlungsempfehlung
kind-principle = Grundsatz
kind-organization = Organisation
kind-contact = Kontakt
kind-location = Ort
kind-municipality = Gemeinde
kind-target-group = Zielgruppe

## Counts ($count is a number)

count-services = { $count ->
    [one] { $count } Angebot
   *[other] { $count } Angebote
}
count-measures = { $count ->
    [one] { $count } Maßnahme
   *[other] { $count } Maßnahmen
}
count-results = { $count ->
    [0] Keine Treffer
    [one] { $count } Treffer
   *[other] { $count } Treffer
}
services-found = { $count ->
    [0] Keine Angebote gefunden
    [one] { $count } Angebot gefunden
   *[other] { $count } Angebote gefunden
}
count-languages = { $count ->
    [one] in { $count } Sprache
   *[other] in { $count } Sprachen
}
count-problems = { $errors ->
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
}

## Field labels

label-name = Name
label-description = Beschreibung
label-fields = Handlungsfelder
label-provider = Träger
label-locations = Orte
label-contacts = Ansprechpersonen
label-languages = Sprachen
label-languages-spoken = Gesprochene Sprachen
label-target-groups = Zielgruppen
label-cost = Kosten
label-eligibility = Wer kann teilnehmen?
label-appointment = Termin
label-opening-hours = Öffnungszeiten
label-office-hours = Sprechzeiten
label-website = Webseite
label-accessibility = Barrierefreiheit
label-keywords = Schlagwörter
label-last-reviewed = Zuletzt geprüft
label-phone = Telefon
label-email = E-Mail
label-address = Adresse
label-municipality = Gemeinde
label-amt = Amt
label-sorbian-name = Sorbischer Name
label-status = Stand der Umsetzung
label-time-frame = Zeitraum
label-responsible = Verantwortlich
label-partners = Partner
label-goals = Ziele
label-recommendations = Handlungsempfehlungen
label-measures = Maßnahmen
label-services = Angebote
label-organization = Organisation
label-status-as-of = Stand
label-version = Version

## Values

cost-free = kostenlos
cost-paid = kostenpflichtig
appointment-required = Termin erforderlich
appointment-recommended = Termin empfohlen
appointment-not-needed = ohne Termin
step-free-yes = stufenlos zugänglich
step-free-no = nicht stufenlos zugänglich
step-free-unknown = Zugänglichkeit nicht bekannt
measure-status-planned = geplant
measure-status-in-progress = in Umsetzung
measure-status-ongoing = laufend
measure-status-done = abgeschlossen
measure-status-dropped = nicht weiterverfolgt
municipality-kind-town = Stadt
municipality-kind-municipality = Gemeinde
municipality-kind-amt = Amt
visibility-public = öffentlich
visibility-internal = intern

## Weekdays

weekday-mo = Montag
weekday-tu = Dienstag
weekday-we = Mittwoch
weekday-th = Donnerstag
weekday-fr = Freitag
weekday-sa = Samstag
weekday-su = Sonntag

## Times and periods ($opens, $closes, $start, $end are preformatted strings)

hours-range = { $opens }–{ $closes } Uhr
time-frame-from = seit { $start }
time-frame-range = { $start } bis { $end }
valid-period = gültig { $start } bis { $end }

## Notes

fallback-note = Noch nicht übersetzt: dieser Text wird auf { $language } angezeigt.
machine-translated-note = Maschinell übersetzt
demo-data-note = Beispieldaten: Kontakte, Telefonnummern und E-Mail-Adressen sind erfunden.

## Translation status table

l10n-locale = Sprache
l10n-translated = übersetzt
l10n-machine = maschinell
l10n-outdated = veraltet
l10n-missing = fehlt
l10n-coverage = Abdeckung

## Validation

validate-ok = Keine Probleme gefunden.
severity-error = Fehler
severity-warning = Warnung

## Search widget (<wegweiser-directory>)

widget-search-label = Angebote suchen
widget-search-placeholder = z. B. Sprachkurs, Beratung, Forst
widget-filter-any = Alle
widget-filter-kind = Art
widget-language-label = Sprache
widget-search-error = Die Suche ist fehlgeschlagen. Bitte laden Sie die Seite neu.
widget-results-label = Suchergebnisse
widget-filters-label = Filter
widget-show-more = Weitere Treffer anzeigen
widget-print-card = Drucken
widget-print-list = Liste drucken
# The widget shows the copy saved for use without a network; the date is the data's "status as of".
widget-offline-note = Ohne Internetverbindung: Sie sehen die auf diesem Gerät gespeicherte Fassung, Stand { $day }.{ $month }.{ $year }.
widget-outdated-note = Der Originaltext wurde seit dieser Übersetzung geändert. Die Übersetzung ist vielleicht nicht mehr aktuell.

## Open now and next opening. Times and dates are built from hours-time and hours-date,
## so each locale chooses its own form; $time, $date are such preformatted strings.
## $day is a weekday's name (weekday-*), $weekday its code (mo, tu, we, th, fr, sa, su)
## for languages whose grammar needs another form ("в среду"); $holiday a holiday's name.

hours-time = { $hour }:{ $minute }
hours-date = { $day }.{ $month }.{ $year }
hours-open-until = Jetzt geöffnet, bis { $time } Uhr
hours-appointment-until = Jetzt nur mit Termin, bis { $time } Uhr
hours-closed = Jetzt geschlossen
hours-closed-holiday = Heute geschlossen ({ $holiday })
hours-closed-closure = Geschlossen: { $note }
hours-closed-temporarily = Vorübergehend geschlossen
hours-opens-today = öffnet heute um { $time } Uhr
hours-opens-tomorrow = öffnet morgen um { $time } Uhr
hours-opens-weekday = öffnet { $day } um { $time } Uhr
hours-opens-date = öffnet am { $date } um { $time } Uhr
hours-by-appointment = Nur mit Termin
hours-by-arrangement = Zeiten nach Vereinbarung
hours-unknown = Öffnungszeiten nicht bekannt
hours-day-closed = geschlossen
hours-day-holiday = { $holiday }: geschlossen
hours-day-appointment = { $range } (nur mit Termin)
hours-week = Die nächsten sieben Tage
# Between a weekday and its date, and between two periods of one day.
hours-list-separator = {", "}
hours-today = heute
hours-tomorrow = morgen

## Public holidays

holiday-new-year = Neujahr
holiday-good-friday = Karfreitag
holiday-easter-sunday = Ostersonntag
holiday-easter-monday = Ostermontag
holiday-labour-day = Tag der Arbeit
holiday-ascension = Christi Himmelfahrt
holiday-whit-sunday = Pfingstsonntag
holiday-whit-monday = Pfingstmontag
holiday-german-unity = Tag der Deutschen Einheit
holiday-reformation = Reformationstag
holiday-christmas-day = 1. Weihnachtsfeiertag
holiday-boxing-day = 2. Weihnachtsfeiertag

## Distances ($whole and $fraction are digits: 2 and 4 for 2.4 km; $meters a whole number)

distance-km = { $whole },{ $fraction } km
distance-m = { $meters } m
label-distance = Entfernung

## Search widget: open now and near me

widget-open-now = Jetzt geöffnet
widget-near-me = In meiner Nähe
widget-near-place = Oder einen Ort wählen
widget-near-none = Kein Ort
widget-location-denied = Ihr Standort ist nicht freigegeben. Wählen Sie einen Ort aus der Liste.
widget-location-unavailable = Ihr Standort konnte nicht bestimmt werden. Wählen Sie einen Ort aus der Liste.
widget-sorted-by-distance = Nach Entfernung sortiert
widget-osm-link = Auf OpenStreetMap zeigen
