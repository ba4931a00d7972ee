import Foundation
import Testing

/// Compares text with a file under `Snapshots/`; `INSTGRAPH_RECORD_SNAPSHOTS=1` rewrites the files.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Snapshots")

    static func assertMatches(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appending(path: name)
        if ProcessInfo.processInfo.environment["INSTGRAPH_RECORD_SNAPSHOTS"] == "1" {
            try Data(text.utf8).write(to: file)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(
            text == expected, "\(name) differs from its snapshot; rerun with INSTGRAPH_RECORD_SNAPSHOTS=1 if the change is intended",
            sourceLocation: sourceLocation)
    }
}
