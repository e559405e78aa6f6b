### Wegweiser: the library's own UI strings. German is the source.
### Every locale has the same message ids; plurals use the CLDR categories of the locale.

# The name of this language, written in itself (for language switchers).
language-name = Türkçe

## Kinds of entities

kind-service = Hizmet
kind-measure = Önlem
kind-field = Eylem alanı
kind-goal = Hedef
kind-recommendation = Eylem önerisi
kind-principle = İlke
kind-organization = Kuruluş
kind-contact = İletişim kişisi
kind-location = Yer
kind-municipality = Belediye
kind-target-group = Hedef grup

## Counts ($count is a number)

count-services = { $count ->
    [one] { $count } hizmet
   *[other] { $count } hizmet
}
count-measures = { $count ->
    [one] { $count } önlem
   *[other] { $count } önlem
}
count-results = { $count ->
    [0] Sonuç yok
    [one] { $count } sonuç
   *[other] { $count } sonuç
}
services-found = { $count ->
    [0] Hizmet bulunamadı
    [one] { $count } hizmet bulundu
   *[other] { $count } hizmet bulundu
}
count-languages = { $count ->
    [one] { $count } dilde
   *[other] { $count } dilde
}
count-problems = { $errors ->
    [one] { $errors } hata
   *[other] { $errors } hata
}, { $warnings ->
    [one] { $warnings } uyarı
   *[other] { $warnings } uyarı
}

## Field labels

label-name = Ad
label-description = Açıklama
label-fields = Eylem alanları
label-provider = Sağlayıcı kurum
label-locations = Yerler
label-contacts = İletişim kişileri
label-languages = Diller
label-languages-spoken = Konuşulan diller
label-target-groups = Hedef gruplar
label-cost = Ücret
label-eligibility = Kimler katılabilir?
label-appointment = Randevu
label-opening-hours = Çalışma saatleri
label-office-hours = Görüşme saatleri
label-website = İnternet sitesi
label-accessibility = Erişilebilirlik
label-keywords = Anahtar kelimeler
label-last-reviewed = Son kontrol
label-phone = Telefon
label-email = E-posta
label-address = Adres
label-municipality = Belediye
label-amt = Amt (belediyeler birliği)
label-sorbian-name = Sorbca adı
label-status = Uygulama durumu
label-time-frame = Dönem
label-responsible = Sorumlu
label-partners = Ortaklar
label-goals = Hedefler
label-recommendations = Eylem önerileri
label-measures = Önlemler
label-services = Hizmetler
label-organization = Kuruluş
label-status-as-of = Son durum
label-version = Sürüm

## Values

cost-free = ücretsiz
cost-paid = ücretli
appointment-required = randevu gerekli
appointment-recommended = randevu önerilir
appointment-not-needed = randevusuz
step-free-yes = basamaksız erişim var
step-free-no = basamaksız erişim yok
step-free-unknown = erişilebilirlik bilinmiyor
measure-status-planned = planlandı
measure-status-in-progress = uygulanıyor
measure-status-ongoing = devam ediyor
measure-status-done = tamamlandı
measure-status-dropped = sürdürülmedi
municipality-kind-town = Şehir
municipality-kind-municipality = Belediye
municipality-kind-amt = Amt
visibility-public = herkese açık
visibility-internal = dahili

## Weekdays

weekday-mo = Pazartesi
weekday-tu = Salı
weekday-we = Çarşamba
weekday-th = Perşembe
weekday-fr = Cuma
weekday-sa = Cumartesi
weekday-su = Pazar

## Times and periods ($opens, $closes, $start, $end are preformatted strings)

hours-range = { $opens }–{ $closes }
time-frame-from = başlangıç: { $start }
time-frame-range = { $start } – { $end }
valid-period = geçerlilik: { $start } – { $end }

## Notes

fallback-note = Henüz çevrilmedi: bu metin şu dilde gösteriliyor: { $language }.
machine-translated-note = Makine çevirisi
demo-data-note = Örnek veriler: İletişim kişileri, telefon numaraları ve e-posta adresleri gerçek değildir.

## Translation status table

l10n-locale = Dil
l10n-translated = çevrildi
l10n-machine = makine çevirisi
l10n-outdated = güncel değil
l10n-missing = eksik
l10n-coverage = Kapsam

## Validation

validate-ok = Sorun bulunamadı.
severity-error = Hata
severity-warning = Uyarı

## Search widget (<wegweiser-directory>)

widget-search-label = Hizmet arama
widget-search-placeholder = ör. dil kursu, danışmanlık, Forst
widget-filter-any = Tümü
widget-filter-kind = Tür
widget-language-label = Dil
widget-search-error = Arama başarısız oldu. Lütfen sayfayı yeniden yükleyin.
widget-results-label = Arama sonuçları
widget-filters-label = Filtreler
widget-show-more = Daha fazla sonuç göster
widget-print-card = Yazdır
widget-print-list = Listeyi yazdır
# The widget shows the copy saved for use without a network; the date is the data's "status as of".
widget-offline-note = İnternet bağlantısı yok: bu cihazda kayıtlı kopyayı görüyorsunuz, { $day }.{ $month }.{ $year } itibarıyla.
widget-outdated-note = Orijinal metin bu çeviri yapıldıktan sonra değişti. Çeviri artık güncel olmayabilir.

## Open now and next opening. Times and dates are built from hours-time and hours-date,
## so each locale chooses its own form; $time, $date are such preformatted strings.
## $day is a weekday's name (weekday-*), $weekday its code (mo, tu, we, th, fr, sa, su)
## for languages whose grammar needs another form ("в среду"); $holiday a holiday's name.

hours-time = { $hour }:{ $minute }
hours-date = { $day }.{ $month }.{ $year }
hours-open-until = Şu anda açık, kapanış: { $time }
hours-appointment-until = Şu anda yalnızca randevuyla, bitiş: { $time }
hours-closed = Şu anda kapalı
hours-closed-holiday = Bugün kapalı ({ $holiday })
hours-closed-closure = Kapalı: { $note }
hours-closed-temporarily = Geçici olarak kapalı
hours-opens-today = açılış: bugün saat { $time }
hours-opens-tomorrow = açılış: yarın saat { $time }
hours-opens-weekday = açılış: { $day } saat { $time }
hours-opens-date = açılış: { $date } saat { $time }
hours-by-appointment = Yalnızca randevuyla
hours-by-arrangement = Saatler karşılıklı anlaşmaya göre
hours-unknown = Çalışma saatleri bilinmiyor
hours-day-closed = kapalı
hours-day-holiday = { $holiday }: kapalı
hours-day-appointment = { $range } (yalnızca randevuyla)
hours-week = Önümüzdeki yedi gün
# Between a weekday and its date, and between two periods of one day.
hours-list-separator = {", "}
hours-today = bugün
hours-tomorrow = yarın

## Public holidays

holiday-new-year = Yılbaşı
holiday-good-friday = Kutsal Cuma
holiday-easter-sunday = Paskalya Pazarı
holiday-easter-monday = Paskalya Pazartesisi
holiday-labour-day = İşçi Bayramı
holiday-ascension = İsa'nın Göğe Yükselişi
holiday-whit-sunday = Pentekost Pazarı
holiday-whit-monday = Pentekost Pazartesisi
holiday-german-unity = Alman Birliği Günü
holiday-reformation = Reform Günü
holiday-christmas-day = Noel'in birinci günü
holiday-boxing-day = Noel'in ikinci günü

## Distances ($whole and $fraction are digits: 2 and 4 for 2.4 km; $meters a whole number)

distance-km = { $whole },{ $fraction } km
distance-m = { $meters } m
label-distance = Mesafe

## Search widget: open now and near me

widget-open-now = Şu anda açık
widget-near-me = Yakınımda
widget-near-place = Ya da bir yer seçin
widget-near-none = Yer seçilmedi
widget-location-denied = Konumunuz paylaşılmıyor. Listeden bir yer seçin.
widget-location-unavailable = Konumunuz belirlenemedi. Listeden bir yer seçin.
widget-sorted-by-distance = Mesafeye göre sıralandı
widget-osm-link = OpenStreetMap'te göster
