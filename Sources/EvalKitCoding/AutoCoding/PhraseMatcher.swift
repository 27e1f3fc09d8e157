/// Finds every occurrence of many phrases in one pass over a text (Aho-Corasick): the cost
/// grows with the length of the text and the number of matches, not with the number of
/// phrases, which is what a national programme with millions of answers needs.
struct PhraseMatcher: Sendable {
    private var transitions: [[UInt32: Int32]] = [[:]]
    private var failure: [Int32] = [0]
    /// Phrase indices that end at each node, including those reached by failure links.
    private var outputs: [[Int32]] = [[]]
    private(set) var lengths: [Int] = []

    init(phrases: [[UInt32]]) {
        for phrase in phrases { insert(phrase) }
        buildFailureLinks()
    }

    private mutating func insert(_ phrase: [UInt32]) {
        var node: Int32 = 0
        for value in phrase {
            if let next = transitions[Int(node)][value] {
                node = next
            } else {
                let next = Int32(transitions.count)
                transitions.append([:])
                failure.append(0)
                outputs.append([])
                transitions[Int(node)][value] = next
                node = next
            }
        }
        outputs[Int(node)].append(Int32(lengths.count))
        lengths.append(phrase.count)
    }

    private mutating func buildFailureLinks() {
        var queue: [Int32] = Array(transitions[0].values)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (value, child) in transitions[Int(node)] {
                var fallback = failure[Int(node)]
                while fallback != 0 && transitions[Int(fallback)][value] == nil { fallback = failure[Int(fallback)] }
                let target = node == 0 ? 0 : (transitions[Int(fallback)][value] ?? 0)
                failure[Int(child)] = target == child ? 0 : target
                outputs[Int(child)] += outputs[Int(failure[Int(child)])]
                queue.append(child)
            }
        }
    }

    /// Every (phrase index, range) found in `text`, ordered by end position.
    func matches(in text: [UInt32]) -> [(phrase: Int, range: Range<Int>)] {
        var found: [(phrase: Int, range: Range<Int>)] = []
        var node: Int32 = 0
        for (position, value) in text.enumerated() {
            while node != 0 && transitions[Int(node)][value] == nil { node = failure[Int(node)] }
            node = transitions[Int(node)][value] ?? 0
            for phrase in outputs[Int(node)] {
                let end = position + 1
                found.append((Int(phrase), (end - lengths[Int(phrase)])..<end))
            }
        }
        return found
    }
}
