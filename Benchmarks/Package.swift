// swift-tools-version: 6.1
// Benchmarks for Atau: its own package, so the root `swift test` never builds it
// (the layout of swiftlang/swift-markdown `Tools/Package.swift`). See README.md.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between checkouts
// (`main`, a CI clone's folder, …): read it instead of spelling it.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
    name: "AtauBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "..")
    ],
    targets: [
        .executableTarget(
            name: "atau-bench",
            dependencies: [
                .product(name: "Atau", package: rootIdentity),
                .product(name: "AtauMatch", package: rootIdentity),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
