/// The ways a command can print its results.
enum TextFormat: String, CaseIterable, Sendable {
    /// Aligned columns for a terminal.
    case table
    /// RFC 4180 CSV with a header row, for spreadsheets.
    case csv
    /// JSON, for programs.
    case json
    /// GitHub-flavoured Markdown tables, for documents.
    case markdown
}
