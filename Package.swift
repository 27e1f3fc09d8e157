// swift-tools-version: 6.1
import PackageDescription

// Targets are declared in the data flow of an evaluation: the foundations (core, XML, terminal),
// instruments → store (and its security) → fieldwork → imports → coding → scoring → reporting,
// then the demo and the command-line programs.
// `EvalKitXML` is the only module that touches libxml2 (`CLibXML2`).
let package = Package(
    name: "EvalKit",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "evalkit", targets: ["evalkit"]),
        // The libraries, for the fuzz targets in Fuzz/ (a package of their own, outside the default build).
        .library(
            name: "EvalKitLibraries",
            targets: [
                "EvalKitCore", "EvalKitInstruments", "EvalKitStore", "EvalKitSecurity", "EvalKitTerminal",
                "EvalKitFieldwork", "EvalKitImport", "EvalKitCoding",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "EvalKitCore"),
        .target(name: "EvalKitXML", dependencies: ["CLibXML2", "EvalKitCore"]),
        // The interviewer's and coder's terminal: screen, prompts, lines of input, progress.
        .target(name: "EvalKitTerminal", dependencies: ["EvalKitCore"]),
        .target(
            name: "EvalKitInstruments",
            dependencies: ["EvalKitXML", "EvalKitCore"],
            resources: [
                .embedInCode("Schemas/evalkit-common.xsd"),
                .embedInCode("Schemas/instrument.xsd"),
                .embedInCode("Schemas/consent.xsd"),
                .embedInCode("Schemas/framework.xsd"),
                .embedInCode("Schemas/contacts.xsd"),
                .embedInCode("Schemas/codebook.xsd"),
                .embedInCode("Schemas/redactions.xsd"),
                .embedInCode("Schemas/evalkit.xsd"),
                .embedInCode("Schemas/rubric.xsd"),
                .embedInCode("Schemas/judgements.xsd"),
                .embedInCode("Schemas/findings.xsd"),
                .embedInCode("Schemas/narrative.xsd"),
                .embedInCode("Schemas/xml.xsd"),
                .embedInCode("Templates/framework.xml"),
                .embedInCode("Templates/consent.xml"),
                .embedInCode("Templates/contacts.xml"),
                .embedInCode("Templates/rubric.xml"),
            ]
        ),
        .target(
            name: "EvalKitStore",
            dependencies: ["EvalKitCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Confidentiality: the project key and its passphrase, the encrypting codec, field bundles.
        .target(
            name: "EvalKitSecurity",
            dependencies: [
                "EvalKitCore", "EvalKitStore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "EvalKitFieldwork",
            dependencies: ["EvalKitCore", "EvalKitInstruments", "EvalKitStore", "EvalKitTerminal"]
        ),
        // Data that did not come through the runner: transcripts (.txt, .md, .docx, .odt) become
        // sessions; zip archives are read here without trusting them.
        .target(
            name: "EvalKitImport",
            dependencies: [
                "EvalKitCore", "EvalKitXML", "EvalKitInstruments", "EvalKitStore", "EvalKitFieldwork",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "EvalKitCoding",
            dependencies: [
                "EvalKitCore", "EvalKitXML", "EvalKitInstruments", "EvalKitStore", "EvalKitTerminal", "EvalKitImport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "EvalKitScoring",
            dependencies: ["EvalKitCore", "EvalKitInstruments", "EvalKitStore"]
        ),
        .target(
            name: "EvalKitReport",
            dependencies: [
                "EvalKitCore", "EvalKitXML", "EvalKitInstruments", "EvalKitStore", "EvalKitScoring", "EvalKitCoding",
            ],
            resources: [.embedInCode("Schemas/report.xsd")]
        ),
        .target(
            name: "EvalKitDemo",
            dependencies: [
                "EvalKitCore", "EvalKitInstruments", "EvalKitTerminal", "EvalKitFieldwork", "EvalKitStore",
                "EvalKitCoding", "EvalKitScoring", "EvalKitReport",
            ]
        ),
        .executableTarget(
            name: "evalkit",
            dependencies: [
                "EvalKitCore",
                "EvalKitInstruments",
                "EvalKitTerminal",
                "EvalKitFieldwork",
                "EvalKitImport",
                "EvalKitCoding",
                "EvalKitScoring",
                "EvalKitReport",
                "EvalKitDemo",
                "EvalKitStore",
                "EvalKitSecurity",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Measures speed at national scale and prints it: `swift run -c release evalkit-bench`.
        .executableTarget(
            name: "evalkit-bench",
            dependencies: [
                "EvalKitCoding", "EvalKitInstruments", "EvalKitCore", "EvalKitScoring", "EvalKitStore",
                "EvalKitSecurity", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "EvalKitTestSupport", dependencies: ["EvalKitCore", "EvalKitStore"], path: "Tests/EvalKitTestSupport"),
        .testTarget(name: "EvalKitCoreTests", dependencies: ["EvalKitCore"]),
        .testTarget(name: "EvalKitTestSupportTests", dependencies: ["EvalKitTestSupport"]),
        .testTarget(name: "EvalKitXMLTests", dependencies: ["EvalKitXML", "EvalKitTestSupport"]),
        .testTarget(name: "EvalKitTerminalTests", dependencies: ["EvalKitTerminal"]),
        .testTarget(
            name: "EvalKitInstrumentsTests",
            dependencies: ["EvalKitInstruments", "EvalKitTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "EvalKitStoreTests", dependencies: ["EvalKitStore", "EvalKitCore", "EvalKitTestSupport"]),
        .testTarget(
            name: "EvalKitSecurityTests",
            dependencies: [
                "EvalKitSecurity", "EvalKitStore", "EvalKitCore", "EvalKitTestSupport",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "EvalKitFieldworkTests",
            dependencies: [
                "EvalKitFieldwork", "EvalKitTerminal", "EvalKitStore", "EvalKitInstruments", "EvalKitCore",
                "EvalKitTestSupport",
            ],
            // Read in place through #filePath, not bundled.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "EvalKitImportTests",
            dependencies: [
                "EvalKitImport", "EvalKitInstruments", "EvalKitStore", "EvalKitCore", "EvalKitTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "EvalKitCodingTests",
            dependencies: [
                "EvalKitCoding", "EvalKitXML", "EvalKitInstruments", "EvalKitStore", "EvalKitCore", "EvalKitTerminal",
                "EvalKitImport", "EvalKitTestSupport",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EvalKitScoringTests",
            dependencies: ["EvalKitScoring", "EvalKitInstruments", "EvalKitStore", "EvalKitCore", "EvalKitTestSupport"]
        ),
        .testTarget(
            name: "EvalKitReportTests",
            dependencies: [
                // ReportCommandTests runs the built command.
                "evalkit", "EvalKitReport", "EvalKitScoring", "EvalKitCoding", "EvalKitXML", "EvalKitInstruments",
                "EvalKitStore",
                "EvalKitCore",
                "EvalKitTestSupport",
            ]
        ),
        .testTarget(
            name: "EvalKitDemoTests",
            dependencies: [
                "EvalKitDemo", "EvalKitCoding", "EvalKitInstruments", "EvalKitStore", "EvalKitFieldwork", "EvalKitCore",
                "EvalKitScoring", "EvalKitReport", "EvalKitTestSupport",
            ]
        ),
        .testTarget(
            name: "EvalKitCLITests",
            dependencies: [
                "evalkit", "EvalKitXML", "EvalKitCore", "EvalKitTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
