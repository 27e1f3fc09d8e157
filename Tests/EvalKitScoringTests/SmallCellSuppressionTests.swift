import EvalKitScoring
import Testing

struct SmallCellSuppressionTests {
    private let rule = SmallCellSuppression(minimumCellSize: 5)

    @Test func smallCellsAreHiddenAndZerosShown() {
        let result = rule.suppress(line: [0, 3, 7, 12], total: 22)
        // One small cell: the smallest other non-zero cell (7) goes with it.
        #expect(result.cells == [.shown, .small, .complementary, .shown])
        #expect(result.total == .shown)
    }

    @Test func twoSmallCellsProtectEachOther() {
        let result = rule.suppress(line: [2, 4, 20], total: 26)
        #expect(result.cells == [.small, .small, .shown])
        #expect(result.total == .shown)
    }

    @Test func aSmallTotalIsHiddenWithItsOnlyCell() {
        let result = rule.suppress(line: [3, 0], total: 3)
        #expect(result.cells == [.small, .shown])
        #expect(result.total == .small)
    }

    @Test func aHiddenTotalTakesACellWithIt() {
        // Counts 0-2: cells; 3: total shared with another line that hid it.
        let states = rule.suppress(
            [6, 8, 14, 2, 12], lines: [.init(cells: [0, 1], total: 2), .init(cells: [3, 4], total: 2)])
        // Line 2: the small 2 alone → the 12 goes; that does not touch line 1.
        #expect(states == [.shown, .shown, .shown, .small, .complementary])
        let hidden = rule.suppress(
            [6, 8, 14, 2, 12], lines: [.init(cells: [3, 4], total: 2), .init(cells: [0, 1], total: 2)])
        #expect(hidden == [.shown, .shown, .shown, .small, .complementary])
    }

    @Test func hidingSpreadsAcrossLinesUntilNoneGivesAwayACell() {
        // A 2×2 table with margins: a b | r1 ; c d | r2 ; columns a+c = k1, b+d = k2.
        // Indices: a0 b1 c2 d3 r1=4 r2=5 k1=6 k2=7 total=8.
        let counts = [3, 10, 9, 12, 13, 21, 12, 22, 34]
        let lines: [SmallCellSuppression.Line] = [
            .init(cells: [0, 1], total: 4), .init(cells: [2, 3], total: 5), .init(cells: [0, 2], total: 6),
            .init(cells: [1, 3], total: 7), .init(cells: [4, 5], total: 8), .init(cells: [6, 7], total: 8),
        ]
        let states = rule.suppress(counts, lines: lines)
        // a is small; b hides for row 1 and c for column 1; then d for row 2 and column 2.
        #expect(
            states == [.small, .complementary, .complementary, .complementary, .shown, .shown, .shown, .shown, .shown])
    }
}
