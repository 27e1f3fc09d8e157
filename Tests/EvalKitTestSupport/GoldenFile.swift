import Foundation

/// A recorded output kept in the repository, so any change to it shows up in review. A test
/// compares what it made with the file; with `EVALKIT_RECORD_GOLDEN=1` it writes the file
/// instead (and says so), the way snapshot tests are re-recorded on purpose.
public struct GoldenFile {
    public let path: String

    /// `name` inside the `Golden` folder beside the test file that calls this.
    public init(_ name: String, testFile: String = #filePath) {
        path =
            URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden")
            .appendingPathComponent(name).path
    }

    public static var isRecording: Bool { ProcessInfo.processInfo.environment["EVALKIT_RECORD_GOLDEN"] == "1" }

    /// nil when `text` equals the recorded file (or was just recorded); otherwise what differs:
    /// the first differing line of each, with its number.
    public func difference(_ text: String) throws -> String? {
        if Self.isRecording {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return nil
        }
        guard let recorded = FileManager.default.contents(atPath: path) else {
            return "\(path) is missing: record it with EVALKIT_RECORD_GOLDEN=1"
        }
        let expected = String(decoding: recorded, as: UTF8.self)
        guard expected != text else { return nil }
        let old = expected.components(separatedBy: "\n")
        let new = text.components(separatedBy: "\n")
        let line =
            zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        let recordedLine = line < old.count ? old[line] : "(end of file)"
        let madeLine = line < new.count ? new[line] : "(end of file)"
        return "\(path) differs at line \(line + 1):\n  recorded: \(recordedLine)\n  made:     \(madeLine)\n"
            + "If the change is intended, re-record with EVALKIT_RECORD_GOLDEN=1 and review the diff."
    }
}
