extension PhraseBank {
    /// A survivor speaking about their own return.
    static let survivor: [Aspect: Lines] = [
        .funding: Lines(
            good: [
                "The commune now pays for our meetings from its own budget, so the group will go on.",
                "The Women's Union told us the district took over the cost of the group this year.",
            ],
            bad: [
                "Everything comes from the project; when the project ends I think the group will stop meeting.",
                "The donor pays for the tea and the small loans, and the commune has nothing for us.",
            ]),
        .shelter: Lines(
            good: [
                "The centre gave me a safe bed, warm meals and time to rest, which was what I needed at the start.",
                "For the first weeks I only slept and ate; the room was clean and quiet and it helped a lot.",
                "Having a place of my own to stay made a difference after everything that happened.",
            ],
            bad: [
                "There was no safe place to stay when I came back, so I slept at a cousin's house; that was not enough.",
                "Nobody offered me somewhere to stay in the first weeks; a shelter was missing.",
            ]),
        .health: Lines(
            good: [
                "A doctor checked me and I got medicine for my stomach; it helped a lot.",
                "They took me to the hospital for a health check and paid for everything.",
            ],
            bad: [
                "I still have pains, but the clinic is too far and I cannot afford the medicine.",
                "I needed to see a doctor for months but I never received any help with that.",
            ]),
        .counselling: Lines(
            good: [
                "Talking with the counsellor every week made a difference; I stopped waking up at night.",
                "The counselling helped a lot, because I could say things I could not tell my mother.",
            ],
            bad: [
                "I wanted someone to talk to about what happened, but there was nothing for that here.",
                "I never received any help for the sadness; there was no counselling at all.",
            ]),
        .training: Lines(
            good: [
                "I learned a trade, sewing, and now I take orders from neighbours.",
                "The training course in hairdressing was very useful; I cut hair at the market twice a week.",
            ],
            bad: [
                "I did the tailoring course, but there is no work for it in my village.",
                "The vocational class was too short and I forgot most of it before I could buy a machine.",
            ]),
        .legal: Lines(
            good: [
                "A staff member went with me to the commune office to get my household papers back, which was very useful.",
                "They helped with the birth registration of my child, and it was what I needed.",
            ],
            bad: [
                "I still have no papers, so I cannot register my child at school.",
                "Nobody explained my rights or helped me with the case against the man who sold me; that was missing.",
            ]),
        .grants: Lines(
            good: [
                "The project gave me two pigs and some start-up capital, and the pigs have had piglets.",
                "With the small grant I opened a stall selling vegetables.",
            ],
            bad: [
                "The grant I was told about came too late, after I had already borrowed money.",
                "The cash support was not enough for even one month.",
            ]),
        .peerSupport: Lines(
            good: [
                "In the self-help group I met others like me, and I do not feel alone any more.",
                "The group meeting every month gives me courage; the other women helped a lot when my husband was ill.",
            ],
            bad: [
                "I heard there is a self-help group in the district, but it is too far and I have never gone.",
                "There was nobody who had been through the same thing to talk with; peer support was missing.",
            ]),
        .followUp: Lines(
            good: [
                "A worker came to visit me at home three times and keeps in touch by phone.",
                "The outreach worker visited me after a month to see how I was managing.",
            ],
            bad: [
                "After I left the centre nobody visited me, and I lost contact with the staff.",
                "They said someone would come, but no one came; there was no follow-up at all.",
                "Once I was home, no one asked how I was doing.",
            ]),
        .acceptance: Lines(
            good: [
                "My neighbours treated me normally, as if I had only been away for work.",
                "The village accepted me back and the women in my hamlet welcomed me.",
                "Now I feel I belong here again.",
            ],
            bad: [
                "People gossip about me at the market and some look down on my family.",
                "When I came back some neighbours talked behind my back, so I stayed inside for months.",
                "I felt ashamed to go out because people whispered about where I had been.",
            ]),
        .family: Lines(
            good: [
                "My family welcomed me and my mother stood by me from the first day.",
                "My parents supported me when I wanted to study again.",
            ],
            bad: [
                "My husband blamed me for leaving and we quarrel a lot now.",
                "My in-laws kicked me out, so I live with my sister.",
            ]),
        .safety: Lines(
            good: [
                "I feel safe now, because the man who took me has been arrested.",
                "Here at home with my parents I have peace of mind.",
            ],
            bad: [
                "I am still afraid that the people who sold me will find me.",
                "His relatives threatened my family, so I do not feel safe in the village.",
            ]),
        .livelihood: Lines(
            good: [
                "Now I have a steady income from raising chickens and selling eggs.",
                "I earn a living from my own business making rice cakes.",
            ],
            bad: [
                "I cannot find work here and we have no money for my son's school fees.",
                "Since I came back I have been unemployed, and some months we do not have enough to eat.",
            ]),
        .retrafficking: Lines(
            good: [
                "I know the signs now, and I would check any job offer with the commune first.",
                "I would ask the Women's Union before taking a job from a stranger.",
            ],
            bad: [
                "If someone offered good money I might go again; I worry I could be sold again.",
                "A girl from my village was trafficked again last year, and that could happen to me too.",
            ]),
        .stay: Lines(
            good: [
                "I could get help while living at home with my children, which was what I needed.",
                "Support came to my own village, so I did not have to leave my family again.",
            ],
            bad: [
                "I stayed at the centre for many months, far from my children; for them I came home too late.",
                "The centre is in the city, too far from my village for my family to visit me.",
            ]),
        .respect: Lines(
            good: [
                "The staff respected me and listened to me, even when I cried.",
                "Everyone there was very kind and treated me well.",
            ],
            bad: [
                "One officer shouted at me and made me wait the whole day for a paper.",
                "At the commune office they scolded me as if it was my fault.",
            ]),
        .privacy: Lines(
            good: [
                "They spoke with me in a room of my own and nobody else heard my story.",
                "The staff never told anyone in my village what had happened to me.",
            ],
            bad: [
                "The police came to my house in uniform, so soon everyone knew what had happened.",
                "Someone at the commune told my neighbours where I had been.",
            ]),
        .access: Lines(
            good: [
                "The office was close to the market, so it was easy to go there.",
                "The worker came to my home, so I did not need to travel.",
            ],
            bad: [
                "The district office is too far and there is no transport from our hamlet.",
                "I did not know about the support until a year after I came back.",
                "I lost my identity card, so they said I could not get support.",
            ]),
        .language: Lines(
            good: [
                "A staff member from a village near mine explained everything in our mother tongue.",
                "My cousin came with me and explained the forms, so it was not a problem.",
            ],
            bad: [
                "Everything was only in Vietnamese and I could not understand the forms.",
                "I needed an interpreter because I speak little Kinh, but there was none.",
            ]),
    ]
}
