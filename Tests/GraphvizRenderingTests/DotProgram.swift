import Foundation

/// The `dot` program of the installed Graphviz, to compare against.
enum DotProgram {
    static let path = "/usr/bin/dot"

    /// Whether the program is installed.
    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// Runs `dot` with `arguments` on `input`; returns its exit status, standard output and standard error.
    static func run(_ arguments: [String], input: String) throws -> (status: Int32, output: Data, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr

        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = try stdout.fileHandleForReading.readToEnd() ?? Data()
        let errors = try stderr.fileHandleForReading.readToEnd() ?? Data()
        process.waitUntilExit()
        return (process.terminationStatus, output, String(decoding: errors, as: UTF8.self))
    }
}
