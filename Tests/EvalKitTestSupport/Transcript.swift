import Synchronization

/// Collects what a program writes to its screen in a test, safely from any thread.
public final class Transcript: Sendable {
    private let text = Mutex("")

    public init() {}

    public func append(_ piece: String) { text.withLock { $0 += piece } }

    public var value: String { text.withLock { $0 } }
}
