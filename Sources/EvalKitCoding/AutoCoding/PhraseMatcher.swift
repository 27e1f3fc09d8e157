/// Finds every occurrence of many phrases in one pass over a text (Aho-Corasick): the cost
/// grows with the length of the text and the number of matches, not with the number of
/// phrases, which is what a national programme with millions of answers needs.
///
/// Folded text is almost all ASCII, so ASCII characters step through a table with the failure
/// links already followed (one array read per character); other characters walk the links.
struct PhraseMatcher: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var failure: [Int32] = [0]
    private(set) var lengths: [Int] = []
    /// Phrase indices ending at node `n` (failure links included): `found[foundStart[n]..<foundStart[n + 1]]`.
    private var foundStart: [Int32] = []
    private var found: [Int32] = []
    /// The table's column for each ASCII character; 0 for characters no phrase contains, which
    /// always lead back to the root.
    private var column = [Int32](repeating: 0, count: 128)
    private var columnCount: Int32 = 1
    /// `next[node * columnCount + column]`: the node after an ASCII character.
    private var next: [Int32] = []

    init(phrases: [[UInt32]]) {
        var ends: [[Int32]] = [[]]
        for phrase in phrases { insert(phrase, ends: &ends) }
        let order = buildFailureLinks(ends: &ends)
        foundStart.reserveCapacity(children.count + 1)
        for node in ends {
            foundStart.append(Int32(found.count))
            found.append(contentsOf: node)
        }
        foundStart.append(Int32(found.count))
        buildASCIITable(order: order)
    }

    private mutating func insert(_ phrase: [UInt32], ends: inout [[Int32]]) {
        var node: Int32 = 0
        for value in phrase {
            if value < 0x80 && column[Int(value)] == 0 {
                column[Int(value)] = columnCount
                columnCount += 1
            }
            if let child = children[Int(node)][value] {
                node = child
            } else {
                let child = Int32(children.count)
                children.append([:])
                failure.append(0)
                ends.append([])
                children[Int(node)][value] = child
                node = child
            }
        }
        ends[Int(node)].append(Int32(lengths.count))
        lengths.append(phrase.count)
    }

    /// Sets each node's failure link, breadth first, and returns the nodes in that order.
    private mutating func buildFailureLinks(ends: inout [[Int32]]) -> [Int32] {
        var queue: [Int32] = Array(children[0].values)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (value, child) in children[Int(node)] {
                var fallback = failure[Int(node)]
                while fallback != 0 && children[Int(fallback)][value] == nil { fallback = failure[Int(fallback)] }
                let target = node == 0 ? 0 : (children[Int(fallback)][value] ?? 0)
                failure[Int(child)] = target == child ? 0 : target
                ends[Int(child)] += ends[Int(failure[Int(child)])]
                queue.append(child)
            }
        }
        return queue
    }

    /// A node's step on a character is its child's, or else its failure node's step, which (being
    /// shallower) is already in the table.
    private mutating func buildASCIITable(order: [Int32]) {
        let width = Int(columnCount)
        next = [Int32](repeating: 0, count: children.count * width)
        let columnOf = Dictionary(
            uniqueKeysWithValues: (0..<128).compactMap { value in
                column[value] == 0 ? nil : (UInt32(value), Int(column[value]))
            })
        for node in [0] + order.map(Int.init) {
            for (value, index) in columnOf {
                if let child = children[node][value] {
                    next[node * width + index] = child
                } else if node != 0 {
                    next[node * width + index] = next[Int(failure[node]) * width + index]
                }
            }
        }
    }

    /// Every (phrase index, range) found in `text`, ordered by end position.
    func matches(in text: [UInt32]) -> [(phrase: Int, range: Range<Int>)] {
        var hits: [(phrase: Int, range: Range<Int>)] = []
        let width = Int(columnCount)
        var node = 0
        next.withUnsafeBufferPointer { next in
            column.withUnsafeBufferPointer { column in
                for (position, value) in text.enumerated() {
                    if value < 0x80 {
                        node = Int(next[node * width + Int(column[Int(value)])])
                    } else {
                        while node != 0 && children[node][value] == nil { node = Int(failure[node]) }
                        node = Int(children[node][value] ?? 0)
                    }
                    let first = Int(foundStart[node])
                    let last = Int(foundStart[node + 1])
                    guard first < last else { continue }
                    let end = position + 1
                    for index in first..<last {
                        let phrase = Int(found[index])
                        hits.append((phrase, (end - lengths[phrase])..<end))
                    }
                }
            }
        }
        return hits
    }
}
