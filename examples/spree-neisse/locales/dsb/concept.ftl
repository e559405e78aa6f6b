### machine-translated
### Integraciski koncept „Pśiś – pśiwześ – integrěrowaś“: dolnoserbske teksty (pśełožk z nimšćiny)

-district = Sprjewja-Nysa

directory = Integraciski koncept za luźi z migraciskeju slědkstawizneju
    .region = Wokrejs Sprjewja-Nysa / Landkreis Spree-Neiße
    .motto = Pśiś – pśiwześ – integrěrowaś
    .description = Koncept jo nastał w procesu wobźělenja: zachopiło jo se z 1. integraciskeju konferencu 25. nowembra 2016 we wokrejsnem zastojnstwje w Baršću (Łužyca). Pótom jo źewjeś źěłowych kupkow wuźěłało cile, pórucenja za jadnanje a napšawy za źewjeś jadnańskich pólow. Koncept jo póbitowanje a njejo nigda gótowy – wuwijamy jen stawnje gromaźe dalej.
    .demo-notice = Glědajśo: to su demonstraciske daty. Wšykne kontaktne wósoby, telefonowe numery a e-mailowe adrese su wumyslone. Póbitowarje z dodankom „(Demo)“ njeeksistěruju.

## Zasady: integraciske rozměśe wokrejsa

principle-mutual-acceptance = Akceptanca a toleranca na wobyma stronoma
    .description = Tudejše a pśiśěgnjone luźe se zmakaju z respektom. Wšykne pśiwzeju jaden drugego, teke gaž su rozdźělne.

principle-becoming-part = Źěl towarišnosći se staś
    .description = Pśiśěgnjone luźe se stawaju źělom towarišnosći we wokrejsu { -district }. Wóni słušaju k tomu – z jadnakimi pšawami a winowatosćami.

principle-bringing-in = Swójske pśinosowaś
    .description = Nichten njetrjeba swój póchad, swóju rěc abo swóju kulturu wóstajiś. Wósebne zamóžnosći a nazgónjenja se pśinosuju a rozbogaśuju gromadne žywjenje.

principle-moving-towards = Jaden k drugemu hyś
    .description = Integracija se raźi jano, gaž wšykne du jaden k drugemu: pśiśěgnjone a tudejše luźe, susedy, towaristwa, zawody a zastojnstwa.

## Celowe kupki

target-group-adults = Dorosćone
    .description = Pśiśěgnjone luźe wót 27 lět.

target-group-youth = Młodostne a młode dorosćone (12–27)
    .description = Młode luźe w šuli, we wukubłanju, na studiju abo pśi pytanju źěła.

target-group-children = Źiśi
    .description = Źiśi do 12 lět, w źiśowni a w zakładnej šuli.

target-group-families = Swójźby
    .description = Starjejše ze źiśimi a pśichodne starjejše.

target-group-women = Žeńske
    .description = Póbitowanja, kótarež su wósebnje za žeńske a źowća.

target-group-refugees = Pytarje azyla a śěkańce
    .description = Luźe w azylowem póstupowanju a luźe ze šćitnym statusom abo z tolerěrowanim (Duldung).

target-group-eu-citizens = Bergarki a bergarje EU
    .description = Luźe z drugich krajow Europskeje unije, na pśikład z Pólskeje.

target-group-skilled-workers = Fachowe mócy ze wukraja
    .description = Luźe, kótarež pśidu ze wukraja z pówołańskim wótzamknjenim abo ze studijom.

target-group-volunteers = Cesnoamtske pomocnice a pomocniki
    .description = Luźe, kótarež se dobrowólnje angažěruju za dobre gromadne žywjenje.

target-group-everyone = Wšykne
    .description = Pśistupne za wšych luźi we wokrejsu, lěc su pśiśěgnjone abo nic.

target-group-seniors = Starše luźe
    .description = Seniorki a seniory, pśiśěgnjone abo tudejše.

## Jadnańske póla

field-education = Kubłanje a rěc
    .description = Nimska rěc jo wažny kluc za to, aby se cłowjek how zadomił. W toś tom pólu źo wó rěcne kursy, wó źiśownju a šulu za źiśi, młodostnych a dorosćonych.

field-culture-religion = Kultura a religije
    .description = Luźe pśinjasu swóju kulturu a swóju wěru do wokrejsa. Spěchujomy zmakanja, rozgrona a zeznaśe regionalneje kultury, teke serbskeje (wendiskeje).

field-conflicts = Wobchadanje z konfliktami
    .description = Źož luźe gromaźe bydle, dajo teke zwadu. How źo wó to, konflikty wcasy spóznaś, fair rozwězaś a pśeśiwo diskriminaciji póstupowaś.

field-housing = Bydlenje
    .description = Swójske bydlenje jo zakład za samostatne žywjenje. Pomagamy pśi wuśěgnjenju z gromadnego bydlišća a za dobre gromadne žywjenje w susedstwje.

field-work = Źěło a wukubłanje
    .description = Źěło zawěsćujo žywjeńske srědki a stwórja kontakty. Pódpěramy drogu do wukubłanja a do pówołanja a pśipóznaśe wukrajnych wótzamknjenjow.

field-volunteering = Cesne amt
    .description = Bźez cesnoamtskich pomocnikow by integracija na jsach lědma była móžna. Pśewóźujomy, kubłamy a cesćimy jich a pśeprosujomy pśiśěgnjonych, se teke sami angažěrowaś.

field-leisure = Swobodny cas
    .description = W sportowem towaristwje, w młoźinskem klubje abo w zagroźe se luźe nejlěpjej zeznaju. Wócynjamy póbitowanja swobodnego casa za wšych a pomagamy, aby teke luźe ze jsow tam pśišli.

field-health = Strowje
    .description = Wšykne deje wěźeś, źo dostanu pomoc, gaž su chóre. K tomu słušaju rěcne pósrědnjenje pla lěkarja, šćěpjenja a pomoc pśi psychiskich śěžach.

field-social-legal = Socialne, pšawo a zastojnstwa
    .description = Pobyt, socialne dawki a pšosby su cesto śěžko zrozměś. Staramy se wó dobre póraźowanje, zrozmiwe zastojnstwa a rozgronowe góźiny teke w mjeńšych jsach a městach.

## Cile

goal-education-early-german = Wšykne pśiśěgnjone luźe wuknu tak skóro ako móžno nimšćinu.
goal-education-school-start = Źiśi a młodostne dostanu malsnje městno w źiśowni abo w šuli a su tam derje pśewóźowane.
goal-education-course-access = Rěcne kursy su teke na jsach derje pśistupne, teke za starjejšych z małymi źiśimi.

goal-culture-religion-encounter = Tudejše a pśiśěgnjone luźe se regularnje zmakaju a zeznaju kulturu drugich.
goal-culture-religion-dialogue = Luźe rozdźělnych religijow powědaju mjazy sobu a respektěruju se.
goal-culture-religion-sorbian = Pśiśěgnjone luźe zeznaju serbsku (wendisku) rěc a kulturu regiona.

goal-conflicts-early-help = Konflikty se wcasy spóznaju a měrnje rozwězuju.
goal-conflicts-discrimination = Chtož dožywijo diskriminaciju, namakajo póraźowanje a pódpěru.
goal-conflicts-schools = Šulerki a šulerje nawuknu, derje wobchadaś z wjelerakosću a ze zwadu.

goal-housing-own-flat = Śěkańce se tak skóro ako móžno wuśěgnu z gromadnego bydlišća do swójskego bydlenja.
goal-housing-good-neighbours = Pśiśěgnjone a tudejše luźe bydle ako dobre susedy gromaźe.
goal-housing-decentral = Pśiśěgnjone luźe bydle rozdźělone po městach a gmejnach wokrejsa.

goal-work-quick-entry = Pśiśěgnjone luźe namakaju malsnjej źěło abo wukubłanje, kótarež wótpowědujo jich zamóžnosćam.
goal-work-recognition = Wukrajne pówołańske a studijowe wótzamknjenja se pśipóznawaju a wužywaju.
goal-work-employers = Zawody w regionje zaměstnjaju pśiśěgnjonych luźi a wukubłuju je.

goal-volunteering-support = Cesnoamtske pomocniki su pśewóźowane, kubłane a wažone.
goal-volunteering-migrants-active = Pśiśěgnjone luźe se sami cesnoamtski angažěruju.

goal-leisure-join-clubs = Pśiśěgnjone luźe cynje sobu w towaristwach a pśi póbitowanjach swobodnego casa na městnje.
goal-leisure-youth-places = Młodostne maju městna, źož mógu se zmakaś.
goal-leisure-mobility = Teke luźe ze jsow pśidu ku kursam, do towaristwow a na městna zmakanja.

goal-health-access = Pśiśěgnjone luźe znaju system strowotnistwa a namakaju lěkarki a lěkarjow.
goal-health-language = Pla lěkarja, w chórowni a w amśe za strowje dajo rěcne pósrědnjenje.
goal-health-mental = Śěkańce z psychiskimi śěžami abo trawmami dostanu pomoc.

goal-social-legal-orientation = Pśiśěgnjone luźe wěže, kótare městno jo za co pśisłušne.
goal-social-legal-counselling = Njewótwisne póraźowanje jo w Baršću, Gubinje a Grodku a teke w amtach k dispoziciji.
goal-social-legal-welcoming-offices = Zastojnstwa źěłaju pśijaśelnje, zrozmiwje a su wótwórjone za wšych.

## Pórucenja za jadnanje

recommendation-education-more-courses = Wěcej rěcnych kursow teke na kraju póbitowaś, teke wjacor a w źělnem casu.
recommendation-education-childcare = Rěcne kursy ze staranim wó źiśi zwězaś, aby se teke maśerje a nany mógli wobźěliś.
recommendation-education-school-support = Šule a wucabnikow pódpěraś, gaž pśiwzeju nowo pśiśěgnjone źiśi a młodostnych (Seiteneinsteiger).

recommendation-culture-religion-shared-events = Swěźenje a zarědowanja gromaźe z pśiśěgnjonymi planowaś, nic jano za nich.
recommendation-culture-religion-faith-knowledge = Wěźenje wó religijach, swěźeńskich dnjach a pšawidłach za jěź w źiśownjach, šulach a zawodach rozšyrjowaś.
recommendation-culture-religion-bilingual-region = Nimsko-serbsku dwójorěcnosć regiona we witańskich póbitowanjach pokazaś.

recommendation-conflicts-mediation-offer = Mediaciju za susedstwa a bydlišća póbitowaś.
recommendation-conflicts-report-point = Njewótwisne kontaktne městno pśi diskriminaciji załožyś a znate cyniś.
recommendation-conflicts-staff-training = Fachowe mócy w zastojnstwje, w šuli a w młoźinskem źěle we wobchadanju z konfliktami a pśedsudami šulowaś.

recommendation-housing-move-out-help = Śěkańcow pśi wuśěgnjenju pśewóźowaś: pytanje bydlenja, nejmowe dogrono, pśizjawjenje a zaśěgnjenje.
recommendation-housing-landlord-cooperation = Wusko gromaźe źěłaś z bydleńskimi towarišnosćami a z priwatnymi wobsejźarjami bydlenjow.
recommendation-housing-tenant-info = Nejmarki a nejmarjow we wěcej rěcach wó pšawach a winowatosćach informěrowaś, na pśikład wó domowem pórěźe, tepjenju a źělenju wótpadankow.

recommendation-work-skills-check = Zamóžnosći a wótzamknjenja wcasy zapśimjeś a pśipóznaśe zachopiś.
recommendation-work-language-and-job = Rěcny kurs a praktikum abo źěło mjazy sobu zwězaś.
recommendation-work-employer-advice = Zawody wó zaměstnjenju a wukubłanju pśiśěgnjonych póraźowaś.

recommendation-volunteering-coordination = Stawne městno załožyś, kótarež koordiněrujo cesne amt w cełem wokrejsu.
recommendation-volunteering-training = Regularne šulowanja a wuměnu za cesnoamtskich pomocnikow póbitowaś.
recommendation-volunteering-appreciation = Cesnoamtski angažement zjawnje pśipóznaś a cesćiś.

recommendation-leisure-open-clubs = Towaristwa se wócynjaju a pónižuju barjery ako cłonske pśinoski, rěc abo trěbne wugótowanje.
recommendation-leisure-mobility-help = Mobilitu spěchowaś, na pśikład z kólasami, kursami za jězdźenje z kólasom a gromadnymi jězbami.
recommendation-leisure-women-offers = Swójske póbitowanja swobodnego casa za žeńske a źowća załožyś.

recommendation-health-interpreters = Pool rěcnych pósrědnicow a pósrědnikow natwariś a kósty wujasniś.
recommendation-health-info-material = We wěcej rěcach wó strowju, šćěpjenjach a prewenciji informěrowaś.
recommendation-health-psychosocial-care = Psychosocialne póraźowanje a terapiju za śěkańcow w regionje wutwariś.

recommendation-social-legal-guide = Wjelerěcny pśewodnik k póraźowanjam a zastojnstwam wudaś a aktualny źaržaś.
recommendation-social-legal-easy-language = Rozsudy, formulary a póstupowanja w jadnorej rěcy wujasniś.
recommendation-social-legal-outreach = Rozgronowe góźiny teke w amtach a w mjeńšych jsach póbitowaś.

## Napšawy

# 1 Kubłanje a rěc

measure-education-childcare-courses = Rěcne kursy ze staranim wó źiśi a z alfabetizaciju
    .description = W Picnju a w Derbnje su kursy nimšćiny, źož se w casu wucby wó małe źiśi staraju. W Baršću wuknu dorosćone w integraciskem kursu z alfabetizaciju pśidatnje cytaś a pisaś.

measure-education-newcomer-schools = Póraźowarnja za nowo pśiśěgnjone źiśi w šuli a w źiśowni (Seiteneinsteiger)
    .description = Statny šulski amt jo załožył centralne póraźowanje za źiśi a młodostnych, kótarež su pśiśěgnuli a pśidu nowo do šule. Amt za młoźinu póraźujo swójźby pśi pytanju městna w źiśowni.
    .time-frame-note = Natwaŕ jo był 2017/2018 zakóńcony; wót togo casa běžytej wobej póraźowani stawnje dalej.

measure-education-course-shuttle = Kursowy bus z amta Derbno-kraj do Baršća
    .description = Mały bus jo měł wobźělnikow ze jsow k integraciskemu kursoju do Baršća wózyś. Dokulaž jo pśemało luźi jen mógło wužywaś, jo se wopyt zakóńcył; město togo jo něnto rěcny kurs direktnje w Derbnje.

measure-education-learning-mentors = Wuknjeńske mentorki a mentory za šulske źiśi we wšych srjejźnych centrumach
    .description = Cesnoamtske wuknjeńske mentorki a mentory pomagaju šulskim źiśam pśi domacnych nadawkach a pśi wuknjenju nimšćiny. Pó tom, až jo se w Gubinje a w Grodku južo natwariło, natwarja se póbitowanje něnto teke w Baršću.

# 2 Kultura a religije

measure-culture-religion-intercultural-week = Interkulturny tyźeń we wokrejsu { -district }
    .description = Kužde lěto w nazymje pśeprosuju seśi, towaristwa a gmejny na swěźenje, cytanja, sport a rozgrona. Pśiśěgnjone a tudejše luźe planuju program gromaźe.
    .time-frame-note = Kužde lěto kóńc septembra, wót 2017.

measure-culture-religion-interfaith-circle = Mjazyreligiozny rozgronowy krejz w Baršću
    .description = Luźe rozdźělnych religijow a luźe bźez religije se regularnje zmakaju k rozgronoju. Na pšašanje pśidu cłonki krejza teke do šulow a źiśownjow.

measure-culture-religion-sorbian-welcome = Serbsku kulturu zeznaś
    .description = W Picnju pśeprosuju Serbowki a Serby pśiśěgnjonych na swěźenje ako zapust a jatšy a pokazuju jim prědne słowa w dolnoserbšćinje. Tak zeznaju nowe luźe dwójorěcnosć regiona.

measure-culture-religion-international-library = Natwaŕ Internacionalneje biblioteki w Grodku
    .description = Měsćańska biblioteka w Grodku jo kupiła knigły, casopisy a awdioknigły we wjele rěcach. Wót togo casa se wobstatk stawnje rozšyrjujo.
    .time-frame-note = Natwaŕ jo był 2018/2019 zakóńcony; biblioteka jo stawne póbitowanje.

# 3 Wobchadanje z konfliktami

measure-conflicts-neighbourhood-mediation = Susedska mediacija w Gubinje
    .description = Wukubłane mediatorki a mediatory pomagaju, gaž jo w domje abo w bydleńskem kwartělu zwada. Wóni pósrědnjaju neutralnje a na žycenje z rěcnym pósrědnjenim.

measure-conflicts-anti-discrimination-advice = Mobilne póraźowanje pśeśiwo diskriminaciji
    .description = Chtož jo dla póchada, barwy kóže, religije abo rěcy diskriminěrowany, dostanjo dowěrliwe póraźowanje. Póraźowanje pśiźo teke do mjeńšych jsow a městow wokrejsa.

measure-conflicts-school-training = Trening za konflikty za šulske rědownje
    .description = RAA Chóśebuz póbitujo šulskim rědownjam treningi k měrnemu rozwězowanju zwadow, k pśedsudam a k wjelerakosći. Wucabniki mógu wó treningi pśez šulski amt pšašaś.

measure-conflicts-staff-workshops = Rěd dalejkubłanjow „Konflikty a pśedsudy“ za fachowe mócy
    .description = Sobuźěłaśerki a sobuźěłaśerje wokrejsnego zastojnstwa, amtow a młoźinskego źěła deje nawuknuś, konflikty wcasy spóznaś a diskriminaciju zajźowaś. Rěd se tuchylu pśigótujo.
    .time-frame-note = Planowane za lěto 2027.

# 4 Bydlenje

measure-housing-move-out-management = Management wuśěgnjenja z gromadnych bydlišćow
    .description = Migraciske socialne źěło pomaga śěkańcam, swójske bydlenje namakaś a pśeśěgnuś. Pśi tom źěła gromaźe z wobsejźarjami bydlenjow, z Jobcenterom a z městami.

measure-housing-tenant-guide = Wjelerěcny bydleński wupokaz (Wohnführerschein)
    .description = W krotkem kursu nawuknu nowe nejmarki a nejmarje to nejwažnjejše wó nejmowem dogronje, pśidatnych kóstach, tepjenju, wětšenju a źělenju wótpadankow. Kursowe materialije su we wěcej rěcach; źinsa se wužywaju w póraźowanju za nejmarjow a bydlenje.

measure-housing-flat-exchange = Burza bydlenjow z priwatnymi wobsejźarjami
    .description = Priwatne wobsejźarje su měli swobodne bydlenja pśez gromadnu burzu póbitowaś. Jo se zešło pśemało póbitowanjow; bydlenja se něnto direktnje pśez póraźowanje za bydlenje a management wuśěgnjenja pósrědnjaju.

measure-housing-neighbourhood-festivals = Susedske swěźenje w bydleńskich kwartělach
    .description = W bydleńskich kwartělach z wjele nowymi nejmarjami deje se wótměś małe swěźenje, na kótarychž se susedy zeznaju. Seśi w Baršću a w Gubinje je planuju gromaźe z bydleńskeju towarišnosću.
    .time-frame-note = Prědne swěźenje su planowane na nalěto a lěto 2027.

# 5 Źěło a wukubłanje

measure-work-migration-team = Team Migracija a integracija w Jobcenterje
    .description = Swójski team w Jobcenterje póraźujo pśiśěgnjonych luźi wó źěle, wukubłanju a rěcnych kursach. Wón wcasy zapśimjejo, co luźe južo mógu.

measure-work-recognition-days = Rozgronowe dny k pśipóznaśu wukrajnych wótzamknjenjow
    .description = Regularne rozgronowe dny w Baršću a w Grodku pomagaju, pówołańske a studijowe wótzamknjenja ze wukraja pśipóznaś daś. Póraźowanje jo dermo.

measure-work-job-language-internship = Pówołańske rěcne kursy z praktikumom
    .description = Wobźělniki zwězuju pówołański rěcny kurs z praktikumom w zawoźe regiona. Tak wuknu fachowu rěc direktnje pśi źěle.

measure-work-crafts-apprenticeships = Wukubłanje w rěmjesle za młodych pśiśěgnjonych luźi
    .description = Młode pśiśěgnjone luźe zeznaju rěmjeslniske zawody a su pśewóźowane až k wukubłańskemu dogronoju. Zawody dostanu póraźowanje wó pobyśe, spěchowanju a rěcnej pódpěrje.
    .time-frame-note = Projekt běžy až do januara 2027.

# 6 Cesne amt

measure-volunteering-agency = Agentura za cesne amt { -district }
    .description = Agentura pósrědnja luźi, kótarež kśě pomagaś, k pśigódnym nadawkam – teke pśiśěgnjonych, kótarež kśě se sami angažěrowaś. Wóna jo kontaktne městno za wšykne witańske seśi.

measure-volunteering-training-series = Kwalifikaciski rěd za cesnoamtskich pomocnikow
    .description = We workshopach wuknu cesnoamtske pomocniki na pśikład něco wó azylowem pšawje, interkulturnej komunikaciji a šćiśe pśed pśeśěženim. Pśi tom wuměnjaju se z drugimi cesnoamtskimi pomocnikami.

measure-volunteering-sponsorships = Mentorstwa (Patenschaften) we witańskich seśach
    .description = W Baršću, Gubinje a Grodku pśewóźuju mentorki a mentory nowe swójźby we wšednem dnju, na pśikład pśi chójźenju na zastojnstwa abo pśi wuknjenju nimšćiny. Seśi se kužde lěto z gromadnym swěźenjom wšym angažěrowanym źěkuju.

measure-volunteering-online-exchange = Online-burza za cesne amt
    .description = Na internetnem boku su měli towaristwa nadawki za cesnoamtskich pomocnikow póbitowaś. Burza jo se lědma wužywała a jo se togodla zastajiła; agentura za cesne amt pósrědnja něnto w wósobinskem rozgronje.

# 7 Swobodny cas

measure-leisure-sports-integration = Integracija pśez sport
    .description = Sportowe towaristwa wócynjaju swój trening za pśiśěgnjonych, na pśikład pśi wótwórjonej kopańcy w Baršću. W Gubinje su pławańske kursy jano za žeńske a źiśi.

measure-leisure-bike-workshop = Kólasowa źěłarnja a kursy za jězdźenje z kólasom w Grodku
    .description = W kólasowej źěłarni reparěruju cesnoamtske pomocniki a pśiśěgnjone luźe darjone kólasa gromaźe. Chtož njamóžo z kólasom jězdźiś, to nawuknjo w kursu, teke pšawidła drogowego wobchada.

measure-leisure-garden-peitz = Natwaŕ Interkulturneje zagrody w Picnju
    .description = Na płoninje amta Picnjo su tudejše a pśiśěgnjone luźe gromaźe załožyli zagrodu. Źinsa tam gromaźe źěłaju swójźby, kupki žeńskich a susedy.
    .time-frame-note = Natwaŕ jo był 2019 zakóńcony; zagroda se dalej gromaźe woplěwa.

measure-leisure-youth-meeting-points = Internacionalne młoźinske kluby we Wjelceju a w Drjowku
    .description = Wótwórjone zmakanišća dawaju młodostnym teke w mjeńšych městach a jsach rum za swobodny cas, rozgrona a domacne nadawki. Amt za młoźinu pśewóźujo natwaŕ až do kóńca 2026.

# 8 Strowje

measure-health-interpreter-network = Natwaŕ poola rěcnych pósrědnicow a pósrědnikow { -district }
    .description = Wukubłane rěcne pósrědnice a pósrědniki pśewóźuju pśiśěgnjonych k lěkarjam, na zastojnstwa a do šulow. Pool jo se 2018 natwarił a wót togo casa se stawnje wužywa.

measure-health-vaccination-hours = Póraźowanje wó strowju a rozgronowa góźina za šćěpjenja
    .description = Amt za strowje póraźujo pśiśěgnjonych wó šćěpjenjach, prewenciji a droze k domacnej lěkarce abo k domacnemu lěkarjoju. Samodruge a swójźby namakaju pśidatnje póraźowanje w Centrumje za žeńske a swójźby w Gubinje.

measure-health-psychosocial-outreach = Wenkowne rozgronowe góźiny Psychosocialnego centruma
    .description = Psychosocialny centrum póbitujo mimo Gubina teke rozgronowe góźiny w Baršću a w Grodku. Tak su drogi k pomocy pśi trawmje a psychiskej śěži krotše.
    .time-frame-note = Testowanje až do kóńca 2026; pótom dej se rozsuźiś wó stawnem pókšacowanju.

measure-health-printed-guide = Śišćany pśewodnik k strowju
    .description = Wjelerěcne zešywko jo měło wopśimjeś lisćinu lěkarskich praksow, apotekow a póraźowarnjow. Dokulaž se daty pśecesto změnjaju, njejo se zešywko śišćało; informacije pśidu do digitalnego pśewodnika.

# 9 Socialne, pšawo a zastojnstwa

measure-social-legal-counselling-network = Migraciske póraźowanje w tśich srjejźnych centrumach
    .description = W Baršću, Gubinje a Grodku su stawne migraciske póraźowanja za dorosćonych. Wóne pomagaju pśi pšašanjach k pobytoju, pšosbam, rěcnym kursam, źěłu a swójźbje.

measure-social-legal-outreach-hours = Rozgronowe góźiny w amtach
    .description = Cuzowniske zastojnstwo (Ausländerbehörde) ma wenkownu rozgronowu góźinu w Gubinje. W amśe Burg (Spreewald) a w amśe Derbno-kraj su swójske rozgronowe góźiny k integraciji, aby nichten njetrjebał daloko jězdźiś.

measure-social-legal-welcome-folder = Witańska mapa w bergarskich běrowach
    .description = Chtož se w Baršću, Gubinje abo Grodku pśizjawijo, dostanjo w bergarskem běrowje witańsku mapu z nejwažnjejšymi adresami. Teksty su w jadnorej rěcy a we wěcej rěcach napisane.
    .time-frame-note = Zestajone 2018/2019; mapa se w bergarskich běrowach dalej wudawa.

measure-social-legal-digital-guide = Digitalny pśewodnik we wjele rěcach
    .description = Toś ten pśewodnik zwězujo integraciski koncept a póbitowanja we wokrejsu online a we wjele rěcach, teke w dolnoserbšćinje. Běrow wóźeńskeje kupki źaržy daty aktualne.
    .time-frame-note = Prědna wersija až do kóńca 2026; pótom stawne woplěwanje.
