/// The errors and warnings in what Graphviz reported through its error callback.
///
/// Graphviz reports each message as `Error: ` or `Warning: ` followed by the text; follow-up lines
/// (such as "in label of node x") come without a prefix and belong to the message before them.
struct GraphvizMessages: Equatable {
    /// Error messages, without their prefix.
    var errors: [String] = []
    /// Warning messages, without their prefix.
    var warnings: [String] = []

    /// Splits a transcript of everything the callback received.
    init(transcript: String) {
        var current: (isError: Bool, text: String)?
        for line in transcript.split(whereSeparator: \.isNewline) {
            let line = line.trimmed
            guard !line.isEmpty else { continue }
            if let text = line.dropping(prefix: "Error: ") {
                flush(current)
                current = (true, String(text))
            } else if let text = line.dropping(prefix: "Warning: ") {
                flush(current)
                current = (false, String(text))
            } else if let previous = current {
                current = (previous.isError, previous.text + " " + line)
            } else {
                current = (false, String(line))
            }
        }
        flush(current)
    }

    private mutating func flush(_ message: (isError: Bool, text: String)?) {
        guard let message else { return }
        if message.isError { errors.append(message.text) } else { warnings.append(message.text) }
    }
}

extension StringProtocol {
    /// The text after `prefix`, or `nil` if it does not start with it.
    fileprivate func dropping(prefix: String) -> SubSequence? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }

    /// The text without leading and trailing white space.
    fileprivate var trimmed: SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
