public import EvalKitCore
public import EvalKitStore

/// How often each code was applied, by site, unit, respondent group or profile field: per
/// cell, the number of segments and the number of distinct respondents they came from.
///
/// A respondent is counted by respondent code; an FGD group answer counts as one respondent
/// per session. Built by streaming: only per-cell counters and sets of respondent keys are kept.
public struct CodeFrequencyTable: Sendable, Equatable {
    /// The column for a session without a unit, or a respondent without a value for the field.
    public static let notGiven = "(not given)"
    /// The column for FGD group answers in a table by profile field.
    public static let groupAnswer = "(group)"

    public struct Cell: Sendable, Equatable, Encodable {
        public var segments: Int
        public var respondents: Int

        public init(segments: Int = 0, respondents: Int = 0) {
            self.segments = segments
            self.respondents = respondents
        }
    }

    public let dimension: CodeTableDimension
    /// Rows: the codebook's codes in codebook order, then any other coded code by id.
    public private(set) var codes: [StoredCode]
    private var segments: [String: [String: Int]] = [:]
    private var respondents: [String: [String: Set<String>]] = [:]
    private var totalRespondents: [String: Set<String>] = [:]

    public init(codes: [StoredCode], dimension: CodeTableDimension) {
        self.codes = codes
        self.dimension = dimension
    }

    /// The key an answer's respondent is counted by: the respondent code, or
    /// `session:<id>` for an FGD group answer.
    public static func respondentKey(of answer: CodedAnswer) -> String {
        answer.respondentCode ?? "session:\(answer.sessionID)"
    }

    /// Counts every segment of `answer` under `column`.
    public mutating func add(_ answer: CodedAnswer, column: String) {
        let respondent = Self.respondentKey(of: answer)
        for code in answer.codeIDs {
            segments[code, default: [:]][column, default: 0] += 1
            respondents[code, default: [:]][column, default: []].insert(respondent)
            totalRespondents[code, default: []].insert(respondent)
        }
    }

    /// The column values in order: named values sorted, then "(not given)", then "(group)".
    public var columns: [String] {
        let all = Set(segments.values.flatMap(\.keys))
        let special = [Self.notGiven, Self.groupAnswer]
        return all.subtracting(special).sorted() + special.filter(all.contains)
    }

    /// The codes counted, as rows: codebook codes, then codes the codebook lacks, by id.
    public var rows: [StoredCode] {
        let known = Set(codes.map(\.id))
        let extra = segments.keys.filter { !known.contains($0) }.sorted().map {
            StoredCode(
                id: $0, parentID: nil, position: Int.max, label: "", colour: "", valence: "", weight: 0, criteria: [],
                evaluationQuestions: [])
        }
        return codes + extra
    }

    public func cell(code: String, column: String) -> Cell {
        Cell(
            segments: segments[code]?[column] ?? 0, respondents: respondents[code]?[column]?.count ?? 0)
    }

    /// The code's segments and distinct respondents over every column.
    public func total(code: String) -> Cell {
        Cell(
            segments: segments[code]?.values.reduce(0, +) ?? 0, respondents: totalRespondents[code]?.count ?? 0)
    }
}

extension CodeFrequencyTable {
    /// Builds the table from the store, reading coded answers a batch at a time.
    /// - Parameters:
    ///   - coder: only this coder's segments; every coder's when nil.
    ///   - redactor: masks listed names and places in profile values used as columns (all listed
    ///     places then share one `[place]` column).
    /// - Throws: `StoreError` from the store.
    public static func make(
        store: ProjectStore, by dimension: CodeTableDimension, coder: String?, redactor: Redactor = .none
    ) throws -> Self {
        var table = CodeFrequencyTable(codes: try store.storedCodes(), dimension: dimension)
        var profileCache: [String: String?] = [:]
        try store.forEachCodedAnswer(coder: coder) { answer in
            let column: String
            switch dimension {
            case .site: column = answer.siteID
            case .unit: column = answer.unitID ?? notGiven
            case .group: column = answer.respondentGroup
            case .field(let field):
                if let code = answer.respondentCode {
                    if let cached = profileCache[code] {
                        column = cached ?? notGiven
                    } else {
                        let value = try store.profileValues(respondentCode: code)[field].map(redactor.redact)
                        profileCache[code] = .some(value)
                        column = value ?? notGiven
                    }
                } else {
                    column = groupAnswer
                }
            }
            table.add(answer, column: column)
        }
        return table
    }
}
