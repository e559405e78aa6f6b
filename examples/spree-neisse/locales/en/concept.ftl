### machine-translated
### Integration concept "Arrive – Welcome – Integrate": English texts

-district = Spree-Neiße

directory = Integration concept for people with a migration background
    .region = District of Spree-Neiße / Wokrejs Sprjewja-Nysa
    .motto = Arrive – Welcome – Integrate
    .description = This concept was developed together with many people: it began with the 1st Integration Conference on 25 November 2016 at the district administration in Forst (Lausitz). After that, nine working groups drew up goals, recommendations and measures for nine fields of action. The concept is an offer and is never finished – we keep developing it together.
    .demo-notice = Please note, this is sample data: all contact persons, phone numbers and email addresses are made up. Providers marked "(Demo)" do not exist.

## Principles: how the district understands integration

principle-mutual-acceptance = Acceptance and tolerance on both sides
    .description = Local people and newcomers treat each other with respect. Both sides accept each other, even when they are different.

principle-becoming-part = Becoming part of society
    .description = Newcomers become part of society in the district of { -district }. They belong here – with equal rights and duties.

principle-bringing-in = Bringing in what you have
    .description = Nobody has to give up their origin, language or culture. Special skills and experiences are shared and enrich life together.

principle-moving-towards = Reaching out to each other
    .description = Integration only works when everyone reaches out to each other: newcomers and local people, neighbours, clubs, businesses and public authorities.

## Target groups

target-group-adults = Adults
    .description = Newcomers aged 27 and over.

target-group-youth = Young people and young adults (12–27)
    .description = Young people at school, in vocational training, at university or looking for work.

target-group-children = Children
    .description = Children up to 12 years old, in day care (Kita) and primary school.

target-group-families = Families
    .description = Parents with children and parents-to-be.

target-group-women = Women
    .description = Services especially for women and girls.

target-group-refugees = Asylum seekers and refugees
    .description = People in the asylum procedure and people with protection status or a "Duldung" (temporary suspension of deportation).

target-group-eu-citizens = EU citizens
    .description = People from other countries of the European Union, for example from Poland.

target-group-skilled-workers = Skilled workers from abroad
    .description = People who come from abroad with a vocational qualification or a university degree.

target-group-volunteers = Volunteers
    .description = People who give their time voluntarily to help everyone live well together.

target-group-everyone = Everyone
    .description = Open to all people in the district, whether they have moved here or not.

target-group-seniors = Older people
    .description = Senior citizens, whether newcomers or local.

## Fields of action

field-education = Education and language
    .description = The German language is an important key to settling in. This field is about language courses, day care (Kita) and school for children, young people and adults.

field-culture-religion = Culture and religions
    .description = People bring their culture and their faith with them to the district. We support meeting each other, talking to each other and getting to know the regional culture, including Sorbian/Wendish culture.

field-conflicts = Dealing with conflicts
    .description = Wherever people live together, there are also disagreements. This is about recognising conflicts early, solving them fairly and taking action against discrimination.

field-housing = Housing
    .description = A flat of your own is the basis for an independent life. We help people move out of shared accommodation and live well together with their neighbours.

field-work = Work and vocational training
    .description = Work provides a living and creates contacts. We support the path into vocational training and employment and the recognition of foreign qualifications.

field-volunteering = Volunteering
    .description = Without volunteers, integration in rural areas would hardly be possible. We support, train and recognise them, and we invite newcomers to volunteer themselves.

field-leisure = Leisure
    .description = People get to know each other most easily in a sports club, a youth club or a garden. We open leisure activities to everyone and help people get there, even from the villages.

field-health = Health
    .description = Everyone should know where to get help when they are ill. This includes language support at the doctor's, vaccinations and help with emotional and mental stress.

field-social-legal = Social affairs, law and public authorities
    .description = Residence, benefits and applications are often hard to understand. We make sure there is good advice, that public authorities are easy to understand, and that there are consultation hours in the small towns and villages too.

## Goals

goal-education-early-german = All newcomers learn German as early as possible.
goal-education-school-start = Children and young people quickly get a place in day care (Kita) or school and are well supported there.
goal-education-course-access = Language courses are easy to reach in rural areas too, including for parents with small children.

goal-culture-religion-encounter = Local people and newcomers meet regularly and get to know each other's culture.
goal-culture-religion-dialogue = People of different religions talk to each other and respect each other.
goal-culture-religion-sorbian = Newcomers get to know the Sorbian/Wendish language and culture of the region.

goal-conflicts-early-help = Conflicts are recognised early and solved peacefully.
goal-conflicts-discrimination = People who experience discrimination can find advice and support.
goal-conflicts-schools = Pupils learn how to deal well with diversity and disagreements.

goal-housing-own-flat = Refugees move out of shared accommodation into a flat of their own as soon as possible.
goal-housing-good-neighbours = Newcomers and local people live together as good neighbours.
goal-housing-decentral = Newcomers live spread out across the towns and municipalities of the district.

goal-work-quick-entry = Newcomers find work or vocational training that matches their skills more quickly.
goal-work-recognition = Foreign vocational qualifications and university degrees are recognised and put to use.
goal-work-employers = Businesses in the region employ and train newcomers.

goal-volunteering-support = Volunteers receive support, training and appreciation.
goal-volunteering-migrants-active = Newcomers volunteer themselves.

goal-leisure-join-clubs = Newcomers take part in local clubs and leisure activities.
goal-leisure-youth-places = Young people have meeting places where they can get together.
goal-leisure-mobility = People living in the villages can also get to courses, clubs and meeting places.

goal-health-access = Newcomers understand the health system and can find doctors.
goal-health-language = Language support is available at the doctor's, in hospital and at the public health office.
goal-health-mental = Refugees with emotional or mental stress or trauma get help.

goal-social-legal-orientation = Newcomers know which office is responsible for what.
goal-social-legal-counselling = Independent advice is available in Forst, Guben and Spremberg and also in the local administrative offices (Ämter).
goal-social-legal-welcoming-offices = Public authorities are friendly, easy to understand and open to everyone.

## Recommendations

recommendation-education-more-courses = Offer more language courses across the whole district, including in the evening and part-time.
recommendation-education-childcare = Combine language courses with childcare so that mothers and fathers can take part too.
recommendation-education-school-support = Support schools and teachers in taking in pupils who join the German school system later (lateral entrants).

recommendation-culture-religion-shared-events = Plan festivals and events together with newcomers, not just for them.
recommendation-culture-religion-faith-knowledge = Share knowledge about religions, religious holidays and dietary rules in day-care centres, schools and businesses.
recommendation-culture-religion-bilingual-region = Show the German-Sorbian bilingualism of the region in welcome services.

recommendation-conflicts-mediation-offer = Offer mediation for neighbourhoods and accommodation centres.
recommendation-conflicts-report-point = Set up an independent contact point for discrimination and make it widely known.
recommendation-conflicts-staff-training = Train staff in public administration, schools and youth work in dealing with conflicts and prejudice.

recommendation-housing-move-out-help = Support refugees when they move out: finding a flat, the tenancy agreement, registering their address and moving in.
recommendation-housing-landlord-cooperation = Work closely with housing companies and private landlords.
recommendation-housing-tenant-info = Inform tenants in several languages about their rights and duties, for example about house rules, heating and waste separation.

recommendation-work-skills-check = Record skills and qualifications early and start the recognition process.
recommendation-work-language-and-job = Combine language courses with an internship or a job.
recommendation-work-employer-advice = Advise businesses on employing and training newcomers.

recommendation-volunteering-coordination = Create a permanent post that coordinates volunteering across the whole district.
recommendation-volunteering-training = Offer regular training and exchange for volunteers.
recommendation-volunteering-appreciation = Publicly recognise and honour volunteer work.

recommendation-leisure-open-clubs = Clubs open up and lower barriers such as membership fees, language or equipment.
recommendation-leisure-mobility-help = Support mobility, for example with bicycles, cycling courses and car sharing.
recommendation-leisure-women-offers = Create separate leisure activities for women and girls.

recommendation-health-interpreters = Build up a pool of community interpreters and clarify who pays the costs.
recommendation-health-info-material = Provide information on health, vaccinations and check-ups in several languages.
recommendation-health-psychosocial-care = Expand psychosocial counselling and therapy for refugees in the region.

recommendation-social-legal-guide = Publish a multilingual guide to advice services and public authorities and keep it up to date.
recommendation-social-legal-easy-language = Explain official letters (decisions), forms and procedures in plain language.
recommendation-social-legal-outreach = Offer consultation hours in the local administrative offices (Ämter) and smaller towns and villages too.

## Measures

# 1 Education and language

measure-education-childcare-courses = Language courses with childcare and literacy
    .description = In Peitz and Döbern there are German courses where small children are looked after during lessons. In Forst, adults in the integration course with literacy training also learn to read and write.

measure-education-newcomer-schools = Advice centre for lateral entrants at school and day care
    .description = The State Education Authority (Staatliches Schulamt) has set up a central advice service for children and young people who have moved here and are new to a school. The Youth Welfare Office (Jugendamt) advises families looking for a place in day care (Kita).
    .time-frame-note = Set-up completed in 2017/2018; both advice services have continued permanently since then.

measure-education-course-shuttle = Course bus from the Amt Döbern-Land to Forst
    .description = A minibus was meant to take participants from the villages to the integration course in Forst. Because too few people were able to use it, the trial was ended; instead, there is now a language course directly in Döbern.

measure-education-learning-mentors = Learning mentors for schoolchildren in all medium-sized towns
    .description = Volunteer learning mentors help schoolchildren with their homework and with learning German. After Guben and Spremberg, the service is now also being set up in Forst.

# 2 Culture and religions

measure-culture-religion-intercultural-week = Intercultural Week in the district of { -district }
    .description = Every year in autumn, networks, clubs and religious communities invite everyone to festivals, readings, sport and discussions. Newcomers and local people plan the programme together.
    .time-frame-note = Every year at the end of September, since 2017.

measure-culture-religion-interfaith-circle = Interfaith discussion group in Forst
    .description = People of different religions and people with no religion meet regularly to talk. On request, members of the group also visit schools and day-care centres.

measure-culture-religion-sorbian-welcome = Getting to know Sorbian culture
    .description = In Peitz, Sorbian people invite newcomers to festivals such as Zapust (the Sorbian carnival) and Easter and teach them their first words of Lower Sorbian. This is how newcomers get to know the bilingualism of the region.

measure-culture-religion-international-library = Setting up the International Library in Spremberg
    .description = The Spremberg town library has bought books, magazines and audiobooks in many languages. The collection has been added to continuously since then.
    .time-frame-note = Set-up completed in 2018/2019; the library is a permanent service.

# 3 Dealing with conflicts

measure-conflicts-neighbourhood-mediation = Neighbourhood mediation in Guben
    .description = Trained mediators help when there is a dispute in a building or a residential area. They mediate neutrally and, if you wish, with language support.

measure-conflicts-anti-discrimination-advice = Mobile anti-discrimination advice
    .description = Anyone who is treated unfairly because of their origin, skin colour, religion or language can get confidential advice. The advisers also come to the smaller towns and villages of the district.

measure-conflicts-school-training = Conflict training for school classes
    .description = The RAA Cottbus offers school classes training on resolving disputes, prejudice and diversity. Teachers can request the training through the State Education Authority (Schulamt).

measure-conflicts-staff-workshops = Training series "Conflicts and prejudice" for professionals
    .description = Staff of the district administration, the local administrative offices (Ämter) and youth work are to learn how to recognise conflicts early and avoid discrimination. The series is currently being prepared.
    .time-frame-note = Planned for 2027.

# 4 Housing

measure-housing-move-out-management = Move-out support from shared accommodation
    .description = Migration social work helps refugees find a flat of their own and move. It works together with landlords, the Jobcenter and the towns.

measure-housing-tenant-guide = Multilingual "tenancy licence" course
    .description = In a short course, new tenants learn the most important things about tenancy agreements, service charges, heating, airing rooms and waste separation. The course materials are available in several languages; today they are used in the tenant and housing advice service.

measure-housing-flat-exchange = Housing exchange with private landlords
    .description = Private landlords were meant to offer vacant flats through a shared exchange. Too few offers came in; flats are now arranged directly through the housing advice service and the move-out support.

measure-housing-neighbourhood-festivals = Neighbourhood festivals in residential areas
    .description = Small festivals are to be held in residential areas with many new tenants so that neighbours can get to know each other. The networks in Forst and Guben are planning them together with the housing company.
    .time-frame-note = First festivals planned for spring and summer 2027.

# 5 Work and vocational training

measure-work-migration-team = Migration and Integration Team at the Jobcenter
    .description = A dedicated team at the Jobcenter advises newcomers on work, vocational training and language courses. It finds out early on what people can already do.

measure-work-recognition-days = Advice days on the recognition of foreign qualifications
    .description = Regular advice days in Forst and Spremberg help people get their vocational qualifications and university degrees from abroad recognised. The advice is free of charge.

measure-work-job-language-internship = Job-related language courses with an internship
    .description = Participants combine a job-related German course with an internship at a business in the region. This way they learn the technical language directly at work.

measure-work-crafts-apprenticeships = Apprenticeships in the skilled trades for young newcomers
    .description = Young newcomers get to know craft businesses and receive support until they sign an apprenticeship contract. Businesses get advice on residence rules, funding and language support.
    .time-frame-note = The project runs until January 2027.

# 6 Volunteering

measure-volunteering-agency = Volunteer Agency { -district }
    .description = The Volunteer Agency matches people who want to help with suitable tasks – including newcomers who would like to volunteer themselves. It is the contact point for all welcome networks.

measure-volunteering-training-series = Training series for volunteers
    .description = In workshops, volunteers learn about topics such as asylum law, intercultural communication and how to avoid taking on too much. They also share experiences with other volunteers.

measure-volunteering-sponsorships = Mentoring schemes in the welcome networks
    .description = In Forst, Guben and Spremberg, mentors support new families in everyday life, for example when dealing with public authorities or learning German. Every year the networks thank everyone involved with a joint celebration.

measure-volunteering-online-exchange = Online volunteering exchange
    .description = Clubs were meant to offer tasks for volunteers on a website. The exchange was hardly used and was therefore discontinued; the Volunteer Agency now matches people in personal conversations.

# 7 Leisure

measure-leisure-sports-integration = Integration through sport
    .description = Sports clubs open their training sessions to newcomers, for example with open football in Forst. In Guben there are swimming courses just for women and children.

measure-leisure-bike-workshop = Bicycle workshop and cycling courses in Spremberg
    .description = In the bicycle workshop, volunteers and newcomers repair donated bikes together. Anyone who cannot ride a bike can learn in the cycling course, including the traffic rules.

measure-leisure-garden-peitz = Setting up the Intercultural Garden in Peitz
    .description = Local people and newcomers have created a garden together on a plot of land belonging to the Amt Peitz. Today families, women's groups and neighbours garden there together.
    .time-frame-note = Set-up completed in 2019; the garden continues to be looked after together.

measure-leisure-youth-meeting-points = International youth clubs in Welzow and Drebkau
    .description = Open youth clubs give young people a place for leisure, conversation and homework, even in smaller towns. The Youth Welfare Office (Jugendamt) is supporting the set-up until the end of 2026.

# 8 Health

measure-health-interpreter-network = Setting up the community interpreter pool { -district }
    .description = Trained community interpreters accompany newcomers to doctors, public authorities and schools. The pool was set up in 2018 and has been in permanent use since then.

measure-health-vaccination-hours = Health advice and vaccination consultation hours
    .description = The public health office (Gesundheitsamt) advises newcomers on vaccinations, check-ups and how to find a family doctor (GP). Pregnant women and families can also get advice at the Women's and Family Centre in Guben.

measure-health-psychosocial-outreach = Outreach consultation hours of the Psychosocial Centre
    .description = In addition to Guben, the Psychosocial Centre also offers consultation hours in Forst and Spremberg. This makes the way to help with trauma and emotional or mental stress shorter.
    .time-frame-note = Trial until the end of 2026; after that, a decision will be made on continuing it permanently.

measure-health-printed-guide = Printed health guide
    .description = A multilingual booklet was meant to list doctors' surgeries, pharmacies and advice centres. Because the details change too often, the booklet was not printed; the information is being added to the digital guide instead.

# 9 Social affairs, law and public authorities

measure-social-legal-counselling-network = Migration advice in the three medium-sized towns
    .description = In Forst, Guben and Spremberg there are permanent migration advice services for adults. They help with questions about residence, applications, language courses, work and family.

measure-social-legal-outreach-hours = Consultation hours in the local administrative offices (Ämter)
    .description = The Immigration Office (Ausländerbehörde) has an outreach consultation hour in Guben. In the Amt Burg (Spreewald) and the Amt Döbern-Land there are separate consultation hours on integration, so that nobody has to travel far.

measure-social-legal-welcome-folder = Welcome folder at the citizens' offices
    .description = Anyone who registers their address in Forst, Guben or Spremberg receives a welcome folder with the most important addresses at the citizens' office (Bürgerbüro). The texts are written in plain language and in several languages.
    .time-frame-note = Created in 2018/2019; the folder is still handed out at the citizens' offices.

measure-social-legal-digital-guide = Digital guide in many languages
    .description = This guide brings together the integration concept and the services in the district online and in many languages, including Lower Sorbian. The office of the steering group keeps the data up to date.
    .time-frame-note = First version by the end of 2026; regular updates after that.
