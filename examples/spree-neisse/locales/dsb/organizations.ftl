### machine-translated
### Gmejny, organizacije, městna a kontakty (dolnoserbski pśełožk).
### Demo-daty: telefonowe numery, e-mailowe adrese a websedła su wumyslone.

## Gmejny (amtske mjenja stoje w base.toml)

municipality-forst =
    .description = Wokrejsne město na rěce Nysa z wokrejsnym zastojnstwom, direktnje na granicy k Pólskej.

municipality-guben =
    .description = Graniske město na rěce Nysa; na drugem boku rěki lažy pólske susedne město Gubin.

municipality-spremberg =
    .description = Město na rěce Sprjewja na pódpołdnju wokrejsa a srjejźny centrum za jsy wokoło.

## Organizacije: zastojnstwa a zjawne institucije

organization-district-office = Landkreis Spree-Neiße, Kreisverwaltung (Wokrejs Sprjewja-Nysa, wokrejsne zastojnstwo)
    .description = Zastojnstwo wokrejsa w Baršću (Łužyca), pśisłušne za nadawki w cełem wokrejsu.

organization-immigration-office = Ausländerbehörde des Landkreises Spree-Neiße (cuzowniske zastojnstwo wokrejsa Sprjewja-Nysa)
    .description = How źo wó pobyt, pobytowe titele, pódlejšenja a pasy.

organization-jobcenter = Jobcenter Spree-Neiße
    .description = Komunalny Jobcenter wokrejsa płaśi pjenjeze za žywjenje (zakładne zawěsćenje) a pomaga pśi pytanju źěła a wukubłanja.

organization-employment-agency = Agentur für Arbeit Cottbus (Agentura za źěło Chóśebuz)
    .description = Pówołańske póraźowanje a pósrědnjenje źěła, z filialkami w Baršću, Gubinje a Grodku.

organization-social-office = Sozialamt des Landkreises Spree-Neiße (socialny amt wokrejsa Sprjewja-Nysa)
    .description = Pśisłušny za pomocy pó kazni wó pomocach za pytarjow azyla (Asylbewerberleistungsgesetz) a za bydlenje śěkańcow.

organization-health-office = Gesundheitsamt des Landkreises Spree-Neiße (amt za strowje wokrejsa Sprjewja-Nysa)
    .description = Póraźujo wó strowju, šćěpjenjach a pśepytowanjach a šćita pśed infekciskimi chorosćami.

organization-youth-office = Jugendamt des Landkreises Spree-Neiße (amt za młoźinu wokrejsa Sprjewja-Nysa)
    .description = Pomaga źiśam, młodostnym a swójźbam, na pśikład pśi pytanju městna w źiśowni a pśi kubłanju źiśi.

organization-school-office = Staatliches Schulamt Cottbus (Statny šulski amt Chóśebuz)
    .description = Šulski dozor kraja za region; pomaga pśiśěgnjonym źiśam, pśigódnu šulu namakaś.

organization-vhs = Volkshochschule Spree-Neiße (Ludowa wusoka šula Sprjewja-Nysa)
    .description = Wokrejsna ludowa wusoka šula póbitujo integraciske kursy, pówołańske rěcne kursy a druge kursy za dorosćonych.

organization-raa-cottbus = RAA Cottbus (Regionale Arbeitsstelle für Bildung, Integration und Demokratie Brandenburg e.V.) (Regionalne źěłowe městno za kubłanje, integraciju a demokratiju)
    .description = Póraźujo šule, gmejny a iniciatiwy wó integraciji a demokratiji a jo integraciski koncept wokrejsa sobu pśewóźowała.

organization-town-forst = Stadt Forst (Lausitz) (Město Baršć (Łužyca))
    .description = Měsćańske zastojnstwo Baršća z bergarskim běrowom za pśizjawjenja a změny bydlišća.

organization-town-guben = Stadt Guben (Město Gubin)
    .description = Měsćańske zastojnstwo Gubina z bergarskim běrowom za pśizjawjenja a změny bydlišća.

organization-town-spremberg = Stadt Spremberg (Město Grodk)
    .description = Měsćańske zastojnstwo Grodka z bergarskim běrowom za pśizjawjenja a změny bydlišća.

organization-amt-peitz-office = Amt Peitz, Amtsverwaltung (Amt Picnjo, amtske zastojnstwo)
    .description = Gromadne zastojnstwo města Picnjo a sedym gmejnow w amśe Picnjo.

organization-amt-doebern-land-office = Amt Döbern-Land, Amtsverwaltung (Amt Derbno-kraj, amtske zastojnstwo)
    .description = Gromadne zastojnstwo města Derbno a šesć gmejnow w amśe Derbno-kraj.

organization-amt-burg-office = Amt Burg (Spreewald), Amtsverwaltung (amtske zastojnstwo)
    .description = Gromadne zastojnstwo šesć gmejnow w amśe Burg (Spreewald).

## Organizacije: póraźowanje, kubłanje a strowje (wumyslone demo-nosarje)

organization-welfare-lausitz = Wohlfahrtsverband Lausitz (Demo) (socialny zwězk)
    .description = Socialny zwězk z migraciskim póraźowanim za dorosćonych w Baršću, Gubinje a Grodku.

organization-youth-migration-lausitz = Jugendmigrationsdienst Lausitz (Demo) (Młoźinska migraciska słužba)
    .description = Póraźujo młodych pśiśěgnjonych luźi wót 12 do 27 lět wó šuli, wukubłanju, pówołanju a wšednem dnju.

organization-language-school-lausitz = Sprachschule Lausitz (Demo) (Rěcna šula)
    .description = Rěcna šula z integraciskimi kursami a pówołańskimi rěcnymi kursami w Grodku, Picnju a Gubinje.

organization-asylum-counselling-lausitz = Asylverfahrensberatung Lausitz (Demo) (Póraźowanje k azylowemu póstupowanju)
    .description = Njewótwisne póraźowanje k azylowemu póstupowanju, k wusłuchanju (Anhörung) a k rozsudam. Póraźowanje jo dermo.

organization-recognition-counselling = Anerkennungsberatung Brandenburg Süd (Demo) (Póraźowanje k pśipóznaśu)
    .description = Pomaga, wukrajne šulske, pówołańske a studijowe wótzamknjenja w Nimskej pśipóznaś daś.

organization-interpreter-pool = Sprachmittlerpool Spree-Neiße (Demo) (Pool rěcnych pósrědnikow)
    .description = Pósrědnja wukubłane rěcne pósrědnice a pósrědnikow za terminy na zastojnstwach, pla lěkarjow a w šulach.

organization-psychosocial-centre = Psychosoziales Zentrum für Geflüchtete Lausitz (Demo) (Psychosocialny centrum za śěkańcow)
    .description = Póraźowanje a terapija za śěkańcow, kótarež śerpje pód śěžkimi dožywjenjami.

organization-family-centre-guben = Frauen- und Familienzentrum Guben (Demo) (Centrum za žeńske a swójźby)
    .description = Wótwórjone zmakanišćo z póraźowanim za žeńske, samodruge a swójźby z cełego swěta.

organization-anti-discrimination-lausitz = Antidiskriminierungsberatung Lausitz (Demo) (Póraźowanje pśeśiwo diskriminaciji)
    .description = Pomaga luźam, kótarež su dla póchada, religije, rěcy abo barwy kóže diskriminěrowane.

organization-mediation-lausitz = Mediation und Konfliktberatung Lausitz (Demo) (Mediacija a póraźowanje pśi konfliktach)
    .description = Pomaga pśi zwadach w susedstwje, w bydlišćach a w šulach, neutralnje a dowěrliwje.

organization-chamber-crafts = Handwerkskammer-Beratung für Zugewanderte (Demo) (Póraźowanje rěmjeslniskeje komory za pśiśěgnjonych)
    .description = Póraźujo pśiśěgnjonych wó wukubłanju, praktikumje a źěle w rěmjesle.

## Organizacije: cesne amt, swobodny cas, bydlenje a seśi (wumyslone demo-nosarje)

organization-volunteer-agency = Freiwilligenagentur Spree-Neiße (Demo) (Agentura za cesne amt)
    .description = Zwězujo luźi, kótarež kśě se cesnoamtski angažěrowaś, z towaristwami a projektami.

organization-sports-federation = Kreissportbund Spree-Neiße (Demo) (Wokrejsny sportowy zwězk)
    .description = Kšywowy zwězk sportowych towaristwow we wokrejsu, z póbitowanjami za integraciju pśez sport.

organization-interfaith-lausitz = Interreligiöser Gesprächskreis Lausitz (Demo) (Mjazyreligiozny rozgronowy krejz)
    .description = How se zmakaju luźe rozdźělnych religijow a luźe bźez religije k rozgronoju.

organization-housing-forst = Wohnungsgesellschaft Forst (Demo) (Bydleńska towarišnosć Baršć)
    .description = Póbitujo nejmowe bydlenja w Baršću a póraźujo pśi pytanju bydlenja.

organization-tenant-advice-lausitz = Mieterberatung Lausitz (Demo) (Póraźowanje za nejmarjow)
    .description = Póraźujo nejmarki a nejmarjow wó nejmowem dogronje, pśidatnych kóstach a problemach z bydlenim.

organization-network-forst = Netzwerk Willkommen in Forst (Demo) (Seś „Witajśo w Baršću“)
    .description = Cesnoamtske pomocniki a fachowe luźe w Baršću, kótarež pśewóźuju pśiśěgnjonych w prědnem casu.

organization-network-guben = Netzwerk Integration Guben (Demo) (Seś Integracija Gubin)
    .description = Zwězk towaristwow, cesnoamtskich pomocnikow a institucijow za dobre gromadne žywjenje w Gubinje.

organization-network-spremberg = Netzwerk Ankommen in Spremberg (Demo) (Seś „Pśiś do Grodka“)
    .description = Cesnoamtske pomocniki w Grodku a wokolinje, kótarež póbituju mentorstwa (Patenschaften), zmakanja a praktisku pomoc.

organization-network-doebern = Netzwerk Willkommen im Amt Döbern-Land (Demo) (Seś „Witajśo w amśe Derbno-kraj“)
    .description = Seś za pśiśěgnjonych w Derbnje a we jsach amta, z rěcnym kursom a pśewóźowanim.

organization-network-welzow = Netzwerk Welzow hilft (Demo) (Seś „Wjelcej pomaga“)
    .description = Cesnoamtske pomocniki we Wjelceju z rěcnym kafejom, młoźinskim klubom a pomocu we wšednem dnju.

organization-network-kolkwitz = Netzwerk Kolkwitz miteinander (Demo) (Seś „Gołkojce gromaźe“)
    .description = Seś w gmejnje Gołkojce, kótaraž zwězujo susedow a pśiśěgnjonych.

organization-sorbian-culture-peitz = Sorbischer Kulturverein Picnjo (Demo) (Serbske kulturne towaristwo Picnjo)
    .description = Towaristwo, kótarež źaržy serbsku (wendisku) rěc, nałogi a swěźenje w Picnju žywe.

organization-library-spremberg = Stadtbibliothek Spremberg (Demo) (Měsćańska biblioteka Grodk)
    .description = Biblioteka póžycujo knigły a medije we wjele rěcach a póbitujo pomoc pśi wuknjenju.

## Městna (sedła organizacijow a městna kontaktow)

location-org-district-office-forst = Wokrejsne zastojnstwo w Baršću
    .directions = Głowny zachod na Heinrich-Heine-Straße, recepcija w pśizemju. Parkowanišća za twarjenim.

location-org-immigration-office-forst = Cuzowniske zastojnstwo we wokrejsnem zastojnstwje w Baršću
    .directions = Dom B, pśizemje. Pšosym śěgniśo na awtomaśe cakański numer.

location-org-social-office-forst = Socialny amt we wokrejsnem zastojnstwje w Baršću
    .directions = Dom C, 1. etaža, z liftom.

location-org-youth-office-forst = Amt za młoźinu we wokrejsnem zastojnstwje w Baršću
    .directions = Dom A, 2. etaža, z liftom.

location-org-school-office-forst = Rozgronowa góźina šulskego amta we wokrejsnem zastojnstwje w Baršću
    .directions = Dom A, pśizemje, rum 0.12.

location-org-health-office-forst = Amt za strowje w Baršću
    .directions = Zachod na boku dwóra, pśizjawjenje w pśizemju.

location-org-jobcenter-forst = Jobcenter w Baršću

location-org-employment-agency-forst = Agentura za źěło, filialka w Baršću
    .directions = Pěś minutow pěšy wót dwórnišća w Baršću.

location-org-vhs-forst = Ludowa wusoka šula w Baršću

location-org-welfare-lausitz-forst = Póraźowarnja w Baršću

location-org-asylum-counselling-lausitz-forst = Póraźowanje k azylowemu póstupowanju w Baršću
    .directions = Stare twarjenje z tśimi schójźenkami pśi zachoźe. Pšosym zazwońśo, rad pomagamy.

location-org-interpreter-pool-forst = Běrow poola rěcnych pósrědnikow w Baršću

location-org-anti-discrimination-lausitz-forst = Póraźowanje pśeśiwo diskriminaciji w Baršću

location-org-volunteer-agency-forst = Agentura za cesne amt w Baršću

location-org-sports-federation-forst = Běrow wokrejsnego sportowego zwězka w Baršću
    .directions = W twarjenju pódla sportnišća.

location-org-interfaith-lausitz-forst = Rum za rozgrona w Baršću

location-org-housing-forst = Klientski běrow bydleńskeje towarišnosći w Baršću

location-org-network-forst = Zmakanišćo „Witajśo w Baršću“
    .directions = W gmejnskem domje, 1. etaža, bźez lifta.

location-org-town-forst = Radnica w Baršću

location-org-immigration-office-guben = Wenkowna rozgronowa góźina cuzowniskego zastojnstwa w Gubinje
    .directions = W bergarskem domje, 1. etaža, rum 104, z liftom.

location-org-jobcenter-guben = Jobcenter w Gubinje

location-org-welfare-lausitz-guben = Póraźowarnja w Gubinje

location-org-psychosocial-centre-guben = Psychosocialny centrum w Gubinje
    .directions = Zachod na dwórje, 2. etaža, z liftom.

location-org-family-centre-guben = Centrum za žeńske a swójźby w Gubinje

location-org-mediation-lausitz-guben = Běrow póraźowanja pśi konfliktach w Gubinje

location-org-network-guben = Zmakanišćo Integracija w Gubinje

location-org-chamber-crafts-guben = Póraźowarnja za rěmjesło w Gubinje

location-org-town-guben = Radnica w Gubinje

location-org-jobcenter-spremberg = Jobcenter w Grodku

location-org-welfare-lausitz-spremberg = Póraźowarnja w Grodku

location-org-youth-migration-lausitz-spremberg = Młoźinska migraciska słužba w Grodku
    .directions = Napśeśiwo dwórnišću w Grodku.

location-org-language-school-lausitz-spremberg = Rěcna šula w Grodku

location-org-recognition-counselling-spremberg = Póraźowanje k pśipóznaśu w Grodku

location-org-tenant-advice-lausitz-spremberg = Póraźowanje za nejmarjow w Grodku
    .directions = Stare twarjenje, 1. etaža, bźez lifta. Terminy w pśizemju su pó dojadnanju móžne.

location-org-network-spremberg = Zmakanišćo „Pśiś do Grodka“
    .directions = W gmejnskem domje pśi cerkwi, zachod z dwěma schójźenkoma.

location-org-library-spremberg = Měsćańska biblioteka w Grodku

location-org-town-spremberg = Radnica w Grodku

location-org-amt-peitz = Amtske zastojnstwo w Picnju

location-org-sorbian-culture-peitz = Serbski kulturny dom w Picnju
    .directions = Na rynku, zachod pśez dwór.

location-org-amt-doebern-land = Amtske zastojnstwo w Derbnje

location-org-network-doebern = Zmakanišćo „Witajśo w Derbnje“

location-org-amt-burg = Amtske zastojnstwo w Bórkowach (Błota)

location-org-network-welzow = Zmakanišćo „Wjelcej pomaga“

location-org-network-kolkwitz = Zmakanišćo „Gołkojce gromaźe“

location-org-raa-cottbus = Běrow RAA w Chóśebuzu
    .directions = W měsće Chóśebuz (nic we wokrejsu), tramwajowe zastanišćo jo blisko.

## Kontakty (role, žedne mjenja)

contact-integration-commissioner = Integraciska zagronita wokrejsa
    .note = Prědne kontaktne městno za wšykne pšašanja k integraciji we wokrejsu. Wóna Was teke na pšawe městno dalej pósćelo.

contact-immigration-desk-forst = Słužbne městno cuzowniskego zastojnstwa w Baršću
    .note = Pšosym pśinjasćo swój pas a wšykne listy zastojnstwa sobu.

contact-immigration-desk-guben = Rozgronowa góźina cuzowniskego zastojnstwa w Gubinje
    .note = Jano z terminom. Pšosym zawołajśo pjerwjej abo napišćo e-mail.

contact-jobcenter-migration-team = Team Migracija a integracija Jobcentera
    .note = Za pšašanja k rěcnym kursam, k pśipóznaśu a k droze do źěła.

contact-jobcenter-forst-desk = Zachodna cona Jobcentera w Baršću

contact-jobcenter-guben-desk = Zachodna cona Jobcentera w Gubinje

contact-jobcenter-spremberg-desk = Zachodna cona Jobcentera w Grodku

contact-employment-agency-welcome = Póraźowanje za pśiśěgnjonych pla Agentury za źěło
    .note = Póraźowanje wó pówołanju, wukubłanju a źěle w Nimskej, teke gaž njedostanjośo pjenjeze wót Jobcentera.

contact-social-office-accommodation = Wótźělenje za bydlenje śěkańcow a migraciske socialne źěło

contact-health-office-migrant-health = Wótźělenje za strowje pśiśěgnjonych

contact-youth-office-integration = Fachowa móc za integraciju w amśe za młoźinu

contact-school-office-newcomers = Póraźowanje za nowo pśiśěgnjone šulske źiśi (Seiteneinsteiger)
    .note = Šulski amt ma swójo sedło w Chóśebuzu. Kuždu srjodu jo rozgronowa góźina we wokrejsnem zastojnstwje w Baršću.

contact-vhs-course-advice = Póraźowanje k integraciskim kursam
    .note = How móžośo napisaś zarědowański test a se za kurs pśizjawiś.

contact-raa-integration-advice = Póraźowanje k integraciji a demokratiji

contact-mbe-counsellor-forst = Migraciske póraźowanje w Baršću

contact-mbe-counsellor-guben = Migraciske póraźowanje w Gubinje

contact-mbe-counsellor-spremberg = Migraciske póraźowanje w Grodku

contact-jmd-counsellor = Póraźowanje Młoźinskeje migraciskeje słužby
    .note = Póraźowanje teke w Baršću a w Gubinje pó dojadnanju.

contact-language-school-office = Pśizjawjenje k rěcnym kursam

contact-asylum-counsellor = Póraźowanje k azylowemu póstupowanju
    .note = Póraźowanje jo dowěrliwe a njewótwisne wót zastojnstwow.

contact-recognition-counsellor = Póraźowanje k pśipóznaśu
    .note = Pšosym pśinjasćo wopisma a dopokaze sobu, jolic móžno z pśełožkom.

contact-interpreter-coordination = Koordinacija rěcnego pósrědnjenja
    .note = Pšosym pšašajśo se wó terminy za rěcne pósrědnjenje nanejmjenjej tśi dny dopśedka.

contact-psychosocial-intake = Prědne rozgrono w Psychosocialnem centrumje

contact-family-centre-team = Team Centruma za žeńske a swójźby

contact-anti-discrimination-counsellor = Póraźowanje pśeśiwo diskriminaciji
    .note = Póraźowanje jo dowěrliwe. Na žycenje teke anonymne.

contact-mediation-team = Póraźowanje pśi konfliktach a mediacija
    .note = Žedne stawne rozgronowe góźiny. Pšosym dojadnajśo termin pó telefonje abo pśez e-mail.

contact-volunteer-coordination = Koordinacija cesnego amta

contact-sports-integration = Kontaktna wósoba za integraciju pśez sport

contact-network-forst-coordination = Koordinacija seśi w Baršću

contact-network-guben-coordination = Koordinacija seśi w Gubinje

contact-network-spremberg-coordination = Koordinacija seśi w Grodku

contact-tenant-advisor = Póraźowanje za nejmarjow
    .note = Wałtoru w Grodku, stwórtk wótpołdnja teke w Gubinje.

contact-steering-group = Běrow wóźeńskeje kupki za integraciju
    .note = Interny kontakt za cłonkow wóźeńskeje kupki.
