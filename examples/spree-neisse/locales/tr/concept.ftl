### machine-translated
### Uyum Konsepti „Varış – Kabul – Uyum“: Türkçe metinler (yalnızca konsept, ilkeler, hedef gruplar, eylem alanları ve önlemler)

-district = Spree-Neiße

directory = Göçmen kökenli insanlar için Uyum Konsepti
    .region = Spree-Neiße İlçesi (Landkreis Spree-Neiße / Wokrejs Sprjewja-Nysa)
    .motto = Varış – Kabul – Uyum
    .description = Konsept, bir katılım süreci içinde oluşturuldu: İlk adım, 25 Kasım 2016'da Forst (Lausitz) şehrindeki ilçe idaresinde düzenlenen 1. Uyum Konferansı oldu. Ardından dokuz çalışma grubu, dokuz eylem alanı için hedefler, eylem önerileri ve önlemler geliştirdi. Konsept bir öneridir ve hiçbir zaman tamamlanmış sayılmaz – onu sürekli olarak birlikte geliştiriyoruz.
    .demo-notice = Dikkat, bunlar demo verileridir: Tüm iletişim kişileri, telefon numaraları ve e-posta adresleri uydurmadır. Adında „(Demo)“ eki bulunan kuruluşlar gerçekte yoktur.

## İlkeler: ilçenin uyum anlayışı

principle-mutual-acceptance = Her iki tarafta kabul ve hoşgörü
    .description = Yerli halk ve göçmenler birbirine saygıyla yaklaşır. Farklı olsalar da iki taraf da birbirini kabul eder.

principle-becoming-part = Toplumun bir parçası olmak
    .description = Göçmenler { -district } ilçesindeki toplumun bir parçası olur. Onlar da bu toplumdandır – eşit hak ve yükümlülüklerle.

principle-bringing-in = Kendi katkısını sunmak
    .description = Hiç kimse kökeninden, dilinden veya kültüründen vazgeçmek zorunda değildir. Özel yetenekler ve deneyimler paylaşılır ve birlikte yaşamı zenginleştirir.

principle-moving-towards = Birbirine adım atmak
    .description = Uyum ancak herkes birbirine adım atarsa başarılı olur: göçmenler ve yerli halk, komşular, dernekler, işletmeler ve resmî kurumlar.

## Hedef gruplar

target-group-adults = Yetişkinler
    .description = 27 yaş ve üzeri göçmenler.

target-group-youth = Gençler ve genç yetişkinler (12–27)
    .description = Okulda, meslek eğitiminde, üniversitede olan veya iş arayan gençler.

target-group-children = Çocuklar
    .description = Kreşte ve ilkokulda, 12 yaşına kadar çocuklar.

target-group-families = Aileler
    .description = Çocuklu ebeveynler ve bebek bekleyen anne babalar.

target-group-women = Kadınlar
    .description = Özellikle kadınlara ve kız çocuklarına yönelik hizmetler.

target-group-refugees = Sığınmacılar ve mülteciler
    .description = İltica sürecindeki kişiler ile koruma statüsü veya Duldung (sınır dışı edilmenin geçici olarak ertelenmesi) belgesi olan kişiler.

target-group-eu-citizens = AB vatandaşları
    .description = Avrupa Birliği'nin diğer ülkelerinden, örneğin Polonya'dan gelen kişiler.

target-group-skilled-workers = Yurt dışından nitelikli çalışanlar
    .description = Yurt dışında aldıkları bir meslek diploması veya üniversite diplomasıyla gelen kişiler.

target-group-volunteers = Gönüllüler
    .description = İyi bir birlikte yaşam için gönüllü olarak çalışan kişiler.

target-group-everyone = Herkes
    .description = İlçedeki tüm insanlara açık; göçmen olsun ya da olmasın.

target-group-seniors = Yaşlılar
    .description = Göçmen ya da yerli, yaşlı kadınlar ve erkekler.

## Eylem alanları

field-education = Eğitim ve dil
    .description = Almanca, yeni bir yere yerleşmenin önemli bir anahtarıdır. Bu alan; çocuklar, gençler ve yetişkinler için dil kursları, kreş ve okulla ilgilidir.

field-culture-religion = Kültür ve dinler
    .description = İnsanlar kültürlerini ve inançlarını ilçeye kendileriyle birlikte getirir. Karşılaşmayı, sohbeti ve Sorb/Vend kültürü de dahil olmak üzere bölge kültürünü tanımayı destekliyoruz.

field-conflicts = Çatışmalarla başa çıkma
    .description = İnsanların birlikte yaşadığı yerde anlaşmazlıklar da olur. Bu alanda amaç, çatışmaları erken fark etmek, adil biçimde çözmek ve ayrımcılığa karşı harekete geçmektir.

field-housing = Konut
    .description = Kendi evi olmak, bağımsız bir yaşamın temelidir. Toplu konaklama yerinden taşınırken ve komşulukta iyi bir birlikte yaşam için yardımcı oluyoruz.

field-work = Çalışma ve meslek eğitimi
    .description = Çalışmak geçimi güvence altına alır ve yeni bağlantılar kurmayı sağlar. Meslek eğitimine ve işe giden yolu ve yabancı diplomaların tanınmasını destekliyoruz.

field-volunteering = Gönüllülük
    .description = Gönüllüler olmadan kırsal bölgelerde uyum neredeyse mümkün olmazdı. Onlara eşlik ediyor, onları eğitiyor ve emeklerini takdir ediyoruz; göçmenleri de kendileri gönüllü olmaya davet ediyoruz.

field-leisure = Boş zaman
    .description = İnsanlar en kolay spor kulübünde, gençlik buluşma yerinde veya bahçede tanışır. Boş zaman etkinliklerini herkese açıyor ve köylerden de bunlara ulaşılabilmesine yardım ediyoruz.

field-health = Sağlık
    .description = Herkes hastalandığında nereden yardım alabileceğini bilmelidir. Buna doktorda dil aracılığı (tercümanlık), aşılar ve ruhsal sıkıntılarda yardım da dahildir.

field-social-legal = Sosyal konular, hukuk ve resmî kurumlar
    .description = Oturum, sosyal yardımlar ve başvurular çoğu zaman zor anlaşılır. İyi danışmanlık, anlaşılır resmî kurumlar ve küçük yerleşim yerlerinde de görüşme saatleri olmasını sağlıyoruz.

## Önlemler

# 1 Eğitim ve dil

measure-education-childcare-courses = Çocuk bakımlı dil kursları ve okuma-yazma kursları
    .description = Peitz ve Döbern'de, ders sırasında küçük çocuklara bakıldığı Almanca kursları var. Forst'ta yetişkinler, okuma-yazma öğretimli uyum kursunda ayrıca okuma ve yazma da öğreniyor.

measure-education-newcomer-schools = Okula ve kreşe yeni katılan göçmen çocuklar için danışma merkezi
    .description = Devlet Okul Müdürlüğü (Staatliches Schulamt), yeni bir okula başlayan göçmen çocuklar ve gençler için merkezi bir danışma hizmeti kurdu. Gençlik Dairesi (Jugendamt), kreş yeri arayan ailelere danışmanlık yapıyor.
    .time-frame-note = Kuruluş 2017/2018'de tamamlandı; iki danışma hizmeti de o zamandan beri kalıcı olarak sürüyor.

measure-education-course-shuttle = Amt Döbern-Land'den Forst'a kurs servisi
    .description = Bir minibüsün köylerdeki katılımcıları Forst'taki uyum kursuna götürmesi planlanmıştı. Çok az kişi kullanabildiği için deneme sona erdirildi; bunun yerine artık doğrudan Döbern'de bir dil kursu var.

measure-education-learning-mentors = Tüm orta ölçekli merkez şehirlerde okul çocukları için öğrenme mentorları
    .description = Gönüllü öğrenme mentorları (Lernpaten), okul çocuklarına ev ödevlerinde ve Almanca öğrenmede yardım ediyor. Guben ve Spremberg'den sonra bu hizmet şimdi Forst'ta da kuruluyor.

# 2 Kültür ve dinler

measure-culture-religion-intercultural-week = { -district } ilçesinde Kültürlerarası Hafta
    .description = Her yıl sonbaharda ağlar, dernekler ve topluluklar şenliklere, okuma etkinliklerine, spor etkinliklerine ve sohbetlere davet ediyor. Göçmenler ve yerli halk programı birlikte planlıyor.
    .time-frame-note = 2017'den beri her yıl eylül ayı sonunda.

measure-culture-religion-interfaith-circle = Forst'ta dinlerarası sohbet grubu
    .description = Farklı dinlerden insanlar ve herhangi bir dine bağlı olmayan insanlar düzenli olarak sohbet etmek için bir araya geliyor. İstek üzerine grubun üyeleri okullara ve kreşlere de geliyor.

measure-culture-religion-sorbian-welcome = Sorb kültürünü tanımak
    .description = Peitz'te Sorblar, göçmenleri Zapust (Sorb karnavalı) ve Paskalya gibi bayramlara davet ediyor ve onlara Aşağı Sorbcadan ilk kelimeleri öğretiyor. Böylece yeni gelenler bölgenin iki dilliliğini tanıyor.

measure-culture-religion-international-library = Spremberg Uluslararası Kütüphanesi'nin kurulması
    .description = Spremberg Şehir Kütüphanesi birçok dilde kitap, dergi ve sesli kitap edindi. Koleksiyon o zamandan beri sürekli genişletiliyor.
    .time-frame-note = Kuruluş 2018/2019'da tamamlandı; kütüphane kalıcı bir hizmettir.

# 3 Çatışmalarla başa çıkma

measure-conflicts-neighbourhood-mediation = Guben'de komşuluk arabuluculuğu
    .description = Eğitimli arabulucular, binada veya mahallede anlaşmazlık olduğunda yardım ediyor. Tarafsız biçimde arabuluculuk yapıyor, istenirse bir dil aracısıyla (tercüman) çalışıyorlar.

measure-conflicts-anti-discrimination-advice = Gezici ayrımcılık karşıtı danışmanlık
    .description = Kökeni, ten rengi, dini veya dili nedeniyle ayrımcılığa uğrayan kişiler gizli danışmanlık alır. Danışmanlar ilçenin küçük yerleşim yerlerine de geliyor.

measure-conflicts-school-training = Okul sınıfları için çatışma eğitimi
    .description = RAA Cottbus, okul sınıflarına anlaşmazlıkları çözme, önyargılar ve çeşitlilik konularında eğitimler sunuyor. Öğretmenler bu eğitimleri Okul Müdürlüğü (Schulamt) aracılığıyla talep edebilir.

measure-conflicts-staff-workshops = Uzmanlar için „Çatışmalar ve Önyargılar“ eğitim dizisi
    .description = İlçe idaresi, Amt idareleri ve gençlik çalışması personelinin, çatışmaları erken fark etmeyi ve ayrımcılıktan kaçınmayı öğrenmesi amaçlanıyor. Eğitim dizisi şu anda hazırlanıyor.
    .time-frame-note = 2027 için planlandı.

# 4 Konut

measure-housing-move-out-management = Toplu konaklama yerlerinden taşınma yönetimi
    .description = Göç sosyal hizmeti, mültecilerin kendilerine ait bir ev bulmasına ve taşınmasına yardım ediyor. Bu çalışmada ev sahipleri, Jobcenter ve şehirlerle iş birliği yapıyor.

measure-housing-tenant-guide = Çok dilli „ev ehliyeti“ (Wohnführerschein)
    .description = Kısa bir kursta yeni kiracılar kira sözleşmesi, yan giderler, ısıtma, havalandırma ve çöp ayrıştırma hakkında en önemli bilgileri öğreniyor. Kurs materyalleri birkaç dilde mevcut; bugün kiracı ve konut danışmanlığında kullanılıyor.

measure-housing-flat-exchange = Özel ev sahipleriyle konut borsası
    .description = Özel ev sahiplerinin boş dairelerini ortak bir borsa üzerinden sunması planlanmıştı. Yeterli teklif gelmedi; daireler artık doğrudan konut danışmanlığı ve taşınma yönetimi aracılığıyla bulunuyor.

measure-housing-neighbourhood-festivals = Mahallelerde komşuluk şenlikleri
    .description = Çok sayıda yeni kiracının bulunduğu mahallelerde, komşuların birbirini tanıyabileceği küçük şenlikler düzenlenecek. Forst ve Guben'deki ağlar bunları konut şirketiyle birlikte planlıyor.
    .time-frame-note = İlk şenlikler 2027 ilkbaharı ve yazı için planlandı.

# 5 Çalışma ve meslek eğitimi

measure-work-migration-team = Jobcenter'da Göç ve Uyum Ekibi
    .description = Jobcenter'daki ayrı bir ekip, göçmenlere iş, meslek eğitimi ve dil kursları konusunda danışmanlık yapıyor. Ekip, insanların zaten neler yapabildiğini erkenden tespit ediyor.

measure-work-recognition-days = Yabancı diplomaların tanınması için danışma günleri
    .description = Forst ve Spremberg'deki düzenli danışma günleri, yurt dışında alınan meslek ve üniversite diplomalarının tanınmasına yardımcı oluyor. Danışmanlık ücretsizdir.

measure-work-job-language-internship = Stajlı mesleki dil kursları
    .description = Katılımcılar, mesleki dil kursunu bölgedeki bir işletmede yapılan bir stajla birleştiriyor. Böylece mesleki dili doğrudan iş başında öğreniyorlar.

measure-work-crafts-apprenticeships = Genç göçmenler için zanaat alanında meslek eğitimi
    .description = Genç göçmenler zanaat işletmelerini tanıyor ve meslek eğitimi sözleşmesi imzalanana kadar destekleniyor. İşletmeler oturum, teşvikler ve dil desteği konusunda danışmanlık alıyor.
    .time-frame-note = Proje Ocak 2027'ye kadar sürüyor.

# 6 Gönüllülük

measure-volunteering-agency = { -district } Gönüllü Ajansı
    .description = Gönüllü Ajansı, yardım etmek isteyen insanları uygun görevlere yönlendiriyor – kendileri gönüllü olmak isteyen göçmenleri de. Ajans, tüm „hoş geldin“ ağları için başvuru noktasıdır.

measure-volunteering-training-series = Gönüllüler için eğitim dizisi
    .description = Gönüllüler atölyelerde örneğin iltica hukuku, kültürlerarası iletişim ve aşırı yüklenmeden korunma hakkında bilgi ediniyor. Bu sırada diğer gönüllülerle deneyim paylaşıyorlar.

measure-volunteering-sponsorships = „Hoş geldin“ ağlarında gönüllü rehberlik (Patenschaft)
    .description = Forst, Guben ve Spremberg'de gönüllü rehberler (Paten), yeni gelen ailelere günlük hayatta, örneğin resmî işlerde veya Almanca öğrenirken eşlik ediyor. Ağlar her yıl ortak bir şenlikle tüm gönüllülere teşekkür ediyor.

measure-volunteering-online-exchange = Çevrim içi gönüllülük borsası
    .description = Derneklerin gönüllüler için görevleri bir internet sitesinde sunması planlanmıştı. Borsa pek kullanılmadığı için kapatıldı; Gönüllü Ajansı artık yüz yüze görüşmelerle yönlendirme yapıyor.

# 7 Boş zaman

measure-leisure-sports-integration = Spor yoluyla uyum
    .description = Spor kulüpleri antrenmanlarını göçmenlere açıyor, örneğin Forst'taki herkese açık futbolda. Guben'de yalnızca kadınlar ve çocuklar için yüzme kursları var.

measure-leisure-bike-workshop = Spremberg'de bisiklet atölyesi ve bisiklet sürme kursları
    .description = Bisiklet atölyesinde gönüllüler ve göçmenler bağışlanan bisikletleri birlikte onarıyor. Bisiklet sürmeyi bilmeyenler bunu bisiklet kursunda, trafik kurallarıyla birlikte öğreniyor.

measure-leisure-garden-peitz = Peitz'te Kültürlerarası Bahçe'nin kurulması
    .description = Amt Peitz'e ait bir arazide yerli halk ve göçmenler birlikte bir bahçe kurdu. Bugün orada aileler, kadın grupları ve komşular birlikte bahçecilik yapıyor.
    .time-frame-note = Kuruluş 2019'da tamamlandı; bahçenin bakımı birlikte sürdürülüyor.

measure-leisure-youth-meeting-points = Welzow ve Drebkau'da uluslararası gençlik buluşma yerleri
    .description = Açık buluşma yerleri, küçük yerleşim yerlerinde de gençlere boş zaman, sohbet ve ev ödevi için bir mekân sunuyor. Gençlik Dairesi (Jugendamt), kuruluş sürecine 2026 sonuna kadar eşlik ediyor.

# 8 Sağlık

measure-health-interpreter-network = { -district } Dil Aracıları Havuzu'nun kurulması
    .description = Eğitimli dil aracıları (toplum tercümanları), göçmenlere doktora, resmî kurumlara ve okullara giderken eşlik ediyor. Havuz 2018'de kuruldu ve o zamandan beri sürekli kullanılıyor.

measure-health-vaccination-hours = Sağlık danışmanlığı ve aşı görüşme saatleri
    .description = Sağlık Dairesi (Gesundheitsamt), göçmenlere aşılar, koruyucu sağlık muayeneleri ve aile hekimine nasıl ulaşılacağı konusunda danışmanlık yapıyor. Hamile kadınlar ve aileler ayrıca Guben Kadın ve Aile Merkezi'nde de danışmanlık alabiliyor.

measure-health-psychosocial-outreach = Psikososyal Merkez'in dış görüşme saatleri
    .description = Psikososyal Merkez, Guben'in yanı sıra Forst ve Spremberg'de de görüşme saatleri sunuyor. Böylece travma ve ruhsal sıkıntılarda yardıma ulaşma yolları kısalıyor.
    .time-frame-note = 2026 sonuna kadar deneme süreci; ardından kalıcı olarak sürdürülüp sürdürülmeyeceğine karar verilecek.

measure-health-printed-guide = Basılı sağlık rehberi
    .description = Çok dilli bir kitapçıkta doktor muayenehanelerinin, eczanelerin ve danışma merkezlerinin listelenmesi planlanmıştı. Bilgiler çok sık değiştiği için kitapçık basılmadı; bilgiler dijital rehbere aktarılıyor.

# 9 Sosyal konular, hukuk ve resmî kurumlar

measure-social-legal-counselling-network = Üç orta ölçekli merkez şehirde göç danışmanlığı
    .description = Forst, Guben ve Spremberg'de yetişkinler için kalıcı göç danışmanlığı hizmetleri var. Bu hizmetler oturum, başvurular, dil kursları, iş ve aile ile ilgili sorularda yardımcı oluyor.

measure-social-legal-outreach-hours = Amt idarelerinde görüşme saatleri
    .description = Yabancılar Dairesi'nin (Ausländerbehörde) Guben'de bir dış görüşme saati var. Amt Burg (Spreewald) ve Amt Döbern-Land'de, kimsenin uzağa gitmek zorunda kalmaması için uyumla ilgili ayrı görüşme saatleri var.

measure-social-legal-welcome-folder = Vatandaş bürolarında hoş geldin dosyası
    .description = Forst, Guben veya Spremberg'de ikamet kaydı yaptıran herkes, Vatandaş Bürosu'nda (Bürgerbüro) en önemli adresleri içeren bir hoş geldin dosyası alır. Metinler sade bir dille ve birkaç dilde yazılmıştır.
    .time-frame-note = 2018/2019'da hazırlandı; dosya vatandaş bürolarında dağıtılmaya devam ediyor.

measure-social-legal-digital-guide = Birçok dilde dijital rehber
    .description = Bu rehber, ilçenin uyum konseptini ve hizmetlerini Aşağı Sorbca dahil birçok dilde çevrim içi olarak bir araya getiriyor. Yönlendirme Grubu'nun sekreteryası verileri güncel tutuyor.
    .time-frame-note = İlk sürüm 2026 sonuna kadar; ardından sürekli güncelleme.
