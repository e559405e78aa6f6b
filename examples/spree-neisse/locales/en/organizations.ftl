### machine-translated
### Municipalities, organisations, places and contacts (English text).
### Demo data: phone numbers, email addresses and websites are made up.

## Municipalities (the official names are in base.toml)

municipality-forst =
    .description = District town on the Neisse river, home of the district administration, right on the border with Poland.

municipality-guben =
    .description = Border town on the Neisse river; on the other side of the river lies the neighbouring Polish town of Gubin.

municipality-spremberg =
    .description = Town on the Spree river in the south of the district and the local centre for the surrounding villages.

## Organisations: public authorities and public bodies

organization-district-office = Landkreis Spree-Neiße, Kreisverwaltung (District administration)
    .description = The administration of the district in Forst (Lausitz), responsible for tasks across the whole district.

organization-immigration-office = Ausländerbehörde des Landkreises Spree-Neiße (Immigration Office)
    .description = This office deals with residence, residence permits, extensions and passports.

organization-jobcenter = Jobcenter Spree-Neiße
    .description = The district's municipal Jobcenter pays money to live on (basic income support) and helps you look for work and vocational training.

organization-employment-agency = Agentur für Arbeit Cottbus (Employment Agency)
    .description = Careers advice and job placement, with local offices in Forst, Guben and Spremberg.

organization-social-office = Sozialamt des Landkreises Spree-Neiße (Social Welfare Office)
    .description = Responsible for benefits under the Asylum Seekers' Benefits Act (AsylbLG) and for housing refugees.

organization-health-office = Gesundheitsamt des Landkreises Spree-Neiße (Public Health Office)
    .description = Gives advice on health, vaccinations and medical check-ups and protects against infectious diseases.

organization-youth-office = Jugendamt des Landkreises Spree-Neiße (Youth Welfare Office)
    .description = Helps children, young people and families, for example with day-care (Kita) places and with parenting.

organization-school-office = Staatliches Schulamt Cottbus (State Education Authority)
    .description = The state's school supervisory authority for the region; it helps children who have moved here to find the right school.

organization-vhs = Volkshochschule Spree-Neiße (Adult Education Centre, VHS)
    .description = The district adult education centre offers integration courses, job-related German courses and other courses for adults.

organization-raa-cottbus = RAA Cottbus (Regionale Arbeitsstelle für Bildung, Integration und Demokratie Brandenburg e.V.)
    .description = Advises schools, municipalities and initiatives on integration and democracy, and helped to develop the district's integration concept.

organization-town-forst = Stadt Forst (Lausitz) (Town of Forst)
    .description = The town administration of Forst, with the citizens' office (Bürgerbüro) for registering your address or a change of address.

organization-town-guben = Stadt Guben (Town of Guben)
    .description = The town administration of Guben, with the citizens' office (Bürgerbüro) for registering your address or a change of address.

organization-town-spremberg = Stadt Spremberg (Town of Spremberg)
    .description = The town administration of Spremberg, with the citizens' office (Bürgerbüro) for registering your address or a change of address.

organization-amt-peitz-office = Amt Peitz, Amtsverwaltung (Peitz administrative office)
    .description = The joint administration of the town of Peitz and the seven municipalities in the Amt Peitz.

organization-amt-doebern-land-office = Amt Döbern-Land, Amtsverwaltung (Döbern-Land administrative office)
    .description = The joint administration of the town of Döbern and the six municipalities in the Amt Döbern-Land.

organization-amt-burg-office = Amt Burg (Spreewald), Amtsverwaltung (Burg administrative office)
    .description = The joint administration of the six municipalities in the Amt Burg (Spreewald).

## Organisations: advice, education and health (made-up demo providers)

organization-welfare-lausitz = Wohlfahrtsverband Lausitz (Demo) (Lausitz welfare association)
    .description = A welfare association with migration advice for adults in Forst, Guben and Spremberg.

organization-youth-migration-lausitz = Jugendmigrationsdienst Lausitz (Demo) (Youth Migration Service, JMD)
    .description = Advises young newcomers aged 12 to 27 on school, vocational training, work and everyday life.

organization-language-school-lausitz = Sprachschule Lausitz (Demo) (Lausitz language school)
    .description = A language school with integration courses and job-related German courses in Spremberg, Peitz and Guben.

organization-asylum-counselling-lausitz = Asylverfahrensberatung Lausitz (Demo) (asylum procedure advice)
    .description = Independent advice, free of charge, on the asylum procedure, the interview (Anhörung) and official decisions.

organization-recognition-counselling = Anerkennungsberatung Brandenburg Süd (Demo) (advice on recognition of qualifications)
    .description = Helps you get school certificates, vocational qualifications and university degrees from abroad recognised in Germany.

organization-interpreter-pool = Sprachmittlerpool Spree-Neiße (Demo) (community interpreter pool)
    .description = Arranges trained community interpreters for appointments with public authorities, doctors and schools.

organization-psychosocial-centre = Psychosoziales Zentrum für Geflüchtete Lausitz (Demo) (Psychosocial Centre for Refugees)
    .description = Counselling and therapy for refugees who are suffering from traumatic experiences.

organization-family-centre-guben = Frauen- und Familienzentrum Guben (Demo) (Women's and Family Centre)
    .description = An open meeting place with advice for women, pregnant women and families from all over the world.

organization-anti-discrimination-lausitz = Antidiskriminierungsberatung Lausitz (Demo) (anti-discrimination advice)
    .description = Helps people who are treated unfairly because of their origin, religion, language or skin colour.

organization-mediation-lausitz = Mediation und Konfliktberatung Lausitz (Demo) (mediation and conflict advice)
    .description = Helps with disputes in the neighbourhood, in accommodation centres and in schools – neutrally and confidentially.

organization-chamber-crafts = Handwerkskammer-Beratung für Zugewanderte (Demo) (Chamber of Crafts advice for newcomers)
    .description = Advises newcomers on vocational training, internships and work in the skilled trades.

## Organisations: volunteering, leisure, housing and networks (made-up demo providers)

organization-volunteer-agency = Freiwilligenagentur Spree-Neiße (Demo) (Volunteer Agency)
    .description = Brings people who want to volunteer together with clubs and projects.

organization-sports-federation = Kreissportbund Spree-Neiße (Demo) (District Sports Federation)
    .description = The umbrella organisation of the sports clubs in the district, with activities for integration through sport.

organization-interfaith-lausitz = Interreligiöser Gesprächskreis Lausitz (Demo) (interfaith discussion group)
    .description = People of different religions and people with no religion meet here to talk.

organization-housing-forst = Wohnungsgesellschaft Forst (Demo) (Forst housing company)
    .description = Rents out flats in Forst and gives advice when you are looking for a flat.

organization-tenant-advice-lausitz = Mieterberatung Lausitz (Demo) (tenant advice)
    .description = Advises tenants on tenancy agreements, service charges and problems with their flat.

organization-network-forst = Netzwerk Willkommen in Forst (Demo) (Welcome to Forst network)
    .description = Volunteers and professionals in Forst who support newcomers as they settle in.

organization-network-guben = Netzwerk Integration Guben (Demo) (Guben integration network)
    .description = An alliance of clubs, volunteers and institutions working for good community relations in Guben.

organization-network-spremberg = Netzwerk Ankommen in Spremberg (Demo) (Arriving in Spremberg network)
    .description = Volunteers in and around Spremberg who offer mentoring, meeting places and practical help.

organization-network-doebern = Netzwerk Willkommen im Amt Döbern-Land (Demo) (Welcome network Döbern-Land)
    .description = A network for newcomers in Döbern and the villages of the Amt, with a language course and personal support.

organization-network-welzow = Netzwerk Welzow hilft (Demo) (Welzow helps network)
    .description = Volunteers in Welzow with a language café, a youth club and help with everyday life.

organization-network-kolkwitz = Netzwerk Kolkwitz miteinander (Demo) (Kolkwitz together network)
    .description = A network in the municipality of Kolkwitz that brings neighbours and newcomers together.

organization-sorbian-culture-peitz = Sorbischer Kulturverein Picnjo (Demo) (Sorbian cultural association)
    .description = An association that keeps the Sorbian and Wendish language, customs and festivals alive in Peitz.

organization-library-spremberg = Stadtbibliothek Spremberg (Demo) (Spremberg town library)
    .description = The library lends books and media in many languages and offers help with learning.

## Places (where the organisations are based and where contacts can be found)

location-org-district-office-forst = District administration (Kreisverwaltung) Forst
    .directions = Main entrance on Heinrich-Heine-Straße, reception on the ground floor. Parking behind the building.

location-org-immigration-office-forst = Immigration Office (Ausländerbehörde) in the district administration, Forst
    .directions = Building B, ground floor. Please take a waiting number from the machine.

location-org-social-office-forst = Social Welfare Office (Sozialamt) in the district administration, Forst
    .directions = Building C, 1st floor, with lift.

location-org-youth-office-forst = Youth Welfare Office (Jugendamt) in the district administration, Forst
    .directions = Building A, 2nd floor, with lift.

location-org-school-office-forst = State Education Authority consultation hours in the district administration, Forst
    .directions = Building A, ground floor, room 0.12.

location-org-health-office-forst = Public Health Office (Gesundheitsamt) Forst
    .directions = Entrance on the courtyard side, reception on the ground floor.

location-org-jobcenter-forst = Jobcenter Forst

location-org-employment-agency-forst = Employment Agency (Agentur für Arbeit), Forst office
    .directions = Five minutes' walk from Forst railway station.

location-org-vhs-forst = Adult Education Centre (Volkshochschule) Forst

location-org-welfare-lausitz-forst = Advice centre Forst

location-org-asylum-counselling-lausitz-forst = Asylum procedure advice Forst
    .directions = Old building with three steps at the entrance. Please ring the bell – we are happy to help.

location-org-interpreter-pool-forst = Community interpreter pool office, Forst

location-org-anti-discrimination-lausitz-forst = Anti-discrimination advice Forst

location-org-volunteer-agency-forst = Volunteer Agency Forst

location-org-sports-federation-forst = District Sports Federation office, Forst
    .directions = In the building next to the sports ground.

location-org-interfaith-lausitz-forst = Discussion room Forst

location-org-housing-forst = Customer office of the Forst housing company

location-org-network-forst = Welcome to Forst meeting point
    .directions = In the parish hall, 1st floor, no lift.

location-org-town-forst = Forst Town Hall (Rathaus)

location-org-immigration-office-guben = Immigration Office outreach consultation hours in Guben
    .directions = In the community centre (Bürgerhaus), 1st floor, room 104, with lift.

location-org-jobcenter-guben = Jobcenter Guben

location-org-welfare-lausitz-guben = Advice centre Guben

location-org-psychosocial-centre-guben = Psychosocial Centre Guben
    .directions = Entrance in the courtyard, 2nd floor, with lift.

location-org-family-centre-guben = Women's and Family Centre Guben

location-org-mediation-lausitz-guben = Conflict advice office Guben

location-org-network-guben = Integration meeting point Guben

location-org-chamber-crafts-guben = Skilled trades advice office Guben

location-org-town-guben = Guben Town Hall (Rathaus)

location-org-jobcenter-spremberg = Jobcenter Spremberg

location-org-welfare-lausitz-spremberg = Advice centre Spremberg

location-org-youth-migration-lausitz-spremberg = Youth Migration Service (JMD) Spremberg
    .directions = Opposite Spremberg railway station.

location-org-language-school-lausitz-spremberg = Language school Spremberg

location-org-recognition-counselling-spremberg = Recognition advice Spremberg

location-org-tenant-advice-lausitz-spremberg = Tenant advice Spremberg
    .directions = Old building, 1st floor, no lift. Appointments on the ground floor are possible by arrangement.

location-org-network-spremberg = Arriving in Spremberg meeting point
    .directions = In the parish hall next to the church, entrance with two steps.

location-org-library-spremberg = Spremberg town library (Stadtbibliothek)

location-org-town-spremberg = Spremberg Town Hall (Rathaus)

location-org-amt-peitz = Peitz administrative office (Amtsverwaltung)

location-org-sorbian-culture-peitz = Sorbian Cultural House Peitz
    .directions = On the market square, entrance through the courtyard.

location-org-amt-doebern-land = Döbern administrative office (Amtsverwaltung)

location-org-network-doebern = Welcome meeting point Döbern

location-org-amt-burg = Burg (Spreewald) administrative office (Amtsverwaltung)

location-org-network-welzow = Welzow helps meeting point

location-org-network-kolkwitz = Kolkwitz together meeting point

location-org-raa-cottbus = RAA office in Cottbus
    .directions = In the city of Cottbus (not in the district), with a tram stop nearby.

## Contacts (roles, not names)

contact-integration-commissioner = Integration Commissioner of the district
    .note = The first point of contact for all questions about integration in the district. She will also refer you to the right office.

contact-immigration-desk-forst = Immigration Office service desk in Forst
    .note = Please bring your passport and all letters from the authority.

contact-immigration-desk-guben = Immigration Office consultation hours in Guben
    .note = By appointment only. Please call or send an email beforehand.

contact-jobcenter-migration-team = Jobcenter Migration and Integration Team
    .note = For questions about language courses, recognition of qualifications and finding work.

contact-jobcenter-forst-desk = Reception area, Jobcenter Forst

contact-jobcenter-guben-desk = Reception area, Jobcenter Guben

contact-jobcenter-spremberg-desk = Reception area, Jobcenter Spremberg

contact-employment-agency-welcome = Employment Agency advice for newcomers
    .note = Advice on careers, vocational training and work in Germany, even if you do not receive money from the Jobcenter.

contact-social-office-accommodation = Accommodation and Migration Social Work section

contact-health-office-migrant-health = Migrant Health section

contact-youth-office-integration = Integration officer at the Youth Welfare Office

contact-school-office-newcomers = Advice for lateral entrants (pupils new to German schools)
    .note = The State Education Authority is based in Cottbus. On Wednesdays there are consultation hours at the district administration in Forst.

contact-vhs-course-advice = Integration course advice
    .note = Here you can take a placement test and register for a course.

contact-raa-integration-advice = Integration and democracy advice

contact-mbe-counsellor-forst = Migration advice Forst

contact-mbe-counsellor-guben = Migration advice Guben

contact-mbe-counsellor-spremberg = Migration advice Spremberg

contact-jmd-counsellor = Youth Migration Service advice
    .note = Advice also available in Forst and Guben by arrangement.

contact-language-school-office = Language course registration

contact-asylum-counsellor = Asylum procedure advice
    .note = The advice is confidential and independent of the authorities.

contact-recognition-counsellor = Recognition advice
    .note = Please bring your certificates and documents, with a translation if possible.

contact-interpreter-coordination = Community interpreting coordination
    .note = Please request appointments with a community interpreter at least three days in advance.

contact-psychosocial-intake = First appointment, Psychosocial Centre

contact-family-centre-team = Women's and Family Centre team

contact-anti-discrimination-counsellor = Anti-discrimination advice
    .note = The advice is confidential. It can also be anonymous if you wish.

contact-mediation-team = Conflict advice and mediation
    .note = No fixed consultation hours. Please make an appointment by phone or email.

contact-volunteer-coordination = Volunteering coordination

contact-sports-integration = Contact person for integration through sport

contact-network-forst-coordination = Forst network coordination

contact-network-guben-coordination = Guben network coordination

contact-network-spremberg-coordination = Spremberg network coordination

contact-tenant-advisor = Tenant advice
    .note = On Tuesdays in Spremberg, and on Thursday afternoons also in Guben.

contact-steering-group = Office of the Integration Steering Group
    .note = Internal contact for members of the steering group.
