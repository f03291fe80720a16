// swift-tools-version: 6.1
// A libFuzzer target over Atau's name parser, matcher and transliteration: its own package,
// so the root `swift test` never builds it. Build and run with `run.sh` (see README.md).
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between checkouts: read it.
let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
    name: "AtauFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../..")
    ],
    targets: [
        // No main: libFuzzer's own `main` drives `LLVMFuzzerTestOneInput`, so the target is
        // built with `-parse-as-library` and `-sanitize=fuzzer` (run.sh passes both).
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "atau-fuzz",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "Atau", package: rootIdentity),
                .product(name: "AtauMatch", package: rootIdentity),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
