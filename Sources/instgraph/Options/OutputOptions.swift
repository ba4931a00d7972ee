import ArgumentParser
import Foundation
import InstitutionGraph

extension TextFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// How and where a command prints its results.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: \(TextFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: table, or what the output file's extension says).")
    var format: TextFormat?

    @Option(name: [.customShort("o"), .long], help: "Write to this file instead of standard output (written whole or not at all).", completion: .file())
    var output: String?

    @Option(help: "Language of names: ko or en (falls back to the other when a name is missing).")
    var lang: Language = .english

    /// The format asked for, else the one the output file's extension implies, else a table.
    var resolvedFormat: TextFormat {
        if let format { return format }
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "csv": return .csv
        case "json": return .json
        case "md", "markdown": return .markdown
        default: return .table
        }
    }

    func validate() throws {
        guard format == nil, let output, output != "-" else { return }
        let fileExtension = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard ["", "csv", "json", "md", "markdown", "txt", "text"].contains(fileExtension) else {
            throw ValidationError(
                "cannot tell the output format from '.\(fileExtension)'; name the file .csv, .json, .md or .txt, or give --format \(TextFormat.allCases.map(\.rawValue).joined(separator: "|"))."
            )
        }
    }

    /// Prints `text` to standard output, or replaces the output file with it atomically, so a
    /// failure never leaves a partial file behind.
    func write(_ text: String) throws {
        try write(.text(text))
    }

    /// Prints `report` in the format asked for, as ``write(_:)-(String)`` prints text.
    func write(_ report: TabularReport) throws {
        try write(.bytes(report.renderedBytes(as: resolvedFormat)))
    }

    private func write(_ contents: FileContents) throws {
        guard let output, output != "-" else {
            try StandardOutput.write(contents)
            return
        }
        try OutputFile.write(contents, to: output)
    }
}
