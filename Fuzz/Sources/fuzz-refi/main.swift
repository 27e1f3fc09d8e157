import EvalKitCoding
import EvalKitInstruments
import Foundation
import FuzzSupport

/// A REFI-QDA project or codebook (`.qdpx` zip, `.qde` or `.qdc` XML), by the input's first
/// byte, read as `evalkit refi import --dry-run` does against the reference codebook.
nonisolated(unsafe) private let codebook: Codebook? = {
    let layout = try? ProjectLayout(directory: Fuzzing.repository)
    return layout.map { ProjectLoader().load($0).project.codebook } ?? nil
}()

private func fuzzREFI(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    Fuzzing.writeSeedsIfAsked {
        let project = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="seed" origin="fuzz">
            <Users><User guid="00000000-0000-4000-8000-000000000001" name="A"/></Users>
            <CodeBook><Codes><Code guid="00000000-0000-4000-8000-000000000002" name="debt" isCodable="true"/></Codes></CodeBook>
            <Sources><TextSource guid="00000000-0000-4000-8000-000000000003" name="s1">
            <PlainTextContent>Chúng tôi nợ tiền.</PlainTextContent>
            <PlainTextSelection guid="00000000-0000-4000-8000-000000000004" startPosition="0" endPosition="9" creatingUser="00000000-0000-4000-8000-000000000001">
            <Coding guid="00000000-0000-4000-8000-000000000005" creatingUser="00000000-0000-4000-8000-000000000001"><CodeRef targetGUID="00000000-0000-4000-8000-000000000002"/></Coding>
            </PlainTextSelection></TextSource></Sources></Project>
            """
        return [("project.qde", Data([1]) + Data(project.utf8))]
    }
    guard count > 0 else { return 0 }
    let data = Fuzzing.data(bytes, count)
    let extensions = ["qdpx", "qde", "qdc"]
    let path = Fuzzing.write(data.dropFirst(), as: "input." + extensions[Int(data[data.startIndex]) % 3])
    var importer = REFIImporter(store: nil, codebook: codebook)
    importer.dryRun = true
    _ = try? importer.importFile(at: path)
    return 0
}

Fuzzing.run { fuzzREFI($0, $1) }
