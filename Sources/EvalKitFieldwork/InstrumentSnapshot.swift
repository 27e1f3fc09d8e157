public import EvalKitInstruments
import Foundation

/// The shape of a guide that answers depend on: field and question ids in order, their
/// answer kinds, options, conditions and English wording. Stored with each session so that
/// `resume` can say exactly what changed since the session started.
public struct InstrumentSnapshot: Codable, Equatable, Sendable {
    struct Item: Codable, Equatable, Sendable {
        var id: String
        var kind: String
        var options: [String]
        var conditions: [String]
        var wording: String
    }

    var version: String
    var profile: [Item]
    var questions: [Item]

    public init(_ instrument: Instrument) {
        version = instrument.version
        profile = instrument.profile.map {
            Item(
                id: $0.id, kind: $0.answerKind.name, options: $0.answerKind.options.map(\.value), conditions: [],
                wording: $0.label.english)
        }
        questions = instrument.questions.map {
            Item(
                id: $0.id, kind: $0.answer.name, options: $0.answer.options.map(\.value),
                conditions: $0.conditions.map(\.summary), wording: $0.prompt.english)
        }
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    public static func decode(_ json: String) -> InstrumentSnapshot? {
        try? JSONDecoder().decode(InstrumentSnapshot.self, from: Data(json.utf8))
    }

    /// What changed from `self` (when the session started) to `current`, one sentence each;
    /// empty when nothing that answers depend on changed.
    public func changes(to current: InstrumentSnapshot) -> [String] {
        var changes: [String] = []
        if version != current.version { changes.append("version \(version) is now \(current.version)") }
        changes += Self.compare(profile, current.profile, noun: "profile field")
        changes += Self.compare(questions, current.questions, noun: "question")
        if changes.isEmpty == false || version != current.version { return changes }
        return []
    }

    private static func compare(_ old: [Item], _ new: [Item], noun: String) -> [String] {
        var changes: [String] = []
        let newByID = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oldIDs = Set(old.map(\.id))
        for item in old {
            guard let now = newByID[item.id] else {
                changes.append("\(noun) '\(item.id)' was removed")
                continue
            }
            if now.kind != item.kind {
                changes.append("\(noun) '\(item.id)' now takes a '\(now.kind)' answer, not '\(item.kind)'")
            }
            if now.options != item.options {
                changes.append("\(noun) '\(item.id)' has other options: \(now.options.joined(separator: ", "))")
            }
            if now.conditions != item.conditions { changes.append("\(noun) '\(item.id)' has other conditions") }
            if now.wording != item.wording { changes.append("\(noun) '\(item.id)' is worded differently") }
        }
        for item in new where !oldIDs.contains(item.id) { changes.append("\(noun) '\(item.id)' was added") }
        let commonOld = old.map(\.id).filter { newByID[$0] != nil }
        let commonNew = new.map(\.id).filter { oldIDs.contains($0) }
        if commonOld != commonNew { changes.append("the \(noun)s are in a different order") }
        return changes
    }
}
