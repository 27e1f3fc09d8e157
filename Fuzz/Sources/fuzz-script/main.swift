import Foundation
import FuzzSupport

/// A `--script` file (any bytes, as UTF-8 with replacement) driving the interview engine and
/// the store through consent, the profile and the questions of the reference survivor guide.
// libFuzzer calls the target from one thread.
nonisolated(unsafe) private let interview = ReferenceInterview()

private func fuzzScript(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    Fuzzing.writeSeedsIfAsked {
        [
            ("reference.txt", Data(ReferenceInterview.script.utf8)),
            ("crlf.txt", Data(ReferenceInterview.script.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            ("distress.txt", Data("yes\n:distress\n:stop\n".utf8)),
        ]
    }
    interview.run(script: String(decoding: Fuzzing.data(bytes, count), as: UTF8.self))
    return 0
}

Fuzzing.run { fuzzScript($0, $1) }
