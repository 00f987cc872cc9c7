// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "casemark",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "casemark", targets: ["casemark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // Pure: the framework, cases, answers, scoring. No file I/O, no ncurses.
        .target(name: "CasemarkModel"),
        // The inspection folder: load with precise errors, validate, atomic durable save, CSV import.
        .target(
            name: "CasemarkStore",
            dependencies: [
                "CasemarkModel",
                .product(name: "CSV", package: "CSV.swift"),
            ],
            resources: [.copy("Resources/hmip-2018.json")]
        ),
        // Reports (text, JSON, CSV, Markdown, HTML) rendered from the model's scoring.
        .target(
            name: "CasemarkReport",
            dependencies: [
                "CasemarkModel",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Screens as state -> screen buffer, keys -> actions. No ncurses.
        .target(name: "CasemarkTUI", dependencies: ["CasemarkModel"]),
        // ncursesw, wide-character API, through a tiny shim for macros Swift cannot import.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .executableTarget(
            name: "casemark",
            dependencies: [
                "CasemarkModel",
                "CasemarkStore",
                "CasemarkReport",
                "CasemarkTUI",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers the test targets share: scratch folders, running the built binary, folder
        // snapshots, a seeded generator, the small frameworks' common parts.
        .target(name: "CasemarkTestSupport", dependencies: ["CasemarkModel"], path: "Tests/CasemarkTestSupport"),
        .testTarget(name: "CasemarkModelTests", dependencies: ["CasemarkModel", "CasemarkTestSupport"]),
        .testTarget(
            name: "CasemarkStoreTests",
            dependencies: [
                "CasemarkStore", "CasemarkModel", "CasemarkTestSupport",
                // CSVRecordsTests reads every fuzzed file with the library too: the same records.
                .product(name: "CSV", package: "CSV.swift"),
            ]),
        .testTarget(
            name: "CasemarkReportTests",
            dependencies: [
                "CasemarkReport",
                "CasemarkStore",
                "CasemarkModel",
                "CasemarkTestSupport",
                // CSVRows.swift reads the CSV report back with the same library the importer uses.
                .product(name: "CSV", package: "CSV.swift"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "CasemarkTUITests", dependencies: ["CasemarkTUI", "CasemarkModel", "CasemarkTestSupport"]),
        // Runs the built binary: CLI commands, crash and concurrency tests, tmux sessions.
        .testTarget(name: "EndToEndTests", dependencies: ["CasemarkStore", "CasemarkModel", "CasemarkTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
