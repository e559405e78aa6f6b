### Wegweiser: the library's own UI strings. Russian translation of the German source.
### Every locale has the same message ids; plurals use the CLDR categories of the locale.

# The name of this language, written in itself (for language switchers).
language-name = Русский

## Kinds of entities

kind-service = Услуга
kind-measure = Мера
kind-field = Направление деятельности
kind-goal = Цель
kind-recommendation = Рекомендация
kind-principle = Принцип
kind-organization = Организация
kind-contact = Контактное лицо
kind-location = Место
kind-municipality = Муниципалитет
kind-target-group = Целевая группа

## Counts ($count is a number)

count-services = { $count ->
    [one] { $count } услуга
    [few] { $count } услуги
    [many] { $count } услуг
   *[other] { $count } услуги
}
count-measures = { $count ->
    [one] { $count } мера
    [few] { $count } меры
    [many] { $count } мер
   *[other] { $count } меры
}
count-results = { $count ->
    [0] Ничего не найдено
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
services-found = { $count ->
    [0] Услуги не найдены
    [one] Найдена { $count } услуга
    [few] Найдено { $count } услуги
    [many] Найдено { $count } услуг
   *[other] Найдено { $count } услуги
}
count-languages = { $count ->
    [one] на { $count } языке
    [few] на { $count } языках
    [many] на { $count } языках
   *[other] на { $count } языка
}
count-problems = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] { $errors } ошибки
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
    [many] { $warnings } предупреждений
   *[other] { $warnings } предупреждения
}

## Field labels

label-name = Название
label-description = Описание
label-fields = Направления деятельности
label-provider = Организация-исполнитель
label-locations = Места
label-contacts = Контактные лица
label-languages = Языки
label-languages-spoken = Языки общения
label-target-groups = Целевые группы
label-cost = Стоимость
label-eligibility = Кто может участвовать?
label-appointment = Запись на приём
label-opening-hours = Часы работы
label-office-hours = Часы приёма
label-website = Сайт
label-accessibility = Доступная среда
label-keywords = Ключевые слова
label-last-reviewed = Последняя проверка
label-phone = Телефон
label-email = Электронная почта
label-address = Адрес
label-municipality = Муниципалитет
label-amt = Амт
label-sorbian-name = Сорбское название
label-status = Ход реализации
label-time-frame = Период
label-responsible = Ответственные
label-partners = Партнёры
label-goals = Цели
label-recommendations = Рекомендации
label-measures = Меры
label-services = Услуги
label-organization = Организация
label-status-as-of = По состоянию на
label-version = Версия

## Values

cost-free = бесплатно
cost-paid = платно
appointment-required = нужна предварительная запись
appointment-recommended = рекомендуется предварительная запись
appointment-not-needed = без записи
step-free-yes = доступно без ступенек
step-free-no = есть ступеньки, доступ без ступенек невозможен
step-free-unknown = доступность неизвестна
measure-status-planned = запланировано
measure-status-in-progress = реализуется
measure-status-ongoing = действует постоянно
measure-status-done = завершено
measure-status-dropped = не продолжается
municipality-kind-town = Город
municipality-kind-municipality = Община
municipality-kind-amt = Амт
visibility-public = общедоступно
visibility-internal = для внутреннего пользования

## Weekdays

weekday-mo = Понедельник
weekday-tu = Вторник
weekday-we = Среда
weekday-th = Четверг
weekday-fr = Пятница
weekday-sa = Суббота
weekday-su = Воскресенье

## Times and periods ($opens, $closes, $start, $end are preformatted strings)

hours-range = { $opens }–{ $closes }
time-frame-from = с { $start }
time-frame-range = с { $start } по { $end }
valid-period = действует с { $start } по { $end }

## Notes

fallback-note = Перевода пока нет: этот текст показан на языке «{ $language }».
machine-translated-note = Машинный перевод
demo-data-note = Демонстрационные данные: контактные лица, номера телефонов и адреса электронной почты вымышлены.

## Translation status table

l10n-locale = Язык
l10n-translated = переведено
l10n-machine = машинный перевод
l10n-outdated = устарело
l10n-missing = отсутствует
l10n-coverage = Охват перевода

## Validation

validate-ok = Проблем не найдено.
severity-error = Ошибка
severity-warning = Предупреждение

## Search widget (<wegweiser-directory>)

widget-search-label = Поиск услуг
widget-search-placeholder = напр. языковой курс, консультация, Forst
widget-filter-any = Все
widget-filter-kind = Тип
widget-language-label = Язык
widget-search-error = Не удалось выполнить поиск. Пожалуйста, перезагрузите страницу.
widget-results-label = Результаты поиска
widget-filters-label = Фильтры
widget-show-more = Показать больше результатов
widget-print-card = Печать
widget-print-list = Распечатать список
# The widget shows the copy saved for use without a network; the date is the data's "status as of".
widget-offline-note = Нет подключения к интернету: вы видите копию, сохранённую на этом устройстве, по состоянию на { $day }.{ $month }.{ $year }.
widget-outdated-note = Исходный текст изменился с тех пор, как был сделан этот перевод. Возможно, перевод уже устарел.

## Open now and next opening. Times and dates are built from hours-time and hours-date,
## so each locale chooses its own form; $time, $date are such preformatted strings.
## $day is a weekday's name (weekday-*), $weekday its code (mo, tu, we, th, fr, sa, su)
## for languages whose grammar needs another form ("в среду"); $holiday a holiday's name.

hours-time = { $hour }:{ $minute }
hours-date = { $day }.{ $month }.{ $year }
hours-open-until = Сейчас открыто, до { $time }
hours-appointment-until = Сейчас только по записи, до { $time }
hours-closed = Сейчас закрыто
hours-closed-holiday = Сегодня закрыто ({ $holiday })
hours-closed-closure = Закрыто: { $note }
hours-closed-temporarily = Временно закрыто
hours-opens-today = откроется сегодня в { $time }
hours-opens-tomorrow = откроется завтра в { $time }
hours-opens-weekday = { $weekday ->
    [mo] откроется в понедельник в { $time }
    [tu] откроется во вторник в { $time }
    [we] откроется в среду в { $time }
    [th] откроется в четверг в { $time }
    [fr] откроется в пятницу в { $time }
    [sa] откроется в субботу в { $time }
    [su] откроется в воскресенье в { $time }
   *[other] откроется: { $day }, { $time }
}
hours-opens-date = откроется { $date } в { $time }
hours-by-appointment = Только по записи
hours-by-arrangement = Время по договорённости
hours-unknown = Часы работы неизвестны
hours-day-closed = закрыто
hours-day-holiday = { $holiday }: закрыто
hours-day-appointment = { $range } (только по записи)
hours-week = Ближайшие семь дней
# Between a weekday and its date, and between two periods of one day.
hours-list-separator = {", "}
hours-today = сегодня
hours-tomorrow = завтра

## Public holidays

holiday-new-year = Новый год
holiday-good-friday = Страстная пятница
holiday-easter-sunday = Пасхальное воскресенье
holiday-easter-monday = Пасхальный понедельник
holiday-labour-day = День труда
holiday-ascension = Вознесение
holiday-whit-sunday = Троица
holiday-whit-monday = Духов день
holiday-german-unity = День германского единства
holiday-reformation = День Реформации
holiday-christmas-day = Первый день Рождества
holiday-boxing-day = Второй день Рождества

## Distances ($whole and $fraction are digits: 2 and 4 for 2.4 km; $meters a whole number)

distance-km = { $whole },{ $fraction } км
distance-m = { $meters } м
label-distance = Расстояние

## Search widget: open now and near me

widget-open-now = Сейчас открыто
widget-near-me = Рядом со мной
widget-near-place = Или выберите место
widget-near-none = Место не выбрано
widget-location-denied = Доступ к вашему местоположению не предоставлен. Выберите место из списка.
widget-location-unavailable = Не удалось определить ваше местоположение. Выберите место из списка.
widget-sorted-by-distance = Отсортировано по расстоянию
widget-osm-link = Показать на OpenStreetMap
