import EvalKitInstruments
import Foundation
import FuzzSupport

/// One XML file of a project (a guide, consent script, codebook, framework, rubric, findings,
/// judgements, narrative or redaction list), loaded and checked as `evalkit instrument
/// validate` does. Seeds: the repository's own files (Fuzz/run copies them in).
private func fuzzProjectXML(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = Fuzzing.write(Fuzzing.data(bytes, count), as: "fuzz.xml")
    _ = ProjectLoader().load(files: [path], directory: Fuzzing.scratch)
    return 0
}

Fuzzing.run { fuzzProjectXML($0, $1) }
