### machine-translated
### Municipalities, organizations, locations and contacts (Arabic).
### Demo data: phone numbers, e-mail addresses and websites are invented.

## Municipalities (the official names are in base.toml)

municipality-forst =
    .description = عاصمة المقاطعة على نهر Neiße، وفيها مقر إدارة المقاطعة، وتقع مباشرة على الحدود مع بولندا.

municipality-guben =
    .description = مدينة حدودية على نهر Neiße؛ وعلى الضفة الأخرى من النهر تقع المدينة البولندية المجاورة Gubin.

municipality-spremberg =
    .description = مدينة على نهر Spree في جنوب المقاطعة، ومركز رئيسي للقرى المحيطة بها.

## Organizations: public authorities and public bodies

organization-district-office = Landkreis Spree-Neiße, Kreisverwaltung (إدارة مقاطعة Spree-Neiße)
    .description = إدارة المقاطعة في Forst (Lausitz)، وهي مسؤولة عن المهام في المقاطعة كلها.

organization-immigration-office = Ausländerbehörde des Landkreises Spree-Neiße (دائرة الأجانب في مقاطعة Spree-Neiße)
    .description = هنا تُعالَج أمور الإقامة وتصاريح الإقامة وتمديدها وجوازات السفر.

organization-jobcenter = Jobcenter Spree-Neiße (Jobcenter – مركز التوظيف)
    .description = الـ Jobcenter البلدي التابع للمقاطعة يدفع المال اللازم للمعيشة (الضمان الأساسي) ويساعد في البحث عن عمل وتدريب مهني.

organization-employment-agency = Agentur für Arbeit Cottbus (وكالة العمل في Cottbus)
    .description = التوجيه المهني والتوسط في إيجاد العمل، مع مكاتب فرعية في Forst وGuben وSpremberg.

organization-social-office = Sozialamt des Landkreises Spree-Neiße (دائرة الشؤون الاجتماعية في المقاطعة)
    .description = مسؤولة عن المساعدات وفق قانون مساعدات طالبي اللجوء (AsylbLG) وعن إسكان اللاجئين.

organization-health-office = Gesundheitsamt des Landkreises Spree-Neiße (دائرة الصحة في المقاطعة)
    .description = تقدم الاستشارة حول الصحة والتطعيمات والفحوصات، وتحمي من الأمراض المعدية.

organization-youth-office = Jugendamt des Landkreises Spree-Neiße (دائرة رعاية الشباب في المقاطعة)
    .description = تساعد الأطفال واليافعين والعائلات، مثلًا في الحصول على مكان في الحضانة وفي أمور التربية.

organization-school-office = Staatliches Schulamt Cottbus (الدائرة الحكومية للمدارس في Cottbus)
    .description = جهة الإشراف المدرسي التابعة للولاية في المنطقة؛ وهي تساعد الأطفال القادمين الجدد في إيجاد المدرسة المناسبة.

organization-vhs = Volkshochschule Spree-Neiße (الجامعة الشعبية – VHS)
    .description = الجامعة الشعبية في المقاطعة (VHS) تقدم دورات الاندماج ودورات اللغة المهنية ودورات أخرى للبالغين.

organization-raa-cottbus = RAA Cottbus (Regionale Arbeitsstelle für Bildung, Integration und Demokratie Brandenburg e.V.) (المكتب الإقليمي للتعليم والاندماج والديمقراطية)
    .description = تقدم الاستشارة للمدارس والبلديات والمبادرات حول الاندماج والديمقراطية، وقد رافقت إعداد مفهوم الاندماج في المقاطعة.

organization-town-forst = Stadt Forst (Lausitz) (مدينة Forst)
    .description = إدارة مدينة Forst مع مكتب خدمة المواطنين (Bürgerbüro) لتسجيل السكن وتغييره.

organization-town-guben = Stadt Guben (مدينة Guben)
    .description = إدارة مدينة Guben مع مكتب خدمة المواطنين (Bürgerbüro) لتسجيل السكن وتغييره.

organization-town-spremberg = Stadt Spremberg (مدينة Spremberg)
    .description = إدارة مدينة Spremberg مع مكتب خدمة المواطنين (Bürgerbüro) لتسجيل السكن وتغييره.

organization-amt-peitz-office = Amt Peitz, Amtsverwaltung (إدارة اتحاد بلديات Peitz)
    .description = الإدارة المشتركة لمدينة Peitz والبلديات السبع في اتحاد بلديات Peitz.

organization-amt-doebern-land-office = Amt Döbern-Land, Amtsverwaltung (إدارة اتحاد بلديات Döbern-Land)
    .description = الإدارة المشتركة لمدينة Döbern والبلديات الست في اتحاد بلديات Döbern-Land.

organization-amt-burg-office = Amt Burg (Spreewald), Amtsverwaltung (إدارة اتحاد بلديات Burg)
    .description = الإدارة المشتركة للبلديات الست في اتحاد بلديات Burg (Spreewald).

## Organizations: counselling, education and health (invented demo providers)

organization-welfare-lausitz = Wohlfahrtsverband Lausitz (Demo) (جمعية الرعاية الاجتماعية)
    .description = جمعية رعاية اجتماعية تقدم استشارة الهجرة للبالغين في Forst وGuben وSpremberg.

organization-youth-migration-lausitz = Jugendmigrationsdienst Lausitz (Demo) (خدمة هجرة الشباب – JMD)
    .description = تقدم الاستشارة للشباب القادمين الجدد من عمر 12 إلى 27 عامًا حول المدرسة والتدريب المهني والعمل والحياة اليومية.

organization-language-school-lausitz = Sprachschule Lausitz (Demo) (مدرسة لغات)
    .description = مدرسة لغات تقدم دورات الاندماج ودورات اللغة المهنية في Spremberg وPeitz وGuben.

organization-asylum-counselling-lausitz = Asylverfahrensberatung Lausitz (Demo) (استشارة إجراءات اللجوء)
    .description = استشارة مستقلة ومجانية حول إجراءات اللجوء والمقابلة (جلسة الاستماع) والقرارات الرسمية.

organization-recognition-counselling = Anerkennungsberatung Brandenburg Süd (Demo) (استشارة الاعتراف بالشهادات)
    .description = تساعد في الاعتراف في ألمانيا بالشهادات المدرسية والمهنية والجامعية الأجنبية.

organization-interpreter-pool = Sprachmittlerpool Spree-Neiße (Demo) (مجموعة الوسطاء اللغويين)
    .description = توفر وسيطات ووسطاء لغويين مدرَّبين للمواعيد في الدوائر الرسمية وعند الأطباء وفي المدارس.

organization-psychosocial-centre = Psychosoziales Zentrum für Geflüchtete Lausitz (Demo) (المركز النفسي الاجتماعي للاجئين)
    .description = استشارة وعلاج نفسي للاجئين الذين يعانون من تجارب صعبة.

organization-family-centre-guben = Frauen- und Familienzentrum Guben (Demo) (مركز النساء والأسرة)
    .description = مكان لقاء مفتوح مع استشارة للنساء والحوامل والعائلات من جميع أنحاء العالم.

organization-anti-discrimination-lausitz = Antidiskriminierungsberatung Lausitz (Demo) (استشارة مكافحة التمييز)
    .description = تساعد الأشخاص الذين يُعامَلون بشكل غير عادل بسبب أصلهم أو دينهم أو لغتهم أو لون بشرتهم.

organization-mediation-lausitz = Mediation und Konfliktberatung Lausitz (Demo) (الوساطة واستشارة النزاعات)
    .description = تساعد في الخلافات بين الجيران وفي أماكن السكن وفي المدارس، بحياد وسرية.

organization-chamber-crafts = Handwerkskammer-Beratung für Zugewanderte (Demo) (استشارة غرفة الحِرَف للقادمين الجدد)
    .description = تقدم الاستشارة للقادمين الجدد حول التدريب المهني والتدريب العملي والعمل في مجال الحِرَف.

## Organizations: volunteering, leisure, housing and networks (invented demo providers)

organization-volunteer-agency = Freiwilligenagentur Spree-Neiße (Demo) (وكالة التطوع)
    .description = تربط الأشخاص الذين يريدون التطوع بالجمعيات والمشاريع.

organization-sports-federation = Kreissportbund Spree-Neiße (Demo) (الاتحاد الرياضي في المقاطعة)
    .description = الاتحاد الجامع للنوادي الرياضية في المقاطعة، ويقدم أنشطة للاندماج عبر الرياضة.

organization-interfaith-lausitz = Interreligiöser Gesprächskreis Lausitz (Demo) (حلقة الحوار بين الأديان)
    .description = يلتقي هنا أتباع أديان مختلفة وأشخاص بلا دين للحوار.

organization-housing-forst = Wohnungsgesellschaft Forst (Demo) (شركة إسكان)
    .description = تؤجّر شققًا في Forst وتقدم الاستشارة في البحث عن مسكن.

organization-tenant-advice-lausitz = Mieterberatung Lausitz (Demo) (استشارة المستأجرين)
    .description = تقدم الاستشارة للمستأجرات والمستأجرين حول عقد الإيجار والتكاليف الإضافية والمشكلات في المسكن.

organization-network-forst = Netzwerk Willkommen in Forst (Demo) (شبكة الترحيب في Forst)
    .description = متطوعون ومختصون في Forst يرافقون القادمين الجدد في بداية حياتهم هنا.

organization-network-guben = Netzwerk Integration Guben (Demo) (شبكة الاندماج في Guben)
    .description = تجمّع من الجمعيات والمتطوعين والمؤسسات من أجل عيش مشترك جيد في Guben.

organization-network-spremberg = Netzwerk Ankommen in Spremberg (Demo) (شبكة الوصول في Spremberg)
    .description = متطوعون في Spremberg والمناطق المحيطة بها يقدمون المرافقة التطوعية ولقاءات ومساعدة عملية.

organization-network-doebern = Netzwerk Willkommen im Amt Döbern-Land (Demo) (شبكة الترحيب في Döbern-Land)
    .description = شبكة للقادمين الجدد في Döbern وقرى اتحاد البلديات، مع دورة لغة ومرافقة.

organization-network-welzow = Netzwerk Welzow hilft (Demo) (شبكة Welzow تساعد)
    .description = متطوعون في Welzow يقدمون مقهى اللغة وملتقى الشباب والمساعدة في الحياة اليومية.

organization-network-kolkwitz = Netzwerk Kolkwitz miteinander (Demo) (شبكة Kolkwitz معًا)
    .description = شبكة في بلدية Kolkwitz تجمع بين الجيران والقادمين الجدد.

organization-sorbian-culture-peitz = Sorbischer Kulturverein Picnjo (Demo) (الجمعية الثقافية الصوربية)
    .description = جمعية تحافظ على حيوية اللغة والعادات والاحتفالات الصوربية والفندية في Peitz.

organization-library-spremberg = Stadtbibliothek Spremberg (Demo) (مكتبة مدينة Spremberg)
    .description = تُعير المكتبة الكتب والوسائط بلغات كثيرة وتقدم المساعدة في التعلم.

## Locations (seats of the organizations and places of the contacts)

location-org-district-office-forst = Kreisverwaltung Forst (مبنى إدارة المقاطعة في Forst)
    .directions = المدخل الرئيسي في شارع Heinrich-Heine-Straße، والاستقبال في الطابق الأرضي. مواقف السيارات خلف المبنى.

location-org-immigration-office-forst = Ausländerbehörde in der Kreisverwaltung Forst (دائرة الأجانب في مبنى إدارة المقاطعة)
    .directions = المبنى B، الطابق الأرضي. يرجى سحب رقم انتظار من الجهاز.

location-org-social-office-forst = Sozialamt in der Kreisverwaltung Forst (دائرة الشؤون الاجتماعية في مبنى إدارة المقاطعة)
    .directions = المبنى C، الطابق الأول، يوجد مصعد.

location-org-youth-office-forst = Jugendamt in der Kreisverwaltung Forst (دائرة رعاية الشباب في مبنى إدارة المقاطعة)
    .directions = المبنى A، الطابق الثاني، يوجد مصعد.

location-org-school-office-forst = Sprechstunde des Schulamts in der Kreisverwaltung Forst (وقت استقبال دائرة المدارس في مبنى إدارة المقاطعة)
    .directions = المبنى A، الطابق الأرضي، الغرفة 0.12.

location-org-health-office-forst = Gesundheitsamt Forst (دائرة الصحة في Forst)
    .directions = المدخل من جهة الفناء، والتسجيل في الطابق الأرضي.

location-org-jobcenter-forst = Jobcenter Forst (مركز التوظيف في Forst)

location-org-employment-agency-forst = Agentur für Arbeit, Geschäftsstelle Forst (وكالة العمل، مكتب Forst)
    .directions = خمس دقائق مشيًا من محطة القطار في Forst.

location-org-vhs-forst = Volkshochschule Forst (الجامعة الشعبية في Forst)

location-org-welfare-lausitz-forst = Beratungsstelle Forst (مركز الاستشارة في Forst)

location-org-asylum-counselling-lausitz-forst = Asylverfahrensberatung Forst (استشارة إجراءات اللجوء في Forst)
    .directions = مبنى قديم فيه ثلاث درجات عند المدخل. يرجى قرع الجرس، ويسعدنا أن نساعدكم.

location-org-interpreter-pool-forst = Büro Sprachmittlerpool Forst (مكتب مجموعة الوسطاء اللغويين في Forst)

location-org-anti-discrimination-lausitz-forst = Antidiskriminierungsberatung Forst (استشارة مكافحة التمييز في Forst)

location-org-volunteer-agency-forst = Freiwilligenagentur Forst (وكالة التطوع في Forst)

location-org-sports-federation-forst = Geschäftsstelle Kreissportbund Forst (مكتب الاتحاد الرياضي في Forst)
    .directions = في المبنى المجاور للملعب الرياضي.

location-org-interfaith-lausitz-forst = Gesprächsraum Forst (قاعة الحوار في Forst)

location-org-housing-forst = Kundenbüro Wohnungsgesellschaft Forst (مكتب خدمة العملاء لشركة الإسكان في Forst)

location-org-network-forst = Treffpunkt Willkommen in Forst (مكان لقاء شبكة الترحيب في Forst)
    .directions = في مبنى الرعية (Gemeindehaus)، الطابق الأول، لا يوجد مصعد.

location-org-town-forst = Rathaus Forst (مبنى البلدية في Forst)

location-org-immigration-office-guben = Außensprechstunde der Ausländerbehörde in Guben (وقت الاستقبال الخارجي لدائرة الأجانب في Guben)
    .directions = في دار المواطنين (Bürgerhaus)، الطابق الأول، الغرفة 104، يوجد مصعد.

location-org-jobcenter-guben = Jobcenter Guben (مركز التوظيف في Guben)

location-org-welfare-lausitz-guben = Beratungsstelle Guben (مركز الاستشارة في Guben)

location-org-psychosocial-centre-guben = Psychosoziales Zentrum Guben (المركز النفسي الاجتماعي في Guben)
    .directions = المدخل من الفناء، الطابق الثاني، يوجد مصعد.

location-org-family-centre-guben = Frauen- und Familienzentrum Guben (مركز النساء والأسرة في Guben)

location-org-mediation-lausitz-guben = Büro Konfliktberatung Guben (مكتب استشارة النزاعات في Guben)

location-org-network-guben = Treffpunkt Integration Guben (مكان لقاء شبكة الاندماج في Guben)

location-org-chamber-crafts-guben = Beratungsbüro Handwerk Guben (مكتب استشارة الحِرَف في Guben)

location-org-town-guben = Rathaus Guben (مبنى البلدية في Guben)

location-org-jobcenter-spremberg = Jobcenter Spremberg (مركز التوظيف في Spremberg)

location-org-welfare-lausitz-spremberg = Beratungsstelle Spremberg (مركز الاستشارة في Spremberg)

location-org-youth-migration-lausitz-spremberg = Jugendmigrationsdienst Spremberg (خدمة هجرة الشباب في Spremberg)
    .directions = مقابل محطة القطار في Spremberg.

location-org-language-school-lausitz-spremberg = Sprachschule Spremberg (مدرسة اللغات في Spremberg)

location-org-recognition-counselling-spremberg = Anerkennungsberatung Spremberg (استشارة الاعتراف بالشهادات في Spremberg)

location-org-tenant-advice-lausitz-spremberg = Mieterberatung Spremberg (استشارة المستأجرين في Spremberg)
    .directions = مبنى قديم، الطابق الأول، لا يوجد مصعد. يمكن ترتيب مواعيد في الطابق الأرضي بعد الاتفاق المسبق.

location-org-network-spremberg = Treffpunkt Ankommen Spremberg (مكان لقاء شبكة الوصول في Spremberg)
    .directions = في مبنى الرعية بجانب الكنيسة، وعند المدخل درجتان.

location-org-library-spremberg = Stadtbibliothek Spremberg (مكتبة مدينة Spremberg)

location-org-town-spremberg = Rathaus Spremberg (مبنى البلدية في Spremberg)

location-org-amt-peitz = Amtsverwaltung Peitz (إدارة اتحاد بلديات Peitz)

location-org-sorbian-culture-peitz = Sorbisches Kulturhaus Peitz (البيت الثقافي الصوربي في Peitz)
    .directions = عند الساحة الرئيسية (Markt)، والمدخل من الفناء.

location-org-amt-doebern-land = Amtsverwaltung Döbern (إدارة اتحاد بلديات Döbern-Land)

location-org-network-doebern = Treffpunkt Willkommen Döbern (مكان لقاء شبكة الترحيب في Döbern)

location-org-amt-burg = Amtsverwaltung Burg (Spreewald) (إدارة اتحاد بلديات Burg)

location-org-network-welzow = Treffpunkt Welzow hilft (مكان لقاء شبكة „Welzow تساعد“)

location-org-network-kolkwitz = Treffpunkt Kolkwitz miteinander (مكان لقاء شبكة „Kolkwitz معًا“)

location-org-raa-cottbus = RAA-Büro in Cottbus (مكتب RAA في Cottbus)
    .directions = في مدينة Cottbus (خارج المقاطعة)، وتوجد محطة ترام قريبة.

## Contacts (roles, not names)

contact-integration-commissioner = مفوضة الاندماج في المقاطعة (Integrationsbeauftragte)
    .note = أول جهة تتوجهون إليها في جميع أسئلة الاندماج في المقاطعة. وهي توجّهكم أيضًا إلى الجهة المناسبة.

contact-immigration-desk-forst = مكتب خدمة دائرة الأجانب في Forst
    .note = يرجى إحضار جواز السفر وجميع الرسائل التي وصلتكم من الدائرة.

contact-immigration-desk-guben = وقت استقبال دائرة الأجانب في Guben
    .note = بموعد فقط. يرجى الاتصال هاتفيًا أو إرسال بريد إلكتروني مسبقًا.

contact-jobcenter-migration-team = فريق الهجرة والاندماج في الـ Jobcenter
    .note = للأسئلة حول دورات اللغة والاعتراف بالشهادات والطريق إلى العمل.

contact-jobcenter-forst-desk = منطقة الاستقبال في Jobcenter Forst

contact-jobcenter-guben-desk = منطقة الاستقبال في Jobcenter Guben

contact-jobcenter-spremberg-desk = منطقة الاستقبال في Jobcenter Spremberg

contact-employment-agency-welcome = استشارة القادمين الجدد في وكالة العمل (Agentur für Arbeit)
    .note = استشارة حول المهنة والتدريب المهني والعمل في ألمانيا، حتى إن كنتم لا تحصلون على مال من الـ Jobcenter.

contact-social-office-accommodation = قسم الإسكان والعمل الاجتماعي للمهاجرين

contact-health-office-migrant-health = قسم صحة القادمين الجدد

contact-youth-office-integration = الموظف المختص بالاندماج في دائرة رعاية الشباب

contact-school-office-newcomers = استشارة الطلاب الوافدين الجدد (Seiteneinsteiger)
    .note = مقر دائرة المدارس في Cottbus. وفي أيام الأربعاء يوجد وقت استقبال في مبنى إدارة المقاطعة في Forst.

contact-vhs-course-advice = استشارة دورات الاندماج
    .note = هنا يمكنكم إجراء اختبار تحديد المستوى والتسجيل في دورة.

contact-raa-integration-advice = استشارة الاندماج والديمقراطية

contact-mbe-counsellor-forst = استشارة الهجرة في Forst

contact-mbe-counsellor-guben = استشارة الهجرة في Guben

contact-mbe-counsellor-spremberg = استشارة الهجرة في Spremberg

contact-jmd-counsellor = استشارة خدمة هجرة الشباب (JMD)
    .note = الاستشارة ممكنة أيضًا في Forst وGuben بعد الاتفاق المسبق.

contact-language-school-office = التسجيل في دورات اللغة

contact-asylum-counsellor = استشارة إجراءات اللجوء
    .note = الاستشارة سرية ومستقلة عن الدوائر الرسمية.

contact-recognition-counsellor = استشارة الاعتراف بالشهادات
    .note = يرجى إحضار الشهادات والوثائق، مع ترجمتها إن أمكن.

contact-interpreter-coordination = تنسيق الوساطة اللغوية
    .note = يرجى طلب مواعيد الوساطة اللغوية قبل ثلاثة أيام على الأقل.

contact-psychosocial-intake = المقابلة الأولى في المركز النفسي الاجتماعي

contact-family-centre-team = فريق مركز النساء والأسرة

contact-anti-discrimination-counsellor = استشارة مكافحة التمييز
    .note = الاستشارة سرية، ويمكن أن تكون دون ذكر الاسم عند الرغبة.

contact-mediation-team = استشارة النزاعات والوساطة
    .note = لا توجد أوقات استقبال ثابتة. يرجى تحديد موعد عبر الهاتف أو البريد الإلكتروني.

contact-volunteer-coordination = تنسيق العمل التطوعي

contact-sports-integration = الشخص المسؤول عن الاندماج عبر الرياضة

contact-network-forst-coordination = تنسيق شبكة Forst

contact-network-guben-coordination = تنسيق شبكة Guben

contact-network-spremberg-coordination = تنسيق شبكة Spremberg

contact-tenant-advisor = استشارة المستأجرين
    .note = أيام الثلاثاء في Spremberg، وأيام الخميس بعد الظهر في Guben أيضًا.

contact-steering-group = المكتب التنفيذي لمجموعة توجيه الاندماج
    .note = جهة اتصال داخلية لأعضاء مجموعة التوجيه.
