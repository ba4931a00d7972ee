import Foundation
import InstitutionGraph

/// Writes test inputs to a fresh temporary folder, inside one folder per test run that goes
/// when the run ends.
struct TemporaryFolder {
    let url: URL

    /// This run's folder, removed at exit.
    private static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appending(path: "instgraph-tests-\(getpid())-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: TemporaryFolder.runFolder) }
        return url
    }()

    init() throws {
        url = Self.runFolder.appending(path: UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes into `url`, a folder that exists or that the caller makes.
    init(existing url: URL) {
        self.url = url
    }

    /// Writes `contents` (UTF-8) to `name` and returns its URL.
    func write(_ name: String, _ contents: String) throws -> URL {
        try write(name, bytes: Array(contents.utf8))
    }

    /// Writes raw bytes to `name` and returns its URL.
    func write(_ name: String, bytes: [UInt8]) throws -> URL {
        let file = url.appending(path: name)
        try Data(bytes).write(to: file)
        return file
    }
}

/// Loads `contents` written to a file called `name`, named `name` in diagnostics.
func loadDataset(_ name: String, _ contents: String, registry: String? = nil) throws -> LoadedDataset {
    let folder = try TemporaryFolder()
    let registryURL = try registry.map { try folder.write("registry.yaml", $0) }
    return try DatasetLoader.load(contentsOf: folder.write(name, contents), displayPath: name, registry: registryURL)
}

/// The errors loading `contents` produces, as `file:line:column: error: message` lines.
func loadErrors(_ name: String, _ contents: String) -> [Diagnostic] {
    loadErrors(name, bytes: Array(contents.utf8))
}

func loadErrors(_ name: String, bytes: [UInt8]) -> [Diagnostic] {
    do {
        let folder = try TemporaryFolder()
        _ = try DatasetLoader.load(contentsOf: folder.write(name, bytes: bytes), displayPath: name)
        return []
    } catch let error as DatasetLoadError {
        return error.errors
    } catch {
        return [Diagnostic(.error, at: SourceLocation(file: name), "unexpected \(error)")]
    }
}

extension Dataset {
    /// The index of the institution with `id`; fails the test when there is none.
    func institutionIndex(_ id: String) -> Int? { institutions.firstIndex { $0.id == id } }

    /// The ids of the consortia the institution with `id` belongs to.
    func consortiumIDs(of id: String) -> [String] {
        guard let index = institutionIndex(id) else { return [] }
        return consortiaByInstitution()[index].map { consortia[$0].id }
    }
}
