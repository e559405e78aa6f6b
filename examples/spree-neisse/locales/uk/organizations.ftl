### machine-translated
### Громади, організації, місця та контакти (український переклад).
### Демонстраційні дані: номери телефонів, адреси електронної пошти та вебсайти вигадані.

## Громади

municipality-forst =
    .description = Районний центр на річці Neiße, де розташована районна адміністрація, — безпосередньо на кордоні з Польщею.

municipality-guben =
    .description = Прикордонне місто на річці Neiße; на іншому березі річки лежить польське сусіднє місто Gubin.

municipality-spremberg =
    .description = Місто на річці Spree на півдні району і центр для навколишніх сіл.

## Організації: органи влади та державні установи

organization-district-office = Landkreis Spree-Neiße, Kreisverwaltung (районна адміністрація)
    .description = Адміністрація району у Forst (Lausitz), відповідає за завдання в усьому районі.

organization-immigration-office = Ausländerbehörde des Landkreises Spree-Neiße (відомство у справах іноземців)
    .description = Тут вирішують питання перебування, дозволів на проживання, їх продовження та паспортів.

organization-jobcenter = Jobcenter Spree-Neiße (центр зайнятості)
    .description = Комунальний Jobcenter району виплачує гроші на життя (базове соціальне забезпечення) і допомагає шукати роботу та місце для професійного навчання.

organization-employment-agency = Agentur für Arbeit Cottbus (Агентство з праці)
    .description = Профорієнтація та працевлаштування, з відділеннями у Forst, Guben і Spremberg.

organization-social-office = Sozialamt des Landkreises Spree-Neiße (соціальне відомство)
    .description = Відповідає за виплати згідно із Законом про допомогу шукачам притулку (AsylbLG) та за розміщення біженців.

organization-health-office = Gesundheitsamt des Landkreises Spree-Neiße (відомство охорони здоров’я)
    .description = Консультує щодо здоров’я, щеплень і медичних оглядів та захищає від інфекційних хвороб.

organization-youth-office = Jugendamt des Landkreises Spree-Neiße (відомство у справах молоді)
    .description = Допомагає дітям, підліткам і сім’ям, наприклад із місцями в дитячому садку та у вихованні.

organization-school-office = Staatliches Schulamt Cottbus (державне шкільне управління)
    .description = Шкільний нагляд федеральної землі для регіону; допомагає дітям-новоприбулим знайти відповідну школу.

organization-vhs = Volkshochschule Spree-Neiße (народна вища школа, VHS)
    .description = Районна народна вища школа пропонує інтеграційні курси, професійні мовні курси та інші курси для дорослих.

organization-raa-cottbus = RAA Cottbus (Regionale Arbeitsstelle für Bildung, Integration und Demokratie Brandenburg e.V. — регіональний осередок з питань освіти, інтеграції та демократії)
    .description = Консультує школи, громади та ініціативи з питань інтеграції та демократії і супроводжувала розробку концепції інтеграції району.

organization-town-forst = Stadt Forst (Lausitz) (міська адміністрація)
    .description = Міська адміністрація Forst із бюро обслуговування громадян для реєстрації та зміни місця проживання.

organization-town-guben = Stadt Guben (міська адміністрація)
    .description = Міська адміністрація Guben із бюро обслуговування громадян для реєстрації та зміни місця проживання.

organization-town-spremberg = Stadt Spremberg (міська адміністрація)
    .description = Міська адміністрація Spremberg із бюро обслуговування громадян для реєстрації та зміни місця проживання.

organization-amt-peitz-office = Amt Peitz, Amtsverwaltung (адміністрація амту)
    .description = Спільна адміністрація міста Peitz і семи громад, що входять до Amt Peitz.

organization-amt-doebern-land-office = Amt Döbern-Land, Amtsverwaltung (адміністрація амту)
    .description = Спільна адміністрація міста Döbern і шести громад, що входять до Amt Döbern-Land.

organization-amt-burg-office = Amt Burg (Spreewald), Amtsverwaltung (адміністрація амту)
    .description = Спільна адміністрація шести громад, що входять до Amt Burg (Spreewald).

## Організації: консультації, освіта та здоров’я (вигадані демонстраційні організації)

organization-welfare-lausitz = Wohlfahrtsverband Lausitz (Demo) (благодійна організація)
    .description = Благодійна організація, що надає консультації для дорослих мігрантів у Forst, Guben і Spremberg.

organization-youth-migration-lausitz = Jugendmigrationsdienst Lausitz (Demo) (міграційна служба для молоді, JMD)
    .description = Консультує молодих новоприбулих віком від 12 до 27 років щодо школи, професійного навчання, роботи та повсякденного життя.

organization-language-school-lausitz = Sprachschule Lausitz (Demo) (мовна школа)
    .description = Мовна школа з інтеграційними курсами та професійними мовними курсами в Spremberg, Peitz і Guben.

organization-asylum-counselling-lausitz = Asylverfahrensberatung Lausitz (Demo) (консультації щодо процедури надання притулку)
    .description = Незалежні та безкоштовні консультації щодо процедури надання притулку, співбесіди (Anhörung) та рішень.

organization-recognition-counselling = Anerkennungsberatung Brandenburg Süd (Demo) (консультації щодо визнання дипломів)
    .description = Допомагає домогтися визнання в Німеччині іноземних шкільних атестатів, професійних дипломів і дипломів про вищу освіту.

organization-interpreter-pool = Sprachmittlerpool Spree-Neiße (Demo) (пул мовних посередників)
    .description = Надає навчених мовних посередниць і посередників (перекладачів) для візитів до органів влади, лікарів і шкіл.

organization-psychosocial-centre = Psychosoziales Zentrum für Geflüchtete Lausitz (Demo) (психосоціальний центр для біженців)
    .description = Консультації та терапія для біженців, які страждають від наслідків важких переживань.

organization-family-centre-guben = Frauen- und Familienzentrum Guben (Demo) (центр для жінок і сімей)
    .description = Відкрите місце зустрічей із консультаціями для жінок, вагітних і сімей з усього світу.

organization-anti-discrimination-lausitz = Antidiskriminierungsberatung Lausitz (Demo) (антидискримінаційна консультація)
    .description = Допомагає людям, які зазнають утисків через походження, релігію, мову чи колір шкіри.

organization-mediation-lausitz = Mediation und Konfliktberatung Lausitz (Demo) (медіація та консультації щодо конфліктів)
    .description = Допомагає в суперечках між сусідами, у гуртожитках і в школах — нейтрально та конфіденційно.

organization-chamber-crafts = Handwerkskammer-Beratung für Zugewanderte (Demo) (консультації Ремісничої палати для новоприбулих)
    .description = Консультує новоприбулих щодо професійного навчання, практики та роботи в ремеслі.

## Організації: волонтерство, дозвілля, житло та мережі (вигадані демонстраційні організації)

organization-volunteer-agency = Freiwilligenagentur Spree-Neiße (Demo) (волонтерське агентство)
    .description = Об’єднує людей, які хочуть займатися волонтерством, з об’єднаннями та проєктами.

organization-sports-federation = Kreissportbund Spree-Neiße (Demo) (районна спортивна спілка)
    .description = Спілка спортивних клубів району, яка пропонує заходи з інтеграції через спорт.

organization-interfaith-lausitz = Interreligiöser Gesprächskreis Lausitz (Demo) (міжрелігійне коло спілкування)
    .description = Тут для розмов зустрічаються люди різних релігій і люди без релігії.

organization-housing-forst = Wohnungsgesellschaft Forst (Demo) (житлова компанія)
    .description = Здає в оренду квартири у Forst і консультує щодо пошуку житла.

organization-tenant-advice-lausitz = Mieterberatung Lausitz (Demo) (консультації для орендарів)
    .description = Консультує орендарок і орендарів щодо договору оренди, комунальних платежів і проблем із житлом.

organization-network-forst = Netzwerk Willkommen in Forst (Demo) (мережа «Ласкаво просимо до Forst»)
    .description = Волонтери та фахівці у Forst, які супроводжують новоприбулих на новому місці.

organization-network-guben = Netzwerk Integration Guben (Demo) (мережа «Інтеграція Guben»)
    .description = Об’єднання клубів, волонтерів і установ заради доброго співжиття в Guben.

organization-network-spremberg = Netzwerk Ankommen in Spremberg (Demo) (мережа «Прибуття в Spremberg»)
    .description = Волонтери в Spremberg та околицях, які пропонують наставництво, зустрічі та практичну допомогу.

organization-network-doebern = Netzwerk Willkommen im Amt Döbern-Land (Demo) (мережа «Ласкаво просимо до Amt Döbern-Land»)
    .description = Мережа для новоприбулих у Döbern і селах амту, з мовним курсом і супроводом.

organization-network-welzow = Netzwerk Welzow hilft (Demo) (мережа «Welzow допомагає»)
    .description = Волонтери у Welzow із мовним кафе, молодіжним клубом і допомогою в повсякденному житті.

organization-network-kolkwitz = Netzwerk Kolkwitz miteinander (Demo) (мережа «Kolkwitz разом»)
    .description = Мережа в громаді Kolkwitz, яка об’єднує сусідів і новоприбулих.

organization-sorbian-culture-peitz = Sorbischer Kulturverein Picnjo (Demo) (лужицьке культурне товариство)
    .description = Товариство, яке підтримує в Peitz живу лужицьку (сорбську/вендську) мову, звичаї та свята.

organization-library-spremberg = Stadtbibliothek Spremberg (Demo) (міська бібліотека)
    .description = Бібліотека видає книжки та медіа багатьма мовами і пропонує допомогу в навчанні.

## Місця (адреси організацій і місця контактів)

location-org-district-office-forst = Районна адміністрація, Forst
    .directions = Головний вхід із вулиці Heinrich-Heine-Straße, рецепція на першому поверсі. Парковка за будівлею.

location-org-immigration-office-forst = Відомство у справах іноземців (Ausländerbehörde) у районній адміністрації, Forst
    .directions = Корпус B, перший поверх. Будь ласка, візьміть номерок черги в автоматі.

location-org-social-office-forst = Соціальне відомство (Sozialamt) у районній адміністрації, Forst
    .directions = Корпус C, другий поверх, є ліфт.

location-org-youth-office-forst = Відомство у справах молоді (Jugendamt) у районній адміністрації, Forst
    .directions = Корпус A, третій поверх, є ліфт.

location-org-school-office-forst = Години прийому шкільного управління в районній адміністрації, Forst
    .directions = Корпус A, перший поверх, кімната 0.12.

location-org-health-office-forst = Відомство охорони здоров’я (Gesundheitsamt), Forst
    .directions = Вхід із боку двору, реєстрація на першому поверсі.

location-org-jobcenter-forst = Jobcenter Forst

location-org-employment-agency-forst = Агентство з праці (Agentur für Arbeit), відділення Forst
    .directions = П’ять хвилин пішки від вокзалу Forst.

location-org-vhs-forst = Народна вища школа (Volkshochschule), Forst

location-org-welfare-lausitz-forst = Консультаційний пункт Forst

location-org-asylum-counselling-lausitz-forst = Консультації щодо процедури надання притулку, Forst
    .directions = Старий будинок, біля входу три сходинки. Будь ласка, подзвоніть у дзвінок — ми охоче допоможемо.

location-org-interpreter-pool-forst = Офіс пулу мовних посередників, Forst

location-org-anti-discrimination-lausitz-forst = Антидискримінаційна консультація, Forst

location-org-volunteer-agency-forst = Волонтерське агентство, Forst

location-org-sports-federation-forst = Офіс районної спортивної спілки, Forst
    .directions = У будівлі поруч зі спортивним майданчиком.

location-org-interfaith-lausitz-forst = Кімната для розмов, Forst

location-org-housing-forst = Офіс обслуговування клієнтів житлової компанії, Forst

location-org-network-forst = Місце зустрічей «Ласкаво просимо до Forst»
    .directions = У будинку парафії, другий поверх, ліфта немає.

location-org-town-forst = Ратуша Forst

location-org-immigration-office-guben = Виїзні години прийому відомства у справах іноземців у Guben
    .directions = У Будинку громадян (Bürgerhaus), другий поверх, кімната 104, є ліфт.

location-org-jobcenter-guben = Jobcenter Guben

location-org-welfare-lausitz-guben = Консультаційний пункт Guben

location-org-psychosocial-centre-guben = Психосоціальний центр Guben
    .directions = Вхід із двору, третій поверх, є ліфт.

location-org-family-centre-guben = Центр для жінок і сімей Guben

location-org-mediation-lausitz-guben = Офіс консультацій щодо конфліктів, Guben

location-org-network-guben = Місце зустрічей «Інтеграція Guben»

location-org-chamber-crafts-guben = Консультаційний офіс з питань ремесла, Guben

location-org-town-guben = Ратуша Guben

location-org-jobcenter-spremberg = Jobcenter Spremberg

location-org-welfare-lausitz-spremberg = Консультаційний пункт Spremberg

location-org-youth-migration-lausitz-spremberg = Міграційна служба для молоді (JMD), Spremberg
    .directions = Навпроти вокзалу Spremberg.

location-org-language-school-lausitz-spremberg = Мовна школа, Spremberg

location-org-recognition-counselling-spremberg = Консультації щодо визнання дипломів, Spremberg

location-org-tenant-advice-lausitz-spremberg = Консультації для орендарів, Spremberg
    .directions = Старий будинок, другий поверх, ліфта немає. За домовленістю можлива зустріч на першому поверсі.

location-org-network-spremberg = Місце зустрічей «Прибуття в Spremberg»
    .directions = У будинку парафії біля церкви, біля входу дві сходинки.

location-org-library-spremberg = Міська бібліотека Spremberg

location-org-town-spremberg = Ратуша Spremberg

location-org-amt-peitz = Адміністрація амту Peitz

location-org-sorbian-culture-peitz = Лужицький будинок культури, Peitz
    .directions = На ринковій площі (Markt), вхід через двір.

location-org-amt-doebern-land = Адміністрація амту, Döbern

location-org-network-doebern = Місце зустрічей «Ласкаво просимо до Döbern»

location-org-amt-burg = Адміністрація амту Burg (Spreewald)

location-org-network-welzow = Місце зустрічей «Welzow допомагає»

location-org-network-kolkwitz = Місце зустрічей «Kolkwitz разом»

location-org-raa-cottbus = Офіс RAA в Cottbus
    .directions = У місті Cottbus (не в районі), поруч є трамвайна зупинка.

## Контакти (посади, без імен)

contact-integration-commissioner = Уповноважена з питань інтеграції району
    .note = Перше контактне місце з усіх питань інтеграції в районі. Вона також скерує вас до потрібної установи.

contact-immigration-desk-forst = Сервісний пункт відомства у справах іноземців у Forst
    .note = Будь ласка, візьміть із собою паспорт і всі листи від відомства.

contact-immigration-desk-guben = Години прийому відомства у справах іноземців у Guben
    .note = Лише за попереднім записом. Будь ласка, заздалегідь зателефонуйте або напишіть електронного листа.

contact-jobcenter-migration-team = Команда «Міграція та інтеграція» Jobcenter
    .note = З питань мовних курсів, визнання дипломів і шляху до роботи.

contact-jobcenter-forst-desk = Зона прийому Jobcenter Forst

contact-jobcenter-guben-desk = Зона прийому Jobcenter Guben

contact-jobcenter-spremberg-desk = Зона прийому Jobcenter Spremberg

contact-employment-agency-welcome = Консультації для новоприбулих в Агентстві з праці
    .note = Консультації щодо професії, професійного навчання та роботи в Німеччині, навіть якщо ви не отримуєте гроші від Jobcenter.

contact-social-office-accommodation = Відділ розміщення та соціальної роботи з мігрантами

contact-health-office-migrant-health = Відділ здоров’я новоприбулих

contact-youth-office-integration = Фахівець з інтеграції у відомстві у справах молоді

contact-school-office-newcomers = Консультації для дітей-новоприбулих щодо школи
    .note = Шкільне управління розташоване в Cottbus. Щосереди години прийому проходять у районній адміністрації у Forst.

contact-vhs-course-advice = Консультації щодо інтеграційних курсів
    .note = Тут ви можете пройти тест на визначення рівня та записатися на курс.

contact-raa-integration-advice = Консультації з питань інтеграції та демократії

contact-mbe-counsellor-forst = Консультації для мігрантів, Forst

contact-mbe-counsellor-guben = Консультації для мігрантів, Guben

contact-mbe-counsellor-spremberg = Консультації для мігрантів, Spremberg

contact-jmd-counsellor = Консультації міграційної служби для молоді
    .note = За домовленістю консультації також у Forst і Guben.

contact-language-school-office = Запис на мовні курси

contact-asylum-counsellor = Консультації щодо процедури надання притулку
    .note = Консультації конфіденційні та незалежні від органів влади.

contact-recognition-counsellor = Консультації щодо визнання дипломів
    .note = Будь ласка, візьміть із собою атестати, дипломи та підтвердні документи, по можливості з перекладом.

contact-interpreter-coordination = Координація мовного посередництва
    .note = Будь ласка, замовляйте мовного посередника (перекладача) щонайменше за три дні.

contact-psychosocial-intake = Перша розмова в Психосоціальному центрі

contact-family-centre-team = Команда Центру для жінок і сімей

contact-anti-discrimination-counsellor = Антидискримінаційна консультація
    .note = Консультація конфіденційна. За бажанням — також анонімно.

contact-mediation-team = Консультації щодо конфліктів і медіація
    .note = Постійних годин прийому немає. Будь ласка, домовтеся про зустріч телефоном або електронною поштою.

contact-volunteer-coordination = Координація волонтерства

contact-sports-integration = Контактна особа з питань інтеграції через спорт

contact-network-forst-coordination = Координація мережі Forst

contact-network-guben-coordination = Координація мережі Guben

contact-network-spremberg-coordination = Координація мережі Spremberg

contact-tenant-advisor = Консультації для орендарів
    .note = По вівторках у Spremberg, по четвергах після обіду також у Guben.

contact-steering-group = Офіс керівної групи з питань інтеграції
    .note = Внутрішній контакт для членів керівної групи.
