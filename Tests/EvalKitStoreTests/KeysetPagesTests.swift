import Testing

@testable import EvalKitStore

/// The one paging loop every stream of the store uses.
struct KeysetPagesTests {
    /// Ids 1...n as a table; a page is up to `size` ids after the key, as SQL would give them.
    private func walk(_ n: Int64, size: Int) -> (seen: [Int64], pagesRead: [Int64]) {
        var seen: [Int64] = []
        var pagesRead: [Int64] = []
        forEachInPages(
            size: size, startingAfter: Int64(0),
            page: { after in
                pagesRead.append(after)
                return ((after + 1)...(after + Int64(size))).filter { $0 <= n }
            }, key: { $0 }, { seen.append($0) })
        return (seen, pagesRead)
    }

    @Test func everyRowIsSeenOnceInKeyOrder() {
        let result = walk(7, size: 3)
        #expect(result.seen == [1, 2, 3, 4, 5, 6, 7])
        #expect(result.pagesRead == [0, 3, 6])
    }

    @Test func anExactMultipleReadsOneEmptyPageToKnowItIsDone() {
        let result = walk(6, size: 3)
        #expect(result.seen == [1, 2, 3, 4, 5, 6])
        #expect(result.pagesRead == [0, 3, 6])
    }

    @Test func anEmptyTableReadsOnePage() {
        let result = walk(0, size: 3)
        #expect(result.seen.isEmpty)
        #expect(result.pagesRead == [0])
    }

    @Test func anErrorFromTheBodyStopsTheWalk() {
        struct Stop: Error {}
        var seen: [Int] = []
        #expect(throws: Stop.self) {
            try forEachInPages(
                size: 2, startingAfter: 0, page: { (after: Int) throws(any Error) in [after + 1, after + 2] },
                key: { $0 },
                { (item: Int) throws(any Error) in
                    if item == 3 { throw Stop() }
                    seen.append(item)
                })
        }
        #expect(seen == [1, 2])
    }
}
