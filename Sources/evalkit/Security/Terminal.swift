import EvalKitSecurity
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The controlling terminal, read directly so that a passphrase can be asked even when
/// standard input is a script; echo is off while a secret is typed.
struct Terminal {
    private let descriptor: Int32

    /// The terminal, or nil when the process has none (CI, a pipe from another program).
    static func controlling() -> Terminal? {
        let descriptor = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard descriptor >= 0 else { return nil }
        guard isatty(descriptor) == 1 else {
            close(descriptor)
            return nil
        }
        return Terminal(descriptor: descriptor)
    }

    func show(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// One line typed with echo off; the newline is not part of it.
    func readSecret(prompt: String) throws -> String {
        show(prompt)
        var saved = termios()
        let canHide = tcgetattr(descriptor, &saved) == 0
        if canHide {
            var hidden = saved
            hidden.c_lflag &= ~tcflag_t(ECHO)
            _ = tcsetattr(descriptor, TCSAFLUSH, &hidden)
        }
        defer {
            if canHide { _ = tcsetattr(descriptor, TCSAFLUSH, &saved) }
            show("\n")
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(descriptor, &byte, 1) == 1 && byte != UInt8(ascii: "\n") { bytes.append(byte) }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
