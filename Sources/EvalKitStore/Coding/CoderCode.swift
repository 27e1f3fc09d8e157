/// The code a coder or an analyst works under: 1 to 16 ASCII letters, digits or '-', so that a
/// person's name cannot pass for one by accident. Every command that takes a coder's or an
/// analyst's code checks it here.
public enum CoderCode {
    public static func isValid(_ code: String) -> Bool {
        (1...16).contains(code.count) && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    /// What to say about a code that is not valid; `role` is "coder" or "analyst".
    public static func problem(_ code: String, role: String) -> String {
        "\(role) code '\(code)' is not valid: use 1 to 16 letters, digits or '-' (never a name)."
    }
}
