extension PhraseBank {
    /// Officials, centre staff and FGD participants speaking about survivors in general.
    static let worker: [Aspect: Lines] = [
        .shelter: Lines(
            good: [
                "Shelter at the centre is very useful in the first weeks, when people have nowhere safe to go.",
                "Survivors who stay at the centre get a bed, food and rest; for many it made a difference.",
            ],
            bad: [
                "There is no shelter in the district, so people who come back at night sleep at the police post; that is not enough.",
                "There is nothing for people who cannot go home at once; emergency accommodation is the first gap.",
            ]),
        .health: Lines(
            good: [
                "Every new resident has a health check and sees a doctor within the first week.",
                "Medical care is good; the provincial hospital treats survivors free of charge.",
            ],
            bad: [
                "Health care after return is not enough; many women cannot afford medicine once they are home.",
                "The commune clinic has no doctor for women's health, so people go untreated.",
            ]),
        .counselling: Lines(
            good: [
                "The counsellors at the centre are trained, and residents say the counselling helped a lot.",
                "Psychological support is the strongest part of the centre's work.",
            ],
            bad: [
                "There is nothing for emotional support in the district; no one has training in counselling.",
                "Outreach workers can listen, but they cannot offer professional counselling; that is not enough for people with deep trauma.",
            ]),
        .training: Lines(
            good: [
                "Many residents learned a trade, such as tailoring or hairdressing, before they left.",
                "The vocational courses are practical, and some graduates have opened small shops.",
            ],
            bad: [
                "Vocational training is offered, but the trades do not match local jobs, so many graduates are unemployed.",
                "The training course is short and far away, so few women can attend it.",
            ]),
        .legal: Lines(
            good: [
                "Justice officers help survivors get their household registration back and explain their rights.",
                "The legal aid centre comes to the commune twice a year and that has been very useful.",
            ],
            bad: [
                "Legal help is the weakest area: many survivors still have no papers and cannot claim support.",
                "There is nothing for legal advice at commune level.",
            ]),
        .grants: Lines(
            good: [
                "Each woman agrees on a reintegration plan and receives a small grant or livestock.",
                "The start-up capital lets women raise pigs or trade at the market, and most repay the group fund.",
            ],
            bad: [
                "The cash support is too small and comes too late to start anything.",
                "Only a few survivors receive a grant; the others get nothing for a livelihood.",
            ]),
        .peerSupport: Lines(
            good: [
                "The self-help group meeting each month is where women support each other and share news of jobs.",
                "Peer support works well: women who came back earlier guide the new ones.",
            ],
            bad: [
                "There is no self-help group near the centre, and after leaving, residents have no one like them to talk to; this was missing from the start.",
                "The groups meet in the district town, too far for women from the upland hamlets.",
            ]),
        .followUp: Lines(
            good: [
                "Outreach workers visit each woman at home and keep a record of every follow-up visit.",
                "The commune officer came to visit survivors every quarter and reports to the district.",
            ],
            bad: [
                "Once residents go home we have lost contact with most of them; there is no follow-up because staff cannot travel to remote communes.",
                "After they leave the centre, nobody visited them in their villages, so we do not know how they are.",
                "No one asked the commune to look after them, so follow-up simply does not happen.",
            ]),
        .acceptance: Lines(
            good: [
                "In most villages survivors are accepted and neighbours helped them rebuild their houses.",
                "Attitudes changed after the village meetings; women who come back are accepted now.",
            ],
            bad: [
                "Stigma is still strong: neighbours gossip and some families look down on women who return.",
                "Women who come back from across the border face discrimination when they look for a husband or a job.",
                "Many feel ashamed and avoid village meetings.",
            ]),
        .family: Lines(
            good: ["In most cases the family welcomed them home and helped them settle."],
            bad: ["Some husbands do not take their wives back, and there are cases of divorce."]),
        .safety: Lines(
            good: ["Since the border posts were strengthened, survivors say they feel safe in their villages."],
            bad: ["Some survivors are afraid, because the traffickers live in the same commune and threatened them."]),
        .livelihood: Lines(
            good: ["Several women now have a steady income from livestock or small trade."],
            bad: [
                "Most survivors cannot find work locally; there is no work after the harvest.",
                "Without a steady job many are unemployed and thinking of leaving again.",
            ]),
        .retrafficking: Lines(
            good: ["We have not heard of anyone from this district being sold twice in recent years."],
            bad: [
                "We know of women who were trafficked again within a year of coming home.",
                "Re-trafficking happens when women leave again for work with no support.",
            ]),
        .stay: Lines(
            good: ["Because support comes to the village, women stay with their children and keep their land."],
            bad: [
                "Residents stay at the centre for six months or more, far from their families; many say it is too far from home.",
                "Long stays at the centre leave children with grandparents, and there is not enough contact with families.",
            ]),
        .respect: Lines(
            good: ["Staff are trained to be very kind and patient; residents tell us they felt respected."],
            bad: ["Some commune officials are rude to survivors and made them wait for papers."]),
        .privacy: Lines(
            good: [
                "Case files are locked away and only the case worker can see them.",
                "We keep every case confidential and never use names in reports.",
                "We talk with survivors in a separate room, never at the counter of the commune office.",
            ],
            bad: ["When police in uniform visit a survivor's home, everyone knew by the next day."]),
        .access: Lines(
            good: ["Outreach workers bring services to the village, so distance is not a problem."],
            bad: [
                "Many survivors did not know about the services, and the centre is too far for people from remote districts.",
                "Women without papers cannot get health insurance or loans.",
            ]),
        .language: Lines(
            good: ["Two staff members come from upland communes and can explain things in the mother tongue."],
            bad: ["Many ethnic minority women speak little Vietnamese, and we rarely have an interpreter."]),
        .coordination: Lines(
            good: [
                "Coordination between the police, the border guards and social affairs has improved; we hold a joint meeting every quarter.",
                "The departments work together through the steering committee, and each one knows its role.",
            ],
            bad: [
                "There is poor coordination: each agency keeps its own list and the lists do not match.",
                "When a survivor is returned, the border guards often did not inform us, so nobody meets her.",
                "Some offices still say reintegration is not our responsibility.",
            ]),
        .funding: Lines(
            good: [
                "The provincial budget now covers the centre's staff, so the work will go on.",
                "The district took over the outreach workers' allowances this year.",
            ],
            bad: [
                "Almost everything depends on the project; when the project ends there is no budget for home visits.",
                "The groups are paid for by a donor, and the commune has nothing set aside to continue them.",
            ]),
        .data: Lines(
            good: ["We enter each case in the provincial database and send a summary every month."],
            bad: [
                "There is no data on people who return on their own, so the numbers do not match between agencies.",
                "Many returns are not recorded, because people come back informally.",
            ]),
        .policy: Lines(
            good: [
                "The national plan and the new decree on victim support guide our work.",
                "Our guidelines for receiving survivors were adopted by the province last year.",
            ],
            bad: ["The rules on who counts as a victim are unclear, so some people never receive any support."]),
    ]
}
