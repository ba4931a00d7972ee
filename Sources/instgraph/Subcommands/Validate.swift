import ArgumentParser
import InstitutionGraph

/// `instgraph validate`: checks a dataset and lists its errors and warnings.
struct Validate: DataCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a dataset: list its errors and warnings; exit 0 when there are no errors.",
        discussion:
            "Errors stop a dataset from loading (syntax, unknown or ambiguous names, duplicate ids, two leads). Warnings point at probable mistakes: near-duplicate institutions, names missing in one language, institutions in no consortium. As a table, each error and warning goes to standard error and the verdict to standard output; --format json|csv|markdown writes them all as data. With -o FILE the file is written only when the dataset is valid."
    )

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var output: OutputOptions

    private struct Report: Encodable {
        struct Entry: Encodable {
            var severity: String
            var file: String
            var line: Int?
            var column: Int?
            var message: String
        }
        var file: String
        var valid: Bool
        var errors: Int
        var warnings: Int
        var diagnostics: [Entry]
    }

    func execute() throws {
        let file = dataset.displayPath
        var diagnostics: [Diagnostic]
        var counts: String?
        do {
            let loaded = try dataset.load(warnings: true)
            diagnostics = loaded.warnings
            let data = loaded.dataset
            counts = [
                Plural.count(data.consortia.count, "consortium", "consortia"),
                Plural.count(data.institutions.count, "institution"),
                Plural.count(data.membershipCount, "membership"),
            ].joined(separator: ", ")
        } catch let error as DatasetLoadError {
            diagnostics = error.diagnostics
        }
        diagnostics.sort {
            ($0.location.file, $0.location.line ?? 0, $0.location.column ?? 0) < ($1.location.file, $1.location.line ?? 0, $1.location.column ?? 0)
        }
        let errorCount = diagnostics.filter { $0.severity == .error }.count
        let warningCount = diagnostics.count - errorCount
        let verdict =
            "\(file): \(errorCount == 0 ? "valid" : "invalid"): \(Plural.count(errorCount, "error")), \(Plural.count(warningCount, "warning"))"
            + (counts.map { " (\($0))" } ?? "")
        // A file given with -o is written only for a valid dataset: a script that checks for the
        // file must not take a failed check for a passed one.
        if errorCount > 0, let path = output.output, path != "-" {
            for diagnostic in diagnostics { StandardError.print(diagnostic.description) }
            StandardError.print("\(verdict); \(path) not written")
            throw ExitCode.failure
        }
        switch output.resolvedFormat {
        case .json:
            let entries = diagnostics.map {
                Report.Entry(severity: $0.severity.rawValue, file: $0.location.file, line: $0.location.line, column: $0.location.column, message: $0.message)
            }
            try output.write(JSONOutput.encode(Report(file: file, valid: errorCount == 0, errors: errorCount, warnings: warningCount, diagnostics: entries)))
        case .csv, .markdown:
            let table = TextTable(
                columns: [.init("severity"), .init("file"), .init("line", alignment: .right), .init("column", alignment: .right), .init("message")],
                rows: diagnostics.map {
                    [$0.severity.rawValue, $0.location.file, $0.location.line.map(String.init) ?? "", $0.location.column.map(String.init) ?? "", $0.message]
                })
            try output.write(TabularReport(sections: [.init(table: table)]))
        case .table:
            // Like a compiler: each error and warning on standard error, the verdict on standard
            // output (or in the -o file).
            for diagnostic in diagnostics { StandardError.print(diagnostic.description) }
            try output.write(verdict + "\n")
        }
        if errorCount > 0 { throw ExitCode.failure }
    }
}
