### Wegweiser: the library's own UI strings. Ukrainian translation.
### Every locale has the same message ids; plurals use the CLDR categories of the locale.

# The name of this language, written in itself (for language switchers).
language-name = Українська

## Kinds of entities

kind-service = Послуга
kind-measure = Захід
kind-field = Сфера діяльності
kind-goal = Ціль
kind-recommendation = Рекомендація
kind-principle = Принцип
kind-organization = Організація
kind-contact = Контакт
kind-location = Місце
kind-municipality = Громада
kind-target-group = Цільова група

## Counts ($count is a number)

count-services = { $count ->
    [one] { $count } послуга
    [few] { $count } послуги
    [many] { $count } послуг
   *[other] { $count } послуги
}
count-measures = { $count ->
    [one] { $count } захід
    [few] { $count } заходи
    [many] { $count } заходів
   *[other] { $count } заходу
}
count-results = { $count ->
    [0] Нічого не знайдено
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
}
services-found = { $count ->
    [0] Послуг не знайдено
    [one] Знайдено { $count } послугу
    [few] Знайдено { $count } послуги
    [many] Знайдено { $count } послуг
   *[other] Знайдено { $count } послуги
}
count-languages = { $count ->
    [one] { $count } мовою
    [few] { $count } мовами
    [many] { $count } мовами
   *[other] { $count } мовами
}
count-problems = { $errors ->
    [one] { $errors } помилка
    [few] { $errors } помилки
    [many] { $errors } помилок
   *[other] { $errors } помилки
}, { $warnings ->
    [one] { $warnings } попередження
    [few] { $warnings } попередження
    [many] { $warnings } попереджень
   *[other] { $warnings } попередження
}

## Field labels

label-name = Назва
label-description = Опис
label-fields = Сфери діяльності
label-provider = Надавач послуги
label-locations = Місця
label-contacts = Контактні особи
label-languages = Мови
label-languages-spoken = Мови спілкування
label-target-groups = Цільові групи
label-cost = Вартість
label-eligibility = Хто може взяти участь?
label-appointment = Запис на прийом
label-opening-hours = Години роботи
label-office-hours = Години прийому
label-website = Вебсайт
label-accessibility = Доступність
label-keywords = Ключові слова
label-last-reviewed = Востаннє перевірено
label-phone = Телефон
label-email = Електронна пошта
label-address = Адреса
label-municipality = Громада
label-amt = Амт (об’єднання громад)
label-sorbian-name = Лужицька назва
label-status = Стан виконання
label-time-frame = Період
label-responsible = Відповідальні
label-partners = Партнери
label-goals = Цілі
label-recommendations = Рекомендації до дій
label-measures = Заходи
label-services = Послуги
label-organization = Організація
label-status-as-of = Станом на
label-version = Версія

## Values

cost-free = безкоштовно
cost-paid = платно
appointment-required = потрібен запис
appointment-recommended = рекомендовано записатися
appointment-not-needed = без запису
step-free-yes = доступ без сходинок
step-free-no = доступ зі сходинками
step-free-unknown = доступність невідома
measure-status-planned = заплановано
measure-status-in-progress = виконується
measure-status-ongoing = триває постійно
measure-status-done = завершено
measure-status-dropped = не продовжено
municipality-kind-town = Місто
municipality-kind-municipality = Громада
municipality-kind-amt = Амт
visibility-public = публічно
visibility-internal = для внутрішнього користування

## Weekdays

weekday-mo = Понеділок
weekday-tu = Вівторок
weekday-we = Середа
weekday-th = Четвер
weekday-fr = П’ятниця
weekday-sa = Субота
weekday-su = Неділя

## Times and periods ($opens, $closes, $start, $end are preformatted strings)

hours-range = { $opens }–{ $closes }
time-frame-from = з { $start }
time-frame-range = з { $start } до { $end }
valid-period = дійсно з { $start } до { $end }

## Notes

fallback-note = Ще не перекладено: цей текст показано мовою оригіналу ({ $language }).
machine-translated-note = Машинний переклад
demo-data-note = Демонстраційні дані: контакти, номери телефонів та адреси електронної пошти вигадані.

## Translation status table

l10n-locale = Мова
l10n-translated = перекладено
l10n-machine = машинний переклад
l10n-outdated = застаріло
l10n-missing = відсутній
l10n-coverage = Охоплення

## Validation

validate-ok = Проблем не знайдено.
severity-error = Помилка
severity-warning = Попередження

## Search widget (<wegweiser-directory>)

widget-search-label = Пошук послуг
widget-search-placeholder = напр. мовний курс, консультація, Forst
widget-filter-any = Усі
widget-filter-kind = Тип
widget-language-label = Мова
widget-search-error = Не вдалося виконати пошук. Будь ласка, перезавантажте сторінку.
widget-results-label = Результати пошуку
widget-filters-label = Фільтри
widget-show-more = Показати більше результатів
widget-print-card = Друкувати
widget-print-list = Друкувати список
# The widget shows the copy saved for use without a network; the date is the data's "status as of".
widget-offline-note = Немає з’єднання з інтернетом: ви бачите копію, збережену на цьому пристрої, станом на { $day }.{ $month }.{ $year }.
widget-outdated-note = Оригінальний текст змінився відтоді, як було зроблено цей переклад. Можливо, переклад уже застарів.

## Open now and next opening. Times and dates are built from hours-time and hours-date,
## so each locale chooses its own form; $time, $date are such preformatted strings.
## $day is a weekday's name (weekday-*), $weekday its code (mo, tu, we, th, fr, sa, su)
## for languages whose grammar needs another form ("в среду"); $holiday a holiday's name.

hours-time = { $hour }:{ $minute }
hours-date = { $day }.{ $month }.{ $year }
hours-open-until = Зараз відкрито, до { $time }
hours-appointment-until = Зараз лише за записом, до { $time }
hours-closed = Зараз закрито
hours-closed-holiday = Сьогодні закрито ({ $holiday })
hours-closed-closure = Закрито: { $note }
hours-closed-temporarily = Тимчасово закрито
hours-opens-today = відкриється сьогодні о { $time }
hours-opens-tomorrow = відкриється завтра о { $time }
hours-opens-weekday = { $weekday ->
    [mo] відкриється у понеділок о { $time }
    [tu] відкриється у вівторок о { $time }
    [we] відкриється у середу о { $time }
    [th] відкриється у четвер о { $time }
    [fr] відкриється у п’ятницю о { $time }
    [sa] відкриється у суботу о { $time }
    [su] відкриється у неділю о { $time }
   *[other] відкриється: { $day }, { $time }
}
hours-opens-date = відкриється { $date } о { $time }
hours-by-appointment = Лише за записом
hours-by-arrangement = Час за домовленістю
hours-unknown = Години роботи невідомі
hours-day-closed = закрито
hours-day-holiday = { $holiday }: закрито
hours-day-appointment = { $range } (лише за записом)
hours-week = Наступні сім днів
# Between a weekday and its date, and between two periods of one day.
hours-list-separator = {", "}
hours-today = сьогодні
hours-tomorrow = завтра

## Public holidays

holiday-new-year = Новий рік
holiday-good-friday = Страсна п’ятниця
holiday-easter-sunday = Великдень
holiday-easter-monday = Великодній понеділок
holiday-labour-day = День праці
holiday-ascension = Вознесіння
holiday-whit-sunday = Трійця
holiday-whit-monday = Понеділок Трійці
holiday-german-unity = День німецької єдності
holiday-reformation = День Реформації
holiday-christmas-day = Перший день Різдва
holiday-boxing-day = Другий день Різдва

## Distances ($whole and $fraction are digits: 2 and 4 for 2.4 km; $meters a whole number)

distance-km = { $whole },{ $fraction } км
distance-m = { $meters } м
label-distance = Відстань

## Search widget: open now and near me

widget-open-now = Зараз відкрито
widget-near-me = Поблизу мене
widget-near-place = Або виберіть місце
widget-near-none = Місце не вибрано
widget-location-denied = Доступ до місцезнаходження не надано. Виберіть місце зі списку.
widget-location-unavailable = Не вдалося визначити місцезнаходження. Виберіть місце зі списку.
widget-sorted-by-distance = Відсортовано за відстанню
widget-osm-link = Показати на OpenStreetMap
