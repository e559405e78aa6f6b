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
