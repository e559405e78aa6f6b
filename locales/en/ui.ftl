### Wegweiser: the library's own UI strings. German is the source.
### Every locale has the same message ids; plurals use the CLDR categories of the locale.

# The name of this language, written in itself (for language switchers).
language-name = English

## Kinds of entities

kind-service = Service
kind-measure = Measure
kind-field = Field of action
kind-goal = Goal
kind-recommendation = Recommendation
kind-principle = Principle
kind-organization = Organisation
kind-contact = Contact
kind-location = Place
kind-municipality = Municipality
kind-target-group = Target group

## Counts ($count is a number)

count-services = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
count-measures = { $count ->
    [one] { $count } measure
   *[other] { $count } measures
}
count-results = { $count ->
    [0] No results
    [one] { $count } result
   *[other] { $count } results
}
services-found = { $count ->
    [0] No services found
    [one] { $count } service found
   *[other] { $count } services found
}
count-languages = { $count ->
    [one] in { $count } language
   *[other] in { $count } languages
}
count-problems = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}

## Field labels

label-name = Name
label-description = Description
label-fields = Fields of action
label-provider = Provider
label-locations = Places
label-contacts = Contact persons
label-languages = Languages
label-languages-spoken = Languages spoken
label-target-groups = Target groups
label-cost = Cost
label-eligibility = Who can take part?
label-appointment = Appointment
label-opening-hours = Opening hours
label-office-hours = Consultation hours
label-website = Website
label-accessibility = Accessibility
label-keywords = Keywords
label-last-reviewed = Last checked
label-phone = Phone
label-email = Email
label-address = Address
label-municipality = Municipality
label-amt = Amt (administrative office)
label-sorbian-name = Sorbian name
label-status = Implementation status
label-time-frame = Time frame
label-responsible = Responsible
label-partners = Partners
label-goals = Goals
label-recommendations = Recommendations
label-measures = Measures
label-services = Services
label-organization = Organisation
label-status-as-of = As of
label-version = Version

## Values

cost-free = free of charge
cost-paid = fee required
appointment-required = appointment required
appointment-recommended = appointment recommended
appointment-not-needed = no appointment needed
step-free-yes = step-free access
step-free-no = no step-free access
step-free-unknown = accessibility not known
measure-status-planned = planned
measure-status-in-progress = being implemented
measure-status-ongoing = ongoing
measure-status-done = completed
measure-status-dropped = discontinued
municipality-kind-town = Town
municipality-kind-municipality = Municipality
municipality-kind-amt = Amt (administrative office)
visibility-public = public
visibility-internal = internal

## Weekdays

weekday-mo = Monday
weekday-tu = Tuesday
weekday-we = Wednesday
weekday-th = Thursday
weekday-fr = Friday
weekday-sa = Saturday
weekday-su = Sunday

## Times and periods ($opens, $closes, $start, $end are preformatted strings)

hours-range = { $opens }–{ $closes }
time-frame-from = since { $start }
time-frame-range = { $start } to { $end }
valid-period = valid from { $start } to { $end }

## Notes

fallback-note = Not yet translated: this text is shown in { $language }.
machine-translated-note = Machine-translated
demo-data-note = Sample data: contacts, phone numbers and email addresses are made up.

## Translation status table

l10n-locale = Language
l10n-translated = translated
l10n-machine = machine-translated
l10n-outdated = outdated
l10n-missing = missing
l10n-coverage = Coverage

## Validation

validate-ok = No problems found.
severity-error = Error
severity-warning = Warning

## Search widget (<wegweiser-directory>)

widget-search-label = Search services
widget-search-placeholder = e.g. language course, advice, Forst
widget-filter-any = All
widget-filter-kind = Type
widget-language-label = Language
widget-search-error = The search failed. Please reload the page.
widget-results-label = Search results
widget-filters-label = Filters
widget-show-more = Show more results
widget-print-card = Print
widget-print-list = Print list
# The widget shows the copy saved for use without a network; the date is the data's "status as of".
widget-offline-note = No internet connection: you are seeing the copy saved on this device, as of { $year }-{ $month }-{ $day }.
widget-outdated-note = The original text has changed since this translation was made. It may be out of date.

## Open now and next opening. Times and dates are built from hours-time and hours-date,
## so each locale chooses its own form; $time, $date are such preformatted strings.
## $day is a weekday's name (weekday-*), $weekday its code (mo, tu, we, th, fr, sa, su)
## for languages whose grammar needs another form ("в среду"); $holiday a holiday's name.

hours-time = { $hour }:{ $minute }
hours-date = { $day }/{ $month }/{ $year }
hours-open-until = Open now, until { $time }
hours-appointment-until = Now by appointment only, until { $time }
hours-closed = Closed now
hours-closed-holiday = Closed today ({ $holiday })
hours-closed-closure = Closed: { $note }
hours-closed-temporarily = Temporarily closed
hours-opens-today = opens today at { $time }
hours-opens-tomorrow = opens tomorrow at { $time }
hours-opens-weekday = opens { $day } at { $time }
hours-opens-date = opens on { $date } at { $time }
hours-by-appointment = By appointment only
hours-by-arrangement = Times by arrangement
hours-unknown = Opening hours not known
hours-day-closed = closed
hours-day-holiday = { $holiday }: closed
hours-day-appointment = { $range } (by appointment only)
hours-week = The next seven days
# Between a weekday and its date, and between two periods of one day.
hours-list-separator = {", "}
hours-today = today
hours-tomorrow = tomorrow

## Public holidays

holiday-new-year = New Year's Day
holiday-good-friday = Good Friday
holiday-easter-sunday = Easter Sunday
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-ascension = Ascension Day
holiday-whit-sunday = Whit Sunday
holiday-whit-monday = Whit Monday
holiday-german-unity = German Unity Day
holiday-reformation = Reformation Day
holiday-christmas-day = Christmas Day
holiday-boxing-day = Boxing Day

## Distances ($whole and $fraction are digits: 2 and 4 for 2.4 km; $meters a whole number)

distance-km = { $whole }.{ $fraction } km
distance-m = { $meters } m
label-distance = Distance

## Search widget: open now and near me

widget-open-now = Open now
widget-near-me = Near me
widget-near-place = Or choose a place
widget-near-none = No place
widget-location-denied = Your location is not shared. Choose a place from the list.
widget-location-unavailable = Your location could not be found. Choose a place from the list.
widget-sorted-by-distance = Sorted by distance
widget-osm-link = Show on OpenStreetMap
