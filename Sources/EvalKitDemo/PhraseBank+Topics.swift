extension PhraseBank {
    /// Neutral sentences a survivor might say: the story itself, which scoring treats as context.
    static let survivorTopics: [String: [String]] = [
        "awareness": [
            "I had heard on the radio that women are sold across the border, but I thought it only happened to others.",
            "At a village meeting someone talked about prevention, but I did not listen carefully.",
            "A teacher once told us to be careful with strangers who offer jobs.",
        ],
        "causes": [
            "We were poor and my parents had debts, so I wanted to find work elsewhere.",
            "I trusted a person I should not have trusted, and I did not know the signs.",
            "There was no work after the harvest, so I decided to leave the village.",
        ],
        "realisation": [
            "I understood when they took my phone and locked the door.",
            "They locked me in a house and I was not allowed to leave; then I knew.",
            "When we crossed the river at night I knew something was wrong.",
            "Only when a stranger paid money for me did I understand.",
        ],
        "recruitment": [
            "A woman from the next commune said she knew a factory that needed workers; she tricked me.",
            "A broker promised me a job in a restaurant with good pay.",
            "A man I met at the market said he wanted to marry me; he lied to me.",
        ],
        "journey": [
            "We went by motorbike to the border and then walked through the forest for a night.",
            "We travelled by bus for two days and changed cars many times.",
        ],
        "promised-work": [
            "They promised me work in a garment factory.",
            "She said I would wash dishes in a restaurant and send money home.",
        ],
        "destination": [
            "I was taken to a town across the border; I did not know we had crossed until later.",
            "They took me to a city in the south, to a karaoke bar.",
        ],
        "debt": [
            "They said I owed them for the journey and the food.",
            "My parents had borrowed money for my brother's wedding, and that debt weighed on me.",
        ],
        "exit": [
            "I escaped one night and walked to a police station.",
            "The police found me and I was handed over to the border guards.",
            "A woman over there let me call home, and my brother came to get me.",
        ],
        "heard-services": [
            "The commune officer told my mother about the support.",
            "I heard about it from the border guards when they brought me back.",
            "A woman in my hamlet who had been helped told me.",
        ],
        "current-work": [
            "I work on our family's maize field and help at a small shop.",
            "I sew clothes at home for a workshop in town.",
            "I raise pigs and sell vegetables at the market.",
        ],
        "gender-needs": [
            "Services for men who came back do not exist here; everything is for women.",
            "Mothers with children need someone to mind the children during a course.",
        ],
        "wellbeing": [
            "Some days are good and some are hard; I sleep better than before.",
            "I am getting stronger, little by little.",
        ],
        "changes": [
            "I would suggest that staff visit people at home after they leave.",
            "It would be better if the course lasted longer and led to a job.",
        ],
        "migration-plans": [
            "My cousin says there is factory work in the city; I may go to the city next year.",
            "I might go to the industrial zone in the next province with a friend.",
        ],
        "offer": [
            "I would ask my family and the commune first, and check the company.",
            "I would say no; a job that pays too much is a trap.",
        ],
        "nothing": ["No, that is all.", "Nothing more, thank you for listening.", "I have nothing to add."],
    ]

    /// Neutral sentences of a relative.
    static let familyTopics: [String: [String]] = [
        "child-which": ["The second of my three children.", "{Child}, the eldest.", "The youngest one."],
        "child-when": [
            "{Child} left in the dry season three years ago and came back after about a year.",
            "{Child} went away four years ago and has been home for a year and a half.",
        ],
        "awareness": [
            "We had heard about it on television but never thought it would happen to us.",
            "No, I never heard of trafficking before this.",
            "The Women's Union talked about it at a meeting once.",
        ],
        "destination": ["Across the border, to a place we still do not know.", "To a city far in the south."],
        "reasons": [
            "{Child} wanted to earn money for the family because our harvest failed.",
            "A friend said there was work in a factory; {child} wanted to help us pay our debts.",
        ],
        "expected-place": [
            "We thought {she} was going to the provincial town.",
            "{Child} told us {she} would work in a city in the south.",
        ],
        "expected-work": [
            "We thought {she} would work in a garment factory.",
            "They told us {she} would serve in a restaurant.",
        ],
        "contact-how": [
            "{Child} called once a month at first, then the calls stopped.",
            "We talked on the phone when {she} could borrow one.",
        ],
        "no-contact": [
            "We went to the commune police and asked the Women's Union for help.",
            "We waited and asked everyone who came back from that side.",
        ],
        "prevention": [
            "Families should check who is offering the job, and the commune should hold more awareness meetings.",
            "Young people need work here so they do not have to leave the village.",
        ],
        "leave-again": [
            "There is little work here, so {she} talks about going away again.",
            "{Child} has a baby now and wants to stay close to us.",
        ],
        "nothing": ["No, that is everything.", "Nothing else. Thank you for coming."],
    ]

    /// Neutral sentences of officials, staff and FGD participants.
    static let workerTopics: [String: [String]] = [
        "awareness": [
            "Most people here have heard of it from the radio and from village meetings.",
            "People know the word, but many think it only happens far away.",
        ],
        "measures": [
            "The province has an action plan with awareness meetings in border communes and a hotline.",
            "We take part in the provincial steering committee and train commune officials.",
        ],
        "data-topic": [
            "We keep a register of returns received at the border and of people supported.",
            "Each commune reports the number of people who came back every six months.",
        ],
        "numbers": [
            "Our records show about forty returns last year, but the real number is higher.",
            "Perhaps a hundred people in the last five years, most of them young women.",
        ],
        "hotspots": [
            "Border communes and remote villages where families are poorest are the most affected.",
            "Young women from the upland districts are most at risk, and some young men as well.",
        ],
        "causes": [
            "Poverty, few local jobs and the wish to marry are the main reasons, and brokers use all three.",
            "People leave the village and trust someone they meet on the way.",
            "Some are deceived by people they know, even relatives.",
        ],
        "prevention": [
            "Prevention should reach young women in border communes, through schools and the Women's Union.",
            "More awareness work is needed in the villages far from the road.",
        ],
        "referral": [
            "When a survivor is identified, the police refer her to social affairs, who name a case worker.",
            "We send people to the hospital, the legal aid centre or the vocational school, depending on need.",
        ],
        "approach-family": [
            "Someone the family already knows should make the first visit, without a uniform.",
            "Officials should listen first and never ask the family to explain what happened in public.",
        ],
        "approach-survivor": [
            "Speak with her alone, in a quiet place, and let her decide what to tell.",
            "A woman official should make the first contact, and she should explain what support exists.",
        ],
        "staff-training": [
            "Our staff were trained twice, but new staff have had no training.",
            "Capacity building for commune officials is still needed.",
        ],
        "admission-who": [
            "Women and girls returned from across the border, and sometimes people trafficked inside the country.",
            "Anyone the border guards or police identify as a victim, if they agree to come.",
        ],
        "processes": [
            "Intake, a health check, counselling, a course, and then the return home with a letter to the commune.",
            "We assess needs in the first week and write a plan with each resident.",
        ],
        "scope-difference": [
            "People returned from across the border usually need papers and a longer stay.",
            "Those trafficked inside the country often go home sooner.",
        ],
        "gender-needs": [
            "Male survivors are few and the centre cannot house them, so they go home at once.",
            "Women and men need different help; men are less willing to ask.",
        ],
        "provinces": [
            "Mostly from this province and the two next to it.",
            "From the border districts, and a few from provinces further south.",
        ],
        "same-community": [
            "Yes, several girls from one village, recruited by the same person.",
            "We have seen three sisters-in-law from one hamlet.",
        ],
        "urgent-needs": [
            "Rest, food, medical care and a call to the family come first.",
            "Papers and contact with the family are the most urgent.",
        ],
        "partners": [
            "We work with the police, the hospital, the Women's Union and the vocational college.",
            "Mainly the border guards, the district social affairs office and an international organisation.",
        ],
        "provider-selection": [
            "We use state providers first, and others where the state has nothing.",
            "There are no written criteria; we choose providers we already know.",
        ],
        "return-process": [
            "A staff member takes the person home and hands a letter to the commune.",
            "The family comes to collect the person, and the commune is told by phone.",
        ],
        "people-profile": [
            "Mostly young women between sixteen and twenty-five, many from ethnic groups in the uplands.",
            "Mostly women, some girls under eighteen, and a few men.",
        ],
        "routes": [
            "Mostly across the northern border by mountain paths, sometimes by bus to the south first.",
            "By boat across the river, then by car to towns on the other side.",
        ],
        "traffickers": [
            "Usually people the victims know: a neighbour, a relative, or a new boyfriend.",
            "Brokers from both sides of the border who work in small networks.",
        ],
        "sale": [
            "Most are sold to be married to men across the border; some into work in restaurants.",
            "Some were sold within days of leaving home.",
        ],
        "lessons": [
            "The main lesson is that support must continue after people go home.",
            "We recommend a small budget in every commune for home visits.",
            "It would be better if the centre and the communes shared one case file.",
        ],
        "life": [
            "Most families here grow rice and maize; life is hard in the months before the harvest.",
            "Young people leave the village after school because there is little to do.",
        ],
        "meaning": [
            "It means someone is tricked or forced to go and then sold, for marriage or for work.",
            "Going to work is a choice; being trafficked is when you are deceived and cannot leave.",
        ],
        "knows": [
            "Yes, a few young women from this commune; some came back and some did not.",
            "Everyone knows of someone, but nobody talks about it openly.",
        ],
        "outmigration": [
            "Many young people go to the city or across the border for work after the harvest.",
            "They go because the land is small and there is no factory nearby.",
        ],
        "abroad": [
            "Many work as farm hands or in restaurants across the border; some are married to men there.",
            "Life there is lonely, and those without papers cannot move freely.",
        ],
        "health-topic": [
            "Worry and sleeplessness are the biggest problems, and some women hide illnesses from the doctor.",
            "Many come back weak and tired, and some have infections.",
        ],
        "organisations": [
            "The Women's Union, the commune police and the social affairs office help people who come back.",
            "The youth union and the commune health station also take part.",
        ],
        "skills": [
            "Sewing, animal raising and small trade would be the most useful skills here.",
            "People need skills for the factories in the industrial zone, and some need to read and write.",
        ],
        "nothing": ["No, I think we have covered everything.", "Nothing more from me.", "That is all, thank you."],
    ]
}
