/// A coder's or analyst's code as EvalKit keeps it: 1 to 16 ASCII letters, digits or '-', so
/// that a name cannot pass for one by accident.
func isValidCoderCode(_ code: String) -> Bool {
    (1...16).contains(code.count) && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
}
