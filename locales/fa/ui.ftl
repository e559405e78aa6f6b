### Wegweiser: the library's own UI strings (Persian / فارسی).
### Every locale has the same message ids; plurals use the CLDR categories of the locale.

# The name of this language, written in itself (for language switchers).
language-name = فارسی

## Kinds of entities

kind-service = خدمت
kind-measure = اقدام
kind-field = حوزه فعالیت
kind-goal = هدف
kind-recommendation = توصیه عملی
kind-principle = اصل
kind-organization = سازمان
kind-contact = فرد رابط
kind-location = مکان
kind-municipality = بخش
kind-target-group = گروه هدف

## Counts ($count is a number)

count-services = { $count ->
    [one] { $count } خدمت
   *[other] { $count } خدمت
}
count-measures = { $count ->
    [one] { $count } اقدام
   *[other] { $count } اقدام
}
count-results = { $count ->
    [0] نتیجه‌ای یافت نشد
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
services-found = { $count ->
    [0] هیچ خدمتی پیدا نشد
    [one] { $count } خدمت پیدا شد
   *[other] { $count } خدمت پیدا شد
}
count-languages = { $count ->
    [one] به { $count } زبان
   *[other] به { $count } زبان
}
count-problems = { $errors ->
    [one] { $errors } خطا
   *[other] { $errors } خطا
}، { $warnings ->
    [one] { $warnings } هشدار
   *[other] { $warnings } هشدار
}

## Field labels

label-name = نام
label-description = توضیحات
label-fields = حوزه‌های فعالیت
label-provider = ارائه‌دهنده
label-locations = مکان‌ها
label-contacts = افراد رابط
label-languages = زبان‌ها
label-languages-spoken = زبان‌های گفتاری
label-target-groups = گروه‌های هدف
label-cost = هزینه
label-eligibility = چه کسی می‌تواند شرکت کند؟
label-appointment = وقت قبلی
label-opening-hours = ساعات کار
label-office-hours = ساعات مراجعه
label-website = وب‌سایت
label-accessibility = دسترسی‌پذیری
label-keywords = کلیدواژه‌ها
label-last-reviewed = آخرین بررسی
label-phone = تلفن
label-email = ایمیل
label-address = نشانی
label-municipality = بخش
label-amt = اداره محلی (Amt)
label-sorbian-name = نام سوربی
label-status = وضعیت اجرا
label-time-frame = بازه زمانی
label-responsible = مسئول
label-partners = شرکا
label-goals = اهداف
label-recommendations = توصیه‌های عملی
label-measures = اقدامات
label-services = خدمات
label-organization = سازمان
label-status-as-of = وضعیت در تاریخ
label-version = نسخه

## Values

cost-free = رایگان
cost-paid = با پرداخت هزینه
appointment-required = وقت قبلی لازم است
appointment-recommended = وقت قبلی توصیه می‌شود
appointment-not-needed = بدون وقت قبلی
step-free-yes = دسترسی بدون پله
step-free-no = دسترسی بدون پله ندارد
step-free-unknown = وضعیت دسترسی‌پذیری نامشخص است
measure-status-planned = برنامه‌ریزی‌شده
measure-status-in-progress = در حال اجرا
measure-status-ongoing = جاری
measure-status-done = پایان‌یافته
measure-status-dropped = متوقف‌شده
municipality-kind-town = شهر
municipality-kind-municipality = بخش
municipality-kind-amt = اداره محلی (Amt)
visibility-public = عمومی
visibility-internal = داخلی

## Weekdays

weekday-mo = دوشنبه
weekday-tu = سه‌شنبه
weekday-we = چهارشنبه
weekday-th = پنجشنبه
weekday-fr = جمعه
weekday-sa = شنبه
weekday-su = یکشنبه

## Times and periods ($opens, $closes, $start, $end are preformatted strings)

hours-range = ساعت { $opens } تا { $closes }
time-frame-from = از { $start }
time-frame-range = { $start } تا { $end }
valid-period = معتبر از { $start } تا { $end }

## Notes

fallback-note = هنوز ترجمه نشده است: این متن به زبان { $language } نمایش داده می‌شود.
machine-translated-note = ترجمه ماشینی
demo-data-note = داده‌های نمونه: افراد رابط، شماره‌های تلفن و نشانی‌های ایمیل ساختگی هستند.

## Translation status table

l10n-locale = زبان
l10n-translated = ترجمه‌شده
l10n-machine = ماشینی
l10n-outdated = به‌روز نیست
l10n-missing = موجود نیست
l10n-coverage = پوشش

## Validation

validate-ok = هیچ مشکلی پیدا نشد.
severity-error = خطا
severity-warning = هشدار

## Search widget (<wegweiser-directory>)

widget-search-label = جستجوی خدمات
widget-search-placeholder = مثلاً دوره زبان، مشاوره، Forst
widget-filter-any = همه
widget-filter-kind = نوع
widget-language-label = زبان
widget-search-error = جستجو انجام نشد. لطفاً صفحه را دوباره بارگذاری کنید.
widget-results-label = نتایج جستجو
widget-filters-label = فیلترها
widget-show-more = نمایش نتایج بیشتر
widget-print-card = چاپ
widget-print-list = چاپ فهرست
# The widget shows the copy saved for use without a network; the date is the data's "status as of".
widget-offline-note = اتصال اینترنت برقرار نیست: نسخهٔ ذخیره‌شده روی این دستگاه را می‌بینید، به‌روز تا { $year }/{ $month }/{ $day }.
widget-outdated-note = متن اصلی پس از انجام این ترجمه تغییر کرده است. ممکن است این ترجمه دیگر به‌روز نباشد.

## Open now and next opening. Times and dates are built from hours-time and hours-date,
## so each locale chooses its own form; $time, $date are such preformatted strings.
## $day is a weekday's name (weekday-*), $weekday its code (mo, tu, we, th, fr, sa, su)
## for languages whose grammar needs another form ("в среду"); $holiday a holiday's name.

hours-time = { $hour }:{ $minute }
hours-date = { $year }/{ $month }/{ $day }
hours-open-until = اکنون باز است، تا ساعت { $time }
hours-appointment-until = اکنون فقط با وقت قبلی، تا ساعت { $time }
hours-closed = اکنون بسته است
hours-closed-holiday = امروز بسته است ({ $holiday })
hours-closed-closure = بسته است: { $note }
hours-closed-temporarily = موقتاً بسته است
hours-opens-today = امروز ساعت { $time } باز می‌شود
hours-opens-tomorrow = فردا ساعت { $time } باز می‌شود
hours-opens-weekday = { $day } ساعت { $time } باز می‌شود
hours-opens-date = در تاریخ { $date } ساعت { $time } باز می‌شود
hours-by-appointment = فقط با وقت قبلی
hours-by-arrangement = ساعات با هماهنگی قبلی
hours-unknown = ساعات کار مشخص نیست
hours-day-closed = بسته
hours-day-holiday = { $holiday }: بسته
hours-day-appointment = { $range } (فقط با وقت قبلی)
hours-week = هفت روز آینده
# Between a weekday and its date, and between two periods of one day.
hours-list-separator = {"، "}
hours-today = امروز
hours-tomorrow = فردا

## Public holidays

holiday-new-year = سال نو میلادی
holiday-good-friday = جمعه مقدس
holiday-easter-sunday = یکشنبه عید پاک
holiday-easter-monday = دوشنبه عید پاک
holiday-labour-day = روز کارگر
holiday-ascension = عید صعود مسیح
holiday-whit-sunday = یکشنبه پنطیکاست
holiday-whit-monday = دوشنبه پنطیکاست
holiday-german-unity = روز وحدت آلمان
holiday-reformation = روز اصلاحات دینی
holiday-christmas-day = روز اول کریسمس
holiday-boxing-day = روز دوم کریسمس

## Distances ($whole and $fraction are digits: 2 and 4 for 2.4 km; $meters a whole number)

distance-km = { $whole }.{ $fraction } کیلومتر
distance-m = { $meters } متر
label-distance = فاصله

## Search widget: open now and near me

widget-open-now = اکنون باز است
widget-near-me = نزدیک من
widget-near-place = یا یک مکان را انتخاب کنید
widget-near-none = بدون مکان
widget-location-denied = موقعیت مکانی شما به اشتراک گذاشته نشده است. لطفاً یک مکان را از فهرست انتخاب کنید.
widget-location-unavailable = موقعیت مکانی شما مشخص نشد. لطفاً یک مکان را از فهرست انتخاب کنید.
widget-sorted-by-distance = مرتب‌شده بر اساس فاصله
widget-osm-link = نمایش در OpenStreetMap
