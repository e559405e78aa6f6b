### machine-translated
# English texts: services and their locations (Spree-Neiße sample, demo data)

## Services: Education and language

service-integration-course-forst = Language and integration course in Forst
    .description = In the integration course you learn German up to level B1 and find out a lot about life in Germany. The course takes place in the mornings, five days a week, at the adult education centre (Volkshochschule) and ends with the "German Test for Immigrants" (Deutsch-Test für Zuwanderer) and the "Life in Germany" test (Leben in Deutschland).
    .eligibility = For adults who are entitled or obliged to attend an integration course, for example through the Immigration Office or the Jobcenter. EU citizens can also apply.
    .cost-note = Free of charge with a certificate of eligibility (Berechtigungsschein) or a fee exemption. If you pay yourself, you pay a contribution for each lesson; we can help you apply for an exemption.
    .appointment-note = Before the course you take a short placement test. Please bring your passport or residence card and your certificate of eligibility.
    .hours-note = Lessons Monday to Friday in the mornings. Registration and advice on Tuesday afternoons.
    .keywords = German course, language course, learn German, integration course, Integrationskurs, B1, BAMF, VHS

service-integration-course-guben = Evening integration course in Guben
    .description = German course with an orientation course for everyone who works or looks after children during the day. Lessons are on four evenings a week; the new course starts in March.
    .eligibility = Adults with a certificate of eligibility from the Federal Office for Migration and Refugees (BAMF), the Immigration Office or the Jobcenter.
    .cost-note = Free of charge with a certificate of eligibility or a fee exemption. You can apply to the Federal Office (BAMF) for travel costs.
    .appointment-note = Please register in advance. The placement test takes about 30 minutes.
    .hours-note = Lessons Monday to Thursday from 16:30 to 19:45. Course advice on Thursday afternoons.
    .keywords = German course, evening course, language course, learn German, integration course, Integrationskurs, B1, VHS

service-integration-course-spremberg = Integration course in Spremberg
    .description = Morning course run by the Sprachschule Lausitz in Spremberg town centre: German from A1 to B1, followed by the orientation course on politics, history and everyday life in Germany. The groups are small, with a maximum of 20 people.
    .eligibility = Adult newcomers who are entitled or obliged to attend an integration course. Skilled workers with a work visa are also welcome.
    .cost-note = Free of charge with a certificate of eligibility.
    .appointment-note = Register at the language school office, preferably on Wednesday afternoons. Please bring your ID and your certificate of eligibility.
    .accessibility-note = The classrooms are on the first floor; there is no lift.
    .keywords = German course, language course, learn German, integration course, Integrationskurs, Spremberg, A1, B1

service-integration-course-peitz = Language and integration course with childcare in Peitz
    .description = Morning integration course for mothers and fathers: while you learn German, a childcare worker looks after your children in the room next door. This way you can take part in the course even without a day-care (Kita) place.
    .eligibility = Parents who are entitled to an integration course and have children aged one year or older who do not yet have a day-care place.
    .cost-note = The course and the childcare are free of charge with a certificate of eligibility.
    .appointment-note = Childcare places are limited. Please register early and tell us how old your children are.
    .hours-note = Monday to Thursday from 8:30 to 12:30; the course runs from April 2026 to March 2027.
    .keywords = German course with childcare, parents' course, language course, learn German, integration course, Integrationskurs, Peitz

service-literacy-course-forst = Integration course with literacy training in Forst
    .description = For people who cannot read and write, or only a little, or who are still learning the Latin alphabet. You learn to read, write and speak slowly and with lots of practice, in small groups.
    .eligibility = Adults who are entitled to an integration course and are recommended for the literacy course in the placement test.
    .cost-note = Free of charge with a certificate of eligibility.
    .appointment-note = The course advisers will do a test with you, which can also be spoken. Please bring your ID and, if you have it, your certificate of eligibility.
    .hours-note = Lessons Monday to Friday from 9:00 to 12:15.
    .keywords = literacy course, learn to read, learn to write, German course, Alphakurs, language course, learn German

service-job-language-course-guben = Job-related German course in Guben
    .description = German for work at levels B1 to C1: you practise phone calls, emails, conversations with colleagues and technical vocabulary. There are daytime courses and evening courses for people who work.
    .eligibility = People with German at level B1 or higher who are looking for work, are working or are in vocational training. You get approval through the Jobcenter, the Employment Agency (Agentur für Arbeit) or the Federal Office (BAMF).
    .cost-note = Free of charge for jobseekers. If you work and earn well, you may pay a small contribution.
    .appointment-note = Please register in advance and bring your approval or official letter (Bescheid).
    .accessibility-note = The rooms are on the second floor; unfortunately there is no lift.
    .keywords = job-related German course, Berufssprachkurs, German for work, DeuFöV, language course, B2, work, German course

service-job-language-course-spremberg = Evening job-related German course in Spremberg
    .description = German course for work at the adult education centre (Volkshochschule) in Spremberg, on two evenings a week and on Saturday mornings. A good choice if you already work and want to improve your German for your job.
    .eligibility = People with a B1 certificate who are working, looking for work or want to have their vocational qualification recognised.
    .cost-note = Free of charge with approval from the Federal Office (BAMF), the Jobcenter or the Employment Agency.
    .hours-note = Tuesday and Thursday from 17:00 to 20:15, Saturday from 9:00 to 12:15; the course runs from September 2026 to June 2027.
    .keywords = job-related German course, Berufssprachkurs, evening course, German for work, language course, German course, Spremberg, B2

service-women-course-doebern = German course for women with childcare in Döbern
    .description = A language course just for women at the family meeting place (Familientreff) in Döbern. You learn German for everyday life, for example at the doctor's, when shopping and at day care (Kita); small children are looked after during this time.
    .eligibility = Women of all ages, even without entitlement to an integration course and without previous knowledge.
    .cost-note = Free of charge.
    .appointment-note = You are welcome to drop by and get to know us; if you need childcare, please let us know in advance.
    .hours-note = Tuesday and Thursday from 9:00 to 11:30, not during school holidays.
    .keywords = German course for women, women's course, childcare, learn German, language course, women, Döbern

service-language-cafe-forst = Language café in Forst
    .description = Every Wednesday, newcomers and people from Forst meet over coffee and tea to chat. Here you can practise German without pressure, get to know your neighbours and get tips for everyday life.
    .eligibility = Open to everyone, no matter how well you speak German.
    .cost-note = Free of charge; donations for coffee and cake are welcome.
    .appointment-note = Just drop by.
    .keywords = language café, practise German, speak German, meeting place, meet people, language course, Forst

service-language-cafe-welzow = Language café in Welzow
    .description = A relaxed conversation group on Monday afternoons: volunteers from Welzow speak German with you, play games and help you read letters.
    .eligibility = For everyone who wants to practise German or meet new people.
    .cost-note = Free of charge.
    .appointment-note = No registration needed.
    .keywords = language café, practise German, conversation group, meeting place, Welzow, learn German

service-homework-help-guben = Homework help in Guben
    .description = After school, volunteers help schoolchildren with their homework, reading and revising for tests. There is also help with learning German, and fruit as a snack.
    .eligibility = Pupils in years 1 to 10.
    .cost-note = Free of charge.
    .appointment-note = No registration needed. Please bring exercise books and homework.
    .hours-note = Monday to Thursday from 14:00 to 16:30, closed during the holidays.
    .keywords = homework help, tutoring, school, learning, children, homework, Guben
    .closure-summer-2027 = Summer holidays

service-homework-help-spremberg = Learning mentors and homework help at Spremberg town library
    .description = At Spremberg town library, children and young people study with their own regular learning mentor once or twice a week. If you would like to help yourself, you can become a learning mentor.
    .eligibility = Children and young people aged 6 to 16; learning mentors aged 16 and over.
    .cost-note = Free of charge, even without a library card.
    .appointment-note = Please register your child at the lending desk so that we can find a suitable learning mentor.
    .keywords = homework help, learning mentor, tutoring, school, library, Spremberg, volunteering

service-school-newcomer-advice = Advice on school for newly arrived children
    .description = The State Education Authority (Staatliches Schulamt) advises families whose children are new to Germany: which school is right, how to register and where to get extra German support. The advice covers the whole district and takes place at the district administration in Forst.
    .eligibility = Parents of newly arrived children and young people of compulsory school age, and young people up to 18 years old.
    .cost-note = Free of charge.
    .appointment-note = Please make an appointment in advance. If you have them, bring school reports from your home country and your registration certificate (Meldebescheinigung).
    .keywords = school, school registration, lateral entrants, compulsory schooling, children, German support, advice

service-daycare-advice = Advice on day-care places for families who have moved here
    .description = The Youth Welfare Office (Jugendamt) explains how day care (Kita) and childminding work in Germany and helps you apply for a day-care place and find a setting near you.
    .eligibility = Families with children up to school age who live in the district of Spree-Neiße.
    .cost-note = The advice is free of charge. Day-care fees depend on your income; if your income is low, you often pay nothing.
    .appointment-note = It is a good idea to make an appointment so that we have time for you. Please bring your child's birth certificate or passport and your registration certificate.
    .keywords = day care, Kita, nursery, kindergarten, childcare, childminder, Jugendamt, advice

## Services: Advice, public authorities, work

service-mbe-forst = Migration advice for adults (MBE) in Forst
    .description = Personal advice for newcomers aged 27 and over on residence, language courses, work, housing, family and letters from public authorities. Together with you, we make a plan for your next steps.
    .eligibility = Newcomers aged 27 and over with long-term residence, including EU citizens.
    .cost-note = Free of charge and confidential.
    .appointment-note = An appointment is better, but in urgent cases you can also come without one. Please bring your letters and documents.
    .accessibility-note = The advice centre is on the first floor, without a lift. On request we can advise you on the ground floor; please let us know in advance.
    .keywords = migration advice, MBE, advice, residence, authorities, letters, family reunification, work
    .closure-christmas-2026 = Christmas break, open again from Monday, 4 January 2027

service-mbe-guben = Migration advice for adults (MBE) in Guben
    .description = Advice and support for adult newcomers in Guben, also in Polish, Russian and Ukrainian. We help with applications, finding a course and work, and with questions about your family.
    .eligibility = Newcomers aged 27 and over, including EU citizens.
    .cost-note = Free of charge.
    .appointment-note = Appointments by phone or email; open consultation hours on Thursday mornings.
    .keywords = migration advice, MBE, advice, applications, residence, work, Guben

service-mbe-spremberg = Migration advice for adults (MBE) in Spremberg
    .description = The migration advice service in Spremberg helps you settle in Germany: with applications, letters, language courses, child benefit (Kindergeld) and looking for work. Advice is also available in Arabic, Persian and Ukrainian.
    .eligibility = Newcomers aged 27 and over.
    .cost-note = Free of charge.
    .appointment-note = Appointment recommended. Please bring all the letters and official decisions you have questions about.
    .keywords = migration advice, MBE, advice, applications, child benefit, Kindergeld, language course, Spremberg

service-jmd-forst = Youth Migration Service (JMD) in Forst
    .description = The Youth Migration Service (Jugendmigrationsdienst) supports young newcomers on their way into school, vocational training and work. We help with job applications, the recognition of certificates and personal problems.
    .eligibility = Young people aged 12 to 27 with a migration background.
    .cost-note = Free of charge.
    .appointment-note = You can simply call or send a message. Bring your certificates and CV if you want help with applications.
    .keywords = Youth Migration Service, JMD, apprenticeship, job application, school, young people, advice

service-jmd-guben = Youth Migration Service (JMD) in Guben
    .description = Advice day of the Youth Migration Service in Guben: advice on school, vocational training, university and language courses for young newcomers, also in Polish and Ukrainian.
    .eligibility = Young people aged 12 to 27.
    .cost-note = Free of charge.
    .hours-note = Wednesdays only. On other days, the team in Forst can advise you.
    .keywords = Youth Migration Service, JMD, apprenticeship, university, school, young people, Guben

service-jmd-spremberg = Youth Migration Service (JMD) in Spremberg
    .description = On Fridays, the Youth Migration Service advises young people in Spremberg, for example on school-leaving qualifications, job-related German courses or their first apprenticeship. Advice also in Arabic, Persian and Pashto.
    .eligibility = Young people aged 12 to 27, including young refugees.
    .cost-note = Free of charge.
    .hours-note = Fridays from 9:00 to 14:00.
    .keywords = Youth Migration Service, JMD, young people, apprenticeship, school-leaving certificate, advice, Spremberg

service-immigration-office-forst = Immigration Office in Forst: residence and residence permits
    .description = Here you apply for and extend your residence permit, report changes such as a new passport, and apply for family reunification or a settlement permit (Niederlassungserlaubnis). Responsible for the whole district of Spree-Neiße.
    .eligibility = All foreign nationals living in the district of Spree-Neiße.
    .cost-note = Fees are charged for many residence permits and certificates. If you receive benefits from the Jobcenter or the Social Welfare Office, there is often a reduction.
    .appointment-note = By appointment only. Apply for an extension at least eight weeks before your permit expires. Please bring your passport, a biometric photo and your residence card.
    .hours-note = On Tuesdays, consultation hours continue in the afternoon until 18:00.
    .keywords = Immigration Office, Ausländerbehörde, residence permit, visa, extension, settlement permit, family reunification

service-immigration-office-guben = Immigration Office consultation hours in Guben
    .description = Once a week, the Immigration Office is at Guben Town Hall. There you can hand in documents, collect residence cards and make simple applications without having to travel to Forst.
    .eligibility = People from Guben and the surrounding area, for example from Schenkendöbern.
    .cost-note = Fees are the same as at the Immigration Office in Forst.
    .appointment-note = By appointment only, through the Immigration Office service desk.
    .hours-note = Wednesdays from 9:00 to 15:00.
    .keywords = Immigration Office, Ausländerbehörde, residence permit, residence card, consultation hours, Guben, visa

service-jobcenter-forst = Jobcenter Forst
    .description = The Jobcenter pays citizen's income (Bürgergeld) and helps you find work, vocational training or a language course. A dedicated team looks after people who are new to Germany.
    .eligibility = People of working age living in the Forst area who receive or are applying for citizen's income, including recognised refugees.
    .cost-note = Free of charge.
    .appointment-note = For applications you can come to the reception area. For advice meetings you will be given an appointment. Please bring your ID, residence permit and tenancy agreement.
    .keywords = Jobcenter, Bürgergeld, citizen's income, work, job search, application, money, Forst

service-jobcenter-guben = Jobcenter Guben
    .description = The place to go in Guben for citizen's income (Bürgergeld), job placement and support. The Jobcenter also helps you find an integration course or a job-related German course.
    .eligibility = People living in Guben or Schenkendöbern who receive or are applying for citizen's income.
    .cost-note = Free of charge.
    .appointment-note = For applications, come to the reception area; for advice, make an appointment.
    .keywords = Jobcenter, Bürgergeld, citizen's income, work, job search, application, Guben

service-jobcenter-spremberg = Jobcenter Spremberg
    .description = The Jobcenter Spremberg is responsible for citizen's income (Bürgergeld) and job placement in Spremberg, Welzow and the surrounding area. Here you can also get the certificate of eligibility for a language course.
    .eligibility = People living in Spremberg, Welzow, Drebkau or Neuhausen/Spree who receive or are applying for citizen's income.
    .cost-note = Free of charge.
    .appointment-note = Reception area without an appointment, advice meetings by appointment.
    .hours-note = Open on Thursday afternoons until 18:00.
    .keywords = Jobcenter, Bürgergeld, citizen's income, work, job search, language course, Spremberg

service-employment-agency-advice = Careers advice and job placement for newcomers in Forst
    .description = The Employment Agency (Agentur für Arbeit) advises you on work, vocational training and further training in Germany and finds jobs in the region. Skilled workers from abroad get help starting their job.
    .eligibility = Newcomers who are looking for work or vocational training and do not receive citizen's income (Bürgergeld), for example EU citizens and skilled workers.
    .cost-note = Free of charge.
    .appointment-note = Please make an appointment. Bring your CV, certificates and, if you have it, your recognition decision.
    .keywords = work, job search, apprenticeship, careers advice, jobs, Agentur für Arbeit, skilled workers

service-recognition-advice = Advice on the recognition of foreign qualifications in Spremberg and Forst
    .description = Did you learn a trade or study abroad? Together with you, we check whether and where you can have your qualification recognised, which documents you need and who can cover the costs.
    .eligibility = People with a foreign vocational qualification or university degree, even if they still live abroad.
    .cost-note = The advice is free of charge. The recognition procedure itself costs fees, but there are often grants to cover them.
    .appointment-note = By appointment only. Please bring your certificates, diplomas and proof of work experience; copies are fine.
    .hours-note = Tuesdays in Spremberg, Thursdays in Forst.
    .accessibility-note = In Spremberg the advice room has step-free access; in Forst it can only be reached by stairs.
    .keywords = recognition of qualifications, Anerkennung, vocational qualification, certificates, diploma, skilled workers, advice

service-crafts-advice = Apprenticeships in the skilled trades: advice for newcomers in Guben
    .description = Advice on vocational training and work in the skilled trades, for example as an electrician, a carpenter or in a car repair workshop. We arrange internships at businesses in the region and help with your application.
    .eligibility = Young people and adults who want to train or work in the skilled trades, including refugees with a work permit.
    .cost-note = Free of charge.
    .appointment-note = Appointment recommended. Please bring your CV and certificates.
    .keywords = apprenticeship, Ausbildung, skilled trades, internship, job application, work, career

## Services: Asylum, accommodation, Social Welfare Office

service-asylum-counselling = Asylum procedure advice in Forst
    .description = Independent advice before and during your asylum procedure: we prepare you for the interview (Anhörung), explain official decisions and help if you want to challenge a rejection.
    .eligibility = Asylum seekers and refugees, at any stage of the procedure.
    .cost-note = Free of charge and confidential. The advice is independent of the authorities.
    .appointment-note = Please come as early as possible, and straight away if there is a deadline. Bring all letters from the Federal Office (BAMF) and from the court.
    .accessibility-note = Advice on the first floor without a lift; on the ground floor on request.
    .keywords = asylum, asylum procedure, asylum interview, decision, rejection, advice, refugees

service-accommodation-social-work-forst = Migration social work at the shared accommodation in Forst
    .description = The social workers at the accommodation help with questions about everyday life, letters, doctor's appointments, day care (Kita) and school. They also refer you to advice centres and language courses.
    .eligibility = Residents of the shared accommodation (Gemeinschaftsunterkunft) in Forst.
    .cost-note = Free of charge.
    .appointment-note = At the accommodation office, no appointment needed.
    .keywords = social work, accommodation, refugee shelter, refugees, help, letters, advice

service-accommodation-social-work-guben = Migration social work at the shared accommodation in Guben
    .description = Contact persons for all questions at the accommodation in Guben: registering for school and day care, appointments with public authorities, disputes in the building. Advice also in Tigrinya and Somali with language support.
    .eligibility = Residents of the shared accommodation (Gemeinschaftsunterkunft) in Guben.
    .cost-note = Free of charge.
    .appointment-note = No appointment needed, at the office on the ground floor.
    .hours-note = In the office on Monday, Wednesday and Thursday; available by phone on the other days.
    .keywords = social work, accommodation, refugee shelter, refugees, help, advice, Guben

service-asylum-benefits = Benefits under the Asylum Seekers' Benefits Act (AsylbLG)
    .description = The Social Welfare Office (Sozialamt) pays money for food, clothing and accommodation to asylum seekers and people with a "Duldung" (temporary suspension of deportation) and issues treatment vouchers (Behandlungsschein) for the doctor. This is also where you report changes, for example a birth or a move.
    .eligibility = Asylum seekers, people with a "Duldung" and other people entitled under the Asylum Seekers' Benefits Act in the district of Spree-Neiße.
    .cost-note = Free of charge.
    .appointment-note = Appointment recommended. Please bring your ID or your permission to reside (Aufenthaltsgestattung) and any new official decisions.
    .keywords = Social Welfare Office, Sozialamt, AsylbLG, money, benefits, medical certificate, treatment voucher, asylum

service-integration-commissioner-office = Consultation hours of the district's Integration Commissioner
    .description = The Integration Commissioner listens if you do not know what to do next, have problems with public authorities or have ideas for a project. She refers you to the right offices in the district.
    .eligibility = All people in the district of Spree-Neiße – newcomers as well as clubs, initiatives and volunteers.
    .cost-note = Free of charge.
    .appointment-note = Appointment recommended; this can also be by phone or video call.
    .keywords = Integration Commissioner, complaint, advice, district, help, projects

service-interpreter-service = Community interpreting for appointments with public authorities, doctors and schools
    .description = Trained community interpreters accompany you to important appointments throughout the district and interpret for you. Public authorities, doctors' surgeries, day-care centres and schools can request an interpreter directly.
    .eligibility = Newcomers in the district of Spree-Neiße and institutions that work with them.
    .cost-note = Free of charge for newcomers; at some institutions, the institution covers the costs.
    .appointment-note = Please make your request at least five working days in advance; in emergencies, also at short notice.
    .hours-note = Requests Monday to Thursday from 9:00 to 14:00; the appointments themselves can also be at other times.
    .keywords = interpreter, translator, interpreting, translation, doctor, authorities, school

## Services: Health and family

service-health-counselling = Health advice and vaccination consultation hours for newcomers in Forst
    .description = At the public health office (Gesundheitsamt) you can get vaccinations for children and adults, for example against measles, and advice on how to find a doctor in Germany. Please bring your vaccination record if you have one.
    .eligibility = Newcomers of all ages, even without health insurance.
    .cost-note = Advice and recommended vaccinations are free of charge.
    .appointment-note = Please make an appointment for vaccinations; you can come for advice without an appointment.
    .keywords = health, vaccination, jabs, doctor, public health office, measles, health insurance

service-psychosocial-counselling = Psychosocial counselling and therapy for refugees in Guben
    .description = If you cannot sleep, are very anxious or feel very sad after war, flight or violence, you can find help here. After a first appointment, there is counselling, group sessions or therapy, with language support.
    .eligibility = Refugee adults and young people aged 14 and over from the district.
    .cost-note = Free of charge and confidential.
    .appointment-note = First arrange an initial appointment, by phone or through the migration advice service. The waiting time for therapy can be several weeks.
    .accessibility-note = The practice is on the first floor of an old building without a lift.
    .keywords = psychotherapy, trauma, anxiety, counselling, mental health, therapy, advice

service-pregnancy-counselling-guben = Pregnancy and family advice in Guben
    .description = Advice on pregnancy, birth and the first weeks with your baby: doctor's visits, midwife, parental allowance (Elterngeld) and child benefit (Kindergeld). We also help you apply for money for baby equipment.
    .eligibility = Pregnant women, mothers, fathers and couples.
    .cost-note = Free of charge and confidential; anonymous if you wish.
    .appointment-note = Appointment recommended. Please bring your maternity record (Mutterpass) and your residence document if you want to apply for money.
    .keywords = pregnancy, baby, midwife, parental allowance, child benefit, family, advice

service-women-cafe-guben = International women's café in Guben
    .description = Every Friday, women from many countries have breakfast together, chat, laugh and plan trips together. Sometimes an expert comes along, for example to talk about health or school.
    .eligibility = Women only. Small children are welcome to come along.
    .cost-note = Free of charge.
    .appointment-note = Just drop by.
    .keywords = women, women's café, breakfast, meeting place, meet people, Guben

service-parenting-course-spremberg = Parenting course "Strong Parents" (Starke Eltern) in Spremberg
    .description = Over ten evenings, mothers and fathers talk about bringing up children, rules and arguments in the family, and about school and day care in Germany. A community interpreter supports the course.
    .eligibility = Parents with children aged 3 to 14.
    .cost-note = Free of charge.
    .appointment-note = Please register; the group has a maximum of twelve places. Childcare on request.
    .hours-note = Wednesdays from 17:00 to 19:00, from 7 October to 16 December 2026.
    .keywords = parenting course, parenting, parents, family, children, Spremberg

## Services: Conflicts

service-anti-discrimination-advice = Anti-discrimination advice in Forst and on site
    .description = Have you been treated worse because of your origin, skin colour, religion or language, for example when looking for a flat, at work or at a public office? We advise you, write complaints together with you and support you.
    .eligibility = Anyone who has experienced or witnessed discrimination.
    .cost-note = Free of charge and confidential.
    .appointment-note = Appointment recommended. We can also come to you in other towns and villages of the district.
    .accessibility-note = Office on the first floor without a lift; advice is also possible where you are.
    .keywords = discrimination, racism, complaint, advice, help, rights

service-mediation-neighbourhood = Neighbourhood mediation in Guben
    .description = Arguing with your neighbours about noise, rubbish or children in the courtyard? Trained mediators help all sides talk to each other and find a solution.
    .eligibility = Neighbours in Guben and the surrounding area, including property management companies.
    .cost-note = Free of charge.
    .appointment-note = By appointment only. We first talk to each of you separately and then together.
    .keywords = mediation, dispute, neighbours, conflict, noise, conflict resolution

service-conflict-training-schools = Conflict training for school classes in Spremberg
    .description = Trainers from the RAA spend a day working with a school class on prejudice, bullying and fair ways of resolving arguments. The training takes place at the school or at the Begegnungshaus (community meeting house) in Spremberg.
    .eligibility = School classes from year 5 upwards from Spremberg and the surrounding area; teachers and school social workers register the class.
    .cost-note = Free of charge for schools.
    .appointment-note = Please make your request at least six weeks in advance.
    .hours-note = Dates by arrangement, usually from 8:00 to 14:00.
    .keywords = conflict training, school, bullying, school class, prejudice, arguments

## Services: Housing

service-housing-advice-forst = Flat hunting and housing advice in Forst
    .description = The housing company shows you vacant flats in Forst and explains the tenancy agreement, deposit, service charges and house rules. If you receive citizen's income (Bürgergeld), you can find out here which flats the Jobcenter will pay for.
    .eligibility = Anyone looking for a flat in Forst.
    .cost-note = The advice is free of charge.
    .appointment-note = You need an appointment for viewings. Please bring your ID, residence permit and, if you have them, proof of income or a decision letter from the Jobcenter.
    .keywords = flat, flat hunting, apartment, rent, tenancy agreement, deposit, housing, Forst

service-tenant-advice = Tenant advice in several languages in Spremberg and Guben
    .description = Advice on problems with your flat: a high service charge bill, mould, notice to leave or disputes with your landlord. Advice is available in German, English, Arabic, Russian, Ukrainian and Polish.
    .eligibility = Tenants in Spremberg, Guben and the surrounding area.
    .cost-note = The first advice session costs a small amount; there is a reduction for members and people receiving citizen's income (Bürgergeld).
    .appointment-note = By appointment only. Please bring your tenancy agreement, the bill and letters from your landlord.
    .hours-note = Mondays in Spremberg, Wednesdays in Guben, each from 16:00 to 18:00.
    .keywords = tenant advice, rent, service charges, landlord, notice, mould, flat

service-move-out-support = Help moving from shared accommodation into a flat of your own
    .description = If you are allowed to move into a flat of your own, you can get help here: finding a flat, applying for the rent to be covered, getting basic furniture and household items, and setting up electricity and internet.
    .eligibility = Residents of shared accommodation in the district who are allowed to move out.
    .cost-note = Free of charge.
    .appointment-note = Make an appointment with the migration social work team at your accommodation or at the Social Welfare Office (Sozialamt).
    .hours-note = Consultation hours on Wednesdays, alternating between the accommodation in Forst and the district administration.
    .keywords = moving, moving out, flat, own flat, accommodation, furniture, housing

## Services: Volunteering and networks

service-volunteer-matching = Find volunteering: Volunteer Agency matching service in Forst
    .description = Would you like to get involved, for example as a learning mentor, a language buddy or at a sports club? The Volunteer Agency will find a suitable task with you. Newcomers are also very welcome as volunteers.
    .eligibility = Everyone aged 16 and over who would like to volunteer.
    .cost-note = Free of charge.
    .appointment-note = Appointment recommended so that we have time for a get-to-know-you conversation.
    .accessibility-note = The office is on the raised ground floor; there are three steps at the entrance.
    .keywords = volunteering, volunteer, help, get involved, mentoring, take part

service-volunteer-training = Training for volunteers in integration work
    .description = Saturday seminars for volunteers: asylum law explained briefly, intercultural communication, dealing with stressful situations and knowing your own limits. The seminars take place at the district administration in Forst.
    .eligibility = Volunteers and anyone interested who supports newcomers or would like to.
    .cost-note = Free of charge, lunch included.
    .appointment-note = Please register separately for each seminar.
    .hours-note = Individual Saturdays from March to November 2026; the dates are on the website.
    .keywords = training, seminar, volunteering, workshop, further training, integration

service-welcome-network-forst = Welcome network Forst: mentoring and support
    .description = In the Netzwerk Willkommen in Forst (Welcome to Forst network), mentors accompany new neighbours to appointments, help with letters and show them around the town. At the open meeting on Mondays you can get to know the network.
    .eligibility = Newcomers who are looking for support, and people from Forst who would like to help.
    .cost-note = Free of charge.
    .appointment-note = Just drop by the meeting.
    .keywords = mentoring, mentor, support, volunteering, network, help, Forst

service-welcome-network-guben = Integration network Guben: mentoring
    .description = The Netzwerk Integration Guben brings families and mentors together, organises festivals in the town and on the Polish side in Gubin, and helps people settle in.
    .eligibility = Families who have moved here and everyone who would like to take part.
    .cost-note = Free of charge.
    .appointment-note = Open meeting on Thursday evenings, no registration needed.
    .keywords = mentoring, network, volunteering, festivals, families, Guben

service-welcome-network-spremberg = Netzwerk Ankommen in Spremberg (Arriving in Spremberg network)
    .description = Volunteers and newcomers in Spremberg meet every Tuesday, plan joint activities and help each other, for example with visits to public offices or moving house.
    .eligibility = Everyone who is new to Spremberg or would like to help.
    .cost-note = Free of charge.
    .appointment-note = No registration needed.
    .accessibility-note = The meeting place is on the first floor; if needed, we meet on the ground floor next door.
    .keywords = network, volunteering, settling in, help, meeting place, Spremberg

service-welcome-network-kolkwitz = Netzwerk Kolkwitz miteinander (Kolkwitz together network)
    .description = The network in Kolkwitz invites you to games afternoons, cooking together and short trips. Volunteers help with questions about buses, shopping and school in the village.
    .eligibility = Newcomers and local people in the municipality of Kolkwitz and its villages.
    .cost-note = Free of charge.
    .appointment-note = Just drop by.
    .keywords = network, meeting place, volunteering, neighbours, cooking, Kolkwitz

## Services: Leisure and culture

service-sports-integration-forst = Open football training in Forst (Integration through sport)
    .description = Football is played at the sports ground twice a week, without club membership. Bring sports shoes and something to drink; if you like, you can then join the club and play there.
    .eligibility = Children aged 8 and over, young people and adults; girls and women are especially welcome.
    .cost-note = Free of charge.
    .appointment-note = Just drop by.
    .hours-note = Tuesday and Friday from 17:00 to 18:30, from April to October. In winter in the sports hall; times are on the website.
    .keywords = football, soccer, sport, training, sports club, leisure, exercise, Forst

service-swimming-course-guben = Swimming course for women and children in Guben
    .description = Learn to swim in small groups at the Guben swimming pool: on Saturdays a course just for women with a female instructor, on Wednesdays a course for children aged 5 and over.
    .eligibility = Women and children aged 5 and over who cannot swim or are not confident swimmers.
    .cost-note = A small course fee for ten sessions; reduced or free with an education voucher (Bildungsgutschein) or a citizen's income (Bürgergeld) decision letter.
    .appointment-note = Registration required. Please bring swimwear, a towel and shower things; burkinis are allowed.
    .hours-note = Course from September to December 2026.
    .keywords = swimming, swimming lessons, learn to swim, women, children, sport, swimming pool, Guben

service-bike-workshop-spremberg = Bicycle workshop and cycling course in Spremberg
    .description = In the open workshop you can repair your bike with the help of volunteers; donated bikes are sold cheaply. In summer there is a cycling course for adults, including one just for women.
    .eligibility = Everyone; the cycling course is for adults who want to learn to ride a bike.
    .cost-note = Workshop and course free of charge; spare parts at cost price.
    .appointment-note = No registration needed for the workshop; please register for the cycling course.
    .hours-note = Saturdays all year round; Wednesdays only from April to September.
    .keywords = bicycle, bike, cycling, learn to ride a bike, bike repair, workshop, cycling course, Spremberg

service-intercultural-garden-peitz = Intercultural garden in Peitz
    .description = In the garden on the edge of town, families from Peitz and from many countries grow vegetables and herbs together. You can get your own bed or simply help with watering and harvesting.
    .eligibility = Everyone who enjoys gardening, even without experience.
    .cost-note = Free of charge; tools and seeds are provided.
    .appointment-note = Just drop by; if you would like your own bed, please speak to the gardeners on site.
    .hours-note = Gardening season from April to mid-October.
    .keywords = garden, gardening, vegetables, nature, leisure, families, Peitz

service-sorbian-culture-peitz = Getting to know Sorbian culture in Peitz
    .description = The Sorbischer Kulturverein Picnjo (Sorbian cultural association) shows how the Sorbs and Wends live in Lusatia (Lausitz): with traditional costumes, Easter eggs, songs and your first words of Lower Sorbian. You are also invited to the festivals throughout the year, such as the carnival (Zapust).
    .eligibility = Everyone who is curious about the region, including families with children.
    .cost-note = Free of charge; at some festivals a donation is requested.
    .appointment-note = For groups and courses, please register in advance.
    .accessibility-note = The club room can only be reached by stairs.
    .keywords = Sorbs, Wends, Sorbian culture, Lower Sorbian, tradition, festivals, Peitz

service-interfaith-dialogue = Interfaith discussion group in Forst
    .description = Christians, Muslims and people with no religion meet once a month to talk about faith, religious holidays and everyday life. There is tea and something to eat, and all questions are welcome.
    .eligibility = Everyone, whatever their religion.
    .cost-note = Free of charge.
    .appointment-note = No registration needed.
    .hours-note = Every first Thursday of the month.
    .keywords = religion, faith, mosque, church, dialogue, interfaith, discussion group, Forst

service-intercultural-week = Intercultural Week in the district of Spree-Neiße
    .description = For one week there are festivals, concerts, films, readings and open days at clubs and advice centres all over the district. The programme is available at the district administration and on the website.
    .eligibility = For all people in the district.
    .cost-note = Most events are free of charge.
    .appointment-note = No registration is needed for most events.
    .hours-note = From 20 to 27 September 2026, at various places in the district.
    .keywords = Intercultural Week, festival, culture, events, concert, meeting people

service-library-international-spremberg = International library in Spremberg: books in many languages
    .description = Spremberg town library has books, children's books and magazines in Arabic, Ukrainian, Russian, Persian, Turkish, Polish and English, as well as materials for learning German. You can work on the computers and use the Wi-Fi free of charge.
    .eligibility = For everyone. To borrow items you need a library card.
    .cost-note = Reading in the library is free of charge. The library card costs adults a small annual fee; it is free for children and young people.
    .appointment-note = No appointment needed. For the library card, please bring a passport or residence card.
    .keywords = library, books, children's books, learn German, internet, Wi-Fi, Spremberg

## Services: Local town halls and administrative offices

service-citizens-office-forst = Citizens' office Forst: registering your address
    .description = After moving to Forst, you register your flat here within two weeks and receive the registration certificate (Meldebescheinigung). You need it for the bank, the Jobcenter, school and the Immigration Office.
    .eligibility = Everyone who lives in Forst (Lausitz).
    .cost-note = Registration is free of charge; you pay fees for ID documents and some certificates.
    .appointment-note = It is quicker with an appointment. Please bring your passport and the landlord's confirmation (Wohnungsgeberbestätigung).
    .keywords = register address, Anmeldung, registration certificate, Bürgerbüro, town hall, change of address, Forst

service-citizens-office-guben = Citizens' office Guben: registering your address and ID documents
    .description = At Guben Town Hall you register your address or a change of address, apply for certificates of good conduct (Führungszeugnis) and pick up forms for many applications. Some staff speak Polish.
    .eligibility = Everyone who lives in Guben.
    .cost-note = Registration is free of charge; other services cost fees.
    .appointment-note = Appointment recommended. Please bring your passport and the landlord's confirmation (Wohnungsgeberbestätigung).
    .keywords = register address, Anmeldung, registration certificate, Bürgerbüro, town hall, Guben

service-citizens-office-spremberg = Citizens' office Spremberg: registering your address
    .description = The citizens' office (Bürgerbüro) at Spremberg Town Hall is responsible for registering your address, changes of address and registration certificates. Without a registration certificate you cannot make many applications, so please come soon after you move in.
    .eligibility = Everyone who lives in Spremberg.
    .cost-note = Registration is free of charge; fees are charged for certificates and ID documents.
    .appointment-note = By appointment only, online or by phone. Please bring your passport and the landlord's confirmation (Wohnungsgeberbestätigung).
    .keywords = register address, Anmeldung, registration certificate, Bürgerbüro, town hall, Spremberg

service-amt-burg-welcome = Welcome advice at the Amt Burg (Spreewald)
    .description = New in Burg, Briesen, Werben or another village in the Amt Burg? Once a week, a member of staff at the administrative office explains where to register, how to find day care and a school, and who can help with other questions.
    .eligibility = People who have moved to the municipalities of the Amt Burg (Spreewald).
    .cost-note = Free of charge.
    .appointment-note = Appointment recommended so that a community interpreter can be arranged.
    .keywords = welcome, advice, register address, administrative office, new here, Burg, Spreewald

service-amt-doebern-welcome = Integration consultation hours at the Amt Döbern-Land
    .description = At the Döbern administrative office there are open consultation hours for newcomers every Thursday: help with forms, questions about buses and schools in the villages, and contacts with the Welcome network.
    .eligibility = Newcomers from Döbern and the other municipalities in the Amt Döbern-Land.
    .cost-note = Free of charge.
    .appointment-note = No appointment needed.
    .keywords = consultation hours, integration, advice, forms, administrative office, Döbern

service-drebkau-drop-in = Open drop-in for newcomers in Drebkau
    .description = The drop-in centre in Drebkau is open on Friday afternoons: there is coffee, help with letters and forms, and contact with advice centres in Spremberg and Cottbus.
    .eligibility = Newcomers and neighbours from Drebkau and its villages.
    .cost-note = Free of charge.
    .appointment-note = Just drop by.
    .keywords = meeting place, drop-in, letters, help, advice, Drebkau

service-youth-club-welzow = International youth club in Welzow
    .description = A meeting place for young people from Welzow and from many countries: billiards, table football, music, cooking and trips. On Fridays it is open until 21:00, and once a month there is a film night.
    .eligibility = Young people aged 12 to 21.
    .cost-note = Free of charge.
    .appointment-note = Just drop by.
    .accessibility-note = The youth club is in the basement and can only be reached by steps.
    .keywords = youth club, youth centre, leisure, young people, teenagers, music, Welzow

## Locations

location-svc-kreisverwaltung-forst = District administration (Kreisverwaltung) Spree-Neiße, Forst
    .directions = About 10 minutes' walk from Forst railway station. The main entrance has a ramp, and there is a lift in the building.

location-svc-vhs-forst = Adult Education Centre (Volkshochschule) Forst
    .directions = Cottbuser Straße bus stop directly in front of the building.

location-svc-gesundheitsamt-forst = Public Health Office (Gesundheitsamt) Forst
    .directions = Entrance through the courtyard; follow the "Gesundheitsamt" sign.

location-svc-jobcenter-forst = Jobcenter Forst

location-svc-arbeitsagentur-forst = Employment Agency (Agentur für Arbeit), Forst office

location-svc-beratungshaus-forst = Advice centre on the Promenade, Forst
    .directions = Old building, advice rooms on the first floor; there is a room on the ground floor for meetings without stairs.

location-svc-jmd-forst = Youth Migration Service (JMD) Forst

location-svc-gu-forst = Shared accommodation (Gemeinschaftsunterkunft) Forst
    .directions = On the edge of town; Am Eichwald bus stop. The social work office is in Building A on the ground floor.

location-svc-treffpunkt-forst = Treffpunkt Lindenstraße community centre, Forst

location-svc-wohnungsgesellschaft-forst = Customer office of the Forst housing company

location-svc-freiwilligenagentur-forst = Volunteer Agency (Freiwilligenagentur) Spree-Neiße, Forst

location-svc-sportplatz-forst = Sports ground on Jahnstraße, Forst
    .directions = Entrance next to the gym; changing rooms are available.

location-svc-gemeindehaus-forst = Parish hall on Kirchstraße, Forst

location-svc-rathaus-forst = Forst Town Hall (Rathaus), citizens' office
    .directions = On the market square; the citizens' office entrance is on the ground floor, on the left.

location-svc-vhs-guben = Adult Education Centre (Volkshochschule) Guben

location-svc-sprachschule-guben = Sprachschule Lausitz (language school), Guben
    .directions = Second floor, no lift.

location-svc-stadtteilhaus-guben = Neighbourhood centre (Stadtteilhaus) Guben

location-svc-beratungshaus-guben = Advice centre on Berliner Straße, Guben

location-svc-jmd-guben = Youth Migration Service (JMD) Guben

location-svc-rathaus-guben = Guben Town Hall (Rathaus)
    .directions = The Immigration Office consultation hours are in room 012 on the ground floor.

location-svc-jobcenter-guben = Jobcenter Guben

location-svc-handwerk-guben = Skilled trades advice office, Guben

location-svc-gu-guben = Shared accommodation (Gemeinschaftsunterkunft) Guben
    .directions = Forster Straße bus stop; office on the ground floor, on the right.

location-svc-psz-guben = Psychosocial Centre (PSZ) Guben
    .directions = Doorbell "PSZ", first floor.

location-svc-familienzentrum-guben = Women's and Family Centre Guben

location-svc-schwimmhalle-guben = Guben swimming pool (Schwimmhalle)
    .directions = Entrance at the sports centre car park.

location-svc-sprachschule-spremberg = Sprachschule Lausitz (language school), Spremberg

location-svc-vhs-spremberg = Adult Education Centre (Volkshochschule) Spremberg

location-svc-bibliothek-spremberg = Spremberg town library (Stadtbibliothek)
    .directions = On the market square, opposite the town hall.

location-svc-beratungshaus-spremberg = Advice centre on Dresdener Straße, Spremberg

location-svc-jmd-spremberg = Youth Migration Service (JMD) Spremberg
    .directions = A few minutes from Spremberg railway station.

location-svc-jobcenter-spremberg = Jobcenter Spremberg

location-svc-familienzentrum-spremberg = Family centre (Familienzentrum) Spremberg

location-svc-begegnungshaus-spremberg = Community meeting house (Begegnungshaus) Spremberg

location-svc-fahrradwerkstatt-spremberg = Bicycle workshop Spremberg
    .directions = In the back courtyard; enter through the gateway.

location-svc-rathaus-spremberg = Spremberg Town Hall (Rathaus), citizens' office

location-svc-sprachschule-peitz = Sprachschule Lausitz (language school), Peitz

location-svc-garten-peitz = Intercultural garden Peitz
    .directions = At the end of the garden path, behind the allotment gardens; access via a sandy path.

location-svc-sorbisch-peitz = Club house of the Sorbian cultural association, Peitz

location-svc-amt-doebern = Döbern-Land administrative office (Amtsverwaltung)

location-svc-familientreff-doebern = Family meeting place (Familientreff) Döbern

location-svc-begegnung-welzow = Community centre (Begegnungsstätte) Welzow

location-svc-jugendtreff-welzow = Youth club (Jugendtreff) Welzow

location-svc-treff-drebkau = Open drop-in centre Drebkau

location-svc-treff-kolkwitz = Community meeting place (Gemeindetreff) Kolkwitz

location-svc-amt-burg = Burg (Spreewald) administrative office (Amtsverwaltung)
    .directions = In the village centre on Hauptstraße, with a bus stop nearby.
