import Foundation

/// Paths the test targets share.
public enum TestPaths {
    /// The package's root directory (the checkout).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled scheme tables in the checkout.
    public static let tables = packageRoot.appendingPathComponent("Tables")

    /// The directory holding the built products (`atau`, the test bundle).
    public static var productsDirectory: URL {
        Bundle.main.bundleURL
    }

    /// A fresh temporary directory, removed by the caller.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atau-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
