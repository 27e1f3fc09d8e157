public import EvalKitInstruments
public import EvalKitStore

extension StoredCode {
    /// The codebook's codes in depth-first order, as the store keeps them.
    public static func all(of codebook: Codebook) -> [StoredCode] {
        codebook.allCodes.enumerated().map { position, entry in
            StoredCode(
                id: entry.code.id, parentID: entry.parentID, position: position, label: entry.code.name.english,
                colour: entry.code.colour, valence: entry.code.valence.rawValue, weight: entry.code.weight,
                criteria: entry.code.criteria, evaluationQuestions: entry.code.evaluationQuestions)
        }
    }
}
