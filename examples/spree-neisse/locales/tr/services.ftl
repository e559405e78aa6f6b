### machine-translated
### Hizmetler (Spree-Neiße örneği, demo verileri): yalnızca ilk 20 hizmet çevrildi; diğerleri Almanca gösterilir.

## Hizmetler: Eğitim ve dil

service-integration-course-forst = Forst'ta dil ve uyum kursu
    .description = Uyum kursunda B1 seviyesine kadar Almanca öğrenir ve Almanya'daki yaşam hakkında çok şey öğrenirsiniz. Kurs, halk eğitim merkezinde (Volkshochschule) haftada beş gün sabahları yapılır ve „Göçmenler için Almanca Sınavı“ (Deutsch-Test für Zuwanderer) ile „Almanya'da Yaşam“ (Leben in Deutschland) testiyle sona erer.
    .eligibility = Uyum kursuna katılma hakkı veya yükümlülüğü olan yetişkinler içindir; bu hak veya yükümlülük örneğin Yabancılar Dairesi (Ausländerbehörde) ya da Jobcenter tarafından verilir. AB vatandaşları da başvuru yapabilir.
    .cost-note = Katılım belgesi (Berechtigungsschein) veya ücret muafiyetiyle ücretsizdir. Ücreti kendisi ödeyenler ders saati başına bir katkı payı öder; muafiyet başvurusunda size yardımcı oluyoruz.
    .appointment-note = Kurstan önce kısa bir seviye tespit sınavına girersiniz. Pasaportunuzu veya oturma kartınızı ve katılım belgenizi yanınızda getirin.
    .hours-note = Kurs saatleri: pazartesiden cumaya sabahları. Kayıt ve danışmanlık salı öğleden sonraları.
    .keywords = dil kursu, Almanca kursu, Almanca öğrenmek, uyum kursu, Integrationskurs, B1, BAMF, VHS

service-integration-course-guben = Guben'de akşam uyum kursu
    .description = Gündüz çalışan veya çocuklarına bakan herkes için oryantasyon kursunu da içeren Almanca kursu. Dersler haftada dört akşam yapılır; yeni kurs mart ayında başlıyor.
    .eligibility = Federal Göç ve Mülteciler Dairesi'nden (Bundesamt für Migration und Flüchtlinge), Yabancılar Dairesi'nden veya Jobcenter'dan katılım belgesi almış yetişkinler.
    .cost-note = Katılım belgesi veya ücret muafiyetiyle ücretsizdir. Yol masraflarınız için Federal Daire'ye başvurabilirsiniz.
    .appointment-note = Lütfen önceden kayıt yaptırın. Seviye tespit sınavı yaklaşık 30 dakika sürer.
    .hours-note = Dersler pazartesiden perşembeye 16:30–19:45 arası. Kurs danışmanlığı perşembe öğleden sonraları.
    .keywords = Almanca kursu, akşam kursu, dil kursu, Almanca öğrenmek, uyum kursu, Integrationskurs, B1, VHS

service-integration-course-spremberg = Spremberg'de uyum kursu
    .description = Spremberg şehir merkezinde Sprachschule Lausitz dil okulunun sabah kursu: A1'den B1'e kadar Almanca, ardından Almanya'da siyaset, tarih ve günlük yaşam hakkında oryantasyon kursu. Gruplar küçüktür, en fazla 20 kişi.
    .eligibility = Uyum kursuna katılma hakkı veya yükümlülüğü olan yetişkin göçmenler. Çalışma vizesiyle gelen nitelikli çalışanları da memnuniyetle bekliyoruz.
    .cost-note = Katılım belgesiyle ücretsizdir.
    .appointment-note = Kayıt dil okulunun bürosunda yapılır; en iyisi çarşamba öğleden sonraları gelin. Lütfen kimliğinizi ve katılım belgenizi yanınızda getirin.
    .accessibility-note = Derslikler birinci kattadır, asansör yoktur.
    .keywords = Almanca kursu, dil kursu, Almanca öğrenmek, uyum kursu, Integrationskurs, Spremberg, A1, B1

service-integration-course-peitz = Peitz'te çocuk bakımlı dil ve uyum kursu
    .description = Anneler ve babalar için sabah uyum kursu: Siz Almanca öğrenirken çocuklarınıza yan odada bir çocuk eğitimcisi bakar. Böylece kreş yeriniz olmasa da kursa katılabilirsiniz.
    .eligibility = Uyum kursuna katılma hakkı olan ve henüz kreş yeri bulunmayan, bir yaş ve üzeri çocukları olan ebeveynler.
    .cost-note = Kurs ve çocuk bakımı katılım belgesiyle ücretsizdir.
    .appointment-note = Çocuk bakımındaki yerler sınırlıdır. Lütfen erken kayıt yaptırın ve çocuklarınızın kaç yaşında olduğunu belirtin.
    .hours-note = Pazartesiden perşembeye 8:30–12:30 arası; kurs Nisan 2026'dan Mart 2027'ye kadar sürer.
    .keywords = Almanca kursu, çocuk bakımı, anne baba kursu, dil kursu, Almanca öğrenmek, uyum kursu, Peitz

service-literacy-course-forst = Forst'ta okuma-yazma öğretimli uyum kursu
    .description = Hiç ya da az okuma yazma bilen veya Latin alfabesini yeni öğrenen kişiler için. Küçük gruplarda, yavaş yavaş ve bol alıştırmayla okumayı, yazmayı ve konuşmayı öğrenirsiniz.
    .eligibility = Uyum kursuna katılma hakkı olan ve seviye tespit sınavında okuma-yazma kursu önerilen yetişkinler.
    .cost-note = Katılım belgesiyle ücretsizdir.
    .appointment-note = Kurs danışmanlığı sizinle, gerekirse sözlü olarak, bir test yapar. Kimliğinizi ve varsa katılım belgenizi yanınızda getirin.
    .hours-note = Dersler pazartesiden cumaya 9:00–12:15 arası.
    .keywords = okuma yazma kursu, okuma öğrenmek, yazma öğrenmek, Almanca kursu, Alphakurs, dil kursu, Almanca öğrenmek

service-job-language-course-guben = Guben'de mesleki dil kursu
    .description = B1'den C1'e kadar seviyelerde iş hayatı için Almanca: Telefon görüşmeleri, e-postalar, iş arkadaşlarınızla konuşmalar ve mesleki terimler üzerine alıştırma yaparsınız. Gündüz kursları ve çalışanlar için akşam kursları vardır.
    .eligibility = En az B1 seviyesinde Almanca bilen; iş arayan, çalışan veya meslek eğitimi gören kişiler. Kursa kabul belgesini Jobcenter'dan, İş Ajansı'ndan (Agentur für Arbeit) veya Federal Daire'den (BAMF) alırsınız.
    .cost-note = İş arayanlar için ücretsizdir. Çalışan ve iyi kazananlar küçük bir katkı payı ödeyebilir.
    .appointment-note = Lütfen önceden kayıt yaptırın ve kabul belgesini veya resmî kararı (Bescheid) yanınızda getirin.
    .accessibility-note = Derslikler ikinci kattadır, maalesef asansör yoktur.
    .keywords = mesleki dil kursu, iş için Almanca, Berufssprachkurs, DeuFöV, dil kursu, B2, iş, Almanca kursu

service-job-language-course-spremberg = Spremberg'de akşam mesleki dil kursu
    .description = Spremberg Halk Eğitim Merkezi'nde (Volkshochschule) iş hayatı için Almanca kursu; haftada iki akşam ve cumartesi sabahı. Zaten çalışıyorsanız ve iş için Almancanızı geliştirmek istiyorsanız çok uygundur.
    .eligibility = B1 sertifikası olan; çalışan, iş arayan veya meslek diplomasını tanıtmak isteyen kişiler.
    .cost-note = Federal Daire'den (BAMF), Jobcenter'dan veya İş Ajansı'ndan (Agentur für Arbeit) alınan katılım hakkıyla ücretsizdir.
    .hours-note = Salı ve perşembe 17:00–20:15, cumartesi 9:00–12:15 arası; kurs Eylül 2026'dan Haziran 2027'ye kadar sürer.
    .keywords = mesleki dil kursu, akşam kursu, iş için Almanca, Berufssprachkurs, dil kursu, Almanca kursu, Spremberg, B2

service-women-course-doebern = Döbern'de kadınlar için çocuk bakımlı Almanca kursu
    .description = Döbern Aile Buluşma Yeri'nde (Familientreff) yalnızca kadınlara yönelik bir dil kursu. Günlük yaşam için, örneğin doktorda, alışverişte ve kreşte gerekli Almancayı öğrenirsiniz; bu sırada küçük çocuklara bakılır.
    .eligibility = Her yaştan kadınlar; uyum kursu hakkı ve Almanca ön bilgisi olmadan da katılabilirsiniz.
    .cost-note = Ücretsiz.
    .appointment-note = Tanışmak için uğrayabilirsiniz; çocuk bakımı için lütfen önceden haber verin.
    .hours-note = Salı ve perşembe 9:00–11:30 arası, okul tatillerinde kurs yoktur.
    .keywords = kadınlar için kurs, Almanca kursu, çocuk bakımı, Almanca öğrenmek, dil kursu, kadınlar, Döbern

service-language-cafe-forst = Forst'ta dil kafesi
    .description = Her çarşamba göçmenler ve Forst'ta yaşayanlar, kahve ve çay eşliğinde sohbet etmek için buluşur. Burada baskı olmadan Almanca pratik yapar, komşularınızla tanışır ve günlük yaşam için ipuçları alırsınız.
    .eligibility = Almancanız ne düzeyde olursa olsun herkese açıktır.
    .cost-note = Ücretsiz; kahve ve kek için bağışlar memnuniyetle kabul edilir.
    .appointment-note = Randevu almadan gelebilirsiniz.
    .keywords = dil kafesi, Almanca pratik, Almanca konuşmak, buluşma yeri, insanlarla tanışmak, Sprachcafé, Forst

service-language-cafe-welzow = Welzow'da dil kafesi
    .description = Pazartesi öğleden sonraları samimi bir sohbet grubu: Welzow'dan gönüllüler sizinle Almanca konuşur, oyun oynar ve mektupları okumanıza yardım eder.
    .eligibility = Almanca pratik yapmak veya yeni insanlarla tanışmak isteyen herkes için.
    .cost-note = Ücretsiz.
    .appointment-note = Kayıt gerekmez.
    .keywords = dil kafesi, Almanca pratik, sohbet grubu, buluşma yeri, Welzow, Almanca öğrenmek

service-homework-help-guben = Guben'de ödev yardımı
    .description = Gönüllüler okul sonrasında öğrencilere ev ödevlerinde, okumada ve sınavlara hazırlanmada yardım eder. Almanca öğrenmek için de destek verilir, atıştırmalık olarak meyve de vardır.
    .eligibility = 1. ile 10. sınıf arasındaki öğrenciler.
    .cost-note = Ücretsiz.
    .appointment-note = Kayıt gerekmez. Lütfen okul defterlerini ve ödevleri getirin.
    .hours-note = Pazartesiden perşembeye 14:00–16:30 arası; tatillerde kapalıdır.
    .keywords = ödev yardımı, etüt, özel ders, okul, ders çalışmak, çocuklar, Guben
    .closure-summer-2027 = Yaz tatili

service-homework-help-spremberg = Spremberg Şehir Kütüphanesi'nde öğrenme mentorları ve ödev yardımı
    .description = Spremberg Şehir Kütüphanesi'nde çocuklar ve gençler, haftada bir ya da iki kez hep aynı öğrenme mentoruyla (Lernpate) çalışır. Kendisi yardım etmek isteyenler de öğrenme mentoru olabilir.
    .eligibility = 6–16 yaş arası çocuklar ve gençler; öğrenme mentorları için en az 16 yaş.
    .cost-note = Ücretsiz, kütüphane kartı olmadan da katılabilirsiniz.
    .appointment-note = Size uygun bir öğrenme mentoru bulabilmemiz için lütfen çocuğunuzu ödünç verme bankosunda kaydettirin.
    .keywords = ödev yardımı, öğrenme mentoru, Lernpaten, etüt, okul, kütüphane, Spremberg, gönüllülük

service-school-newcomer-advice = Yeni gelen çocuklar için okula başlama danışmanlığı
    .description = Devlet Okul Müdürlüğü (Staatliches Schulamt), çocukları Almanya'ya yeni gelmiş ailelere danışmanlık yapar: Hangi okulun uygun olduğu, kaydın nasıl yapıldığı ve Almanca desteğinin nerede verildiği. Danışmanlık tüm ilçe için geçerlidir ve Forst'taki ilçe idaresinde yapılır.
    .eligibility = Yeni taşınmış, okul çağındaki çocukların ve gençlerin ebeveynleri ile 18 yaşına kadar gençler.
    .cost-note = Ücretsiz.
    .appointment-note = Lütfen önceden randevu alın. Varsa, geldiğiniz ülkeden karneleri ve ikamet kayıt belgesini (Meldebescheinigung) yanınızda getirin.
    .keywords = okul, okul kaydı, okula başlamak, zorunlu eğitim, çocuklar, Almanca desteği, danışmanlık, Schule

service-daycare-advice = Göçmen aileler için kreş yeri danışmanlığı
    .description = Gençlik Dairesi (Jugendamt), Almanya'da kreşin (Kita) ve gündüz bakımcısının (Tagespflege) nasıl işlediğini açıklar; kreş yeri başvurusunda ve yakınınızda bir kurum bulmada yardımcı olur.
    .eligibility = Spree-Neiße ilçesinde yaşayan, henüz okula başlamamış çocukları olan aileler.
    .cost-note = Danışmanlık ücretsizdir. Kreş ücretleri gelire göre belirlenir; geliriniz düşükse çoğu zaman hiçbir şey ödemezsiniz.
    .appointment-note = Size zaman ayırabilmemiz için randevu almanız iyi olur. Lütfen çocuğun doğum belgesini veya pasaportunu ve ikamet kayıt belgesini yanınızda getirin.
    .keywords = kreş, anaokulu, Kita, kreş yeri, çocuk bakımı, gündüz bakımı, Jugendamt, danışmanlık

## Hizmetler: Danışmanlık, resmî kurumlar, iş

service-mbe-forst = Forst'ta Yetişkinler için Göç Danışmanlığı (MBE)
    .description = 27 yaş ve üzeri göçmenler için oturum, dil kursu, iş, konut, aile ve resmî kurumlardan gelen mektuplar konusunda kişisel danışmanlık. Bundan sonra neler yapabileceğinize dair sizinle birlikte bir plan hazırlıyoruz.
    .eligibility = Almanya'da kalıcı oturumu olan 27 yaş ve üzeri göçmenler; AB vatandaşları da.
    .cost-note = Ücretsiz ve gizli.
    .appointment-note = Randevu almanız daha iyi olur, ancak acil durumlarda randevusuz da gelebilirsiniz. Mektuplarınızı ve belgelerinizi yanınızda getirin.
    .accessibility-note = Danışmanlık birinci kattadır, asansör yoktur. İsterseniz sizinle zemin katta görüşebiliriz; lütfen önceden haber verin.
    .keywords = göç danışmanlığı, MBE, danışmanlık, oturum izni, resmî kurumlar, mektuplar, aile birleşimi, iş
    .closure-christmas-2026 = Noel arası, 4 Ocak 2027 Pazartesi gününden itibaren yeniden açık

service-mbe-guben = Guben'de Yetişkinler için Göç Danışmanlığı (MBE)
    .description = Guben'deki yetişkin göçmenler için danışmanlık ve destek; Lehçe, Rusça ve Ukraynaca da. Başvurularda, kurs ve iş aramada ve aileyle ilgili sorularda yardımcı oluyoruz.
    .eligibility = 27 yaş ve üzeri göçmenler; AB vatandaşları da.
    .cost-note = Ücretsiz.
    .appointment-note = Randevu için telefon edin veya e-posta yazın; perşembe sabahları randevusuz açık görüşme saati vardır.
    .keywords = göç danışmanlığı, MBE, danışmanlık, başvurular, oturum izni, iş, Guben

service-mbe-spremberg = Spremberg'de Yetişkinler için Göç Danışmanlığı (MBE)
    .description = Spremberg'deki göç danışmanlığı, Almanya'ya yerleşmenize yardımcı olur: başvurularda, mektuplarda, dil kurslarında, çocuk parasında (Kindergeld) ve iş aramada. Danışmanlık Arapça, Farsça ve Ukraynaca olarak da verilir.
    .eligibility = 27 yaş ve üzeri göçmenler.
    .cost-note = Ücretsiz.
    .appointment-note = Randevu almanız önerilir. Lütfen konuyla ilgili tüm mektupları ve resmî kararları (Bescheid) yanınızda getirin.
    .keywords = göç danışmanlığı, MBE, danışmanlık, başvurular, çocuk parası, Kindergeld, dil kursu, Spremberg

service-jmd-forst = Forst'ta Gençlik Göç Servisi (Jugendmigrationsdienst)
    .description = Gençlik Göç Servisi, genç göçmenlere okula, meslek eğitimine ve iş hayatına giden yolda eşlik eder. İş başvurularında, karnelerin ve diplomaların tanınmasında ve kişisel sorunlarda yardımcı oluyoruz.
    .eligibility = Göç geçmişi olan 12–27 yaş arası gençler.
    .cost-note = Ücretsiz.
    .appointment-note = Bizi doğrudan arayabilir veya mesaj yazabilirsiniz. Başvurularınız için yardım istiyorsanız karnelerinizi ve özgeçmişinizi yanınızda getirin.
    .keywords = Gençlik Göç Servisi, JMD, meslek eğitimi, Ausbildung, iş başvurusu, okul, gençler, danışmanlık

service-jmd-guben = Guben'de Gençlik Göç Servisi (Jugendmigrationsdienst)
    .description = Gençlik Göç Servisi'nin Guben'deki danışma günü: Genç göçmenler için okul, meslek eğitimi, üniversite ve dil kursu konularında danışmanlık; Lehçe ve Ukraynaca da.
    .eligibility = 12–27 yaş arası gençler.
    .cost-note = Ücretsiz.
    .hours-note = Yalnızca çarşambaları. Diğer günlerde Forst'taki ekip size danışmanlık yapar.
    .keywords = Gençlik Göç Servisi, JMD, meslek eğitimi, Ausbildung, üniversite, okul, gençler, Guben

service-jmd-spremberg = Spremberg'de Gençlik Göç Servisi (Jugendmigrationsdienst)
    .description = Gençlik Göç Servisi cuma günleri Spremberg'de gençlere danışmanlık yapar; örneğin okul diploması, mesleki dil kursu veya ilk meslek eğitimi hakkında. Danışmanlık Arapça, Farsça ve Peştuca olarak da verilir.
    .eligibility = 12–27 yaş arası gençler; genç mülteciler de.
    .cost-note = Ücretsiz.
    .hours-note = Cuma günleri 9:00–14:00 arası.
    .keywords = Gençlik Göç Servisi, JMD, gençler, meslek eğitimi, okul diploması, danışmanlık, Spremberg
