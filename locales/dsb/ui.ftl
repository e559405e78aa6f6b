### Wegweiser: the library's own UI strings, Lower Sorbian (dolnoserbšćina).
### Every locale has the same message ids; plurals use the CLDR categories of the locale
### (dsb: one, two, few, other).

# The name of this language, written in itself (for language switchers).
language-name = Dolnoserbšćina

## Kinds of entities

kind-service = Póbitowanje
kind-measure = Napšawa
kind-field = Jadnańske pólo
kind-goal = Cil
kind-recommendation = Pórucenje za jadnanje
kind-principle = Zasada
kind-organization = Organizacija
kind-contact = Kontakt
kind-location = Městno
kind-municipality = Gmejna
kind-target-group = Celowa kupka

## Counts ($count is a number)

count-services = { $count ->
    [one] { $count } póbitowanje
    [two] { $count } póbitowani
    [few] { $count } póbitowanja
   *[other] { $count } póbitowanjow
}
count-measures = { $count ->
    [one] { $count } napšawa
    [two] { $count } napšawje
    [few] { $count } napšawy
   *[other] { $count } napšawow
}
count-results = { $count ->
    [0] Žedne wuslědki
    [one] { $count } wuslědk
    [two] { $count } wuslědka
    [few] { $count } wuslědki
   *[other] { $count } wuslědkow
}
services-found = { $count ->
    [0] Žedne póbitowanja namakane
    [one] { $count } namakane póbitowanje
    [two] { $count } namakanej póbitowani
    [few] { $count } namakane póbitowanja
   *[other] { $count } namakanych póbitowanjow
}
count-languages = { $count ->
    [one] w { $count } rěcy
    [two] w { $count } rěcoma
    [few] w { $count } rěcach
   *[other] w { $count } rěcach
}
count-problems = { $errors ->
    [one] { $errors } zmólka
    [two] { $errors } zmólce
    [few] { $errors } zmólki
   *[other] { $errors } zmólkow
}, { $warnings ->
    [one] { $warnings } warnowanje
    [two] { $warnings } warnowani
    [few] { $warnings } warnowanja
   *[other] { $warnings } warnowanjow
}

## Field labels

label-name = Mě
label-description = Wopisanje
label-fields = Jadnańske póla
label-provider = Nosaŕ
label-locations = Městna
label-contacts = Kontaktne wósoby
label-languages = Rěcy
label-languages-spoken = Powědane rěcy
label-target-groups = Celowe kupki
label-cost = Kósty
label-eligibility = Chto móžo se wobźěliś?
label-appointment = Termin
label-opening-hours = Wócynjeńske góźiny
label-office-hours = Rozgronowe góźiny
label-website = Websedło
label-accessibility = Bźezbariernosć
label-keywords = Klucowe słowa
label-last-reviewed = Slědny raz pśeglědane
label-phone = Telefon
label-email = E-mail
label-address = Adresa
label-municipality = Gmejna
label-amt = Amt
label-sorbian-name = Serbske mě
label-status = Staw zwoprawdnjenja
label-time-frame = Doba
label-responsible = Zagronite
label-partners = Partnarje
label-goals = Cile
label-recommendations = Pórucenja za jadnanje
label-measures = Napšawy
label-services = Póbitowanja
label-organization = Organizacija
label-status-as-of = Staw
label-version = Wersija

## Values

cost-free = dermo
cost-paid = z kóstami
appointment-required = termin trěbny
appointment-recommended = termin se pórucyjo
appointment-not-needed = bźez termina
step-free-yes = pśistupne bźez schójźenkow
step-free-no = njejo pśistupne bźez schójźenkow
step-free-unknown = pśistupnosć njejo znata
measure-status-planned = planowane
measure-status-in-progress = se zwoprawdnja
measure-status-ongoing = běžy dalej
measure-status-done = zakóńcone
measure-status-dropped = njejo se dalej slědowało
municipality-kind-town = Město
municipality-kind-municipality = Gmejna
municipality-kind-amt = Amt
visibility-public = zjawne
visibility-internal = interne

## Weekdays

weekday-mo = Pónjeźele
weekday-tu = Wałtora
weekday-we = Srjoda
weekday-th = Stwórtk
weekday-fr = Pětk
weekday-sa = Sobota
weekday-su = Njeźela

## Times and periods ($opens, $closes, $start, $end are preformatted strings)

hours-range = { $opens }–{ $closes } góź.
time-frame-from = wót { $start }
time-frame-range = { $start } až do { $end }
valid-period = płaśiwe wót { $start } do { $end }

## Notes

fallback-note = Hyšći njepśełožone: toś ten tekst se pokazujo w rěcy { $language }.
machine-translated-note = Mašinowo pśełožone
demo-data-note = Pśikładne daty: kontakty, telefonowe numery a e-mailowe adrese su wumyslone.

## Translation status table

l10n-locale = Rěc
l10n-translated = pśełožone
l10n-machine = mašinowo
l10n-outdated = njeaktualne
l10n-missing = feluje
l10n-coverage = Pókšyśe

## Validation

validate-ok = Žedne problemy namakane.
severity-error = Zmólka
severity-warning = Warnowanje

## Search widget (<wegweiser-directory>)

widget-search-label = Póbitowanja pytaś
widget-search-placeholder = na pś. rěcny kurs, póraźowanje, Baršć
widget-filter-any = Wšykne
widget-filter-kind = Družyna
widget-language-label = Rěc
widget-search-error = Pytanje njejo se raźiło. Pšosym zacytajśo bok znowego.
widget-results-label = Wuslědki pytanja
widget-filters-label = Filtry
widget-show-more = Dalšne wuslědki pokazaś
widget-print-card = Śišćaś
widget-print-list = Lisćinu śišćaś
# The widget shows the copy saved for use without a network; the date is the data's "status as of".
widget-offline-note = Bźez zwiska z internetom: wiźiśo na toś tom rěźe składowanu wersiju, stan { $day }. { $month }. { $year }.
widget-outdated-note = Originalny tekst jo se pó pśełožowanju změnił. Pśełožk snaź njejo wěcej aktualny.

## Open now and next opening. Times and dates are built from hours-time and hours-date,
## so each locale chooses its own form; $time, $date are such preformatted strings.
## $day is a weekday's name (weekday-*), $weekday its code (mo, tu, we, th, fr, sa, su)
## for languages whose grammar needs another form ("в среду"); $holiday a holiday's name.

hours-time = { $hour }:{ $minute }
hours-date = { $day }.{ $month }.{ $year }
hours-open-until = Něnto wócynjone, až do { $time } góź.
hours-appointment-until = Něnto jano z terminom, až do { $time } góź.
hours-closed = Něnto zacynjone
hours-closed-holiday = Źinsa zacynjone ({ $holiday })
hours-closed-closure = Zacynjone: { $note }
hours-closed-temporarily = Nachylu zacynjone
hours-opens-today = wócynijo se źinsa wó { $time } góź.
hours-opens-tomorrow = wócynijo se witśe wó { $time } góź.
hours-opens-weekday = { $weekday ->
    [mo] wócynijo se pónjeźele wó { $time } góź.
    [tu] wócynijo se wałtoru wó { $time } góź.
    [we] wócynijo se srjodu wó { $time } góź.
    [th] wócynijo se stwórtk wó { $time } góź.
    [fr] wócynijo se pětk wó { $time } góź.
    [sa] wócynijo se sobotu wó { $time } góź.
    [su] wócynijo se njeźelu wó { $time } góź.
   *[other] wócynijo se { $day } wó { $time } góź.
}
hours-opens-date = wócynijo se { $date } wó { $time } góź.
hours-by-appointment = Jano z terminom
hours-by-arrangement = Case pó dojadnanju
hours-unknown = Wócynjeńske góźiny njejsu znate
hours-day-closed = zacynjone
hours-day-holiday = { $holiday }: zacynjone
hours-day-appointment = { $range } (jano z terminom)
hours-week = Pśiducych sedym dnjow
# Between a weekday and its date, and between two periods of one day.
hours-list-separator = {", "}
hours-today = źinsa
hours-tomorrow = witśe

## Public holidays

holiday-new-year = Nowe lěto
holiday-good-friday = Śichy pětk
holiday-easter-sunday = Jatšowna njeźela
holiday-easter-monday = Jatšowne pónjeźele
holiday-labour-day = Źeń źěła
holiday-ascension = Kněžy spěch
holiday-whit-sunday = Swětkowna njeźela
holiday-whit-monday = Swětkowne pónjeźele
holiday-german-unity = Źeń nimskeje jadnoty
holiday-reformation = Źeń reformacije
holiday-christmas-day = 1. gódowny swěźeń
holiday-boxing-day = 2. gódowny swěźeń

## Distances ($whole and $fraction are digits: 2 and 4 for 2.4 km; $meters a whole number)

distance-km = { $whole },{ $fraction } km
distance-m = { $meters } m
label-distance = Wótstawk

## Search widget: open now and near me

widget-open-now = Něnto wócynjone
widget-near-me = W mójej bliskosći
widget-near-place = Abo městno wubraś
widget-near-none = Žedno městno
widget-location-denied = Pśistup k wašomu stojnišćoju njejo dowólony. Wubjeŕśo městno z lisćiny.
widget-location-unavailable = Wašo stojnišćo njejo se dało zwěsćiś. Wubjeŕśo městno z lisćiny.
widget-sorted-by-distance = Pó wótstawku sortěrowane
widget-osm-link = Na OpenStreetMap pokazaś
