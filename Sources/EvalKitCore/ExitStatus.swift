/// Process exit statuses, from BSD `sysexits.h`, so scripts can tell failures apart.
public enum ExitStatus: Int32, Sendable, Equatable {
    case success = 0
    /// A command was used wrongly: bad argument, unknown option.
    case usage = 64
    /// Input data was wrong: invalid XML, a failed check.
    case dataError = 65
    /// An input file or folder does not exist or cannot be read.
    case noInput = 66
    /// An internal error: a bug in EvalKit.
    case software = 70
    /// An output file could not be created.
    case cannotCreate = 73
    /// Reading or writing failed part-way.
    case ioError = 74
    /// Permission denied: a wrong passphrase or key.
    case noPermission = 77
}
