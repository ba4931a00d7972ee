/// An error or warning about an input, with where it was found.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable {
        /// The input cannot be used until this is fixed.
        case error
        /// The input can be used, but something looks wrong.
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    /// A diagnostic; a message that quotes so much of a file that it is longer than
    /// ``longestMessage`` characters keeps its start and its end (where the advice is) and says
    /// how much was left out between them.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = Self.shortened(message)
    }

    /// The most characters of a message: enough for every message instgraph writes, quotes
    /// included, unless a quote holds a whole line of megabytes.
    public static let longestMessage = 2_000

    private static func shortened(_ message: String) -> String {
        guard message.utf8.count > longestMessage, message.count > longestMessage else { return message }
        let head = message.prefix(longestMessage * 2 / 3)
        let tail = message.suffix(longestMessage / 4)
        let omitted = message.count - head.count - tail.count
        return "\(head) … [\(omitted) characters left out] … \(tail)"
    }

    /// `path:line:column: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// The errors that stop a dataset from loading, with any warnings found on the way.
public struct DatasetLoadError: Error, Sendable, CustomStringConvertible {
    /// Every diagnostic, errors and warnings, in input order.
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public init(_ message: String, at location: SourceLocation) {
        self.diagnostics = [Diagnostic(.error, at: location, message)]
    }

    /// Only the errors.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
