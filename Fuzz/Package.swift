// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for EvalKit's readers, kept out of the main build: `Fuzz/run` builds them
// with `-sanitize=fuzzer` and runs each for a bounded time (see docs/reliability.md).
let library = Target.Dependency.product(name: "EvalKitLibraries", package: "EvalKit")
// gold stops with an internal error on these programs; lld (in the Swift toolchain) links them.
let linker: [LinkerSetting] = [.unsafeFlags(["-use-ld=lld"])]

let package = Package(
    name: "EvalKitFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "EvalKit", path: ".."),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", library]),
        .executableTarget(name: "fuzz-project-xml", dependencies: ["FuzzSupport", library], linkerSettings: linker),
        .executableTarget(name: "fuzz-script", dependencies: ["FuzzSupport", library], linkerSettings: linker),
        .executableTarget(name: "fuzz-agreement-csv", dependencies: ["FuzzSupport", library], linkerSettings: linker),
        .executableTarget(name: "fuzz-refi", dependencies: ["FuzzSupport", library], linkerSettings: linker),
        .executableTarget(
            name: "fuzz-bundle",
            dependencies: ["FuzzSupport", library, .product(name: "Crypto", package: "swift-crypto")],
            linkerSettings: linker),
        .executableTarget(name: "fuzz-transcript", dependencies: ["FuzzSupport", library], linkerSettings: linker),
    ]
)
