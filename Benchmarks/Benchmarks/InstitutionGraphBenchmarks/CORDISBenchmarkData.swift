import Foundation
import InstitutionGraph

/// A CORDIS-shaped participation file of 50,000 rows, made once into the temporary folder by the
/// project's own generator (`scripts/make-cordis-sample.py`), and the CORDIS preset's mapping read
/// from `Presets/cordis.yaml`.
final class CORDISBenchmarkData: Sendable {
    static let shared = CORDISBenchmarkData()

    let csv: URL
    let mapping: ColumnMapping

    private init() {
        // Benchmarks/Benchmarks/InstitutionGraphBenchmarks/this file → the repository.
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let file = FileManager.default.temporaryDirectory.appending(path: "instgraph-benchmarks/cordis-seed1-50000.csv")
        do {
            if !FileManager.default.fileExists(atPath: file.path) {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = [
                    "python3", repository.appending(path: "scripts/make-cordis-sample.py").path,
                    "--seed", "1", "--rows", "50000", "-o", file.path,
                ]
                try process.run()
                process.waitUntilExit()
                guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path]) }
            }
            csv = file
            let preset = repository.appending(path: "Presets/cordis.yaml")
            mapping = try ColumnMappingFile(contentsOf: preset, displayPath: preset.path).mapping
        } catch {
            fatalError("cannot prepare the CORDIS benchmark data (\(error)); python3 and scripts/make-cordis-sample.py are needed")
        }
    }
}
