### machine-translated

### Organizacje i kontakty (tłumaczenie polskie; gminy i miejsca nie są tu przetłumaczone).
### Dane przykładowe: numery telefonów, adresy e-mail i strony internetowe są fikcyjne.

## Organizacje: urzędy i instytucje publiczne

organization-district-office = Landkreis Spree-Neiße, Kreisverwaltung (administracja powiatu Spree-Neiße)
    .description = Administracja powiatu w Forst (Lausitz), odpowiedzialna za zadania na terenie całego powiatu.

organization-immigration-office = Ausländerbehörde des Landkreises Spree-Neiße (urząd ds. cudzoziemców)
    .description = Tutaj załatwia się sprawy pobytu, dokumentów pobytowych, ich przedłużania oraz paszportów.

organization-jobcenter = Jobcenter Spree-Neiße (Jobcenter – urząd pracy i świadczeń)
    .description = Komunalne Jobcenter powiatu wypłaca pieniądze na utrzymanie (zabezpieczenie podstawowe, Grundsicherung) i pomaga w szukaniu pracy i miejsca nauki zawodu.

organization-employment-agency = Agentur für Arbeit Cottbus (Agencja Pracy)
    .description = Doradztwo zawodowe i pośrednictwo pracy, z oddziałami w Forst, Guben i Spremberg.

organization-social-office = Sozialamt des Landkreises Spree-Neiße (urząd ds. socjalnych)
    .description = Odpowiada za świadczenia na podstawie ustawy o świadczeniach dla osób ubiegających się o azyl (Asylbewerberleistungsgesetz) oraz za zakwaterowanie uchodźców.

organization-health-office = Gesundheitsamt des Landkreises Spree-Neiße (urząd zdrowia)
    .description = Doradza w sprawach zdrowia, szczepień i badań oraz chroni przed chorobami zakaźnymi.

organization-youth-office = Jugendamt des Landkreises Spree-Neiße (urząd ds. młodzieży)
    .description = Pomaga dzieciom, młodzieży i rodzinom, na przykład w znalezieniu miejsca w przedszkolu i w sprawach wychowania.

organization-school-office = Staatliches Schulamt Cottbus (Państwowy Urząd Szkolny)
    .description = Nadzór szkolny kraju związkowego dla regionu; pomaga przybyłym dzieciom znaleźć odpowiednią szkołę.

organization-vhs = Volkshochschule Spree-Neiße (VHS – uniwersytet ludowy, szkoła dla dorosłych)
    .description = Powiatowy uniwersytet ludowy oferuje kursy integracyjne (Integrationskurs), zawodowe kursy językowe i inne kursy dla dorosłych.

organization-raa-cottbus = RAA Cottbus (Regionale Arbeitsstelle für Bildung, Integration und Demokratie Brandenburg e.V. – regionalny ośrodek ds. edukacji, integracji i demokracji)
    .description = Doradza szkołom, gminom i inicjatywom w sprawach integracji i demokracji. Towarzyszyła także pracom nad koncepcją integracji powiatu.

organization-town-forst = Stadt Forst (Lausitz) (urząd miasta)
    .description = Urząd miasta Forst z biurem obsługi mieszkańców (Bürgerbüro), w którym można się zameldować lub przemeldować.

organization-town-guben = Stadt Guben (urząd miasta)
    .description = Urząd miasta Guben z biurem obsługi mieszkańców (Bürgerbüro), w którym można się zameldować lub przemeldować.

organization-town-spremberg = Stadt Spremberg (urząd miasta)
    .description = Urząd miasta Spremberg z biurem obsługi mieszkańców (Bürgerbüro), w którym można się zameldować lub przemeldować.

organization-amt-peitz-office = Amt Peitz, Amtsverwaltung (urząd związku gmin)
    .description = Wspólna administracja miasta Peitz i siedmiu gmin należących do Amt Peitz.

organization-amt-doebern-land-office = Amt Döbern-Land, Amtsverwaltung (urząd związku gmin)
    .description = Wspólna administracja miasta Döbern i sześciu gmin należących do Amt Döbern-Land.

organization-amt-burg-office = Amt Burg (Spreewald), Amtsverwaltung (urząd związku gmin)
    .description = Wspólna administracja sześciu gmin należących do Amt Burg (Spreewald).

## Organizacje: doradztwo, edukacja i zdrowie (fikcyjne podmioty przykładowe)

organization-welfare-lausitz = Wohlfahrtsverband Lausitz (Demo) (organizacja pomocy społecznej)
    .description = Organizacja pomocy społecznej prowadząca doradztwo dla dorosłych migrantów w Forst, Guben i Spremberg.

organization-youth-migration-lausitz = Jugendmigrationsdienst Lausitz (Demo) (poradnia migracyjna dla młodzieży)
    .description = Doradza młodym osobom przybyłym w wieku od 12 do 27 lat w sprawach szkoły, nauki zawodu, pracy i życia codziennego.

organization-language-school-lausitz = Sprachschule Lausitz (Demo) (szkoła językowa)
    .description = Szkoła językowa z kursami integracyjnymi i zawodowymi kursami językowymi w Spremberg, Peitz i Guben.

organization-asylum-counselling-lausitz = Asylverfahrensberatung Lausitz (Demo) (doradztwo w procedurze azylowej)
    .description = Niezależne i bezpłatne doradztwo w sprawie procedury azylowej, przesłuchania i decyzji.

organization-recognition-counselling = Anerkennungsberatung Brandenburg Süd (Demo) (doradztwo w sprawie uznawania kwalifikacji)
    .description = Pomaga w uznaniu w Niemczech zagranicznych świadectw szkolnych, dyplomów zawodowych i ukończonych studiów.

organization-interpreter-pool = Sprachmittlerpool Spree-Neiße (Demo) (pula tłumaczy środowiskowych)
    .description = Kieruje przeszkolone tłumaczki i przeszkolonych tłumaczy środowiskowych na wizyty w urzędach, u lekarzy i w szkołach.

organization-psychosocial-centre = Psychosoziales Zentrum für Geflüchtete Lausitz (Demo) (Centrum Psychospołeczne dla Uchodźców)
    .description = Doradztwo i terapia dla uchodźców, którzy cierpią z powodu trudnych przeżyć.

organization-family-centre-guben = Frauen- und Familienzentrum Guben (Demo) (Centrum Kobiet i Rodzin)
    .description = Otwarte miejsce spotkań z doradztwem dla kobiet, kobiet w ciąży i rodzin z całego świata.

organization-anti-discrimination-lausitz = Antidiskriminierungsberatung Lausitz (Demo) (poradnia antydyskryminacyjna)
    .description = Pomaga osobom, które są traktowane gorzej z powodu pochodzenia, religii, języka lub koloru skóry.

organization-mediation-lausitz = Mediation und Konfliktberatung Lausitz (Demo) (mediacje i doradztwo w konfliktach)
    .description = Pomaga w sporach w sąsiedztwie, w miejscach zakwaterowania i w szkołach – bezstronnie i poufnie.

organization-chamber-crafts = Handwerkskammer-Beratung für Zugewanderte (Demo) (doradztwo Izby Rzemieślniczej dla osób przybyłych)
    .description = Doradza osobom przybyłym w sprawach nauki zawodu, praktyk i pracy w rzemiośle.

## Organizacje: wolontariat, czas wolny, mieszkanie i sieci (fikcyjne podmioty przykładowe)

organization-volunteer-agency = Freiwilligenagentur Spree-Neiße (Demo) (Centrum Wolontariatu)
    .description = Łączy osoby, które chcą działać jako wolontariusze, ze stowarzyszeniami i projektami.

organization-sports-federation = Kreissportbund Spree-Neiße (Demo) (Powiatowy Związek Sportowy)
    .description = Organizacja zrzeszająca kluby sportowe w powiecie, z ofertami integracji przez sport.

organization-interfaith-lausitz = Interreligiöser Gesprächskreis Lausitz (Demo) (międzyreligijny krąg dialogu)
    .description = Spotykają się tu na rozmowy ludzie różnych religii i osoby niereligijne.

organization-housing-forst = Wohnungsgesellschaft Forst (Demo) (spółka mieszkaniowa)
    .description = Wynajmuje mieszkania w Forst i doradza w szukaniu mieszkania.

organization-tenant-advice-lausitz = Mieterberatung Lausitz (Demo) (poradnia dla najemców)
    .description = Doradza najemczyniom i najemcom w sprawach umowy najmu, kosztów dodatkowych i problemów z mieszkaniem.

organization-network-forst = Netzwerk Willkommen in Forst (Demo) (sieć „Witamy w Forst”)
    .description = Wolontariusze i specjaliści w Forst, którzy pomagają osobom przybyłym odnaleźć się w nowym miejscu.

organization-network-guben = Netzwerk Integration Guben (Demo) (sieć „Integracja Guben”)
    .description = Porozumienie stowarzyszeń, wolontariuszy i instytucji na rzecz dobrego współżycia w Guben.

organization-network-spremberg = Netzwerk Ankommen in Spremberg (Demo) (sieć „Zadomowić się w Spremberg”)
    .description = Wolontariusze w Spremberg i okolicy, którzy oferują opiekę nad rodzinami, spotkania i praktyczną pomoc.

organization-network-doebern = Netzwerk Willkommen im Amt Döbern-Land (Demo) (sieć „Witamy w Amt Döbern-Land”)
    .description = Sieć dla osób przybyłych w Döbern i wioskach związku gmin, z kursem językowym i wsparciem.

organization-network-welzow = Netzwerk Welzow hilft (Demo) (sieć „Welzow pomaga”)
    .description = Wolontariusze w Welzow prowadzący kawiarenkę językową, klub młodzieżowy i pomoc w codziennych sprawach.

organization-network-kolkwitz = Netzwerk Kolkwitz miteinander (Demo) (sieć „Kolkwitz razem”)
    .description = Sieć w gminie Kolkwitz, która łączy sąsiadów i osoby przybyłe.

organization-sorbian-culture-peitz = Sorbischer Kulturverein Picnjo (Demo) (Łużyckie Stowarzyszenie Kulturalne)
    .description = Stowarzyszenie, które dba o to, by łużycki (wendyjski) język, zwyczaje i święta były w Peitz wciąż żywe.

organization-library-spremberg = Stadtbibliothek Spremberg (Demo) (Biblioteka Miejska)
    .description = Biblioteka wypożycza książki i multimedia w wielu językach i oferuje pomoc w nauce.

## Kontakty (funkcje, nie nazwiska)

contact-integration-commissioner = Pełnomocniczka powiatu ds. integracji
    .note = Pierwszy punkt kontaktowy we wszystkich sprawach dotyczących integracji w powiecie. Pełnomocniczka skieruje też Państwa do właściwej instytucji.

contact-immigration-desk-forst = Punkt obsługi urzędu ds. cudzoziemców w Forst
    .note = Prosimy zabrać ze sobą paszport i wszystkie pisma z urzędu.

contact-immigration-desk-guben = Dyżur urzędu ds. cudzoziemców w Guben
    .note = Tylko po wcześniejszym umówieniu wizyty. Prosimy wcześniej zadzwonić lub napisać e-mail.

contact-jobcenter-migration-team = Zespół ds. migracji i integracji w Jobcenter
    .note = W sprawach kursów językowych, uznawania kwalifikacji i drogi do pracy.

contact-jobcenter-forst-desk = Punkt przyjęć Jobcenter Forst

contact-jobcenter-guben-desk = Punkt przyjęć Jobcenter Guben

contact-jobcenter-spremberg-desk = Punkt przyjęć Jobcenter Spremberg

contact-employment-agency-welcome = Doradztwo dla osób przybyłych w Agentur für Arbeit (Agencji Pracy)
    .note = Doradztwo w sprawach zawodu, nauki zawodu i pracy w Niemczech, także jeśli nie otrzymują Państwo pieniędzy z Jobcenter.

contact-social-office-accommodation = Referat ds. zakwaterowania i pracy socjalnej z migrantami

contact-health-office-migrant-health = Referat ds. zdrowia osób przybyłych

contact-youth-office-integration = Osoba odpowiedzialna za integrację w urzędzie ds. młodzieży (Jugendamt)

contact-school-office-newcomers = Doradztwo dla uczniów dołączających do szkoły w trakcie nauki (Seiteneinsteiger)
    .note = Urząd szkolny ma siedzibę w Cottbus. W środy odbywa się dyżur w siedzibie administracji powiatu w Forst.

contact-vhs-course-advice = Doradztwo w sprawie kursów integracyjnych
    .note = Tutaj można napisać test poziomujący i zapisać się na kurs.

contact-raa-integration-advice = Doradztwo w sprawach integracji i demokracji

contact-mbe-counsellor-forst = Doradztwo dla migrantów w Forst

contact-mbe-counsellor-guben = Doradztwo dla migrantów w Guben

contact-mbe-counsellor-spremberg = Doradztwo dla migrantów w Spremberg

contact-jmd-counsellor = Doradztwo Jugendmigrationsdienst (poradnia migracyjna dla młodzieży)
    .note = Doradztwo także w Forst i Guben po wcześniejszym uzgodnieniu.

contact-language-school-office = Zapisy na kursy językowe

contact-asylum-counsellor = Doradztwo w procedurze azylowej
    .note = Doradztwo jest poufne i niezależne od urzędów.

contact-recognition-counsellor = Doradztwo w sprawie uznawania kwalifikacji
    .note = Prosimy zabrać ze sobą świadectwa i zaświadczenia, w miarę możliwości wraz z tłumaczeniem.

contact-interpreter-coordination = Koordynacja tłumaczeń środowiskowych
    .note = Prosimy zgłaszać zapotrzebowanie na tłumacza co najmniej trzy dni wcześniej.

contact-psychosocial-intake = Pierwsza rozmowa w Centrum Psychospołecznym

contact-family-centre-team = Zespół Centrum Kobiet i Rodzin

contact-anti-discrimination-counsellor = Doradztwo antydyskryminacyjne
    .note = Doradztwo jest poufne. Na życzenie także anonimowe.

contact-mediation-team = Doradztwo w konfliktach i mediacje
    .note = Brak stałych godzin przyjęć. Prosimy umówić się na spotkanie telefonicznie lub e-mailem.

contact-volunteer-coordination = Koordynacja wolontariatu

contact-sports-integration = Osoba kontaktowa ds. integracji przez sport

contact-network-forst-coordination = Koordynacja sieci w Forst

contact-network-guben-coordination = Koordynacja sieci w Guben

contact-network-spremberg-coordination = Koordynacja sieci w Spremberg

contact-tenant-advisor = Doradztwo dla najemców
    .note = We wtorki w Spremberg, w czwartki po południu także w Guben.

contact-steering-group = Biuro grupy sterującej ds. integracji
    .note = Kontakt wewnętrzny dla członków grupy sterującej.
