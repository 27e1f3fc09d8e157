/// Hides counts that could single a person out.
///
/// Primary: a count of respondents above 0 and below the minimum cell size is "small" and
/// hidden (0 is shown: it points at no one). Complementary: counts come in lines that add up to
/// a total (the units of a criterion add up to "all"; the rows of a breakdown add up to the
/// unit's cell; one row across units adds up to its "all" row). A line with exactly one hidden
/// member (a cell or its total) would give it away by subtraction, so its smallest shown
/// non-zero member is hidden too, cells before totals, earlier before later on a tie; this is
/// repeated over every line until none changes.
public struct SmallCellSuppression: Sendable {
    /// One equation: the counts of `cells` add up to the count of `total` (indices into the counts).
    public struct Line: Sendable {
        public var cells: [Int]
        public var total: Int

        public init(cells: [Int], total: Int) {
            self.cells = cells
            self.total = total
        }
    }

    public let minimumCellSize: Int

    public init(minimumCellSize: Int) {
        self.minimumCellSize = minimumCellSize
    }

    public func isSmall(_ respondents: Int) -> Bool {
        respondents > 0 && respondents < minimumCellSize
    }

    /// The state of every count, given the lines that tie them together.
    public func suppress(_ counts: [Int], lines: [Line]) -> [Suppression] {
        var states = counts.map { isSmall($0) ? Suppression.small : .shown }
        var changed = true
        while changed {
            changed = false
            for line in lines {
                let members = line.cells + [line.total]
                guard members.filter({ states[$0] != .shown }).count == 1 else { continue }
                let candidates = members.filter { states[$0] == .shown && counts[$0] > 0 }
                guard let pick = candidates.min(by: { counts[$0] < counts[$1] }) else { continue }
                states[pick] = .complementary
                changed = true
            }
        }
        return states
    }

    /// One line of cells and its total; see `suppress(_:lines:)`.
    public func suppress(line respondents: [Int], total: Int) -> (cells: [Suppression], total: Suppression) {
        let states = suppress(
            respondents + [total], lines: [Line(cells: Array(respondents.indices), total: respondents.count)])
        return (Array(states.dropLast()), states[respondents.count])
    }
}
