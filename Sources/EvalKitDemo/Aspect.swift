/// A side of the programmes that answers judge, favourably or not. Each programme model has
/// its own chance of a favourable statement per aspect (`ProgrammeModel`), which is how the
/// two models come to differ in the coded evidence.
enum Aspect: String, CaseIterable, Sendable {
    case shelter, health, counselling, training, legal, grants, peerSupport
    case followUp, acceptance, family, safety, livelihood, retrafficking
    case stay, respect, privacy, access, language
    case coordination, funding, data, policy
}

/// Who speaks, so that a sentence sounds like the person: a survivor about themself, a
/// relative about their child, or someone who works with survivors (officials, staff, FGDs).
enum Voice: Sendable {
    case survivor
    case family
    case worker
}
