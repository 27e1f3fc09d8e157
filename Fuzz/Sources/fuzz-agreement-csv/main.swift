import EvalKitCoding
import Foundation
import FuzzSupport

/// Reliability data as `evalkit agreement --input FILE.csv` reads it, then all four statistics.
private func fuzzAgreementCSV(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    Fuzzing.writeSeedsIfAsked {
        [
            ("two-coders.csv", Data("unit,coder,value\nu1,A,yes\nu1,B,yes\nu2,A,no\nu2,B,yes\n".utf8)),
            ("quoted.csv", Data("unit,coder,value\r\n\"u,1\",A,\"x \"\"y\"\"\"\r\nu2,B,\r\n".utf8)),
        ]
    }
    let path = Fuzzing.write(Fuzzing.data(bytes, count), as: "agreement.csv")
    if let data = try? ReliabilityCSVReader.read(path: path) { _ = data.agreement() }
    return 0
}

Fuzzing.run { fuzzAgreementCSV($0, $1) }
