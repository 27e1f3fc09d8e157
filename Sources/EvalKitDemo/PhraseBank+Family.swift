extension PhraseBank {
    /// A parent, spouse or other relative speaking about the person who came back.
    static let family: [Aspect: Lines] = [
        .shelter: Lines(
            good: ["At the centre {child} had a safe place to sleep and regular meals; it helped a lot."],
            bad: [
                "When {child} came back there was nowhere safe for {him} to stay but our small house; that was not enough."
            ]
        ),
        .health: Lines(
            good: ["The centre took {child} to the hospital and {she} got medicine; it helped a lot."],
            bad: ["{Child} still has headaches, but the clinic is too far and we cannot afford the medicine."]),
        .counselling: Lines(
            good: [
                "The counselling at the centre made a difference; {she} talks and laughs with us again.",
                "{Child} saw a counsellor every week and it was very useful.",
            ],
            bad: [
                "{Child} needed someone to talk to, but there was nothing for that in our commune.",
                "We never received any help for {his} worries and bad dreams.",
            ]),
        .training: Lines(
            good: [
                "{Child} learned a trade, sewing, and now brings home a little money.",
                "The training course was very useful for {him}.",
            ],
            bad: ["{Child} did a vocational course, but there is no work for it near here."]),
        .legal: Lines(
            good: ["An officer helped us get {his} household papers again, which was very useful."],
            bad: ["{Child} still has no papers, so {she} cannot get a loan or sign up for work."]),
        .grants: Lines(
            good: [
                "The project gave us two pigs and a small grant, and that helps the whole family.",
                "With the start-up capital {child} began selling noodles by the road.",
            ],
            bad: ["We were told there would be cash support, but it came too late and was not enough."]),
        .peerSupport: Lines(
            good: ["{Child} goes to the self-help group meeting every month and has friends there now."],
            bad: ["There is no group here for young people like {him}; peer support was missing."]),
        .followUp: Lines(
            good: [
                "A worker came to visit us twice and still keeps in touch.",
                "The commune officer visited {child} after a month to see how things were.",
            ],
            bad: [
                "After {child} left the centre nobody visited, and we lost contact with the staff.",
                "No one came to ask how {she} was doing after {she} got home.",
            ]),
        .acceptance: Lines(
            good: [
                "The neighbours accepted {child} back and nobody mentions the past.",
                "The neighbours helped us when {child} came home, and they still do.",
            ],
            bad: [
                "People in the village gossip about {child}, and some look down on our whole family.",
                "At first the neighbours talked behind our back and {child} would not go out.",
            ]),
        .family: Lines(
            good: ["The whole family welcomed {him} home, and {his} brothers help with the fields."],
            bad: [
                "{Child} and {his} father quarrel often since {she} came back.",
                "There was a divorce after {child} came home, and it still hurts us.",
            ]),
        .safety: Lines(
            good: ["{Child} says {she} can feel safe at home now."],
            bad: ["We are afraid the people who took {him} will come back."]),
        .livelihood: Lines(
            good: ["Now {child} has a stable job at a shoe factory in the district."],
            bad: ["{Child} cannot find work, and we have no money to help {him} start something."]),
        .retrafficking: Lines(
            good: ["{Child} knows now to check any job offer with the commune before going."],
            bad: ["I worry {child} could be sold again if {she} goes away for work."]),
        .stay: Lines(
            good: ["Help came to our village, so {child} could stay with the family."],
            bad: ["{Child} stayed at the centre for many months, and we could not visit because it is too far."]),
        .respect: Lines(
            good: ["The staff were very kind to {him} and to us."],
            bad: ["At the commune office they scolded us as if we were to blame."]),
        .privacy: Lines(
            good: ["The worker came quietly, without telling anyone in the village."],
            bad: ["The police came in uniform and soon everyone knew."]),
        .access: Lines(
            good: ["The worker came to our house, so we did not need to travel."],
            bad: ["The office is too far and we did not know about the support at first."]),
        .language: Lines(
            good: ["The officer explained everything slowly in our own tongue."],
            bad: ["The forms were only in Vietnamese and we could not understand them."]),
    ]
}
