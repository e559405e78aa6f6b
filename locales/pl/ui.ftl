### Wegweiser: the library's own UI strings. German is the source.
### Every locale has the same message ids; plurals use the CLDR categories of the locale.

# The name of this language, written in itself (for language switchers).
language-name = Polski

## Kinds of entities

kind-service = Oferta
kind-measure = Działanie
kind-field = Obszar działania
kind-goal = Cel
kind-recommendation = Zalecenie
kind-principle = Zasada
kind-organization = Organizacja
kind-contact = Kontakt
kind-location = Miejsce
kind-municipality = Gmina
kind-target-group = Grupa docelowa

## Counts ($count is a number)

count-services = { $count ->
    [one] { $count } oferta
    [few] { $count } oferty
    [many] { $count } ofert
   *[other] { $count } oferty
}
count-measures = { $count ->
    [one] { $count } działanie
    [few] { $count } działania
    [many] { $count } działań
   *[other] { $count } działania
}
count-results = { $count ->
    [0] Brak wyników
    [one] { $count } wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
services-found = { $count ->
    [0] Nie znaleziono ofert
    [one] Znaleziono { $count } ofertę
    [few] Znaleziono { $count } oferty
    [many] Znaleziono { $count } ofert
   *[other] Znaleziono { $count } oferty
}
count-languages = { $count ->
    [one] w { $count } języku
    [few] w { $count } językach
    [many] w { $count } językach
   *[other] w { $count } języka
}
count-problems = { $errors ->
    [one] { $errors } błąd
    [few] { $errors } błędy
    [many] { $errors } błędów
   *[other] { $errors } błędu
}, { $warnings ->
    [one] { $warnings } ostrzeżenie
    [few] { $warnings } ostrzeżenia
    [many] { $warnings } ostrzeżeń
   *[other] { $warnings } ostrzeżenia
}

## Field labels

label-name = Nazwa
label-description = Opis
label-fields = Obszary działania
label-provider = Podmiot prowadzący
label-locations = Miejsca
label-contacts = Osoby kontaktowe
label-languages = Języki
label-languages-spoken = Używane języki
label-target-groups = Grupy docelowe
label-cost = Koszty
label-eligibility = Kto może wziąć udział?
label-appointment = Umówienie wizyty
label-opening-hours = Godziny otwarcia
label-office-hours = Godziny przyjęć
label-website = Strona internetowa
label-accessibility = Dostępność
label-keywords = Słowa kluczowe
label-last-reviewed = Ostatnio sprawdzono
label-phone = Telefon
label-email = E-mail
label-address = Adres
label-municipality = Gmina
label-amt = Amt (związek gmin)
label-sorbian-name = Nazwa łużycka
label-status = Stan realizacji
label-time-frame = Okres
label-responsible = Odpowiedzialni
label-partners = Partnerzy
label-goals = Cele
label-recommendations = Zalecenia
label-measures = Działania
label-services = Oferty
label-organization = Organizacja
label-status-as-of = Stan na
label-version = Wersja

## Values

cost-free = bezpłatnie
cost-paid = odpłatnie
appointment-required = wymagane umówienie wizyty
appointment-recommended = zalecane umówienie wizyty
appointment-not-needed = bez umawiania wizyty
step-free-yes = dostęp bez schodów
step-free-no = brak dostępu bez schodów
step-free-unknown = dostępność nieznana
measure-status-planned = planowane
measure-status-in-progress = w realizacji
measure-status-ongoing = realizowane na stałe
measure-status-done = zakończone
measure-status-dropped = zaniechane
municipality-kind-town = miasto
municipality-kind-municipality = gmina
municipality-kind-amt = Amt (związek gmin)
visibility-public = publiczne
visibility-internal = wewnętrzne

## Weekdays

weekday-mo = Poniedziałek
weekday-tu = Wtorek
weekday-we = Środa
weekday-th = Czwartek
weekday-fr = Piątek
weekday-sa = Sobota
weekday-su = Niedziela

## Times and periods ($opens, $closes, $start, $end are preformatted strings)

hours-range = godz. { $opens }–{ $closes }
time-frame-from = od { $start }
time-frame-range = od { $start } do { $end }
valid-period = ważne od { $start } do { $end }

## Notes

fallback-note = Jeszcze nie przetłumaczono: ten tekst jest wyświetlany w języku: { $language }.
machine-translated-note = Przetłumaczono maszynowo
demo-data-note = Dane przykładowe: kontakty, numery telefonów i adresy e-mail są fikcyjne.

## Translation status table

l10n-locale = Język
l10n-translated = przetłumaczone
l10n-machine = maszynowo
l10n-outdated = nieaktualne
l10n-missing = brak
l10n-coverage = Pokrycie

## Validation

validate-ok = Nie znaleziono problemów.
severity-error = Błąd
severity-warning = Ostrzeżenie

## Search widget (<wegweiser-directory>)

widget-search-label = Wyszukiwanie ofert
widget-search-placeholder = np. kurs językowy, doradztwo, Forst
widget-filter-any = Wszystkie
widget-filter-kind = Rodzaj
widget-language-label = Język
widget-search-error = Wyszukiwanie nie powiodło się. Prosimy odświeżyć stronę.
widget-results-label = Wyniki wyszukiwania
widget-filters-label = Filtry
widget-show-more = Pokaż więcej wyników
widget-print-card = Drukuj
widget-print-list = Drukuj listę
# The widget shows the copy saved for use without a network; the date is the data's "status as of".
widget-offline-note = Brak połączenia z internetem: wyświetlana jest kopia zapisana na tym urządzeniu, stan na { $day }.{ $month }.{ $year }.
widget-outdated-note = Oryginalny tekst zmienił się od czasu powstania tego tłumaczenia. Tłumaczenie może być już nieaktualne.

## Open now and next opening. Times and dates are built from hours-time and hours-date,
## so each locale chooses its own form; $time, $date are such preformatted strings.
## $day is a weekday's name (weekday-*), $weekday its code (mo, tu, we, th, fr, sa, su)
## for languages whose grammar needs another form ("в среду"); $holiday a holiday's name.

hours-time = { $hour }:{ $minute }
hours-date = { $day }.{ $month }.{ $year }
hours-open-until = Otwarte teraz, do godz. { $time }
hours-appointment-until = Teraz tylko po umówieniu wizyty, do godz. { $time }
hours-closed = Zamknięte teraz
hours-closed-holiday = Dziś zamknięte ({ $holiday })
hours-closed-closure = Zamknięte: { $note }
hours-closed-temporarily = Tymczasowo zamknięte
hours-opens-today = otwarcie dziś o godz. { $time }
hours-opens-tomorrow = otwarcie jutro o godz. { $time }
hours-opens-weekday = { $weekday ->
    [mo] otwarcie w poniedziałek o godz. { $time }
    [tu] otwarcie we wtorek o godz. { $time }
    [we] otwarcie w środę o godz. { $time }
    [th] otwarcie w czwartek o godz. { $time }
    [fr] otwarcie w piątek o godz. { $time }
    [sa] otwarcie w sobotę o godz. { $time }
    [su] otwarcie w niedzielę o godz. { $time }
   *[other] otwarcie: { $day }, godz. { $time }
}
hours-opens-date = otwarcie { $date } o godz. { $time }
hours-by-appointment = Tylko po umówieniu wizyty
hours-by-arrangement = Godziny do uzgodnienia
hours-unknown = Godziny otwarcia nieznane
hours-day-closed = zamknięte
hours-day-holiday = { $holiday }: zamknięte
hours-day-appointment = { $range } (tylko po umówieniu wizyty)
hours-week = Najbliższe siedem dni
# Between a weekday and its date, and between two periods of one day.
hours-list-separator = {", "}
hours-today = dziś
hours-tomorrow = jutro

## Public holidays

holiday-new-year = Nowy Rok
holiday-good-friday = Wielki Piątek
holiday-easter-sunday = Niedziela Wielkanocna
holiday-easter-monday = Poniedziałek Wielkanocny
holiday-labour-day = Święto Pracy
holiday-ascension = Wniebowstąpienie
holiday-whit-sunday = Zielone Świątki
holiday-whit-monday = Poniedziałek Zielonoświątkowy
holiday-german-unity = Dzień Jedności Niemiec
holiday-reformation = Dzień Reformacji
holiday-christmas-day = Pierwszy dzień Bożego Narodzenia
holiday-boxing-day = Drugi dzień Bożego Narodzenia

## Distances ($whole and $fraction are digits: 2 and 4 for 2.4 km; $meters a whole number)

distance-km = { $whole },{ $fraction } km
distance-m = { $meters } m
label-distance = Odległość

## Search widget: open now and near me

widget-open-now = Otwarte teraz
widget-near-me = W pobliżu
widget-near-place = Lub proszę wybrać miejscowość
widget-near-none = Nie wybrano miejscowości
widget-location-denied = Lokalizacja nie została udostępniona. Proszę wybrać miejscowość z listy.
widget-location-unavailable = Nie udało się ustalić lokalizacji. Proszę wybrać miejscowość z listy.
widget-sorted-by-distance = Posortowano według odległości
widget-osm-link = Pokaż na mapie OpenStreetMap
