import EvalKitImport
import Foundation
import FuzzSupport

/// A transcript as `evalkit transcript import` reads it: plain text, or a Word (.docx) or
/// OpenDocument (.odt) file, by the input's first byte (0: .txt, 1: .docx, 2: .odt).
private func fuzzTranscript(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    Fuzzing.writeSeedsIfAsked {
        [("text.txt", Data([0]) + Data("[before.knew] Không.\r\n## work.job-help\nCó, một chút.\n".utf8))]
    }
    guard count > 0 else { return 0 }
    let data = Fuzzing.data(bytes, count)
    let extensions = ["txt", "docx", "odt"]
    let path = Fuzzing.write(data.dropFirst(), as: "transcript." + extensions[Int(data[data.startIndex]) % 3])
    _ = try? TranscriptReader.read(path: path)
    return 0
}

Fuzzing.run { fuzzTranscript($0, $1) }
