// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Atau",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Atau", targets: ["Atau"]),
        .library(name: "AtauMatch", targets: ["AtauMatch"]),
        .library(name: "AtauRecords", targets: ["AtauRecords"]),
        .executable(name: "atau", targets: ["atau"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .target(name: "CAtauICU", dependencies: ["CICU"]),
        .target(
            name: "Atau",
            dependencies: ["CAtauICU"],
            resources: [.copy("../../Tables")]
        ),
        .target(name: "AtauMatch", dependencies: ["Atau"]),
        .target(
            name: "AtauRecords",
            dependencies: [.product(name: "CSV", package: "CSV.swift")]
        ),
        .target(
            name: "AtauCLI",
            dependencies: [
                "Atau", "AtauMatch", "AtauRecords",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "atau", dependencies: ["AtauCLI"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "AtauTests",
            dependencies: [
                "Atau", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "AtauMatchTests", dependencies: ["AtauMatch", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "AtauRecordsTests", dependencies: ["AtauRecords"]),
        .testTarget(name: "AtauCLITests", dependencies: ["atau", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
