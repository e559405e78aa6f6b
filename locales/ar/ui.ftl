### Wegweiser: the library's own UI strings (Arabic, Modern Standard Arabic).
### Every locale has the same message ids; plurals use the CLDR categories of the locale.
### Arabic plural categories: zero, one, two, few (3–10), many (11–99), other.

# The name of this language, written in itself (for language switchers).
language-name = العربية

## Kinds of entities

kind-service = خدمة
kind-measure = إجراء
kind-field = مجال عمل
kind-goal = هدف
kind-recommendation = توصية
kind-principle = مبدأ
kind-organization = جهة
kind-contact = جهة اتصال
kind-location = مكان
kind-municipality = بلدية
kind-target-group = فئة مستهدفة

## Counts ($count is a number)

count-services = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}
count-measures = { $count ->
    [zero] لا توجد إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $count } إجراءات
    [many] { $count } إجراءً
   *[other] { $count } إجراء
}
count-results = { $count ->
    [0] لا توجد نتائج
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
services-found = { $count ->
    [0] لم يتم العثور على أي خدمة
    [zero] لم يتم العثور على أي خدمة
    [one] تم العثور على خدمة واحدة
    [two] تم العثور على خدمتين
    [few] تم العثور على { $count } خدمات
    [many] تم العثور على { $count } خدمة
   *[other] تم العثور على { $count } خدمة
}
count-languages = { $count ->
    [zero] بدون أي لغة
    [one] بلغة واحدة
    [two] بلغتين
    [few] بـ { $count } لغات
    [many] بـ { $count } لغة
   *[other] بـ { $count } لغة
}
count-problems = { $errors ->
    [zero] لا توجد أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}، { $warnings ->
    [zero] لا توجد تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $warnings } تحذيرات
    [many] { $warnings } تحذيرًا
   *[other] { $warnings } تحذير
}

## Field labels

label-name = الاسم
label-description = الوصف
label-fields = مجالات العمل
label-provider = الجهة المقدِّمة
label-locations = الأماكن
label-contacts = جهات الاتصال
label-languages = اللغات
label-languages-spoken = اللغات المستخدمة
label-target-groups = الفئات المستهدفة
label-cost = التكلفة
label-eligibility = من يمكنه المشاركة؟
label-appointment = الموعد
label-opening-hours = ساعات العمل
label-office-hours = أوقات الاستقبال
label-website = الموقع الإلكتروني
label-accessibility = إمكانية الوصول
label-keywords = الكلمات المفتاحية
label-last-reviewed = آخر مراجعة
label-phone = الهاتف
label-email = البريد الإلكتروني
label-address = العنوان
label-municipality = البلدية
label-amt = اتحاد البلديات (Amt)
label-sorbian-name = الاسم الصوربي
label-status = حالة التنفيذ
label-time-frame = الفترة الزمنية
label-responsible = الجهة المسؤولة
label-partners = الشركاء
label-goals = الأهداف
label-recommendations = التوصيات
label-measures = الإجراءات
label-services = الخدمات
label-organization = الجهة
label-status-as-of = محدَّث بتاريخ
label-version = الإصدار

## Values

cost-free = مجاني
cost-paid = مدفوع
appointment-required = الموعد إلزامي
appointment-recommended = يُنصح بحجز موعد
appointment-not-needed = بدون موعد
step-free-yes = يمكن الوصول إليه بدون درج
step-free-no = لا يمكن الوصول إليه بدون درج
step-free-unknown = إمكانية الوصول غير معروفة
measure-status-planned = مخطَّط له
measure-status-in-progress = قيد التنفيذ
measure-status-ongoing = مستمر
measure-status-done = مكتمل
measure-status-dropped = تم التوقف عنه
municipality-kind-town = مدينة
municipality-kind-municipality = بلدية
municipality-kind-amt = اتحاد بلديات (Amt)
visibility-public = عام
visibility-internal = داخلي

## Weekdays

weekday-mo = الإثنين
weekday-tu = الثلاثاء
weekday-we = الأربعاء
weekday-th = الخميس
weekday-fr = الجمعة
weekday-sa = السبت
weekday-su = الأحد

## Times and periods ($opens, $closes, $start, $end are preformatted strings)

hours-range = من { $opens } إلى { $closes }
time-frame-from = منذ { $start }
time-frame-range = من { $start } إلى { $end }
valid-period = ساري من { $start } إلى { $end }

## Notes

fallback-note = لم يُترجم بعد: يُعرض هذا النص بلغة { $language }.
machine-translated-note = ترجمة آلية
demo-data-note = بيانات تجريبية: جهات الاتصال وأرقام الهاتف وعناوين البريد الإلكتروني غير حقيقية.

## Translation status table

l10n-locale = اللغة
l10n-translated = مترجَم
l10n-machine = ترجمة آلية
l10n-outdated = غير محدَّث
l10n-missing = غير موجود
l10n-coverage = نسبة التغطية

## Validation

validate-ok = لم يتم العثور على أي مشكلات.
severity-error = خطأ
severity-warning = تحذير

## Search widget (<wegweiser-directory>)

widget-search-label = البحث عن الخدمات
widget-search-placeholder = مثلًا: دورة لغة، استشارة، Forst
widget-filter-any = الكل
widget-filter-kind = النوع
widget-language-label = اللغة
widget-search-error = تعذّر إجراء البحث. يرجى إعادة تحميل الصفحة.
widget-results-label = نتائج البحث
widget-filters-label = عوامل التصفية
widget-show-more = عرض المزيد من النتائج
widget-print-card = طباعة
widget-print-list = طباعة القائمة
# The widget shows the copy saved for use without a network; the date is the data's "status as of".
widget-offline-note = لا يوجد اتصال بالإنترنت: تعرض الصفحة النسخة المحفوظة على هذا الجهاز، آخر تحديث لها { $day }/{ $month }/{ $year }.
widget-outdated-note = تغيّر النص الأصلي منذ إعداد هذه الترجمة. قد لا تكون الترجمة محدَّثة.

## Open now and next opening. Times and dates are built from hours-time and hours-date,
## so each locale chooses its own form; $time, $date are such preformatted strings.
## $day is a weekday's name (weekday-*), $weekday its code (mo, tu, we, th, fr, sa, su)
## for languages whose grammar needs another form ("в среду"); $holiday a holiday's name.

hours-time = { $hour }:{ $minute }
hours-date = { $day }/{ $month }/{ $year }
hours-open-until = مفتوح الآن، حتى الساعة { $time }
hours-appointment-until = الآن بموعد مسبق فقط، حتى الساعة { $time }
hours-closed = مغلق الآن
hours-closed-holiday = مغلق اليوم ({ $holiday })
hours-closed-closure = مغلق: { $note }
hours-closed-temporarily = مغلق مؤقتًا
hours-opens-today = يفتح اليوم الساعة { $time }
hours-opens-tomorrow = يفتح غدًا الساعة { $time }
hours-opens-weekday = يفتح يوم { $day } الساعة { $time }
hours-opens-date = يفتح بتاريخ { $date } الساعة { $time }
hours-by-appointment = بموعد مسبق فقط
hours-by-arrangement = الأوقات حسب الاتفاق
hours-unknown = ساعات العمل غير معروفة
hours-day-closed = مغلق
hours-day-holiday = { $holiday }: مغلق
hours-day-appointment = { $range } (بموعد مسبق فقط)
hours-week = الأيام السبعة القادمة
# Between a weekday and its date, and between two periods of one day.
hours-list-separator = {"، "}
hours-today = اليوم
hours-tomorrow = غدًا

## Public holidays

holiday-new-year = رأس السنة الميلادية
holiday-good-friday = الجمعة العظيمة
holiday-easter-sunday = أحد الفصح
holiday-easter-monday = اثنين الفصح
holiday-labour-day = عيد العمال
holiday-ascension = عيد الصعود
holiday-whit-sunday = أحد العنصرة
holiday-whit-monday = اثنين العنصرة
holiday-german-unity = يوم الوحدة الألمانية
holiday-reformation = يوم الإصلاح الديني
holiday-christmas-day = أول أيام عيد الميلاد
holiday-boxing-day = ثاني أيام عيد الميلاد

## Distances ($whole and $fraction are digits: 2 and 4 for 2.4 km; $meters a whole number)

distance-km = { $whole }.{ $fraction } كم
distance-m = { $meters } م
label-distance = المسافة

## Search widget: open now and near me

widget-open-now = مفتوح الآن
widget-near-me = بالقرب مني
widget-near-place = أو اختر مكانًا
widget-near-none = بدون مكان
widget-location-denied = لم تتم مشاركة موقعك. يرجى اختيار مكان من القائمة.
widget-location-unavailable = تعذّر تحديد موقعك. يرجى اختيار مكان من القائمة.
widget-sorted-by-distance = مرتبة حسب المسافة
widget-osm-link = عرض على OpenStreetMap
