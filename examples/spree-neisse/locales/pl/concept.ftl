### machine-translated

### Koncepcja integracji „Przybycie – przyjęcie – integracja”: teksty polskie

-district = Spree-Neiße

directory = Koncepcja integracji osób pochodzenia migracyjnego
    .region = Powiat Spree-Neiße / Wokrejs Sprjewja-Nysa
    .motto = Przybycie – przyjęcie – integracja
    .description = Koncepcja powstała w procesie partycypacyjnym: zapoczątkowała go 1. Konferencja Integracyjna, która odbyła się 25 listopada 2016 roku w siedzibie administracji powiatu w Forst (Lausitz). Następnie dziewięć grup roboczych opracowało cele, zalecenia i działania dla dziewięciu obszarów działania. Koncepcja jest propozycją i nigdy nie będzie ukończona – stale wspólnie ją rozwijamy.
    .demo-notice = Uwaga, to są dane przykładowe: wszystkie osoby kontaktowe, numery telefonów i adresy e-mail są fikcyjne. Podmioty z dopiskiem „(Demo)” nie istnieją.

## Zasady: jak powiat rozumie integrację

principle-mutual-acceptance = Akceptacja i tolerancja po obu stronach
    .description = Mieszkańcy i osoby przybyłe spotykają się z szacunkiem. Obie strony akceptują się nawzajem, nawet jeśli się od siebie różnią.

principle-becoming-part = Stać się częścią społeczeństwa
    .description = Osoby przybyłe stają się częścią społeczeństwa w powiecie { -district }. Należą do niego – z takimi samymi prawami i obowiązkami.

principle-bringing-in = Wnosić to, co własne
    .description = Nikt nie musi rezygnować ze swojego pochodzenia, języka ani kultury. Szczególne umiejętności i doświadczenia są wnoszone do wspólnego życia i je wzbogacają.

principle-moving-towards = Wychodzić sobie naprzeciw
    .description = Integracja udaje się tylko wtedy, gdy wszyscy wychodzą sobie naprzeciw: osoby przybyłe i miejscowi, sąsiedzi, stowarzyszenia, firmy i urzędy.

## Grupy docelowe

target-group-adults = Dorośli
    .description = Osoby przybyłe w wieku od 27 lat.

target-group-youth = Młodzież i młodzi dorośli (12–27)
    .description = Młodzi ludzie w szkole, w trakcie nauki zawodu, na studiach lub szukający pracy.

target-group-children = Dzieci
    .description = Dzieci do 12 lat, w przedszkolu i w szkole podstawowej.

target-group-families = Rodziny
    .description = Rodzice z dziećmi i przyszli rodzice.

target-group-women = Kobiety
    .description = Oferty skierowane szczególnie do kobiet i dziewcząt.

target-group-refugees = Osoby ubiegające się o azyl i uchodźcy
    .description = Osoby w trakcie procedury azylowej oraz osoby ze statusem ochrony lub z tolerowanym pobytem (Duldung).

target-group-eu-citizens = Obywatelki i obywatele UE
    .description = Osoby z innych krajów Unii Europejskiej, na przykład z Polski.

target-group-skilled-workers = Wykwalifikowani pracownicy z zagranicy
    .description = Osoby, które przyjeżdżają z zagranicy z wykształceniem zawodowym lub wyższym.

target-group-volunteers = Wolontariusze
    .description = Osoby, które dobrowolnie angażują się na rzecz dobrego współżycia.

target-group-everyone = Wszyscy
    .description = Otwarte dla wszystkich mieszkańców powiatu, niezależnie od tego, czy przybyli z zagranicy, czy nie.

target-group-seniors = Osoby starsze
    .description = Seniorki i seniorzy, zarówno przybyli z zagranicy, jak i miejscowi.

## Obszary działania

field-education = Edukacja i język
    .description = Język niemiecki jest ważnym kluczem do odnalezienia się w nowym miejscu. Ten obszar obejmuje kursy językowe, przedszkola i szkoły dla dzieci, młodzieży i dorosłych.

field-culture-religion = Kultura i religie
    .description = Ludzie przywożą do powiatu swoją kulturę i swoją wiarę. Wspieramy spotkania, rozmowy i poznawanie kultury regionu, także kultury łużyckiej (wendyjskiej).

field-conflicts = Radzenie sobie z konfliktami
    .description = Tam, gdzie ludzie żyją razem, zdarzają się też spory. Chodzi o to, by wcześnie rozpoznawać konflikty, sprawiedliwie je rozwiązywać i przeciwdziałać dyskryminacji.

field-housing = Mieszkanie
    .description = Własne mieszkanie to podstawa samodzielnego życia. Pomagamy w wyprowadzce z zakwaterowania zbiorowego i w dobrym współżyciu z sąsiadami.

field-work = Praca i nauka zawodu
    .description = Praca zapewnia utrzymanie i pozwala nawiązać kontakty. Wspieramy drogę do nauki zawodu i pracy oraz uznawanie zagranicznych dyplomów i kwalifikacji.

field-volunteering = Wolontariat
    .description = Bez wolontariuszy integracja na obszarach wiejskich byłaby prawie niemożliwa. Wspieramy ich, szkolimy i doceniamy, a osoby przybyłe zapraszamy do własnego zaangażowania.

field-leisure = Czas wolny
    .description = W klubie sportowym, klubie młodzieżowym czy w ogrodzie ludzie najłatwiej się poznają. Otwieramy oferty czasu wolnego dla wszystkich i pomagamy dotrzeć do nich także z wiosek.

field-health = Zdrowie
    .description = Każdy powinien wiedzieć, gdzie może uzyskać pomoc w razie choroby. Należą do tego pomoc tłumacza podczas wizyty u lekarza, szczepienia i wsparcie w przypadku obciążeń psychicznych.

field-social-legal = Sprawy socjalne, prawo i urzędy
    .description = Pobyt, świadczenia i wnioski są często trudne do zrozumienia. Dbamy o dobre doradztwo, zrozumiałe urzędy i dyżury konsultacyjne także w małych miejscowościach.

## Cele

goal-education-early-german = Wszystkie osoby przybyłe uczą się niemieckiego możliwie jak najwcześniej.
goal-education-school-start = Dzieci i młodzież szybko otrzymują miejsce w przedszkolu lub szkole i otrzymują tam dobre wsparcie.
goal-education-course-access = Kursy językowe są łatwo dostępne także na wsi, również dla rodziców z małymi dziećmi.

goal-culture-religion-encounter = Mieszkańcy i osoby przybyłe regularnie się spotykają i poznają nawzajem swoje kultury.
goal-culture-religion-dialogue = Ludzie różnych religii rozmawiają ze sobą i szanują się nawzajem.
goal-culture-religion-sorbian = Osoby przybyłe poznają łużycki (wendyjski) język i kulturę regionu.

goal-conflicts-early-help = Konflikty są wcześnie rozpoznawane i rozwiązywane pokojowo.
goal-conflicts-discrimination = Osoby doświadczające dyskryminacji znajdują doradztwo i wsparcie.
goal-conflicts-schools = Uczennice i uczniowie uczą się dobrze radzić sobie z różnorodnością i sporami.

goal-housing-own-flat = Uchodźcy możliwie szybko przeprowadzają się z zakwaterowania zbiorowego do własnego mieszkania.
goal-housing-good-neighbours = Osoby przybyłe i miejscowi żyją razem jako dobrzy sąsiedzi.
goal-housing-decentral = Osoby przybyłe mieszkają w różnych miastach i gminach powiatu, a nie w jednym miejscu.

goal-work-quick-entry = Osoby przybyłe szybciej znajdują pracę lub miejsce nauki zawodu, które odpowiadają ich umiejętnościom.
goal-work-recognition = Zagraniczne dyplomy zawodowe i ukończone studia są uznawane i wykorzystywane.
goal-work-employers = Firmy w regionie zatrudniają osoby przybyłe i kształcą je w zawodzie.

goal-volunteering-support = Wolontariusze otrzymują wsparcie, szkolenia i uznanie.
goal-volunteering-migrants-active = Osoby przybyłe same angażują się jako wolontariusze.

goal-leisure-join-clubs = Osoby przybyłe biorą udział w działalności stowarzyszeń i lokalnych ofertach czasu wolnego.
goal-leisure-youth-places = Młodzież ma miejsca, w których może się spotykać.
goal-leisure-mobility = Także mieszkańcy wsi mogą dotrzeć na kursy, do stowarzyszeń i miejsc spotkań.

goal-health-access = Osoby przybyłe znają system opieki zdrowotnej i znajdują lekarki i lekarzy.
goal-health-language = U lekarza, w szpitalu i w urzędzie zdrowia dostępna jest pomoc tłumacza.
goal-health-mental = Uchodźcy z obciążeniami psychicznymi lub traumą otrzymują pomoc.

goal-social-legal-orientation = Osoby przybyłe wiedzą, która instytucja za co odpowiada.
goal-social-legal-counselling = Niezależne doradztwo jest dostępne w Forst, Guben i Spremberg, a także w urzędach związków gmin (Ämter).
goal-social-legal-welcoming-offices = Urzędy pracują w sposób życzliwy, zrozumiały i otwarty dla wszystkich.

## Zalecenia

recommendation-education-more-courses = Oferować więcej kursów językowych w całym powiecie, także wieczorem i w niepełnym wymiarze godzin.
recommendation-education-childcare = Łączyć kursy językowe z opieką nad dziećmi, aby mogły w nich uczestniczyć także matki i ojcowie.
recommendation-education-school-support = Wspierać szkoły i nauczycieli w przyjmowaniu uczniów, którzy dołączają do szkoły w trakcie nauki.

recommendation-culture-religion-shared-events = Planować święta i wydarzenia razem z osobami przybyłymi, a nie tylko dla nich.
recommendation-culture-religion-faith-knowledge = Szerzyć wiedzę o religiach, świętach i zasadach żywieniowych w przedszkolach, szkołach i firmach.
recommendation-culture-religion-bilingual-region = Pokazywać niemiecko-łużycką dwujęzyczność regionu w ofertach powitalnych.

recommendation-conflicts-mediation-offer = Oferować mediacje w sąsiedztwach i w miejscach zakwaterowania.
recommendation-conflicts-report-point = Utworzyć niezależny punkt kontaktowy w sprawach dyskryminacji i informować o nim.
recommendation-conflicts-staff-training = Szkolić pracowników administracji, szkół i pracy z młodzieżą w radzeniu sobie z konfliktami i uprzedzeniami.

recommendation-housing-move-out-help = Towarzyszyć uchodźcom przy wyprowadzce: szukanie mieszkania, umowa najmu, zameldowanie i wprowadzenie się.
recommendation-housing-landlord-cooperation = Ściśle współpracować ze spółdzielniami i spółkami mieszkaniowymi oraz prywatnymi wynajmującymi.
recommendation-housing-tenant-info = Informować najemczynie i najemców w kilku językach o prawach i obowiązkach, na przykład o regulaminie domu, ogrzewaniu i segregacji śmieci.

recommendation-work-skills-check = Wcześnie rozpoznawać umiejętności i kwalifikacje oraz rozpoczynać procedurę ich uznania.
recommendation-work-language-and-job = Łączyć kurs językowy z praktyką lub pracą.
recommendation-work-employer-advice = Doradzać firmom w zakresie zatrudniania i kształcenia zawodowego osób przybyłych.

recommendation-volunteering-coordination = Utworzyć stałe stanowisko koordynujące wolontariat w całym powiecie.
recommendation-volunteering-training = Oferować wolontariuszom regularne szkolenia i wymianę doświadczeń.
recommendation-volunteering-appreciation = Publicznie uznawać i doceniać zaangażowanie wolontariuszy.

recommendation-leisure-open-clubs = Stowarzyszenia otwierają się i obniżają bariery, takie jak składki, język czy sprzęt.
recommendation-leisure-mobility-help = Wspierać mobilność, na przykład rowerami, kursami jazdy na rowerze i wspólnymi dojazdami.
recommendation-leisure-women-offers = Tworzyć osobne oferty czasu wolnego dla kobiet i dziewcząt.

recommendation-health-interpreters = Stworzyć pulę tłumaczy i tłumaczek środowiskowych oraz wyjaśnić kwestię kosztów.
recommendation-health-info-material = Informować w wielu językach o zdrowiu, szczepieniach i profilaktyce.
recommendation-health-psychosocial-care = Rozbudować w regionie doradztwo psychospołeczne i terapię dla uchodźców.

recommendation-social-legal-guide = Wydać wielojęzyczny przewodnik po poradniach i urzędach oraz dbać o jego aktualność.
recommendation-social-legal-easy-language = Wyjaśniać decyzje, formularze i procedury prostym językiem.
recommendation-social-legal-outreach = Oferować dyżury konsultacyjne także w urzędach związków gmin (Ämter) i mniejszych miejscowościach.

## Działania

# 1 Edukacja i język

measure-education-childcare-courses = Kursy językowe z opieką nad dziećmi i alfabetyzacją
    .description = W Peitz i Döbern prowadzone są kursy niemieckiego, podczas których małe dzieci mają zapewnioną opiekę w czasie zajęć. W Forst dorośli na kursie integracyjnym z alfabetyzacją uczą się dodatkowo czytać i pisać.

measure-education-newcomer-schools = Poradnia dla dzieci i młodzieży dołączających do szkoły i przedszkola
    .description = Państwowy Urząd Szkolny (Staatliches Schulamt) utworzył centralną poradnię dla przybyłych dzieci i młodzieży, które po raz pierwszy idą do szkoły w Niemczech. Urząd ds. młodzieży (Jugendamt) doradza rodzinom w szukaniu miejsca w przedszkolu.
    .time-frame-note = Tworzenie zakończono w latach 2017/2018; od tego czasu obie poradnie działają na stałe.

measure-education-course-shuttle = Autobus kursowy z Amt Döbern-Land do Forst
    .description = Mały autobus miał dowozić uczestników z wiosek na kurs integracyjny w Forst. Ponieważ mogło z niego korzystać zbyt mało osób, próbę zakończono; zamiast tego kurs językowy odbywa się teraz bezpośrednio w Döbern.

measure-education-learning-mentors = Opiekunowie nauki dla uczniów we wszystkich ośrodkach regionalnych
    .description = Wolontariuszki i wolontariusze pomagają uczniom w odrabianiu lekcji i nauce niemieckiego. Po Guben i Spremberg oferta powstaje teraz także w Forst.

# 2 Kultura i religie

measure-culture-religion-intercultural-week = Tydzień Międzykulturowy w powiecie { -district }
    .description = Co roku jesienią sieci, stowarzyszenia i gminy zapraszają na festyny, spotkania autorskie, sport i rozmowy. Osoby przybyłe i miejscowi wspólnie planują program.
    .time-frame-note = Co roku pod koniec września, od 2017 roku.

measure-culture-religion-interfaith-circle = Międzyreligijny krąg dialogu w Forst
    .description = Ludzie różnych religii i osoby niereligijne regularnie spotykają się na rozmowy. Na życzenie członkowie kręgu przychodzą także do szkół i przedszkoli.

measure-culture-religion-sorbian-welcome = Poznaj kulturę łużycką
    .description = W Peitz Łużyczanki i Łużyczanie zapraszają osoby przybyłe na święta, takie jak Zapust i Wielkanoc, i uczą pierwszych słów w języku dolnołużyckim. W ten sposób nowi mieszkańcy poznają dwujęzyczność regionu.

measure-culture-religion-international-library = Tworzenie Międzynarodowej Biblioteki w Spremberg
    .description = Biblioteka Miejska w Spremberg zakupiła książki, czasopisma i audiobooki w wielu językach. Od tego czasu księgozbiór jest stale uzupełniany.
    .time-frame-note = Tworzenie zakończono w latach 2018/2019; biblioteka jest stałą ofertą.

# 3 Radzenie sobie z konfliktami

measure-conflicts-neighbourhood-mediation = Mediacje sąsiedzkie w Guben
    .description = Przeszkoleni mediatorzy i mediatorki pomagają, gdy w budynku lub na osiedlu dochodzi do sporu. Pośredniczą bezstronnie, a na życzenie z pomocą tłumacza.

measure-conflicts-anti-discrimination-advice = Mobilne doradztwo antydyskryminacyjne
    .description = Osoby dyskryminowane ze względu na pochodzenie, kolor skóry, religię lub język otrzymują poufne doradztwo. Doradcy przyjeżdżają także do mniejszych miejscowości powiatu.

measure-conflicts-school-training = Treningi rozwiązywania konfliktów dla klas szkolnych
    .description = RAA Cottbus oferuje klasom szkolnym treningi z zakresu rozwiązywania sporów, uprzedzeń i różnorodności. Nauczyciele mogą zamawiać treningi za pośrednictwem urzędu szkolnego.

measure-conflicts-staff-workshops = Cykl szkoleń „Konflikty i uprzedzenia” dla pracowników
    .description = Pracownicy administracji powiatu, urzędów związków gmin i pracy z młodzieżą mają nauczyć się wcześnie rozpoznawać konflikty i unikać dyskryminacji. Cykl jest obecnie przygotowywany.
    .time-frame-note = Planowany na 2027 rok.

# 4 Mieszkanie

measure-housing-move-out-management = Wsparcie przy wyprowadzce z zakwaterowania zbiorowego
    .description = Pracownicy socjalni ds. migracji pomagają uchodźcom znaleźć własne mieszkanie i się przeprowadzić. Współpracują przy tym z wynajmującymi, urzędem pracy (Jobcenter) i miastami.

measure-housing-tenant-guide = Wielojęzyczny kurs „Prawo jazdy najemcy”
    .description = Na krótkim kursie nowe najemczynie i nowi najemcy poznają najważniejsze informacje o umowie najmu, kosztach dodatkowych, ogrzewaniu, wietrzeniu i segregacji śmieci. Materiały kursowe są dostępne w kilku językach; obecnie korzysta z nich poradnictwo dla najemców i poradnictwo mieszkaniowe.

measure-housing-flat-exchange = Giełda mieszkań z prywatnymi wynajmującymi
    .description = Prywatni wynajmujący mieli oferować wolne mieszkania na wspólnej giełdzie. Zgłoszono jednak zbyt mało ofert; obecnie w znalezieniu mieszkania pomagają bezpośrednio poradnictwo mieszkaniowe i wsparcie przy wyprowadzce.

measure-housing-neighbourhood-festivals = Festyny sąsiedzkie na osiedlach
    .description = Na osiedlach z wieloma nowymi najemcami mają się odbywać małe festyny, na których sąsiedzi mogą się poznać. Sieci w Forst i Guben planują je wspólnie ze spółką mieszkaniową.
    .time-frame-note = Pierwsze festyny planowane są na wiosnę i lato 2027 roku.

# 5 Praca i nauka zawodu

measure-work-migration-team = Zespół ds. migracji i integracji w Jobcenter
    .description = Osobny zespół w Jobcenter doradza osobom przybyłym w sprawach pracy, nauki zawodu i kursów językowych. Już na początku ustala, co dana osoba potrafi.

measure-work-recognition-days = Dni konsultacji w sprawie uznawania zagranicznych kwalifikacji
    .description = Regularne dni konsultacji w Forst i Spremberg pomagają w uznaniu zagranicznych dyplomów zawodowych i ukończonych studiów. Doradztwo jest bezpłatne.

measure-work-job-language-internship = Zawodowe kursy językowe z praktyką
    .description = Uczestnicy łączą zawodowy kurs języka niemieckiego z praktyką w firmie z regionu. W ten sposób uczą się języka fachowego bezpośrednio w pracy.

measure-work-crafts-apprenticeships = Nauka zawodu w rzemiośle dla młodych osób przybyłych
    .description = Młode osoby przybyłe poznają zakłady rzemieślnicze i otrzymują wsparcie aż do podpisania umowy o naukę zawodu. Zakłady otrzymują doradztwo w sprawach pobytu, dofinansowania i wsparcia językowego.
    .time-frame-note = Projekt trwa do stycznia 2027 roku.

# 6 Wolontariat

measure-volunteering-agency = Centrum Wolontariatu { -district }
    .description = Centrum Wolontariatu kieruje osoby, które chcą pomagać, do odpowiednich zadań – także osoby przybyłe, które same chcą się zaangażować. Jest punktem kontaktowym dla wszystkich sieci powitalnych.

measure-volunteering-training-series = Cykl szkoleń dla wolontariuszy
    .description = Na warsztatach wolontariusze uczą się na przykład o prawie azylowym, komunikacji międzykulturowej i ochronie przed przeciążeniem. Przy okazji wymieniają się doświadczeniami z innymi wolontariuszami.

measure-volunteering-sponsorships = Opiekunowie rodzin w sieciach powitalnych
    .description = W Forst, Guben i Spremberg opiekunki i opiekunowie towarzyszą nowym rodzinom w codziennym życiu, na przykład przy załatwianiu spraw w urzędach lub w nauce niemieckiego. Co roku sieci dziękują wszystkim zaangażowanym podczas wspólnego festynu.

measure-volunteering-online-exchange = Internetowa giełda wolontariatu
    .description = Na stronie internetowej stowarzyszenia miały oferować zadania dla wolontariuszy. Giełda była rzadko używana i dlatego została zamknięta; Centrum Wolontariatu dobiera teraz zadania podczas osobistej rozmowy.

# 7 Czas wolny

measure-leisure-sports-integration = Integracja przez sport
    .description = Kluby sportowe otwierają swoje treningi dla osób przybyłych, na przykład podczas otwartej gry w piłkę nożną w Forst. W Guben prowadzone są kursy pływania tylko dla kobiet i dzieci.

measure-leisure-bike-workshop = Warsztat rowerowy i kursy jazdy na rowerze w Spremberg
    .description = W warsztacie rowerowym wolontariusze i osoby przybyłe wspólnie naprawiają podarowane rowery. Kto nie umie jeździć na rowerze, uczy się tego na kursie, łącznie z przepisami ruchu drogowego.

measure-leisure-garden-peitz = Założenie Ogrodu Międzykulturowego w Peitz
    .description = Na terenie należącym do Amt Peitz mieszkańcy i osoby przybyłe wspólnie założyli ogród. Dziś uprawiają go razem rodziny, grupy kobiet i sąsiedzi.
    .time-frame-note = Zakładanie zakończono w 2019 roku; ogród jest nadal wspólnie pielęgnowany.

measure-leisure-youth-meeting-points = Międzynarodowe kluby młodzieżowe w Welzow i Drebkau
    .description = Otwarte kluby dają młodzieży także w mniejszych miejscowościach miejsce na spędzanie wolnego czasu, rozmowy i odrabianie lekcji. Urząd ds. młodzieży (Jugendamt) wspiera ich tworzenie do końca 2026 roku.

# 8 Zdrowie

measure-health-interpreter-network = Tworzenie puli tłumaczy środowiskowych { -district }
    .description = Przeszkolone tłumaczki i przeszkoleni tłumacze środowiskowi towarzyszą osobom przybyłym u lekarzy, w urzędach i w szkołach. Pula powstała w 2018 roku i od tego czasu jest stale wykorzystywana.

measure-health-vaccination-hours = Doradztwo zdrowotne i godziny szczepień
    .description = Urząd zdrowia (Gesundheitsamt) doradza osobom przybyłym w sprawach szczepień, profilaktyki i tego, jak trafić do lekarza rodzinnego. Kobiety w ciąży i rodziny znajdą dodatkowo doradztwo w Centrum Kobiet i Rodzin w Guben.

measure-health-psychosocial-outreach = Dyżury zamiejscowe Centrum Psychospołecznego
    .description = Oprócz Guben Centrum Psychospołeczne prowadzi dyżury także w Forst i Spremberg. Dzięki temu droga do pomocy w przypadku traumy i obciążeń psychicznych jest krótsza.
    .time-frame-note = Faza próbna do końca 2026 roku; potem ma zapaść decyzja o stałej kontynuacji.

measure-health-printed-guide = Drukowany przewodnik zdrowotny
    .description = Wielojęzyczna broszura miała zawierać listę gabinetów lekarskich, aptek i poradni. Ponieważ dane zbyt często się zmieniają, broszury nie wydrukowano; informacje trafiają do cyfrowego przewodnika.

# 9 Sprawy socjalne, prawo i urzędy

measure-social-legal-counselling-network = Doradztwo dla migrantów w trzech ośrodkach regionalnych
    .description = W Forst, Guben i Spremberg działają stałe poradnie dla dorosłych migrantów. Pomagają w sprawach pobytu, wniosków, kursów językowych, pracy i rodziny.

measure-social-legal-outreach-hours = Dyżury w urzędach związków gmin (Ämter)
    .description = Urząd ds. cudzoziemców (Ausländerbehörde) prowadzi dyżur zamiejscowy w Guben. W Amt Burg (Spreewald) i Amt Döbern-Land odbywają się osobne dyżury w sprawach integracji, aby nikt nie musiał daleko jeździć.

measure-social-legal-welcome-folder = Teczka powitalna w biurach obsługi mieszkańców
    .description = Kto melduje się w Forst, Guben lub Spremberg, otrzymuje w biurze obsługi mieszkańców (Bürgerbüro) teczkę powitalną z najważniejszymi adresami. Teksty są napisane prostym językiem i w kilku językach.
    .time-frame-note = Przygotowana w latach 2018/2019; teczka jest nadal wydawana w biurach obsługi mieszkańców.

measure-social-legal-digital-guide = Cyfrowy przewodnik w wielu językach
    .description = Ten przewodnik zbiera w internecie koncepcję integracji i oferty w powiecie, w wielu językach, także w języku dolnołużyckim. Biuro grupy sterującej dba o aktualność danych.
    .time-frame-note = Pierwsza wersja do końca 2026 roku; potem bieżąca aktualizacja.
