### machine-translated
# Lower Sorbian texts: services and their locations (Spree-Neiße sample, demo data)

## Póbitowanja: kubłanje a rěc

service-integration-course-forst = Rěcny a integraciski kurs w Baršću
    .description = W integraciskem kursu wuknjośo nimšćinu až do rowniny B1 a zgónijośo wjele wó žywjenju w Nimskej. Kurs se wótměwa dopołdnja pěś dnjow wob tyźeń w ludowej wusokej šuli a kóńcy se z testom „Deutsch-Test für Zuwanderer“ a z testom „Leben in Deutschland“.
    .eligibility = Za dorosćonych z pšawom abo z winowatosću k integraciskemu kursoju, na pśikład wót cuzowniskego zastojnstwa abo wót Jobcentera. Teke bergarki a bergarje EU mógu pšosbu stajiś.
    .cost-note = Z wopismom dowólnosći (Berechtigungsschein) abo z wuwześim wót kóstow dermo. Chtož sam płaśi, płaśi swójski źěl za kuždu wucbnu góźinu; pomagamy pśi pšosbje wó wuwześe.
    .appointment-note = Pśed kursom napišośo krotki zarědowański test. Pśinjasćo swój pas abo swóju pobytowu kórtu a wopismo dowólnosći sobu.
    .hours-note = Kurs wót pónjeźele do pětka dopołdnja. Pśizjawjenje a póraźowanje wałtoru wótpołdnja.
    .keywords = kurs nimšćiny, rěcny kurs, nimšćinu wuknuś, Integrationskurs, B1, BAMF, ludowa wusoka šula, VHS

service-integration-course-guben = Wjacorny integraciski kurs w Gubinje
    .description = Kurs nimšćiny z orientaciskim kursom za wšych, kótarež wódnjo źěłaju abo se wó źiśi staraju. Wucba jo styri wjacory wob tyźeń, nowy kurs zachopijo w měrcu.
    .eligibility = Dorosćone z wopismom dowólnosći wót Zwězkowego zastojnstwa za migraciju a śěkańcow (BAMF), wót cuzowniskego zastojnstwa abo wót Jobcentera.
    .cost-note = Z wopismom dowólnosći abo z wuwześim wót kóstow dermo. Wó pśewześe jězdnych kóstow móžośo pla Zwězkowego zastojnstwa pšosyś.
    .appointment-note = Pšosym pśizjawśo se pjerwjej. Zarědowański test traja něźi 30 minutow.
    .hours-note = Wucba wót pónjeźele do stwórtka wót 16:30 do 19:45 góź. Póraźowanje ku kursam stwórtk wótpołdnja.
    .keywords = kurs nimšćiny, wjacorny kurs, rěcny kurs, nimšćinu wuknuś, Integrationskurs, B1, VHS

service-integration-course-spremberg = Integraciski kurs w Grodku
    .description = Dopołdnjowy kurs Rěcneje šule Łužyca w srjejźišću Grodka: nimšćina wót A1 do B1, pótom orientaciski kurs wó politice, stawiznach a wšednem dnju w Nimskej. Kupki su małe, nejwěcej 20 wósobow.
    .eligibility = Dorosćone pśiśěgnjone luźe z pšawom abo z winowatosću k integraciskemu kursoju. Teke fachowe mócy ze źěłoweju wizu su witane.
    .cost-note = Z wopismom dowólnosći dermo.
    .appointment-note = Pśizjawjenje w běrowje rěcneje šule, nejlěpjej srjodu wótpołdnja. Pšosym pśinjasćo wupokaz a wopismo dowólnosći sobu.
    .accessibility-note = Kursowe rumy su na prědnej etaži, lift njejo.
    .keywords = kurs nimšćiny, rěcny kurs, nimšćinu wuknuś, Integrationskurs, Grodk, Spremberg, A1, B1

service-integration-course-peitz = Rěcny a integraciski kurs ze staranim wó źiśi w Picnju
    .description = Dopołdnjowy integraciski kurs za maśerje a nany: mjaztym až wuknjośo nimšćinu, stara se kubłarka w susednem rumje wó Waše źiśi. Tak móžośo se teke bźez městna w źiśowni na kursu wobźěliś.
    .eligibility = Starjejše z pšawom k integraciskemu kursoju a ze źiśimi wót jadnogo lěta, kótarež hyšći njamaju městno w źiśowni.
    .cost-note = Kurs a staranje wó źiśi stej z wopismom dowólnosći dermo.
    .appointment-note = Městna za staranje wó źiśi su wobgranicowane. Pšosym pśizjawśo se zawcasa a groniśo, kak stare su Waše źiśi.
    .hours-note = Wót pónjeźele do stwórtka wót 8:30 do 12:30 góź., kurs wót apryla 2026 do měrca 2027.
    .keywords = kurs nimšćiny, staranje wó źiśi, kurs za starjejšych, rěcny kurs, nimšćinu wuknuś, Integrationskurs, Picnjo, Peitz

service-literacy-course-forst = Integraciski kurs z alfabetizaciju w Baršću
    .description = Za luźi, kótarež njamógu abo jano mało cytaś a pisaś abo kótarež hyšći wuknu łatyńske pismo. Wuknjośo pómałem a z wjele zwucowanim cytaś, pisaś a powědaś, w małych kupkach.
    .eligibility = Dorosćone z pšawom k integraciskemu kursoju, kótarymž se pśi zarědowańskem testu alfabetizaciski kurs pórucyjo.
    .cost-note = Z wopismom dowólnosći dermo.
    .appointment-note = Póraźowanje ku kursam gótujo z Wami test, teke wustnje. Pśinjasćo swój wupokaz a, jolic jo maśo, wopismo dowólnosći sobu.
    .hours-note = Wucba wót pónjeźele do pětka wót 9:00 do 12:15 góź.
    .keywords = alfabetizacija, cytaś wuknuś, pisaś wuknuś, kurs nimšćiny, Alphakurs, rěcny kurs, nimšćinu wuknuś

service-job-language-course-guben = Pówołański rěcny kurs w Gubinje
    .description = Nimšćina za pówołanje na rowninach B1 až C1: zwucujośo telefonaty, e-maile, rozgrona z kolegowkami a kolegami a fachowe słowa. Su dnjowe kursy a wjacorne kursy za tych, kótarež južo źěłaju.
    .eligibility = Wósoby ze znajobnosćami nimšćiny nanejmjenjej na rowninje B1, kótarež pytaju źěło, źěłaju abo su we wukubłanju. Pśipušćenje dostanjośo pśez Jobcenter, Agenturu za źěło abo Zwězkowe zastojnstwo.
    .cost-note = Za tych, kótarež pytaju źěło, dermo. Chtož źěła a derje zasłužyjo, płaśi snaź mały swójski źěl.
    .appointment-note = Pšosym pśizjawśo se pjerwjej a pśinjasćo pśipušćenje abo rozsud sobu.
    .accessibility-note = Rumy su na drugej etaži, žel bźez lifta.
    .keywords = pówołański rěcny kurs, Berufssprachkurs, nimšćina za pówołanje, DeuFöV, rěcny kurs, B2, źěło, kurs nimšćiny

service-job-language-course-spremberg = Wjacorny pówołański rěcny kurs w Grodku
    .description = Kurs nimšćiny za pówołanje w ludowej wusokej šuli w Grodku, dwa wjacora wob tyźeń a sobotu dopołdnja. Derje pśigódny, gaž južo źěłaśo a cośo swóju nimšćinu za źěło pólěpšyś.
    .eligibility = Luźe z certifikatom B1, kótarež źěłaju, pytaju źěło abo kśě swójo pówołańske wótzamknjenje pśipóznaś daś.
    .cost-note = Z dowólnosću wót Zwězkowego zastojnstwa, Jobcentera abo Agentury za źěło dermo.
    .hours-note = Wałtoru a stwórtk wót 17:00 do 20:15 góź., sobotu wót 9:00 do 12:15 góź.; kurs wót septembra 2026 do junija 2027.
    .keywords = pówołański rěcny kurs, wjacorny kurs, nimšćina za pówołanje, rěcny kurs, kurs nimšćiny, Grodk, Spremberg, B2

service-women-course-doebern = Kurs nimšćiny za žeńske ze staranim wó źiśi w Derbnje
    .description = Rěcny kurs jano za žeńske w swójźbnem zmakanišću w Derbnje. Wuknjośo nimšćinu za wšedny źeń, na pśikład pla lěkarja, pśi nakupowanju a w źiśowni; wó małe źiśi se w tom casu staraju.
    .eligibility = Žeńske kuždeje staroby, teke bźez pšawa k integraciskemu kursoju a bźez pśedznajobnosćow.
    .cost-note = Dermo.
    .appointment-note = Pśiźćo rad na zeznanje; za staranje wó źiśi pšosym dajśo pjerwjej k wěsći.
    .hours-note = Wałtoru a stwórtk wót 9:00 do 11:30 góź., nic w šulskich prozninach.
    .keywords = kurs za žeńske, kurs nimšćiny, staranje wó źiśi, nimšćinu wuknuś, rěcny kurs, žeńske, Derbno, Döbern

service-language-cafe-forst = Rěcny kafej w Baršću
    .description = Kuždu srjodu se zmakaju pśiśěgnjone luźe a luźe z Baršća pśi kafeju a teju, aby gromaźe powědali. How zwucujośo nimšćinu bźez cyska, zeznajośo susedow a dostanjośo pokazki za wšedny źeń.
    .eligibility = Wótwórjone za wšych, njewótwisnje wót togo, kak derje powědaśo nimski.
    .cost-note = Dermo, dary za kafej a tykańc su witane.
    .appointment-note = Pśiźćo jadnorje.
    .keywords = Sprachcafé, rěcny kafej, nimšćinu zwucowaś, nimski powědaś, zmakanišćo, luźi zeznaś, Baršć, Forst

service-language-cafe-welzow = Rěcny kafej we Wjelceju
    .description = Pśijazne rozgronowe zmakanje w pónjeźele wótpołdnja: cesnoamtske pomocniki z Wjelceja powědaju z Wami nimski, graju graśa a pomagaju pśi cytanju listow.
    .eligibility = Za wšych, kótarež kśě nimšćinu zwucowaś abo nowych luźi zeznaś.
    .cost-note = Dermo.
    .appointment-note = Pśizjawjenje njejo trěbne.
    .keywords = Sprachcafé, nimšćinu zwucowaś, rozgronowy krejz, zmakanišćo, Wjelcej, Welzow, nimšćinu wuknuś

service-homework-help-guben = Pomoc pśi domacnych nadawkach w Gubinje
    .description = Cesnoamtske pomocniki pomagaju šulskim źiśam pó šuli pśi domacnych nadawkach, pśi cytanju a pśi wuknjenju na testy. Jo teke pomoc pśi wuknjenju nimšćiny a sad ako mała jěź.
    .eligibility = Šulerki a šulerje 1. až 10. lětnika.
    .cost-note = Dermo.
    .appointment-note = Pśizjawjenje njejo trěbne. Pšosym pśinjasćo šulske zešywki a nadawki sobu.
    .hours-note = Wót pónjeźele do stwórtka wót 14:00 do 16:30 góź., w prozninach zacynjone.
    .keywords = pomoc pśi domacnych nadawkach, domacne nadawki, Nachhilfe, šula, wuknuś, źiśi, Gubin, Guben
    .closure-summer-2027 = Lětne prozniny

service-homework-help-spremberg = Wuknjeńske mentorki a mentory a pomoc pśi domacnych nadawkach w Měsćańskej bibliotece w Grodku
    .description = W Měsćańskej bibliotece w Grodku wuknu źiśi a młodostne ze stawneju wuknjeńskeju mentorku abo ze stawnym wuknjeńskim mentorom, jaden raz abo dwa raza wob tyźeń. Chtož co sam pomagaś, móžo se wuknjeńska mentorka abo wuknjeński mentor staś.
    .eligibility = Źiśi a młodostne wót 6 do 16 lět; wuknjeńske mentorki a mentory wót 16 lět.
    .cost-note = Dermo, teke bźez wupokaza biblioteki.
    .appointment-note = Pšosym pśizjawśo swójo źiśe na městnje wupóžycowanja, aby my pśigódnu wuknjeńsku mentorku abo pśigódnego wuknjeńskego mentora namakali.
    .keywords = pomoc pśi domacnych nadawkach, wuknjeńske mentorki, Nachhilfe, šula, biblioteka, Grodk, Spremberg, cesne amt

service-school-newcomer-advice = Póraźowanje k wopytowanju šule za nowo pśiśěgnjone źiśi
    .description = Statny šulski amt póraźujo swójźby, kótarychž źiśi su nowe w Nimskej: kótara šula jo pśigódna, kak pśizjawjenje funkcioněrujo a źo dajo spěchowanje nimšćiny. Póraźowanje płaśi za ceły wokrejs a wótměwa se we wokrejsnem zastojnstwje w Baršću.
    .eligibility = Starjejše šulskowinowatych źiśi a młodostnych, kótarež su nowo pśiśěgnuli, a teke młode luźe do 18 lět.
    .cost-note = Dermo.
    .appointment-note = Pšosym dojadnajśo termin pjerwjej. Pśinjasćo, jolic maśo, wopisma z kraja póchada a wobkšuśenje pśizjawjenja sobu.
    .keywords = šula, pśizjawjenje do šule, Seiteneinsteiger, šulska winowatosć, źiśi, spěchowanje nimšćiny, póraźowanje

service-daycare-advice = Póraźowanje k městnu w źiśowni za pśiśěgnjone swójźby
    .description = Amt za młoźinu wujasnjujo, kak źiśownja a dnjowe staranje wó źiśi (Tagespflege) w Nimskej funkcioněrujotej, a pomaga pśi pšosbje wó městno w źiśowni a pśi pytanju institucije blisko Was.
    .eligibility = Swójźby ze źiśimi do zachopjeńka šule, kótarež bydle we wokrejsu Sprjewja-Nysa.
    .cost-note = Póraźowanje jo dermo. Pśinoski za źiśownju se wótwisuju wót dochodow; pśi niskich dochodach cesto nic njepłaśiśo.
    .appointment-note = Termin jo zmysłapołny, aby my měli cas za Was. Pšosym pśinjasćo naroźeński wopis abo pas źiśeśa a wobkšuśenje pśizjawjenja sobu.
    .keywords = źiśownja, Kita, městno w źiśowni, staranje wó źiśi, Tagespflege, amt za młoźinu, póraźowanje

## Póbitowanja: póraźowanje, zastojnstwa, źěło

service-mbe-forst = Migraciske póraźowanje za dorosćonych (MBE) w Baršću
    .description = Wósobinske póraźowanje za pśiśěgnjonych wót 27 lět wó pobyśe, rěcnem kursu, źěle, bydlenju, swójźbje a listach wót zastojnstwow. Zestajamy z Wami plan, co móžośo ako pśiducy krok cyniś.
    .eligibility = Pśiśěgnjone luźe wót 27 lět z dłujkodobnym pobytom, teke bergarki a bergarje EU.
    .cost-note = Dermo a dowěrliwje.
    .appointment-note = Termin jo lěpšy, w nuznych padach pak móžośo teke bźez termina pśiś. Pśinjasćo swóje listy a dokumenty sobu.
    .accessibility-note = Póraźowanje jo na prědnej etaži bźez lifta. Na žycenje Was póraźujomy w pśizemju; pšosym dajśo pjerwjej k wěsći.
    .keywords = migraciske póraźowanje, Migrationsberatung, MBE, póraźowanje, pobyt, zastojnstwa, listy, Familiennachzug, źěło
    .closure-christmas-2026 = Gódowna pawza, wót pónjeźele, 4. januara 2027 zasej wócynjone

service-mbe-guben = Migraciske póraźowanje za dorosćonych (MBE) w Gubinje
    .description = Póraźowanje a pśewóźowanje za dorosćonych pśiśěgnjonych w Gubinje, teke w pólšćinje, rušćinje a ukrainšćinje. Pomagamy pśi pšosbach, pśi pytanju kursa a źěła a pśi pšašanjach k swójźbje.
    .eligibility = Pśiśěgnjone luźe wót 27 lět, teke bergarki a bergarje EU.
    .cost-note = Dermo.
    .appointment-note = Terminy pó telefonje abo pśez e-mail; stwórtk dopołdnja jo wótwórjona rozgronowa góźina.
    .keywords = migraciske póraźowanje, MBE, póraźowanje, pšosby, pobyt, źěło, Gubin, Guben

service-mbe-spremberg = Migraciske póraźowanje za dorosćonych (MBE) w Grodku
    .description = Migraciske póraźowanje w Grodku Wam pomaga, se w Nimskej zadomiś: pśi pšosbach, listach, rěcnych kursach, pjenjezach za źiśi (Kindergeld) a pśi pytanju źěła. Póraźowanje jo teke w arabšćinje, persišćinje a ukrainšćinje.
    .eligibility = Pśiśěgnjone luźe wót 27 lět.
    .cost-note = Dermo.
    .appointment-note = Termin se pórucyjo. Pšosym pśinjasćo wšykne listy a rozsudy sobu, wó kótarež źo.
    .keywords = migraciske póraźowanje, MBE, póraźowanje, pšosby, Kindergeld, rěcny kurs, Grodk, Spremberg

service-jmd-forst = Młoźinska migraciska słužba (JMD) w Baršću
    .description = Młoźinska migraciska słužba (Jugendmigrationsdienst, JMD) pśewóźujo młodych pśiśěgnjonych luźi na jich droze do šule, wukubłanja a pówołanja. Pomagamy pśi póžedanjach, pśi pśipóznaśu wopismow a pśi wósobinskich problemach.
    .eligibility = Młode luźe wót 12 do 27 lět z migraciskeju slědkstawizneju.
    .cost-note = Dermo.
    .appointment-note = Móžoš jadnorje zawołaś abo powěsć napisaś. Pśinjas wopisma a žywjenjoběg sobu, jolic coš pomoc pśi póžedanjach.
    .keywords = Jugendmigrationsdienst, JMD, wukubłanje, póžedanje, šula, młodostne, póraźowanje

service-jmd-guben = Młoźinska migraciska słužba (JMD) w Gubinje
    .description = Póraźowański źeń Młoźinskeje migraciskeje słužby w Gubinje: póraźowanje wó šuli, wukubłanju, studiju a rěcnem kursu za młodych pśiśěgnjonych, teke w pólšćinje a ukrainšćinje.
    .eligibility = Młode luźe wót 12 do 27 lět.
    .cost-note = Dermo.
    .hours-note = Jano srjodu. Na drugich dnjach śi póraźujo team w Baršću.
    .keywords = Jugendmigrationsdienst, JMD, wukubłanje, studij, šula, młodostne, Gubin, Guben

service-jmd-spremberg = Młoźinska migraciska słužba (JMD) w Grodku
    .description = Pětk póraźujo Młoźinska migraciska słužba młodych luźi w Grodku, na pśikład wó šulskem wótzamknjenju, wó pówołańskem rěcnem kursu abo wó prědnem wukubłanju. Póraźowanje teke w arabšćinje, persišćinje a paštušćinje.
    .eligibility = Młode luźe wót 12 do 27 lět, teke młode śěkańce.
    .cost-note = Dermo.
    .hours-note = Pětk wót 9:00 do 14:00 góź.
    .keywords = Jugendmigrationsdienst, JMD, młodostne, wukubłanje, šulske wótzamknjenje, póraźowanje, Grodk, Spremberg

service-immigration-office-forst = Cuzowniske zastojnstwo w Baršću: pobyt a pobytowe titele
    .description = How stajaśo pšosbu wó pobytowy titel a wó jogo pódlejšenje, pśizjawjaśo změny ako nowy pas a stajaśo pšosby k dośěgnjenju swójźby (Familiennachzug) abo k dowólnosći za stawny pobyt (Niederlassungserlaubnis). Pśisłušne za ceły wokrejs Sprjewja-Nysa.
    .eligibility = Wšykne cuzownice a cuzowniki z bydlišćom we wokrejsu Sprjewja-Nysa.
    .cost-note = Za wjele pobytowych titelow a wobkšuśenjow se pópłatki płaśe. Pśi pomocach wót Jobcentera abo socialnego amta su pópłatki cesto pónižone.
    .appointment-note = Jano z terminom. Stajśo pšosbu wó pódlejšenje nejpózdźej wósym tyźenjow pśed tym, až Waš titel wěcej njepłaśi. Pśinjasćo pas, biometriske foto a swóju pobytowu kórtu sobu.
    .hours-note = Wałtoru jo rozgronowy cas wótpołdnja až do 18:00 góź.
    .keywords = Ausländerbehörde, cuzowniske zastojnstwo, pobyt, pobytowy titel, wiza, pódlejšenje, Niederlassungserlaubnis, Familiennachzug

service-immigration-office-guben = Rozgronowa góźina cuzowniskego zastojnstwa w Gubinje
    .description = Jaden raz wob tyźeń jo cuzowniske zastojnstwo w radnicy w Gubinje. Tam móžośo dokumenty wótedaś, pobytowe kórty wótwześ a jadnore pšosby stajiś, bźez togo až musyśo do Baršća jězdźiś.
    .eligibility = Luźe z Gubina a wokoliny, na pśikład ze Schenkendöbern.
    .cost-note = Pópłatki ako w cuzowniskem zastojnstwje w Baršću.
    .appointment-note = Jano z terminom pśez słužbne městno cuzowniskego zastojnstwa.
    .hours-note = Srjodu wót 9:00 do 15:00 góź.
    .keywords = Ausländerbehörde, cuzowniske zastojnstwo, pobyt, pobytowa kórta, rozgronowa góźina, Gubin, Guben, wiza

service-jobcenter-forst = Jobcenter w Baršću
    .description = Jobcenter płaśi Bürgergeld (bergarske pjenjeze) a pomaga Wam, źěło, wukubłanje abo rěcny kurs namakaś. Swójski team se stara wó luźi, kótarež su nowe w Nimskej.
    .eligibility = Luźe w starobje, w kótarejž mógu źěłaś, z bydlišćom w rumje Baršća, kótarež dostanu Bürgergeld abo stajaju pšosbu wó njo, teke pśipóznate śěkańce.
    .cost-note = Dermo.
    .appointment-note = Za pšosby móžośo do zachodneje cony pśiś. Za póraźowańske rozgrona dostanjośo termin. Pśinjasćo wupokaz, pobytowy titel a nejmowe dogrono sobu.
    .keywords = Jobcenter, Bürgergeld, źěło, pytanje źěła, pšosba, pjenjeze, Baršć, Forst

service-jobcenter-guben = Jobcenter w Gubinje
    .description = Kontaktne městno za Bürgergeld, pósrědnjenje źěła a spěchowanje w Gubinje. Jobcenter pomaga teke pśi pytanju integraciskego abo pówołańskego rěcnego kursa.
    .eligibility = Luźe z bydlišćom w Gubinje abo w Schenkendöbern, kótarež dostanu Bürgergeld abo stajaju pšosbu wó njo.
    .cost-note = Dermo.
    .appointment-note = Za pšosby pśiźćo do zachodneje cony, za póraźowanje dojadnajśo termin.
    .keywords = Jobcenter, Bürgergeld, źěło, pytanje źěła, pšosba, Gubin, Guben

service-jobcenter-spremberg = Jobcenter w Grodku
    .description = Jobcenter w Grodku jo pśisłušny za Bürgergeld a pósrědnjenje źěła w Grodku, we Wjelceju a wokolinje. How dostanjośo teke wopismo dowólnosći za rěcny kurs.
    .eligibility = Luźe z bydlišćom w Grodku, we Wjelceju, w Drjowku abo w Kopańcach (Neuhausen/Spree), kótarež dostanu Bürgergeld abo stajaju pšosbu wó njo.
    .cost-note = Dermo.
    .appointment-note = Zachodna cona bźez termina, póraźowańske rozgrona z terminom.
    .hours-note = Stwórtk wótpołdnja wócynjone až do 18:00 góź.
    .keywords = Jobcenter, Bürgergeld, źěło, pytanje źěła, rěcny kurs, Grodk, Spremberg

service-employment-agency-advice = Pówołańske póraźowanje a pósrědnjenje źěła za pśiśěgnjonych w Baršću
    .description = Agentura za źěło Was póraźujo wó źěle, wukubłanju a dalejkubłanju w Nimskej a pósrědnja źěłowe městna w regionje. Fachowe mócy ze wukraja dostanu pomoc pśi zachopjeńku w nowem źěle.
    .eligibility = Pśiśěgnjone luźe, kótarež pytaju źěło abo wukubłanje a njedostanu Bürgergeld, na pśikład bergarki a bergarje EU a fachowe mócy.
    .cost-note = Dermo.
    .appointment-note = Pšosym dojadnajśo termin. Pśinjasćo žywjenjoběg, wopisma a, jolic jen maśo, swój rozsud wó pśipóznaśu sobu.
    .keywords = źěło, pytanje źěła, wukubłanje, pówołańske póraźowanje, jobs, Agentura za źěło, Agentur für Arbeit, fachowe mócy

service-recognition-advice = Póraźowanje k pśipóznaśu wukrajnych pówołańskich wótzamknjenjow w Grodku a w Baršću
    .description = Sćo we wukraju pówołanje nawuknuli abo studěrowali? Pśeglědujomy z Wami, lěc a źo móžośo swójo wótzamknjenje pśipóznaś daś, kótare dokumenty trjebaśo a chto móžo kósty pśewześ.
    .eligibility = Luźe z wukrajnym pówołańskim abo wusokošulskim wótzamknjenim, teke gaž hyšći we wukraju bydle.
    .cost-note = Póraźowanje jo dermo. Samo pśipóznawańske póstupowanje kosta pópłatki, za to dajo cesto financne pódpěry.
    .appointment-note = Jano z terminom. Pśinjasćo swóje wopisma, diplomy a dopokaze wó źěle sobu, rad teke ako kopiju.
    .hours-note = Wałtoru w Grodku, stwórtk w Baršću.
    .accessibility-note = W Grodku jo póraźowański rum pśistupny bźez schójźenkow, w Baršću jano pó schójźenkach.
    .keywords = pśipóznaśe, Anerkennung, pówołańske wótzamknjenje, wopisma, diplom, fachowe mócy, pówołanje, póraźowanje

service-crafts-advice = Wukubłanje w rěmjesle: póraźowanje za pśiśěgnjonych w Gubinje
    .description = Póraźowanje wó wukubłanju a źěle w rěmjesle, na pśikład ako elektrikaŕ, blidaŕka abo w awtowej źěłarni. Pósrědnjamy praktikumy w zawodach regiona a pomagamy pśi póžedanju.
    .eligibility = Młode luźe a dorosćone, kótarež kśě w rěmjesle wuknuś abo źěłaś, teke śěkańce z dowólnosću k źěłu.
    .cost-note = Dermo.
    .appointment-note = Termin se pórucyjo. Pśinjasćo swój žywjenjoběg a wopisma sobu.
    .keywords = wukubłanje, rěmjesło, Handwerk, praktikum, Ausbildung, póžedanje, źěło, pówołanje

## Póbitowanja: azyl, bydlišća, socialny amt

service-asylum-counselling = Póraźowanje k azylowemu póstupowanju w Baršću
    .description = Njewótwisne póraźowanje pśed Wašym azylowym póstupowanim a w jogo běgu: pśigótujomy Was na wusłuchanje (Anhörung), wujasnjujomy rozsudy a pomagamy, gaž cośo pśeśiwo wótpokazanjeju něco pódniknuś.
    .eligibility = Pytarje azyla a śěkańce, w kuždej fazy póstupowanja.
    .cost-note = Dermo a dowěrliwje. Póraźowanje jo njewótwisne wót zastojnstwow.
    .appointment-note = Pšosym pśiźćo tak zawcasa ako móžno; gaž běžy termin (Frist), ned. Pśinjasćo wšykne listy wót Zwězkowego zastojnstwa a wót sudnistwa sobu.
    .accessibility-note = Póraźowanje na prědnej etaži bźez lifta; na žycenje w pśizemju.
    .keywords = azyl, azylowe póstupowanje, wusłuchanje, Anhörung, rozsud, wótpokazanje, póraźowanje, śěkańce

service-accommodation-social-work-forst = Migraciske socialne źěło w gromadnem bydlišću w Baršću
    .description = Socialne źěłaśerki a źěłaśerje w bydlišću pomagaju pśi pšašanjach k wšednemu dnju, pśi listach, terminach pla lěkarja, pśi źiśowni a šuli. Wóni pósrědnjaju teke k póraźowarnjam a rěcnym kursam.
    .eligibility = Wobydlarki a wobydlarje gromadnego bydlišća w Baršću.
    .cost-note = Dermo.
    .appointment-note = W běrowje bydlišća bźez termina.
    .keywords = socialne źěło, bydlišćo, Gemeinschaftsunterkunft, Heim, śěkańce, pomoc, listy, póraźowanje

service-accommodation-social-work-guben = Migraciske socialne źěło w gromadnem bydlišću w Gubinje
    .description = Kontaktne wósoby za wšykne pšašanja w bydlišću w Gubinje: pśizjawjenje w šuli a źiśowni, terminy na zastojnstwach, zwada w domje. Póraźowanje teke za luźi, kótarež powědaju tigrinja abo somali, z rěcnym pósrědnjenim.
    .eligibility = Wobydlarki a wobydlarje gromadnego bydlišća w Gubinje.
    .cost-note = Dermo.
    .appointment-note = Bźez termina w běrowje w pśizemju.
    .hours-note = Pónjeźele, srjodu a stwórtk w běrowje, na drugich dnjach pó telefonje.
    .keywords = socialne źěło, bydlišćo, Heim, śěkańce, pomoc, póraźowanje, Gubin, Guben

service-asylum-benefits = Pomocy pó kazni wó pomocach za pytarjow azyla (Asylbewerberleistungsgesetz, AsylbLG)
    .description = Socialny amt płaśi pytarjam azyla a tolerěrowanym luźam pjenjeze za jěź, drastwu a bydlenje a wudawa wopisma za lěcenje pla lěkarja (Behandlungsschein). How teke pśizjawjaśo změny, na pśikład naroźenje abo pśeśěgnjenje.
    .eligibility = Pytarje azyla, tolerěrowane luźe a druge wósoby z pšawom na pomocy pó kazni wó pomocach za pytarjow azyla we wokrejsu Sprjewja-Nysa.
    .cost-note = Dermo.
    .appointment-note = Termin se pórucyjo. Pšosym pśinjasćo wupokaz abo pobytowe dowólenje (Aufenthaltsgestattung) a wšykne nowe rozsudy sobu.
    .keywords = socialny amt, AsylbLG, pjenjeze, pomocy, Krankenschein, Behandlungsschein, azyl

service-integration-commissioner-office = Rozgronowa góźina integraciskeje zagroniteje wokrejsa
    .description = Integraciska zagronita Was wusłucha, gaž njewěsćo dalej, maśo problemy ze zastojnstwami abo pśinjasośo ideje za projekt. Wóna pósrědnja k pšawym městnam we wokrejsu.
    .eligibility = Wšykne luźe we wokrejsu Sprjewja-Nysa, pśiśěgnjone luźe rowno tak ako towaristwa, iniciatiwy a cesnoamtske pomocniki.
    .cost-note = Dermo.
    .appointment-note = Termin se pórucyjo, rad teke pó telefonje abo pśez wideo.
    .keywords = Integrationsbeauftragte, integraciska zagronita, skjaržba, póraźowanje, wokrejs, pomoc, projekty

service-interpreter-service = Rěcne pósrědnjenje za terminy na zastojnstwach, pla lěkarjow a w šulach
    .description = Wukubłane rěcne pósrědnice a pósrědniki Was pśewóźuju k wažnym terminam w cełem wokrejsu a pśełožuju wustnje. Zastojnstwa, lěkarske praksy, źiśownje a šule mógu wó rěcne pósrědnjenje direktnje pšašaś.
    .eligibility = Pśiśěgnjone luźe we wokrejsu Sprjewja-Nysa a institucije, kótarež z nimi źěłaju.
    .cost-note = Za pśiśěgnjonych dermo; pla někotarych institucijow pśewzejo institucija kósty.
    .appointment-note = Pšosym pšašajśo se nanejmjenjej pěś źěłowych dnjow dopśedka, w nuznych padach teke krotkodobnje.
    .hours-note = Napšašowanja wót pónjeźele do stwórtka wót 9:00 do 14:00 góź.; same terminy su teke w drugich casach móžne.
    .keywords = Dolmetscher, pśełožowaŕ, rěcne pósrědnjenje, Sprachmittlung, pśełožk, lěkaŕ, zastojnstwo, šula

## Póbitowanja: strowje a swójźba

service-health-counselling = Póraźowanje wó strowju a rozgronowa góźina za šćěpjenja za pśiśěgnjonych w Baršću
    .description = W amśe za strowje dostanjośo šćěpjenja za źiśi a dorosćonych, na pśikład pśeśiwo wósypicam (Masern), a póraźowanje, kak w Nimskej lěkarku abo lěkarja namakaśo. Pšosym pśinjasćo swój šćěpjeński wupokaz sobu, jolic jen maśo.
    .eligibility = Pśiśěgnjone luźe kuždeje staroby, teke bźez chórobnego zawěsćenja.
    .cost-note = Póraźowanje a pórucone šćěpjenja su dermo.
    .appointment-note = Za šćěpjenja pšosym dojadnajśo termin; na póraźowanje móžośo teke bźez termina pśiś.
    .keywords = strowje, šćěpjenje, šćěpiś, lěkaŕ, amt za strowje, Gesundheitsamt, Masern, chórobne zawěsćenje

service-psychosocial-counselling = Psychosocialne póraźowanje a terapija za śěkańcow w Gubinje
    .description = Gaž pó wójnje, śěkanju abo nasylstwje njamóžośo spaś, maśo wjeliki strach abo cujośo se wjelgin tužne, namakaśo how pomoc. Pó prědnem rozgronje dajo póraźowanje, kupki abo terapiju, z rěcnym pósrědnjenim.
    .eligibility = Dorosćone śěkańce a młodostne wót 14 lět z wokrejsa.
    .cost-note = Dermo a dowěrliwje.
    .appointment-note = Nejpjerwjej dojadnajśo prědne rozgrono, pó telefonje abo pśez migraciske póraźowanje. Cakański cas na terapiju móžo někotare tyźenje traś.
    .accessibility-note = Praksa jo na prědnej etaži starego twarjenja bźez lifta.
    .keywords = psychoterapija, trawma, strach, duša, psychiske strowje, terapija, póraźowanje

service-pregnancy-counselling-guben = Póraźowanje za samodruge a swójźby w Gubinje
    .description = Póraźowanje wó samodrugosći, naroźenju a prědnem casu z małym źiśetkom: wopyty pla lěkarja, babka (Hebamme), pjenjeze za starjejšych (Elterngeld) a pjenjeze za źiśi (Kindergeld). Pomagamy teke pśi pšosbje wó pjenjeze za wugótowanje za małe źiśe.
    .eligibility = Samodruge žeńske, maśerje, nany a pary.
    .cost-note = Dermo a dowěrliwje, na žycenje anonymnje.
    .appointment-note = Termin se pórucyjo. Pšosym pśinjasćo maśerny pas (Mutterpass) a pobytowy dokument sobu, gaž cośo wó pjenjeze pšosyś.
    .keywords = samodruga, Schwangerschaft, małe źiśe, babka, Hebamme, Elterngeld, Kindergeld, swójźba, póraźowanje

service-women-cafe-guben = Internacionalny kafej za žeńske w Gubinje
    .description = Kuždy pětk snědaju žeńske z wjele krajow gromaźe, powědaju, se smjeju a planuju gromadne wulěty. Wótergi pśiźo ekspertka, na pśikład k strowju abo šuli.
    .eligibility = Jano za žeńske. Małe źiśi směju sobu pśiś.
    .cost-note = Dermo.
    .appointment-note = Pśiźćo jadnorje.
    .keywords = žeńske, kafej za žeńske, snědanje, zmakanišćo, kontakty, Gubin, Guben

service-parenting-course-spremberg = Kurs za starjejšych „Starke Eltern“ (Mócne starjejše) w Grodku
    .description = Na źaseś wjacorach powědaju maśerje a nany wó kubłanju, pšawidłach a zwaźe w swójźbje a wó šuli a źiśowni w Nimskej. Kurs pśewóźujo rěcna pósrědnica.
    .eligibility = Starjejše ze źiśimi wót 3 do 14 lět.
    .cost-note = Dermo.
    .appointment-note = Pšosym pśizjawśo se, kupka ma nejwěcej dwanasćo městnow. Staranje wó źiśi na pšašanje.
    .hours-note = Srjodu wót 17:00 do 19:00 góź., wót 7. oktobra do 16. decembra 2026.
    .keywords = kurs za starjejšych, kubłanje, starjejše, swójźba, źiśi, Grodk, Spremberg

## Póbitowanja: konflikty

service-anti-discrimination-advice = Póraźowanje pśeśiwo diskriminaciji w Baršću a na městnje
    .description = Su z Wami dla Wašogo póchada, barwy kóže, religije abo rěcy gorjej wobchadali, na pśikład pśi pytanju bydlenja, pśi źěle abo na zastojnstwje? Póraźujomy Was, pišomy z Wami skjaržby a pśewóźujomy Was.
    .eligibility = Wšykne, kótarež su diskriminaciju dožywili abo wobglědowali.
    .cost-note = Dermo a dowěrliwje.
    .appointment-note = Termin se pórucyjo. Pśiźomy teke k Wam do drugich městnow wokrejsa.
    .accessibility-note = Běrow na prědnej etaži bźez lifta; póraźowanje jo teke pla Was na městnje móžne.
    .keywords = diskriminacija, rasizm, skjaržba, póraźowanje, pomoc, pšawo

service-mediation-neighbourhood = Susedska mediacija w Gubinje
    .description = Zwada ze susedami dla hary, wótpadankow abo źiśi na dwórje? Wukubłane mediatorki a mediatory pomagaju wšym stronam, mjazy sobu powědaś a rozwězanje namakaś.
    .eligibility = Susedki a susedy w Gubinje a wokolinje, teke administracije domow.
    .cost-note = Dermo.
    .appointment-note = Jano z terminom. Nejpjerwjej powědamy z Wami jadnotliwje a pótom gromaźe.
    .keywords = mediacija, zwada, susedy, konflikt, hara, Schlichtung

service-conflict-training-schools = Trening za konflikty za šulske rědownje w Grodku
    .description = Trenerki a trenery RAA źěłaju jaden źeń ze šulskeju rědownju k pśedsudam, mobbingoju a fair rozwězanjam zwady. Trening se wótměwa w šuli abo w Domje zmakanja w Grodku.
    .eligibility = Šulske rědownje wót 5. lětnika z Grodka a wokoliny; wucabniki a šulske socialne źěło pśizjawjaju.
    .cost-note = Za šule dermo.
    .appointment-note = Pšosym pšašajśo se nanejmjenjej šesć tyźenjow dopśedka.
    .hours-note = Terminy pó dojadnanju, zwětšego wót 8:00 do 14:00 góź.
    .keywords = trening za konflikty, šula, mobbing, šulska rědownja, pśedsudy, zwada

## Póbitowanja: bydlenje

service-housing-advice-forst = Pytanje bydlenja a póraźowanje k bydlenju w Baršću
    .description = Bydleńska towarišnosć Wam pokažo swobodne bydlenja w Baršću a wujasnijo nejmowe dogrono, kawciju, pśidatne kósty a domowy pórěd. Chtož dostanjo Bürgergeld, zgónijo how, kótare bydlenja Jobcenter zapłaśi.
    .eligibility = Wšykne, kótarež pytaju bydlenje w Baršću.
    .cost-note = Póraźowanje jo dermo.
    .appointment-note = Za woglědanje bydlenja trjebaśo termin. Pśinjasćo wupokaz, pobytowy titel a, jolic maśo, dopokaz dochodow abo rozsud Jobcentera sobu.
    .keywords = bydlenje, pytanje bydlenja, nejm, nejmowe dogrono, Mietvertrag, kawcija, Baršć, Forst

service-tenant-advice = Póraźowanje za nejmarjow we wěcej rěcach w Grodku a w Gubinje
    .description = Póraźowanje pśi problemach z bydlenim: wusoke wótlicenje pśidatnych kóstow, plěsń, wupowěźenje abo zwada z wobsejźarjom bydlenja. Póraźowanje jo w nimšćinje, engelšćinje, arabšćinje, rušćinje, ukrainšćinje a pólšćinje.
    .eligibility = Nejmarki a nejmarje w Grodku, Gubinje a wokolinje.
    .cost-note = Prědne póraźowanje kosta małku sumu; za cłonkow a luźi z Bürgergeldom jo pónižone.
    .appointment-note = Jano z terminom. Pśinjasćo nejmowe dogrono, wótlicenje a listy wót wobsejźarja bydlenja sobu.
    .hours-note = Pónjeźele w Grodku, srjodu w Gubinje, kuždy raz wót 16:00 do 18:00 góź.
    .keywords = Mieterberatung, póraźowanje za nejmarjow, nejm, pśidatne kósty, wobsejźaŕ bydlenja, wupowěźenje, plěsń, bydlenje

service-move-out-support = Pomoc pśi pśeśěgnjenju z gromadnego bydlišća do swójskego bydlenja
    .description = Chtož smějo do swójskego bydlenja śěgnuś, dostanjo how pomoc: pśi pytanju bydlenja, pśi pšosbje wó pśewześe nejma, pśi prědnem wugótowanju a pśi pśizjawjenju pśuda a interneta.
    .eligibility = Wobydlarki a wobydlarje gromadnych bydlišćow we wokrejsu, kótarež směju wuśěgnuś.
    .cost-note = Dermo.
    .appointment-note = Dojadnajśo termin pla migraciskego socialnego źěła w bydlišću abo w socialnem amśe.
    .hours-note = Rozgronowy cas srjodu, pó rěźe w bydlišću w Baršću a we wokrejsnem zastojnstwje.
    .keywords = pśeśěgnjenje, wuśěgnjenje, bydlenje, swójske bydlenje, bydlišćo, Erstausstattung, Umzug

## Póbitowanja: cesne amt a seśi

service-volunteer-matching = Cesne amt namakaś: pósrědnjenje Agentury za cesne amt w Baršću
    .description = Cośo se angažěrowaś, na pśikład ako wuknjeńska mentorka, rěcny mentor abo w sportowem towaristwje? Agentura za cesne amt namakajo z Wami pśigódny nadawk. Teke pśiśěgnjone luźe su ako cesnoamtske pomocniki wutšobnje witane.
    .eligibility = Wšykne luźe wót 16 lět, kótarež kśě se dobrowólnje angažěrowaś.
    .cost-note = Dermo.
    .appointment-note = Termin se pórucyjo, aby my měli cas za rozgrono k zeznaśu.
    .accessibility-note = Běrow jo w powušonem pśizemju (Hochparterre), pśi zachoźe su tśi schójźenki.
    .keywords = cesne amt, Ehrenamt, dobrowólnje, pomagaś, angažement, mentorstwo, sobu cyniś

service-volunteer-training = Šulowanje za cesnoamtskich pomocnikow w integraciskem źěle
    .description = Sobotne seminary za cesnoamtskich pomocnikow: azylowe pšawo krotko wujasnjone, interkulturna komunikacija, wobchadanje ze śěžkimi situacijami a swójske granice. Seminary se wótměwaju we wokrejsnem zastojnstwje w Baršću.
    .eligibility = Cesnoamtske pomocniki a zajmujuce se, kótarež pśewóźuju pśiśěgnjonych abo kśě je pśewóźowaś.
    .cost-note = Dermo, z wobjědom.
    .appointment-note = Pšosym pśizjawśo se za kuždy seminar wósebnje.
    .hours-note = Jadnotliwe soboty wót měrca do nowembra 2026; terminy stoje na websedle.
    .keywords = šulowanje, seminar, cesne amt, dalejkubłanje, Fortbildung, integracija

service-welcome-network-forst = Witańska seś w Baršću: mentorstwa a pśewóźowanje
    .description = W seśi „Witajśo w Baršću“ pśewóźuju mentorki a mentory nowych susedow k terminam, pomagaju pśi listach a pokazuju město. Na wótwórjonem zmakanju w pónjeźele móžośo seś zeznaś.
    .eligibility = Pśiśěgnjone luźe, kótarež pytaju pśewóźowanje, a luźe z Baršća, kótarež kśě pomagaś.
    .cost-note = Dermo.
    .appointment-note = Na zmakanje pśiźćo jadnorje.
    .keywords = Patenschaft, mentorstwo, pśewóźowanje, cesne amt, seś, pomoc, Baršć, Forst

service-welcome-network-guben = Integraciska seś w Gubinje: mentorstwa
    .description = Seś Integracija Gubin zwězujo swójźby z mentorkami a mentorami, organizěrujo swěźenje w měsće a na pólskej stronje w měsće Gubin a pomaga w prědnem casu.
    .eligibility = Pśiśěgnjone swójźby a wšykne, kótarež kśě sobu cyniś.
    .cost-note = Dermo.
    .appointment-note = Wótwórjone zmakanje stwórtk wjacor, bźez pśizjawjenja.
    .keywords = Patenschaft, mentorstwo, seś, cesne amt, swěźenje, swójźby, Gubin, Guben

service-welcome-network-spremberg = Seś „Pśiś do Grodka“
    .description = Cesnoamtske pomocniki a pśiśěgnjone luźe w Grodku se zmakaju kuždu wałtoru, planuju gromadne akcije a pomagaju jaden drugemu, na pśikład pśi chójźenju na zastojnstwa abo pśi pśeśěgnjenju.
    .eligibility = Wšykne, kótarež su w Grodku nowe abo kśě pomagaś.
    .cost-note = Dermo.
    .appointment-note = Pśizjawjenje njejo trěbne.
    .accessibility-note = Zmakanišćo jo na prědnej etaži; jolic trjeba, se zmakajomy w pśizemju pódla.
    .keywords = seś, cesne amt, pśiś, pomoc, zmakanišćo, Grodk, Spremberg

service-welcome-network-kolkwitz = Seś „Gołkojce gromaźe“
    .description = Seś w Gołkojcach pśeprosujo na wótpołdnje z graśami, na gromadne warjenje a na małe wulěty. Cesnoamtske pomocniki pomagaju pśi pšašanjach k busoju, nakupowanju a šuli na městnje.
    .eligibility = Pśiśěgnjone a tudejše luźe w gmejnje Gołkojce a w jeje źělach.
    .cost-note = Dermo.
    .appointment-note = Pśiźćo jadnorje.
    .keywords = seś, zmakanišćo, cesne amt, susedy, warjenje, Gołkojce, Kolkwitz

## Póbitowanja: swobodny cas a kultura

service-sports-integration-forst = Wótwórjony trening kopańce w Baršću (Integracija pśez sport)
    .description = Dwa raza wob tyźeń se na sportnišću grajo kopańca, bźez cłonkojstwa w towaristwje. Pśinjasćo sportowe crjeje a něco k piśu sobu; chtož co, móžo pótom w towaristwje sobu graś.
    .eligibility = Źiśi wót 8 lět, młodostne a dorosćone; źowća a žeńske su wuraznje witane.
    .cost-note = Dermo.
    .appointment-note = Pśiźćo jadnorje.
    .hours-note = Wałtoru a pětk wót 17:00 do 18:30 góź., wót apryla do oktobra. W zymje w sportowej hali, casy na websedle.
    .keywords = kopańca, Fußball, sport, trening, towaristwo, swobodny cas, Baršć, Forst

service-swimming-course-guben = Pławański kurs za žeńske a źiśi w Gubinje
    .description = Pławaś wuknuś w małych kupkach w pławarni w Gubinje: sobotu kurs jano za žeńske z trenerku, srjodu kurs za źiśi wót 5 lět.
    .eligibility = Žeńske a źiśi wót 5 lět, kótarež njamógu pławaś abo pławaju njewěsće.
    .cost-note = Mały kursowy pśinosk za źaseś terminow; z kubłańskim kuponom (Bildungsgutschein) abo z rozsudom wó Bürgergelźe pónižony abo dermo.
    .appointment-note = Pśizjawjenje jo trěbne. Pšosym pśinjasćo pławańsku drastwu, rucnik a wěcy za myśe sobu; burkini jo dowólony.
    .hours-note = Kurs wót septembra do decembra 2026.
    .keywords = pławanje, pławański kurs, žeńske, źiśi, sport, pławarnja, Gubin, Guben

service-bike-workshop-spremberg = Kólasowa źěłarnja a kurs za jězdźenje z kólasom w Grodku
    .description = We wótwórjonej źěłarni reparěrujośo swójo kólaso z pomocu cesnoamtskich pomocnikow, darjone kólasa se za małku płaśiznu wótedawaju. W lěśe jo kurs za jězdźenje z kólasom za dorosćonych, teke jano za žeńske.
    .eligibility = Wšykne; kurs za jězdźenje z kólasom jo za dorosćonych, kótarež kśě jězdźenje z kólasom nawuknuś.
    .cost-note = Źěłarnja a kurs dermo, źěle za wuměnu za kupnu płaśiznu.
    .appointment-note = Źěłarnja bźez pśizjawjenja; za kurs pšosym pśizjawśo se.
    .hours-note = Sobotu cełe lěto; srjodu jano wót apryla do septembra.
    .keywords = kólaso, jězdźenje z kólasom, źěłarnja, reparatura, kurs, mobilita, Grodk, Spremberg

service-intercultural-garden-peitz = Interkulturna zagroda w Picnju
    .description = W zagroźe na kšomje města sajźe swójźby z Picnja a z wjele krajow gromaźe zeleninu a zelišća. Móžośo swóju grědu dostaś abo jadnorje pśi polěwanju a žnjach pomagaś.
    .eligibility = Wšykne, kótarež rady w zagroźe źěłaju, teke bźez nazgónjenja.
    .cost-note = Dermo; rědy a semjenje su how.
    .appointment-note = Pśiźćo jadnorje; za swóju grědu pšosym wobrośćo se na zagrodnice a zagrodnikow na městnje.
    .hours-note = Zagrodowa sezona wót apryla do srjejźi oktobra.
    .keywords = zagroda, źěło w zagroźe, zelenina, natura, swobodny cas, swójźby, Picnjo, Peitz

service-sorbian-culture-peitz = Serbsku kulturu w Picnju zeznaś
    .description = Serbske kulturne towaristwo Picnjo pokazujo žywjenje Serbow (Wendow) w Łužycy: drastwy, jatšowne jaja, spiwy a prědne słowa w dolnoserbšćinje. Sćo teke na swěźenje w běgu lěta pśeprošone, na pśikład na zapust (Fastnacht).
    .eligibility = Wšykne, kótarež su wuwědobne na region, teke swójźby ze źiśimi.
    .cost-note = Dermo; na někotarych swěźenjach se pšosy wó dar.
    .appointment-note = Za kupki a kursy pšosym pśizjawśo se pjerwjej.
    .accessibility-note = Rum towaristwa jo jano pśez schójźenki pśistupny.
    .keywords = Serby, Wendy, serbska kultura, dolnoserbšćina, tradicija, swěźenje, Picnjo, Peitz

service-interfaith-dialogue = Mjazyreligiozny rozgronowy krejz w Baršću
    .description = Kśesćijanki a kśesćijany, muslimki a muslimy a luźe bźez religije powědaju jaden raz na mjasec wó wěrje, swěźeńskich dnjach a wšednem dnju. Jo tej a něco k jěsću, wšykne pšašanja su dowólone.
    .eligibility = Wšykne, njewótwisnje wót religije.
    .cost-note = Dermo.
    .appointment-note = Pśizjawjenje njejo trěbne.
    .hours-note = Kuždy prědny stwórtk w mjasecu.
    .keywords = religija, wěra, mošeja, cerkej, dialog, rozgronowy krejz, Baršć, Forst

service-intercultural-week = Interkulturny tyźeń we wokrejsu Sprjewja-Nysa
    .description = Ceły tyźeń dajo w cełem wokrejsu swěźenje, koncerty, filmy, cytanja a wótwórjone źurja w towaristwach a póraźowarnjach. Program jo k dostaśu we wokrejsnem zastojnstwje a stoj na websedle.
    .eligibility = Za wšych luźi we wokrejsu.
    .cost-note = Nejwěcej zarědowanjow jo dermo.
    .appointment-note = Za nejwěcej zarědowanjow pśizjawjenje njejo trěbne.
    .hours-note = Wót 20. do 27. septembra 2026, na rozdźělnych městnach we wokrejsu.
    .keywords = interkulturny tyźeń, Interkulturelle Woche, swěźeń, kultura, zarědowanja, koncert, zmakanje

service-library-international-spremberg = Internacionalna biblioteka w Grodku: knigły we wjele rěcach
    .description = W Měsćańskej bibliotece w Grodku su knigły, knigły za źiśi a casopisy w arabšćinje, ukrainšćinje, rušćinje, persišćinje, turkojšćinje, pólšćinje a engelšćinje a teke material za wuknjenje nimšćiny. Móžośo dermo na computerje źěłaś a WLAN wužywaś.
    .eligibility = Za wšych. Za wupóžycowanje trjebaśo wupokaz biblioteki.
    .cost-note = Cytanje na městnje jo dermo. Wupokaz kosta za dorosćonych mały lětny pópłatk, za źiśi a młodostnych jo dermo.
    .appointment-note = Termin njejo trěbny. Za wupokaz pśinjasćo pas abo pobytowu kórtu sobu.
    .keywords = biblioteka, knigły, knigły za źiśi, nimšćinu wuknuś, internet, WLAN, Grodk, Spremberg

## Póbitowanja: radnice a amty na městnje

service-citizens-office-forst = Bergarski běrow w Baršću: bydlišćo pśizjawiś
    .description = Pó pśeśěgnjenju do Baršća pśizjawijośo how w běgu dweju tyźenjowu swójo bydlenje a dostanjośo wobkšuśenje pśizjawjenja. Trjebaśo jo za banku, Jobcenter, šulu a cuzowniske zastojnstwo.
    .eligibility = Wšykne, kótarež bydle w Baršću (Łužyca).
    .cost-note = Pśizjawjenje jo dermo; za wupokaze a někotare wobkšuśenja płaśiśo pópłatki.
    .appointment-note = Z terminom źo to malsnjej. Pśinjasćo pas a wobkšuśenje wót wobsejźarja bydlenja (Wohnungsgeberbestätigung) sobu.
    .keywords = pśizjawjenje, Anmeldung, bydlišćo, wobkšuśenje pśizjawjenja, bergarski běrow, radnica, Baršć, Forst

service-citizens-office-guben = Bergarski běrow w Gubinje: bydlišćo pśizjawiś a wupokaze
    .description = W radnicy w Gubinje pśizjawijośo swójo bydlišćo abo jogo změnu, stajaśo pšosbu wó pólicajske wobkšuśenje (Führungszeugnis) a dostanjośo formulary za wjele pšosbow. Někotare sobuźěłaśerje powědaju pólski.
    .eligibility = Wšykne, kótarež bydle w Gubinje.
    .cost-note = Pśizjawjenje dermo, za druge słužby se pópłatki płaśe.
    .appointment-note = Termin se pórucyjo. Pšosym pśinjasćo pas a wobkšuśenje wót wobsejźarja bydlenja sobu.
    .keywords = pśizjawjenje, Anmeldung, bydlišćo, wobkšuśenje pśizjawjenja, bergarski běrow, radnica, Gubin, Guben

service-citizens-office-spremberg = Bergarski běrow w Grodku: bydlišćo pśizjawiś
    .description = Bergarski běrow w radnicy w Grodku jo pśisłušny za pśizjawjenje, změnu bydlišća a wobkšuśenja pśizjawjenja. Bźez wobkšuśenja pśizjawjenja njamóžośo wjele pšosbow stajiś, togodla pśiźćo skóro pó zaśěgnjenju.
    .eligibility = Wšykne, kótarež bydle w Grodku.
    .cost-note = Pśizjawjenje dermo, za wobkšuśenja a wupokaze se pópłatki płaśe.
    .appointment-note = Jano z terminom, online abo pó telefonje. Pśinjasćo pas a wobkšuśenje wót wobsejźarja bydlenja sobu.
    .keywords = pśizjawjenje, Anmeldung, bydlišćo, wobkšuśenje pśizjawjenja, bergarski běrow, radnica, Grodk, Spremberg

service-amt-burg-welcome = Witańske póraźowanje w amśe Burg (Spreewald)
    .description = Sćo nowy w Bórkowach (Błota), w Brjazynje, we Wjerbnje abo w drugej jsy amta Burg? Jaden raz wob tyźeń Wam sobuźěłaśerka amtskego zastojnstwa wujasnijo, źo se pśizjawijośo, kak namakajośo źiśownju a šulu a chto pomaga pśi dalšnych pšašanjach.
    .eligibility = Nowo pśiśěgnjone luźe w gmejnach amta Burg (Spreewald).
    .cost-note = Dermo.
    .appointment-note = Termin se pórucyjo, aby se dało rěcne pósrědnjenje organizěrowaś.
    .keywords = witajśo, póraźowanje, pśizjawjenje, amt, nowy how, Bórkowy, Burg, Spreewald

service-amt-doebern-welcome = Rozgronowa góźina k integraciji w amśe Derbno-kraj
    .description = W amtskem zastojnstwje w Derbnje jo kuždy stwórtk wótwórjona rozgronowa góźina za pśiśěgnjonych: pomoc z formularami, pšašanja k busoju a šuli we jsach a kontakty k seśi „Witajśo“.
    .eligibility = Pśiśěgnjone luźe z Derbna a z drugich gmejnow w amśe Derbno-kraj.
    .cost-note = Dermo.
    .appointment-note = Bźez termina.
    .keywords = rozgronowa góźina, integracija, póraźowanje, formulary, amt, Derbno, Döbern

service-drebkau-drop-in = Wótwórjone zmakanišćo za pśiśěgnjonych w Drjowku
    .description = Pětk wótpołdnja jo zmakanišćo w Drjowku wócynjone: how jo kafej, pomoc z listami a formularami a kontakt k póraźowarnjam w Grodku a w Chóśebuzu.
    .eligibility = Pśiśěgnjone luźe a susedy z Drjowka a jogo źělow.
    .cost-note = Dermo.
    .appointment-note = Pśiźćo jadnorje.
    .keywords = zmakanišćo, wótwórjone zmakanišćo, listy, pomoc, póraźowanje, Drjowk, Drebkau

service-youth-club-welzow = Internacionalny młoźinski klub we Wjelceju
    .description = Zmakanišćo za młodostnych z Wjelceja a z wjele krajow: billard, kicker, muzika, warjenje a wulěty. Pětk jo wócynjone až do 21 góź. a jaden raz na mjasec jo filmowy wjacor.
    .eligibility = Młodostne wót 12 do 21 lět.
    .cost-note = Dermo.
    .appointment-note = Pśiźćo jadnorje.
    .accessibility-note = Klub jo w pódzemju a jano pśez schójźenki pśistupny.
    .keywords = młoźinski klub, Jugendclub, swobodny cas, młodostne, muzika, Wjelcej, Welzow

## Městna

location-svc-kreisverwaltung-forst = Wokrejsne zastojnstwo Sprjewja-Nysa, Baršć
    .directions = Wót dwórnišća w Baršću něźi 10 minutow pěšy. Głowny zachod ma rampu, w domje jo lift.

location-svc-vhs-forst = Ludowa wusoka šula w Baršću
    .directions = Busowe zastanišćo Cottbuser Straße direktnje pśed domom.

location-svc-gesundheitsamt-forst = Amt za strowje w Baršću
    .directions = Zachod pśez dwór, slědujśo tofli „Gesundheitsamt“.

location-svc-jobcenter-forst = Jobcenter w Baršću

location-svc-arbeitsagentur-forst = Agentura za źěło, filialka w Baršću

location-svc-beratungshaus-forst = Dom póraźowanja na promenaźe, Baršć
    .directions = Stare twarjenje, póraźowańske rumy na prědnej etaži; w pśizemju jo rum za rozgrona bźez schójźenkow.

location-svc-jmd-forst = Młoźinska migraciska słužba w Baršću

location-svc-gu-forst = Gromadne bydlišćo w Baršću
    .directions = Na kšomje města; busowe zastanišćo Am Eichwald. Běrow socialnego źěła jo w domje A w pśizemju.

location-svc-treffpunkt-forst = Městno zmakanja Treffpunkt Lindenstraße, Baršć

location-svc-wohnungsgesellschaft-forst = Klientski běrow bydleńskeje towarišnosći w Baršću

location-svc-freiwilligenagentur-forst = Agentura za cesne amt Sprjewja-Nysa, Baršć

location-svc-sportplatz-forst = Sportnišćo na Jahnstraße, Baršć
    .directions = Zachod pódla sportowej hali; rumy za pśeoblekanje su how.

location-svc-gemeindehaus-forst = Gmejnski dom na Kirchstraße, Baršć

location-svc-rathaus-forst = Radnica w Baršću, bergarski běrow
    .directions = Na rynku, zachod do bergarskego běrowa w pśizemju nalěwo.

location-svc-vhs-guben = Ludowa wusoka šula w Gubinje

location-svc-sprachschule-guben = Rěcna šula Łužyca, Gubin
    .directions = Druga etaža, lift njejo.

location-svc-stadtteilhaus-guben = Dom měsćańskego źěla w Gubinje

location-svc-beratungshaus-guben = Centrum póraźowanja na Berliner Straße, Gubin

location-svc-jmd-guben = Młoźinska migraciska słužba w Gubinje

location-svc-rathaus-guben = Radnica w Gubinje
    .directions = Rozgronowa góźina cuzowniskego zastojnstwa jo w rumje 012 w pśizemju.

location-svc-jobcenter-guben = Jobcenter w Gubinje

location-svc-handwerk-guben = Póraźowarnja za rěmjesło, Gubin

location-svc-gu-guben = Gromadne bydlišćo w Gubinje
    .directions = Busowe zastanišćo Forster Straße; běrow w pśizemju napšawo.

location-svc-psz-guben = Psychosocialny centrum w Gubinje
    .directions = Zwónk „PSZ“, prědna etaža.

location-svc-familienzentrum-guben = Centrum za žeńske a swójźby w Gubinje

location-svc-schwimmhalle-guben = Pławarnja w Gubinje
    .directions = Zachod na parkowanišću sportowego centruma.

location-svc-sprachschule-spremberg = Rěcna šula Łužyca, Grodk

location-svc-vhs-spremberg = Ludowa wusoka šula w Grodku

location-svc-bibliothek-spremberg = Měsćańska biblioteka w Grodku
    .directions = Na rynku, napśeśiwo radnicy.

location-svc-beratungshaus-spremberg = Centrum póraźowanja na Dresdener Straße, Grodk

location-svc-jmd-spremberg = Młoźinska migraciska słužba w Grodku
    .directions = Pór minutow wót dwórnišća w Grodku.

location-svc-jobcenter-spremberg = Jobcenter w Grodku

location-svc-familienzentrum-spremberg = Swójźbny centrum w Grodku

location-svc-begegnungshaus-spremberg = Dom zmakanja w Grodku

location-svc-fahrradwerkstatt-spremberg = Kólasowa źěłarnja w Grodku
    .directions = W slězynem dwórje, zachod pśez wrota.

location-svc-rathaus-spremberg = Radnica w Grodku, bergarski běrow

location-svc-sprachschule-peitz = Rěcna šula Łužyca, Picnjo

location-svc-garten-peitz = Interkulturna zagroda w Picnju
    .directions = Na kóńcu zagrodowego puśa, za małymi zagrodkami; pśistup pó pěskowej droze.

location-svc-sorbisch-peitz = Dom Serbskego kulturnego towaristwa, Picnjo

location-svc-amt-doebern = Amtske zastojnstwo Derbno-kraj

location-svc-familientreff-doebern = Swójźbne zmakanišćo w Derbnje

location-svc-begegnung-welzow = Městno zmakanja we Wjelceju

location-svc-jugendtreff-welzow = Młoźinski klub we Wjelceju

location-svc-treff-drebkau = Wótwórjone zmakanišćo w Drjowku

location-svc-treff-kolkwitz = Gmejnske zmakanišćo w Gołkojcach

location-svc-amt-burg = Amtske zastojnstwo w Bórkowach (Błota)
    .directions = W srjejźišću jsy na Hauptstraße, busowe zastanišćo jo blisko.
