import Foundation
import Testing

/// Runs the built `instgraph` executable as a user would, capturing what it prints.
struct CommandRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `instgraph` binary built beside this test bundle.
    static let executable: URL = {
        var folder = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: folder.appending(path: "instgraph").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appending(path: "instgraph")
    }()

    /// Runs `instgraph arguments…` in `directory`, with `input` on its standard input, and waits
    /// for it to finish.
    static func run(_ arguments: [String], in directory: URL? = nil, input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        // Written from another thread, so that a large input cannot block on a full output pipe.
        let writer = Thread { [data = Data((input ?? "").utf8)] in
            standardInput.fileHandleForWriting.write(data)
            try? standardInput.fileHandleForWriting.close()
        }
        writer.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// This run's folder of temporary folders, removed at exit.
    private static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appending(path: "instgraph-cli-\(getpid())-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: CommandRunner.runFolder) }
        return url
    }()

    /// A fresh temporary folder holding `files` (name → contents), inside one folder per test
    /// run that goes when the run ends.
    static func folder(with files: [String: String] = [:]) throws -> URL {
        let url = runFolder.appending(path: UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, contents) in files {
            try Data(contents.utf8).write(to: url.appending(path: name))
        }
        return url
    }
}
