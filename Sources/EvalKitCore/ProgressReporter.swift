import Foundation

/// Shows how far a long job has come, on standard error so it never mixes with results:
/// on a terminal one line updated in place, otherwise a line at each tenth of the way.
public final class ProgressReporter {
    private let label: String
    private let terminal: Bool
    private let write: (String) -> Void
    private var lastTenth = -1
    private var lastUpdate = Date.distantPast
    private var showedAny = false

    /// - Parameter write: where the text goes (standard error unless a test captures it).
    public init(label: String, terminal: Bool? = nil, write: ((String) -> Void)? = nil) {
        self.label = label
        self.terminal = terminal ?? (isatty(STDERR_FILENO) == 1)
        self.write = write ?? { FileHandle.standardError.write(Data($0.utf8)) }
    }

    /// Reports `done` of `total`; cheap to call often.
    public func update(_ done: Int, of total: Int) {
        guard total > 0 else { return }
        let percent = min(100, done * 100 / total)
        if terminal {
            let now = Date()
            guard now.timeIntervalSince(lastUpdate) >= 0.2 || done == total else { return }
            lastUpdate = now
            write("\r\(label): \(done) of \(total) (\(percent)%)")
            showedAny = true
        } else if percent / 10 > lastTenth {
            lastTenth = percent / 10
            write("\(label): \(done) of \(total) (\(percent)%)\n")
        }
    }

    /// Ends the in-place line, if one was shown.
    public func finish() {
        if terminal && showedAny { write("\n") }
    }
}
